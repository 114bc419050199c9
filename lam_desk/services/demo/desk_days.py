"""The desk's days in the demo network: walk-ins and registrations, anonymous head counts,
workstations booked and used, the queue when the room is full."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lam_desk.db.base import Synced
from lam_desk.db.models import (
    Booking,
    QueueEntry,
    Visit,
    WorkstationUse,
)
from lam_desk.domain import reference
from lam_desk.domain.people import DESK_AGE_BANDS, Status
from lam_desk.services.demo.state import (
    BOOKING_DAYS_AHEAD,
    GENDERS,
    STATUSES,
    BuilderState,
    SiteState,
    draw,
    gauss_count,
    paris_day,
)

# Why people come, by status (visit purpose codes of lam_desk.domain.reference).
_PURPOSES: dict[Status, tuple[tuple[str, float], ...]] = {
    Status.JOB_SEEKER: (
        ("job_search", 50),
        ("admin_procedure", 15),
        ("free_access", 14),
        ("print_scan", 10),
        ("foad", 5),
        ("social_support", 3),
        ("training", 3),
    ),
    Status.RETIRED: (
        ("free_access", 35),
        ("admin_procedure", 27),
        ("print_scan", 15),
        ("training", 8),
        ("social_support", 5),
        ("other", 10),
    ),
    Status.EMPLOYED: (
        ("free_access", 30),
        ("print_scan", 25),
        ("admin_procedure", 20),
        ("business", 15),
        ("foad", 5),
        ("other", 5),
    ),
    Status.PUPIL_STUDENT: (
        ("school_support", 40),
        ("free_access", 30),
        ("print_scan", 20),
        ("foad", 10),
    ),
    Status.OTHER: (
        ("admin_procedure", 25),
        ("free_access", 25),
        ("social_support", 20),
        ("literacy", 15),
        ("print_scan", 10),
        ("other", 5),
    ),
}
# How often a purpose means sitting at a workstation.
_NEEDS_SEAT = {
    "free_access": 0.85,
    "job_search": 0.8,
    "admin_procedure": 0.6,
    "foad": 1.0,
    "school_support": 0.7,
    "print_scan": 0.5,
    "training": 0.3,
    "literacy": 0.4,
    "social_support": 0.3,
    "business": 0.6,
    "other": 0.3,
}
assert set(_NEEDS_SEAT) == {p.code for p in reference.PURPOSES}


class _Board:
    """One site's workstations over one day, in wall-clock minutes: what holds each of them
    (for seating people) and the bookings that are not cancelled (which must never overlap)."""

    def __init__(self, count: int) -> None:
        self.held: list[list[tuple[int, int]]] = [[] for _ in range(count)]
        self.booked: list[list[tuple[int, int]]] = [[] for _ in range(count)]

    def can_book(self, ws: int, start: int, end: int) -> bool:
        return all(e <= start or s >= end for s, e in self.booked[ws]) and all(
            e <= start or s >= end for s, e in self.held[ws]
        )

    def free_until(self, ws: int, start: int, close: int) -> int:
        """The end of the free time of ``ws`` from ``start`` (``start`` itself when busy)."""
        limit = close
        for s, e in self.held[ws]:
            if s <= start < e:
                return start
            if start < s < limit:
                limit = s
        return limit


@dataclass
class _Arrival:
    minute: int
    member: int | None  # index in the directory; None: anonymous
    purposes: list[str]
    seat: bool
    head_count: int = 1
    band: tuple[int | None, int | None] = (None, None)
    # Came for a booking: the booked workstation, from when, until the booking's end.
    booked: tuple[int, int, int] | None = None


class DeskDays(BuilderState):
    """The visits, bookings and queues of each site's days (a part of DemoBuilder)."""

    # -- the desk's day ----------------------------------------------------------------------

    def site_day(self, site: SiteState, day: date) -> None:
        intervals = site.intervals(day)
        if not intervals:
            return
        rng = self.rng
        board = _Board(len(site.stations))
        for ws, start, end in self.blocks.get((site.pos, day), []):
            board.booked[ws].append((start, end))
            board.held[ws].append((start, end))
        arrivals = self._bookings(site, day, intervals, board)
        if day > self.today:
            return
        cutoff = self.now_minute if day == self.today else 24 * 60
        for opens, closes in intervals:
            hours = (closes - opens) / 60
            per_hour = (
                (2 * len(site.stations) + 6) / 7
                if site.is_lam
                else (2 + 2 * len(site.stations)) / 3.5
            )
            factor = 1.2 if day.weekday() == 0 else 0.8 if day.weekday() == 5 else 1.0
            for _ in range(gauss_count(rng, per_hour * hours * self.busy * factor)):
                arrivals.append(self._walk_in(site, day, rng.randint(opens, closes - 15)))
            if site.is_lam and rng.random() < 0.1 and closes - opens >= 120:
                # A busy moment: a group of job seekers sent by the same letter.
                burst = rng.randint(opens, opens + 45)
                for _ in range(len(site.pcs(day)) + rng.randint(2, 5)):
                    arrival = self._walk_in(site, day, burst + rng.randint(0, 15))
                    arrival.purposes = ["job_search"]
                    arrival.seat = True
                    arrivals.append(arrival)
        first = bisect_left(site.registered, day.toordinal())
        last = bisect_right(site.registered, day.toordinal())
        for k in range(first, last):  # people who registered that day came in to do it
            member = site.members[k]
            opens, closes = intervals[rng.randrange(len(intervals))]
            arrivals.append(self._member_arrival(member, rng.randint(opens, closes - 15)))
        arrivals.sort(key=lambda a: a.minute)
        blocks = self.blocks.get((site.pos, day), [])
        room = len(site.pcs(day))
        for arrival in arrivals:
            if arrival.minute >= cutoff:
                continue
            if arrival.seat and arrival.booked is None and blocks:
                # A workshop holds the room: people who know the week mostly come another time.
                held = sum(1 for _ws, s, e in blocks if s <= arrival.minute < e)
                if held >= room - 2:
                    if rng.random() < 0.75:
                        continue
                    arrival.seat = False
            self._visit(site, day, intervals, board, arrival, cutoff)

    def _walk_in(self, site: SiteState, day: date, minute: int) -> _Arrival:
        rng = self.rng
        if rng.random() < 0.08:
            return self._anonymous(minute)
        member = self.visitor(site, day)
        if member is None:
            return self._anonymous(minute)
        return self._member_arrival(member, minute)

    def _member_arrival(self, member: int, minute: int) -> _Arrival:
        rng = self.rng
        status = STATUSES[self.status[member]]
        purposes = [draw(rng, _PURPOSES[status])]
        if rng.random() < 0.15:
            second = draw(rng, _PURPOSES[status])
            if second not in purposes:
                purposes.append(second)
        seat = rng.random() < _NEEDS_SEAT[purposes[0]] * self.seat_share
        return _Arrival(minute, member, purposes, seat)

    def _anonymous(self, minute: int) -> _Arrival:
        rng = self.rng
        band = rng.choice(DESK_AGE_BANDS) if rng.random() < 0.7 else None
        low, high = (band.low, band.high) if band is not None else (None, None)
        if rng.random() < 0.4:  # a family or a small group, counted together
            purposes = [rng.choice(("free_access", "admin_procedure", "other"))]
            return _Arrival(minute, None, purposes, False, rng.randint(2, 5), (low, high))
        purpose = rng.choice(("free_access", "print_scan", "admin_procedure"))
        return _Arrival(minute, None, [purpose], rng.random() < 0.6, 1, (low, high))

    def _visit(
        self,
        site: SiteState,
        day: date,
        intervals: list[tuple[int, int]],
        board: _Board,
        arrival: _Arrival,
        cutoff: int,
    ) -> None:
        rng = self.rng
        start = arrival.minute
        closes = next(c for o, c in intervals if o <= start < c)
        visit = self.synced(site, self.clock.at(day, start))
        visit_id = visit["id"]
        ticket = None
        if arrival.member is None and arrival.head_count == 1:
            self.tickets[(site.pos, day)] += 1
            ticket = f"T-{self.tickets[(site.pos, day)]}"
        end = min(closes, start + rng.randint(10, 40))
        # Rows that name the visit are written after it, so no foreign key waits for a parent.
        children: list[tuple[type[Synced], dict[str, Any]]] = []
        if arrival.booked is not None:
            ws, seat_at, booked_until = arrival.booked
            used_until = max(seat_at + 30, booked_until - rng.randint(0, 10))
            if seat_at < cutoff:  # else they came early and wait for their time
                children.append(
                    self._use(site, day, visit_id, ws, seat_at, booked_until, used_until, cutoff)
                )
            end = min(closes, used_until + rng.randint(0, 5))
        elif arrival.seat and (site.pcs(day) or site.scanners(day)):
            kind = "scanner" if arrival.purposes[0] == "print_scan" and rng.random() < 0.5 else "pc"
            stations = site.scanners(day) if kind == "scanner" else []
            stations = stations or site.pcs(day)
            want = rng.choice((30, 60, 60, 60, 90)) if kind == "pc" else 30
            seat_at, seated = start, self._seat(board, stations, start, closes, want)
            if seated is None:
                seat_at, seated = self._wait(board, stations, start, closes, want)
                left = seat_at if seated is not None else min(closes, start + rng.randint(10, 30))
                children.append(
                    self._queue_entry(site, day, visit_id, start, left, seated is not None, cutoff)
                )
                end = left
            if seated is not None:
                ws, planned_end = seated
                used_until = max(seat_at + 30, planned_end - rng.randint(0, 10))
                board.held[ws].append((seat_at, used_until))
                if seat_at < cutoff:
                    children.append(
                        self._use(site, day, visit_id, ws, seat_at, planned_end, used_until, cutoff)
                    )
                end = min(closes, used_until + rng.randint(0, 5))
        self._visit_row(site, day, visit, arrival, ticket, start, end, cutoff)
        for model, row in children:
            self.rows.add(model, row)

    def _visit_row(
        self,
        site: SiteState,
        day: date,
        visit: dict[str, Any],
        arrival: _Arrival,
        ticket: str | None,
        start: int,
        end: int,
        cutoff: int,
    ) -> None:
        if arrival.member is not None:
            snapshot = self.snapshot(arrival.member, day)
            member_id: str | None = self.member_ids[arrival.member]
        else:
            low, high = arrival.band
            snapshot = {
                "snapshot_age_low": low,
                "snapshot_age_high": high,
                "snapshot_gender": None,
                "snapshot_commune_insee": None,
                "snapshot_status": None,
            }
            member_id = None
        visit.update(
            site_id=site.id,
            member_id=member_id,
            head_count=arrival.head_count,
            ticket=ticket,
            purpose_codes=arrival.purposes,
            started_at=self.clock.at(day, start),
            ended_at=self.clock.at(day, end) if end <= cutoff else None,
            staff_user_id=self.rng.choice(site.staff),
            **snapshot,
        )
        self.rows.add(Visit, visit)

    def _seat(
        self, board: _Board, stations: Sequence[int], start: int, closes: int, want: int
    ) -> tuple[int, int] | None:
        """A workstation free for at least 30 minutes from ``start``, and the planned end."""
        order = list(stations)
        self.rng.shuffle(order)
        for ws in order:
            limit = board.free_until(ws, start, closes)
            if limit - start >= 30:
                return ws, min(start + want, limit)
        return None

    def _wait(
        self, board: _Board, stations: Sequence[int], start: int, closes: int, want: int
    ) -> tuple[int, tuple[int, int] | None]:
        """Wait in the queue (up to 40 minutes) for a workstation to free up."""
        ends = sorted({e for ws in stations for _s, e in board.held[ws] if start < e <= start + 40})
        for moment in ends:
            seated = self._seat(board, stations, moment, closes, want)
            if seated is not None:
                return moment, seated
        return start, None

    def _queue_entry(
        self,
        site: SiteState,
        day: date,
        visit_id: str,
        joined: int,
        left: int,
        seated: bool,
        cutoff: int,
    ) -> tuple[type[Synced], dict[str, Any]]:
        row = self.synced(site, self.clock.at(day, joined))
        still_waiting = left > cutoff
        row.update(
            site_id=site.id,
            visit_id=visit_id,
            joined_at=self.clock.at(day, joined),
            left_at=None if still_waiting else self.clock.at(day, left),
            outcome=None if still_waiting else "seated" if seated else "left",
        )
        return QueueEntry, row

    def _use(
        self,
        site: SiteState,
        day: date,
        visit_id: str,
        ws: int,
        start: int,
        planned_end: int,
        end: int,
        cutoff: int,
    ) -> tuple[type[Synced], dict[str, Any]]:
        row = self.synced(site, self.clock.at(day, start))
        row.update(
            site_id=site.id,
            workstation_id=site.stations[ws].id,
            visit_id=visit_id,
            started_at=self.clock.at(day, start),
            planned_end_at=self.clock.at(day, max(planned_end, start + 30)),
            ended_at=self.clock.at(day, end) if end <= cutoff else None,
        )
        return WorkstationUse, row

    def _bookings(
        self, site: SiteState, day: date, intervals: list[tuple[int, int]], board: _Board
    ) -> list[_Arrival]:
        """Workstations booked ahead for ``day``; returns the people who came for theirs."""
        rng = self.rng
        ahead = (day - self.today).days
        pcs = site.pcs(day)
        if not pcs or ahead > BOOKING_DAYS_AHEAD:
            return []
        mean = (0.25 * len(pcs) if site.is_lam else 0.6) * self.busy * len(intervals) / 2
        if ahead > 0:
            mean *= 1 - ahead / (BOOKING_DAYS_AHEAD + 1)
        arrivals: list[_Arrival] = []
        for _ in range(gauss_count(rng, mean)):
            opens, closes = intervals[rng.randrange(len(intervals))]
            length = rng.choice((60, 60, 90))
            slots = list(range(opens, closes - length + 1, 30))
            if not slots:
                continue
            start = rng.choice(slots)
            ws = rng.choice(pcs)
            if not board.can_book(ws, start, start + length):
                continue
            arrival = self._booking(site, day, board, ws, (opens, start, start + length))
            if arrival is not None:
                arrivals.append(arrival)
        return arrivals

    def _booking(
        self, site: SiteState, day: date, board: _Board, ws: int, span: tuple[int, int, int]
    ) -> _Arrival | None:
        rng = self.rng
        opens, start, end = span
        starts_at = self.clock.at(day, start)
        made_at = min(starts_at - timedelta(hours=rng.randint(1, 240)), self.now)
        member = self.pick_member(site, paris_day(made_at)) if rng.random() < 0.8 else None
        caller = ""
        if member is None:
            person = self.names.person(rng.choice(GENDERS[:2]), None)
            caller = f"{person.given_name} {person.family_name}"
        row = self.synced(site, made_at)
        row.update(
            site_id=site.id,
            workstation_id=site.stations[ws].id,
            member_id=self.member_ids[member] if member is not None else None,
            caller_name=caller,
            label="",
            block_id=None,
            starts_at=starts_at,
            ends_at=self.clock.at(day, end),
            created_by_id=rng.choice(site.staff),
            cancelled_at=None,
            arrived_at=None,
            released_at=None,
        )
        roll = rng.random()
        arrival: _Arrival | None = None
        if roll < (0.1 if starts_at <= self.now else 0.05):
            row["cancelled_at"] = made_at + (min(starts_at, self.now) - made_at) * rng.random()
        else:
            board.booked[ws].append((start, end))
            comes = max(opens, start + rng.randint(-5, 10))
            if roll < 0.25:  # nobody came: released after a quarter of an hour
                board.held[ws].append((start, start + 15))
                released = self.clock.at(day, start + 15)
                row["released_at"] = released if released <= self.now else None
            else:
                board.held[ws].append((start, end))
                arrived = self.clock.at(day, comes)
                if arrived <= self.now:
                    row["arrived_at"] = arrived
                    arrival = self._booked_arrival(member, comes, ws, max(comes, start), end)
        self.rows.add(Booking, row)
        return arrival

    def _booked_arrival(
        self, member: int | None, comes: int, ws: int, seat_at: int, end: int
    ) -> _Arrival:
        """The visit of someone who came for a booking: seated at the booked workstation
        (the board already holds it; ``_visit`` seats them there)."""
        if member is not None:
            arrival = self._member_arrival(member, comes)
        else:
            arrival = self._anonymous(comes)
            arrival.head_count = 1
        arrival.booked = (ws, seat_at, end)
        return arrival
