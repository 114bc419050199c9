"""What the desk shows when it opens: today's bookings, sessions and workstations."""

from __future__ import annotations

from datetime import date, timedelta

from staff_desk import Desk

from lam_desk.db.models import (
    Booking,
    CourseRun,
    Enrolment,
    Member,
    TrainingSession,
    Visit,
    Workstation,
)
from lam_desk.domain.network import site_id
from lam_desk.domain.reference import COURSES
from lam_desk.domain.wallclock import at_paris
from lam_desk.services import today

DAY = date(2026, 3, 10)
BED, LUN = site_id("BED"), site_id("LUN")


def _member(family: str, given: str) -> Member:
    return Member(
        card_number="BED-000001",
        family_name=family,
        given_name=given,
        birth_year=1970,
        gender="f",
        commune_insee="34028",
        status="retired",
        home_site_id=BED,
        registered_on=DAY,
    )


def test_today_lists_the_day_s_bookings_sessions_and_broken_workstations(desk: Desk) -> None:
    with desk.db.write() as s:
        pc1 = Workstation(site_id=BED, label="Poste 1", position=1)
        pc2 = Workstation(
            site_id=BED, label="Poste 2", position=2, out_of_service_reason="écran cassé"
        )
        elsewhere = Workstation(site_id=LUN, label="Poste L1", position=1)
        member = _member("Dąbrowski", "Agnieszka")
        s.add_all([pc1, pc2, elsewhere, member])
        s.flush()
        s.add_all(
            [
                Booking(
                    site_id=BED,
                    workstation_id=pc1.id,
                    member_id=member.id,
                    starts_at=at_paris(DAY, "14:00"),
                    ends_at=at_paris(DAY, "15:00"),
                ),
                Booking(
                    site_id=BED,
                    workstation_id=pc1.id,
                    caller_name="M. Rouquette (tél.)",
                    starts_at=at_paris(DAY, "09:30"),
                    ends_at=at_paris(DAY, "10:30"),
                    released_at=at_paris(DAY, "09:45"),
                ),
                Booking(
                    site_id=BED,
                    workstation_id=pc1.id,
                    caller_name="cancelled",
                    starts_at=at_paris(DAY, "16:00"),
                    ends_at=at_paris(DAY, "17:00"),
                    cancelled_at=at_paris(DAY, "08:00"),
                ),
                Booking(
                    site_id=BED,
                    workstation_id=pc1.id,
                    caller_name="tomorrow",
                    starts_at=at_paris(DAY + timedelta(days=1), "09:30"),
                    ends_at=at_paris(DAY + timedelta(days=1), "10:30"),
                ),
                Booking(
                    site_id=LUN,
                    workstation_id=elsewhere.id,
                    caller_name="other site",
                    starts_at=at_paris(DAY, "09:30"),
                    ends_at=at_paris(DAY, "10:30"),
                ),
                Visit(
                    site_id=BED,
                    member_id=member.id,
                    head_count=1,
                    purpose_codes=["free_access"],
                    started_at=at_paris(DAY, "09:05"),
                    ended_at=at_paris(DAY, "10:00"),
                ),
                Visit(
                    site_id=BED,
                    head_count=3,
                    purpose_codes=["print_scan"],
                    started_at=at_paris(DAY, "11:00"),
                ),
            ]
        )
        cni = next(c for c in COURSES if c.code == "CNI")
        run = CourseRun(course_id=cni.id, site_id=BED, capacity=2, starts_on=DAY, ends_on=DAY)
        s.add(run)
        s.flush()
        s.add(
            TrainingSession(
                course_run_id=run.id,
                site_id=BED,
                day=DAY,
                morning_start="09:00",
                morning_end="12:00",
                afternoon_start="13:30",
                afternoon_end="16:30",
                module_title="Messagerie",
            )
        )
        for _ in range(3):
            s.add(
                Enrolment(
                    member_id=member.id,
                    course_run_id=run.id,
                    site_id=BED,
                    requested_at=at_paris(DAY - timedelta(days=5), "10:00"),
                )
            )
    with desk.db.read() as s:
        seen = today.overview(s, BED, DAY)
    assert [b.person for b in seen.bookings] == [
        "M. Rouquette (tél.)",
        "DĄBROWSKI Agnieszka",
        "cancelled",
    ]
    assert [b.cancelled for b in seen.bookings] == [False, False, True]
    assert [b.no_show for b in seen.bookings] == [True, False, False], "nobody came at 09:30"
    assert [w.label for w in seen.out_of_service] == ["Poste 2"]
    assert [b.workstations for b in seen.bookings] == [("Poste 1",)] * 3
    assert seen.visits == 4, "a head count of three counts three people"
    assert seen.open_visits == 1
    (session,) = seen.sessions
    assert session.course.startswith("Certificat de navigation sur Internet")
    assert (session.morning, session.afternoon) == (("09:00", "12:00"), ("13:30", "16:30"))
    assert (session.enrolled, session.waitlisted, session.capacity) == (2, 1, 2)


def test_a_day_without_anything(desk: Desk) -> None:
    with desk.db.read() as s:
        seen = today.overview(s, BED, DAY)
    assert seen.bookings == () and seen.sessions == () and seen.visits == 0


def test_a_seance_counts_its_own_enrolments_and_the_run_s(desk: Desk) -> None:
    with desk.db.write() as s:
        member = _member("Øster", "Ingrid")
        s.add(member)
        seniors = next(c for c in COURSES if c.code == "SENIORS")
        run = CourseRun(course_id=seniors.id, site_id=BED, capacity=8, starts_on=DAY, ends_on=DAY)
        s.add(run)
        s.flush()
        afternoon = TrainingSession(
            course_run_id=run.id,
            site_id=BED,
            day=DAY,
            afternoon_start="14:00",
            afternoon_end="17:00",
        )
        morning = TrainingSession(
            course_run_id=run.id, site_id=BED, day=DAY, morning_start="09:00", morning_end="12:00"
        )
        s.add_all([afternoon, morning])
        s.flush()
        s.add(
            Enrolment(
                member_id=member.id,
                course_run_id=run.id,
                site_id=BED,
                requested_at=at_paris(DAY, "08:00"),
            )
        )
        s.add(
            Enrolment(
                member_id=member.id,
                course_run_id=run.id,
                site_id=BED,
                training_session_id=afternoon.id,
                requested_at=at_paris(DAY, "08:10"),
            )
        )
    with desk.db.read() as s:
        seen = today.overview(s, BED, DAY)
    assert [(line.morning is not None, line.requests) for line in seen.sessions] == [
        (True, 1),
        (False, 2),
    ], "the morning comes first; the afternoon has its own enrolment too"
