"""Rules of workstation bookings: overlaps, opening hours, lengths, the daily quota, no-shows.

A booking holds a workstation from its start to its end, unless it was cancelled (it holds
nothing) or released as a no-show (it held the workstation until it was released). What
happened to a booking is read from its moments (cancelled, arrived, released), never stored as
a status (DESIGN.md §4).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from lam_desk.domain.opening import OpeningCalendar, hhmm
from lam_desk.domain.people import fold
from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Bookings"


class BookingRuleError(ValueError):
    """A booking rule is broken: ``source`` is the English text to translate in the
    "Bookings" context, with its named ``params``."""

    def __init__(self, source: str, **params: object) -> None:
        super().__init__(source)
        self.source = source
        self.params = params


@dataclass(frozen=True)
class BookingRules:
    """A site's booking settings. A quota of 0 means no quota."""

    min_minutes: int = 30
    max_minutes: int = 120
    daily_quota_minutes: int = 120
    no_show_minutes: int = 15


class BookingState(StrEnum):
    EXPECTED = "expected"  # not started yet, or started and still within the no-show delay
    LATE = "late"  # started, nobody came, the no-show delay is running out
    ARRIVED = "arrived"
    NO_SHOW = "no_show"  # released: nobody came within the delay
    CANCELLED = "cancelled"


def person_key(member_id: str | None, caller_name: str) -> str | None:
    """Who a booking is for, as the quota counts people: the member, or the name given on the
    phone (folded, so "Mme Durand" and "mme durand" are one caller); None for a block."""
    if member_id:
        return f"member:{member_id}"
    folded = " ".join(fold(caller_name).split())
    return f"caller:{folded}" if folded else None


@dataclass(frozen=True)
class HeldSlot:
    """An existing booking as the rules see it."""

    booking_id: str
    workstation_id: str
    starts_at: datetime
    ends_at: datetime
    person: str | None = None
    cancelled_at: datetime | None = None
    arrived_at: datetime | None = None
    released_at: datetime | None = None
    block_id: str | None = None

    @property
    def holds_until(self) -> datetime | None:
        """Until when the workstation is held (None: not at all, it was cancelled)."""
        if self.cancelled_at is not None:
            return None
        if self.released_at is not None and self.arrived_at is None:
            return max(min(self.released_at, self.ends_at), self.starts_at)
        return self.ends_at

    def holds(self, workstation_id: str, starts_at: datetime, ends_at: datetime) -> bool:
        until = self.holds_until
        return (
            until is not None
            and self.workstation_id == workstation_id
            and self.starts_at < until
            and self.starts_at < ends_at
            and starts_at < until
        )

    def state(self, rules: BookingRules, now: datetime) -> BookingState:
        if self.cancelled_at is not None:
            return BookingState.CANCELLED
        if self.arrived_at is not None:
            return BookingState.ARRIVED
        if self.released_at is not None:
            return BookingState.NO_SHOW
        if self.block_id is None and now >= self.starts_at:
            return BookingState.LATE
        return BookingState.EXPECTED

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class BookingRequest:
    """A booking asked for: a workstation, a range, and who (``person`` None: a block)."""

    workstation_id: str
    starts_at: datetime
    ends_at: datetime
    person: str | None
    block: bool = False

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


