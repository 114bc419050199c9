"""Opening hours: weekly intervals in Paris wall-clock time, closures, public holidays, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import assume, given, strategies as st

from lam_desk.domain.opening import (
    ClosureSpan,
    OpeningCalendar,
    OpeningRuleError,
    WeeklyInterval,
    check_closure,
    check_week,
    easter_sunday,
    french_public_holidays,
    parse_hhmm,
    wall_moment,
)
from lam_desk.domain.wallclock import PARIS

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
# The days clocks change in Paris, where wall-clock hours and UTC part ways.
DST_DAYS = (date(2024, 3, 31), date(2024, 10, 27), date(2025, 3, 30), date(2025, 10, 26))


@st.composite
def day_pattern(draw: st.DrawFn, weekday: int) -> list[WeeklyInterval]:
    """Up to three separate intervals of a weekday, on a 5-minute grid, never touching."""
    cuts = sorted(
        draw(
            st.lists(
                st.integers(0, 24 * 12).map(lambda n: n * 5),
                min_size=0,
                max_size=6,
                unique=True,
            )
        )
    )
    if len(cuts) % 2:
        cuts = cuts[:-1]
    intervals = [WeeklyInterval(weekday, a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    # Touching intervals are one interval: keep a gap.
    return [i for n, i in enumerate(intervals) if n == 0 or intervals[n - 1].closes < i.opens]


@st.composite
def weeks(draw: st.DrawFn) -> list[WeeklyInterval]:
    return [i for weekday in range(7) for i in draw(day_pattern(weekday))]


@given(weeks())
def test_a_week_of_separate_intervals_is_accepted(week: list[WeeklyInterval]) -> None:
    check_week(week)


@given(weeks(), st.data())
def test_an_interval_overlapping_or_touching_another_is_refused(
    week: list[WeeklyInterval], data: st.DataObject
) -> None:
    assume(week)
    other = data.draw(st.sampled_from(week))
    start = data.draw(st.integers(max(other.opens - 60, 0), other.closes))
    end = data.draw(st.integers(max(start + 1, other.opens), 24 * 60))
    with pytest.raises(OpeningRuleError) as refused:
        check_week([*week, WeeklyInterval(other.weekday, start, end)])
    assert "overlap" in refused.value.source


@given(st.integers(0, 6), st.integers(0, 24 * 60), st.integers(0, 24 * 60))
def test_an_interval_ending_before_it_starts_is_refused(weekday: int, a: int, b: int) -> None:
    assume(b <= a)
    with pytest.raises(OpeningRuleError) as refused:
        check_week([WeeklyInterval(weekday, a, b)])
    assert "ends before it starts" in refused.value.source or "between" in refused.value.source


def test_intervals_of_different_seasons_may_share_hours() -> None:
    check_week(
        [
            WeeklyInterval(1, 540, 720, valid_until=date(2025, 6, 30)),
            WeeklyInterval(1, 600, 720, valid_from=date(2025, 7, 1)),
        ]
    )


@pytest.mark.parametrize(
    ("text", "minutes"), [("9:30", 570), ("09:30", 570), ("00:00", 0), ("24:00", 1440)]
)
def test_times_are_read_as_people_type_them(text: str, minutes: int) -> None:
    assert parse_hhmm(text) == minutes


@pytest.mark.parametrize("text", ["", "9h30", "25:00", "24:30", "12:60", "noon"])
def test_what_is_not_a_time_is_refused(text: str) -> None:
    with pytest.raises(OpeningRuleError):
        parse_hhmm(text)


def test_a_closure_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(OpeningRuleError):
        check_closure(ClosureSpan(date(2025, 5, 2), date(2025, 5, 1)))


@given(st.integers(1900, 2200))
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    sunday = easter_sunday(year)
    assert sunday.weekday() == 6
    assert date(year, 3, 22) <= sunday <= date(year, 4, 25)


def test_the_public_holidays_of_2025() -> None:
    assert sorted(french_public_holidays(2025)) == [
        date(2025, 1, 1),
        date(2025, 4, 21),
        date(2025, 5, 1),
        date(2025, 5, 8),
        date(2025, 5, 29),
        date(2025, 6, 9),
        date(2025, 7, 14),
        date(2025, 8, 15),
        date(2025, 11, 1),
        date(2025, 11, 11),
        date(2025, 12, 25),
    ]


@given(weeks(), days)
def test_a_site_is_closed_on_public_holidays(week: list[WeeklyInterval], day: date) -> None:
    calendar = OpeningCalendar.of(week)
    if day in french_public_holidays(day.year):
        assert calendar.wall_intervals(day) == ()
        assert calendar.closed_day(day) is not None
    else:
        assert calendar.wall_intervals(day) == calendar.weekly_intervals(day)


@given(weeks(), days, st.integers(0, 40))
def test_a_site_is_closed_every_day_of_a_closure(
    week: list[WeeklyInterval], first: date, length: int
) -> None:
    closure = ClosureSpan(first, first + timedelta(days=length), "Travaux")
    calendar = OpeningCalendar.of(week, [closure])
    for n in range(length + 1):
        day = first + timedelta(days=n)
        assert calendar.wall_intervals(day) == ()
        closed = calendar.closed_day(day)
        assert closed is not None and closed.reason == "Travaux"


@st.composite
def open_days(draw: st.DrawFn) -> tuple[OpeningCalendar, date, tuple[int, int]]:
    """A calendar, an open day of it (DST days often), and one of its intervals."""
    week = draw(weeks())
    day = draw(st.one_of(days, st.sampled_from(DST_DAYS)))
    calendar = OpeningCalendar.of(week)
    intervals = calendar.wall_intervals(day)
    assume(intervals)
    return calendar, day, draw(st.sampled_from(intervals))


@given(open_days(), st.data())
def test_a_range_inside_an_interval_is_covered(
    opened: tuple[OpeningCalendar, date, tuple[int, int]], data: st.DataObject
) -> None:
    calendar, day, (opens, closes) = opened
    start = data.draw(st.integers(opens, closes - 1))
    end = data.draw(st.integers(start + 1, closes))
    assume(wall_moment(day, start) < wall_moment(day, end))  # not both inside the DST gap
    assert calendar.covers(wall_moment(day, start), wall_moment(day, end))


@given(open_days(), st.data())
def test_a_range_past_an_interval_is_not_covered(
    opened: tuple[OpeningCalendar, date, tuple[int, int]], data: st.DataObject
) -> None:
    calendar, day, (opens, closes) = opened
    start = data.draw(st.integers(opens, closes - 1))
    assume(closes < 24 * 60)
    end = data.draw(st.integers(closes + 1, 24 * 60))
    # (02:00 and 03:00 are one moment the day clocks go forward: not past it then)
    assume(wall_moment(day, end) > wall_moment(day, closes))
    assert not calendar.covers(wall_moment(day, start), wall_moment(day, end))
    if opens > 0:
        early = data.draw(st.integers(0, opens - 1))
        assume(wall_moment(day, early) < wall_moment(day, opens))
        assert not calendar.covers(wall_moment(day, early), wall_moment(day, closes))


def test_wall_clock_hours_hold_on_the_days_clocks_change() -> None:
    calendar = OpeningCalendar.of([WeeklyInterval(6, 60, 240)])  # Sundays 01:00-04:00
    spring, autumn = date(2025, 3, 30), date(2025, 10, 26)
    # Spring: 01:00 CET is 00:00 UTC, 04:00 CEST is 02:00 UTC: two hours open.
    assert calendar.moments(spring) == (
        (datetime(2025, 3, 30, 0, 0, tzinfo=UTC), datetime(2025, 3, 30, 2, 0, tzinfo=UTC)),
    )
    # Autumn: 01:00 CEST is 23:00 UTC the day before, 04:00 CET is 03:00 UTC: four hours.
    assert calendar.moments(autumn) == (
        (datetime(2025, 10, 25, 23, 0, tzinfo=UTC), datetime(2025, 10, 26, 3, 0, tzinfo=UTC)),
    )
    # An hour typed at the desk that day is the hour on the wall.
    ten_to_three = datetime(2025, 10, 26, 2, 50, tzinfo=PARIS, fold=1).astimezone(UTC)
    assert calendar.covers(ten_to_three, ten_to_three + timedelta(minutes=10))
