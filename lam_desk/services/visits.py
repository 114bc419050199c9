"""Check-in and visits at the desk: a member's or an anonymous visit with its purposes and the
statistics snapshot of the day, check-out, today's visits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db.models import (
    Member,
    QueueEntry,
    SiteSettings,
    Visit,
    VisitPurpose,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain import people, visits as rules
from lam_desk.domain.wallclock import paris_day_bounds, paris_today, to_paris
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import uuid7
from lam_desk.services.dto import PurposeRow, VisitLine, Who
from lam_desk.services.members import get_member
from lam_desk.sync import capture

_CONTEXT = "Visits"


def purposes(session: Session, site_id: str | None = None) -> list[PurposeRow]:
    """The reasons for a visit the desk offers: the active ones in the coordinator's order,
    or those the site's settings choose, in the site's order."""
    active = [
        PurposeRow(p.code, p.label)
        for p in session.scalars(
            select(VisitPurpose)
            .where(VisitPurpose.active.is_(True), VisitPurpose.cl % 2 == 1)
            .order_by(VisitPurpose.position, VisitPurpose.label)
        )
    ]
    if site_id is None:
        return active
    chosen = session.scalars(
        select(SiteSettings.purpose_codes)
        .where(SiteSettings.site_id == site_id, SiteSettings.cl % 2 == 1)
        .limit(1)
    ).first()
    if not chosen:
        return active
    by_code = {p.code: p for p in active}
    return [by_code[code] for code in chosen if code in by_code]


def check_in_member(
    session: Session,
    site_id: str,
    member_id: str,
    purpose_codes: Sequence[str],
    staff_user_id: str | None,
    now: datetime,
) -> VisitLine:
    """Record a member's visit, with the member as they are today for the statistics."""
    chosen = _checked_purposes(session, site_id, purpose_codes)
    member = get_member(session, member_id)
    if member is None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Visits", "This card is no longer in the directory (erased or replaced)."
            ),
        )
    open_visit = _open_visit_today(session, site_id, member.id, now)
    if open_visit is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Visits", "This person is already checked in, since {at}."),
            at=to_paris(open_visit.started_at).strftime("%H:%M"),
        )
    snapshot = rules.member_snapshot(
        paris_today(now), member.birth_year, member.gender, member.commune_insee, member.status
    )
    visit = _new_visit(site_id, member.id, 1, None, chosen, staff_user_id, now, snapshot)
    session.add(visit)
    session.flush()
    return _line(
        visit,
        Who(member.id, _name(member.given_name, member.family_name), member.card_number, None, 1),
        _labels(session),
    )


def check_in_anonymous(
    session: Session,
    site_id: str,
    purpose_codes: Sequence[str],
    staff_user_id: str | None,
    now: datetime,
    *,
    head_count: int = 1,
    age_band: str | None = None,
    gender: str | None = None,
    ticket: bool = False,
) -> VisitLine:
    """Count people who give no name; with ``ticket``, give them an anonymous ticket of the
    day ("T-4") they can be seated or queued with."""
    rules.check_head_count(head_count)
    chosen = _checked_purposes(session, site_id, purpose_codes)
    snapshot = rules.anonymous_snapshot(age_band, gender)
    number = None
    if ticket:
        start, end = paris_day_bounds(paris_today(now))
        number = rules.next_ticket(
            session.scalars(
                select(Visit.ticket).where(
                    Visit.site_id == site_id,
                    Visit.started_at >= start,
                    Visit.started_at < end,
                    Visit.ticket.is_not(None),
                )
            )
        )
    visit = _new_visit(site_id, None, head_count, number, chosen, staff_user_id, now, snapshot)
    session.add(visit)
    session.flush()
    return _line(visit, Who(None, "", "", number, head_count), _labels(session))


def check_out(
    session: Session, visit_id: str, now: datetime, clocks: Mapping[str, str] | None = None
) -> None:
    """The person leaves: the visit ends, and so does their session at a workstation and
    their place in the queue."""
    visit = session.get(Visit, visit_id)
    if visit is None or not visit.alive:
        raise _gone()
    if visit.ended_at is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Visits", "This visit was already closed at {at}."),
            at=to_paris(visit.ended_at).strftime("%H:%M"),
        )
    if clocks:
        capture.set_base(session, visit, clocks)
    visit.ended_at = max(now, visit.started_at)
    for use in session.scalars(
        select(WorkstationUse).where(
            WorkstationUse.visit_id == visit_id,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.cl % 2 == 1,
        )
    ):
        use.ended_at = max(now, use.started_at)
    for entry in session.scalars(
        select(QueueEntry).where(
            QueueEntry.visit_id == visit_id,
            QueueEntry.left_at.is_(None),
            QueueEntry.cl % 2 == 1,
        )
    ):
        entry.left_at = max(now, entry.joined_at)
        entry.outcome = "left"


