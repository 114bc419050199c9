"""Rules of the workstation board: when a workstation may take a person, for how long, and
how long the people in the queue will wait. Plain moments in, answers out (no I/O)."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP

DEFAULT_SESSION_MINUTES = 60
MAX_SESSION_MINUTES = 240
MIN_SESSION_MINUTES = 5
EXTENSIONS = (15, 30)
# A workstation free for less than this before its next booking is not offered to the queue.
SHORTEST_OFFER_MINUTES = 15
# The kind of workstation the queue and automatic seating give (a scanner or a printer is
# given by the animator, by hand).
PUBLIC_PC = "pc"

_CONTEXT = "Workstations"


@dataclass(frozen=True)
class SessionRules:
    """A site's lengths of a seated session, in minutes (site settings; defaults here)."""

    default_minutes: int = DEFAULT_SESSION_MINUTES
    max_minutes: int = MAX_SESSION_MINUTES


@dataclass(frozen=True)
class Span:
    """A time range [starts_at, ends_at) in UTC."""

    starts_at: datetime
    ends_at: datetime

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        return self.starts_at < ends_at and starts_at < self.ends_at


@dataclass(frozen=True)
class OpeningDay:
    """A site's opening on one day: its intervals (empty: closed), or not configured at all
    (``configured`` False: a desk with no opening hours yet refuses nothing for them)."""

    intervals: tuple[Span, ...] = ()
    configured: bool = False
    closure_reason: str | None = None

    def interval_at(self, moment: datetime) -> Span | None:
        return next((s for s in self.intervals if s.starts_at <= moment < s.ends_at), None)

    def next_opening(self, moment: datetime) -> datetime | None:
        return next((s.starts_at for s in self.intervals if s.starts_at > moment), None)

    def open_from(self, moment: datetime) -> datetime | None:
        """The first moment the site is open at or after ``moment`` today (None: not again
        today). A desk with no opening hours is always open."""
        if not self.configured:
            return moment
        if self.interval_at(moment) is not None:
            return moment
        return self.next_opening(moment)

    def open_until(self, moment: datetime) -> datetime | None:
        """When the interval open at ``moment`` closes (None: no opening hours)."""
        interval = self.interval_at(moment) if self.configured else None
        return interval.ends_at if interval is not None else None


def check_session_length(minutes: int, rules: SessionRules) -> None:
    if not MIN_SESSION_MINUTES <= minutes <= rules.max_minutes:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations", "A session lasts from {low} minutes to {high} minutes."
            ),
            low=MIN_SESSION_MINUTES,
            high=rules.max_minutes,
        )


def free_minutes(
    now: datetime,
    bookings: Sequence[Span],
    opening: OpeningDay,
    *,
    limit: int,
) -> int:
    """How long a free workstation can take someone from ``now``, in whole minutes, at most
    ``limit``: until its next booking, or until the site closes."""
    until = now + timedelta(minutes=limit)
    for booking in bookings:
        if booking.ends_at > now and booking.starts_at < until:
            until = max(now, booking.starts_at)
    if opening.configured:
        interval = opening.interval_at(now)
        if interval is None:
            return 0
        until = min(until, interval.ends_at)
    return max(0, int((until - now).total_seconds() // 60))


def check_can_hold(
    label: str,
    now: datetime,
    ends_at: datetime,
    bookings: Sequence[Span],
    opening: OpeningDay,
) -> None:
    """Refuse to hold workstation ``label`` from ``now`` until ``ends_at`` when it is booked
    in that time or the site is closed (a UserError saying what to do instead)."""
    for booking in sorted(bookings, key=lambda b: b.starts_at):
        if not booking.overlaps(now, ends_at):
            continue
        if booking.starts_at <= now:
            raise UserError(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Workstations",
                    "{workstation} is booked until {until}: choose another workstation.",
                ),
                workstation=label,
                until=_wall(booking.ends_at),
            )
        minutes = int((booking.starts_at - now).total_seconds() // 60)
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations",
                "{workstation} is booked from {at}: give at most {minutes} minutes, "
                "or choose another workstation.",
            ),
            workstation=label,
            at=_wall(booking.starts_at),
            minutes=minutes,
        )
    check_open(now, ends_at, opening)


