"""Invented people with a history at the desk, for the personal-data tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from lam_desk.db.engine import Database
from lam_desk.db.models import (
    Attendance,
    Booking,
    CourseRun,
    Enrolment,
    Member,
    MemberContact,
    QueueEntry,
    TrainingSession,
    Visit,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain.network import site_id
from lam_desk.domain.reference import COURSES

BED = site_id("BED")
NOW = datetime.now(UTC).replace(microsecond=0)
COURSE = {c.code: c for c in COURSES}


@dataclass(frozen=True)
class History:
    member_id: str
    duplicate_id: str
    contact_id: str
    visit_ids: tuple[str, ...]
    future_booking_id: str
    past_booking_id: str
    enrolment_id: str
    attendance_id: str


def member(
    family: str,
    given: str,
    card: str,
    *,
    year: int = 1958,
    registered: date = date(2021, 5, 3),
    home: str = BED,
) -> Member:
    return Member(
        card_number=card,
        family_name=family,
        given_name=given,
        birth_year=year,
        gender="f",
        commune_insee="34028",
        status="retired",
        home_site_id=home,
        registered_on=registered,
    )


def snapshot(year: int = 1958) -> dict[str, object]:
    age = 2025 - year
    return {
        "snapshot_age_low": age,
        "snapshot_age_high": age,
        "snapshot_gender": "f",
        "snapshot_commune_insee": "34028",
        "snapshot_status": "retired",
    }


def add_history(
    db: Database, *, course: str = "CNI", session_day: date = date(2025, 11, 10)
) -> History:
    """Odile Fabre: a card and a duplicate merged into it, a contact, visits with a
    workstation, a past and a future booking, a queue entry, an enrolment and attendance at a
    session of ``course`` (CNI is funded by the FEDER; ELUS by nobody)."""
    with db.write() as s:
        odile = member("Fabre", "Odile", "BED-000201")
        twin = member("FABRE", "Odile", "BED-000202")
        s.add_all([odile, twin])
        s.flush()
        twin.merged_into_id = odile.id
        contact = MemberContact(
            member_id=odile.id,
            home_site_id=BED,
            phone="06 39 98 44 21",
            email="odile.fabre@example.org",
            address="4 rue des Tilleuls",
            postal_code="34600",
            notice_accepted_on=date(2021, 5, 3),
        )
        post = Workstation(site_id=BED, label="Poste 3")
        s.add_all([contact, post])
        s.flush()
        visits = []
        for days_ago, who in ((120, odile), (30, twin)):
            start = NOW - timedelta(days=days_ago)
            visit = Visit(
                site_id=BED,
                member_id=who.id,
                purpose_codes=["admin_procedure"],
                started_at=start,
                ended_at=start + timedelta(hours=1),
                **snapshot(),
            )
            s.add(visit)
            visits.append(visit)
        s.flush()
        s.add(
            WorkstationUse(
                site_id=BED,
                workstation_id=post.id,
                visit_id=visits[0].id,
                started_at=visits[0].started_at,
                planned_end_at=visits[0].started_at + timedelta(hours=1),
                ended_at=visits[0].started_at + timedelta(minutes=50),
            )
        )
        s.add(QueueEntry(site_id=BED, visit_id=visits[1].id, joined_at=visits[1].started_at))
        past = Booking(
            site_id=BED,
            workstation_id=post.id,
            member_id=odile.id,
            starts_at=NOW - timedelta(days=10),
            ends_at=NOW - timedelta(days=10) + timedelta(hours=1),
            arrived_at=NOW - timedelta(days=10),
        )
        future = Booking(
            site_id=BED,
            workstation_id=post.id,
            member_id=odile.id,
            caller_name="Mme Fabre (au téléphone)",
            starts_at=NOW + timedelta(days=3),
            ends_at=NOW + timedelta(days=3, hours=1),
        )
        s.add_all([past, future])
        run = CourseRun(
            course_id=COURSE[course].id,
            site_id=BED,
            label="Groupe du lundi",
            capacity=8,
            starts_on=session_day,
            ends_on=session_day,
        )
        s.add(run)
        s.flush()
        seance = TrainingSession(course_run_id=run.id, site_id=BED, day=session_day)
        s.add(seance)
        s.flush()
        enrolment = Enrolment(
            member_id=odile.id,
            course_run_id=run.id,
            site_id=BED,
            requested_at=datetime.combine(session_day, datetime.min.time(), UTC)
            - timedelta(days=20),
            **snapshot(),
        )
        s.add(enrolment)
        s.flush()
        attendance = Attendance(
            training_session_id=seance.id,
            enrolment_id=enrolment.id,
            member_id=odile.id,
            site_id=BED,
            half_day="morning",
            state="present",
            **snapshot(),
        )
        s.add(attendance)
        s.flush()
        return History(
            member_id=odile.id,
            duplicate_id=twin.id,
            contact_id=contact.id,
            visit_ids=tuple(v.id for v in visits),
            future_booking_id=future.id,
            past_booking_id=past.id,
            enrolment_id=enrolment.id,
            attendance_id=attendance.id,
        )
