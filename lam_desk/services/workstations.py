"""The workstation board: what each workstation of a site is doing, and seating people at
them (seat, extend, end, move), out of service and back. The desk keeps the timers; it does
not control the public PCs (DESIGN.md §1)."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import BindParameter, Date, Select, String, bindparam, select
from sqlalchemy.orm import Session

from lam_desk.db.models import (
    Booking,
    Closure,
    Member,
    OpeningHours,
    QueueEntry,
    SiteSettings,
    Visit,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain import opening, people, workstations as rules
from lam_desk.domain.wallclock import paris_day_bounds, paris_today, to_paris
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import uuid7
from lam_desk.services import visits
from lam_desk.services.dto import (
    BoardState,
    BookedSpan,
    OpeningSpan,
    Placement,
    QueueLine,
    SeatedUse,
    Who,
    WorkstationState,
)
from lam_desk.sync import capture, clocks

_CONTEXT = "Workstations"
# Seated this long before their booking starts, a member is taken as come for it.
CLAIM_AHEAD = timedelta(minutes=30)
FREE_ACCESS = "free_access"
_USE_CLOCKED = (*WorkstationUse.synced_fields(), "cl")
_WORKSTATION_KINDS = (rules.PUBLIC_PC, "scanner", "printer")


# --- reading ----------------------------------------------------------------------------------


def session_rules(session: Session, site_id: str) -> rules.SessionRules:
    """The site's default and longest session at a workstation (its settings, or the
    defaults when it has none)."""
    row = session.execute(_settings_statement(), {"site_id": site_id}).first()
    if row is None:
        return rules.SessionRules()
    default, longest = row
    longest = max(rules.MIN_SESSION_MINUTES, longest or rules.MAX_SESSION_MINUTES)
    default = min(max(rules.MIN_SESSION_MINUTES, default or rules.DEFAULT_SESSION_MINUTES), longest)
    return rules.SessionRules(default, longest)


def opening_day(session: Session, site_id: str, now: datetime) -> rules.OpeningDay:
    """The site's opening on the day of ``now`` (Paris): its intervals, or why it is closed
    (a closure, a public holiday). A site with no opening hours at all is not configured."""
    day = paris_today(now)
    hours_read, closures_read = _opening_statements()
    hours = session.execute(hours_read, {"site_id": site_id}).all()
    if not hours:
        return rules.OpeningDay()
    closures = session.execute(closures_read, {"site_id": site_id, "day": day}).all()
    calendar = opening.OpeningCalendar.of(
        (
            opening.WeeklyInterval(
                weekday,
                opening.parse_hhmm(opens),
                opening.parse_hhmm(closes),
                valid_from,
                valid_until,
            )
            for weekday, opens, closes, valid_from, valid_until in hours
        ),
        (opening.ClosureSpan(first, last, reason or "") for first, last, reason in closures),
    )
    closed = calendar.closed_day(day)
    return rules.OpeningDay(
        tuple(rules.Span(start, end) for start, end in calendar.moments(day)),
        configured=True,
        closure_reason=str(closed.label) if closed is not None else None,
    )


@functools.cache
def _settings_statement() -> Select[Any]:
    return (
        select(SiteSettings.session_default_minutes, SiteSettings.session_max_minutes)
        .where(SiteSettings.site_id == bindparam("site_id"), SiteSettings.cl % 2 == 1)
        .limit(1)
    )


@functools.cache
def _opening_statements() -> tuple[Select[Any], Select[Any]]:
    site: BindParameter[str] = bindparam("site_id", type_=String)
    day: BindParameter[date] = bindparam("day", type_=Date)
    hours = select(
        OpeningHours.weekday,
        OpeningHours.opens,
        OpeningHours.closes,
        OpeningHours.valid_from,
        OpeningHours.valid_until,
    ).where(OpeningHours.site_id == site, OpeningHours.cl % 2 == 1)
    closures = select(Closure.first_day, Closure.last_day, Closure.reason).where(
        Closure.site_id == site,
        Closure.first_day <= day,
        Closure.last_day >= day,
        Closure.cl % 2 == 1,
    )
    return hours, closures


def board(session: Session, site_id: str, now: datetime) -> BoardState:
    """The site's workstations now: who sits where until when, today's bookings still to come
    or running, out of service; the walk-in queue; today's opening. Indexed reads of the
    open rows and of the day only (tests/bench: board_refresh), statements built once."""
    day_start, day_end = paris_day_bounds(paris_today(now))
    read = _board_statements()
    params = {"site_id": site_id, "now": now, "day_start": day_start, "day_end": day_end}
    stations = session.execute(read.stations, params).all()
    uses: dict[str, SeatedUse] = {}
    for row in session.execute(read.uses, params):
        who = _who_of_row(
            row.member_id, row.ticket, row.head_count, row.given, row.family, row.card
        )
        uses[row.workstation_id] = SeatedUse(
            id=row.id,
            visit_id=row.visit_id,
            who=who,
            started_at=row.started_at,
            planned_end_at=row.planned_end_at,
            clocks=clocks.expand(row.field_clocks or {}, _USE_CLOCKED),
        )
    booked: dict[str, list[BookedSpan]] = defaultdict(list)
    for row in session.execute(read.bookings, params):
        person = (
            people.display_name(row.family, row.given)
            if row.given is not None
            else row.caller_name or row.label
        )
        booked[row.workstation_id].append(
            BookedSpan(row.starts_at, row.ends_at, row.member_id, person)
        )
    queue = tuple(
        QueueLine(
            row.id,
            row.visit_id,
            _who_of_row(row.member_id, row.ticket, row.head_count, row.given, row.family, row.card),
            row.joined_at,
        )
        for row in session.execute(read.queue, params)
    )
    opening = opening_day(session, site_id, now)
    lengths = session_rules(session, site_id)
    return BoardState(
        site_id=site_id,
        read_at=now,
        workstations=tuple(
            WorkstationState(
                id=ws_id,
                label=label,
                kind=kind,
                out_of_service_reason=reason,
                use=uses.get(ws_id),
                bookings=tuple(booked.get(ws_id, ())),
            )
            for ws_id, label, kind, reason in stations
        ),
        queue=queue,
        default_minutes=lengths.default_minutes,
        max_minutes=lengths.max_minutes,
        hours_configured=opening.configured,
        opening=tuple(OpeningSpan(s.starts_at, s.ends_at) for s in opening.intervals),
        closure_reason=opening.closure_reason,
    )


def _who_of_row(
    member_id: str | None,
    ticket: str | None,
    head_count: int,
    given: str | None,
    family: str | None,
    card: str | None,
) -> Who:
    if member_id is None:
        return Who(None, "", "", ticket, head_count)
    return Who(member_id, people.display_name(family, given), card or "", None, 1)


@dataclass(frozen=True)
class _BoardRead:
    stations: Select[Any]
    uses: Select[Any]
    bookings: Select[Any]
    queue: Select[Any]


@functools.cache
def _board_statements() -> _BoardRead:
    """The board's reads, built once (a refresh every few seconds must not rebuild them):
    parameters ``site_id``, ``now``, ``day_start``, ``day_end``."""
    site: BindParameter[str] = bindparam("site_id", type_=String)
    person = (
        Visit.member_id,
        Visit.ticket,
        Visit.head_count,
        Member.given_name.label("given"),
        Member.family_name.label("family"),
        Member.card_number.label("card"),
    )
    stations = (
        select(
            Workstation.id,
            Workstation.label,
            Workstation.kind,
            Workstation.out_of_service_reason,
        )
        .where(Workstation.site_id == site, Workstation.cl % 2 == 1)
        .order_by(Workstation.position, Workstation.label)
    )
    # "ended_at IS NULL" as written, so SQLite takes the partial index of the open rows.
    uses = (
        select(
            WorkstationUse.id,
            WorkstationUse.workstation_id,
            WorkstationUse.visit_id,
            WorkstationUse.started_at,
            WorkstationUse.planned_end_at,
            WorkstationUse.field_clocks,
            *person,
        )
        .join(Visit, Visit.id == WorkstationUse.visit_id)
        .outerjoin(Member, Member.id == Visit.member_id)
        .where(
            WorkstationUse.site_id == site,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.cl % 2 == 1,
        )
        .order_by(WorkstationUse.started_at)
    )
    # A booking never spans midnight: the day's range of the start index is all to read.
    bookings = (
        select(
            Booking.workstation_id,
            Booking.starts_at,
            Booking.ends_at,
            Booking.member_id,
            Booking.caller_name,
            Booking.label,
            Member.given_name.label("given"),
            Member.family_name.label("family"),
        )
        .outerjoin(Member, Member.id == Booking.member_id)
        .where(
            Booking.starts_at >= bindparam("day_start"),
            Booking.starts_at < bindparam("day_end"),
            Booking.site_id == site,
            Booking.ends_at > bindparam("now"),
            Booking.cancelled_at.is_(None),
            Booking.released_at.is_(None),
            Booking.cl % 2 == 1,
        )
        .order_by(Booking.starts_at)
    )
    queue = (
        select(QueueEntry.id, QueueEntry.visit_id, QueueEntry.joined_at, *person)
        .join(Visit, Visit.id == QueueEntry.visit_id)
        .outerjoin(Member, Member.id == Visit.member_id)
        .where(
            QueueEntry.site_id == site,
            QueueEntry.left_at.is_(None),
            QueueEntry.cl % 2 == 1,
        )
        .order_by(QueueEntry.joined_at, QueueEntry.id)
    )
    return _BoardRead(stations, uses, bookings, queue)


# --- seating ----------------------------------------------------------------------------------


def seat(
    session: Session,
    site_id: str,
    visit_id: str,
    workstation_id: str,
    minutes: int,
    now: datetime,
) -> SeatedUse:
    """Seat a checked-in person (or an anonymous ticket) at a free workstation for
    ``minutes``; their place in the queue, if any, ends as "seated"."""
    visit = visits.open_visit(session, visit_id)
    if visit.site_id != site_id:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations",
                "This person checked in at another site: check them in here first.",
            ),
        )
    current = _open_use_of_visit(session, visit_id)
    if current is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "This person is already seated at {workstation}."),
            workstation=_label(session, current.workstation_id),
        )
    station = _free_workstation(session, site_id, workstation_id)
    lengths = session_rules(session, site_id)
    rules.check_session_length(minutes, lengths)
    ends_at = now + timedelta(minutes=minutes)
    _check_holdable(session, station, visit.member_id, now, ends_at)
    use = WorkstationUse(
        id=uuid7(),
        site_id=site_id,
        workstation_id=station.id,
        visit_id=visit.id,
        started_at=now,
        planned_end_at=ends_at,
        ended_at=None,
    )
    session.add(use)
    for entry in session.scalars(
        select(QueueEntry).where(
            QueueEntry.visit_id == visit.id,
            QueueEntry.left_at.is_(None),
            QueueEntry.cl % 2 == 1,
        )
    ):
        entry.left_at = max(now, entry.joined_at)
        entry.outcome = "seated"
    if visit.member_id is not None:
        booked = _claimable_booking(session, site_id, visit.member_id, now, station.id)
        if booked is not None:
            booked.arrived_at = now  # they came for it: not a no-show
    session.flush()
    return _seated(use, _who(session, visit))


def _claimable_booking(
    session: Session,
    site_id: str,
    member_id: str,
    now: datetime,
    workstation_id: str | None = None,
) -> Booking | None:
    """The member's booking of the site a seat now honours: not yet claimed, started or
    starting within the hour, not over; the one of ``workstation_id`` first."""
    found = list(
        session.scalars(
            select(Booking)
            .where(
                Booking.site_id == site_id,
                Booking.member_id == member_id,
                Booking.block_id.is_(None),
                Booking.cancelled_at.is_(None),
                Booking.released_at.is_(None),
                Booking.arrived_at.is_(None),
                Booking.cl % 2 == 1,
                Booking.starts_at <= now + CLAIM_AHEAD,
                Booking.ends_at > now,
            )
            .order_by(Booking.starts_at)
        )
    )
    for booking in found:
        if booking.workstation_id == workstation_id:
            return booking
    return found[0] if found else None


def seat_walk_in(
    session: Session,
    site_id: str,
    member_id: str | None,
    workstation_id: str,
    minutes: int,
    staff_user_id: str | None,
    now: datetime,
) -> SeatedUse:
    """Seat someone who walks up to a free workstation: a member (their open visit of today,
    or a new one for free access) or, with ``member_id`` None, a new anonymous ticket."""
    if member_id is None:
        visit_id = visits.check_in_anonymous(
            session, site_id, [FREE_ACCESS], staff_user_id, now, ticket=True
        ).id
    else:
        found = visits.open_visit_of_member(session, site_id, member_id, now)
        visit_id = found or (
            visits.check_in_member(
                session, site_id, member_id, [FREE_ACCESS], staff_user_id, now
            ).id
        )
    return seat(session, site_id, visit_id, workstation_id, minutes, now)


def seat_or_queue(session: Session, site_id: str, visit_id: str, now: datetime) -> Placement:
    """Give a person who just checked in the first public PC free for the site's default
    length (or for the longest time any is free, at least the shortest offer); when none is,
    put them in the queue. A workstation they booked is theirs, whatever its kind."""
    lengths = session_rules(session, site_id)
    state = board(session, site_id, now)
    member_id = session.scalar(select(Visit.member_id).where(Visit.id == visit_id))
    opening = opening_day(session, site_id, now)

    def free_for(station: WorkstationState, *, booked: bool = False) -> int:
        """Minutes the station can give this person now (0 when taken or out of service, and
        for a scanner or a printer not booked by them: the animator seats people there)."""
        if station.use is not None or station.out_of_service_reason:
            return 0
        if station.kind != rules.PUBLIC_PC and not booked:
            return 0
        spans = [
            rules.Span(b.starts_at, b.ends_at)
            for b in station.bookings
            if member_id is None or b.member_id != member_id
        ]
        return rules.free_minutes(now, spans, opening, limit=lengths.default_minutes)

    best: tuple[int, WorkstationState] | None = None
    booked = _claimable_booking(session, site_id, member_id, now) if member_id is not None else None
    if booked is not None:  # they booked: their workstation, if it is free
        for station in state.workstations:
            if station.id == booked.workstation_id:
                free = free_for(station, booked=True)
                if free >= rules.SHORTEST_OFFER_MINUTES:
                    best = (free, station)
    if best is None and not state.queue:  # people already waiting come first
        for station in state.workstations:
            free = free_for(station)
            if free >= rules.SHORTEST_OFFER_MINUTES and (best is None or free > best[0]):
                best = (free, station)
            if best is not None and best[0] >= lengths.default_minutes:
                break
    if best is None:
        queue_id = _join_queue(session, site_id, visit_id, now)
        return Placement(None, None, queue_id)
    use = seat(session, site_id, visit_id, best[1].id, best[0], now)
    return Placement(best[1].label, use.planned_end_at, None)


def _join_queue(session: Session, site_id: str, visit_id: str, now: datetime) -> str:
    from lam_desk.services import queue

    return queue.join(session, site_id, visit_id, now)


def extend(
    session: Session,
    use_id: str,
    minutes: int,
    now: datetime,
    seen: Mapping[str, str] | None = None,
) -> SeatedUse:
    """Give a seated person ``minutes`` more (from now when their time is already over)."""
    use = _running_use(session, use_id)
    if not 1 <= minutes <= rules.MAX_SESSION_MINUTES:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "Extend by 1 to {most} minutes."),
            most=rules.MAX_SESSION_MINUTES,
        )
    lengths = session_rules(session, use.site_id)
    new_end = rules.extended_end(use.planned_end_at, now, minutes)
    if new_end - _session_start(session, use) > timedelta(minutes=lengths.max_minutes):
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations",
                "A session lasts at most {most} minutes at this site: it cannot be extended "
                "further.",
            ),
            most=lengths.max_minutes,
        )
    station = session.get(Workstation, use.workstation_id)
    assert station is not None
    visit = session.get(Visit, use.visit_id)
    member_id = visit.member_id if visit is not None else None
    extension_from = max(use.planned_end_at, now)
    for span in _booked_spans(session, station.id, member_id, now):
        if span.overlaps(extension_from, new_end):
            raise UserError(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Workstations",
                    "{workstation} is booked from {at}: the session cannot be extended past it.",
                ),
                workstation=station.label,
                at=_wall(span.starts_at),
            )
    opening = opening_day(session, use.site_id, now)
    interval = opening.interval_at(now) if opening.configured else None
    if opening.configured and (interval is None or new_end > interval.ends_at):
        closes = interval.ends_at if interval is not None else now
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations", "The site closes at {at}: the session cannot be extended past it."
            ),
            at=_wall(closes),
        )
    if seen:
        capture.set_base(session, use, seen)
    use.planned_end_at = new_end
    session.flush()
    return _seated(use, _who(session, visit))


def end(
    session: Session, use_id: str, now: datetime, seen: Mapping[str, str] | None = None
) -> None:
    """The person leaves the workstation (their visit stays open until check-out)."""
    use = _running_use(session, use_id)
    if seen:
        capture.set_base(session, use, seen)
    use.ended_at = max(now, use.started_at)


def move(
    session: Session,
    use_id: str,
    workstation_id: str,
    now: datetime,
    seen: Mapping[str, str] | None = None,
) -> SeatedUse:
    """Move a seated person to another free workstation (the public PC crashed), with the
    time they had left: this session ends here and another starts there."""
    use = _running_use(session, use_id)
    if use.workstation_id == workstation_id:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "The person already sits at this workstation."),
        )
    station = _free_workstation(session, use.site_id, workstation_id)
    visit = session.get(Visit, use.visit_id)
    member_id = visit.member_id if visit is not None else None
    until = max(use.planned_end_at, now + timedelta(minutes=rules.MIN_SESSION_MINUTES))
    # The public PC crashed: a workstation booked sooner (or a site closing sooner) still
    # takes the person, for the time it can give.
    wanted = int((until - now).total_seconds() // 60)
    spans = _booked_spans(session, station.id, member_id, now)
    can_give = rules.free_minutes(now, spans, opening_day(session, use.site_id, now), limit=wanted)
    if can_give < wanted and can_give >= rules.SHORTEST_OFFER_MINUTES:
        until = now + timedelta(minutes=can_give)
    _check_holdable(session, station, member_id, now, until)
    new_end = min(use.planned_end_at, until)
    if seen:
        capture.set_base(session, use, seen)
    use.ended_at = max(now, use.started_at)
    moved = WorkstationUse(
        id=uuid7(),
        site_id=use.site_id,
        workstation_id=station.id,
        visit_id=use.visit_id,
        started_at=now,
        planned_end_at=new_end,
        ended_at=None,
    )
    session.add(moved)
    session.flush()
    return _seated(moved, _who(session, visit))


# --- the workstations themselves --------------------------------------------------------------


def add_workstation(session: Session, site_id: str, label: str, kind: str = "pc") -> str:
    """A new workstation of the site, placed after the others; returns its id."""
    label = " ".join(label.split())
    if not label or len(label) > 40:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "Name the workstation in 1 to 40 characters."),
        )
    if kind not in _WORKSTATION_KINDS:
        raise ValueError(f"unknown workstation kind {kind!r}")
    existing = session.execute(
        select(Workstation.label, Workstation.position).where(
            Workstation.site_id == site_id, Workstation.cl % 2 == 1
        )
    ).all()
    if any(other.casefold() == label.casefold() for other, _ in existing):
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "This site already has a workstation “{label}”."),
            label=label,
        )
    station = Workstation(
        id=uuid7(),
        site_id=site_id,
        label=label,
        kind=kind,
        position=max((position for _, position in existing), default=0) + 1,
        out_of_service_reason=None,
    )
    session.add(station)
    session.flush()
    return station.id


def set_out_of_service(
    session: Session,
    workstation_id: str,
    reason: str | None,
    seen: Mapping[str, str] | None = None,
) -> None:
    """Take a workstation out of service, saying why, or put it back (``reason`` None)."""
    station = session.get(Workstation, workstation_id)
    if station is None or not station.alive:
        raise _gone_workstation()
    if reason is not None:
        reason = " ".join(reason.split())
        if not reason:
            raise UserError(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Workstations", "Say why the workstation is out of service (a few words)."
                ),
            )
        if len(reason) > 200:
            raise UserError(
                _CONTEXT,
                QT_TRANSLATE_NOOP("Workstations", "Keep the reason under 200 characters."),
            )
        if _open_use_on(session, station.id) is not None:
            raise UserError(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Workstations",
                    "Someone sits at {workstation}: move them or end their session first.",
                ),
                workstation=station.label,
            )
    if seen:
        capture.set_base(session, station, seen)
    station.out_of_service_reason = reason


# --- helpers ----------------------------------------------------------------------------------


def _free_workstation(session: Session, site_id: str, workstation_id: str) -> Workstation:
    station = session.get(Workstation, workstation_id)
    if station is None or not station.alive or station.site_id != site_id:
        raise _gone_workstation()
    if station.out_of_service_reason:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Workstations", "{workstation} is out of service: {reason}."),
            workstation=station.label,
            reason=station.out_of_service_reason,
        )
    busy = _open_use_on(session, station.id)
    if busy is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations",
                "{workstation} is in use until {until}: choose a free workstation.",
            ),
            workstation=station.label,
            until=_wall(busy.planned_end_at),
        )
    return station


def _check_holdable(
    session: Session,
    station: Workstation,
    member_id: str | None,
    now: datetime,
    ends_at: datetime,
) -> None:
    spans = _booked_spans(session, station.id, member_id, now)
    rules.check_can_hold(
        station.label, now, ends_at, spans, opening_day(session, station.site_id, now)
    )


def _booked_spans(
    session: Session, workstation_id: str, member_id: str | None, now: datetime
) -> list[rules.Span]:
    """Today's bookings of a workstation still to end, but those of ``member_id`` (a person
    is never kept off the workstation booked for them)."""
    day_start, day_end = paris_day_bounds(paris_today(now))
    spans = []
    for booking in session.scalars(
        select(Booking).where(
            Booking.workstation_id == workstation_id,
            Booking.starts_at >= day_start,
            Booking.starts_at < day_end,
            Booking.ends_at > now,
            Booking.cancelled_at.is_(None),
            Booking.released_at.is_(None),
            Booking.cl % 2 == 1,
        )
    ):
        if member_id is not None and booking.member_id == member_id:
            continue
        spans.append(rules.Span(booking.starts_at, booking.ends_at))
    return spans


def _running_use(session: Session, use_id: str) -> WorkstationUse:
    use = session.get(WorkstationUse, use_id)
    if use is None or not use.alive or use.ended_at is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Workstations", "This session has already ended (the board was behind)."
            ),
        )
    return use


def _session_start(session: Session, use: WorkstationUse) -> datetime:
    """When the person's session began: a move ends a use and starts the next one at the
    same moment, so the chain is followed back to its first use."""
    start = use.started_at
    current = use
    for _ in range(50):  # a chain of moves is short; never loop on damaged rows
        previous = session.scalars(
            select(WorkstationUse)
            .where(
                WorkstationUse.visit_id == current.visit_id,
                WorkstationUse.ended_at == current.started_at,
                WorkstationUse.id != current.id,
                WorkstationUse.cl % 2 == 1,
            )
            .limit(1)
        ).first()
        if previous is None:
            break
        start, current = previous.started_at, previous
    return start


def _open_use_on(session: Session, workstation_id: str) -> WorkstationUse | None:
    return session.scalars(
        select(WorkstationUse)
        .where(
            WorkstationUse.workstation_id == workstation_id,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.cl % 2 == 1,
        )
        .limit(1)
    ).first()


def _open_use_of_visit(session: Session, visit_id: str) -> WorkstationUse | None:
    return session.scalars(
        select(WorkstationUse)
        .where(
            WorkstationUse.visit_id == visit_id,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.cl % 2 == 1,
        )
        .limit(1)
    ).first()


def _who(session: Session, visit: Visit | None) -> Who:
    if visit is None:
        return Who(None, "", "", None, 1)
    member = session.get(Member, visit.member_id) if visit.member_id else None
    if member is None:
        return visits.who_of(visit, None, None, None)
    return visits.who_of(visit, member.given_name, member.family_name, member.card_number)


def _seated(use: WorkstationUse, who: Who) -> SeatedUse:
    return SeatedUse(
        id=use.id,
        visit_id=use.visit_id,
        who=who,
        started_at=use.started_at,
        planned_end_at=use.planned_end_at,
        clocks=clocks.expand(use.field_clocks or {}, _USE_CLOCKED),
    )


def _label(session: Session, workstation_id: str) -> str:
    station = session.get(Workstation, workstation_id)
    return station.label if station is not None else "?"


def _gone_workstation() -> UserError:
    return UserError(
        _CONTEXT,
        QT_TRANSLATE_NOOP(
            "Workstations", "This workstation no longer exists at this site (removed meanwhile)."
        ),
    )


def _wall(moment: datetime) -> str:
    return to_paris(moment).strftime("%H:%M")
