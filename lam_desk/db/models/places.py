"""What a site has: its public workstations, its opening hours, its closures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lam_desk.db.base import Base, Scope, Synced, deferred_fk


class Workstation(Synced, Base):
    """A public computer (or a scanner or printer station) of a site: a "poste"."""

    __tablename__ = "workstation"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16), default="pc")  # pc | scanner | printer
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Set while the workstation cannot be used, with why; None when it works.
    out_of_service_reason: Mapped[str | None] = mapped_column(String(200))


class OpeningHours(Synced, Base):
    """One opening interval of a weekday, in Europe/Paris wall-clock time ("HH:MM").
    A day may have several intervals (morning and afternoon)."""

    __tablename__ = "opening_hours"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday … 6 = Sunday
    opens: Mapped[str] = mapped_column(String(5))
    closes: Mapped[str] = mapped_column(String(5))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)


class Closure(Synced, Base):
    """Days a site is closed (holidays, works), first and last day included."""

    __tablename__ = "closure"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