def _wall(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%H:%M")


def check_booking(
    request: BookingRequest,
    *,
    calendar: OpeningCalendar,
    rules: BookingRules,
    existing: Iterable[HeldSlot],
    now: datetime,
    ignore_id: str | None = None,
) -> None:
    """Refuse a booking that breaks a rule, with the first reason found, in the order a
    person at the desk would check them: times, past, length, opening, overlap, quota.

    A block booking (a workshop, a group) is not bound by the minimum and maximum length or
    by the quota, which are about one person's use.
    """
    start, end = request.starts_at, request.ends_at
    if end <= start:
        raise BookingRuleError(QT_TRANSLATE_NOOP("Bookings", "The booking ends before it starts."))
    if start < now.replace(second=0, microsecond=0):
        raise BookingRuleError(
            QT_TRANSLATE_NOOP("Bookings", "This time is already past: choose a later start.")
        )
    if not request.block:
        if request.minutes < rules.min_minutes:
            raise BookingRuleError(
                QT_TRANSLATE_NOOP(
                    "Bookings", "A booking lasts at least {minutes} min at this site."
                ),
                minutes=rules.min_minutes,
            )
        if request.minutes > rules.max_minutes:
            raise BookingRuleError(
                QT_TRANSLATE_NOOP(
                    "Bookings", "A booking lasts at most {minutes} min at this site."
                ),
                minutes=rules.max_minutes,
            )
    day = start.astimezone(PARIS).date()
    closed = calendar.closed_day(day)
    if closed is not None:
        if not closed.reason:
            raise BookingRuleError(QT_TRANSLATE_NOOP("Bookings", "The site is closed that day."))
        raise BookingRuleError(
            QT_TRANSLATE_NOOP("Bookings", "The site is closed that day ({reason})."),
            reason=closed.label,
        )
    if not calendar.covers(start, end):
        intervals = calendar.wall_intervals(day)
        if not intervals:
            raise BookingRuleError(
                QT_TRANSLATE_NOOP("Bookings", "The site is not open on that day of the week.")
            )
        raise BookingRuleError(
            QT_TRANSLATE_NOOP(
                "Bookings",
                "The booking must fit within the opening hours of that day: {hours}.",
            ),
            hours=", ".join(f"{hhmm(a)}–{hhmm(b)}" for a, b in intervals),
        )
    slots = [slot for slot in existing if slot.booking_id != ignore_id]
    for slot in slots:
        if slot.holds(request.workstation_id, start, end):
            until = slot.holds_until
            assert until is not None
            raise BookingRuleError(
                QT_TRANSLATE_NOOP(
                    "Bookings", "This workstation is already booked from {start} to {end}."
                ),
                start=_wall(slot.starts_at),
                end=_wall(until),
            )
    if request.person is not None and not request.block:
        check_person(request, rules=rules, existing=slots)


def check_person(
    request: BookingRequest,
    *,
    rules: BookingRules,
    existing: Iterable[HeldSlot],
    ignore_id: str | None = None,
) -> None:
    """The rules about the person a booking is for: one workstation at a time, and the
    daily quota. Also checked when a booking made on the phone is given its member."""
    if request.person is None:
        return
    start, end = request.starts_at, request.ends_at
    day = start.astimezone(PARIS).date()
    slots = [slot for slot in existing if slot.booking_id != ignore_id]
    for slot in slots:
        until = slot.holds_until
        if (
            slot.person == request.person
            and until is not None
            and slot.starts_at < until
            and slot.starts_at < end
            and start < until
        ):
            raise BookingRuleError(
                QT_TRANSLATE_NOOP(
                    "Bookings",
                    "This person already has a booking from {start} to {end}.",
                ),
                start=_wall(slot.starts_at),
                end=_wall(slot.ends_at),
            )
    if rules.daily_quota_minutes > 0:
        used = quota_used(request.person, day, slots)
        if used + request.minutes > rules.daily_quota_minutes:
            left = max(rules.daily_quota_minutes - used, 0)
            raise BookingRuleError(
                QT_TRANSLATE_NOOP(
                    "Bookings",
                    "Daily quota reached: {quota} min a day per person, {used} min already "
                    "booked that day, {left} min left.",
                ),
                quota=rules.daily_quota_minutes,
                used=used,
                left=left,
            )


def quota_used(person: str, day: date, existing: Iterable[HeldSlot]) -> int:
    """Minutes booked by ``person`` on the Paris day ``day``: every booking not cancelled
    counts, a no-show too (the time was held for them)."""
    return sum(
        slot.minutes
        for slot in existing
        if slot.person == person
        and slot.cancelled_at is None
        and slot.block_id is None
        and slot.starts_at.astimezone(PARIS).date() == day
    )


def no_show_due(slot: HeldSlot, rules: BookingRules, now: datetime) -> bool:
    """Nobody came ``no_show_minutes`` after the start: the booking is to be released."""
    return (
        slot.block_id is None
        and slot.cancelled_at is None
        and slot.arrived_at is None
        and slot.released_at is None
        and now >= slot.starts_at + timedelta(minutes=rules.no_show_minutes)
    )


def release_moment(slot: HeldSlot, rules: BookingRules) -> datetime:
    """When a no-show is released: the end of the delay (or the booking's end, if sooner),
    whenever the desk notices it."""
    return min(slot.starts_at + timedelta(minutes=rules.no_show_minutes), slot.ends_at)
