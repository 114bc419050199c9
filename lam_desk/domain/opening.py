"""When a site is open: a weekly pattern of wall-clock intervals, closures and public holidays.

Opening hours are Europe/Paris wall-clock times (DESIGN.md §3): "09:00-12:00" means nine
o'clock on the town hall's clock, whatever the offset from UTC that day. A day may have several
intervals (morning and afternoon); a site is closed on its closures (first and last day
included) and on the public holidays of metropolitan France.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Opening"
DAY_MINUTES = 24 * 60
_HHMM = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Opening", "Monday"),
    QT_TRANSLATE_NOOP("Opening", "Tuesday"),
    QT_TRANSLATE_NOOP("Opening", "Wednesday"),
    QT_TRANSLATE_NOOP("Opening", "Thursday"),
    QT_TRANSLATE_NOOP("Opening", "Friday"),
    QT_TRANSLATE_NOOP("Opening", "Saturday"),
    QT_TRANSLATE_NOOP("Opening", "Sunday"),
)


class OpeningRuleError(ValueError):
    """Opening hours or a closure that cannot be: ``source`` is the English text to
    translate in the "Opening" context, with its named ``params``."""

    def __init__(self, source: str, **params: object) -> None:
        super().__init__(source)
        self.source = source
        self.params = params


def parse_hhmm(text: str) -> int:
    """Minutes since midnight of a wall-clock time typed as "9:30", "09:30" or "24:00"."""
    match = _HHMM.fullmatch(text.strip())
    if match is None:
        raise OpeningRuleError(
            QT_TRANSLATE_NOOP("Opening", "“{text}” is not a time: write it as 09:30."), text=text
        )
    minutes = int(match.group(1)) * 60 + int(match.group(2))
    if minutes > DAY_MINUTES:
        raise OpeningRuleError(
            QT_TRANSLATE_NOOP("Opening", "“{text}” is not a time: write it as 09:30."), text=text
        )
    return minutes


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, order=True)
class WeeklyInterval:
    """One opening interval of a weekday (0 = Monday), in minutes since midnight, wall clock.
    ``valid_from``/``valid_until`` (both included) limit it to a season when set."""

    weekday: int
    opens: int
    closes: int
    valid_from: date | None = None
    valid_until: date | None = None

    def applies_on(self, day: date) -> bool:
        return (
            day.weekday() == self.weekday
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_until is None or day <= self.valid_until)
        )

    @property
    def text(self) -> str:
        return f"{hhmm(self.opens)}–{hhmm(self.closes)}"


@dataclass(frozen=True)
class ClosureSpan:
    """Days a site is closed, first and last included."""

    first_day: date
    last_day: date
    reason: str = ""

    def holds(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def check_week(intervals: Sequence[WeeklyInterval]) -> None:
    """Each interval ends after it starts, within the day; intervals of one weekday that can
    apply on the same day neither overlap nor touch (09:00-12:00 and 12:00-14:00 is one
    interval, 09:00-14:00)."""
    for interval in intervals:
        if not 0 <= interval.weekday <= 6:
            raise OpeningRuleError(QT_TRANSLATE_NOOP("Opening", "Choose a day of the week."))
        if not (0 <= interval.opens < DAY_MINUTES and 0 < interval.closes <= DAY_MINUTES):
            raise OpeningRuleError(
                QT_TRANSLATE_NOOP("Opening", "Opening times are between 00:00 and 24:00.")
            )
        if interval.closes <= interval.opens:
            raise OpeningRuleError(
                QT_TRANSLATE_NOOP(
                    "Opening",
                    "{day}: the interval {interval} ends before it starts.",
                ),
                day=WEEKDAY_NAMES[interval.weekday],
                interval=interval.text,
            )
        if (
            interval.valid_from is not None
            and interval.valid_until is not None
            and interval.valid_until < interval.valid_from
        ):
            raise OpeningRuleError(
                QT_TRANSLATE_NOOP("Opening", "A season of opening hours ends before it starts.")
            )
    ordered = sorted(intervals, key=lambda i: (i.weekday, i.opens, i.closes))
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            if second.weekday != first.weekday:
                break
            if second.opens <= first.closes and _seasons_meet(first, second):
                raise OpeningRuleError(
                    QT_TRANSLATE_NOOP(
                        "Opening",
                        "{day}: the intervals {first} and {second} overlap or touch; "
                        "make them one interval.",
                    ),
                    day=WEEKDAY_NAMES[first.weekday],
                    first=first.text,
                    second=second.text,
                )


def _seasons_meet(a: WeeklyInterval, b: WeeklyInterval) -> bool:
    lo_a, hi_a = a.valid_from or date.min, a.valid_until or date.max
    lo_b, hi_b = b.valid_from or date.min, b.valid_until or date.max
    return lo_a <= hi_b and lo_b <= hi_a


def check_closure(closure: ClosureSpan) -> None:
    if closure.last_day < closure.first_day:
        raise OpeningRuleError(
            QT_TRANSLATE_NOOP("Opening", "A closure ends before it starts: check its dates.")
        )
    if len(closure.reason) > 200:
        raise OpeningRuleError(
            QT_TRANSLATE_NOOP("Opening", "The reason of a closure is too long (200 characters).")
        )


# --- public holidays ------------------------------------------------------------------------


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def french_public_holidays(year: int) -> dict[date, str]:
    """The eleven public holidays of metropolitan France (English names, "Holidays" context)."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
        easter + timedelta(days=1): QT_TRANSLATE_NOOP("Holidays", "Easter Monday"),
        date(year, 5, 1): QT_TRANSLATE_NOOP("Holidays", "Labour Day"),
        date(year, 5, 8): QT_TRANSLATE_NOOP("Holidays", "Victory in Europe Day"),
        easter + timedelta(days=39): QT_TRANSLATE_NOOP("Holidays", "Ascension Day"),
        easter + timedelta(days=50): QT_TRANSLATE_NOOP("Holidays", "Whit Monday"),
        date(year, 7, 14): QT_TRANSLATE_NOOP("Holidays", "Bastille Day"),
        date(year, 8, 15): QT_TRANSLATE_NOOP("Holidays", "Assumption Day"),
        date(year, 11, 1): QT_TRANSLATE_NOOP("Holidays", "All Saints' Day"),
        date(year, 11, 11): QT_TRANSLATE_NOOP("Holidays", "Armistice Day"),
        date(year, 12, 25): QT_TRANSLATE_NOOP("Holidays", "Christmas Day"),
    }


