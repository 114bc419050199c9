"""Training rules: hours per half-day, the attendance rate, seats and the waitlist."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from lam_desk.domain import training
from lam_desk.domain.training import Claim, attendance_rate, hours_for, split_seats
from lam_desk.errors import FieldError, UserError
from lam_desk.services.dto_training import HalfDay, Mark, Presence, Slot

MORNING = Slot(HalfDay.MORNING, "09:00", "12:00")
AFTERNOON = Slot(HalfDay.AFTERNOON, "13:30", "17:00")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_the_training_rules_load_without_the_services() -> None:
    """The rules stand alone: the services build on them, not the other way round."""
    code = (
        "import sys, lam_desk.domain.training; "
        "print(sorted(m for m in sys.modules if m.startswith(('lam_desk.services', "
        "'lam_desk.db', 'sqlalchemy'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    from lam_desk.services import dto_training

    assert (dto_training.HalfDay, dto_training.Presence, dto_training.Slot) == (
        training.HalfDay,
        training.Presence,
        training.Slot,
    )


# --- hours -----------------------------------------------------------------------------------


def test_present_counts_the_half_day_late_from_arrival_excused_and_absent_nothing() -> None:
    assert hours_for(MORNING, Presence.PRESENT) == 3
    assert hours_for(AFTERNOON, Presence.PRESENT) == 3.5
    assert hours_for(MORNING, Presence.LATE, "09:45") == 2.25
    assert hours_for(MORNING, Presence.EXCUSED) == 0
    assert hours_for(MORNING, Presence.ABSENT) == 0
    assert hours_for(MORNING, None) == 0


def test_a_late_arrival_is_clamped_to_the_half_day() -> None:
    assert hours_for(MORNING, Presence.LATE, "08:30") == 3
    assert hours_for(MORNING, Presence.LATE, "12:30") == 0


def test_a_late_mark_without_its_arrival_time_counts_no_hours() -> None:
    """Two desks' edits merged field by field can leave "late" with no time."""
    assert hours_for(MORNING, Presence.LATE, None) == 0
    assert hours_for(MORNING, Presence.LATE, "") == 0
    late = Mark(HalfDay.MORNING, Presence.LATE, None)
    assert attendance_rate(
        [(MORNING, late), (AFTERNOON, Mark(HalfDay.AFTERNOON, Presence.PRESENT))]
    ) == pytest.approx(3.5 / 6.5)


def test_the_arrival_of_a_late_learner_is_required_and_inside_the_half_day() -> None:
    assert training.check_arrival(MORNING, Presence.LATE, "9h20") == "09:20"
    assert training.check_arrival(MORNING, Presence.PRESENT, "09:20") is None
    with pytest.raises(UserError, match="arrival time"):
        training.check_arrival(MORNING, Presence.LATE, "")
    with pytest.raises(UserError, match="between 09:00 and 12:00"):
        training.check_arrival(MORNING, Presence.LATE, "12:15")
    with pytest.raises(FieldError, match="09:30"):
        training.check_arrival(MORNING, Presence.LATE, "quarter past")
    # On the day, an arrival still to come is a typing mistake.
    assert training.check_arrival(MORNING, Presence.LATE, "09:20", clock="09:20") == "09:20"
    with pytest.raises(UserError, match="It is 09:40: an arrival at 10:15 is still to come"):
        training.check_arrival(MORNING, Presence.LATE, "10:15", clock="09:40")


def test_the_rate_leaves_excused_half_days_out() -> None:
    marks = [
        (MORNING, Mark(HalfDay.MORNING, Presence.PRESENT)),
        (AFTERNOON, Mark(HalfDay.AFTERNOON, Presence.EXCUSED)),
    ]
    assert attendance_rate(marks) == 1.0
    marks[1] = (AFTERNOON, Mark(HalfDay.AFTERNOON, Presence.ABSENT))
    assert attendance_rate(marks) == pytest.approx(3 / 6.5)
    late = [(MORNING, Mark(HalfDay.MORNING, Presence.LATE, "10:30"))]
    assert attendance_rate(late) == pytest.approx(0.5)
    assert attendance_rate([(MORNING, Mark(HalfDay.MORNING, Presence.EXCUSED))]) is None
    assert attendance_rate([]) is None


def test_the_hours_rule_is_a_sentence_for_the_desk() -> None:
    assert "late" in training.HOURS_RULE and "excused" in training.HOURS_RULE.lower()


# --- times typed -----------------------------------------------------------------------------


def test_slots_are_checked_with_the_field_named() -> None:
    assert training.check_slots(("9h", "12h"), ("13:30", "17:00")) == (
        MORNING,
        AFTERNOON,
    )
    with pytest.raises(FieldError) as no_slot:
        training.check_slots(None, None)
    assert no_slot.value.field == "morning"
    with pytest.raises(FieldError) as backwards:
        training.check_slots(None, ("17:00", "13:30"))
    assert backwards.value.field == "afternoon"
    with pytest.raises(FieldError) as overlap:
        training.check_slots(("09:00", "13:00"), ("12:30", "16:00"))
    assert overlap.value.field == "afternoon"
    with pytest.raises(FieldError):
        training.check_slots(("25:00", "26:00"), None)


