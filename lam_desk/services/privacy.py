"""Personal data at the desk (DESIGN.md §6): export everything about a member, erase a
member, purge the members inactive for too long.

Erasure wipes the card's personal fields and marks it erased by a synced change, wipes and
deletes the contact kept here, clears the name said on the phone for their bookings, cancels
their future bookings and enrolments, and scrubs their values from this desk's outbox.
Visits, enrolments and attendance keep their anonymous statistics snapshot (§4).

Funded training (GDPR Art. 17(3)(b)): while any attendance of the member at a session of a
funded course run (or FOAD time of a funded run) is inside its funding line's retention period,
the card keeps the family name, given name and birth year, **restricted**: the card is erased
(``erased_at`` set: it is found by no search, shown by no card, exported by nothing, and edits
to it are refused), and those three fields remain only so that the attendance records and
sheets of that funding stay whole for the funder's audit. Everything else is wiped at once.
When the last period ends, the purge wipes the names too. The end of the restriction is
computed from the attendance rows (and the FOAD times at a site) and their funding lines, never
stored.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from lam_desk.db.erasure_guard import ERASED_VALUES
from lam_desk.db.models import (
    Attendance,
    AuditEntry,
    Booking,
    Course,
    CourseRun,
    Enrolment,
    FoadTime,
    FundingLine,
    Member,
    MemberContact,
    OutboxOp,
    QueueEntry,
    Site,
    StaffUser,
    TrainingSession,
    Visit,
    VisitPurpose,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain.accounts import Role
from lam_desk.domain.permissions import Action, allowed
from lam_desk.domain.wallclock import paris_today
from lam_desk.errors import RefusedError, UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.services.dto import (
    ErasureDone,
    MemberRecord,
    PurgeCandidate,
    PurgeDone,
    PurgePreview,
    StaffRow,
)
from lam_desk.sync import capture

CONTEXT = "Privacy"
EXPORT_FORMAT = "lam-desk-member-export/1"
DEFAULT_INACTIVE_YEARS = 3

Actor = StaffRow | str
"""Who acts: a desk account, or the command line as ``cli:<os user>`` (whoever may open the
data folder administers this desk)."""

# What an erased card holds instead of the person (the card number stays: a number is never
# given twice, and without the card it identifies nobody).
_IDENTITY = ("family_name", "given_name", "birth_year")
_WIPED_IDENTITY = {name: ERASED_VALUES[name] for name in _IDENTITY}
_WIPED_PROFILE = {name: v for name, v in ERASED_VALUES.items() if name not in _IDENTITY}
_WIPED_CONTACT: dict[str, object] = dict(MemberContact.__erased_values__)


# --- who may ---------------------------------------------------------------------------------


def _authorised(session: Session, actor: Actor, action: Action) -> str:
    """The name the audit log gives the actor, once their rights as stored now allow it."""
    if isinstance(actor, str):
        return actor
    current = session.get(StaffUser, actor.id)
    if (
        current is None
        or not current.alive
        or not current.active
        or not allowed(current.role, action)
    ):
        raise RefusedError(CONTEXT, _REFUSALS[action])
    return current.username


_REFUSALS = {
    Action.EXPORT_MEMBER: QT_TRANSLATE_NOOP("Privacy", "Your account may not export a member."),
    Action.ERASE_MEMBER: QT_TRANSLATE_NOOP("Privacy", "Your account may not erase a member."),
    Action.PURGE_MEMBERS: QT_TRANSLATE_NOOP(
        "Privacy", "Only a coordinator purges the inactive members."
    ),
}


def _audit(
    session: Session,
    *,
    actor: str,
    action: str,
    row_id: str,
    site_id: str | None,
    now: datetime,
    reason: str = "",
    changes: Mapping[str, object] | None = None,
) -> None:
    """An audit entry: ids, field names and dates only, never a person's values (an audit
    entry is append-only: it could not be scrubbed at an erasure)."""
    session.add(
        AuditEntry(
            site_id=site_id,
            at=now,
            actor=actor[:80],
            action=action,
            entity="member",
            row_id=row_id,
            reason=reason[:300],
            changes=dict(changes or {}),
        )
    )


# --- the person's cards ----------------------------------------------------------------------


def _card(session: Session, member_id: str) -> Member:
    """The card a member id leads to (following merges), alive and not erased."""
    member = session.get(Member, member_id.strip())
    followed = {member_id}
    while member is not None and (target := member.merged_into_id) is not None:
        if target in followed:  # a merge loop: no card survives it
            member = None
            break
        followed.add(target)
        member = session.get(Member, target)
    if member is None or not member.alive:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Privacy", "There is no member {member} at this desk."),
            member=member_id.strip()[:40],
        )
    if member.erased_at is not None:
        raise RefusedError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Privacy", "This member was erased: nothing about them is left."),
        )
    return member


def find_member_id(session: Session, text: str) -> str:
    """A member's id from what the command line was given: the id, or the card number."""
    text = text.strip()
    if session.get(Member, text) is not None:
        return text
    found = session.scalars(
        select(Member.id).where(Member.card_number == text.upper(), Member.cl % 2 == 1)
    ).all()
    if len(found) == 1:
        return found[0]
    raise UserError(
        CONTEXT,
        QT_TRANSLATE_NOOP("Privacy", "There is no member {member} at this desk."),
        member=text[:40],
    )