def check_open(now: datetime, ends_at: datetime, opening: OpeningDay) -> None:
    """Refuse a session outside the site's opening hours (when they are configured)."""
    if not opening.configured:
        return
    if opening.closure_reason is not None and not opening.closure_reason.strip():
        raise UserError(_CONTEXT, QT_TRANSLATE_NOOP("Workstations", "The site is closed today."))
    if opening.closure_reason is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "The site is closed today ({reason})."),
            reason=opening.closure_reason,
        )
    interval = opening.interval_at(now)
    if interval is None:
        reopens = opening.next_opening(now)
        if reopens is None:
            raise UserError(
                _CONTEXT,
                QT_TRANSLATE_NOOP("Workstations", "The site is closed for the rest of the day."),
            )
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "The site is closed now; it opens at {at}."),
            at=_wall(reopens),
        )
    if ends_at > interval.ends_at:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations",
                "The site closes at {at}: give at most {minutes} minutes.",
            ),
            at=_wall(interval.ends_at),
            minutes=int((interval.ends_at - now).total_seconds() // 60),
        )


def extended_end(planned_end: datetime, now: datetime, minutes: int) -> datetime:
    """Where a session ends once extended: from its planned end, or from now when its time
    is already over (15 more minutes means 15 minutes from now for the person)."""
    return max(planned_end, now) + timedelta(minutes=minutes)


@dataclass(frozen=True)
class Seat:
    """A workstation as the queue sees it: free from ``free_at`` (now when free), booked
    for ``bookings`` later today."""

    free_at: datetime
    bookings: tuple[Span, ...] = ()


def _next_offer(
    seat: Seat, moment: datetime, opening: OpeningDay, day_end: datetime
) -> tuple[datetime, datetime] | None:
    """The first moment from ``moment`` the seat can be offered to someone, and until when
    (its next booking, the site's closing, or the day's end): the site open, the seat not
    booked, and for at least the shortest offer. None when not again today."""
    shortest = timedelta(minutes=SHORTEST_OFFER_MINUTES)
    at: datetime | None = moment
    for _ in range(2 * len(seat.bookings) + len(opening.intervals) + 2):
        at = opening.open_from(at) if at is not None else None
        if at is None or at >= day_end:
            return None
        booked = next((b for b in seat.bookings if b.starts_at <= at < b.ends_at), None)
        if booked is not None:
            at = booked.ends_at
            continue
        ends = [b.starts_at for b in seat.bookings if b.starts_at > at]
        closes = opening.open_until(at)
        until = min([*ends, day_end] + ([closes] if closes is not None else []))
        if until - at >= shortest:
            return at, until
        at = until
    return None


def estimated_waits(
    now: datetime,
    seats: Sequence[Seat],
    waiting: int,
    session_minutes: int,
    opening: OpeningDay = OpeningDay(),
) -> list[int]:
    """Minutes each person of the queue, in order, will likely wait: each takes the seat
    that can be offered first (the site open, the seat not booked, for at least the shortest
    offer) and keeps it for ``session_minutes``, or until its next booking or the site's
    closing. An estimate, not a promise, and for today only (Europe/Paris): shorter than
    ``waiting`` when nobody more can be seated today."""
    from lam_desk.domain.wallclock import paris_day_bounds, paris_today

    _start, day_end = paris_day_bounds(paris_today(now))
    heap: list[tuple[datetime, int]] = []
    for index, seat in enumerate(seats):
        offer = _next_offer(seat, max(seat.free_at, now), opening, day_end)
        if offer is not None:
            heap.append((offer[0], index))
    heapq.heapify(heap)
    waits: list[int] = []
    session = timedelta(minutes=session_minutes)
    for _ in range(waiting):
        if not heap:
            break
        starts, index = heapq.heappop(heap)
        waits.append(max(0, int((starts - now).total_seconds() + 59) // 60))
        offer = _next_offer(seats[index], starts, opening, day_end)
        assert offer is not None  # the moment popped was an offer
        leaves = min(starts + session, offer[1])
        again = _next_offer(seats[index], leaves, opening, day_end)
        if again is not None:
            heapq.heappush(heap, (again[0], index))
    return waits


def _wall(moment: datetime) -> str:
    from lam_desk.domain.wallclock import to_paris

    return to_paris(moment).strftime("%H:%M")