# --- seats: examples -------------------------------------------------------------------------


def claim(n: int, minutes: int, order: int | None = None, cancelled: bool = False) -> Claim:
    return Claim(
        f"e{n:03d}",
        T0 + timedelta(minutes=minutes),
        order,
        T0 + timedelta(days=1) if cancelled else None,
    )


def ids(claims: list[Claim]) -> list[str]:
    return [c.id for c in claims]


def test_provisional_enrolments_take_seats_by_request_time() -> None:
    enrolled, waiting = split_seats([claim(1, 30), claim(2, 10), claim(3, 20)], 2)
    assert ids(enrolled) == ["e002", "e003"]
    assert ids(waiting) == ["e001"]


def test_confirmed_come_first_in_server_order_and_are_never_taken_back() -> None:
    claims = [claim(1, 0), claim(2, 50, order=7), claim(3, 40, order=3), claim(4, 5)]
    enrolled, waiting = split_seats(claims, 3)
    assert ids(enrolled) == ["e003", "e002", "e001"]
    assert ids(waiting) == ["e004"]
    enrolled, waiting = split_seats(claims, 1)  # the capacity shrank
    assert ids(enrolled) == ["e003", "e002"]
    assert ids(waiting) == ["e001", "e004"]


def test_a_cancellation_promotes_the_first_waiting() -> None:
    claims = [claim(n, n) for n in range(1, 6)]
    before = split_seats(claims, 3)
    claims[0] = replace(claims[0], cancelled_at=T0 + timedelta(days=1))
    after = split_seats(claims, 3)
    assert ids(after[0]) == ["e002", "e003", "e004"]
    assert ids(after[1]) == ["e005"]
    assert training.promoted_by(before, after) == ["e004"]


# --- seats: properties -----------------------------------------------------------------------


@st.composite
def claims_and_capacity(draw: st.DrawFn) -> tuple[list[Claim], int]:
    count = draw(st.integers(0, 25))
    orders = draw(st.lists(st.integers(1, 1000), min_size=count, max_size=count, unique=True))
    claims = [
        Claim(
            f"e{n:03d}",
            T0 + timedelta(minutes=draw(st.integers(0, 600))),
            orders[n] if draw(st.booleans()) else None,
            T0 + timedelta(days=1) if draw(st.integers(0, 9)) == 0 else None,
        )
        for n in range(count)
    ]
    return claims, draw(st.integers(1, 12))


@given(claims_and_capacity())
@settings(max_examples=300, deadline=None)
def test_everyone_not_cancelled_is_enrolled_or_waiting_once(case: tuple[list[Claim], int]) -> None:
    claims, capacity = case
    enrolled, waiting = split_seats(claims, capacity)
    active = {c.id for c in claims if c.cancelled_at is None}
    assert sorted(ids(enrolled) + ids(waiting)) == sorted(active)
    confirmed = [c for c in claims if c.server_order is not None and c.cancelled_at is None]
    # Nobody waits while a seat is free; seats beyond the capacity only for confirmed people.
    assert len(enrolled) == max(min(capacity, len(active)), len(confirmed))
    assert {c.id for c in confirmed} <= set(ids(enrolled))
    assert all(c.server_order is None for c in waiting)


@given(claims_and_capacity(), st.data())
@settings(max_examples=300, deadline=None)
def test_a_cancellation_promotes_the_first_waiting_and_moves_the_others_up(
    case: tuple[list[Claim], int], data: st.DataObject
) -> None:
    claims, capacity = case
    before = split_seats(claims, capacity)
    if not before[0]:
        return
    leaving = data.draw(st.sampled_from(before[0]))
    after_claims = [
        replace(c, cancelled_at=T0 + timedelta(days=2)) if c.id == leaving.id else c for c in claims
    ]
    after = split_seats(after_claims, capacity)
    promoted = training.promoted_by(before, after)
    over = len(before[0]) > capacity  # confirmed beyond a shrunk capacity: no seat frees up
    if before[1] and not over:
        assert promoted == [before[1][0].id]
        assert ids(after[1]) == ids(before[1])[1:]
    else:
        assert promoted == []
        assert ids(after[1]) == ids(before[1])
    # Nobody else loses a seat.
    assert set(ids(before[0])) - {leaving.id} <= set(ids(after[0]))


@given(claims_and_capacity(), st.integers(0, 600))
@settings(max_examples=300, deadline=None)
def test_a_new_enrolment_never_takes_a_seat_the_server_confirmed(
    case: tuple[list[Claim], int], minutes: int
) -> None:
    claims, capacity = case
    before, _ = split_seats(claims, capacity)
    newcomer = Claim("new", T0 + timedelta(minutes=minutes))
    after, waiting = split_seats([*claims, newcomer], capacity)
    confirmed = {c.id for c in before if c.server_order is not None}
    assert confirmed <= set(ids(after))
    # The latest request of all waits when the run is full.
    latest = all(c.requested_at < newcomer.requested_at for c in claims)
    if latest and len(before) >= capacity:
        assert "new" in ids(waiting)