def _cards_of(session: Session, member: Member) -> list[Member]:
    """The card and every card merged into it (the same person), in one query per level."""
    cards = [member]
    frontier = [member.id]
    while frontier:
        merged = session.scalars(select(Member).where(Member.merged_into_id.in_(frontier))).all()
        merged = [m for m in merged if all(m.id != c.id for c in cards)]
        cards += merged
        frontier = [m.id for m in merged]
    return cards


# --- export ----------------------------------------------------------------------------------


def export_member(
    session: Session,
    actor: Actor,
    member_id: str,
    *,
    site_id: str | None,
    now: datetime | None = None,
) -> MemberRecord:
    """Everything this desk holds about a member (Art. 15): the card and cards merged into
    it, the contact if kept here, visits and their workstation use, bookings, queue entries,
    enrolments, attendance, and the audit entries about them. The export is audited."""
    name = _authorised(session, actor, Action.EXPORT_MEMBER)
    now = now or datetime.now(UTC)
    member = _card(session, member_id)
    cards = _cards_of(session, member)
    ids = [c.id for c in cards]
    sites = {s.id: s for s in session.scalars(select(Site))}
    desk_site = sites.get(site_id or "")

    def site(sid: str | None) -> str:
        found = sites.get(sid or "")
        return found.name if found is not None else ""

    contacts = session.scalars(
        select(MemberContact)
        .where(MemberContact.member_id.in_(ids), MemberContact.cl % 2 == 1)
        .order_by(MemberContact.id)
    ).all()
    visits = session.scalars(
        select(Visit)
        .where(Visit.member_id.in_(ids), Visit.cl % 2 == 1)
        .order_by(Visit.started_at, Visit.id)
    ).all()
    visit_ids = [v.id for v in visits]
    uses: dict[str, list[dict[str, object]]] = {}
    for use, label in session.execute(
        select(WorkstationUse, Workstation.label)
        .join(Workstation, Workstation.id == WorkstationUse.workstation_id, isouter=True)
        .where(WorkstationUse.visit_id.in_(visit_ids), WorkstationUse.cl % 2 == 1)
        .order_by(WorkstationUse.started_at)
    ):
        uses.setdefault(use.visit_id, []).append(
            {
                "workstation": label or "",
                "started_at": _iso(use.started_at),
                "planned_end_at": _iso(use.planned_end_at),
                "ended_at": _iso(use.ended_at),
            }
        )
    bookings = session.execute(
        select(Booking, Workstation.label)
        .join(Workstation, Workstation.id == Booking.workstation_id, isouter=True)
        .where(Booking.member_id.in_(ids), Booking.cl % 2 == 1)
        .order_by(Booking.starts_at, Booking.id)
    ).all()
    queue = session.scalars(
        select(QueueEntry)
        .where(QueueEntry.visit_id.in_(visit_ids), QueueEntry.cl % 2 == 1)
        .order_by(QueueEntry.joined_at)
    ).all()
    enrolments = session.execute(
        select(Enrolment, CourseRun, Course.title, TrainingSession.day)
        .join(CourseRun, CourseRun.id == Enrolment.course_run_id, isouter=True)
        .join(Course, Course.id == CourseRun.course_id, isouter=True)
        .join(TrainingSession, TrainingSession.id == Enrolment.training_session_id, isouter=True)
        .where(Enrolment.member_id.in_(ids), Enrolment.cl % 2 == 1)
        .order_by(Enrolment.requested_at, Enrolment.id)
    ).all()
    attendance = session.execute(
        select(Attendance, TrainingSession, Course.title)
        .join(TrainingSession, TrainingSession.id == Attendance.training_session_id, isouter=True)
        .join(CourseRun, CourseRun.id == TrainingSession.course_run_id, isouter=True)
        .join(Course, Course.id == CourseRun.course_id, isouter=True)
        .where(Attendance.member_id.in_(ids), Attendance.cl % 2 == 1)
        .order_by(TrainingSession.day, Attendance.half_day, Attendance.id)
    ).all()
    purposes = dict(session.execute(select(VisitPurpose.code, VisitPurpose.label)).tuples().all())
    contact_ids = [c.id for c in contacts]
    audit = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.row_id.in_([*ids, *contact_ids]),
            AuditEntry.entity.in_(("member", "member_contact")),
            AuditEntry.cl % 2 == 1,
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    ).all()

    from lam_desk.services.communes import commune_name

    def card(m: Member) -> dict[str, object]:
        return {
            "id": m.id,
            "card_number": m.card_number,
            "family_name": m.family_name,
            "given_name": m.given_name,
            "birth_year": m.birth_year,
            "gender": m.gender,
            "commune_insee": m.commune_insee,
            "commune": commune_name(m.commune_insee),
            "status": m.status,
            "home_site": site(m.home_site_id),
            "registered_on": _iso(m.registered_on),
            "merged_into_id": m.merged_into_id,
        }

    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "generated_at": _iso(now),
        "generated_by": name,
        "desk_site": desk_site.name if desk_site is not None else "",
        "member": card(member),
        "merged_cards": [card(c) for c in cards[1:]],
        "contacts": [
            {
                "home_site": site(c.home_site_id),
                "phone": c.phone,
                "email": c.email,
                "address": c.address,
                "postal_code": c.postal_code,
                "newsletter_consent": c.newsletter_consent,
                "photo_consent": c.photo_consent,
                "notice_accepted_on": _iso(c.notice_accepted_on),
                "charter_accepted_on": _iso(c.charter_accepted_on),
                "parental_authorisation_on": _iso(c.parental_authorisation_on),
                "guardian_name": c.guardian_name,
            }
            for c in contacts
        ],
        "visits": [
            {
                "site": site(v.site_id),
                "started_at": _iso(v.started_at),
                "ended_at": _iso(v.ended_at),
                "purposes": [purposes.get(code, code) for code in v.purpose_codes or []],
                "workstation_uses": uses.get(v.id, []),
            }
            for v in visits
        ],
        "bookings": [
            {
                "site": site(b.site_id),
                "workstation": label or "",
                "starts_at": _iso(b.starts_at),
                "ends_at": _iso(b.ends_at),
                "label": b.label,
                "cancelled_at": _iso(b.cancelled_at),
                "arrived_at": _iso(b.arrived_at),
                "released_at": _iso(b.released_at),
            }
            for b, label in bookings
        ],
        "queue_entries": [
            {
                "site": site(q.site_id),
                "joined_at": _iso(q.joined_at),
                "left_at": _iso(q.left_at),
                "outcome": q.outcome,
            }
            for q in queue
        ],
        "enrolments": [
            {
                "course": title or "",
                "run": run.label if run is not None else "",
                "session_day": _iso(day),
                "site": site(e.site_id),
                "requested_at": _iso(e.requested_at),
                "confirmed": e.server_order is not None,
                "cancelled_at": _iso(e.cancelled_at),
            }
            for e, run, title, day in enrolments
        ],
        "attendance": [
            {
                "course": title or "",
                "module": ts.module_title if ts is not None else "",
                "day": _iso(ts.day) if ts is not None else None,
                "half_day": a.half_day,
                "state": a.state,
                "arrival_time": a.arrival_time,
                "site": site(a.site_id),
            }
            for a, ts, title in attendance
        ],
        "audit_entries": [
            {
                "at": _iso(e.at),
                "actor": e.actor,
                "action": e.action,
                "reason": e.reason,
                "changes": e.changes,
            }
            for e in audit
        ],
    }
    _audit(
        session,
        actor=name,
        action="export_member",
        row_id=member.id,
        site_id=site_id,
        now=now,
    )
    return MemberRecord(
        member_id=member.id,
        card_number=member.card_number,
        family_name=member.family_name,
        given_name=member.given_name,
        generated_at=now,
        data=data,
    )


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- erasure ---------------------------------------------------------------------------------


