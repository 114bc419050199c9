"""Seating people at the workstations: seat, extend, end, move, out of service, and every
refusal with its message, nothing half-saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from desk_day import (
    BED,
    NOW,
    add_booking,
    add_member,
    add_workstations,
    minutes,
    outbox_count,
)
from sqlalchemy import func, select
from staff_desk import Desk

from lam_desk.db.models import (
    Closure,
    OpeningHours,
    QueueEntry,
    SiteSettings,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import at_paris
from lam_desk.errors import UserError
from lam_desk.services import queue, visits, workstations
from lam_desk.services.dto import VisitLine


@pytest.fixture
def stations(desk: Desk) -> list[str]:
    return add_workstations(desk.db, 4)


@pytest.fixture
def walk_in(desk: Desk) -> Callable[..., VisitLine]:
    """Check someone in (a member, or an anonymous ticket) at ``at``."""
    count = [0]

    def make(*, member: bool = True, at=NOW) -> VisitLine:  # type: ignore[no-untyped-def]
        count[0] += 1
        with desk.db.write() as s:
            if not member:
                return visits.check_in_anonymous(s, BED, ["free_access"], None, at, ticket=True)
        member_id = add_member(desk.db, f"Personne{count[0]}", "Test", card=f"BED-9{count[0]:05d}")
        with desk.db.write() as s:
            return visits.check_in_member(s, BED, member_id, ["free_access"], None, at)

    return make


def _uses(desk: Desk) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(WorkstationUse)) or 0


def _refused(desk: Desk, message: str, action: Callable[..., object], *args: object) -> None:
    """``action`` is refused with ``message`` and changes nothing."""
    uses, ops = _uses(desk), outbox_count(desk.db)
    with pytest.raises(UserError, match=message), desk.db.write() as s:
        action(s, *args)
    assert (_uses(desk), outbox_count(desk.db)) == (uses, ops)


def test_a_person_seated_shows_on_the_board_with_the_time_left(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    with desk.db.write() as s:
        use = workstations.seat(s, BED, visit.id, stations[1], 60, NOW)
    assert use.planned_end_at == NOW + minutes(60) and use.who.name == "PERSONNE1 Test"
    with desk.db.read() as s:
        board = workstations.board(s, BED, NOW + minutes(45))
    assert [w.label for w in board.workstations] == ["Poste 1", "Poste 2", "Poste 3", "Poste 4"]
    shown = board.workstations[1].use
    assert shown is not None and shown.who.name == "PERSONNE1 Test"
    assert shown.seconds_left(NOW + minutes(45)) == 15 * 60
    assert shown.seconds_left(NOW + minutes(65)) == -5 * 60  # time over
    assert board.workstations[0].use is None
    assert (board.default_minutes, board.max_minutes) == (60, 240)


def test_an_anonymous_ticket_is_seated_like_anyone(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    ticket = walk_in(member=False)
    with desk.db.write() as s:
        use = workstations.seat(s, BED, ticket.id, stations[0], 30, NOW)
    assert use.who.anonymous and use.who.ticket == "T-1"


def test_seating_refuses_a_person_already_seated_and_a_workstation_in_use(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    first, second = walk_in(), walk_in()
    with desk.db.write() as s:
        workstations.seat(s, BED, first.id, stations[0], 60, NOW)
    _refused(
        desk, "already seated at Poste 1", workstations.seat, BED, first.id, stations[1], 60, NOW
    )
    _refused(
        desk,
        "Poste 1 is in use until 11:00",
        workstations.seat,
        BED,
        second.id,
        stations[0],
        60,
        NOW,
    )


def test_seating_refuses_a_workstation_out_of_service_with_its_reason(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    with desk.db.write() as s:
        workstations.set_out_of_service(s, stations[2], "  écran   cassé ")
    _refused(
        desk,
        "Poste 3 is out of service: écran cassé.",
        workstations.seat,
        BED,
        visit.id,
        stations[2],
        60,
        NOW,
    )
    with desk.db.write() as s:
        workstations.set_out_of_service(s, stations[2], None)
        workstations.seat(s, BED, visit.id, stations[2], 60, NOW)


def test_seating_refuses_a_workstation_booked_within_the_duration(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    add_booking(desk.db, stations[0], NOW + minutes(25), NOW + minutes(85), caller_name="Mme Py")
    add_booking(desk.db, stations[1], NOW - minutes(10), NOW + minutes(50))
    _refused(
        desk,
        "Poste 1 is booked from 10:25: give at most 25 minutes, or choose another workstation.",
        workstations.seat,
        BED,
        visit.id,
        stations[0],
        60,
        NOW,
    )
    _refused(
        desk,
        "Poste 2 is booked until 10:50: choose another workstation.",
        workstations.seat,
        BED,
        visit.id,
        stations[1],
        30,
        NOW,
    )
    with desk.db.write() as s:  # 25 minutes fit before the booking
        workstations.seat(s, BED, visit.id, stations[0], 25, NOW)


def test_cancelled_and_released_bookings_hold_nothing_and_one_s_own_booking_is_one_s_own(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    add_booking(desk.db, stations[0], NOW, NOW + minutes(60), cancelled=True)
    add_booking(desk.db, stations[1], NOW - minutes(20), NOW + minutes(40), released=True)
    visit = walk_in()
    add_booking(
        desk.db, stations[2], NOW + minutes(5), NOW + minutes(65), member_id=visit.who.member_id
    )
    with desk.db.write() as s:
        workstations.seat(s, BED, visit.id, stations[2], 60, NOW)
    other = walk_in()
    with desk.db.write() as s:
        workstations.seat(s, BED, other.id, stations[0], 60, NOW)
    with desk.db.read() as s:
        board = workstations.board(s, BED, NOW)
    assert [len(w.bookings) for w in board.workstations] == [0, 0, 1, 0]
    assert board.workstations[2].bookings[0].person == "PERSONNE1 Test"


@pytest.mark.parametrize("length", [0, 4, 241, -30])
def test_a_session_length_out_of_bounds_is_refused(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine], length: int
) -> None:
    visit = walk_in()
    _refused(
        desk,
        "A session lasts from 5 minutes to 240 minutes.",
        workstations.seat,
        BED,
        visit.id,
        stations[0],
        length,
        NOW,
    )


def test_seating_follows_the_opening_hours_and_closures(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    with desk.db.write() as s:  # Tuesdays 09:00-12:00 and 14:00-18:00
        s.add(OpeningHours(site_id=BED, weekday=1, opens="09:00", closes="12:00"))
        s.add(OpeningHours(site_id=BED, weekday=1, opens="14:00", closes="18:00"))
    _refused(
        desk,
        "The site closes at 12:00: give at most 30 minutes.",
        workstations.seat,
        BED,
        visit.id,
        stations[0],
        60,
        NOW + minutes(90),
    )
    _refused(
        desk,
        "The site is closed now; it opens at 14:00.",
        workstations.seat,
        BED,
        visit.id,
        stations[0],
        30,
        NOW + minutes(150),
    )
    _refused(
        desk,
        "The site is closed for the rest of the day.",
        workstations.seat,
        BED,
        visit.id,
        stations[0],
        30,
        NOW + minutes(9 * 60),
    )
    with desk.db.write() as s:
        s.add(Closure(site_id=BED, first_day=NOW.date(), last_day=NOW.date(), reason="Inventaire"))
    _refused(
        desk,
        r"The site is closed today \(Inventaire\).",
        workstations.seat,
        BED,
        visit.id,
        stations[0],
        30,
        NOW,
    )


def test_extend_from_the_planned_end_or_from_now_once_the_time_is_over(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    with desk.db.write() as s:
        use = workstations.seat(s, BED, visit.id, stations[0], 60, NOW)
        longer = workstations.extend(s, use.id, 15, NOW + minutes(30), use.clocks)
    assert longer.planned_end_at == NOW + minutes(75)
    with desk.db.write() as s:  # five minutes over: 30 more means 30 from now
        later = workstations.extend(s, use.id, 30, NOW + minutes(80), longer.clocks)
    assert later.planned_end_at == NOW + minutes(110)


def test_extending_past_a_booking_or_the_longest_session_is_refused(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    add_booking(desk.db, stations[0], NOW + minutes(70), NOW + minutes(130))
    with desk.db.write() as s:
        use = workstations.seat(s, BED, visit.id, stations[0], 60, NOW)
    _refused(
        desk,
        "Poste 1 is booked from 11:10: the session cannot be extended past it.",
        workstations.extend,
        use.id,
        15,
        NOW + minutes(50),
    )
    with desk.db.write() as s:
        other = workstations.seat(s, BED, walk_in().id, stations[1], 220, NOW)
    _refused(
        desk,
        "A session lasts at most 240 minutes at this site",
        workstations.extend,
        other.id,
        30,
        NOW,
    )


def test_end_frees_the_workstation_and_a_second_end_says_the_board_was_behind(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    with desk.db.write() as s:
        use = workstations.seat(s, BED, visit.id, stations[0], 60, NOW)
        workstations.end(s, use.id, NOW + minutes(40), use.clocks)
    with desk.db.read() as s:
        assert workstations.board(s, BED, NOW + minutes(40)).workstations[0].use is None
        assert visits.todays_visits(s, BED, NOW)[0].open  # still at the desk
    _refused(desk, "already ended", workstations.end, use.id, NOW + minutes(41))
    _refused(desk, "already ended", workstations.extend, use.id, 15, NOW + minutes(41))


def test_move_keeps_the_time_left_and_refuses_a_busy_or_broken_target(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit, other = walk_in(), walk_in()
    with desk.db.write() as s:
        use = workstations.seat(s, BED, visit.id, stations[0], 60, NOW)
        workstations.seat(s, BED, other.id, stations[1], 60, NOW)
        workstations.set_out_of_service(s, stations[2], "ne démarre plus")
    _refused(desk, "Poste 2 is in use", workstations.move, use.id, stations[1], NOW)
    _refused(desk, "Poste 3 is out of service", workstations.move, use.id, stations[2], NOW)
    _refused(desk, "already sits at this workstation", workstations.move, use.id, stations[0], NOW)
    with desk.db.write() as s:
        moved = workstations.move(s, use.id, stations[3], NOW + minutes(20), use.clocks)
    assert moved.planned_end_at == NOW + minutes(60) and moved.started_at == NOW + minutes(20)
    with desk.db.read() as s:
        board = workstations.board(s, BED, NOW + minutes(20))
        old = s.get(WorkstationUse, use.id)
        assert old is not None and old.ended_at == NOW + minutes(20)
    assert board.workstations[0].use is None
    moved_use = board.workstations[3].use
    assert moved_use is not None and moved_use.visit_id == visit.id


def test_a_move_to_a_workstation_booked_sooner_shortens_the_session_to_what_it_can_give(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    add_booking(desk.db, stations[1], NOW + minutes(40), NOW + minutes(100))
    add_booking(desk.db, stations[2], NOW + minutes(20), NOW + minutes(100))
    with desk.db.write() as s:
        use = workstations.seat(s, BED, walk_in().id, stations[0], 60, NOW)
    _refused(  # 5 minutes are not a session
        desk,
        "Poste 3 is booked from 10:20",
        workstations.move,
        use.id,
        stations[2],
        NOW + minutes(10),
    )
    with desk.db.write() as s:
        moved = workstations.move(s, use.id, stations[1], NOW + minutes(10), use.clocks)
    assert moved.planned_end_at == NOW + minutes(40), "until Poste 2's booking"


def test_a_move_does_not_start_the_longest_session_again(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    with desk.db.write() as s:
        use = workstations.seat(s, BED, walk_in().id, stations[0], 180, NOW)
    with desk.db.write() as s:
        moved = workstations.move(s, use.id, stations[1], NOW + minutes(120), use.clocks)
    with desk.db.write() as s:
        again = workstations.move(s, moved.id, stations[2], NOW + minutes(150), moved.clocks)
    with desk.db.write() as s:  # 3 h so far, 4 h at most: one more hour, not two
        longer = workstations.extend(s, again.id, 60, NOW + minutes(160))
    assert longer.planned_end_at == NOW + minutes(240)
    _refused(
        desk,
        "A session lasts at most 240 minutes at this site",
        workstations.extend,
        again.id,
        15,
        NOW + minutes(161),
    )


def test_out_of_service_needs_a_reason_and_a_free_workstation(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    _refused(desk, "Say why", workstations.set_out_of_service, stations[0], "   ")
    _refused(desk, "under 200 characters", workstations.set_out_of_service, stations[0], "x" * 201)
    with desk.db.write() as s:
        workstations.seat(s, BED, walk_in().id, stations[0], 60, NOW)
    _refused(
        desk,
        "Someone sits at Poste 1: move them or end their session first.",
        workstations.set_out_of_service,
        stations[0],
        "écran noir",
    )
    with desk.db.write() as s:
        workstations.set_out_of_service(s, stations[1], "clavier HS")
    with desk.db.read() as s:
        board = workstations.board(s, BED, NOW)
    assert board.workstations[1].out_of_service_reason == "clavier HS"


def test_a_workstation_name_is_required_and_unique_at_its_site(desk: Desk) -> None:
    add_workstations(desk.db, 2)
    with pytest.raises(UserError, match="1 to 40 characters"), desk.db.write() as s:
        workstations.add_workstation(s, BED, "  ")
    with (
        pytest.raises(UserError, match="already has a workstation “poste 2”"),
        desk.db.write() as s,
    ):
        workstations.add_workstation(s, BED, "poste 2")
    with desk.db.write() as s:  # another site may have its own Poste 2
        workstations.add_workstation(s, site_id("LUN"), "Poste 2")
        assert s.scalar(select(func.count()).select_from(Workstation)) == 3


def test_a_refused_seat_leaves_the_queue_as_it_was(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    visit = walk_in()
    with desk.db.write() as s:
        entry = queue.join(s, BED, visit.id, NOW)
        workstations.set_out_of_service(s, stations[0], "panne")
    _refused(desk, "out of service", workstations.seat, BED, visit.id, stations[0], 60, NOW)
    with desk.db.read() as s:
        place = s.get(QueueEntry, entry)
        assert place is not None and place.left_at is None and place.outcome is None


def test_a_public_holiday_closes_the_site(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    may_day = at_paris(date(2026, 5, 1), "10:00")  # a Friday
    with desk.db.write() as s:
        s.add(OpeningHours(site_id=BED, weekday=4, opens="09:00", closes="12:00"))
    visit = walk_in(at=may_day)
    _refused(
        desk,
        r"The site is closed today \(Labour Day\)",
        workstations.seat,
        BED,
        visit.id,
        stations[0],
        30,
        may_day,
    )


def test_the_site_s_settings_give_the_default_and_longest_session(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    with desk.db.write() as s:
        s.add(SiteSettings(site_id=BED, session_default_minutes=45, session_max_minutes=90))
    with desk.db.read() as s:
        board = workstations.board(s, BED, NOW)
    assert (board.default_minutes, board.max_minutes) == (45, 90)
    _refused(
        desk,
        "A session lasts from 5 minutes to 90 minutes.",
        workstations.seat,
        BED,
        walk_in().id,
        stations[0],
        120,
        NOW,
    )


def test_someone_walking_up_is_checked_in_for_free_access_and_seated_at_once(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    member = add_member(desk.db, "Azaïs", "Léon", card="BED-000777")
    with desk.db.write() as s:
        use = workstations.seat_walk_in(s, BED, member, stations[0], 60, desk.animator.id, NOW)
        ticket = workstations.seat_walk_in(s, BED, None, stations[1], 30, desk.animator.id, NOW)
    assert use.who.name == "AZAÏS Léon" and ticket.who.ticket == "T-1"
    with desk.db.read() as s:
        lines = visits.todays_visits(s, BED, NOW)
    assert {(v.workstation, v.purposes) for v in lines} == {
        ("Poste 1", ("Accès libre",)),
        ("Poste 2", ("Accès libre",)),
    }
    # A member already checked in keeps their visit (and its purposes) when seated.
    visit = walk_in()
    with desk.db.write() as s:
        again = workstations.seat_walk_in(
            s, BED, visit.who.member_id, stations[2], 60, None, NOW + minutes(1)
        )
    assert again.visit_id == visit.id


def test_check_in_with_a_workstation_seats_at_the_freest_or_queues_behind_others(
    desk: Desk, stations: list[str], walk_in: Callable[..., VisitLine]
) -> None:
    add_booking(desk.db, stations[0], NOW + minutes(10), NOW + minutes(70))
    add_booking(desk.db, stations[1], NOW + minutes(40), NOW + minutes(70))
    with desk.db.write() as s:
        workstations.set_out_of_service(s, stations[3], "panne")
    with desk.db.write() as s:
        first = workstations.seat_or_queue(s, BED, walk_in().id, NOW)
    assert (first.workstation, first.until) == ("Poste 3", NOW + minutes(60))
    with desk.db.write() as s:
        second = workstations.seat_or_queue(s, BED, walk_in().id, NOW)
    assert (second.workstation, second.until) == ("Poste 2", NOW + minutes(40))
    with desk.db.write() as s:  # Poste 1 is booked in 10 minutes: too short to offer
        third = workstations.seat_or_queue(s, BED, walk_in().id, NOW)
    assert third.workstation is None and third.queue_entry_id is not None


def test_automatic_seating_gives_public_pcs_not_the_scanner(
    desk: Desk, walk_in: Callable[..., VisitLine]
) -> None:
    with desk.db.write() as s:
        workstations.add_workstation(s, BED, "Poste numérisation", "scanner")
        pc = workstations.add_workstation(s, BED, "Poste 1")
    one, two = walk_in(), walk_in()
    with desk.db.write() as s:
        first = workstations.seat_or_queue(s, BED, one.id, NOW)
        second = workstations.seat_or_queue(s, BED, two.id, NOW)
    assert first.workstation == "Poste 1"
    assert second.workstation is None and second.queue_entry_id is not None, (
        "the scanner stays free for scanning"
    )
    with desk.db.read() as s:
        board = workstations.board(s, BED, NOW)
    assert [(w.id, w.label) for w in board.workstations if w.use is not None] == [(pc, "Poste 1")]
    assert next(w for w in board.workstations if w.kind == "scanner").use is None