@given(claims_and_capacity(), st.integers(1, 12))
@settings(max_examples=200, deadline=None)
def test_more_seats_never_send_anyone_to_the_waitlist(
    case: tuple[list[Claim], int], more: int
) -> None:
    claims, capacity = case
    before, _ = split_seats(claims, capacity)
    after, _ = split_seats(claims, capacity + more)
    assert set(ids(before)) <= set(ids(after))


@given(claims_and_capacity())
@settings(max_examples=200, deadline=None)
def test_the_order_does_not_depend_on_the_order_rows_are_read(
    case: tuple[list[Claim], int],
) -> None:
    claims, capacity = case
    assert split_seats(claims, capacity) == split_seats(list(reversed(claims)), capacity)


# --- a run's seats and its séances' together -----------------------------------------------


@st.composite
def mixed_enrolments(
    draw: st.DrawFn,
) -> tuple[list[Claim], dict[str, list[Claim]], int, dict[str, int]]:
    """Enrolments in a run of two séances: some for the whole run, some for one séance."""
    count = draw(st.integers(0, 20))
    orders = draw(st.lists(st.integers(1, 1000), min_size=count, max_size=count, unique=True))
    whole: list[Claim] = []
    single: dict[str, list[Claim]] = {"s1": [], "s2": []}
    for n in range(count):
        claim = Claim(
            f"e{n:03d}",
            T0 + timedelta(minutes=draw(st.integers(0, 600))),
            orders[n] if draw(st.integers(0, 3)) == 0 else None,
        )
        target = draw(st.sampled_from(["run", "s1", "s2"]))
        (whole if target == "run" else single[target]).append(claim)
    capacities = {"s1": draw(st.integers(1, 8)), "s2": draw(st.integers(1, 8))}
    return whole, single, draw(st.integers(1, 8)), capacities


@given(mixed_enrolments())
@settings(max_examples=300, deadline=None)
def test_a_seat_given_is_never_taken_back_by_a_later_enrolment(
    case: tuple[list[Claim], dict[str, list[Claim]], int, dict[str, int]],
) -> None:
    whole, single, capacity, capacities = case
    (run_in, run_wait), seances = training.allot_seats(
        whole, single, capacity, capacities, ["s1", "s2"]
    )
    # Everyone counted once, in a seat or waiting.
    assert sorted(c.id for c in [*run_in, *run_wait]) == sorted(c.id for c in whole)
    for sid, claims in single.items():
        held, waiting = seances[sid]
        assert sorted(c.id for c in [*held, *waiting]) == sorted(c.id for c in claims)
        # Without confirmed seats beyond it, a séance is never over its capacity.
        if not any(c.server_order is not None for c in [*run_in, *held]):
            assert len(run_in) + len(held) <= capacities[sid]
    # Whoever holds a seat keeps it when someone enrols after everyone else.
    late = T0 + timedelta(days=3)
    for target in ("run", "s1", "s2"):
        newcomer = Claim(f"new-{target}", late)
        more_whole = [*whole, newcomer] if target == "run" else whole
        more_single = {
            sid: [*claims, newcomer] if sid == target else claims for sid, claims in single.items()
        }
        (after_in, _w), after = training.allot_seats(
            more_whole, more_single, capacity, capacities, ["s1", "s2"]
        )
        assert {c.id for c in run_in} <= {c.id for c in after_in}
        for sid in single:
            assert {c.id for c in seances[sid][0]} <= {c.id for c in after[sid][0]}


def test_an_enrolment_in_the_run_waits_when_a_session_is_full_of_its_own() -> None:
    one_session = Claim("anna", T0)
    whole = Claim("bruno", T0 + timedelta(minutes=5))
    (run_in, run_wait), seances = training.allot_seats(
        [whole], {"s1": [one_session]}, 2, {"s1": 1, "s2": 2}, ["s1", "s2"]
    )
    assert (run_in, run_wait) == ([], [whole]), "séance 1 has no seat left for him"
    assert seances["s1"] == ([one_session], [])


def test_a_foad_time_left_running_is_one_of_an_earlier_paris_day() -> None:
    from datetime import UTC, datetime

    monday_evening = datetime(2026, 3, 9, 22, 30, tzinfo=UTC)  # 23:30 in Paris
    before_midnight = datetime(2026, 3, 9, 22, 50, tzinfo=UTC)
    after_midnight = datetime(2026, 3, 9, 23, 10, tzinfo=UTC)  # Tuesday 00:10 in Paris
    assert not training.left_running(monday_evening, None, before_midnight)
    assert training.left_running(monday_evening, None, after_midnight)
    assert not training.left_running(monday_evening, before_midnight, after_midnight)
    # Ended, or left running: corrected by hand; today's running time ends with Departure.
    assert training.correctable(monday_evening, before_midnight, before_midnight)
    assert training.correctable(monday_evening, None, after_midnight)
    assert not training.correctable(monday_evening, None, before_midnight)
