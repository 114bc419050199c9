"""Training rules without I/O: the hours a half-day gives, the attendance rate, who holds a
seat and who waits (DESIGN.md §4, §5.4), and the checks of what a trainer types."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from lam_desk.errors import FieldError, UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Training"


class HalfDay(StrEnum):
    """Attendance is signed per half-day ("demi-journée")."""

    MORNING = "morning"
    AFTERNOON = "afternoon"


class Presence(StrEnum):
    """One learner at one half-day. Hours follow hours_for."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    LATE = "late"


@dataclass(frozen=True)
class Slot:
    """One half-day of a séance, in Europe/Paris wall-clock "HH:MM"."""

    half_day: HalfDay
    start: str
    end: str

    @property
    def minutes(self) -> int:
        return _wall_minutes(self.end) - _wall_minutes(self.start)

    @property
    def hours(self) -> float:
        return self.minutes / 60


def _wall_minutes(hhmm: str) -> int:
    hours, _, minutes = hhmm.partition(":")
    return int(hours) * 60 + int(minutes)


class Marked(Protocol):
    """What the attendance rate reads of a mark."""

    @property
    def state(self) -> Presence | None: ...

    @property
    def arrival(self) -> str | None: ...


HOURS_RULE = QT_TRANSLATE_NOOP(
    "Training",
    "Hours: present, the half-day's hours; late, from the arrival time to the end of the "
    "half-day; excused or absent, none. An excused half-day does not count against the "
    "attendance rate.",
)

# A run or a séance takes at most this many learners (a room of the network, generously).
MAX_CAPACITY = 200
# A correction of locked attendance says why, in a sentence (kept in the audit log).
REASON_MIN, REASON_MAX = 5, 300

_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


# --- times -----------------------------------------------------------------------------------


def minutes_of(hhmm: str) -> int:
    found = _HHMM.fullmatch(hhmm.strip())
    if found is None:
        raise ValueError(f"not a wall-clock time: {hhmm!r}")
    return int(found.group(1)) * 60 + int(found.group(2))


def clean_time(text: str | None, field: str) -> str:
    """A wall-clock time as typed ("9:05", "09:05", "9h05") in the form kept ("09:05");
    refused with a message for ``field`` otherwise."""
    typed = (text or "").strip().lower().replace("h", ":").replace(".", ":")
    if typed.endswith(":"):
        typed += "00"
    found = _HHMM.fullmatch(typed)
    if found is None:
        raise FieldError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Type a time such as 09:30."),
        )
    return f"{int(found.group(1)):02d}:{found.group(2)}"


def check_slot(half_day: HalfDay, start: str, end: str) -> Slot:
    """A half-day's times, checked: the start before the end, the morning ending by 14:00 and
    the afternoon starting at 12:00 or later."""
    field = half_day.value
    start, end = clean_time(start, field), clean_time(end, field)
    if minutes_of(start) >= minutes_of(end):
        raise FieldError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The half-day must end after it starts."),
        )
    if half_day is HalfDay.MORNING and minutes_of(end) > 14 * 60:
        raise FieldError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The morning must end by 14:00."),
        )
    if half_day is HalfDay.AFTERNOON and minutes_of(start) < 12 * 60:
        raise FieldError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The afternoon starts at 12:00 or later."),
        )
    return Slot(half_day, start, end)


def check_slots(
    morning: tuple[str, str] | None, afternoon: tuple[str, str] | None
) -> tuple[Slot, ...]:
    """The half-days of a séance, morning first; at least one, not overlapping."""
    slots: list[Slot] = []
    if morning is not None:
        slots.append(check_slot(HalfDay.MORNING, *morning))
    if afternoon is not None:
        slots.append(check_slot(HalfDay.AFTERNOON, *afternoon))
    if not slots:
        raise FieldError(
            "morning",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Give the session a morning, an afternoon or both."),
        )
    if len(slots) == 2 and minutes_of(slots[0].end) > minutes_of(slots[1].start):
        raise FieldError(
            "afternoon",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The afternoon must start after the morning ends."),
        )
    return tuple(slots)


def check_capacity(capacity: int, field: str = "capacity") -> int:
    if not 1 <= capacity <= MAX_CAPACITY:
        raise FieldError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The capacity is a number of seats from 1 to {most}."),
            most=MAX_CAPACITY,
        )
    return capacity