def _check_home_site(session: Session, actor: Actor, member: Member) -> None:
    """An animator erases the members of the sites this desk serves; a member registered
    elsewhere is erased at their home site or by a coordinator (who answers for the whole
    network). The command line administers the desk: it is not refused here."""
    if isinstance(actor, str):
        return
    current = session.get(StaffUser, actor.id)
    if current is None or current.role == Role.COORDINATOR:
        return
    from lam_desk.services import node

    served = {site.id for site in node.node_info(session).served_sites}
    if member.home_site_id in served:
        return
    home = session.get(Site, member.home_site_id) if member.home_site_id else None
    raise RefusedError(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Privacy",
            "This member's home site is {site}: the card is erased there, or by a coordinator.",
        ),
        site=home.name if home is not None else "?",
    )


def erase_member(
    session: Session,
    actor: Actor,
    member_id: str,
    *,
    site_id: str | None,
    now: datetime | None = None,
) -> ErasureDone:
    """Erase a member (Art. 17) in the caller's write transaction: see the module's text."""
    name = _authorised(session, actor, Action.ERASE_MEMBER)
    now = now or datetime.now(UTC)
    member = _card(session, member_id)
    _check_home_site(session, actor, member)
    done = _erase(session, member, now)
    _audit(
        session,
        actor=name,
        action="erase_member",
        row_id=member.id,
        site_id=site_id,
        now=now,
        changes=_erasure_changes(done),
    )
    return done