# --- the calendar of one site ------------------------------------------------------------------


@dataclass(frozen=True)
class HolidayName:
    """A public holiday's name, translated when it is shown (it may sit in a UserError's
    parameters until then)."""

    source: str

    def __str__(self) -> str:
        return translate("Holidays", self.source)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class ClosedDay:
    """Why a site is closed on a day: a closure's reason, or a public holiday's name (English
    source in the "Holidays" context, ``holiday`` True)."""

    reason: str
    holiday: bool

    @property
    def label(self) -> str | HolidayName:
        """What to show: the closure's reason as typed, or the holiday's name translated."""
        return HolidayName(self.reason) if self.holiday else self.reason


def wall_moment(day: date, minutes: int) -> datetime:
    """The UTC moment of a wall-clock time on ``day`` (24:00 is the next midnight). A time in
    the spring-forward gap (02:30 on the last Sunday of March) is read with the offset before
    the change, i.e. as 03:30; a time of the autumn fold is its first occurrence."""
    if minutes >= DAY_MINUTES:
        day, minutes = day + timedelta(days=minutes // DAY_MINUTES), minutes % DAY_MINUTES
    wall = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=PARIS)
    return wall.astimezone(UTC)


@dataclass(frozen=True)
class OpeningCalendar:
    """The opening of one site: its weekly intervals and its closures.

    A site whose opening hours were never set (``configured`` False, a desk just installed)
    is taken as open all day, every day but closures and holidays: the desk refuses nothing
    for hours nobody gave it.
    """

    intervals: tuple[WeeklyInterval, ...]
    closures: tuple[ClosureSpan, ...] = ()
    configured: bool = True

    @classmethod
    def of(
        cls,
        intervals: Iterable[WeeklyInterval],
        closures: Iterable[ClosureSpan] = (),
        *,
        configured: bool = True,
    ) -> OpeningCalendar:
        return cls(tuple(sorted(intervals)), tuple(closures), configured)

    def closed_day(self, day: date) -> ClosedDay | None:
        for closure in self.closures:
            if closure.holds(day):
                return ClosedDay(closure.reason, holiday=False)
        holiday = french_public_holidays(day.year).get(day)
        if holiday is not None:
            return ClosedDay(holiday, holiday=True)
        return None

    def wall_intervals(self, day: date) -> tuple[tuple[int, int], ...]:
        """The opening intervals of ``day`` in minutes since midnight (none when closed)."""
        if self.closed_day(day) is not None:
            return ()
        return self.weekly_intervals(day)

    def weekly_intervals(self, day: date) -> tuple[tuple[int, int], ...]:
        """What the weekly pattern says for ``day``, closures and holidays aside."""
        if not self.configured:
            return ((0, DAY_MINUTES),)
        return tuple(sorted((i.opens, i.closes) for i in self.intervals if i.applies_on(day)))

    def moments(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The opening intervals of ``day`` as UTC moments."""
        return tuple(
            (wall_moment(day, opens), wall_moment(day, closes))
            for opens, closes in self.wall_intervals(day)
        )

    def covers(self, starts_at: datetime, ends_at: datetime) -> bool:
        """True when the whole range lies inside one opening interval of its day."""
        if ends_at <= starts_at:
            return False
        day = starts_at.astimezone(PARIS).date()
        return any(opens <= starts_at and ends_at <= closes for opens, closes in self.moments(day))
