"""Training at the desk, through the services on a real SQLite file: an animator sets up a
CNI run with its séances, enrols people until the waitlist starts, cancels one, marks the
attendance, closes the séance, prints its sheet and a certificate (invented people)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from staff_desk import Desk

from lam_desk.db.models import (
    Attendance,
    AuditEntry,
    Booking,
    Enrolment,
    LocalNote,
    Node,
    TrainingSession,
)
from lam_desk.domain import people
from lam_desk.domain.network import site_id
from lam_desk.domain.reference import COURSES
from lam_desk.domain.wallclock import at_paris
from lam_desk.errors import FieldError, RefusedError, UserError
from lam_desk.services import members, training, workstations
from lam_desk.services.dto import MemberDraft
from lam_desk.services.dto_training import (
    CourseDraft,
    EnrolmentRow,
    EnrolmentState,
    HalfDay,
    MarkDraft,
    Presence,
    RunDraft,
    SessionDraft,
)
from lam_desk.sync import apply

BED, OLO = site_id("BED"), site_id("OLO")
CNI = next(c for c in COURSES if c.code == "CNI")
FOAD = next(c for c in COURSES if c.code == "FOAD")
MONDAY = date(2026, 3, 9)
NOW = at_paris(MONDAY - timedelta(days=7), "10:00")  # a week before the first séance
ON_THE_DAY = at_paris(MONDAY, "12:30")
AFTER_IT = at_paris(MONDAY, "17:30")  # the séance is over

NAMES = [
    ("Dąbrowski", "Jan", "06 10 00 00 01"),
    ("Nguyễn Thị", "Lan", ""),
    ("Øster", "Karin", "06 10 00 00 03"),
    ("Şahin", "Elif", "06 10 00 00 04"),
    ("N'Diaye", "Moussa", "06 10 00 00 05"),
    ("Lefèvre-Müller", "Anne", "06 10 00 00 06"),
]


def register(desk: Desk, family: str, given: str, phone: str = "", home: str = BED) -> str:
    with desk.db.write() as s:
        return members.create_member(
            s,
            MemberDraft(
                family,
                given,
                1980,
                "34028",
                "job_seeker",
                "f",
                phone=phone,
                notice_accepted=True,
                charter_accepted=True,
            ),
            home_site_id=home,
            actor="coord",
            today=MONDAY - timedelta(days=30),
        ).id


def cni_run(desk: Desk, capacity: int = 4, site: str = BED) -> str:
    with desk.db.write() as s:
        return training.create_run(
            s,
            desk.animator,
            RunDraft(CNI.id, site, "", capacity, MONDAY, MONDAY + timedelta(days=7)),
        ).id


def seance(desk: Desk, run_id: str, day: date = MONDAY, **changes: object) -> str:
    values: dict[str, object] = {
        "run_id": run_id,
        "day": day,
        "morning": ("09:00", "12:00"),
        "afternoon": ("13:30", "17:00"),
        "module_title": "Naviguer en sécurité",
        "trainer_id": desk.animator.id,
    }
    values.update(changes)
    with desk.db.write() as s:
        return training.add_session(s, desk.animator, SessionDraft(**values), now=NOW).id  # type: ignore[arg-type]


def enrol_all(desk: Desk, run_id: str, people: list[str]) -> list[str]:
    made = []
    for n, member_id in enumerate(people):
        with desk.db.write() as s:
            made.append(
                training.enrol(
                    s, desk.animator, BED, run_id, member_id, now=NOW + timedelta(minutes=n)
                ).id
            )
    return made


@pytest.fixture
def group(desk: Desk) -> tuple[str, str, list[str], list[str]]:
    """A CNI run of 4 seats, one séance on Monday, six people enrolled (two waiting)."""
    run_id = cni_run(desk)
    seance_id = seance(desk, run_id)
    people = [register(desk, f, g, p) for f, g, p in NAMES]
    return run_id, seance_id, people, enrol_all(desk, run_id, people)


# --- runs and séances ------------------------------------------------------------------------


def test_a_run_and_its_sessions_are_seen_by_the_site_and_the_network(desk: Desk) -> None:
    run_id = cni_run(desk)
    seance(desk, run_id)
    seance(desk, run_id, MONDAY + timedelta(days=7), afternoon=None)
    with desk.db.read() as s:
        run = training.get_run(s, run_id)
        assert run.label == "CNI — Bédarieux — mars 2026"
        assert run.funding_line is not None and run.funding_line.is_eu
        assert (run.session_count, run.seats.capacity, run.seats.free) == (2, 4, 4)
        week = training.sessions_between(s, MONDAY, MONDAY + timedelta(days=6))
        assert [(r.day, r.trainer_name, r.hours) for r in week] == [(MONDAY, "Mathis Azaïs", 6.5)]
        assert training.sessions_between(s, MONDAY, MONDAY, site_id=OLO) == []
        assert [r.id for r in training.runs(s, site_id=BED, today=MONDAY)] == [run_id]
        assert training.runs(s, today=MONDAY + timedelta(days=30)) == []


def test_a_session_holds_its_workstations_with_a_block_booking(desk: Desk) -> None:
    with desk.db.write() as s:
        stations = [workstations.add_workstation(s, BED, f"Poste {n}") for n in (1, 2)]
    run_id = cni_run(desk)
    seance_id = seance(desk, run_id, workstation_ids=tuple(stations))
    with desk.db.read() as s:
        held = s.scalars(select(Booking).where(Booking.cancelled_at.is_(None))).all()
        assert len(held) == 4  # two workstations, two half-days
        assert {b.label for b in held} == {"CNI — Naviguer en sécurité"}
        seen = training.get_session(s, seance_id)
    # The séance moves to the afternoon only: the morning's workstations are free again.
    with desk.db.write() as s:
        training.update_session(
            s,
            desk.animator,
            seen,
            SessionDraft(run_id, MONDAY, None, ("14:00", "17:00"), trainer_name="Léa Roux",
                         workstation_ids=tuple(stations)),
            now=NOW,
        )  # fmt: skip
    with desk.db.read() as s:
        held = s.scalars(select(Booking).where(Booking.cancelled_at.is_(None))).all()
        assert sorted({b.starts_at for b in held}) == [at_paris(MONDAY, "14:00")]
        assert training.get_session(s, seance_id).trainer_name == "Léa Roux"


def test_a_workstation_already_booked_refuses_the_session_and_nothing_is_saved(
    desk: Desk,
) -> None:
    from lam_desk.services import bookings
    from lam_desk.services.dto import BookingDraft

    with desk.db.write() as s:
        station = workstations.add_workstation(s, BED, "Poste 1")
        bookings.book(
            s,
            desk.coordinator,
            BookingDraft(BED, station, at_paris(MONDAY, "10:00"), at_paris(MONDAY, "11:00"),
                         caller_name="M. Castan"),
            now=NOW,
        )  # fmt: skip
    run_id = cni_run(desk)
    with pytest.raises(UserError, match="Poste 1"):
        seance(desk, run_id, workstation_ids=(station,))
    with desk.db.read() as s:
        assert training.run_sessions(s, run_id) == []
        assert s.scalar(select(func.count()).select_from(Booking)) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"morning": None, "afternoon": None}, "morning"),
        ({"morning": ("12:00", "09:00")}, "morning"),
        ({"day": MONDAY + timedelta(days=30)}, "day"),
        ({"trainer_id": None, "trainer_name": "  "}, "trainer"),
        ({"capacity": 0}, "capacity"),
    ],
)
def test_a_bad_session_is_refused_on_its_field(
    desk: Desk, changes: dict[str, object], field: str
) -> None:
    run_id = cni_run(desk)
    with pytest.raises(FieldError) as refused:
        seance(desk, run_id, **changes)
    assert refused.value.field == field
    with desk.db.read() as s:
        assert training.run_sessions(s, run_id) == []


def test_another_site_s_runs_are_seen_but_not_written_here(desk: Desk) -> None:
    with pytest.raises(RefusedError, match="Only the desk of LAM d'Olonzac"), desk.db.write() as s:
        training.create_run(s, desk.animator, RunDraft(CNI.id, OLO, "", 8, MONDAY, MONDAY))
    with desk.db.read() as s:
        assert training.runs(s) == []


def test_a_run_s_dates_must_keep_its_sessions(desk: Desk) -> None:
    run_id = cni_run(desk)
    seance(desk, run_id, MONDAY + timedelta(days=7))
    with desk.db.read() as s:
        seen = training.get_run(s, run_id)
    with pytest.raises(FieldError, match="16/03/2026"), desk.db.write() as s:
        training.update_run(
            s, desk.animator, seen, RunDraft(CNI.id, BED, "CNI de mars", 6, MONDAY, MONDAY)
        )
    with desk.db.write() as s:
        done = training.update_run(
            s, desk.animator, seen,
            RunDraft(CNI.id, BED, "CNI de mars", 6, MONDAY, MONDAY + timedelta(days=14)),
        )  # fmt: skip
    assert (done.label, done.capacity, done.ends_on) == ("CNI de mars", 6, date(2026, 3, 23))


# --- enrolments and the waitlist --------------------------------------------------------------


def test_enrolling_beyond_the_capacity_starts_the_waitlist(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    run_id, seance_id, _people, made = group
    with desk.db.read() as s:
        rows = training.enrolments(s, run_id, viewer_site_id=BED)
        run = training.get_run(s, run_id)
        session_row = training.get_session(s, seance_id)
    assert [r.state for r in rows] == [EnrolmentState.ENROLLED] * 4 + [
        EnrolmentState.WAITLISTED
    ] * 2
    assert [r.waitlist_position for r in rows[4:]] == [1, 2]
    assert [r.id for r in rows] == made
    assert rows[0].member_name == "DĄBROWSKI Jan"
    assert not rows[0].provisional, "a desk with no central store has nothing to wait for"
    assert (run.seats.enrolled, run.seats.waitlisted, run.seats.free) == (4, 2, 0)
    assert session_row.seats.enrolled == 4 and run.seats.provisional == 0
    assert session_row.seats.waitlisted == 2, "those waiting for the run wait for its séances"
    with desk.db.write() as s:  # joined to the network: unconfirmed until the store says so
        apply.write_state(s.connection(), {"central_url": "postgresql://bed@central/lam"})
    with desk.db.read() as s:
        rows = training.enrolments(s, run_id, viewer_site_id=BED)
        run = training.get_run(s, run_id)
    assert all(r.provisional for r in rows) and run.seats.provisional == 6


def test_cancelling_promotes_the_first_waiting_and_says_whom_to_call(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    run_id, _seance_id, _people, made = group
    with desk.db.write() as s:
        outcome = training.cancel_enrolment(s, desk.animator, BED, made[1], now=NOW)
    assert outcome.cancelled.state is EnrolmentState.CANCELLED
    assert outcome.promoted is not None
    assert (outcome.promoted.member_name, outcome.promoted.phone) == (
        "N'DIAYE Moussa",
        "06 10 00 00 05",
    )
    with desk.db.read() as s:
        rows = training.enrolments(s, run_id, viewer_site_id=BED)
        elsewhere = training.enrolments(s, run_id, viewer_site_id=OLO)
    assert [r.state for r in rows][-2:] == [EnrolmentState.WAITLISTED, EnrolmentState.CANCELLED]
    assert rows[-2].waitlist_position == 1 and rows[-2].member_name == "LEFÈVRE-MÜLLER Anne"
    assert all(r.phone is None for r in elsewhere)  # their contact stays at their home site
    with pytest.raises(RefusedError, match="already cancelled"), desk.db.write() as s:
        training.cancel_enrolment(s, desk.animator, BED, made[1], now=NOW)


def test_an_enrolment_twice_an_erased_member_and_a_run_over_are_refused(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    run_id, _seance_id, people, _made = group
    with pytest.raises(RefusedError, match="already enrolled"), desk.db.write() as s:
        training.enrol(s, desk.animator, BED, run_id, people[0], now=NOW)
    with pytest.raises(RefusedError, match=r"waitlist \(position 2\)"), desk.db.write() as s:
        training.enrol(s, desk.animator, BED, run_id, people[5], now=NOW)
    from lam_desk.services import privacy

    gone = register(desk, "Roques", "Gérard")
    with desk.db.write() as s:
        privacy.erase_member(s, desk.coordinator, gone, site_id=BED, now=NOW)
    with pytest.raises(RefusedError, match="not in the directory"), desk.db.write() as s:
        training.enrol(s, desk.animator, BED, run_id, gone, now=NOW)
    late = register(desk, "Castan", "Marc")
    with pytest.raises(RefusedError, match="over"), desk.db.write() as s:
        training.enrol(s, desk.animator, BED, run_id, late, now=NOW + timedelta(days=30))
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 6


def test_a_member_of_another_site_enrols_here(desk: Desk) -> None:
    run_id = cni_run(desk, capacity=1)
    visitor = register(desk, "Vidal", "Rose", "06 11 22 33 44", home=OLO)
    with desk.db.write() as s:
        row = training.enrol(s, desk.animator, BED, run_id, visitor, now=NOW)
    assert row.state is EnrolmentState.ENROLLED and row.phone is None


# --- attendance ------------------------------------------------------------------------------


def test_marking_everyone_present_then_a_late_arrival_gives_the_hours(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    _run_id, seance_id, people, _made = group
    with desk.db.write() as s:
        view = training.mark_all_present(s, desk.animator, seance_id, now=ON_THE_DAY)
        view = training.mark_attendance(
            s,
            desk.animator,
            seance_id,
            [
                MarkDraft(people[0], HalfDay.MORNING, Presence.LATE, "9h45"),
                MarkDraft(people[2], HalfDay.AFTERNOON, Presence.EXCUSED),
            ],
            now=ON_THE_DAY,
        )
    assert len(view.learners) == 4 and view.unmarked == 0
    hours = {learner.member_name: learner.hours for learner in view.learners}
    assert hours == {
        "DĄBROWSKI Jan": 2.25 + 3.5,
        "NGUYỄN THỊ Lan": 6.5,
        "ØSTER Karin": 3.0,
        "ŞAHIN Elif": 6.5,
    }


def test_a_late_arrival_still_to_come_is_refused_on_the_day_and_written_the_day_after(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    _run_id, seance_id, people, _made = group
    late = MarkDraft(people[0], HalfDay.AFTERNOON, Presence.LATE, "15:00")
    with pytest.raises(UserError, match="It is 12:30"), desk.db.write() as s:
        training.mark_attendance(s, desk.animator, seance_id, [late], now=ON_THE_DAY)
    with desk.db.write() as s:
        view = training.mark_attendance(
            s, desk.animator, seance_id, [late], now=ON_THE_DAY + timedelta(days=1)
        )
    assert next(v for v in view.learners if v.member_id == people[0]).hours == 2.0


def test_a_late_mark_that_lost_its_arrival_time_is_read_as_late_with_no_hours(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    """Two desks' edits merged field by field can leave "late" without its time: the marking
    screen, the member's history and the certificate still open, the half-day counting 0 h."""
    _run_id, seance_id, people, made = group
    with desk.db.write() as s:
        training.mark_all_present(s, desk.animator, seance_id, now=ON_THE_DAY)
        training.mark_attendance(
            s, desk.animator, seance_id,
            [MarkDraft(people[0], HalfDay.MORNING, Presence.LATE, "10:00")], now=ON_THE_DAY,
        )  # fmt: skip
        training.close_session(s, desk.animator, seance_id, now=AFTER_IT)
    with desk.db.write() as s:  # what the merge leaves
        row = s.scalars(
            select(Attendance).where(
                Attendance.member_id == people[0], Attendance.half_day == "morning"
            )
        ).one()
        row.arrival_time = None
    with desk.db.read() as s:
        view = training.attendance(s, seance_id)
        history = training.member_training(s, people[0])
        data = training.certificate(s, desk.coordinator, made[0], now=ON_THE_DAY)
    (jan,) = [lr for lr in view.learners if lr.member_id == people[0]]
    assert (jan.marks[0].state, jan.marks[0].arrival, jan.marks[0].hours) == (
        Presence.LATE,
        None,
        0.0,
    )
    assert jan.hours == 3.5 and history.lines[0].hours_attended == 3.5
    assert data.hours_attended == 3.5 and data.attendance_rate == pytest.approx(3.5 / 6.5)


