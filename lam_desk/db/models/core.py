"""Sites, staff accounts, and the tables that describe this node (never synced)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lam_desk.db.base import Base, Scope, Synced, Writers, deferred_fk
from lam_desk.db.types import UTCDateTime


class Site(Synced, Base):
    """An access point: a LAM, or an antenna (LAI) attached to a LAM. Reference row."""

    __tablename__ = "site"
    __scope__ = Scope.NETWORK
    __writers__ = Writers.COORDINATOR

    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # "lam" | "antenna"
    parent_site_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("site.id"), index=True
    )
    commune_insee: Mapped[str] = mapped_column(String(5))
    place: Mapped[str] = mapped_column(String(200), default="")


class StaffUser(Synced, Base):
    """A desk account: an animator or the network coordinator."""

    __tablename__ = "staff_user"
    __scope__ = Scope.NETWORK
    # An account is written by its home site's login, or the coordinator's.
    __writers__ = Writers.OWNER
    __writer_column__ = "home_site_id"

    # Password, PIN and recovery-code hashes never leave this desk through the outbox
    # (DESIGN.md §4: no hash leaves its home site); network sync brings a home-site channel.
    __local_fields__ = frozenset({"password_hash", "pin_hash", "recovery_code_hash"})

    # Uniqueness of usernames: two sites may create the same name offline; the server keeps
    # the first and the desk asks the second to pick another at sync (issue D). Locally the
    # service refuses a duplicate, so no UNIQUE constraint is needed for merges.
    username: Mapped[str] = mapped_column(String(40), index=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))  # "animator" | "coordinator"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    home_site_id: Mapped[str | None] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    recovery_code_hash: Mapped[str | None] = mapped_column(String(200))


class Node(Base):
    """This SQLite file as a node of the network (one row)."""

    __tablename__ = "node"

    node_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    home_site_id: Mapped[str | None] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    hlc_wall: Mapped[int] = mapped_column(Integer, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)


class OutboxOp(Base):
    """One captured write waiting to be pushed (DESIGN.md §5.1). Written in the same
    transaction as the change it describes."""

    __tablename__ = "outbox_op"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    # {"field": {"value": ..., "hlc": "...", "base": "..." | null}}
    fields: Mapped[dict[str, object]] = mapped_column(JSON)
    cl: Mapped[int] = mapped_column(Integer)
    schema_version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the central store answered once it committed the op: "applied", "duplicate" or
    # "rejected" (with a reason code, shown at the desk).
    outcome: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (Index("ix_outbox_op_pending", "acked_at", "hlc"),)


class SyncState(Base):
    """Where this desk stands with the central store (one row, id 1): the pull cursor (never
    past applied data: it is written in the transaction of the page it ends), the bootstrap
    in progress, the server's incarnation, the central store's address (never a password)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    central_url: Mapped[str | None] = mapped_column(Text)
    incarnation: Mapped[str | None] = mapped_column(String(36))
    pull_cursor: Mapped[str | None] = mapped_column(String(60))
    # A bootstrap resumes where it stopped: the horizon it pulls from next, the entity and the
    # last id of the last page applied.
    bootstrap_horizon: Mapped[str | None] = mapped_column(String(60))
    bootstrap_entity: Mapped[str | None] = mapped_column(String(40))
    bootstrap_after_id: Mapped[str | None] = mapped_column(String(36))
    last_push_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_pull_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The desk's schema revision when it last pulled: an upgraded desk resyncs (rows of
    # tables and columns its older version did not know were left out).
    schema_revision: Mapped[str | None] = mapped_column(String(60))


class ParkedRow(Base):
    """A pulled row whose foreign keys point at rows not received yet (a later page brings
    them): kept here, applied as soon as they are."""

    __tablename__ = "sync_parked_row"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # The row as the central store sent it: {"values", "field_clocks", "cl"}.
    payload: Mapped[dict[str, object]] = mapped_column(JSON)


class LoginFailure(Base):
    """A wrong password typed at this desk; lockouts are computed from these rows."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    staff_user_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class LocalNote(Base):
    """Key/value facts of this desk that are not settings (last backup check and such)."""

    __tablename__ = "local_note"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
