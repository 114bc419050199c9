"""The desk's day the service tests run on: Bédarieux with four workstations, members, and a
fixed Tuesday morning (DAY at 10:00, Paris)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from lam_desk.db.engine import Database
from lam_desk.db.models import Booking, Member, OutboxOp, Workstation
from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import at_paris
from lam_desk.services import workstations

DAY = date(2026, 3, 10)  # a Tuesday
NOW = at_paris(DAY, "10:00")
BED = site_id("BED")


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


def add_workstations(db: Database, count: int = 4, site: str = BED) -> list[str]:
    with db.write() as s:
        return [workstations.add_workstation(s, site, f"Poste {n}") for n in range(1, count + 1)]


def add_member(
    db: Database,
    family: str = "Fabre",
    given: str = "Odile",
    *,
    birth_year: int | None = 1958,
    gender: str = "f",
    commune: str | None = "34028",
    status: str = "retired",
    card: str = "BED-000101",
) -> str:
    with db.write() as s:
        member = Member(
            card_number=card,
            family_name=family,
            given_name=given,
            birth_year=birth_year,
            gender=gender,
            commune_insee=commune,
            status=status,
            home_site_id=BED,
            registered_on=DAY - timedelta(days=300),
        )
        s.add(member)
        s.flush()
        return member.id


def add_booking(
    db: Database,
    workstation_id: str,
    starts_at: datetime,
    ends_at: datetime,
    *,
    member_id: str | None = None,
    caller_name: str = "",
    cancelled: bool = False,
    released: bool = False,
) -> str:
    with db.write() as s:
        booking = Booking(
            site_id=BED,
            workstation_id=workstation_id,
            member_id=member_id,
            caller_name=caller_name,
            starts_at=starts_at,
            ends_at=ends_at,
            cancelled_at=starts_at - minutes(60) if cancelled else None,
            released_at=starts_at + minutes(15) if released else None,
        )
        s.add(booking)
        s.flush()
        return booking.id


def label_of(db: Database, workstation_id: str) -> str:
    with db.read() as s:
        station = s.get(Workstation, workstation_id)
        assert station is not None
        return station.label


def outbox_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(OutboxOp)) or 0