def test_a_bad_mark_saves_none_of_the_marks_given_with_it(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    _run_id, seance_id, people, _made = group
    with pytest.raises(UserError, match="between 09:00 and 12:00"), desk.db.write() as s:
        training.mark_attendance(
            s,
            desk.animator,
            seance_id,
            [
                MarkDraft(people[1], HalfDay.MORNING, Presence.PRESENT),
                MarkDraft(people[0], HalfDay.MORNING, Presence.LATE, "12:40"),
            ],
            now=ON_THE_DAY,
        )
    with pytest.raises(RefusedError, match="not on the session's list"), desk.db.write() as s:
        training.mark_attendance(  # people[5] waits: not a learner of the séance
            s, desk.animator, seance_id,
            [MarkDraft(people[5], HalfDay.MORNING, Presence.PRESENT)], now=ON_THE_DAY,
        )  # fmt: skip
    with pytest.raises(RefusedError, match="marked on the day"), desk.db.write() as s:
        training.mark_all_present(s, desk.animator, seance_id, now=NOW)
    with desk.db.read() as s:
        assert training.attendance(s, seance_id).unmarked == 8


def test_a_walk_in_joins_the_list_present(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    _run_id, seance_id, _people, _made = group
    walker = register(desk, "Benali", "Nadia")
    with desk.db.write() as s:
        view = training.add_walk_in(s, desk.animator, BED, seance_id, walker, now=ON_THE_DAY)
    (learner,) = [lr for lr in view.learners if lr.walk_in]
    assert learner.member_name == "BENALI Nadia" and learner.hours == 6.5
    with pytest.raises(RefusedError, match="already on the session's list"), desk.db.write() as s:
        training.add_walk_in(s, desk.animator, BED, seance_id, walker, now=ON_THE_DAY)


def test_closing_locks_the_attendance_and_a_coordinator_corrects_with_a_reason(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    _run_id, seance_id, people, _made = group
    with desk.db.write() as s:
        training.mark_attendance(
            s, desk.animator, seance_id,
            [MarkDraft(people[0], HalfDay.MORNING, Presence.PRESENT)], now=ON_THE_DAY,
        )  # fmt: skip
    with pytest.raises(RefusedError, match="Boxes still to mark: 7"), desk.db.write() as s:
        training.close_session(s, desk.animator, seance_id, now=AFTER_IT)
    with desk.db.write() as s:
        training.mark_all_present(s, desk.animator, seance_id, now=ON_THE_DAY)
    # At lunch, the afternoon still to come: not closed unless the animator chooses to.
    with pytest.raises(RefusedError, match="ends at 17:00"), desk.db.write() as s:
        training.close_session(s, desk.animator, seance_id, now=ON_THE_DAY)
    with desk.db.read() as s:
        assert not training.get_session(s, seance_id).closed
    with desk.db.write() as s:
        closed = training.close_session(s, desk.animator, seance_id, now=AFTER_IT)
    assert closed.closed
    late = MarkDraft(people[0], HalfDay.AFTERNOON, Presence.ABSENT)
    with pytest.raises(RefusedError, match="locked"), desk.db.write() as s:
        training.mark_attendance(s, desk.animator, seance_id, [late], now=ON_THE_DAY)
    with pytest.raises(RefusedError, match="Only a coordinator"), desk.db.write() as s:
        training.correct_attendance(s, desk.animator, seance_id, late, "Parti à midi", now=NOW)
    with pytest.raises(FieldError, match="Say why"), desk.db.write() as s:
        training.correct_attendance(s, desk.coordinator, seance_id, late, " ", now=NOW)
    with desk.db.write() as s:
        view = training.correct_attendance(
            s, desk.coordinator, seance_id, late, "Parti à midi, signé par erreur", now=NOW
        )
    assert view.locked and view.learners[0].hours == 3.0
    with desk.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "attendance_corrected")
        ).one()
    assert entry.actor == "coord" and entry.reason == "Parti à midi, signé par erreur"
    assert entry.changes["old"] == {"state": "present", "arrival": None}
    assert entry.changes["new"] == {"state": "absent", "arrival": None}


def test_the_scanned_sheet_is_copied_under_its_hash(
    desk: Desk, group: tuple[str, str, list[str], list[str]], tmp_path: Path
) -> None:
    _run_id, seance_id, _people, _made = group
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed sheet")
    folder = tmp_path / "attachments"
    with desk.db.write() as s:
        row = training.attach_scanned_sheet(s, desk.animator, seance_id, scan, folder)
    assert row.scanned_sheet is not None and row.scanned_sheet.startswith(f"feuille-{seance_id}-")
    assert (folder / row.scanned_sheet).read_bytes() == scan.read_bytes()
    fake = tmp_path / "scan.png"
    fake.write_text("not an image")
    with pytest.raises(RefusedError, match="not a PDF, JPEG or PNG"), desk.db.write() as s:
        training.attach_scanned_sheet(s, desk.animator, seance_id, fake, folder)
    with pytest.raises(RefusedError, match="PDF, JPEG or PNG"), desk.db.write() as s:
        training.attach_scanned_sheet(s, desk.animator, seance_id, tmp_path / "x.docx", folder)
    with desk.db.read() as s:
        assert training.get_session(s, seance_id).scanned_sheet == row.scanned_sheet


# --- documents -------------------------------------------------------------------------------


def test_the_sheet_keeps_its_number_until_its_content_changes(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    run_id, seance_id, people, made = group
    with desk.db.write() as s:
        first = training.attendance_sheet(s, desk.animator, seance_id, now=NOW)
        again = training.attendance_sheet(s, desk.animator, seance_id, now=NOW)
        blank = training.attendance_sheet(s, desk.animator, seance_id, blank=True, now=NOW)
    assert first.learners == ("DĄBROWSKI Jan", "NGUYỄN THỊ Lan", "ØSTER Karin", "ŞAHIN Elif")
    assert first.empty_rows >= 5 and first.funding is not None and first.funding.is_eu
    assert first.site_address == "Bédarieux" and first.trainer_name == "Mathis Azaïs"
    assert again.sheet_number == first.sheet_number and first.sheet_number.startswith("BED-")
    assert blank.learners == () and blank.sheet_number != first.sheet_number
    with desk.db.write() as s:
        training.cancel_enrolment(s, desk.animator, BED, made[0], now=NOW)  # N'Diaye comes in
        changed = training.attendance_sheet(s, desk.animator, seance_id, now=NOW)
        blank_again = training.attendance_sheet(s, desk.animator, seance_id, blank=True, now=NOW)
    assert "N'DIAYE Moussa" in changed.learners and "DĄBROWSKI Jan" not in changed.learners
    assert changed.sheet_number not in {first.sheet_number, blank.sheet_number}
    assert blank_again.sheet_number == blank.sheet_number
    with desk.db.read() as s:
        kept = s.get(TrainingSession, seance_id)
        assert kept is not None
        assert (kept.sheet_number, kept.sheet_hash) == (
            changed.sheet_number,
            changed.content_hash(),
        )
        issued = s.scalars(
            select(AuditEntry.changes).where(AuditEntry.action == "attendance_sheet_issued")
        ).all()
        assert s.get(LocalNote, training.SHEET_NOTE) is not None
    assert [c["number"] for c in issued] == [
        first.sheet_number,
        blank.sheet_number,
        changed.sheet_number,
    ]
    del people, run_id


def test_once_closed_a_new_print_keeps_the_number_of_the_signed_sheet(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    _run_id, seance_id, people, _made = group
    with desk.db.write() as s:
        signed = training.attendance_sheet(s, desk.animator, seance_id, now=ON_THE_DAY)
        blank = training.attendance_sheet(s, desk.animator, seance_id, blank=True, now=NOW)
    with desk.db.write() as s:  # N'Diaye came without an enrolment: he signed an empty row
        training.add_walk_in(s, desk.animator, BED, seance_id, people[4], now=ON_THE_DAY)
        training.mark_all_present(s, desk.animator, seance_id, now=ON_THE_DAY)
        training.close_session(s, desk.animator, seance_id, now=AFTER_IT)
    with desk.db.write() as s:
        again = training.attendance_sheet(s, desk.animator, seance_id, now=ON_THE_DAY)
        blank_again = training.attendance_sheet(s, desk.animator, seance_id, blank=True, now=NOW)
    assert "N'DIAYE Moussa" in again.learners
    assert (again.sheet_number, blank_again.sheet_number) == (
        signed.sheet_number,
        blank.sheet_number,
    )
    with desk.db.read() as s:
        kept = s.get(TrainingSession, seance_id)
        assert kept is not None
        assert (kept.sheet_number, kept.sheet_hash) == (signed.sheet_number, signed.content_hash())


def test_a_scanned_signed_sheet_keeps_its_number_when_the_list_changes(
    desk: Desk, group: tuple[str, str, list[str], list[str]], tmp_path: Path
) -> None:
    _run_id, seance_id, _people, made = group
    with desk.db.write() as s:
        signed = training.attendance_sheet(s, desk.animator, seance_id, now=NOW)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed sheet")
    with desk.db.write() as s:
        training.attach_scanned_sheet(s, desk.animator, seance_id, scan, tmp_path / "scans")
        training.cancel_enrolment(s, desk.animator, BED, made[0], now=NOW)
        again = training.attendance_sheet(s, desk.animator, seance_id, now=NOW)
    assert "DĄBROWSKI Jan" not in again.learners
    assert again.sheet_number == signed.sheet_number


def _become_a_second_desk_trying_first(desk: Desk, digits: int) -> None:
    """This file becomes another desk of the site (a new node id) that holds the first desk's
    rows, pulled, and whose own first choice of desk digits is ``digits``."""
    twin = next(
        f"desk-{n}"
        for n in count()
        if next(iter(people.desk_tag_candidates(f"desk-{n}"))) == digits
    )
    with desk.db.write() as s:
        s.scalars(select(Node)).one().node_id = twin


def test_two_desks_of_a_site_never_print_the_same_sheet_number(desk: Desk) -> None:
    run_id = cni_run(desk)
    first, second = seance(desk, run_id), seance(desk, run_id, MONDAY + timedelta(days=1))
    with desk.db.write() as s:
        one = training.attendance_sheet(s, desk.animator, first, now=NOW)
    _become_a_second_desk_trying_first(desk, int(one.sheet_number.split("-")[1]))
    with desk.db.write() as s:
        two = training.attendance_sheet(s, desk.animator, second, now=NOW)
    site, digits, _sequence = two.sheet_number.split("-")
    assert site == "BED" and digits != one.sheet_number.split("-")[1]


def test_a_desk_s_sheets_avoid_the_digits_of_another_desk_s_cards(desk: Desk) -> None:
    card = register(desk, "Şahin", "Elif")  # a card of the first desk
    run_id = cni_run(desk)
    seance_id = seance(desk, run_id)
    with desk.db.read() as s:
        number = members.get_member(s, card).card_number  # BED-482100001
    _become_a_second_desk_trying_first(desk, int(number.split("-")[1][:4]))
    with desk.db.write() as s:
        sheet = training.attendance_sheet(s, desk.animator, seance_id, now=NOW)
    assert sheet.sheet_number.split("-")[1] != number.split("-")[1][:4]


def test_a_run_s_sheets_come_by_day(desk: Desk) -> None:
    run_id = cni_run(desk)
    later = seance(desk, run_id, MONDAY + timedelta(days=7))
    first = seance(desk, run_id)
    with desk.db.write() as s:
        sheets = training.run_sheets(s, desk.animator, run_id, now=NOW)
    assert [x.day for x in sheets] == [MONDAY, MONDAY + timedelta(days=7)]
    assert len({x.sheet_number for x in sheets}) == 2
    del later, first


def test_a_certificate_comes_from_locked_attendance_only(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    run_id, seance_id, people, made = group
    seance(desk, run_id, MONDAY + timedelta(days=7))
    with pytest.raises(RefusedError, match="locked attendance only"), desk.db.write() as s:
        training.certificate(s, desk.animator, made[0], now=ON_THE_DAY)
    with desk.db.write() as s:
        training.mark_all_present(s, desk.animator, seance_id, now=ON_THE_DAY)
        training.mark_attendance(
            s, desk.animator, seance_id,
            [MarkDraft(people[0], HalfDay.AFTERNOON, Presence.LATE, "15:00")], now=AFTER_IT,
        )  # fmt: skip
        training.close_session(s, desk.animator, seance_id, now=AFTER_IT)
    with desk.db.read() as s:
        data = training.certificate(s, desk.coordinator, made[0], now=ON_THE_DAY)
    assert data.member_name == "DĄBROWSKI Jan" and data.course_code == "CNI"
    assert (data.hours_attended, data.planned_hours) == (
        5.0,
        13.0,
    )  # of the hours its séances schedule
    assert data.attendance_rate == pytest.approx(5 / 6.5)
    assert not data.completed  # a séance of the run is still to come
    assert data.first_day == data.last_day == MONDAY
    assert data.signatory == "Hélène Marty" and data.funding is not None
    with desk.db.read() as s:
        history = training.member_training(s, people[0])
    (line,) = history.lines
    assert (line.course_code, line.sessions_attended, line.hours_attended) == ("CNI", 1, 5.0)
    assert line.certificate == "Certificat de navigation sur Internet"


def _close(desk: Desk, seance_id: str, day: date = MONDAY) -> None:
    when = at_paris(day, "17:30")
    with desk.db.write() as s:
        training.mark_all_present(s, desk.animator, seance_id, now=when)
        training.close_session(s, desk.animator, seance_id, now=when)


def test_a_whole_run_attended_gives_a_certificate_of_completion(desk: Desk) -> None:
    run_id = cni_run(desk)
    first, second = seance(desk, run_id), seance(desk, run_id, MONDAY + timedelta(days=1))
    (learner,) = enrol_all(desk, run_id, [register(desk, "Şahin", "Elif")])
    _close(desk, first)
    _close(desk, second, MONDAY + timedelta(days=1))
    with desk.db.read() as s:
        data = training.certificate(s, desk.coordinator, learner, now=ON_THE_DAY)
    assert data.completed and data.attendance_rate == 1.0
    assert (data.hours_attended, data.first_day, data.last_day) == (
        13.0,
        MONDAY,
        MONDAY + timedelta(days=1),
    )


def test_an_enrolment_in_one_session_gets_a_certificate_of_attendance_only(desk: Desk) -> None:
    run_id = cni_run(desk)
    only = seance(desk, run_id)
    seance(desk, run_id, MONDAY + timedelta(days=1))
    learner = register(desk, "Øster", "Karin")
    with desk.db.write() as s:
        made = training.enrol(
            s, desk.animator, BED, run_id, learner, training_session_id=only, now=NOW
        )
    _close(desk, only)
    with desk.db.read() as s:
        data = training.certificate(s, desk.coordinator, made.id, now=ON_THE_DAY)
    assert not data.completed  # everything attended, but one séance is not the course
    assert (data.hours_attended, data.planned_hours, data.attendance_rate) == (6.5, 6.5, 1.0)


def test_a_half_day_without_a_mark_counts_as_absent_on_the_certificate(desk: Desk) -> None:
    """Jan attends day 1 and leaves; Elif, promoted from the waitlist, attends day 2 only:
    she attended half the course, not all of it."""
    run_id = cni_run(desk, capacity=1)
    day_1, day_2 = seance(desk, run_id), seance(desk, run_id, MONDAY + timedelta(days=1))
    jan, elif_ = enrol_all(
        desk, run_id, [register(desk, "Dąbrowski", "Jan"), register(desk, "Şahin", "Elif")]
    )
    _close(desk, day_1)
    with desk.db.write() as s:
        training.cancel_enrolment(s, desk.animator, BED, jan, now=ON_THE_DAY)
    _close(desk, day_2, MONDAY + timedelta(days=1))
    with desk.db.read() as s:
        data = training.certificate(s, desk.coordinator, elif_, now=ON_THE_DAY)
    assert not data.completed
    assert (data.hours_attended, data.attendance_rate) == (6.5, 0.5)
    assert (data.first_day, data.last_day) == (MONDAY, MONDAY + timedelta(days=1))


def test_a_waitlisted_or_cancelled_enrolment_gets_no_certificate(desk: Desk) -> None:
    run_id = cni_run(desk, capacity=1)
    seance_id = seance(desk, run_id)
    jan, elif_ = (register(desk, "Dąbrowski", "Jan"), register(desk, "Şahin", "Elif"))
    held, waiting = enrol_all(desk, run_id, [jan, elif_])
    with desk.db.write() as s:  # Elif, still waiting, came anyway
        training.add_walk_in(s, desk.animator, BED, seance_id, elif_, now=ON_THE_DAY)
    _close(desk, seance_id)
    with pytest.raises(RefusedError, match="Only an enrolled learner"), desk.db.read() as s:
        training.certificate(s, desk.coordinator, waiting, now=ON_THE_DAY)
    with desk.db.write() as s:
        training.cancel_enrolment(s, desk.animator, BED, held, now=ON_THE_DAY)
    with pytest.raises(RefusedError, match="Only an enrolled learner"), desk.db.read() as s:
        training.certificate(s, desk.coordinator, held, now=ON_THE_DAY)


def test_a_member_s_history_reads_as_fast_with_many_runs_as_with_one(desk: Desk) -> None:
    """The member's card shows their training at once: the statements it takes do not grow
    with the runs they followed."""
    learner = register(desk, "N'Diaye", "Moussa")
    first = cni_run(desk)
    enrol_all(desk, first, [learner])

    def statements() -> int:
        seen: list[str] = []

        def record(*args: object) -> None:
            seen.append(str(args[2]))

        event.listen(desk.db.read_engine, "before_cursor_execute", record)
        try:
            with desk.db.read() as s:
                training.member_training(s, learner)
        finally:
            event.remove(desk.db.read_engine, "before_cursor_execute", record)
        return len(seen)

    with_one = statements()
    for _n in range(3):
        enrol_all(desk, cni_run(desk), [learner])
    full = cni_run(desk, capacity=1)  # someone else holds its only seat: Moussa waits
    enrol_all(desk, full, [register(desk, "Şahin", "Elif"), learner])
    assert statements() == with_one
    with desk.db.read() as s:
        states = {line.run_id: line.state for line in training.member_training(s, learner).lines}
    assert states[full] is EnrolmentState.WAITLISTED and states[first] is EnrolmentState.ENROLLED
    assert list(states.values()).count(EnrolmentState.ENROLLED) == 4


# --- FOAD and the catalogue ------------------------------------------------------------------


def _foad_learner(desk: Desk) -> tuple[str, EnrolmentRow]:
    """Odile Fabre, enrolled in a FOAD run of Bédarieux from MONDAY."""
    with desk.db.write() as s:
        run = training.create_run(
            s, desk.animator, RunDraft(FOAD.id, BED, "", 3, MONDAY, MONDAY + timedelta(days=90))
        )
    learner = register(desk, "Fabre", "Odile")
    with desk.db.write() as s:
        return learner, training.enrol(s, desk.animator, BED, run.id, learner, now=NOW)


def test_foad_time_in_and_out_counts_in_the_member_s_hours(desk: Desk) -> None:
    learner, enrolment = _foad_learner(desk)
    with desk.db.write() as s:
        training.foad_time_in(s, desk.animator, BED, enrolment.id, now=ON_THE_DAY)
    with pytest.raises(RefusedError, match="working since 12:30"), desk.db.write() as s:
        training.foad_time_in(s, desk.animator, BED, enrolment.id, now=ON_THE_DAY)
    with desk.db.write() as s:
        out = training.foad_time_out(
            s, desk.animator, BED, enrolment.id, now=ON_THE_DAY + timedelta(minutes=90)
        )
    assert out.hours == 1.5
    with pytest.raises(RefusedError, match="no time running"), desk.db.write() as s:
        training.foad_time_out(s, desk.animator, BED, enrolment.id, now=ON_THE_DAY)
    with desk.db.read() as s:
        assert training.member_training(s, learner).hours == 1.5
        assert [t.hours for t in training.foad_times(s, enrolment.id)] == [1.5]


def test_a_foad_time_left_running_overnight_counts_nothing_until_corrected(desk: Desk) -> None:
    """Nobody pressed Départ: the next day's Arrivée does not find the learner "working since
    yesterday"; yesterday's time counts no hours until someone types the real departure,
    with a reason, kept in the audit trail."""
    learner, enrolment = _foad_learner(desk)
    tuesday = at_paris(MONDAY + timedelta(days=1), "09:30")
    with desk.db.write() as s:
        forgotten = training.foad_time_in(s, desk.animator, BED, enrolment.id, now=ON_THE_DAY)
    with desk.db.write() as s:
        training.foad_time_in(s, desk.animator, BED, enrolment.id, now=tuesday)
    with desk.db.read() as s:
        times = training.foad_times(s, enrolment.id)
    assert [(t.time_out == t.time_in, t.hours) for t in times] == [(True, 0.0), (False, 0.0)]

    with (
        pytest.raises(FieldError, match="must come after the arrival") as refused,
        desk.db.write() as s,
    ):
        training.correct_foad_time(
            s, desk.animator, forgotten.id, "14:00", "12:30", "Left at 14:00", now=tuesday
        )
    assert refused.value.field == "time_out"
    with pytest.raises(FieldError, match="Say why the times") as refused, desk.db.write() as s:
        training.correct_foad_time(
            s, desk.animator, forgotten.id, "12:30", "14:00", " ", now=tuesday
        )
    assert refused.value.field == "reason"
    with desk.db.write() as s:
        fixed = training.correct_foad_time(
            s, desk.animator, forgotten.id, "12h30", "14:00", "Told us she left at two",
            now=tuesday,
        )  # fmt: skip
    assert fixed.hours == 1.5 and fixed.time_out == at_paris(MONDAY, "14:00")
    with desk.db.read() as s:
        assert training.member_training(s, learner).hours == 1.5
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "foad_time_corrected")
        ).one()
    assert entry.reason == "Told us she left at two" and entry.row_id == forgotten.id
    assert entry.changes["old"]["out"] == ON_THE_DAY.isoformat()

    # Today's time cannot end in the future, nor overlap another of the learner's times.
    morning = times[1]
    noon = at_paris(MONDAY + timedelta(days=1), "12:00")
    with desk.db.write() as s:
        training.foad_time_out(
            s, desk.animator, BED, enrolment.id, now=tuesday + timedelta(hours=1)
        )
    with pytest.raises(FieldError, match="It is 10:45"), desk.db.write() as s:
        training.correct_foad_time(
            s, desk.animator, morning.id, "09:00", "11:00", "Stayed longer",
            now=tuesday + timedelta(minutes=75),
        )  # fmt: skip
    with desk.db.write() as s:
        training.foad_time_in(s, desk.animator, BED, enrolment.id, now=noon - timedelta(hours=1))
    overlap = r"overlap another time of the learner \(11:00–12:00\)"
    with pytest.raises(RefusedError, match=overlap), desk.db.write() as s:
        training.correct_foad_time(
            s, desk.animator, morning.id, "09:30", "11:30", "Stayed longer", now=noon
        )
    with desk.db.read() as s:
        assert [t.hours for t in training.foad_times(s, enrolment.id)] == [1.5, 1.0, 0.0]

    # An erased learner's times are kept as they are (funded hours), not edited.
    from lam_desk.services import privacy

    with desk.db.write() as s:
        privacy.erase_member(s, desk.coordinator, learner, site_id=BED, now=noon)
    with pytest.raises(RefusedError, match="erased or merged"), desk.db.write() as s:
        training.correct_foad_time(
            s, desk.animator, forgotten.id, "12:30", "14:30", "Stayed later", now=noon
        )


def test_a_time_never_ended_is_corrected_directly_but_today_s_ends_with_departure(
    desk: Desk,
) -> None:
    _learner, enrolment = _foad_learner(desk)
    tuesday = at_paris(MONDAY + timedelta(days=1), "10:00")
    with desk.db.write() as s:
        monday = training.foad_time_in(s, desk.animator, BED, enrolment.id, now=ON_THE_DAY)
    with desk.db.write() as s:
        fixed = training.correct_foad_time(
            s, desk.animator, monday.id, "12:30", "15:00", "Left at three", now=tuesday
        )
    assert fixed.hours == 2.5
    with desk.db.write() as s:
        today = training.foad_time_in(s, desk.animator, BED, enrolment.id, now=tuesday)
    with pytest.raises(RefusedError, match="still running"), desk.db.write() as s:
        training.correct_foad_time(
            s, desk.animator, today.id, "09:30", "09:45", "Came earlier", now=tuesday
        )


def test_the_cloture_ends_the_foad_times_still_running(desk: Desk) -> None:
    from lam_desk.services import closing

    _learner, enrolment = _foad_learner(desk)
    with desk.db.write() as s:
        training.foad_time_in(s, desk.animator, BED, enrolment.id, now=ON_THE_DAY)
    with desk.db.read() as s:
        preview = closing.preview(s, BED, AFTER_IT)
    assert [(f.who.name, f.started_at) for f in preview.foad] == [("FABRE Odile", ON_THE_DAY)]
    with desk.db.write() as s:
        done = closing.close_day(s, BED, AFTER_IT, desk.animator)
    # Nobody saw her leave: no hours until someone types when she did.
    assert done.foad_ended == 1
    with desk.db.read() as s:
        (time,) = training.foad_times(s, enrolment.id)
    assert time.time_out == time.time_in and time.hours == 0.0


def test_a_foad_time_of_an_earlier_day_is_a_loose_end_settled_with_no_hours(desk: Desk) -> None:
    from lam_desk.services import closing

    _learner, enrolment = _foad_learner(desk)
    tuesday = at_paris(MONDAY + timedelta(days=1), "09:00")
    with desk.db.write() as s:
        training.foad_time_in(s, desk.animator, BED, enrolment.id, now=ON_THE_DAY)
    with desk.db.read() as s:
        loose = closing.loose_ends(s, BED, tuesday)
    assert loose.count == 1 and [f.who.name for f in loose.foad] == ["FABRE Odile"]
    with desk.db.write() as s:
        settled = closing.settle_loose_ends(s, BED, tuesday, desk.animator)
    assert settled.foad_ended == 1
    with desk.db.read() as s:
        assert closing.loose_ends(s, BED, tuesday).count == 0
        (time,) = training.foad_times(s, enrolment.id)
    assert time.hours == 0.0


def test_only_a_coordinator_edits_the_catalogue(desk: Desk) -> None:
    draft = CourseDraft("SMART", "Atelier smartphone", planned_hours=4, site_ids=(BED,))
    with pytest.raises(RefusedError, match="coordinator"), desk.db.write() as s:
        training.save_course(s, desk.animator, draft, None)
    with pytest.raises(FieldError, match="Another course"), desk.db.write() as s:
        training.save_course(s, desk.coordinator, CourseDraft("cni", "Encore"), None)
    with desk.db.write() as s:
        made = training.save_course(s, desk.coordinator, draft, None)
        edited = training.save_course(
            s, desk.coordinator, CourseDraft("SMART", "Atelier smartphone et tablette"), made
        )
    assert edited.id == made.id and edited.title == "Atelier smartphone et tablette"
    with desk.db.read() as s:
        assert "SMART" in {c.code for c in training.courses(s, site_id=OLO)}
        assert {f.code for f in training.funding_lines(s)} >= {"FEDER-2127-INCL"}


def test_the_coordinator_writes_the_operation_number_the_sheets_print(
    desk: Desk, group: tuple[str, str, list[str], list[str]]
) -> None:
    from lam_desk.services.dto_training import FundingLineDraft

    _run_id, seance_id, _people, _made = group
    with desk.db.read() as s:
        feder = next(f for f in training.funding_lines(s) if f.code == "FEDER-2127-INCL")
    draft = FundingLineDraft(
        "OC0021457", "2021-2027", feder.managing_authority, feder.eu_statement, True, (), 10
    )
    with pytest.raises(RefusedError, match="coordinator"), desk.db.write() as s:
        training.save_funding_line(s, desk.animator, feder, draft)
    bad = FundingLineDraft("OC1", "2027-2021", "", "", True, (), 10)
    with pytest.raises(FieldError, match="2021-2027"), desk.db.write() as s:
        training.save_funding_line(s, desk.coordinator, feder, bad)
    with desk.db.write() as s:
        saved = training.save_funding_line(s, desk.coordinator, feder, draft)
    assert saved.operation_number == "OC0021457"
    with desk.db.write() as s:
        sheet = training.attendance_sheet(s, desk.animator, seance_id, now=ON_THE_DAY)
    assert sheet.funding is not None and sheet.funding.operation_number == "OC0021457"


def test_enrolments_in_one_session_and_in_the_whole_run_never_take_each_other_s_seat(
    desk: Desk,
) -> None:
    run_id = cni_run(desk, capacity=2)
    monday = seance(desk, run_id)
    seance(desk, run_id, MONDAY + timedelta(days=7))
    anna, carla, bruno = (register(desk, f, g) for f, g in (("Roux", "Anna"),
                          ("Sabatier", "Carla"), ("Bonnet", "Bruno")))  # fmt: skip
    with desk.db.write() as s:
        training.enrol(s, desk.animator, BED, run_id, anna, now=NOW)
        only_monday = training.enrol(
            s, desk.animator, BED, run_id, carla, training_session_id=monday,
            now=NOW + timedelta(minutes=1),
        )  # fmt: skip
        late = training.enrol(s, desk.animator, BED, run_id, bruno, now=NOW + timedelta(minutes=2))
    assert only_monday.state is EnrolmentState.ENROLLED
    assert (late.state, late.waitlist_position) == (EnrolmentState.WAITLISTED, 1)
    with desk.db.read() as s:
        monday_row = training.get_session(s, monday)
    assert (monday_row.seats.enrolled, monday_row.seats.capacity) == (2, 2), "Carla kept hers"
    with desk.db.read() as s:
        anna_enrolment = next(
            e for e in training.enrolments(s, run_id, viewer_site_id=BED) if e.member_id == anna
        )
    with desk.db.write() as s:
        outcome = training.cancel_enrolment(s, desk.animator, BED, anna_enrolment.id, now=NOW)
    assert outcome.promoted is not None and outcome.promoted.member_id == bruno