_WHY_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Training", "Say why the locked attendance is corrected (a short sentence)."
)
_WHY_FOAD = QT_TRANSLATE_NOOP("Training", "Say why the times are corrected (a short sentence).")


def check_reason(text: str, *, foad: bool = False) -> str:
    """The reason of a correction, its spaces tidied: a short sentence, required."""
    reason = " ".join(text.split())
    if len(reason) < REASON_MIN:
        raise FieldError("reason", CONTEXT, _WHY_FOAD if foad else _WHY_ATTENDANCE)
    if len(reason) > REASON_MAX:
        raise FieldError(
            "reason",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The reason is too long (at most {n} characters)."),
            n=REASON_MAX,
        )
    return reason


# --- hours and rate --------------------------------------------------------------------------


def hours_for(slot: Slot, state: Presence | None, arrival: str | None = None) -> float:
    """The hours a learner is counted for one half-day (HOURS_RULE): present, the whole
    half-day; late, from the arrival to the end (none when arriving at or after the end, the
    whole half-day when arriving at or before the start); excused, absent or not marked, none.
    A late mark without a readable arrival time (two desks' edits merged field by field can
    leave one) counts none until the time is corrected.
    """
    if state is Presence.PRESENT:
        return slot.hours
    if state is Presence.LATE:
        try:
            start, end = minutes_of(slot.start), minutes_of(slot.end)
            came = min(max(minutes_of(arrival or ""), start), end)
        except ValueError:
            return 0.0
        return (end - came) / 60
    return 0.0


def check_arrival(
    slot: Slot, state: Presence, arrival: str | None, clock: str | None = None
) -> str | None:
    """The arrival time kept for a mark: required when late and within the half-day (after
    its start, before its end), none otherwise. ``clock`` ("HH:MM") is the time now when the
    séance is today: an arrival still to come is refused."""
    if state is not Presence.LATE:
        return None
    if not arrival or not arrival.strip():
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Late: type the arrival time."),
        )
    came = clean_time(arrival, "arrival")
    if not minutes_of(slot.start) < minutes_of(came) < minutes_of(slot.end):
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Training", "A late arrival is between {start} and {end}: {arrival} is not."
            ),
            start=slot.start,
            end=slot.end,
            arrival=came,
        )
    if clock is not None and minutes_of(came) > minutes_of(clock):
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Training", "It is {clock}: an arrival at {arrival} is still to come."
            ),
            clock=clock,
            arrival=came,
        )
    return came


def left_running(time_in: datetime, time_out: datetime | None, now: datetime) -> bool:
    """A FOAD time still open from an earlier day (Europe/Paris): nobody saw the learner
    leave, so it counts no hours until a correction gives the real departure."""
    from lam_desk.domain.wallclock import paris_today

    return time_out is None and paris_today(time_in) < paris_today(now)


def correctable(time_in: datetime, time_out: datetime | None, now: datetime) -> bool:
    """A FOAD time is corrected by hand once ended, or when left running on an earlier day;
    today's running time ends with Departure."""
    return time_out is not None or left_running(time_in, time_out, now)


def check_foad_times(time_in: str, time_out: str, clock: str | None = None) -> tuple[str, str]:
    """A FOAD time corrected by hand, within its day: the arrival before the departure, and
    the departure already past when the day is today (``clock``, "HH:MM")."""
    came = clean_time(time_in, "time_in")
    left = clean_time(time_out, "time_out")
    if minutes_of(left) <= minutes_of(came):
        raise FieldError(
            "time_out",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The departure must come after the arrival ({time})."),
            time=came,
        )
    if clock is not None and minutes_of(left) > minutes_of(clock):
        raise FieldError(
            "time_out",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "It is {clock}: a departure at {time} is still to come."),
            clock=clock,
            time=left,
        )
    return came, left


def attendance_rate(marks: Iterable[tuple[Slot, Marked]]) -> float | None:
    """Attended hours over the hours of the half-days that count: every marked half-day
    except the excused ones (and the unmarked ones, not decided yet). None when none counts."""
    attended = counted = 0.0
    for slot, mark in marks:
        if mark.state is None or mark.state is Presence.EXCUSED:
            continue
        counted += slot.hours
        attended += hours_for(slot, mark.state, mark.arrival)
    if counted <= 0:
        return None
    return attended / counted


