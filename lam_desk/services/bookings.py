"""Workstation bookings at the desk: the day and the week of a site, booking for a member or
for a name given on the phone, block bookings, cancelling, arrivals, no-shows, reminders.

A no-show is a booking released because nobody claimed it ``no_show_minutes`` after its start:
its ``released_at`` is set and its ``arrived_at`` is not. No-shows are counted from those rows
(``no_shows``), never kept as a counter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from lam_desk.db.models import Booking, Member, MemberContact, Workstation, WorkstationUse
from lam_desk.domain import bookings as rules, people
from lam_desk.domain.bookings import BookingRequest, BookingRuleError, BookingRules, HeldSlot
from lam_desk.domain.opening import OpeningCalendar
from lam_desk.domain.wallclock import PARIS, paris_day_bounds
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.ids import uuid7
from lam_desk.services import sites
from lam_desk.services.dto import (
    BookingDraft,
    BookingRow,
    DayTimeline,
    ReminderLine,
    StaffRow,
    TimelineStation,
    WeekTimeline,
)
from lam_desk.sync import capture, clocks

CONTEXT = "Bookings"
NAME_MAX = 120
_CLOCKED = (*Booking.synced_fields(), "cl")


@dataclass(frozen=True)
class _Translated:
    """A message kept as its source and parameters, translated when shown (used as the
    parameter of another message)."""

    context: str
    source: str
    params: dict[str, Any]

    def __str__(self) -> str:
        return translate(self.context, self.source).format(**self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _refused(broken: BookingRuleError) -> UserError:
    return UserError(CONTEXT, broken.source, **broken.params)


# --- reading ---------------------------------------------------------------------------------


def _rows(session: Session, site_id: str, start: datetime, end: datetime) -> list[Row[Any]]:
    return list(
        session.execute(
            select(
                Booking,
                Workstation.label,
                Member.given_name,
                Member.family_name,
                Member.card_number,
            )
            .join(Workstation, Workstation.id == Booking.workstation_id)
            .outerjoin(Member, Member.id == Booking.member_id)
            .where(
                Booking.site_id == site_id,
                Booking.cl % 2 == 1,
                Booking.starts_at < end,
                Booking.ends_at > start,
            )
            .order_by(Booking.starts_at, Workstation.position, Workstation.label)
        )
    )


def _person(given: str | None, family: str | None, booking: Booking) -> str:
    if family is not None:
        return people.display_name(family, given)
    return booking.caller_name


def _booking_row(row: Row[Any], booking_rules: BookingRules, now: datetime) -> BookingRow:
    b, label, given, family, card = row
    return BookingRow(
        id=b.id,
        site_id=b.site_id,
        workstation_id=b.workstation_id,
        workstation=label,
        starts_at=b.starts_at,
        ends_at=b.ends_at,
        member_id=b.member_id,
        person=_person(given, family, b),
        card_number=card or "",
        caller_name=b.caller_name,
        label=b.label,
        block_id=b.block_id,
        cancelled_at=b.cancelled_at,
        arrived_at=b.arrived_at,
        released_at=b.released_at,
        state=_slot(b).state(booking_rules, now).value,
        clocks=clocks.expand(b.field_clocks, _CLOCKED),
    )


def _slot(b: Booking) -> HeldSlot:
    return HeldSlot(
        booking_id=b.id,
        workstation_id=b.workstation_id,
        starts_at=b.starts_at,
        ends_at=b.ends_at,
        person=None if b.block_id else rules.person_key(b.member_id, b.caller_name),
        cancelled_at=b.cancelled_at,
        arrived_at=b.arrived_at,
        released_at=b.released_at,
        block_id=b.block_id,
    )


def _stations(session: Session, site_id: str) -> tuple[TimelineStation, ...]:
    return tuple(
        TimelineStation(w.id, w.label, w.kind, w.out_of_service_reason)
        for w in session.scalars(
            select(Workstation)
            .where(Workstation.site_id == site_id, Workstation.cl % 2 == 1)
            .order_by(Workstation.position, Workstation.label)
        )
    )


def _day(
    site_id: str,
    day: date,
    now: datetime,
    stations: tuple[TimelineStation, ...],
    calendar: OpeningCalendar,
    booking_rules: BookingRules,
    rows: Iterable[Row[Any]],
) -> DayTimeline:
    closed = calendar.closed_day(day)
    return DayTimeline(
        site_id=site_id,
        day=day,
        read_at=now,
        stations=stations,
        opening=calendar.wall_intervals(day) if calendar.configured else (),
        closed_reason=None if closed is None else str(closed.label),
        hours_configured=calendar.configured,
        bookings=tuple(_booking_row(r, booking_rules, now) for r in rows),
        min_minutes=booking_rules.min_minutes,
        max_minutes=booking_rules.max_minutes,
        no_show_minutes=booking_rules.no_show_minutes,
    )


def day_timeline(
    session: Session, site_id: str, day: date, *, now: datetime | None = None
) -> DayTimeline:
    """A site's bookings of one day (cancelled ones included: the page chooses)."""
    now = now or datetime.now(UTC)
    start, end = paris_day_bounds(day)
    return _day(
        site_id,
        day,
        now,
        _stations(session, site_id),
        sites.opening_calendar(session, site_id, day, day),
        sites.booking_rules(session, site_id),
        _rows(session, site_id, start, end),
    )


