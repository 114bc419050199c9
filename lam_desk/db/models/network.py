"""The network's shared calendar and service catalogue, and the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lam_desk.db.base import Base, Merge, Scope, Synced, Writers, deferred_fk
from lam_desk.db.types import UTCDateTime


class Event(Synced, Base):
    """An event of the network calendar (Fête de l'Internet, Semaine bleue, a site's own)."""

    __tablename__ = "event"
    __scope__ = Scope.NETWORK
    __owner__ = "site_id"
    __writers__ = Writers.OWNER  # a row of no site: the coordinator's

    site_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("site.id"), index=True
    )  # None: network
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200), default="")


class ServiceOffer(Synced, Base):
    """Which site offers which digital service, when ("catalogue des services")."""

    __tablename__ = "service_offer"
    __scope__ = Scope.NETWORK
    __owner__ = "site_id"
    __writers__ = Writers.OWNER  # a row of no site: the coordinator's

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    service: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    schedule: Mapped[str] = mapped_column(String(200), default="")
    audiences: Mapped[list[str]] = mapped_column(JSON, default=list)


class AuditEntry(Synced, Base):
    """Who changed what, when (DESIGN.md §6). Append-only; never holds a secret. The command
    line names itself ``cli:<os user>``."""

    __tablename__ = "audit_entry"
    __scope__ = Scope.SITE
    __owner__ = "site_id"
    __merge__ = Merge.APPEND_ONLY

    site_id: Mapped[str | None] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(300), default="")
    changes: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
