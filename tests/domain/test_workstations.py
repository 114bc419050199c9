"""Rules of the board: how long a workstation can take someone, when it is refused, and
the queue's estimated waits."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from lam_desk.domain.visits import next_ticket
from lam_desk.domain.wallclock import at_paris
from lam_desk.domain.workstations import (
    OpeningDay,
    Seat,
    Span,
    check_can_hold,
    estimated_waits,
    extended_end,
    free_minutes,
)
from lam_desk.errors import UserError

DAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # 10:00 in Paris
OPEN = OpeningDay(
    (
        Span(at_paris(DAY, "09:00"), at_paris(DAY, "12:00")),
        Span(at_paris(DAY, "14:00"), at_paris(DAY, "18:00")),
    ),
    configured=True,
)
ALWAYS = OpeningDay()


def _at(minute: int) -> datetime:
    return NOW + timedelta(minutes=minute)


spans = st.lists(
    st.tuples(st.integers(-120, 480), st.integers(5, 180)).map(
        lambda t: Span(_at(t[0]), _at(t[0] + t[1]))
    ),
    max_size=6,
)


@given(spans, st.integers(1, 240))
def test_a_workstation_is_held_exactly_when_no_booking_overlaps(
    bookings: list[Span], length: int
) -> None:
    ends = _at(length)
    overlapping = any(b.overlaps(NOW, ends) for b in bookings)
    try:
        check_can_hold("Poste 1", NOW, ends, bookings, ALWAYS)
    except UserError:
        assert overlapping
    else:
        assert not overlapping


@given(spans, st.sampled_from([ALWAYS, OPEN]), st.integers(-60, 600))
def test_the_free_time_shown_can_always_be_given_and_not_a_minute_more(
    bookings: list[Span], opening: OpeningDay, at: int
) -> None:
    now = _at(at)
    free = free_minutes(now, bookings, opening, limit=240)
    if free > 0:
        check_can_hold("Poste 1", now, now + timedelta(minutes=free), bookings, opening)
    if free < 240:
        with pytest.raises(UserError):
            check_can_hold("Poste 1", now, now + timedelta(minutes=free + 1), bookings, opening)


def test_free_time_stops_at_the_next_booking_and_at_closing() -> None:
    booking = [Span(_at(25), _at(85))]
    assert free_minutes(NOW, booking, ALWAYS, limit=60) == 25
    assert free_minutes(NOW, [], ALWAYS, limit=60) == 60
    assert free_minutes(_at(100), [], OPEN, limit=60) == 20  # 11:40, closes at 12:00
    assert free_minutes(_at(150), [], OPEN, limit=60) == 0  # 12:30, closed
    closed = OpeningDay((), configured=True, closure_reason="Fête")
    assert free_minutes(NOW, [], closed, limit=60) == 0


def test_extending_a_session_over_its_time_starts_from_now() -> None:
    assert extended_end(_at(30), NOW, 15) == _at(45)
    assert extended_end(_at(-5), NOW, 15) == _at(15)


def test_waits_follow_the_sessions_ending_first_and_free_seats_wait_nothing() -> None:
    seats = [Seat(_at(20)), Seat(_at(5)), Seat(NOW), Seat(_at(40))]
    assert estimated_waits(NOW, seats, 6, 60) == [0, 5, 20, 40, 60, 65]
    # A free seat booked in ten minutes is offered once its booking ends.
    booked = Seat(NOW, (Span(_at(10), _at(70)),))
    assert estimated_waits(NOW, [booked, Seat(_at(30))], 3, 60) == [30, 70, 90]
    # A person seated before a booking leaves when it starts.
    assert estimated_waits(NOW, [Seat(NOW, (Span(_at(40), _at(60)),))], 3, 60) == [0, 60, 120]
    assert estimated_waits(NOW, [], 3, 60) == []


@given(
    st.lists(st.integers(-30, 240), max_size=12),
    st.integers(0, 20),
    st.integers(15, 120),
)
def test_waits_never_decrease_along_the_queue(ends: list[int], waiting: int, length: int) -> None:
    waits = estimated_waits(NOW, [Seat(_at(e)) for e in ends], waiting, length)
    assert waits == sorted(waits)
    midnight = (at_paris(DAY + timedelta(days=1), "00:00") - NOW) // timedelta(minutes=1)
    assert all(0 <= w < midnight for w in waits), "today's waits only"
    # Everyone gets a wait when even one seat could take them all before midnight.
    if not ends or max(ends) + waiting * length <= midnight - 15:
        assert len(waits) == (waiting if ends else 0)


def test_waits_skip_the_lunch_closure_and_stop_at_closing() -> None:
    # 10:00; the site closes 12:00-14:00 and at 18:00.
    seats = [Seat(_at(90)), Seat(_at(150))]
    # The first seat frees at 11:30 and its next person keeps it until noon: it frees again
    # at 14:00, as does the seat freed over lunch.
    assert estimated_waits(NOW, seats, 4, 60, OPEN) == [90, 240, 240, 300]
    # Late in the afternoon, nobody more is seated once the site closes at 18:00.
    late = at_paris(DAY, "17:00")
    assert estimated_waits(late, [Seat(late + timedelta(minutes=30))], 3, 60, OPEN) == [30]
    # Without opening hours, the queue keeps going, until midnight in Paris.
    assert estimated_waits(late, [Seat(late)], 3, 60, ALWAYS) == [0, 60, 120]
    evening = at_paris(DAY, "22:30")
    assert estimated_waits(evening, [Seat(evening)], 4, 60, ALWAYS) == [0, 60]
    # A seat free at 11:00 and booked 14:00-15:00 is not promised at the reopening; a seat
    # freeing two minutes before noon is not offered for those two minutes.
    afternoon = Span(at_paris(DAY, "14:00"), at_paris(DAY, "15:00"))
    seats = [Seat(_at(60), (afternoon,)), Seat(_at(118))]
    assert estimated_waits(NOW, seats, 4, 60, OPEN) == [60, 240, 300, 300]


@given(
    st.lists(
        st.tuples(
            st.integers(-30, 480),
            st.lists(st.tuples(st.integers(0, 480), st.integers(15, 120)), max_size=3),
        ),
        max_size=6,
    ),
    st.integers(0, 10),
    st.integers(15, 120),
)
def test_nobody_is_expected_at_a_booked_seat_nor_for_less_than_the_shortest_offer(
    raw: list[tuple[int, list[tuple[int, int]]]], waiting: int, length: int
) -> None:
    seats = [
        Seat(_at(free), tuple(Span(_at(b), _at(b + n)) for b, n in booked)) for free, booked in raw
    ]
    waits = estimated_waits(NOW, seats, waiting, length, OPEN)
    assert waits == sorted(waits)
    for wait in waits:
        seated = NOW + timedelta(minutes=wait)
        # Some seat can be given for the shortest offer from then (rounded to the minute).
        assert any(
            all(not b.overlaps(seated, seated + timedelta(minutes=14)) for b in seat.bookings)
            and seat.free_at <= seated
            for seat in seats
        ), wait


@given(
    st.lists(st.integers(-30, 600), max_size=8),
    st.integers(0, 12),
    st.integers(15, 120),
    st.integers(-90, 540),
)
def test_nobody_is_expected_while_the_site_is_closed(
    ends: list[int], waiting: int, length: int, at: int
) -> None:
    now = _at(at)
    waits = estimated_waits(now, [Seat(_at(e)) for e in ends], waiting, length, OPEN)
    assert waits == sorted(waits) and len(waits) <= waiting
    for wait in waits:
        seated = now + timedelta(minutes=wait)
        assert any(
            span.starts_at <= seated and seated - timedelta(minutes=1) < span.ends_at
            for span in OPEN.intervals
        ), f"a wait of {wait} min lands while the site is closed"


def test_tickets_count_up_from_the_day_s_highest() -> None:
    assert next_ticket([]) == "T-1"
    assert next_ticket([None, "T-2", "T-10", "X-40", "T-3"]) == "T-11"