def _erasure_changes(done: ErasureDone) -> dict[str, object]:
    return {
        "cards": done.cards,
        "restricted_until": _iso(done.restricted_until),
        "bookings_cancelled": done.bookings_cancelled,
        "enrolments_cancelled": done.enrolments_cancelled,
    }


def _erase(session: Session, member: Member, now: datetime) -> ErasureDone:
    cards = _cards_of(session, member)
    ids = [c.id for c in cards]
    restricted_until = funded_retention_end(session, ids, paris_today(now))
    wiped = dict(_WIPED_PROFILE)
    if restricted_until is None:
        wiped.update(_WIPED_IDENTITY)
    for card in cards:
        for field_name, value in wiped.items():
            setattr(card, field_name, value)
        card.erased_at = now
    contacts = session.scalars(select(MemberContact).where(MemberContact.member_id.in_(ids))).all()
    for contact in contacts:
        for field_name, value in _WIPED_CONTACT.items():
            setattr(contact, field_name, value)
        capture.mark_deleted(contact)
    bookings = session.scalars(select(Booking).where(Booking.member_id.in_(ids))).all()
    cancelled_bookings = 0
    for booking in bookings:
        booking.caller_name = ""
        if (
            booking.alive
            and booking.starts_at > now
            and booking.cancelled_at is None
            and booking.arrived_at is None
        ):
            booking.cancelled_at = now
            cancelled_bookings += 1
    cancelled_enrolments = 0
    for enrolment, ends_on in session.execute(
        select(Enrolment, CourseRun.ends_on)
        .join(CourseRun, CourseRun.id == Enrolment.course_run_id, isouter=True)
        .where(Enrolment.member_id.in_(ids), Enrolment.cancelled_at.is_(None))
    ):
        if enrolment.alive and (ends_on is None or ends_on >= paris_today(now)):
            enrolment.cancelled_at = now
            cancelled_enrolments += 1
    _scrub_outbox(
        session,
        member_ids=ids,
        contact_ids=[c.id for c in contacts],
        booking_ids=[b.id for b in bookings],
        keep_identity=restricted_until is not None,
    )
    return ErasureDone(
        member_id=member.id,
        card_number=member.card_number,
        cards=len(cards),
        restricted_until=restricted_until,
        bookings_cancelled=cancelled_bookings,
        enrolments_cancelled=cancelled_enrolments,
    )


