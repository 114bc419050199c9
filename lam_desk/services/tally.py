"""The day's tally of a site, counted from its rows: visits by purpose, people by age band and
gender (members' visits and anonymous head counts), hours at the workstations, bookings
honoured and no-shows, the walk-in queue. Nothing here is a stored counter (DESIGN.md §4)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db.models import (
    Booking,
    QueueEntry,
    Visit,
    VisitPurpose,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain.people import DESK_AGE_BANDS, GENDER_LABELS, Gender, band_of
from lam_desk.domain.wallclock import paris_day_bounds
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.services import visits as visit_service
from lam_desk.services.dto import DayTally, StationUse, TallyLine

CONTEXT = "DayTally"
AGE_NOT_GIVEN = "?"
_SEATED, _LEFT = "seated", "left"


def day_tally(session: Session, site_id: str, day: date, now: datetime) -> DayTally:
    """The tally of ``day`` at ``site_id`` as the rows stand at ``now`` (sessions still running
    count their minutes up to ``now``)."""
    start, end = paris_day_bounds(day)
    visit_rows = session.execute(
        select(
            Visit.member_id,
            Visit.head_count,
            Visit.purpose_codes,
            Visit.snapshot_age_low,
            Visit.snapshot_age_high,
            Visit.snapshot_gender,
        ).where(
            Visit.site_id == site_id,
            Visit.started_at >= start,
            Visit.started_at < end,
            Visit.cl % 2 == 1,
        )
    ).all()
    purposes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    ages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    genders: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    member_visits = anonymous = 0
    for member_id, head_count, codes, age_low, age_high, gender in visit_rows:
        heads = 1 if member_id is not None else max(head_count or 1, 1)
        side = 0 if member_id is not None else 1
        if side == 0:
            member_visits += 1
        else:
            anonymous += heads
        for code in dict.fromkeys(codes or ()):
            purposes[code][side] += heads
        ages[_age_code(age_low, age_high)][side] += heads
        genders[_gender_code(gender)][side] += heads

    return DayTally(
        site_id=site_id,
        day=day,
        counted_at=now,
        visits=len(visit_rows),
        member_visits=member_visits,
        anonymous_people=anonymous,
        by_purpose=_purpose_lines(session, site_id, purposes),
        by_age=_age_lines(ages),
        by_gender=_gender_lines(genders),
        stations=_stations(session, site_id, start, end, now),
        running=_running(session, site_id, start, end),
        **_bookings(session, site_id, start, end),
        **_queue(session, site_id, start, end),
    )


def _age_code(low: int | None, high: int | None) -> str:
    """The desk's band of a visit's age (a member's exact age, or the band an anonymous head
    count was given)."""
    if low is None:
        return AGE_NOT_GIVEN
    for band in DESK_AGE_BANDS:
        if band.low == low and band.high == high:
            return band.code
    held = band_of(low)
    return held.code if held is not None else AGE_NOT_GIVEN


def _gender_code(gender: str | None) -> str:
    known = {g.value for g in Gender}
    return gender if gender in known else Gender.NOT_GIVEN.value


def _purpose_lines(
    session: Session, site_id: str, counted: dict[str, list[int]]
) -> tuple[TallyLine, ...]:
    """The site's purposes in its order (even those nobody came for), then any other purpose
    a visit of the day named (one since taken off the list)."""
    offered = [p.code for p in visit_service.purposes(session, site_id)]
    order = offered + sorted(c for c in counted if c not in offered)
    labels = dict(session.execute(select(VisitPurpose.code, VisitPurpose.label)).tuples().all())
    return tuple(
        TallyLine(code, labels.get(code, code), *counted.get(code, (0, 0))) for code in order
    )


def _age_lines(counted: dict[str, list[int]]) -> tuple[TallyLine, ...]:
    codes = [b.code for b in DESK_AGE_BANDS] + [AGE_NOT_GIVEN]
    return tuple(TallyLine(code, age_label(code), *counted.get(code, (0, 0))) for code in codes)


def age_label(code: str) -> str:
    if code == AGE_NOT_GIVEN:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("DayTally", "Age not given"))
    band = next(b for b in DESK_AGE_BANDS if b.code == code)
    if band.high is None:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("DayTally", "{low} and over")).format(
            low=band.low
        )
    return translate(CONTEXT, QT_TRANSLATE_NOOP("DayTally", "{low} to {high}")).format(
        low=band.low, high=band.high
    )


def _gender_lines(counted: dict[str, list[int]]) -> tuple[TallyLine, ...]:
    return tuple(
        TallyLine(g.value, translate("People", GENDER_LABELS[g]), *counted.get(g.value, (0, 0)))
        for g in (Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.NOT_GIVEN)
    )


def _stations(
    session: Session, site_id: str, start: datetime, end: datetime, now: datetime
) -> tuple[StationUse, ...]:
    """Minutes at each workstation of the sessions begun that day; every workstation of the
    site is listed, used or not."""
    uses = session.execute(
        select(
            WorkstationUse.workstation_id, WorkstationUse.started_at, WorkstationUse.ended_at
        ).where(
            WorkstationUse.site_id == site_id,
            WorkstationUse.started_at >= start,
            WorkstationUse.started_at < end,
            WorkstationUse.cl % 2 == 1,
        )
    ).all()
    sessions: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    for workstation_id, started_at, ended_at in uses:
        sessions[workstation_id] += 1
        seconds[workstation_id] += max(int(((ended_at or now) - started_at).total_seconds()), 0)
    stations = session.execute(
        select(Workstation.id, Workstation.label, Workstation.cl)
        .where(Workstation.site_id == site_id)
        .order_by(Workstation.position, Workstation.label)
    ).all()
    listed = [
        (ws_id, label)
        for ws_id, label, cl in stations
        if cl % 2 == 1 or ws_id in sessions  # a removed workstation still counts its day
    ]
    return tuple(
        StationUse(label, sessions[ws_id], (seconds[ws_id] + 30) // 60) for ws_id, label in listed
    )


def _running(session: Session, site_id: str, start: datetime, end: datetime) -> int:
    return len(
        session.scalars(
            select(WorkstationUse.id).where(
                WorkstationUse.site_id == site_id,
                WorkstationUse.ended_at.is_(None),
                WorkstationUse.started_at >= start,
                WorkstationUse.started_at < end,
                WorkstationUse.cl % 2 == 1,
            )
        ).all()
    )


def _bookings(session: Session, site_id: str, start: datetime, end: datetime) -> dict[str, int]:
    rows = session.execute(
        select(
            Booking.block_id, Booking.cancelled_at, Booking.arrived_at, Booking.released_at
        ).where(
            Booking.site_id == site_id,
            Booking.starts_at >= start,
            Booking.starts_at < end,
            Booking.cl % 2 == 1,
        )
    ).all()
    counted: Counter[str] = Counter()
    blocks: set[str] = set()
    for block_id, cancelled_at, arrived_at, released_at in rows:
        if block_id is not None:
            if cancelled_at is None:
                blocks.add(block_id)
        elif cancelled_at is not None:
            counted["cancelled"] += 1
        elif arrived_at is not None:
            counted["honoured"] += 1
        elif released_at is not None:
            counted["no_show"] += 1
        else:
            counted["pending"] += 1
    return {
        "bookings_honoured": counted["honoured"],
        "no_shows": counted["no_show"],
        "bookings_cancelled": counted["cancelled"],
        "bookings_pending": counted["pending"],
        "block_bookings": len(blocks),
    }


def _queue(session: Session, site_id: str, start: datetime, end: datetime) -> dict[str, int]:
    outcomes = _count(
        session.scalars(
            select(QueueEntry.outcome).where(
                QueueEntry.site_id == site_id,
                QueueEntry.joined_at >= start,
                QueueEntry.joined_at < end,
                QueueEntry.cl % 2 == 1,
            )
        )
    )
    return {
        "queue_joined": sum(outcomes.values()),
        "queue_seated": outcomes[_SEATED],
        "queue_left": outcomes[_LEFT],
        "queue_waiting": outcomes[None],
    }


def _count(values: Iterable[str | None]) -> Counter[str | None]:
    return Counter(values)
