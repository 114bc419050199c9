"""Opening and closing a site's day: what earlier days left unfinished (visits left open,
sessions at a workstation never ended, bookings nobody marked) and settling it; the clôture,
which ends what is still running, releases the unclaimed bookings, records who closed and
counts the day; and the changes still waiting to be sent to the central store.

Loose ends of an earlier day are closed at their **last known moment**, not at that day's
closing time: a visit ends when its last session at a workstation ended (or was planned to
end), or at its check-in when it had none; a session at its planned end. Nobody is counted as
present, nor a workstation as used, for hours the desk never saw.

The clôture may be done again the same day (people come back after it, an evening workshop):
each one ends what is open then and is recorded; the tally is always counted from the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from lam_desk.db.models import (
    AuditEntry,
    Booking,
    FoadTime,
    Member,
    OutboxOp,
    QueueEntry,
    StaffUser,
    SyncState,
    Visit,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain import people
from lam_desk.domain.bookings import HeldSlot, release_moment as booking_rules_release
from lam_desk.domain.wallclock import paris_day_bounds, paris_today, to_paris
from lam_desk.ids import uuid7
from lam_desk.services import bookings, sites, tally
from lam_desk.services.dto import (
    ClosingDone,
    ClosingPreview,
    DayClosing,
    FoadRunning,
    LooseBooking,
    LooseEnds,
    LooseEndsSettled,
    LooseUse,
    LooseVisit,
    OpenVisitNow,
    SeatedNow,
    StaffRow,
    SyncBacklog,
    Who,
)
from lam_desk.services.visits import who_of

DAY_CLOSED = "day_closed"
LOOSE_ENDS_SETTLED = "loose_ends_settled"
_LEFT = "left"


# --- the changes waiting for the central store ---------------------------------------------


def sync_backlog(session: Session) -> SyncBacklog:
    """This desk's changes the central store has not acknowledged yet, and whether the desk
    knows a central store at all."""
    pending, oldest = session.execute(
        select(func.count(), func.min(OutboxOp.created_at)).where(OutboxOp.acked_at.is_(None))
    ).one()
    url = session.scalar(select(SyncState.central_url).limit(1))
    return SyncBacklog(int(pending or 0), oldest, bool(url))


# --- the clôtures recorded ----------------------------------------------------------------------


def closing_of_day(session: Session, site_id: str, now: datetime) -> DayClosing | None:
    """The last clôture of the site on the day of ``now``, if any."""
    start, end = paris_day_bounds(paris_today(now))
    return _last_closing(session, site_id, start, end)


def _last_closing(
    session: Session, site_id: str, start: datetime | None, end: datetime
) -> DayClosing | None:
    query = select(AuditEntry).where(
        AuditEntry.site_id == site_id,
        AuditEntry.action == DAY_CLOSED,
        AuditEntry.at < end,
        AuditEntry.cl % 2 == 1,
    )
    if start is not None:
        query = query.where(AuditEntry.at >= start)
    entry = session.scalars(query.order_by(AuditEntry.at.desc()).limit(1)).first()
    if entry is None:
        return None
    staff_id = (entry.changes or {}).get("staff_user_id")
    account = session.get(StaffUser, staff_id) if isinstance(staff_id, str) else None
    return DayClosing(entry.at, account.display_name if account is not None else entry.actor)


# --- loose ends of earlier days -----------------------------------------------------------------


def loose_ends(session: Session, site_id: str, now: datetime) -> LooseEnds:
    """What days before today left open at the site, and when settling would close each."""
    today_start, _ = paris_day_bounds(paris_today(now))
    found = _LooseRows.read(session, site_id, today_start)
    return LooseEnds(
        site_id=site_id,
        read_at=now,
        visits=found.visit_lines(session),
        uses=found.use_lines(session),
        bookings=_unmarked_bookings(session, site_id, today_start),
        sync=sync_backlog(session),
        last_closing=_last_closing(session, site_id, None, paris_day_bounds(paris_today(now))[1]),
        foad=_running_foad(session, site_id, today_start),
    )


def settle_loose_ends(
    session: Session, site_id: str, now: datetime, actor: StaffRow | str
) -> LooseEndsSettled:
    """Close what earlier days left open, each at its last known moment, and release the
    bookings nobody marked as no-shows (the bookings rule); recorded in the audit log."""
    settled = _settle(session, site_id, now)
    if (
        settled.visits_closed
        or settled.uses_ended
        or settled.bookings_released
        or settled.foad_ended
    ):
        _audit(
            session,
            site_id,
            now,
            actor,
            LOOSE_ENDS_SETTLED,
            {
                "visits_closed": settled.visits_closed,
                "uses_ended": settled.uses_ended,
                "bookings_released": settled.bookings_released,
                "queue_left": settled.queue_left,
                "foad_ended": settled.foad_ended,
            },
        )
    return settled


def _settle(session: Session, site_id: str, now: datetime) -> LooseEndsSettled:
    today_start, _ = paris_day_bounds(paris_today(now))
    found = _LooseRows.read(session, site_id, today_start)
    for use in found.uses:
        use.ended_at = found.use_end(use)
    closes = {visit.id: found.visit_end(visit)[0] for visit in found.visits}
    for visit in found.visits:
        visit.ended_at = closes[visit.id]
    for entry in found.queue:
        # When the person gave up is not known: the last moment the desk saw them waiting.
        entry.left_at = entry.joined_at
        entry.outcome = _LEFT
    released = _release_earlier(session, site_id, today_start)
    from lam_desk.services import training  # FOAD: the training service, read when needed

    foad = training.settle_foad_times(session, site_id, now, all_day=False)
    session.flush()
    return LooseEndsSettled(len(found.visits), len(found.uses), released, len(found.queue), foad)


def _release_earlier(session: Session, site_id: str, before: datetime) -> int:
    """Earlier days' bookings nobody marked, released as no-shows at the moment the bookings
    rule gives (the end of the site's delay)."""
    booking_rules = sites.booking_rules(session, site_id)
    due = session.scalars(_unmarked(site_id).where(Booking.starts_at < before)).all()
    for booking in due:
        slot = HeldSlot(
            booking_id=booking.id,
            workstation_id=booking.workstation_id,
            starts_at=booking.starts_at,
            ends_at=booking.ends_at,
        )
        booking.released_at = booking_rules_release(slot, booking_rules)
    return len(due)


class _LooseRows:
    """The open rows of a site begun before ``before``, and the moments they would close at."""

    def __init__(
        self,
        visits: list[Visit],
        uses: list[WorkstationUse],
        queue: list[QueueEntry],
        visit_uses: list[WorkstationUse],
        visit_queue: list[QueueEntry],
    ) -> None:
        self.visits = visits
        self.uses = uses
        self.queue = queue
        self._visit_uses = visit_uses
        self._visit_queue = visit_queue

    @classmethod
    def read(cls, session: Session, site_id: str, before: datetime) -> _LooseRows:
        visits = list(
            session.scalars(
                select(Visit)
                .where(
                    Visit.site_id == site_id,
                    Visit.ended_at.is_(None),
                    Visit.started_at < before,
                    Visit.cl % 2 == 1,
                )
                .order_by(Visit.started_at)
            )
        )
        uses = list(
            session.scalars(
                select(WorkstationUse)
                .where(
                    WorkstationUse.site_id == site_id,
                    WorkstationUse.ended_at.is_(None),
                    WorkstationUse.started_at < before,
                    WorkstationUse.cl % 2 == 1,
                )
                .order_by(WorkstationUse.started_at)
            )
        )
        queue = list(
            session.scalars(
                select(QueueEntry).where(
                    QueueEntry.site_id == site_id,
                    QueueEntry.left_at.is_(None),
                    QueueEntry.joined_at < before,
                    QueueEntry.cl % 2 == 1,
                )
            )
        )
        ids = [v.id for v in visits]
        visit_uses = list(
            session.scalars(
                select(WorkstationUse).where(
                    WorkstationUse.visit_id.in_(ids), WorkstationUse.cl % 2 == 1
                )
            )
        )
        visit_queue = list(
            session.scalars(
                select(QueueEntry).where(QueueEntry.visit_id.in_(ids), QueueEntry.cl % 2 == 1)
            )
        )
        return cls(visits, uses, queue, visit_uses, visit_queue)

    @staticmethod
    def use_end(use: WorkstationUse) -> datetime:
        """The planned end (the desk's timer), never past the day the session began."""
        _, day_end = paris_day_bounds(to_paris(use.started_at).date())
        return max(min(use.planned_end_at, day_end), use.started_at)

    def visit_end(self, visit: Visit) -> tuple[datetime, bool]:
        """The visit's last known moment, and whether it is the end of a session."""
        moment, seated = visit.started_at, False
        for use in self._visit_uses:
            if use.visit_id != visit.id:
                continue
            end = use.ended_at or self.use_end(use)
            if end >= moment:
                moment, seated = end, True
        for entry in self._visit_queue:
            if entry.visit_id == visit.id and (entry.left_at or entry.joined_at) > moment:
                moment, seated = entry.left_at or entry.joined_at, False
        _, day_end = paris_day_bounds(to_paris(visit.started_at).date())
        return min(moment, day_end), seated

    def visit_lines(self, session: Session) -> tuple[LooseVisit, ...]:
        whos = _whos(session, self.visits)
        lines = []
        for visit in self.visits:
            closes_at, seated = self.visit_end(visit)
            lines.append(LooseVisit(visit.id, whos[visit.id], visit.started_at, closes_at, seated))
        return tuple(lines)

    def use_lines(self, session: Session) -> tuple[LooseUse, ...]:
        visit_ids = {u.visit_id for u in self.uses}
        visits = list(session.scalars(select(Visit).where(Visit.id.in_(visit_ids))))
        whos = _whos(session, visits)
        labels = _labels(session, {u.workstation_id for u in self.uses})
        return tuple(
            LooseUse(
                u.id,
                labels.get(u.workstation_id, "?"),
                whos.get(u.visit_id, Who(None, "", "", None, 1)),
                u.started_at,
                self.use_end(u),
            )
            for u in self.uses
        )


def _unmarked(site_id: str) -> Select[tuple[Booking]]:
    """The site's bookings nobody marked: not arrived, not released, not cancelled (block
    bookings are for groups: never no-shows)."""
    return select(Booking).where(
        Booking.site_id == site_id,
        Booking.block_id.is_(None),
        Booking.cancelled_at.is_(None),
        Booking.arrived_at.is_(None),
        Booking.released_at.is_(None),
        Booking.cl % 2 == 1,
    )


def _unmarked_bookings(
    session: Session, site_id: str, before: datetime
) -> tuple[LooseBooking, ...]:
    """Bookings begun before ``before`` that nobody marked."""
    return _booking_lines(session, site_id, Booking.starts_at < before)


def _booking_lines(
    session: Session, site_id: str, *where: ColumnElement[bool]
) -> tuple[LooseBooking, ...]:
    query = (
        _unmarked(site_id)
        .add_columns(Workstation.label, Member.given_name, Member.family_name)
        .join(Workstation, Workstation.id == Booking.workstation_id)
        .outerjoin(Member, Member.id == Booking.member_id)
        .where(*where)
        .order_by(Booking.starts_at, Workstation.position)
    )
    return tuple(
        LooseBooking(
            b.id,
            b.starts_at,
            b.ends_at,
            label,
            people.display_name(family, given) if family is not None else b.caller_name,
        )
        for b, label, given, family in session.execute(query).tuples()
    )


# --- the clôture ----------------------------------------------------------------------------------


def preview(session: Session, site_id: str, now: datetime) -> ClosingPreview:
    """What the clôture would do now: the sessions it ends, the visits it closes (and the
    queue they leave), the bookings it releases as no-shows and those it leaves for later
    today, the loose ends of earlier days it settles too."""
    day = paris_today(now)
    start, end = paris_day_bounds(day)
    seated = session.execute(
        select(WorkstationUse, Workstation.label)
        .join(Workstation, Workstation.id == WorkstationUse.workstation_id)
        .where(
            WorkstationUse.site_id == site_id,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.started_at >= start,
            WorkstationUse.cl % 2 == 1,
        )
        .order_by(Workstation.position, Workstation.label)
    ).all()
    visits = list(
        session.scalars(
            select(Visit)
            .where(
                Visit.site_id == site_id,
                Visit.started_at >= start,
                Visit.started_at < end,
                Visit.ended_at.is_(None),
                Visit.cl % 2 == 1,
            )
            .order_by(Visit.started_at)
        )
    )
    use_visits = list(
        session.scalars(select(Visit).where(Visit.id.in_({u.visit_id for u, _ in seated})))
    )
    whos = _whos(session, [*visits, *use_visits])
    at_station = {u.visit_id: label for u, label in seated}
    waiting = set(
        session.scalars(
            select(QueueEntry.visit_id).where(
                QueueEntry.site_id == site_id,
                QueueEntry.left_at.is_(None),
                QueueEntry.cl % 2 == 1,
            )
        )
    )
    unclaimed, ahead = _todays_open_bookings(session, site_id, start, end, now)
    return ClosingPreview(
        foad=tuple(f for f in _running_foad(session, site_id, None) if f.started_at >= start),
        site_id=site_id,
        day=day,
        read_at=now,
        seated=tuple(
            SeatedNow(label, whos[u.visit_id], u.started_at, u.planned_end_at)
            for u, label in seated
        ),
        open_visits=tuple(
            OpenVisitNow(whos[v.id], v.started_at, at_station.get(v.id), v.id in waiting)
            for v in visits
        ),
        unclaimed=unclaimed,
        ahead=ahead,
        loose=loose_ends(session, site_id, now),
        closed_today=_last_closing(session, site_id, start, end),
    )


def _todays_open_bookings(
    session: Session, site_id: str, start: datetime, end: datetime, now: datetime
) -> tuple[tuple[LooseBooking, ...], tuple[LooseBooking, ...]]:
    lines = _booking_lines(session, site_id, Booking.starts_at >= start, Booking.starts_at < end)
    return (
        tuple(b for b in lines if b.starts_at <= now),
        tuple(b for b in lines if b.starts_at > now),
    )


def close_day(session: Session, site_id: str, now: datetime, actor: StaffRow) -> ClosingDone:
    """The clôture, in the caller's one transaction: settle earlier days' loose ends; end the
    sessions still running and close the visits still open, at ``now`` (their places in the
    queue end as "left"); release the day's bookings nobody claimed as no-shows (past the
    site's delay by the bookings rule, at its end; those started within it, now); record who
    closed; count the day. A FOAD time still running ends at its start: it counts no hours
    until a correction gives the real departure (the preview lists them first)."""
    day = paris_today(now)
    start, end = paris_day_bounds(day)
    earlier = _settle(session, site_id, now)

    uses = session.scalars(
        select(WorkstationUse).where(
            WorkstationUse.site_id == site_id,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.cl % 2 == 1,
        )
    ).all()
    for use in uses:
        # A session whose time was up long before the clôture ends at its planned end, as the
        # next morning's settling would end it: the statistics do not depend on when the desk
        # closed.
        use.ended_at = max(min(now, use.planned_end_at), use.started_at)
    visits = session.scalars(
        select(Visit).where(
            Visit.site_id == site_id,
            Visit.started_at >= start,
            Visit.started_at < end,
            Visit.ended_at.is_(None),
            Visit.cl % 2 == 1,
        )
    ).all()
    for visit in visits:
        visit.ended_at = max(now, visit.started_at)
    queue = session.scalars(
        select(QueueEntry).where(
            QueueEntry.site_id == site_id,
            QueueEntry.left_at.is_(None),
            QueueEntry.cl % 2 == 1,
        )
    ).all()
    for entry in queue:
        entry.left_at = max(now, entry.joined_at)
        entry.outcome = _LEFT

    # Nobody pressed Departure for these: the desk did not see when the learner left.
    from lam_desk.services import training

    foad = training.settle_foad_times(session, site_id, now, all_day=True)

    released = bookings.release_no_shows(session, site_id, now=now)
    started_unclaimed = session.scalars(
        _unmarked(site_id).where(Booking.starts_at >= start, Booking.starts_at <= now)
    ).all()
    for booking in started_unclaimed:
        # Still within the no-show delay: the desk closes, nobody will claim it now.
        booking.released_at = min(max(now, booking.starts_at), booking.ends_at)
    released += len(started_unclaimed)

    # A name given on the phone serves until the arrival; a booking over and never given
    # its member keeps its time and outcome, not the name (DESIGN.md §6: the minimum).
    for booking in session.scalars(
        select(Booking).where(
            Booking.site_id == site_id,
            Booking.member_id.is_(None),
            Booking.caller_name != "",
            Booking.ends_at <= now,
            Booking.cl % 2 == 1,
        )
    ):
        booking.caller_name = ""

    counts = {
        "day": day.isoformat(),
        "uses_ended": len(uses),
        "visits_closed": len(visits),
        "bookings_released": released,
        "queue_left": len(queue),
        "foad_ended": foad,
        "earlier_visits_closed": earlier.visits_closed,
        "earlier_uses_ended": earlier.uses_ended,
        "earlier_foad_ended": earlier.foad_ended,
    }
    _audit(session, site_id, now, actor, DAY_CLOSED, counts)
    session.flush()
    return ClosingDone(
        closing=DayClosing(now, actor.display_name),
        uses_ended=len(uses),
        visits_closed=len(visits),
        bookings_released=released,
        queue_left=len(queue),
        earlier=earlier,
        tally=tally.day_tally(session, site_id, day, now),
        sync=sync_backlog(session),
        foad_ended=foad,
    )


# --- helpers ----------------------------------------------------------------------------------


def _audit(
    session: Session,
    site_id: str,
    now: datetime,
    actor: StaffRow | str,
    action: str,
    counts: dict[str, object],
) -> None:
    """Who closed or settled, when, and how many rows: never a person's values."""
    changes = dict(counts)
    name = actor
    if isinstance(actor, StaffRow):
        changes["staff_user_id"] = actor.id
        name = actor.username
    session.add(
        AuditEntry(
            id=uuid7(),
            site_id=site_id,
            at=now,
            actor=str(name)[:80],
            action=action,
            entity="site",
            row_id=site_id,
            changes=changes,
        )
    )


def _running_foad(
    session: Session, site_id: str, before: datetime | None
) -> tuple[FoadRunning, ...]:
    """The site's FOAD times still running (begun before ``before``, when given)."""
    query = (
        select(
            FoadTime.time_in, Member.id, Member.given_name, Member.family_name, Member.card_number
        )
        .join(Member, Member.id == FoadTime.member_id)
        .where(FoadTime.site_id == site_id, FoadTime.time_out.is_(None), FoadTime.cl % 2 == 1)
        .order_by(FoadTime.time_in)
    )
    if before is not None:
        query = query.where(FoadTime.time_in < before)
    return tuple(
        FoadRunning(Who(member_id, people.display_name(family, given), card, None, 1), time_in)
        for time_in, member_id, given, family, card in session.execute(query)
    )


def _whos(session: Session, visits: Iterable[Visit]) -> dict[str, Who]:
    visits = list(visits)
    member_ids = {v.member_id for v in visits if v.member_id is not None}
    names = {
        member_id: (given, family, card)
        for member_id, given, family, card in session.execute(
            select(Member.id, Member.given_name, Member.family_name, Member.card_number).where(
                Member.id.in_(member_ids)
            )
        )
    }
    return {v.id: who_of(v, *names.get(v.member_id or "", (None, None, None))) for v in visits}


def _labels(session: Session, workstation_ids: set[str]) -> dict[str, str]:
    return dict(
        session.execute(
            select(Workstation.id, Workstation.label).where(Workstation.id.in_(workstation_ids))
        )
        .tuples()
        .all()
    )