def funded_retention_end(session: Session, member_ids: Sequence[str], today: date) -> date | None:
    """The last day their funded attendance must be kept, when that is after ``today``: the
    day of each attended session, and of each FOAD time at a site, plus the retention years
    of its run's funding line (or its course's). None when nothing funded is still kept."""
    line = func.coalesce(CourseRun.funding_line_id, Course.funding_line_id)
    rows = session.execute(
        select(TrainingSession.day, FundingLine.retention_years)
        .select_from(Attendance)
        .join(TrainingSession, TrainingSession.id == Attendance.training_session_id)
        .join(CourseRun, CourseRun.id == TrainingSession.course_run_id)
        .join(Course, Course.id == CourseRun.course_id, isouter=True)
        .join(FundingLine, FundingLine.id == line)
        .where(Attendance.member_id.in_(member_ids), Attendance.cl % 2 == 1)
    ).all()
    foad = session.execute(
        select(FoadTime.time_in, FundingLine.retention_years)
        .select_from(FoadTime)
        .join(Enrolment, Enrolment.id == FoadTime.enrolment_id)
        .join(CourseRun, CourseRun.id == Enrolment.course_run_id)
        .join(Course, Course.id == CourseRun.course_id, isouter=True)
        .join(FundingLine, FundingLine.id == line)
        .where(FoadTime.member_id.in_(member_ids), FoadTime.cl % 2 == 1)
    ).all()
    ends = [_add_years(day, years or 0) for day, years in rows]
    ends += [_add_years(paris_today(time_in), years or 0) for time_in, years in foad]
    last = max(ends, default=None)
    return last if last is not None and last > today else None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _scrub_outbox(
    session: Session,
    *,
    member_ids: Collection[str],
    contact_ids: Collection[str],
    booking_ids: Collection[str],
    keep_identity: bool,
) -> None:
    """Replace the person's values in this desk's outbox (waiting and acknowledged ops) by
    the erased values: what is pushed after the erasure carries nothing of them, and a re-push
    of old ops (a restored central store) brings nothing back."""
    member_fields = dict(_WIPED_PROFILE)
    if not keep_identity:
        member_fields.update(_WIPED_IDENTITY)
    wanted: dict[str, tuple[Collection[str], Mapping[str, object]]] = {
        "member": (member_ids, member_fields),
        "member_contact": (contact_ids, _WIPED_CONTACT),
        "booking": (booking_ids, {"caller_name": ""}),
    }
    conditions = [
        and_(OutboxOp.entity == entity, OutboxOp.row_id.in_(list(ids)))
        for entity, (ids, _fields) in wanted.items()
        if ids
    ]
    if not conditions:
        return
    for op in session.scalars(select(OutboxOp).where(or_(*conditions))):
        wiped = wanted[op.entity][1]
        fields = {
            name: (
                {**change, "value": wiped[name]}
                if name in wiped and isinstance(change, dict)
                else change
            )
            for name, change in op.fields.items()
        }
        if fields != op.fields:
            op.fields = fields  # a new dict: JSON columns do not see changes made in place