def todays_visits(session: Session, site_id: str, now: datetime) -> list[VisitLine]:
    """Today's visits of the site, the latest first, with where each person sits now and
    whether they wait in the queue."""
    start, end = paris_day_bounds(paris_today(now))
    rows = session.execute(
        select(Visit, Member.given_name, Member.family_name, Member.card_number)
        .outerjoin(Member, Member.id == Visit.member_id)
        .where(
            Visit.site_id == site_id,
            Visit.started_at >= start,
            Visit.started_at < end,
            Visit.cl % 2 == 1,
        )
        .order_by(Visit.started_at.desc())
    ).all()
    seated = dict(
        session.execute(
            select(WorkstationUse.visit_id, Workstation.label)
            .join(Workstation, Workstation.id == WorkstationUse.workstation_id)
            .where(
                WorkstationUse.site_id == site_id,
                WorkstationUse.ended_at.is_(None),
                WorkstationUse.cl % 2 == 1,
            )
        )
        .tuples()
        .all()
    )
    waiting = set(
        session.scalars(
            select(QueueEntry.visit_id).where(
                QueueEntry.site_id == site_id,
                QueueEntry.left_at.is_(None),
                QueueEntry.cl % 2 == 1,
            )
        )
    )
    labels = _labels(session)
    return [
        _line(
            visit,
            who_of(visit, given, family, card),
            labels,
            workstation=seated.get(visit.id),
            waiting=visit.id in waiting,
        )
        for visit, given, family, card in rows
    ]


def who_of(visit: Visit, given: str | None, family: str | None, card: str | None) -> Who:
    """Who a visit is, from the visit and its member's name columns (None: anonymous)."""
    if visit.member_id is None:
        return Who(None, "", "", visit.ticket, visit.head_count)
    return Who(visit.member_id, _name(given or "", family or ""), card or "", None, 1)


def open_visit(session: Session, visit_id: str) -> Visit:
    """A visit still open, or a UserError (it ended or is gone since the desk read it)."""
    visit = session.get(Visit, visit_id)
    if visit is None or not visit.alive:
        raise _gone()
    if visit.ended_at is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Visits", "This person has been checked out meanwhile."),
        )
    return visit


def _gone() -> UserError:
    return UserError(
        _CONTEXT, QT_TRANSLATE_NOOP("Visits", "This visit no longer exists (removed meanwhile).")
    )


def open_visit_of_member(
    session: Session, site_id: str, member_id: str, now: datetime
) -> str | None:
    """The id of the member's visit of today still open at this site, if any."""
    visit = _open_visit_today(session, site_id, member_id, now)
    return visit.id if visit is not None else None


def _open_visit_today(
    session: Session, site_id: str, member_id: str, now: datetime
) -> Visit | None:
    start, end = paris_day_bounds(paris_today(now))
    return session.scalars(
        select(Visit)
        .where(
            Visit.site_id == site_id,
            Visit.member_id == member_id,
            Visit.started_at >= start,
            Visit.started_at < end,
            Visit.ended_at.is_(None),
            Visit.cl % 2 == 1,
        )
        .limit(1)
    ).first()


def _checked_purposes(session: Session, site_id: str, codes: Sequence[str]) -> list[str]:
    known = {p.code for p in purposes(session, site_id)}
    return rules.check_purposes(codes, known)


def _labels(session: Session) -> dict[str, str]:
    # (.all(): a Result has keys() of its own, which dict() would take for a mapping's)
    return dict(session.execute(select(VisitPurpose.code, VisitPurpose.label)).tuples().all())


def _new_visit(
    site_id: str,
    member_id: str | None,
    head_count: int,
    ticket: str | None,
    purpose_codes: list[str],
    staff_user_id: str | None,
    now: datetime,
    snapshot: rules.Snapshot,
) -> Visit:
    return Visit(
        id=uuid7(),
        site_id=site_id,
        member_id=member_id,
        head_count=head_count,
        ticket=ticket,
        purpose_codes=purpose_codes,
        started_at=now,
        ended_at=None,
        staff_user_id=staff_user_id,
        snapshot_age_low=snapshot.age_low,
        snapshot_age_high=snapshot.age_high,
        snapshot_gender=snapshot.gender,
        snapshot_commune_insee=snapshot.commune_insee,
        snapshot_status=snapshot.status,
    )


def _line(
    visit: Visit,
    who: Who,
    labels: Mapping[str, str],
    *,
    workstation: str | None = None,
    waiting: bool = False,
) -> VisitLine:
    return VisitLine(
        id=visit.id,
        who=who,
        purposes=tuple(labels.get(code, code) for code in visit.purpose_codes or ()),
        started_at=visit.started_at,
        ended_at=visit.ended_at,
        workstation=workstation,
        waiting=waiting,
    )


def _name(given: str, family: str) -> str:
    return people.display_name(family, given)
