"""What the booking and site-settings tests share: Bédarieux open Tuesday to Saturday, four
workstations, a few members, and a fixed Monday morning before the Tuesday they book."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from staff_desk import Desk

from lam_desk.db.engine import Database
from lam_desk.db.models import Member, MemberContact, Workstation
from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import at_paris
from lam_desk.services import sites
from lam_desk.services.dto import OpeningIntervalRow, SiteSettingsDraft, SiteSettingsRow

TUESDAY = date(2026, 3, 10)
NOW = at_paris(TUESDAY - timedelta(days=1), "10:00")  # Monday: the desk books for Tuesday
BED = site_id("BED")
LUN = site_id("LUN")

_DAY = (("09:00", "12:00"), ("14:00", "18:00"))
WEEK = (
    *(OpeningIntervalRow(day, a, b) for day in (1, 2, 3, 4) for a, b in _DAY),
    OpeningIntervalRow(5, "09:00", "12:00"),
)


def at(hhmm: str, day: date = TUESDAY) -> datetime:
    return at_paris(day, hhmm)


def draft_of(row: SiteSettingsRow, **changes: object) -> SiteSettingsDraft:
    draft = SiteSettingsDraft(
        session_default_minutes=row.session_default_minutes,
        session_max_minutes=row.session_max_minutes,
        booking_min_minutes=row.booking_min_minutes,
        booking_max_minutes=row.booking_max_minutes,
        booking_quota_minutes=row.booking_quota_minutes,
        no_show_minutes=row.no_show_minutes,
        purpose_codes=row.purpose_codes,
        opening=row.opening,
        closures=row.closures,
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def open_bedarieux(desk: Desk, **changes: object) -> SiteSettingsRow:
    with desk.db.write() as s:
        seen = sites.site_settings(s, BED, today=TUESDAY)
        return sites.update_site_settings(
            s, desk.coordinator, seen, draft_of(seen, opening=WEEK, **changes), now=NOW
        )


def add_stations(db: Database, count: int = 4, site: str = BED) -> list[str]:
    with db.write() as s:
        rows = [
            Workstation(site_id=site, label=f"Poste {n}", kind="pc", position=n)
            for n in range(1, count + 1)
        ]
        s.add_all(rows)
        s.flush()
        return [w.id for w in rows]


def add_member(
    db: Database,
    family: str,
    given: str,
    card: str,
    *,
    home: str = BED,
    phone: str = "",
) -> str:
    with db.write() as s:
        member = Member(
            card_number=card,
            family_name=family,
            given_name=given,
            birth_year=1960,
            gender="f",
            commune_insee="34028",
            status="retired",
            home_site_id=home,
            registered_on=TUESDAY - timedelta(days=200),
        )
        s.add(member)
        s.flush()
        if phone:
            s.add(MemberContact(member_id=member.id, home_site_id=home, phone=phone))
        return member.id