# --- purge -----------------------------------------------------------------------------------


def _cutoff(today: date, years: int) -> date:
    if not 1 <= years <= 50:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Privacy", "The inactivity period is from 1 to 50 years."),
        )
    return _add_years(today, -years)


def _inactive(served_site_ids: Iterable[str], today: date, years: int) -> Select[tuple[Member]]:
    """Members of the served sites with no activity since the cutoff, and registered before
    it. Activity on a card merged into the member's counts as theirs."""
    cutoff = _cutoff(today, years)
    since = datetime(cutoff.year, cutoff.month, cutoff.day, tzinfo=UTC)
    other = aliased(Member)
    merged = select(other.id).where(other.merged_into_id == Member.id).correlate(Member)

    def theirs(column: Any) -> ColumnElement[bool]:
        return or_(column == Member.id, column.in_(merged))

    seances_since = select(TrainingSession.id).where(TrainingSession.day >= cutoff)
    active = [
        exists().where(theirs(Visit.member_id), Visit.started_at >= since),
        exists().where(theirs(Booking.member_id), Booking.starts_at >= since),
        exists().where(theirs(Enrolment.member_id), Enrolment.requested_at >= since),
        exists().where(
            theirs(Attendance.member_id), Attendance.training_session_id.in_(seances_since)
        ),
        exists().where(theirs(FoadTime.member_id), FoadTime.time_in >= since),
    ]
    return (
        select(Member)
        .where(
            Member.home_site_id.in_(list(served_site_ids)),
            Member.cl % 2 == 1,
            Member.erased_at.is_(None),
            Member.merged_into_id.is_(None),
            Member.registered_on < cutoff,
            *(~condition.correlate(Member) for condition in active),
        )
        .order_by(Member.family_name, Member.given_name, Member.id)
    )


def _last_activity(session: Session, member_ids: Sequence[str]) -> dict[str, date]:
    """The last day of activity of each member (visits, bookings, enrolments, attendance,
    FOAD time), in one query per kind."""
    last: dict[str, date] = {}

    def keep(rows: Iterable[Any]) -> None:
        for member_id, moment in rows:
            if moment is None:
                continue
            day = moment.date() if isinstance(moment, datetime) else moment
            if member_id not in last or day > last[member_id]:
                last[member_id] = day

    for chunk in _chunks(member_ids):
        keep(
            session.execute(
                select(Visit.member_id, func.max(Visit.started_at))
                .where(Visit.member_id.in_(chunk))
                .group_by(Visit.member_id)
            )
        )
        keep(
            session.execute(
                select(Booking.member_id, func.max(Booking.starts_at))
                .where(Booking.member_id.in_(chunk))
                .group_by(Booking.member_id)
            )
        )
        keep(
            session.execute(
                select(Enrolment.member_id, func.max(Enrolment.requested_at))
                .where(Enrolment.member_id.in_(chunk))
                .group_by(Enrolment.member_id)
            )
        )
        keep(
            session.execute(
                select(Attendance.member_id, func.max(TrainingSession.day))
                .join(TrainingSession, TrainingSession.id == Attendance.training_session_id)
                .where(Attendance.member_id.in_(chunk))
                .group_by(Attendance.member_id)
            )
        )
        keep(
            session.execute(
                select(FoadTime.member_id, func.max(FoadTime.time_in))
                .where(FoadTime.member_id.in_(chunk))
                .group_by(FoadTime.member_id)
            )
        )
    return last


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def purge_preview(
    session: Session,
    actor: Actor,
    *,
    served_site_ids: Iterable[str],
    years: int = DEFAULT_INACTIVE_YEARS,
    today: date | None = None,
) -> PurgePreview:
    """Who the purge would erase: the members of the sites this desk serves with no visit,
    booking, enrolment or attendance, and not registered, in the last ``years`` years; and
    the erased members whose funded-training restriction has ended (their names go)."""
    _authorised(session, actor, Action.PURGE_MEMBERS)
    today = today or paris_today()
    served = list(served_site_ids)
    members = session.scalars(_inactive(served, today, years)).all()
    last = _last_activity(session, [m.id for m in members])
    sites = {s.id: s.name for s in session.scalars(select(Site))}
    candidates = tuple(
        PurgeCandidate(
            member_id=m.id,
            card_number=m.card_number,
            family_name=m.family_name,
            given_name=m.given_name,
            home_site=sites.get(m.home_site_id, ""),
            registered_on=m.registered_on,
            last_activity=max(filter(None, (last.get(m.id), m.registered_on))),
        )
        for m in members
    )
    ended = _restrictions_ended(session, served, today)
    return PurgePreview(
        years=years,
        cutoff=_cutoff(today, years),
        candidates=candidates,
        restrictions_ended=_people(ended),
    )


