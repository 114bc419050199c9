"""What a site has: its public workstations, its opening hours, its closures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, Integer, String
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


class SiteSettings(Synced, Base):
    """How a site runs its desk: lengths of a seated session and of a booking, the daily
    booking quota per person, the no-show delay, the visit purposes it offers. One row per
    site, with a deterministic id from the site's code (two desks that write it offline make
    one row); a site without a row has the defaults (lam_desk.services.sites)."""

    __tablename__ = "site_settings"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    session_default_minutes: Mapped[int] = mapped_column(Integer, default=60)
    session_max_minutes: Mapped[int] = mapped_column(Integer, default=240)
    booking_min_minutes: Mapped[int] = mapped_column(Integer, default=30)
    booking_max_minutes: Mapped[int] = mapped_column(Integer, default=120)
    # Minutes of bookings a person may hold on one day at this site; 0: no quota.
    booking_quota_minutes: Mapped[int] = mapped_column(Integer, default=120)
    no_show_minutes: Mapped[int] = mapped_column(Integer, default=15)
    # Codes of the visit purposes offered at this site, in order; None: every active purpose.
    purpose_codes: Mapped[list[str] | None] = mapped_column(JSON)