def week_timeline(
    session: Session, site_id: str, day: date, *, now: datetime | None = None
) -> WeekTimeline:
    """The week (Monday to Sunday) holding ``day``: one read of its bookings."""
    now = now or datetime.now(UTC)
    monday = day - timedelta(days=day.weekday())
    start, _ = paris_day_bounds(monday)
    _, end = paris_day_bounds(monday + timedelta(days=6))
    stations = _stations(session, site_id)
    calendar = sites.opening_calendar(session, site_id, monday, monday + timedelta(days=6))
    booking_rules = sites.booking_rules(session, site_id)
    by_day: dict[date, list[Row[Any]]] = {}
    for row in _rows(session, site_id, start, end):
        by_day.setdefault(row[0].starts_at.astimezone(PARIS).date(), []).append(row)
    days = tuple(
        _day(site_id, d, now, stations, calendar, booking_rules, by_day.get(d, ()))
        for d in (monday + timedelta(days=n) for n in range(7))
    )
    return WeekTimeline(site_id, monday, days)


def get_booking(session: Session, booking_id: str, *, now: datetime | None = None) -> BookingRow:
    booking = _booking(session, booking_id)
    row = session.execute(
        select(
            Booking, Workstation.label, Member.given_name, Member.family_name, Member.card_number
        )
        .join(Workstation, Workstation.id == Booking.workstation_id)
        .outerjoin(Member, Member.id == Booking.member_id)
        .where(Booking.id == booking.id)
    ).one()
    return _booking_row(
        row, sites.booking_rules(session, booking.site_id), now or datetime.now(UTC)
    )


def no_shows(session: Session, site_id: str, first_day: date, last_day: date) -> list[BookingRow]:
    """Bookings nobody claimed between two days (both included), from the rows."""
    start, _ = paris_day_bounds(first_day)
    _, end = paris_day_bounds(last_day)
    booking_rules = sites.booking_rules(session, site_id)
    now = datetime.now(UTC)
    return [
        _booking_row(r, booking_rules, now)
        for r in _rows(session, site_id, start, end)
        if r[0].released_at is not None and r[0].arrived_at is None and r[0].cancelled_at is None
    ]


def next_open_day(session: Session, site_id: str, today: date) -> date:
    """The day whose bookings the animator reminds people of: the next day the site opens
    (after a weekend, a public holiday or a closure), tomorrow when its hours are not set or
    nothing opens within two weeks."""
    from lam_desk.services import sites

    tomorrow = today + timedelta(days=1)
    calendar = sites.opening_calendar(session, site_id, tomorrow, tomorrow + timedelta(days=14))
    if not calendar.configured:
        return tomorrow
    for ahead in range(14):
        day = tomorrow + timedelta(days=ahead)
        if calendar.wall_intervals(day):
            return day
    return tomorrow


def reminders(
    session: Session, site_id: str, day: date, served_site_ids: Sequence[str]
) -> list[ReminderLine]:
    """The people booked on ``day`` (tomorrow, at the desk) to remind: one line per person and
    time, their phone when their contact is kept at a site this desk serves."""
    start, end = paris_day_bounds(day)
    rows = session.execute(
        select(
            Booking,
            Workstation.label,
            Member.given_name,
            Member.family_name,
            Member.card_number,
            Member.home_site_id,
        )
        .join(Workstation, Workstation.id == Booking.workstation_id)
        .outerjoin(Member, Member.id == Booking.member_id)
        .where(
            Booking.site_id == site_id,
            Booking.cl % 2 == 1,
            Booking.block_id.is_(None),
            Booking.cancelled_at.is_(None),
            Booking.starts_at >= start,
            Booking.starts_at < end,
        )
        .order_by(Booking.starts_at, Workstation.position)
    ).all()
    served = set(served_site_ids)
    member_ids = [b.member_id for b, *_rest, home in rows if b.member_id and home in served]
    phones: dict[str, str] = {}
    if member_ids:
        for member_id, phone, home in session.execute(
            select(MemberContact.member_id, MemberContact.phone, MemberContact.home_site_id).where(
                MemberContact.member_id.in_(member_ids), MemberContact.cl % 2 == 1
            )
        ):
            if home in served and phone:
                phones[member_id] = phone
    lines: list[ReminderLine] = []
    for b, label, given, family, card, home in rows:
        person = _person(given, family, b)
        previous = lines[-1] if lines else None
        if (
            previous is not None
            and previous.person == person
            and previous.starts_at == b.starts_at
            and previous.ends_at == b.ends_at
        ):
            lines[-1] = replace(previous, workstations=(*previous.workstations, label))
            continue
        lines.append(
            ReminderLine(
                b.starts_at,
                b.ends_at,
                (label,),
                person,
                card or "",
                phones.get(b.member_id or "", ""),
                b.member_id is None,
                contact_here=home in served,
            )
        )
    return lines