def _restrictions_ended(session: Session, served: list[str], today: date) -> list[Member]:
    """Erased cards that still hold a restricted identity whose retention has ended."""
    restricted = session.scalars(
        select(Member).where(
            Member.home_site_id.in_(served),
            Member.erased_at.is_not(None),
            or_(Member.family_name != "", Member.given_name != ""),
        )
    ).all()
    ended = []
    for card in restricted:  # few: erased people with funded training kept
        person = card.merged_into_id or card.id
        cards = [person, *session.scalars(select(Member.id).where(Member.merged_into_id == person))]
        if funded_retention_end(session, cards, today) is None:
            ended.append(card)
    return ended


def _people(cards: Iterable[Member]) -> int:
    """How many persons these cards are (a card merged into another is the same person)."""
    return len({card.merged_into_id or card.id for card in cards})


def purge_members(
    session: Session,
    actor: Actor,
    *,
    served_site_ids: Iterable[str],
    site_id: str | None,
    years: int = DEFAULT_INACTIVE_YEARS,
    shown: Collection[str] | None = None,
    now: datetime | None = None,
) -> PurgeDone:
    """Erase the inactive members, in the caller's one write transaction. ``shown``: the ids
    the preview showed and the user confirmed; only they go (someone who came back since the
    preview stays, and nobody who was not shown goes)."""
    name = _authorised(session, actor, Action.PURGE_MEMBERS)
    now = now or datetime.now(UTC)
    today = paris_today(now)
    served = list(served_site_ids)
    cutoff = _cutoff(today, years)
    members = session.scalars(_inactive(served, today, years)).all()
    if shown is not None:
        allowed_ids = set(shown)
        members = [m for m in members if m.id in allowed_ids]
    erased = restricted = 0
    reason = f"inactive since {cutoff.isoformat()} ({years} years)"
    for member in members:
        done = _erase(session, member, now)
        erased += 1
        restricted += done.restricted_until is not None
        _audit(
            session,
            actor=name,
            action="purge_member",
            row_id=member.id,
            site_id=site_id,
            now=now,
            reason=reason,
            changes=_erasure_changes(done),
        )
    ended = _restrictions_ended(session, served, today)
    for card in ended:
        for field_name, value in _WIPED_IDENTITY.items():
            setattr(card, field_name, value)
        _scrub_outbox(
            session, member_ids=[card.id], contact_ids=[], booking_ids=[], keep_identity=False
        )
        _audit(
            session,
            actor=name,
            action="end_restriction",
            row_id=card.id,
            site_id=site_id,
            now=now,
            reason="funded training retention ended",
        )
    return PurgeDone(erased=erased, restricted=restricted, restrictions_ended=_people(ended))
