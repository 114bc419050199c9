"""The desk the capture tests write to, and what they read back: rows, clocks, outbox ops."""

from __future__ import annotations

import functools
import shutil
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lam_desk.db.base import Base, Synced
from lam_desk.db.engine import Database
from lam_desk.db.models import Attendance, CourseRun, Enrolment, OutboxOp, TrainingSession
from lam_desk.domain.network import site_id
from lam_desk.domain.reference import COURSES
from lam_desk.domain.wallclock import at_paris
from lam_desk.services import (
    bookings,
    members,
    privacy,
    queue,
    sites,
    staff,
    visits,
    workstations,
)
from lam_desk.services.dto import (
    BookingDraft,
    ClosureRow,
    MemberDraft,
    OpeningIntervalRow,
    SiteSettingsDraft,
    SiteSettingsRow,
)

COORD_PASSWORD = "jardin-vert-2026"
ANIM_PASSWORD = "olivier-bleu-2026"

SYNCED_MODELS: list[type[Synced]] = sorted(
    (m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)),
    key=lambda cls: cls.__name__,
)


@dataclass(frozen=True)
class Desk:
    db: Database
    coordinator: staff.StaffRow
    animator: staff.StaffRow
    animator_code: str


def copy_database(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copyfile(part, target.with_name(target.name + suffix))


@dataclass(frozen=True)
class Op:
    """An outbox op as read back from the file."""

    op_id: str
    hlc: str
    entity: str
    row_id: str
    fields: dict[str, Any]
    cl: int
    schema_version: str
    acked_at: datetime | None


def ops(db: Database) -> list[Op]:
    """Every outbox op, in clock order."""
    with db.read() as s:
        return [
            Op(
                o.op_id,
                o.hlc,
                o.entity,
                o.row_id,
                dict(o.fields),
                o.cl,
                o.schema_version,
                o.acked_at,
            )
            for o in s.scalars(select(OutboxOp).order_by(OutboxOp.hlc))
        ]


def snapshot(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row: its captured fields (and causal length) and, apart, its field clocks."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    with db.read() as s:
        for model in SYNCED_MODELS:
            for row in s.scalars(select(model)):
                values = {name: getattr(row, name) for name in (*model.synced_fields(), "cl")}
                values["__clocks__"] = dict(row.field_clocks)
                rows[(model.__tablename__, row.id)] = values  # type: ignore[attr-defined]
    return rows


# --- a day at Bédarieux: rows for every service to act on ---------------------------------------

DAY = date(2026, 3, 10)  # a Tuesday; the desk acts at NOW
NOW = at_paris(DAY, "10:00")
SATURDAY = DAY - timedelta(days=3)  # an earlier day that left loose ends
BED = site_id("BED")
WEEK = (
    *(
        OpeningIntervalRow(weekday, opens, closes)
        for weekday in (1, 2, 3, 4)  # Tuesday to Friday
        for opens, closes in (("09:00", "12:00"), ("14:00", "18:00"))
    ),
    OpeningIntervalRow(5, "09:00", "12:00"),  # Saturday morning
)


def at(day: date, hhmm: str) -> datetime:
    return at_paris(day, hhmm)


@dataclass(frozen=True)
class World:
    """What the day holds (ids), as the desk's services wrote it."""

    stations: tuple[str, ...]  # Poste 1..4
    odile: str  # a contact kept here; a visit and a session on Saturday never closed
    jean: str  # seated at Poste 1 since 09:30 (until 10:30)
    marc: str  # checked in at 09:40, neither seated nor waiting
    nadia: str  # booked 10:00 on the phone, not here yet
    rose: str  # funded training attended, a future booking and enrolment
    gerard: str  # registered in 2021, never seen since
    simone: str  # erased in 2025, her name kept for a funder until February 2026
    jean_visit: str
    jean_use: str
    marc_visit: str
    ticket_visit: str  # an anonymous ticket waiting in the queue since 09:45
    ticket_entry: str
    phone_booking: str  # 10:00-11:00 at Poste 2, "Nadia B." on the phone
    unclaimed_booking: str  # 09:00-10:00 at Poste 3, nobody came
    block_booking: str  # one of the workshop's two workstations, 16:00-18:00


@dataclass(frozen=True)
class DayDesk(Desk):
    world: World


def _draft(
    family: str, given: str, year: int, gender: str, status: str, **contact: Any
) -> MemberDraft:
    return MemberDraft(
        family_name=family,
        given_name=given,
        birth_year=year,
        commune_insee="34028",
        status=status,
        gender=gender,
        notice_accepted=True,
        charter_accepted=True,
        **contact,
    )


def build_day(db: Database, coordinator: staff.StaffRow) -> World:
    """Bédarieux's settings, four workstations, seven members and their day so far."""
    friday = at(SATURDAY - timedelta(days=1), "09:00")
    with db.write() as s:
        seen = sites.site_settings(s, BED, today=friday.date())
        sites.update_site_settings(  # a closure to come, that a later edit drops
            s,
            coordinator,
            seen,
            settings_draft(
                seen,
                opening=WEEK,
                closures=(ClosureRow(None, date(2026, 4, 20), date(2026, 4, 21), "Inventaire"),),
            ),
            now=friday,
        )
        stations = tuple(workstations.add_workstation(s, BED, f"Poste {n}") for n in range(1, 5))
    people: dict[str, str] = {}
    with db.write() as s:
        for key, draft, registered in (
            (
                "odile",
                _draft(
                    "Fabre",
                    "Odile",
                    1958,
                    "f",
                    "retired",
                    phone="06 39 98 44 21",
                    email="odile.fabre@example.org",
                    address="4 rue des Tilleuls",
                    postal_code="34600",
                ),
                date(2025, 9, 2),
            ),
            ("jean", _draft("Fontaine", "Jean", 1971, "m", "job_seeker"), date(2025, 10, 7)),
            ("marc", _draft("Castan", "Marc", 1990, "m", "employed"), date(2025, 11, 4)),
            ("nadia", _draft("Benali", "Nadia", 1984, "f", "other"), date(2026, 1, 13)),
            (
                "rose",
                _draft("Vidal", "Rose", 1966, "f", "job_seeker", phone="06 11 22 33 44"),
                date(2025, 12, 2),
            ),
            ("gerard", _draft("Roques", "Gérard", 1949, "m", "retired"), date(2021, 1, 15)),
            ("simone", _draft("Bastide", "Simone", 1957, "f", "retired"), date(2015, 9, 1)),
        ):
            row = members.create_member(s, draft, home_site_id=BED, actor="coord", today=registered)
            people[key] = row.id
    with db.write() as s:
        book = functools.partial(bookings.book, s, coordinator, now=friday)
        book(
            BookingDraft(
                BED,
                stations[1],
                at(SATURDAY, "11:00"),
                at(SATURDAY, "12:00"),
                member_id=people["jean"],
            )
        )
        unclaimed = book(
            BookingDraft(
                BED, stations[2], at(DAY, "09:00"), at(DAY, "10:00"), caller_name="M. Castan"
            )
        ).id
        phone = book(
            BookingDraft(
                BED, stations[1], at(DAY, "10:00"), at(DAY, "11:00"), caller_name="Nadia B."
            )
        ).id
        tomorrow = DAY + timedelta(days=1)
        book(
            BookingDraft(
                BED,
                stations[0],
                at(tomorrow, "10:00"),
                at(tomorrow, "11:00"),
                member_id=people["odile"],
            )
        )
        thursday = DAY + timedelta(days=2)
        book(
            BookingDraft(
                BED,
                stations[0],
                at(thursday, "14:00"),
                at(thursday, "15:00"),
                member_id=people["rose"],
            )
        )
        block = bookings.book_block(
            s,
            coordinator,
            BED,
            stations[1:3],
            at(DAY, "16:00"),
            at(DAY, "18:00"),
            "Atelier CV",
            now=friday,
        )[0].id
    with db.write() as s:  # Saturday: nothing of it was closed
        odile_visit = visits.check_in_member(
            s, BED, people["odile"], ["admin_procedure"], coordinator.id, at(SATURDAY, "10:00")
        ).id
        workstations.seat(s, BED, odile_visit, stations[3], 60, at(SATURDAY, "10:00"))
        ticket = visits.check_in_anonymous(
            s, BED, ["print_scan"], coordinator.id, at(SATURDAY, "10:05"), ticket=True
        ).id
        queue.join(s, BED, ticket, at(SATURDAY, "10:05"))
    with db.write() as s:  # Tuesday morning, so far
        jean_visit = visits.check_in_member(
            s, BED, people["jean"], ["job_search"], coordinator.id, at(DAY, "09:30")
        ).id
        jean_use = workstations.seat(s, BED, jean_visit, stations[0], 60, at(DAY, "09:30")).id
        marc_visit = visits.check_in_member(
            s, BED, people["marc"], ["free_access"], coordinator.id, at(DAY, "09:40")
        ).id
        ticket_visit = visits.check_in_anonymous(
            s, BED, ["free_access"], coordinator.id, at(DAY, "09:45"), ticket=True
        ).id
        ticket_entry = queue.join(s, BED, ticket_visit, at(DAY, "09:45"))
    _add_funded_training(db, people["rose"], date(2026, 2, 9), coming=date(2026, 4, 13))
    # Simone trained in February 2016 and was erased in 2025: her name was kept, restricted,
    # for the funder until February 2026; the purge wipes it now.
    _add_funded_training(db, people["simone"], date(2016, 2, 8))
    with db.write() as s:
        privacy.erase_member(
            s, coordinator, people["simone"], site_id=BED, now=at(date(2025, 6, 2), "11:00")
        )
    return World(
        stations=stations,
        jean_visit=jean_visit,
        jean_use=jean_use,
        marc_visit=marc_visit,
        ticket_visit=ticket_visit,
        ticket_entry=ticket_entry,
        phone_booking=phone,
        unclaimed_booking=unclaimed,
        block_booking=block,
        **people,
    )


def _settings_draft(row: SiteSettingsRow) -> SiteSettingsDraft:
    return SiteSettingsDraft(
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


def settings_draft(row: SiteSettingsRow, **changes: Any) -> SiteSettingsDraft:
    return replace(_settings_draft(row), **changes)


def _add_funded_training(
    db: Database, member_id: str, attended: date, coming: date | None = None
) -> None:
    """An attendance at a session of a funded course (CNI, FEDER: 10 years kept) on
    ``attended``, and an enrolment in a run starting on ``coming`` (no service writes training
    yet: the rows are written as a desk's ORM write would)."""
    course = next(c for c in COURSES if c.code == "CNI")
    snapshot = {
        "snapshot_age_low": 59,
        "snapshot_age_high": 59,
        "snapshot_gender": "f",
        "snapshot_commune_insee": "34028",
        "snapshot_status": "job_seeker",
    }
    with db.write() as s:
        runs = [
            CourseRun(
                course_id=course.id,
                site_id=BED,
                label=f"Groupe du {first.isoformat()}",
                capacity=8,
                starts_on=first,
                ends_on=first + timedelta(days=1),
            )
            for first in (attended, coming)
            if first is not None
        ]
        s.add_all(runs)
        s.flush()
        seance = TrainingSession(course_run_id=runs[0].id, site_id=BED, day=attended)
        s.add(seance)
        s.flush()
        enrolments = [
            Enrolment(
                member_id=member_id,
                course_run_id=run.id,
                site_id=BED,
                requested_at=at(attended - timedelta(days=20), "10:00"),
                **snapshot,
            )
            for run in runs
        ]
        s.add_all(enrolments)
        s.flush()
        s.add(
            Attendance(
                training_session_id=seance.id,
                enrolment_id=enrolments[0].id,
                member_id=member_id,
                site_id=BED,
                half_day="morning",
                state="present",
                **snapshot,
            )
        )
