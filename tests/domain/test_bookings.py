"""Booking rules: overlaps, opening hours, lengths, the daily quota, the past, no-shows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import assume, given, strategies as st

from lam_desk.domain.bookings import (
    BookingRequest,
    BookingRuleError,
    BookingRules,
    BookingState,
    HeldSlot,
    check_booking,
    no_show_due,
    person_key,
    quota_used,
    release_moment,
)
from lam_desk.domain.opening import ClosureSpan, OpeningCalendar, WeeklyInterval, wall_moment

# Every day open 08:00-20:00: the tests of other rules are not troubled by opening hours.
ALWAYS = OpeningCalendar.of(WeeklyInterval(d, 8 * 60, 20 * 60) for d in range(7))
LOOSE = BookingRules(min_minutes=1, max_minutes=12 * 60, daily_quota_minutes=0)
DAY = date(2025, 6, 17)  # a Tuesday, no holiday
NOW = wall_moment(DAY, 7 * 60)
STATIONS = ("ws-1", "ws-2", "ws-3")
PEOPLE = ("member:a", "member:b", "caller:durand")


def at(minutes: int, day: date = DAY) -> datetime:
    return wall_moment(day, minutes)


@st.composite
def slots(draw: st.DrawFn) -> list[HeldSlot]:
    """Existing bookings of the day, on a 15-minute grid: some cancelled, some released."""
    out = []
    for n in range(draw(st.integers(0, 8))):
        start = draw(st.integers(8 * 4, 19 * 4)) * 15
        end = draw(st.integers(start // 15 + 1, 20 * 4)) * 15
        fate = draw(st.sampled_from(["held", "held", "cancelled", "released", "arrived"]))
        released = draw(st.integers(start // 15, end // 15)) * 15 if fate == "released" else None
        out.append(
            HeldSlot(
                booking_id=f"b{n}",
                workstation_id=draw(st.sampled_from(STATIONS)),
                starts_at=at(start),
                ends_at=at(end),
                person=draw(st.sampled_from(PEOPLE)),
                cancelled_at=NOW if fate == "cancelled" else None,
                arrived_at=at(start) if fate == "arrived" else None,
                released_at=at(released) if released is not None else None,
            )
        )
    return out


@st.composite
def requests(draw: st.DrawFn) -> BookingRequest:
    start = draw(st.integers(8 * 4, 19 * 4)) * 15
    end = draw(st.integers(start // 15 + 1, 20 * 4)) * 15
    return BookingRequest(
        draw(st.sampled_from(STATIONS)), at(start), at(end), draw(st.sampled_from(PEOPLE))
    )


def held_minutes(slot: HeldSlot) -> set[int]:
    """The minutes of the day a slot keeps its workstation, by brute force."""
    if slot.cancelled_at is not None:
        return set()
    end = slot.ends_at
    if slot.released_at is not None and slot.arrived_at is None:
        end = slot.released_at
    return {m for m in range(24 * 60) if slot.starts_at <= at(m) < end}


def wanted_minutes(request: BookingRequest) -> set[int]:
    return {m for m in range(24 * 60) if request.starts_at <= at(m) < request.ends_at}


def refusal(request: BookingRequest, existing: list[HeldSlot], **kw: object) -> str | None:
    try:
        check_booking(
            request,
            calendar=kw.get("calendar", ALWAYS),  # type: ignore[arg-type]
            rules=kw.get("rules", LOOSE),  # type: ignore[arg-type]
            existing=existing,
            now=kw.get("now", NOW),  # type: ignore[arg-type]
        )
    except BookingRuleError as refused:
        return refused.source
    return None


@given(requests(), slots())
def test_a_workstation_is_never_booked_twice_at_once(
    request: BookingRequest, existing: list[HeldSlot]
) -> None:
    # One person per slot here, so that only the workstation rule speaks.
    existing = [HeldSlot(**{**s.__dict__, "person": f"p{i}"}) for i, s in enumerate(existing)]
    clash = any(
        s.workstation_id == request.workstation_id and held_minutes(s) & wanted_minutes(request)
        for s in existing
    )
    reason = refusal(request, existing)
    assert (reason is not None) == clash
    if clash:
        assert reason is not None and "already booked" in reason


@given(requests(), slots())
def test_cancelled_bookings_never_stand_in_the_way(
    request: BookingRequest, existing: list[HeldSlot]
) -> None:
    cancelled = [
        HeldSlot(**{**s.__dict__, "cancelled_at": NOW, "person": f"p{i}"})
        for i, s in enumerate(existing)
    ]
    assert refusal(request, cancelled) is None


@given(requests(), slots())
def test_accepted_bookings_never_overlap_whatever_the_order(
    first: BookingRequest, existing: list[HeldSlot]
) -> None:
    """Book requests one after another, each against those accepted: the accepted ones never
    share a minute of a workstation."""
    accepted: list[HeldSlot] = []
    for n, s in enumerate(existing):
        request = BookingRequest(s.workstation_id, s.starts_at, s.ends_at, f"p{n}")
        if refusal(request, accepted) is None:
            accepted.append(HeldSlot(f"a{n}", s.workstation_id, s.starts_at, s.ends_at, f"p{n}"))
    for i, a in enumerate(accepted):
        for b in accepted[i + 1 :]:
            if a.workstation_id == b.workstation_id:
                assert not held_minutes(a) & held_minutes(b)


@given(requests(), st.integers(15, 240))
def test_lengths_outside_the_site_s_limits_are_refused(request: BookingRequest, limit: int) -> None:
    rules = BookingRules(min_minutes=limit, max_minutes=limit * 2, daily_quota_minutes=0)
    reason = refusal(request, [], rules=rules)
    if request.minutes < limit:
        assert reason is not None and "at least" in reason
    elif request.minutes > 2 * limit:
        assert reason is not None and "at most" in reason
    else:
        assert reason is None


@given(requests(), st.integers(1, 2 * 60))
def test_a_block_booking_is_not_bound_by_one_person_s_limits(
    request: BookingRequest, limit: int
) -> None:
    rules = BookingRules(min_minutes=limit, max_minutes=limit, daily_quota_minutes=limit)
    block = BookingRequest(request.workstation_id, request.starts_at, request.ends_at, None, True)
    assert refusal(block, [], rules=rules) is None


@given(slots(), requests(), st.sampled_from([60, 90, 120, 180]))
def test_the_daily_quota_counts_a_person_s_bookings_of_the_day(
    existing: list[HeldSlot], request: BookingRequest, quota: int
) -> None:
    # Other workstations and separate times, so only the quota speaks.
    existing = [
        HeldSlot(**{**s.__dict__, "workstation_id": f"other-{i}"})
        for i, s in enumerate(existing)
        if not (s.starts_at < request.ends_at and request.starts_at < s.ends_at)
    ]
    assert request.person is not None
    used = sum(s.minutes for s in existing if s.person == request.person and s.cancelled_at is None)
    rules = BookingRules(min_minutes=1, max_minutes=24 * 60, daily_quota_minutes=quota)
    reason = refusal(request, existing, rules=rules)
    assert quota_used(request.person, DAY, existing) == used
    if used + request.minutes > quota:
        assert reason is not None and "quota" in reason
    else:
        assert reason is None


def test_the_quota_is_per_day_and_per_person() -> None:
    rules = BookingRules(min_minutes=30, max_minutes=120, daily_quota_minutes=120)
    yesterday = HeldSlot("y", "ws-1", at(9 * 60, DAY - timedelta(days=1)), at(11 * 60), "member:a")
    other = HeldSlot("o", "ws-2", at(9 * 60), at(11 * 60), "member:b")
    mine = HeldSlot("m", "ws-2", at(14 * 60), at(15 * 60), "member:a")
    request = BookingRequest("ws-1", at(16 * 60), at(17 * 60), "member:a")
    assert refusal(request, [yesterday, other, mine], rules=rules) is None
    longer = BookingRequest("ws-1", at(16 * 60), at(17 * 60 + 30), "member:a")
    assert "quota" in (refusal(longer, [yesterday, other, mine], rules=rules) or "")


def test_a_person_cannot_hold_two_workstations_at_once() -> None:
    mine = HeldSlot("m", "ws-2", at(14 * 60), at(15 * 60), "member:a")
    request = BookingRequest("ws-1", at(14 * 60 + 30), at(15 * 60 + 30), "member:a")
    assert "already has a booking" in (refusal(request, [mine]) or "")


@given(requests(), st.integers(1, 600))
def test_no_booking_starts_in_the_past(request: BookingRequest, minutes_late: int) -> None:
    now = request.starts_at + timedelta(minutes=minutes_late)
    assert "already past" in (refusal(request, [], now=now) or "")


def test_a_booking_may_start_in_the_current_minute() -> None:
    request = BookingRequest("ws-1", at(9 * 60), at(10 * 60), "member:a")
    assert refusal(request, [], now=at(9 * 60) + timedelta(seconds=40)) is None


@given(requests())
def test_a_booking_ending_before_it_starts_is_refused(request: BookingRequest) -> None:
    backwards = BookingRequest(
        request.workstation_id, request.ends_at, request.starts_at, request.person
    )
    assert "ends before it starts" in (refusal(backwards, []) or "")


def test_bookings_keep_within_the_opening_intervals() -> None:
    calendar = OpeningCalendar.of(
        [WeeklyInterval(1, 9 * 60, 12 * 60), WeeklyInterval(1, 14 * 60, 18 * 60)]
    )
    inside = BookingRequest("ws-1", at(10 * 60), at(11 * 60), "member:a")
    lunch = BookingRequest("ws-1", at(11 * 60 + 30), at(14 * 60 + 30), "member:a")
    assert refusal(inside, [], calendar=calendar) is None
    reason = refusal(lunch, [], calendar=calendar)
    assert reason is not None and "opening hours" in reason
    wednesday = BookingRequest(
        "ws-1", at(10 * 60, DAY + timedelta(days=1)), at(11 * 60, DAY + timedelta(days=1)), None
    )
    assert "not open" in (refusal(wednesday, [], calendar=calendar) or "")


def test_no_booking_on_a_closed_day_or_a_holiday() -> None:
    closure = ClosureSpan(DAY, DAY, "Travaux")
    calendar = OpeningCalendar.of(ALWAYS.intervals, [closure])
    request = BookingRequest("ws-1", at(10 * 60), at(11 * 60), "member:a")
    with pytest.raises(BookingRuleError) as refused:
        check_booking(request, calendar=calendar, rules=LOOSE, existing=[], now=NOW)
    assert str(refused.value.params["reason"]) == "Travaux"
    bastille = date(2025, 7, 14)
    on_holiday = BookingRequest("ws-1", at(600, bastille), at(660, bastille), "member:a")
    with pytest.raises(BookingRuleError) as refused:
        check_booking(on_holiday, calendar=ALWAYS, rules=LOOSE, existing=[], now=NOW)
    assert str(refused.value.params["reason"]) == "Bastille Day"


def test_bookings_on_the_days_clocks_change_follow_the_wall_clock() -> None:
    spring = date(2025, 3, 30)  # a Sunday: the clocks go from 02:00 to 03:00
    calendar = OpeningCalendar.of([WeeklyInterval(6, 9 * 60, 12 * 60)])
    now = wall_moment(spring, 0)
    ok = BookingRequest("ws-1", at(9 * 60, spring), at(12 * 60, spring), None, block=True)
    check_booking(ok, calendar=calendar, rules=LOOSE, existing=[], now=now)
    # 12:00 that day is 10:00 UTC; one minute more is outside.
    late = BookingRequest(
        "ws-1", at(11 * 60, spring), datetime(2025, 3, 30, 10, 1, tzinfo=UTC), None
    )
    with pytest.raises(BookingRuleError):
        check_booking(late, calendar=calendar, rules=LOOSE, existing=[], now=now)


@given(st.integers(0, 120), st.integers(1, 60), st.integers(15, 180))
def test_a_booking_nobody_claims_is_released_after_the_delay(
    minutes_after: int, delay: int, length: int
) -> None:
    assume(delay < length)
    rules = BookingRules(no_show_minutes=delay)
    slot = HeldSlot("b", "ws-1", at(10 * 60), at(10 * 60 + length), "member:a")
    now = slot.starts_at + timedelta(minutes=minutes_after)
    assert no_show_due(slot, rules, now) == (minutes_after >= delay)
    assert release_moment(slot, rules) == slot.starts_at + timedelta(minutes=delay)
    released = HeldSlot(**{**slot.__dict__, "released_at": release_moment(slot, rules)})
    assert released.state(rules, now) is BookingState.NO_SHOW
    assert not no_show_due(released, rules, now)
    # The rest of the time is free again for someone else.
    after = BookingRequest("ws-1", release_moment(slot, rules), slot.ends_at, "member:b")
    assert refusal(after, [released], now=slot.starts_at) is None


def test_arrived_cancelled_and_block_bookings_are_never_no_shows() -> None:
    rules = BookingRules()
    late = at(12 * 60)
    base = HeldSlot("b", "ws-1", at(10 * 60), at(11 * 60), "member:a")
    assert no_show_due(base, rules, late)
    assert base.state(rules, at(10 * 60 + 5)) is BookingState.LATE
    for slot in (
        HeldSlot(**{**base.__dict__, "arrived_at": at(10 * 60)}),
        HeldSlot(**{**base.__dict__, "cancelled_at": NOW}),
        HeldSlot(**{**base.__dict__, "block_id": "blk", "person": None}),
    ):
        assert not no_show_due(slot, rules, late)


def test_a_caller_is_the_same_person_whatever_the_case_and_accents() -> None:
    assert person_key(None, "Mme  Bérénice DURAND") == person_key(None, "mme berenice durand")
    assert person_key("m1", "whatever") == "member:m1"
    assert person_key(None, "  ") is None