# --- writing ---------------------------------------------------------------------------------


def _booking(session: Session, booking_id: str) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None or not booking.alive:
        raise UserError(CONTEXT, QT_TRANSLATE_NOOP("Bookings", "This booking no longer exists."))
    return booking


def _workstation(session: Session, site_id: str, workstation_id: str) -> Workstation:
    ws = session.get(Workstation, workstation_id)
    if ws is None or not ws.alive or ws.site_id != site_id:
        raise UserError(
            CONTEXT, QT_TRANSLATE_NOOP("Bookings", "Choose a workstation of this site.")
        )
    if ws.out_of_service_reason:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Bookings", "{workstation} is out of service: {reason}"),
            workstation=ws.label,
            reason=ws.out_of_service_reason,
        )
    return ws


def _member_id(session: Session, member_id: str) -> str:
    """The member's id, following merges to the card that was kept; refused if the member
    is gone or erased."""
    from lam_desk.services.members import get_member

    member = get_member(session, member_id)
    if member is None:
        raise UserError(
            CONTEXT, QT_TRANSLATE_NOOP("Bookings", "This member is not in the directory any more.")
        )
    return member.id


def _caller_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings", "Choose a member, or type the name the person gave on the phone."
            ),
        )
    if len(name) > NAME_MAX or not any(ch.isalpha() for ch in name):
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings", "Type a person's name (letters, at most {n} characters)."
            ),
            n=NAME_MAX,
        )
    return name


def _held_around(
    session: Session, site_id: str, starts_at: datetime, ends_at: datetime
) -> list[HeldSlot]:
    """The site's bookings of the Paris day(s) the range touches: enough for overlaps, a
    person's bookings at the same time and the daily quota."""
    first, _ = paris_day_bounds(starts_at.astimezone(PARIS).date())
    _, last = paris_day_bounds(ends_at.astimezone(PARIS).date())
    return [
        _slot(b)
        for b in session.scalars(
            select(Booking).where(
                Booking.site_id == site_id,
                Booking.cl % 2 == 1,
                Booking.starts_at < last,
                Booking.ends_at > first,
            )
        )
    ]


def _check(
    session: Session,
    request: BookingRequest,
    site_id: str,
    now: datetime,
    existing: list[HeldSlot] | None = None,
    ignore_id: str | None = None,
) -> None:
    if request.starts_at.tzinfo is None or request.ends_at.tzinfo is None:
        raise ValueError("naive datetime given to a booking")
    try:
        rules.check_booking(
            request,
            calendar=sites.opening_calendar(
                session,
                site_id,
                request.starts_at.astimezone(PARIS).date(),
                request.ends_at.astimezone(PARIS).date(),
            ),
            rules=sites.booking_rules(session, site_id),
            existing=existing
            if existing is not None
            else _held_around(session, site_id, request.starts_at, request.ends_at),
            now=now,
            ignore_id=ignore_id,
        )
    except BookingRuleError as broken:
        raise _refused(broken) from None
    _check_not_in_use(session, request, now)


def _check_not_in_use(session: Session, request: BookingRequest, now: datetime) -> None:
    """Someone seated at the workstation keeps it until their session's end (or now, when
    their time is already up): a booking cannot start before."""
    for use in session.scalars(
        select(WorkstationUse).where(
            WorkstationUse.workstation_id == request.workstation_id,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.cl % 2 == 1,
            WorkstationUse.started_at < request.ends_at,
        )
    ):
        until = max(use.planned_end_at, now)
        if until > request.starts_at:
            raise UserError(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Bookings",
                    "This workstation is in use until {time}: book it from then, or choose "
                    "another workstation.",
                ),
                time=until.astimezone(PARIS).strftime("%H:%M"),
            )