# --- seats and the waitlist ------------------------------------------------------------------


class SeatClaim(Protocol):
    """What the seat order reads of an enrolment."""

    @property
    def id(self) -> str: ...

    @property
    def requested_at(self) -> datetime: ...

    @property
    def server_order(self) -> int | None: ...

    @property
    def cancelled_at(self) -> datetime | None: ...


C = TypeVar("C", bound=SeatClaim)


@dataclass(frozen=True)
class Claim:
    """A plain SeatClaim (tests, and callers without an ORM row)."""

    id: str
    requested_at: datetime
    server_order: int | None = None
    cancelled_at: datetime | None = None


def seat_order(claims: Iterable[C]) -> list[C]:
    """The order seats are given in (DESIGN.md §5.4): what the central store confirmed, in
    the order it received it; then what it has not confirmed yet (provisional), by the time
    it was asked for, then id. Cancelled enrolments are left out."""

    def key(claim: C) -> tuple[int, int, str, str]:
        if claim.server_order is not None:
            return (0, claim.server_order, "", claim.id)
        return (1, 0, claim.requested_at.isoformat(), claim.id)

    return sorted((c for c in claims if c.cancelled_at is None), key=key)


def split_seats(claims: Iterable[C], capacity: int) -> tuple[list[C], list[C]]:
    """(enrolled, waitlisted), each in order. A confirmed enrolment holds its seat even when
    the capacity has shrunk below the confirmed ones: the central store confirms only the
    seats it granted, and a person told "you are enrolled" keeps the seat. Provisional ones
    take the seats left, in order; the rest wait, in order."""
    ordered = seat_order(claims)
    confirmed = [c for c in ordered if c.server_order is not None]
    provisional = [c for c in ordered if c.server_order is None]
    free = max(0, capacity - len(confirmed))
    return confirmed + provisional[:free], provisional[free:]


def allot_seats(
    run_claims: Iterable[C],
    seance_claims: Mapping[str, Iterable[C]],
    run_capacity: int,
    seance_capacities: Mapping[str, int],
    open_seances: Iterable[str],
) -> tuple[tuple[list[C], list[C]], dict[str, tuple[list[C], list[C]]]]:
    """The seats of a run and of its séances together, in seat order (seat_order): an
    enrolment in the whole run takes a seat when the run has one and every open séance still
    has one (the run's enrolled sit in each of them); an enrolment in one séance, when that
    séance has one. A confirmed enrolment holds its seat whatever the counts, so a later
    enrolment never takes back a seat given before it. Returns (run enrolled, run waiting)
    and, per séance, (enrolled in it alone, waiting for it alone)."""
    run_list = list(run_claims)
    where: dict[str, str | None] = {c.id: None for c in run_list}
    everyone: list[C] = list(run_list)
    for key, claims in seance_claims.items():
        for claim in claims:
            where[claim.id] = key
            everyone.append(claim)
    blocking = [sid for sid in open_seances if sid in seance_capacities]
    run_in: list[C] = []
    run_wait: list[C] = []
    held: dict[str, list[C]] = defaultdict(list)
    waiting: dict[str, list[C]] = defaultdict(list)
    for claim in seat_order(everyone):
        seance_id = where[claim.id]
        confirmed = claim.server_order is not None
        if seance_id is None:
            fits = len(run_in) < run_capacity and all(
                len(run_in) + len(held[sid]) < seance_capacities[sid] for sid in blocking
            )
            (run_in if confirmed or fits else run_wait).append(claim)
        else:
            capacity = seance_capacities.get(seance_id, 0)
            fits = len(run_in) + len(held[seance_id]) < capacity
            (held[seance_id] if confirmed or fits else waiting[seance_id]).append(claim)
    seances = {sid: (held[sid], waiting[sid]) for sid in seance_claims}
    return (run_in, run_wait), seances


def promoted_by(
    before: tuple[Sequence[SeatClaim], Sequence[SeatClaim]],
    after: tuple[Sequence[SeatClaim], Sequence[SeatClaim]],
) -> list[str]:
    """The ids that hold a seat after a change and were waiting before it (whom to call)."""
    waiting = {c.id for c in before[1]}
    return [c.id for c in after[0] if c.id in waiting]