def book(
    session: Session, actor: StaffRow, draft: BookingDraft, *, now: datetime | None = None
) -> BookingRow:
    """Book a workstation for a member, or for a name given on the phone (completed with
    the member's card at arrival)."""
    now = now or datetime.now(UTC)
    _workstation(session, draft.site_id, draft.workstation_id)
    if draft.member_id:
        member_id: str | None = _member_id(session, draft.member_id)
        caller = ""
    else:
        member_id, caller = None, _caller_name(draft.caller_name)
    request = BookingRequest(
        draft.workstation_id,
        draft.starts_at,
        draft.ends_at,
        rules.person_key(member_id, caller),
    )
    _check(session, request, draft.site_id, now)
    booking = Booking(
        site_id=draft.site_id,
        workstation_id=draft.workstation_id,
        member_id=member_id,
        caller_name=caller,
        label="",
        block_id=None,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        created_by_id=actor.id,
        cancelled_at=None,
        arrived_at=None,
        released_at=None,
    )
    session.add(booking)
    session.flush()
    return get_booking(session, booking.id, now=now)


def book_block(
    session: Session,
    actor: StaffRow,
    site_id: str,
    workstation_ids: Sequence[str],
    starts_at: datetime,
    ends_at: datetime,
    label: str,
    *,
    now: datetime | None = None,
) -> list[BookingRow]:
    """Hold several workstations for a workshop or a group, under one label: all of them or
    none (the refusal names the workstation that cannot be held)."""
    now = now or datetime.now(UTC)
    text = " ".join(label.split())
    if not text:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings", "Give the block booking a label (the workshop, the group)."
            ),
        )
    if len(text) > NAME_MAX:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Bookings", "The label is too long (at most {n} characters)."),
            n=NAME_MAX,
        )
    chosen = list(dict.fromkeys(workstation_ids))
    if not chosen:
        raise UserError(CONTEXT, QT_TRANSLATE_NOOP("Bookings", "Choose the workstations to hold."))
    stations = [_workstation(session, site_id, ws) for ws in chosen]
    existing = _held_around(session, site_id, starts_at, ends_at)
    for ws in stations:
        try:
            _check(
                session,
                BookingRequest(ws.id, starts_at, ends_at, None, True),
                site_id,
                now,
                existing,
            )
        except UserError as refused:
            raise UserError(
                CONTEXT,
                QT_TRANSLATE_NOOP("Bookings", "{workstation}: {reason}"),
                workstation=ws.label,
                reason=_Translated(refused.context, refused.source, refused.params),
            ) from None
    block_id = uuid7()
    made = []
    for ws in stations:
        booking = Booking(
            site_id=site_id,
            workstation_id=ws.id,
            member_id=None,
            caller_name="",
            label=text,
            block_id=block_id,
            starts_at=starts_at,
            ends_at=ends_at,
            created_by_id=actor.id,
            cancelled_at=None,
            arrived_at=None,
            released_at=None,
        )
        session.add(booking)
        made.append(booking)
    session.flush()
    return [get_booking(session, b.id, now=now) for b in made]


def cancel(
    session: Session,
    seen: BookingRow,
    *,
    whole_block: bool = True,
    now: datetime | None = None,
) -> list[BookingRow]:
    """Cancel a booking (a block booking: every workstation of it, unless ``whole_block`` is
    False). A booking the person came for, or one already released, is not cancelled."""
    now = now or datetime.now(UTC)
    booking = _booking(session, seen.id)
    _cancellable(booking)
    targets = [booking]
    if booking.block_id is not None and whole_block:
        targets = list(
            session.scalars(
                select(Booking).where(
                    Booking.block_id == booking.block_id,
                    Booking.site_id == booking.site_id,
                    Booking.cl % 2 == 1,
                    Booking.cancelled_at.is_(None),
                )
            )
        )
    for target in targets:
        _cancellable(target)
        if target.id == seen.id:
            capture.set_base(session, target, seen.clocks)
        target.cancelled_at = now
    session.flush()
    return [get_booking(session, t.id, now=now) for t in targets]


def _cancellable(booking: Booking) -> None:
    if booking.cancelled_at is not None:
        raise UserError(
            CONTEXT, QT_TRANSLATE_NOOP("Bookings", "This booking is already cancelled.")
        )
    if booking.arrived_at is not None:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings", "The person has already arrived: this booking cannot be cancelled."
            ),
        )
    if booking.released_at is not None:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings", "This booking was released as nobody came: there is nothing to cancel."
            ),
        )


def mark_arrived(
    session: Session,
    seen: BookingRow,
    member_id: str | None = None,
    *,
    now: datetime | None = None,
    staff_user_id: str | None = None,
) -> BookingRow:
    """The person came for their booking. A booking made on the phone for a name is
    completed now with the member's card (``member_id``), which is required for it.

    They are at the desk: checked in (for free access, unless they already are today) and,
    when the booked workstation is free, seated there until the booking's end
    (``seated_until`` of the row returned)."""
    now = now or datetime.now(UTC)
    booking = _booking(session, seen.id)
    if booking.block_id is not None:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings",
                "A block booking is for a group: record the people at the training session.",
            ),
        )
    if booking.cancelled_at is not None:
        raise UserError(CONTEXT, QT_TRANSLATE_NOOP("Bookings", "This booking was cancelled."))
    if booking.arrived_at is not None:
        raise UserError(CONTEXT, QT_TRANSLATE_NOOP("Bookings", "The arrival is already recorded."))
    if booking.released_at is not None:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings",
                "This booking was released at {time} as nobody came: seat the person as a "
                "walk-in, or book again.",
            ),
            time=booking.released_at.astimezone(PARIS).strftime("%H:%M"),
        )
    if now >= booking.ends_at:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Bookings", "This booking is over: it ended at {time}."),
            time=booking.ends_at.astimezone(PARIS).strftime("%H:%M"),
        )
    if booking.starts_at - now > timedelta(hours=2):
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Bookings", "This booking starts at {time}: it is too early to record the arrival."
            ),
            time=booking.starts_at.astimezone(PARIS).strftime("%H:%M"),
        )
    capture.set_base(session, booking, seen.clocks)
    if booking.member_id is None:
        if not member_id:
            raise UserError(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Bookings",
                    "This booking was made on the phone: find the person's member card "
                    "(or register them) to record the arrival.",
                ),
            )
        member_key = _member_id(session, member_id)
        # The member may already hold another workstation then, or their day's quota.
        try:
            rules.check_person(
                BookingRequest(
                    booking.workstation_id,
                    booking.starts_at,
                    booking.ends_at,
                    rules.person_key(member_key, ""),
                ),
                rules=sites.booking_rules(session, booking.site_id),
                existing=_held_around(session, booking.site_id, booking.starts_at, booking.ends_at),
                ignore_id=booking.id,
            )
        except BookingRuleError as broken:
            raise _refused(broken) from None
        booking.member_id = member_key
    elif member_id and _member_id(session, member_id) != booking.member_id:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Bookings", "This booking is for another member."),
        )
    booking.arrived_at = now
    session.flush()
    seated_until = _check_in_and_seat(session, booking, now, staff_user_id)
    row = get_booking(session, booking.id, now=now)
    return replace(row, seated_until=seated_until)


def _check_in_and_seat(
    session: Session, booking: Booking, now: datetime, staff_user_id: str | None
) -> datetime | None:
    from lam_desk.services import visits, workstations

    assert booking.member_id is not None
    visit_id = visits.open_visit_of_member(session, booking.site_id, booking.member_id, now)
    if visit_id is None:
        visit_id = visits.check_in_member(
            session,
            booking.site_id,
            booking.member_id,
            [workstations.FREE_ACCESS],
            staff_user_id,
            now,
        ).id
    minutes = int((booking.ends_at - now).total_seconds() // 60)
    try:
        seated = workstations.seat(
            session, booking.site_id, visit_id, booking.workstation_id, minutes, now
        )
    except UserError:
        # Already seated, the workstation still taken or out of service, too little time
        # left: the board says so and offers the next free one.
        return None
    return seated.planned_end_at


def release_no_shows(session: Session, site_id: str, *, now: datetime | None = None) -> int:
    """Release the bookings of the site nobody claimed within the no-show delay: each is
    recorded as a no-show (``released_at``, at the end of the delay). Returns how many."""
    now = now or datetime.now(UTC)
    booking_rules = sites.booking_rules(session, site_id)
    due = session.scalars(
        select(Booking).where(
            Booking.site_id == site_id,
            Booking.cl % 2 == 1,
            Booking.block_id.is_(None),
            Booking.cancelled_at.is_(None),
            Booking.arrived_at.is_(None),
            Booking.released_at.is_(None),
            Booking.starts_at <= now - timedelta(minutes=booking_rules.no_show_minutes),
        )
    ).all()
    released = 0
    for booking in due:
        slot = _slot(booking)
        if rules.no_show_due(slot, booking_rules, now):
            booking.released_at = rules.release_moment(slot, booking_rules)
            released += 1
    if released:
        session.flush()
    return released
