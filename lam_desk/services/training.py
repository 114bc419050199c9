"""Training at the desk: the catalogue, course runs and their séances, enrolments with the
waitlist, attendance marked per half-day, closing and correcting, the scanned sheet, FOAD
time, and the data of the attendance sheets and certificates (DESIGN.md §2, §4, §7).

Seats and waitlist positions are computed from the enrolment rows each time they are read
(lam_desk.domain.training.split_seats), never stored. A run-level enrolment (no séance) holds
a seat in every séance of the run; a séance-level enrolment takes one of the seats the run's
enrolled leave free in that séance.

Runs, séances and attendance are written only at a desk serving their site (DESIGN.md §4);
any desk enrols. ``actor`` is the desk's account, or the command line as ``cli:<os user>``
(whoever may open the data folder administers this desk), as in lam_desk.services.privacy.

Differences from the contract of issue C, for the desk and the documents:
- ``foad_time_in``/``foad_time_out`` return a FoadTimeRow; ``foad_times`` lists them.
- ``certificate`` writes nothing (it reads locked attendance only).
- ``runs(today=...)``: with no ``from_day``, the runs not over on ``today``.
- ``attendance_sheet``: a blank sheet's number and hash are kept on this desk (a local note
  per séance), so that the séance keeps the number of the sheet with the names; each new
  number leaves an audit entry (number and hash) that travels to the coordinator.
- A walk-in is recorded present for every half-day of the séance (then corrected).
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lam_desk.db.models import (
    Attendance,
    AuditEntry,
    Booking,
    Course,
    CourseRun,
    Enrolment,
    FoadTime,
    Funder,
    FundingLine,
    LocalNote,
    Member,
    MemberContact,
    Node,
    Site,
    StaffUser,
    SyncState,
    TrainingSession,
)
from lam_desk.domain import network, people, training as rules
from lam_desk.domain.permissions import Action, allowed
from lam_desk.domain.visits import member_snapshot
from lam_desk.domain.wallclock import PARIS, at_paris, paris_today
from lam_desk.errors import FieldError, RefusedError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import reference_id, uuid7
from lam_desk.services import node
from lam_desk.services.dto_base import StaffRow
from lam_desk.services.dto_training import (
    AttendanceView,
    CancelOutcome,
    CertificateData,
    CourseDraft,
    CourseRow,
    EnrolmentRow,
    EnrolmentState,
    FoadTimeRow,
    FundingLineDraft,
    FundingLineRow,
    HalfDay,
    LearnerAttendance,
    Mark,
    MarkDraft,
    Presence,
    RunDraft,
    RunRow,
    Seats,
    SessionDraft,
    SessionRow,
    SheetData,
    Slot,
    TrainingHistory,
    TrainingLine,
)
from lam_desk.sync import capture, clocks

CONTEXT = "Training"

Actor = StaffRow | str

SCANNED_SUFFIXES = {".pdf": b"%PDF", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}
SCANNED_SUFFIXES[".png"] = b"\x89PNG"
SCANNED_MAX_BYTES = 40 * 1024 * 1024
MIN_EMPTY_ROWS = 5
# A course is completed when every séance of the run is locked and the learner attended at
# least this share of the hours that count (excused half-days left out).
COMPLETION_RATE = 0.8
TITLE_MAX = 200
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,19}$")


def _refused(source: str, **params: Any) -> RefusedError:
    return RefusedError(CONTEXT, source, **params)


# --- reading: funding, courses ---------------------------------------------------------------


def _funding_rows(session: Session) -> dict[str, FundingLineRow]:
    funders = {f.id: f for f in session.scalars(select(Funder))}
    found: dict[str, FundingLineRow] = {}
    for line in session.scalars(select(FundingLine).where(FundingLine.cl % 2 == 1)):
        funder = funders.get(line.funder_id)
        found[line.id] = FundingLineRow(
            id=line.id,
            code=line.code,
            funder_name=funder.name if funder else "",
            funder_kind=funder.kind if funder else "",
            title=line.title,
            operation_number=line.operation_number or "",
            programme_period=line.programme_period or "",
            managing_authority=line.managing_authority or "",
            eu_statement=line.eu_statement or "",
            emblem_in_colour=bool(line.emblem_in_colour),
            partner_logos=tuple(line.partner_logos or ()),
            retention_years=line.retention_years or 10,
            clocks=clocks.expand(line.field_clocks, (*FundingLine.synced_fields(), "cl")),
        )
    return found


_PERIOD = re.compile(r"^(\d{4})-(\d{4})$")


def save_funding_line(
    session: Session, actor: Actor, seen: FundingLineRow, draft: FundingLineDraft
) -> FundingLineRow:
    """The coordinator writes a funding line's operation number and marking (the sheets and
    certificates of its courses print them; DESIGN.md §7)."""
    name = _staff_name(session, actor)
    current = session.get(StaffUser, actor.id) if isinstance(actor, StaffRow) else None
    if isinstance(actor, StaffRow) and (current is None or current.role != "coordinator"):
        raise _refused(QT_TRANSLATE_NOOP("Training", "Only a coordinator edits the funding lines."))
    line = session.get(FundingLine, seen.id)
    if line is None or not line.alive:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This funding line no longer exists."))
    period = draft.programme_period.strip()
    found = _PERIOD.fullmatch(period)
    if period and (found is None or int(found.group(2)) <= int(found.group(1))):
        raise FieldError(
            "programme_period",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Write the programme period as 2021-2027."),
        )
    if not 1 <= draft.retention_years <= 50:
        raise FieldError(
            "retention_years",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Keep the records from 1 to 50 years."),
        )
    texts = {
        "operation_number": (" ".join(draft.operation_number.split()), 60),
        "managing_authority": (" ".join(draft.managing_authority.split()), 200),
        "eu_statement": (" ".join(draft.eu_statement.split()), 300),
    }
    for field_name, (text, most) in texts.items():
        if len(text) > most:
            raise FieldError(
                field_name,
                CONTEXT,
                QT_TRANSLATE_NOOP("Training", "At most {n} characters here."),
                n=most,
            )
    values: dict[str, object] = {key: text for key, (text, _most) in texts.items()}
    values |= {
        "programme_period": period,
        "emblem_in_colour": draft.emblem_in_colour,
        "partner_logos": [p.strip() for p in draft.partner_logos if p.strip()],
        "retention_years": draft.retention_years,
    }
    capture.set_base(session, line, seen.clocks)
    for key, value in values.items():
        if getattr(line, key) != value:
            setattr(line, key, value)
    session.flush()
    _audit(session, name, "funding_line_edited", "funding_line", line.id, None)
    return _funding_rows(session)[line.id]


def funding_lines(session: Session) -> list[FundingLineRow]:
    """The funding lines a course or run may name, EU ones first, then by code."""
    return sorted(_funding_rows(session).values(), key=lambda f: (not f.is_eu, f.code))


def _course_row(course: Course, lines: dict[str, FundingLineRow]) -> CourseRow:
    return CourseRow(
        id=course.id,
        code=course.code,
        title=course.title,
        description=course.description or "",
        themes=tuple(course.themes or ()),
        level=course.level or "",
        planned_hours=float(course.planned_hours or 0),
        certificate=course.certificate or "",
        funding_line=lines.get(course.funding_line_id or ""),
        site_ids=tuple(course.site_ids or ()),
        is_foad=bool(course.is_foad),
        clocks=clocks.expand(course.field_clocks, (*Course.synced_fields(), "cl")),
    )


def courses(session: Session, *, site_id: str | None = None) -> list[CourseRow]:
    """The catalogue by code; with ``site_id``, the courses that site offers (a course
    naming no site is offered everywhere)."""
    lines = _funding_rows(session)
    rows = [
        _course_row(c, lines)
        for c in session.scalars(select(Course).where(Course.cl % 2 == 1).order_by(Course.code))
    ]
    if site_id is not None:
        rows = [c for c in rows if not c.site_ids or site_id in c.site_ids]
    return rows


def save_course(
    session: Session, actor: Actor, draft: CourseDraft, seen: CourseRow | None
) -> CourseRow:
    """Create a course (``seen`` None) or save the edits of the one read as ``seen``.
    The catalogue is the coordinator's (DESIGN.md §4)."""
    name = _staff_name(session, actor)
    current = session.get(StaffUser, actor.id) if isinstance(actor, StaffRow) else None
    if isinstance(actor, StaffRow) and (current is None or current.role != "coordinator"):
        raise _refused(QT_TRANSLATE_NOOP("Training", "Only a coordinator edits the catalogue."))
    code = draft.code.strip().upper()
    if not _CODE.fullmatch(code):
        raise FieldError(
            "code",
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Training", "The code is 1 to 20 capital letters, digits, “-” or “_” (CNI)."
            ),
        )
    title = " ".join(draft.title.split())
    if not title or len(title) > TITLE_MAX:
        raise FieldError(
            "title",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Give the course a title (at most {n} characters)."),
            n=TITLE_MAX,
        )
    if not 0 <= draft.planned_hours <= 2000:
        raise FieldError(
            "planned_hours",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The planned hours are from 0 to 2000."),
        )
    if draft.funding_line_id and draft.funding_line_id not in _funding_rows(session):
        raise FieldError(
            "funding_line_id",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Choose the funding line in the list."),
        )
    known_sites = {s.id for s in network.SITES}
    if any(s not in known_sites for s in draft.site_ids):
        raise FieldError(
            "site_ids", CONTEXT, QT_TRANSLATE_NOOP("Training", "Choose sites of the network.")
        )
    same_code = session.scalars(
        select(Course.id).where(Course.code == code, Course.cl % 2 == 1)
    ).first()
    if same_code is not None and (seen is None or same_code != seen.id):
        raise FieldError(
            "code",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Another course has the code {code}."),
            code=code,
        )
    values: dict[str, object] = {
        "code": code,
        "title": title,
        "description": draft.description.strip(),
        "themes": [t.strip() for t in draft.themes if t.strip()],
        "level": draft.level.strip(),
        "planned_hours": float(draft.planned_hours),
        "certificate": " ".join(draft.certificate.split()),
        "funding_line_id": draft.funding_line_id or None,
        "site_ids": list(dict.fromkeys(draft.site_ids)),
        "is_foad": draft.is_foad,
    }
    if seen is None:
        course = Course(id=reference_id("course", code), **values)
        if session.get(Course, course.id) is not None:
            raise FieldError(
                "code",
                CONTEXT,
                QT_TRANSLATE_NOOP("Training", "Another course has the code {code}."),
                code=code,
            )
        session.add(course)
        action = "course_created"
    else:
        found = session.get(Course, seen.id)
        if found is None or not found.alive:
            raise _refused(QT_TRANSLATE_NOOP("Training", "This course no longer exists."))
        course = found
        capture.set_base(session, course, seen.clocks)
        for key, value in values.items():
            if getattr(course, key) != value:
                setattr(course, key, value)
        action = "course_edited"
    session.flush()
    _audit(session, name, action, "course", course.id, None)
    return _course_row(course, _funding_rows(session))


# --- reading: runs and séances ---------------------------------------------------------------


@dataclass
class _Seating:
    """The seats of runs and séances, from their enrolment rows."""

    run_split: dict[str, tuple[list[Enrolment], list[Enrolment]]]
    session_split: dict[str, tuple[list[Enrolment], list[Enrolment]]]
    syncs: bool = True

    def run_seats(self, run: CourseRun) -> Seats:
        enrolled, waiting = self.run_split.get(run.id, ([], []))
        return _seats(run.capacity, enrolled, waiting, self.syncs)

    def session_seats(self, seance: TrainingSession, run: CourseRun) -> Seats:
        enrolled, waiting = self.session_holders(seance, run)
        return _seats(seance.capacity or run.capacity, enrolled, waiting, self.syncs)

    def session_holders(
        self, seance: TrainingSession, run: CourseRun
    ) -> tuple[list[Enrolment], list[Enrolment]]:
        run_enrolled, run_waiting = self.run_split.get(run.id, ([], []))
        own_enrolled, own_waiting = self.session_split.get(seance.id, ([], []))
        # Those waiting for the whole run wait for each of its séances too.
        return run_enrolled + own_enrolled, run_waiting + own_waiting


def _seats(
    capacity: int, enrolled: list[Enrolment], waiting: list[Enrolment], syncs: bool
) -> Seats:
    provisional = sum(1 for e in (*enrolled, *waiting) if e.server_order is None) if syncs else 0
    return Seats(capacity, len(enrolled), len(waiting), provisional)


def _desk_syncs(session: Session) -> bool:
    """Whether this desk has a central store to confirm its enrolments. A desk that has none
    (the demo, a desk not yet joined to the network) shows no "provisional" marks: nothing
    would ever confirm them, and the seats are this desk's to give."""
    return bool(session.scalar(select(SyncState.central_url).limit(1)))


def _seating(session: Session, runs: Sequence[CourseRun]) -> _Seating:
    by_run: dict[str, list[Enrolment]] = defaultdict(list)
    by_session: dict[str, list[Enrolment]] = defaultdict(list)
    ids = [r.id for r in runs]
    for start in range(0, len(ids), 500):
        for e in session.scalars(
            select(Enrolment).where(
                Enrolment.course_run_id.in_(ids[start : start + 500]), Enrolment.cl % 2 == 1
            )
        ):
            if e.training_session_id is None:
                by_run[e.course_run_id].append(e)
            else:
                by_session[e.training_session_id].append(e)
    # The run's seats and its séances' together (rules.allot_seats): an enrolment in one
    # séance and one in the whole run never take each other's seat back.
    seances_of: dict[str, list[TrainingSession]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for seance in session.scalars(
            select(TrainingSession).where(
                TrainingSession.course_run_id.in_(ids[start : start + 500]),
                TrainingSession.cl % 2 == 1,
            )
        ):
            seances_of[seance.course_run_id].append(seance)
    run_split: dict[str, tuple[list[Enrolment], list[Enrolment]]] = {}
    session_split: dict[str, tuple[list[Enrolment], list[Enrolment]]] = {}
    for run in runs:
        seances = seances_of.get(run.id, [])
        own = {s.id: by_session[s.id] for s in seances if s.id in by_session}
        if run.id not in by_run and not own:
            continue
        run_split[run.id], split = rules.allot_seats(
            by_run.get(run.id, []),
            own,
            run.capacity,
            {s.id: s.capacity or run.capacity for s in seances},
            [s.id for s in seances if s.closed_at is None],
        )
        session_split.update(split)
    return _Seating(run_split, session_split, _desk_syncs(session))


def _sites(session: Session) -> dict[str, Site]:
    return {s.id: s for s in session.scalars(select(Site))}


def _run_rows(session: Session, runs: Sequence[CourseRun]) -> list[RunRow]:
    if not runs:
        return []
    lines = _funding_rows(session)
    course_ids = {r.course_id for r in runs}
    course_rows = {
        c.id: _course_row(c, lines)
        for c in session.scalars(select(Course).where(Course.id.in_(course_ids)))
    }
    sites = _sites(session)
    seating = _seating(session, runs)
    counts: dict[str, int] = defaultdict(int)
    for run_id in session.scalars(
        select(TrainingSession.course_run_id).where(
            TrainingSession.course_run_id.in_([r.id for r in runs]),
            TrainingSession.cl % 2 == 1,
        )
    ):
        counts[run_id] += 1
    rows = []
    for run in runs:
        course = course_rows[run.course_id]
        rows.append(
            RunRow(
                id=run.id,
                course=course,
                site_id=run.site_id,
                site_name=sites[run.site_id].name if run.site_id in sites else "",
                label=run.label,
                starts_on=run.starts_on,
                ends_on=run.ends_on,
                funding_line=lines.get(run.funding_line_id or "") or course.funding_line,
                seats=seating.run_seats(run),
                session_count=counts[run.id],
                clocks=clocks.expand(run.field_clocks, (*CourseRun.synced_fields(), "cl")),
            )
        )
    return rows


def runs(
    session: Session,
    *,
    site_id: str | None = None,
    from_day: date | None = None,
    today: date | None = None,
) -> list[RunRow]:
    """Course runs by first day: of one site, or of the network (``site_id`` None); those
    ending on or after ``from_day`` (or, without it, not over on ``today``; neither: all)."""
    statement = select(CourseRun).where(CourseRun.cl % 2 == 1)
    if site_id is not None:
        statement = statement.where(CourseRun.site_id == site_id)
    since = from_day or today
    if since is not None:
        statement = statement.where(CourseRun.ends_on >= since)
    found = session.scalars(
        statement.order_by(CourseRun.starts_on, CourseRun.label, CourseRun.id)
    ).all()
    return _run_rows(session, found)


def _run(session: Session, run_id: str) -> CourseRun:
    run = session.get(CourseRun, run_id)
    if run is None or not run.alive:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This course run no longer exists."))
    return run


def get_run(session: Session, run_id: str) -> RunRow:
    return _run_rows(session, [_run(session, run_id)])[0]


def _slots(seance: TrainingSession) -> tuple[Slot, ...]:
    slots = []
    if seance.morning_start and seance.morning_end:
        slots.append(Slot(HalfDay.MORNING, seance.morning_start, seance.morning_end))
    if seance.afternoon_start and seance.afternoon_end:
        slots.append(Slot(HalfDay.AFTERNOON, seance.afternoon_start, seance.afternoon_end))
    return tuple(slots)


def _session_rows(session: Session, seances: Sequence[TrainingSession]) -> list[SessionRow]:
    if not seances:
        return []
    run_ids = list({s.course_run_id for s in seances})
    run_by_id = {
        r.id: r for r in session.scalars(select(CourseRun).where(CourseRun.id.in_(run_ids)))
    }
    course_by_id = {
        c.id: c
        for c in session.scalars(
            select(Course).where(Course.id.in_({r.course_id for r in run_by_id.values()}))
        )
    }
    trainer_ids = {s.trainer_id for s in seances if s.trainer_id}
    trainers = (
        dict(
            session.execute(
                select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(trainer_ids))
            )
            .tuples()
            .all()
        )
        if trainer_ids
        else {}
    )
    sites = _sites(session)
    seating = _seating(session, list(run_by_id.values()))
    rows = []
    for s in seances:
        run = run_by_id[s.course_run_id]
        course = course_by_id[run.course_id]
        rows.append(
            SessionRow(
                id=s.id,
                run_id=run.id,
                course_id=course.id,
                course_code=course.code,
                course_title=course.title,
                run_label=run.label,
                site_id=s.site_id,
                site_name=sites[s.site_id].name if s.site_id in sites else "",
                day=s.day,
                slots=_slots(s),
                module_title=s.module_title or "",
                capacity=s.capacity or run.capacity,
                trainer_id=s.trainer_id,
                trainer_name=trainers.get(s.trainer_id or "", "") or s.trainer_name or "",
                workstation_ids=tuple(s.workstation_ids or ()),
                seats=seating.session_seats(s, run),
                closed_at=s.closed_at,
                sheet_number=s.sheet_number,
                sheet_hash=s.sheet_hash,
                scanned_sheet=s.scanned_sheet,
                clocks=clocks.expand(s.field_clocks, (*TrainingSession.synced_fields(), "cl")),
            )
        )
    return rows


def _ordered(statement: Any) -> Any:
    return statement.order_by(
        TrainingSession.day,
        TrainingSession.morning_start.is_(None),
        TrainingSession.morning_start,
        TrainingSession.afternoon_start,
        TrainingSession.id,
    )


def sessions_between(
    session: Session, first_day: date, last_day: date, *, site_id: str | None = None
) -> list[SessionRow]:
    """The séances from ``first_day`` to ``last_day`` (both included), of one site or of the
    network, by day and time."""
    statement = select(TrainingSession).where(
        TrainingSession.cl % 2 == 1,
        TrainingSession.day >= first_day,
        TrainingSession.day <= last_day,
    )
    if site_id is not None:
        statement = statement.where(TrainingSession.site_id == site_id)
    return _session_rows(session, session.scalars(_ordered(statement)).all())


def run_sessions(session: Session, run_id: str) -> list[SessionRow]:
    statement = select(TrainingSession).where(
        TrainingSession.course_run_id == run_id, TrainingSession.cl % 2 == 1
    )
    return _session_rows(session, session.scalars(_ordered(statement)).all())


def _seance(session: Session, session_id: str) -> TrainingSession:
    seance = session.get(TrainingSession, session_id)
    if seance is None or not seance.alive:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This session no longer exists."))
    return seance


def get_session(session: Session, session_id: str) -> SessionRow:
    return _session_rows(session, [_seance(session, session_id)])[0]


# --- who may write ---------------------------------------------------------------------------


def _staff_name(session: Session, actor: Actor) -> str:
    """The name the audit log gives the actor, once their account is still active."""
    if isinstance(actor, str):
        return actor
    current = session.get(StaffUser, actor.id)
    if current is None or not current.alive or not current.active:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "Your account is not active any more: log in again.")
        )
    return current.username


def _writable_site(session: Session, actor: Actor, site_id: str) -> str:
    """Refused unless this desk serves ``site_id`` (a site's runs, séances and attendance
    are written by its own desk, DESIGN.md §4). Returns the actor's name for the audit."""
    name = _staff_name(session, actor)
    served = {site.id for site in node.node_info(session).served_sites}
    if site_id not in served:
        site = session.get(Site, site_id)
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "Only the desk of {site} changes its course runs and sessions."
            ),
            site=site.name if site is not None else "?",
        )
    return name


def _audit(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    row_id: str,
    site_id: str | None,
    *,
    reason: str = "",
    changes: dict[str, object] | None = None,
    now: datetime | None = None,
) -> None:
    """Ids, states, numbers: never a person's values."""
    session.add(
        AuditEntry(
            id=uuid7(),
            site_id=site_id,
            at=now or datetime.now(UTC),
            actor=actor[:80],
            action=action,
            entity=entity,
            row_id=row_id,
            reason=reason[:300],
            changes=changes or {},
        )
    )


# --- writing runs and séances ----------------------------------------------------------------


def _check_run_draft(session: Session, draft: RunDraft) -> Course:
    course = session.get(Course, draft.course_id)
    if course is None or not course.alive:
        raise FieldError(
            "course_id", CONTEXT, QT_TRANSLATE_NOOP("Training", "Choose a course of the catalogue.")
        )
    if course.site_ids and draft.site_id not in course.site_ids:
        raise FieldError(
            "course_id",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "This course is not offered at this site."),
        )
    rules.check_capacity(draft.capacity)
    if draft.ends_on < draft.starts_on:
        raise FieldError(
            "ends_on",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The run must end on or after its first day."),
        )
    if (draft.ends_on - draft.starts_on).days > 3 * 366:
        raise FieldError(
            "ends_on", CONTEXT, QT_TRANSLATE_NOOP("Training", "A run lasts three years at most.")
        )
    if draft.funding_line_id and draft.funding_line_id not in _funding_rows(session):
        raise FieldError(
            "funding_line_id",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Choose the funding line in the list."),
        )
    if len(" ".join(draft.label.split())) > TITLE_MAX:
        raise FieldError(
            "label",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The label is too long (at most {n} characters)."),
            n=TITLE_MAX,
        )
    return course


_MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def _default_label(course: Course, site: Site | None, starts_on: date) -> str:
    place = site.place.split(", ")[-1] if site is not None else ""
    return f"{course.code} — {place} — {_MONTHS_FR[starts_on.month - 1]} {starts_on.year}"


def create_run(session: Session, actor: Actor, draft: RunDraft) -> RunRow:
    """A new run of a course at a site this desk serves (the label defaults to the course,
    the place and the month)."""
    name = _writable_site(session, actor, draft.site_id)
    course = _check_run_draft(session, draft)
    label = " ".join(draft.label.split()) or _default_label(
        course, session.get(Site, draft.site_id), draft.starts_on
    )
    run = CourseRun(
        id=uuid7(),
        course_id=course.id,
        site_id=draft.site_id,
        label=label,
        capacity=draft.capacity,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        funding_line_id=draft.funding_line_id,
    )
    session.add(run)
    session.flush()
    _audit(session, name, "course_run_created", "course_run", run.id, run.site_id)
    return get_run(session, run.id)


def update_run(session: Session, actor: Actor, seen: RunRow, draft: RunDraft) -> RunRow:
    """Save the edits of a run read as ``seen``. Its course and site stay; its dates must
    still hold its séances."""
    run = _run(session, seen.id)
    name = _writable_site(session, actor, run.site_id)
    if draft.course_id != run.course_id or draft.site_id != run.site_id:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "A run keeps its course and its site: create another run instead."
            )
        )
    _check_run_draft(session, draft)
    outside = session.scalars(
        select(TrainingSession.day)
        .where(
            TrainingSession.course_run_id == run.id,
            TrainingSession.cl % 2 == 1,
            or_(TrainingSession.day < draft.starts_on, TrainingSession.day > draft.ends_on),
        )
        .order_by(TrainingSession.day)
    ).first()
    if outside is not None:
        raise FieldError(
            "starts_on",
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Training", "The session of {day} would fall outside the run's dates."
            ),
            day=outside.strftime("%d/%m/%Y"),
        )
    capture.set_base(session, run, seen.clocks)
    values: dict[str, object] = {
        "label": " ".join(draft.label.split()) or run.label,
        "capacity": draft.capacity,
        "starts_on": draft.starts_on,
        "ends_on": draft.ends_on,
        "funding_line_id": draft.funding_line_id,
    }
    changed = [k for k, v in values.items() if getattr(run, k) != v]
    for key in changed:
        setattr(run, key, values[key])
    session.flush()
    if changed:
        _audit(
            session, name, "course_run_edited", "course_run", run.id, run.site_id,
            changes={"fields": sorted(changed)},
        )  # fmt: skip
    return get_run(session, run.id)


def _check_session_draft(
    session: Session, run: CourseRun, draft: SessionDraft
) -> tuple[tuple[Slot, ...], str | None, str]:
    if not run.starts_on <= draft.day <= run.ends_on:
        raise FieldError(
            "day",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "Choose a day from {first} to {last} (the run's dates)."),
            first=run.starts_on.strftime("%d/%m/%Y"),
            last=run.ends_on.strftime("%d/%m/%Y"),
        )
    slots = rules.check_slots(draft.morning, draft.afternoon)
    if draft.capacity is not None:
        rules.check_capacity(draft.capacity)
    if len(" ".join(draft.module_title.split())) > TITLE_MAX:
        raise FieldError(
            "module_title",
            CONTEXT,
            QT_TRANSLATE_NOOP("Training", "The module title is too long (at most {n} characters)."),
            n=TITLE_MAX,
        )
    trainer_id: str | None = None
    trainer_name = " ".join(draft.trainer_name.split())
    if draft.trainer_id:
        trainer = session.get(StaffUser, draft.trainer_id)
        if trainer is None or not trainer.alive or not trainer.active:
            raise FieldError(
                "trainer",
                CONTEXT,
                QT_TRANSLATE_NOOP("Training", "Choose an active animator as the trainer."),
            )
        trainer_id, trainer_name = trainer.id, ""
    elif not trainer_name or len(trainer_name) > 120:
        raise FieldError(
            "trainer",
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Training", "Choose the trainer: an animator, or type an external trainer's name."
            ),
        )
    return slots, trainer_id, trainer_name


def _block_label(session: Session, run: CourseRun, module: str) -> str:
    course = session.get(Course, run.course_id)
    code = course.code if course is not None else ""
    return f"{code} — {module or run.label}"[:120]


def _hold_workstations(
    session: Session,
    actor: Actor,
    site_id: str,
    day: date,
    slots: Sequence[Slot],
    workstation_ids: Sequence[str],
    label: str,
    now: datetime,
) -> None:
    """A block booking of the workstations for each half-day (all of them or none: the
    refusal is the booking's, naming the workstation)."""
    if not workstation_ids:
        return
    from lam_desk.services import bookings

    booker = actor if isinstance(actor, StaffRow) else _cli_booker(session)
    for slot in slots:
        bookings.book_block(
            session,
            booker,
            site_id,
            list(workstation_ids),
            at_paris(day, slot.start),
            at_paris(day, slot.end),
            label,
            now=now,
        )


def _cli_booker(session: Session) -> StaffRow:
    """The command line books workstations in the name of the first coordinator."""
    from lam_desk.services.staff import staff_row

    user = session.scalars(
        select(StaffUser)
        .where(StaffUser.role == "coordinator", StaffUser.cl % 2 == 1)
        .order_by(StaffUser.id)
    ).first()
    if user is None:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This desk has no coordinator account."))
    return staff_row(user)


def _release_workstations(session: Session, seance: TrainingSession, now: datetime) -> None:
    """Cancel the block bookings a séance held (found by its workstations and times)."""
    ids = list(seance.workstation_ids or ())
    if not ids:
        return
    from lam_desk.services import bookings

    for slot in _slots(seance):
        held = session.scalars(
            select(Booking).where(
                Booking.site_id == seance.site_id,
                Booking.cl % 2 == 1,
                Booking.block_id.is_not(None),
                Booking.cancelled_at.is_(None),
                Booking.workstation_id.in_(ids),
                Booking.starts_at == at_paris(seance.day, slot.start),
                Booking.ends_at == at_paris(seance.day, slot.end),
            )
        ).all()
        blocks = {b.block_id: b for b in held}
        for booking in blocks.values():
            if booking.arrived_at is None and booking.released_at is None:
                bookings.cancel(session, bookings.get_booking(session, booking.id), now=now)


def add_session(
    session: Session, actor: Actor, draft: SessionDraft, *, now: datetime | None = None
) -> SessionRow:
    """A séance of a run, at the run's site; the workstations chosen are held by a block
    booking labelled with the course (refused with the booking's reason when they cannot)."""
    now = now or datetime.now(UTC)
    run = _run(session, draft.run_id)
    name = _writable_site(session, actor, run.site_id)
    slots, trainer_id, trainer_name = _check_session_draft(session, run, draft)
    module = " ".join(draft.module_title.split())
    workstation_ids = list(dict.fromkeys(draft.workstation_ids))
    _hold_workstations(
        session,
        actor,
        run.site_id,
        draft.day,
        slots,
        workstation_ids,
        _block_label(session, run, module),
        now,
    )
    seance = TrainingSession(id=uuid7(), course_run_id=run.id, site_id=run.site_id, day=draft.day)
    _fill_session(seance, slots, module, draft.capacity, trainer_id, trainer_name, workstation_ids)
    seance.closed_at = None
    seance.sheet_number = None
    seance.sheet_hash = None
    seance.scanned_sheet = None
    session.add(seance)
    session.flush()
    _audit(session, name, "training_session_created", "training_session", seance.id, run.site_id)
    return get_session(session, seance.id)


def _fill_session(
    seance: TrainingSession,
    slots: Sequence[Slot],
    module: str,
    capacity: int | None,
    trainer_id: str | None,
    trainer_name: str,
    workstation_ids: list[str],
) -> list[str]:
    by_half = {s.half_day: s for s in slots}
    morning, afternoon = by_half.get(HalfDay.MORNING), by_half.get(HalfDay.AFTERNOON)
    values: dict[str, object] = {
        "morning_start": morning.start if morning else None,
        "morning_end": morning.end if morning else None,
        "afternoon_start": afternoon.start if afternoon else None,
        "afternoon_end": afternoon.end if afternoon else None,
        "module_title": module,
        "capacity": capacity,
        "trainer_id": trainer_id,
        "trainer_name": trainer_name,
        "workstation_ids": workstation_ids,
    }
    changed = [k for k, v in values.items() if getattr(seance, k) != v]
    for key in changed:
        setattr(seance, key, values[key])
    return changed


def update_session(
    session: Session,
    actor: Actor,
    seen: SessionRow,
    draft: SessionDraft,
    *,
    now: datetime | None = None,
) -> SessionRow:
    """Save the edits of a séance read as ``seen`` (refused once closed). New times or
    workstations release the block bookings it held and hold the new ones."""
    now = now or datetime.now(UTC)
    seance = _seance(session, seen.id)
    run = _run(session, seance.course_run_id)
    name = _writable_site(session, actor, seance.site_id)
    _open(seance)
    if draft.run_id != seance.course_run_id:
        raise _refused(QT_TRANSLATE_NOOP("Training", "A session stays in its run."))
    slots, trainer_id, trainer_name = _check_session_draft(session, run, draft)
    module = " ".join(draft.module_title.split())
    workstation_ids = list(dict.fromkeys(draft.workstation_ids))
    moved = (
        draft.day != seance.day
        or slots != _slots(seance)
        or workstation_ids != list(seance.workstation_ids or ())
    )
    if moved:
        _release_workstations(session, seance, now)
        session.flush()
        _hold_workstations(
            session,
            actor,
            seance.site_id,
            draft.day,
            slots,
            workstation_ids,
            _block_label(session, run, module),
            now,
        )
    capture.set_base(session, seance, seen.clocks)
    if seance.day != draft.day:
        seance.day = draft.day
    changed = _fill_session(
        seance, slots, module, draft.capacity, trainer_id, trainer_name, workstation_ids
    )
    session.flush()
    if changed or moved:
        _audit(
            session, name, "training_session_edited", "training_session", seance.id,
            seance.site_id, changes={"fields": sorted({*changed, *(["day"] if moved else [])})},
        )  # fmt: skip
    return get_session(session, seance.id)


def _open(seance: TrainingSession) -> None:
    if seance.closed_at is not None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training",
                "This session is closed: its attendance is locked. A coordinator can correct it.",
            )
        )


# --- enrolments ------------------------------------------------------------------------------


def _state_of(
    enrolment: Enrolment, split: tuple[list[Enrolment], list[Enrolment]]
) -> tuple[EnrolmentState, int | None]:
    if enrolment.cancelled_at is not None:
        return EnrolmentState.CANCELLED, None
    for position, waiting in enumerate(split[1], start=1):
        if waiting.id == enrolment.id:
            return EnrolmentState.WAITLISTED, position
    return EnrolmentState.ENROLLED, None


def _enrolment_rows(
    session: Session,
    enrolments: Sequence[tuple[Enrolment, tuple[list[Enrolment], list[Enrolment]]]],
    viewer_site_id: str | None,
) -> list[EnrolmentRow]:
    member_ids = list({e.member_id for e, _ in enrolments})
    members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(member_ids)))}
    phones: dict[str, str] = {}
    if viewer_site_id is not None and member_ids:
        for member_id, phone in session.execute(
            select(MemberContact.member_id, MemberContact.phone).where(
                MemberContact.member_id.in_(member_ids),
                MemberContact.home_site_id == viewer_site_id,
                MemberContact.cl % 2 == 1,
            )
        ):
            if (
                phone
                and members.get(member_id)
                and members[member_id].home_site_id == (viewer_site_id)
            ):
                phones[member_id] = phone
    rows = []
    syncs = _desk_syncs(session)
    for e, split in enrolments:
        member = members.get(e.member_id)
        state, position = _state_of(e, split)
        rows.append(
            EnrolmentRow(
                id=e.id,
                member_id=e.member_id,
                member_name=_name(member),
                card_number=member.card_number if member else "",
                home_site_id=member.home_site_id if member else None,
                phone=phones.get(e.member_id),
                run_id=e.course_run_id,
                training_session_id=e.training_session_id,
                made_at_site_id=e.site_id,
                requested_at=e.requested_at,
                state=state,
                waitlist_position=position,
                provisional=syncs and e.server_order is None,
            )
        )
    return rows


def _name(member: Member | None) -> str:
    if member is None:
        return ""
    return people.display_name(member.family_name, member.given_name)


def _seats_of_run(session: Session, run: CourseRun) -> tuple[list[Enrolment], list[Enrolment]]:
    """Everyone holding a seat in the run or one of its séances, and everyone waiting."""
    seating = _seating(session, [run])
    splits = [seating.run_split.get(run.id, ([], [])), *seating.session_split.values()]
    return [e for held, _w in splits for e in held], [e for _h, waiting in splits for e in waiting]


def _split_for(session: Session, enrolment: Enrolment) -> tuple[list[Enrolment], list[Enrolment]]:
    run = _run(session, enrolment.course_run_id)
    seating = _seating(session, [run])
    if enrolment.training_session_id is None:
        return seating.run_split.get(run.id, ([], []))
    return seating.session_split.get(enrolment.training_session_id, ([], []))


def enrolments(
    session: Session,
    run_id: str,
    *,
    viewer_site_id: str,
    training_session_id: str | None = None,
    with_sessions: bool = False,
) -> list[EnrolmentRow]:
    """A run's enrolments (or a séance's: the run's enrolled and the séance's own): the
    enrolled first, then the waitlist in order, the cancelled last. ``with_sessions`` adds,
    after the run's, the enrolments in one of its séances (by day). The phone shows only for
    members whose home site is the viewer's."""
    run = _run(session, run_id)
    seating = _seating(session, [run])
    run_split = seating.run_split.get(run.id, ([], []))
    chosen: list[tuple[Enrolment, tuple[list[Enrolment], list[Enrolment]]]] = []
    cancelled: list[Enrolment] = []
    if training_session_id is None:
        chosen += [(e, run_split) for e in (*run_split[0], *run_split[1])]
        scope = select(Enrolment).where(Enrolment.training_session_id.is_(None))
        if with_sessions:
            days = {s.id: s.day for s in session.scalars(
                select(TrainingSession).where(TrainingSession.course_run_id == run.id)
            )}  # fmt: skip
            for sid in sorted(
                seating.session_split, key=lambda sid: (days.get(sid, date.max), sid)
            ):
                own = seating.session_split[sid]
                chosen += [(e, own) for e in (*own[0], *own[1])]
            scope = select(Enrolment)
    else:
        own = seating.session_split.get(training_session_id, ([], []))
        chosen += [(e, run_split) for e in run_split[0]]
        chosen += [(e, own) for e in (*own[0], *own[1])]
        scope = select(Enrolment).where(Enrolment.training_session_id == training_session_id)
    cancelled = list(
        session.scalars(
            scope.where(
                Enrolment.course_run_id == run.id,
                Enrolment.cl % 2 == 1,
                Enrolment.cancelled_at.is_not(None),
            ).order_by(Enrolment.cancelled_at, Enrolment.id)
        )
    )
    chosen += [(e, ([], [])) for e in cancelled]
    return _enrolment_rows(session, chosen, viewer_site_id)


def _living_member(session: Session, member_id: str) -> Member:
    from lam_desk.services.members import get_member

    row = get_member(session, member_id)
    member = session.get(Member, row.id) if row is not None else None
    if member is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "This member is not in the directory any more (erased or merged)."
            )
        )
    return member


def _snapshot(member: Member, day: date) -> dict[str, object]:
    snap = member_snapshot(
        day, member.birth_year, member.gender, member.commune_insee, member.status
    )
    return {
        "snapshot_age_low": snap.age_low,
        "snapshot_age_high": snap.age_high,
        "snapshot_gender": snap.gender,
        "snapshot_commune_insee": snap.commune_insee,
        "snapshot_status": snap.status,
    }


def enrol(
    session: Session,
    actor: Actor,
    site_id: str,
    run_id: str,
    member_id: str,
    *,
    training_session_id: str | None = None,
    now: datetime | None = None,
) -> EnrolmentRow:
    """Enrol a member, made at ``site_id`` (any site enrols, members of other sites too):
    enrolled when a seat is free, else on the waitlist. Refused when the member is already
    enrolled or waiting, is erased, or the run (the séance) is over."""
    now = now or datetime.now(UTC)
    name = _staff_name(session, actor)
    run = _run(session, run_id)
    today = paris_today(now)
    if run.ends_on < today:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "This run is over: it ended on {day}."),
            day=run.ends_on.strftime("%d/%m/%Y"),
        )
    if training_session_id is not None:
        seance = _seance(session, training_session_id)
        if seance.course_run_id != run.id:
            raise _refused(QT_TRANSLATE_NOOP("Training", "This session is not of this run."))
        if seance.day < today or seance.closed_at is not None:
            raise _refused(
                QT_TRANSLATE_NOOP("Training", "This session is over: enrol in a later one.")
            )
    member = _living_member(session, member_id)
    held = session.scalars(
        select(Enrolment).where(
            Enrolment.member_id == member.id,
            Enrolment.course_run_id == run.id,
            Enrolment.cl % 2 == 1,
            Enrolment.cancelled_at.is_(None),
            or_(
                Enrolment.training_session_id.is_(None),
                Enrolment.training_session_id == training_session_id,
            ),
        )
    ).first()
    if held is not None:
        state, position = _state_of(held, _split_for(session, held))
        if state is EnrolmentState.WAITLISTED:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Training", "{name} is already on the waitlist (position {position})."
                ),
                name=_name(member),
                position=position,
            )
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "{name} is already enrolled."), name=_name(member)
        )
    if session.get(Site, site_id) is None:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This desk's site is unknown."))
    enrolment = Enrolment(
        id=uuid7(),
        member_id=member.id,
        course_run_id=run.id,
        training_session_id=training_session_id,
        site_id=site_id,
        requested_at=now,
        server_order=None,
        cancelled_at=None,
        **_snapshot(member, today),
    )
    session.add(enrolment)
    session.flush()
    _audit(session, name, "enrolled", "enrolment", enrolment.id, site_id, now=now)
    return _enrolment_rows(session, [(enrolment, _split_for(session, enrolment))], site_id)[0]


def cancel_enrolment(
    session: Session,
    actor: Actor,
    site_id: str,
    enrolment_id: str,
    *,
    now: datetime | None = None,
) -> CancelOutcome:
    """Cancel an enrolment; the first waiting person takes the seat it frees, and is named
    in the outcome (with their phone when their home site is ``site_id``) to be called."""
    now = now or datetime.now(UTC)
    name = _staff_name(session, actor)
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or not enrolment.alive:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This enrolment no longer exists."))
    if enrolment.cancelled_at is not None:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This enrolment is already cancelled."))
    run = _run(session, enrolment.course_run_id)
    if run.ends_on < paris_today(now):
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "This run is over: its enrolments are kept as they are.")
        )
    before = _seats_of_run(session, run)
    enrolment.cancelled_at = now
    session.flush()
    after_all = _seats_of_run(session, run)
    after = _split_for(session, enrolment)
    # Whoever a freed seat goes to: in the run, or in one of its séances.
    promoted_ids = rules.promoted_by(before, after_all)
    _audit(session, name, "enrolment_cancelled", "enrolment", enrolment.id, site_id, now=now)
    cancelled = _enrolment_rows(session, [(enrolment, after)], site_id)[0]
    promoted = None
    if promoted_ids:
        first = session.get(Enrolment, promoted_ids[0])
        assert first is not None
        promoted = _enrolment_rows(session, [(first, _split_for(session, first))], site_id)[0]
    return CancelOutcome(cancelled, promoted)


# --- attendance ------------------------------------------------------------------------------


def _marks_of(session: Session, seance_id: str) -> dict[tuple[str, str], Attendance]:
    return {
        (a.member_id, a.half_day): a
        for a in session.scalars(
            select(Attendance)
            .where(Attendance.training_session_id == seance_id, Attendance.cl % 2 == 1)
            .order_by(Attendance.id)
        )
    }


def _learners(
    session: Session, seance: TrainingSession
) -> tuple[list[tuple[str, str | None, bool]], dict[tuple[str, str], Attendance]]:
    """(member id, enrolment id, walk-in) of the séance's learners: its enrolled, and anyone
    with attendance recorded (walk-ins), once each."""
    run = _run(session, seance.course_run_id)
    enrolled, _waiting = _seating(session, [run]).session_holders(seance, run)
    marks = _marks_of(session, seance.id)
    found: dict[str, tuple[str, str | None, bool]] = {}
    for e in enrolled:
        found.setdefault(e.member_id, (e.member_id, e.id, False))
    for (member_id, _half), row in marks.items():
        if member_id not in found:
            found[member_id] = (member_id, row.enrolment_id, row.enrolment_id is None)
    return list(found.values()), marks


def attendance(session: Session, training_session_id: str) -> AttendanceView:
    """The marking screen of a séance: its learners by name, a mark per half-day."""
    seance = _seance(session, training_session_id)
    slots = _slots(seance)
    learners, marks = _learners(session, seance)
    members = {
        m.id: m
        for m in session.scalars(
            select(Member).where(Member.id.in_([learner[0] for learner in learners]))
        )
    }
    rows = []
    for member_id, enrolment_id, walk_in in learners:
        row_marks = []
        for slot in slots:
            held = marks.get((member_id, slot.half_day.value))
            state = Presence(held.state) if held is not None else None
            arrival = held.arrival_time if held is not None else None
            row_marks.append(
                Mark(slot.half_day, state, arrival, rules.hours_for(slot, state, arrival))
            )
        rows.append(
            LearnerAttendance(
                member_id=member_id,
                member_name=_name(members.get(member_id)),
                enrolment_id=enrolment_id,
                walk_in=walk_in,
                marks=tuple(row_marks),
            )
        )
    rows.sort(key=lambda r: (people.fold(r.member_name), r.member_id))
    return AttendanceView(get_session(session, seance.id), tuple(rows))


def _markable(session: Session, actor: Actor, seance: TrainingSession, now: datetime) -> str:
    name = _writable_site(session, actor, seance.site_id)
    _open(seance)
    if seance.day > paris_today(now):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "This session is on {day}: its attendance is marked on the day."
            ),
            day=seance.day.strftime("%d/%m/%Y"),
        )
    return name


def _write_mark(
    session: Session,
    seance: TrainingSession,
    marks: dict[tuple[str, str], Attendance],
    member: Member,
    enrolment_id: str | None,
    half_day: HalfDay,
    state: Presence,
    arrival: str | None,
) -> Attendance:
    held = marks.get((member.id, half_day.value))
    if held is None:
        held = Attendance(
            id=uuid7(),
            training_session_id=seance.id,
            enrolment_id=enrolment_id,
            member_id=member.id,
            site_id=seance.site_id,
            half_day=half_day.value,
            state=state.value,
            arrival_time=arrival,
            **_snapshot(member, seance.day),
        )
        session.add(held)
        marks[(member.id, half_day.value)] = held
        return held
    if held.state != state.value:
        held.state = state.value
    if held.arrival_time != arrival:
        held.arrival_time = arrival
    return held


def _checked_marks(
    session: Session, seance: TrainingSession, marks: Sequence[MarkDraft], now: datetime
) -> list[tuple[Member, str | None, HalfDay, Presence, str | None]]:
    """Every mark checked before any is written: a learner of the séance, a half-day it
    has, an arrival time within the half-day when late (and already past, on the day)."""
    slots = {s.half_day: s for s in _slots(seance)}
    clock = now.astimezone(PARIS).strftime("%H:%M") if seance.day == paris_today(now) else None
    learners, _marks = _learners(session, seance)
    by_member = {m: (m, e) for m, e, _w in learners}
    members = {
        m.id: m for m in session.scalars(select(Member).where(Member.id.in_(list(by_member))))
    }
    checked = []
    for draft in marks:
        if draft.member_id not in by_member or draft.member_id not in members:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Training",
                    "This person is not on the session's list: add them as a walk-in first.",
                )
            )
        slot = slots.get(HalfDay(draft.half_day))
        if slot is None:
            raise _refused(
                QT_TRANSLATE_NOOP("Training", "This session has no such half-day."),
            )
        state = Presence(draft.state)
        arrival = rules.check_arrival(slot, state, draft.arrival, clock)
        checked.append(
            (members[draft.member_id], by_member[draft.member_id][1], slot.half_day, state, arrival)
        )
    return checked


def mark_attendance(
    session: Session,
    actor: Actor,
    training_session_id: str,
    marks: Sequence[MarkDraft],
    *,
    now: datetime | None = None,
) -> AttendanceView:
    """Record marks of the séance's learners (refused once it is closed; all or none)."""
    now = now or datetime.now(UTC)
    seance = _seance(session, training_session_id)
    _markable(session, actor, seance, now)
    checked = _checked_marks(session, seance, marks, now)
    held = _marks_of(session, seance.id)
    for member, enrolment_id, half_day, state, arrival in checked:
        _write_mark(session, seance, held, member, enrolment_id, half_day, state, arrival)
    session.flush()
    return attendance(session, seance.id)


def mark_all_present(
    session: Session, actor: Actor, training_session_id: str, *, now: datetime | None = None
) -> AttendanceView:
    """Every box not marked yet, of every learner, marked present (then corrections)."""
    view = attendance(session, training_session_id)
    drafts = [
        MarkDraft(learner.member_id, mark.half_day, Presence.PRESENT)
        for learner in view.learners
        for mark in learner.marks
        if mark.state is None
    ]
    return mark_attendance(session, actor, training_session_id, drafts, now=now)


def add_walk_in(
    session: Session,
    actor: Actor,
    site_id: str,
    training_session_id: str,
    member_id: str,
    *,
    now: datetime | None = None,
) -> AttendanceView:
    """A participant who came without an enrolment: on the list at once, present for every
    half-day of the séance (correct the marks as needed)."""
    now = now or datetime.now(UTC)
    seance = _seance(session, training_session_id)
    _markable(session, actor, seance, now)
    member = _living_member(session, member_id)
    learners, held = _learners(session, seance)
    if any(m == member.id for m, _e, _w in learners):
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "{name} is already on the session's list."),
            name=_name(member),
        )
    for slot in _slots(seance):
        _write_mark(session, seance, held, member, None, slot.half_day, Presence.PRESENT, None)
    session.flush()
    return attendance(session, seance.id)


def session_ends_at(seance: SessionRow) -> datetime | None:
    """When the séance's last half-day ends (UTC), None when it has no half-day."""
    if not seance.slots:
        return None
    return at_paris(seance.day, seance.slots[-1].end)


def close_session(
    session: Session,
    actor: Actor,
    training_session_id: str,
    *,
    now: datetime | None = None,
    before_end: bool = False,
) -> SessionRow:
    """Lock the séance's attendance (refused while boxes are unmarked, saying how many; and
    before its last half-day ends, unless ``before_end`` says the animator chose to)."""
    now = now or datetime.now(UTC)
    seance = _seance(session, training_session_id)
    name = _markable(session, actor, seance, now)
    ends = session_ends_at(get_session(session, seance.id))
    if ends is not None and now < ends and not before_end:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training",
                "This session ends at {time}: close it once it is over (its hours would "
                "count time still to come).",
            ),
            time=ends.astimezone(PARIS).strftime("%H:%M"),
        )
    unmarked = attendance(session, seance.id).unmarked
    if unmarked:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training",
                "Boxes still to mark: {count}. Mark every learner's half-days, then close the "
                "session.",
            ),
            count=unmarked,
        )
    seance.closed_at = now
    session.flush()
    _audit(
        session, name, "training_session_closed", "training_session", seance.id, seance.site_id,
        now=now,
    )  # fmt: skip
    return get_session(session, seance.id)


def correct_attendance(
    session: Session,
    actor: Actor,
    training_session_id: str,
    mark: MarkDraft,
    reason: str,
    *,
    now: datetime | None = None,
) -> AttendanceView:
    """A coordinator corrects one mark of a closed séance, with a reason; the audit log
    keeps the old and the new state."""
    now = now or datetime.now(UTC)
    seance = _seance(session, training_session_id)
    name = _writable_site(session, actor, seance.site_id)
    if isinstance(actor, StaffRow):
        current = session.get(StaffUser, actor.id)
        if current is None or not allowed(current.role, Action.CORRECT_LOCKED_ATTENDANCE):
            raise _refused(
                QT_TRANSLATE_NOOP("Training", "Only a coordinator corrects locked attendance.")
            )
    if seance.closed_at is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "This session is not closed: mark its attendance on the marking screen."
            )
        )
    why = rules.check_reason(reason)
    ((member, enrolment_id, half_day, state, arrival),) = _checked_marks(
        session, seance, [mark], now
    )
    held = _marks_of(session, seance.id)
    old = held.get((member.id, half_day.value))
    before = {"state": old.state, "arrival": old.arrival_time} if old is not None else None
    row = _write_mark(session, seance, held, member, enrolment_id, half_day, state, arrival)
    session.flush()
    _audit(
        session,
        name,
        "attendance_corrected",
        "attendance",
        row.id,
        seance.site_id,
        reason=why,
        changes={
            "half_day": half_day.value,
            "old": before,
            "new": {"state": state.value, "arrival": arrival},
        },
        now=now,
    )
    return attendance(session, seance.id)


def attach_scanned_sheet(
    session: Session, actor: Actor, training_session_id: str, source: Path, folder: Path
) -> SessionRow:
    """Attach the scanned signed sheet (PDF, JPEG or PNG): copied into ``folder`` (the
    desk's attachments), named by the séance and the file's SHA-256, its name kept on the
    séance."""
    seance = _seance(session, training_session_id)
    name = _writable_site(session, actor, seance.site_id)
    suffix = source.suffix.lower()
    magic = SCANNED_SUFFIXES.get(suffix)
    if magic is None:
        raise _refused(QT_TRANSLATE_NOOP("Training", "Attach the scan as a PDF, JPEG or PNG file."))
    try:
        size = source.stat().st_size
        with source.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "The file {file} cannot be read."), file=source.name
        ) from None
    if size > SCANNED_MAX_BYTES:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "The scan is too large (at most {mb} MB)."),
            mb=SCANNED_MAX_BYTES // (1024 * 1024),
        )
    if not head.startswith(magic):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "{file} is not a PDF, JPEG or PNG file, whatever its name says."
            ),
            file=source.name,
        )
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    file_name = f"feuille-{seance.id}-{digest.hexdigest()}{'.jpg' if suffix == '.jpeg' else suffix}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / file_name
        if not target.exists():
            partial = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(source, partial)
            partial.replace(target)
    except OSError:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "The scan could not be copied into {folder}."),
            folder=str(folder),
        ) from None
    if seance.scanned_sheet != file_name:
        seance.scanned_sheet = file_name
    session.flush()
    _audit(
        session, name, "scanned_sheet_attached", "training_session", seance.id, seance.site_id,
        changes={"file": file_name},
    )  # fmt: skip
    return get_session(session, seance.id)


# --- a member's training ---------------------------------------------------------------------


def member_training(session: Session, member_id: str) -> TrainingHistory:
    """A member's runs, most recent first: state, séances attended, hours (FOAD time
    counted), and the certificate the course leads to."""
    rows = session.execute(
        select(Enrolment, CourseRun, Course)
        .join(CourseRun, CourseRun.id == Enrolment.course_run_id)
        .join(Course, Course.id == CourseRun.course_id)
        .where(Enrolment.member_id == member_id, Enrolment.cl % 2 == 1)
        .order_by(CourseRun.starts_on.desc(), Enrolment.requested_at)
    ).all()
    marks = session.execute(
        select(Attendance, TrainingSession)
        .join(TrainingSession, TrainingSession.id == Attendance.training_session_id)
        .where(Attendance.member_id == member_id, Attendance.cl % 2 == 1)
    ).all()
    foad: dict[str, float] = defaultdict(float)
    for t in session.scalars(
        select(FoadTime).where(FoadTime.member_id == member_id, FoadTime.cl % 2 == 1)
    ):
        if t.time_out is not None:
            foad[t.enrolment_id] += max(0.0, (t.time_out - t.time_in).total_seconds() / 3600)
    hours: dict[str, float] = defaultdict(float)
    attended: dict[str, set[str]] = defaultdict(set)
    for mark, seance in marks:
        slot = next((s for s in _slots(seance) if s.half_day.value == mark.half_day), None)
        if slot is None:
            continue
        got = rules.hours_for(slot, Presence(mark.state), mark.arrival_time)
        hours[seance.course_run_id] += got
        if got > 0:
            attended[seance.course_run_id].add(seance.id)
    sites = _sites(session)
    seating = _seating(session, list({run.id: run for _e, run, _c in rows}.values()))
    seen_runs: set[str] = set()
    lines = []
    for enrolment, run, course in rows:
        if run.id in seen_runs:
            continue
        seen_runs.add(run.id)
        split = (
            seating.run_split.get(run.id, ([], []))
            if enrolment.training_session_id is None
            else seating.session_split.get(enrolment.training_session_id, ([], []))
        )
        state, _position = _state_of(enrolment, split)
        lines.append(
            TrainingLine(
                run_id=run.id,
                course_code=course.code,
                course_title=course.title,
                site_name=sites[run.site_id].name if run.site_id in sites else "",
                starts_on=run.starts_on,
                ends_on=run.ends_on,
                state=state,
                sessions_attended=len(attended[run.id]),
                hours_attended=hours[run.id] + foad[enrolment.id],
                planned_hours=float(course.planned_hours or 0),
                certificate=course.certificate or "",
                enrolment_id=enrolment.id,
            )
        )
    return TrainingHistory(member_id, tuple(lines))


# --- FOAD ------------------------------------------------------------------------------------


def _foad_row(t: FoadTime, member: Member | None) -> FoadTimeRow:
    return FoadTimeRow(
        t.id, t.enrolment_id, t.member_id, _name(member), t.site_id, t.time_in, t.time_out
    )


def foad_times(session: Session, enrolment_id: str) -> list[FoadTimeRow]:
    """A FOAD learner's times, oldest first."""
    times = session.scalars(
        select(FoadTime)
        .where(FoadTime.enrolment_id == enrolment_id, FoadTime.cl % 2 == 1)
        .order_by(FoadTime.time_in)
    ).all()
    members = {
        m.id: m
        for m in session.scalars(select(Member).where(Member.id.in_({t.member_id for t in times})))
    }
    return [_foad_row(t, members.get(t.member_id)) for t in times]


def _foad_enrolment(session: Session, enrolment_id: str) -> tuple[Enrolment, Member]:
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or not enrolment.alive:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This enrolment no longer exists."))
    run = _run(session, enrolment.course_run_id)
    course = session.get(Course, run.course_id)
    if course is None or not course.is_foad:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "Time in and out is for distance learning (FOAD) runs only."
            )
        )
    state, _position = _state_of(enrolment, _split_for(session, enrolment))
    if state is not EnrolmentState.ENROLLED:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "Only an enrolled learner's time is recorded.")
        )
    return enrolment, _living_member(session, enrolment.member_id)


def _open_time(session: Session, enrolment_id: str) -> FoadTime | None:
    return session.scalars(
        select(FoadTime).where(
            FoadTime.enrolment_id == enrolment_id,
            FoadTime.cl % 2 == 1,
            FoadTime.time_out.is_(None),
        )
    ).first()


def _close_overnight(session: Session, running: FoadTime | None, now: datetime) -> FoadTime | None:
    """A time still running from an earlier day ends at its start, counting no hours (the desk
    never saw the departure; a correction gives the real one): returned when ended. Only the
    desk of the time's site ends it."""
    if running is None or not rules.left_running(running.time_in, running.time_out, now):
        return None
    if running.site_id not in {site.id for site in node.node_info(session).served_sites}:
        return None
    running.time_out = running.time_in
    return running


def settle_foad_times(session: Session, site_id: str, now: datetime, *, all_day: bool) -> int:
    """FOAD times of the site still running: those of earlier days end at their start, and
    with ``all_day`` (the clôture) today's too. None counts an hour the desk did not see: a
    correction gives the real departure. How many ended."""
    running = session.scalars(
        select(FoadTime).where(
            FoadTime.site_id == site_id, FoadTime.time_out.is_(None), FoadTime.cl % 2 == 1
        )
    ).all()
    ended = [r for r in running if all_day or rules.left_running(r.time_in, r.time_out, now)]
    for row in ended:
        row.time_out = row.time_in
    return len(ended)


def foad_time_in(
    session: Session,
    actor: Actor,
    site_id: str,
    enrolment_id: str,
    *,
    now: datetime | None = None,
) -> FoadTimeRow:
    """A FOAD learner starts working at ``site_id`` (a site this desk serves)."""
    now = now or datetime.now(UTC)
    _writable_site(session, actor, site_id)
    enrolment, member = _foad_enrolment(session, enrolment_id)
    running = _open_time(session, enrolment.id)
    if _close_overnight(session, running, now) is not None:
        running = None
    if running is not None:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "{name} has been working since {time}."),
            name=_name(member),
            time=running.time_in.astimezone(PARIS).strftime("%H:%M"),
        )
    row = FoadTime(
        id=uuid7(),
        enrolment_id=enrolment.id,
        member_id=member.id,
        site_id=site_id,
        time_in=now,
        time_out=None,
        **_snapshot(member, paris_today(now)),
    )
    session.add(row)
    session.flush()
    return _foad_row(row, member)


def foad_time_out(
    session: Session,
    actor: Actor,
    site_id: str,
    enrolment_id: str,
    *,
    now: datetime | None = None,
) -> FoadTimeRow:
    """A FOAD learner stops: the time running is closed at ``now``."""
    now = now or datetime.now(UTC)
    _writable_site(session, actor, site_id)
    enrolment, member = _foad_enrolment(session, enrolment_id)
    running = _open_time(session, enrolment.id)
    if running is None or running.site_id != site_id:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "{name} has no time running here: record the time in.")
        , name=_name(member))  # fmt: skip
    if _close_overnight(session, running, now) is None:
        running.time_out = max(now, running.time_in)
    session.flush()
    return _foad_row(running, member)


def correct_foad_time(
    session: Session,
    actor: Actor,
    time_id: str,
    time_in: str,
    time_out: str,
    reason: str,
    *,
    now: datetime | None = None,
) -> FoadTimeRow:
    """Correct a FOAD time by hand, within its day (a departure never recorded, a wrong
    key; a time left running on an earlier day is ended so): arrival and departure as typed,
    a reason, an audit row with the old and new."""
    now = now or datetime.now(UTC)
    row = session.get(FoadTime, time_id)
    if row is None or row.cl % 2 == 0:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This time no longer exists."))
    name = _writable_site(session, actor, row.site_id)
    enrolment = session.get(Enrolment, row.enrolment_id)
    if enrolment is None or not enrolment.alive:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This enrolment no longer exists."))
    _living_member(session, row.member_id)  # an erased learner's times are not edited
    day = paris_today(row.time_in)
    clock = now.astimezone(PARIS).strftime("%H:%M") if day == paris_today(now) else None
    if not rules.correctable(row.time_in, row.time_out, now):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "This time is still running: record the departure instead."
            )
        )
    came, left = rules.check_foad_times(time_in, time_out, clock)
    why = rules.check_reason(reason, foad=True)
    starts, ends = at_paris(day, came), at_paris(day, left)
    for other in session.scalars(
        select(FoadTime).where(
            FoadTime.enrolment_id == row.enrolment_id,
            FoadTime.id != row.id,
            FoadTime.cl % 2 == 1,
        )
    ):
        other_end = other.time_out or now
        if other.time_in < ends and starts < other_end:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Training", "These times overlap another time of the learner ({start}–{end})."
                ),
                start=other.time_in.astimezone(PARIS).strftime("%H:%M"),
                end=other_end.astimezone(PARIS).strftime("%H:%M"),
            )
    before = {"in": row.time_in.isoformat(), "out": row.time_out and row.time_out.isoformat()}
    if row.time_in != starts:
        row.time_in = starts
    if row.time_out != ends:
        row.time_out = ends
    session.flush()
    _audit(
        session, name, "foad_time_corrected", "foad_time", row.id, row.site_id, reason=why,
        changes={"old": before, "new": {"in": starts.isoformat(), "out": ends.isoformat()}},
        now=now,
    )  # fmt: skip
    return _foad_row(row, session.get(Member, row.member_id))


# --- documents -------------------------------------------------------------------------------

SHEET_NOTE = "sheet_numbers"
_BLANK_NOTE = "blank_sheet {}"


def _empty_rows(learners: int, funded: bool) -> int:
    """At least MIN_EMPTY_ROWS empty rows for walk-ins, more so the last page is full (the
    sheet's layout says how many rows a page holds)."""
    try:
        from lam_desk.reports.attendance_sheet import empty_rows_to_fill
    except ImportError:  # pragma: no cover - the documents are part of the desk
        return MIN_EMPTY_ROWS
    return max(MIN_EMPTY_ROWS, empty_rows_to_fill(learners, funded=funded, least=MIN_EMPTY_ROWS))


def _address(site: Site | None) -> str:
    """ "Médiathèque, Saint-Chinian": the place, then the commune unless the place names it."""
    if site is None:
        return ""
    from lam_desk.services.communes import commune_name

    commune = commune_name(site.commune_insee) or ""
    place = (site.place or "").strip()
    if not place or place == commune:
        return commune
    return place if commune in place else f"{place}, {commune}"


def _sheet_number(session: Session, site_code: str) -> str:
    """``BED-4821-00042``: the site, this desk's four digits (those of its member cards), its
    own sequence: unique in the network, even offline."""
    node_id = session.scalars(select(Node.node_id)).one()
    return node.next_in_desk_sequence(
        session,
        SHEET_NOTE,
        first_digits=lambda: _desk_tag(session, node_id),
        number_of=lambda tag, last: f"{site_code}-{tag:04d}-{last:05d}",
        taken=lambda number: (
            session.scalars(
                select(TrainingSession.id).where(TrainingSession.sheet_number == number)
            ).first()
            is not None
        ),
    )


def _desk_tag(session: Session, node_id: str) -> int:
    """The four digits of this desk's sheets, chosen as its member cards choose theirs
    (lam_desk.services.members): the digits of its cards once it has issued some, else the
    first of its candidates no card seen here uses; and in both cases digits no attendance
    sheet seen here carries (another desk's, pulled), so two desks never share them."""
    from lam_desk.services.members import CARD_NOTE, _free_desk_tag

    on_sheets = _tags_of(
        session.scalars(
            select(TrainingSession.sheet_number).where(TrainingSession.sheet_number.is_not(None))
        ),
        _SHEET_TAG,
    )
    cards = node.desk_sequence(session, CARD_NOTE)
    if cards is not None and cards[0] not in on_sheets:
        return cards[0]
    tag = _free_desk_tag(session, node_id)
    if tag not in on_sheets:
        return tag
    # Rare: another desk's sheets carry the digits no card uses; the next candidate free of
    # both, in the order the cards try them.
    on_cards: set[int] = set()
    for number, replaced in session.execute(select(Member.card_number, Member.replaced_cards)):
        on_cards |= _tags_of([number or "", *re.split(r"[\s,;]+", replaced or "")], _CARD_TAG)
    for candidate in people.desk_tag_candidates(node_id):
        if candidate not in on_sheets and candidate not in on_cards:
            return candidate
    return tag  # never reached: ten thousand candidates


_SHEET_TAG = re.compile(r"^[A-Z]{2,4}-(\d{4})-\d+$")
_CARD_TAG = re.compile(
    rf"^[A-Z]{{2,4}}-(\d{{{people.CARD_DESK_DIGITS}}})\d{{{people.CARD_SEQUENCE_DIGITS}}}$"
)


def _tags_of(numbers: Iterable[str | None], shape: re.Pattern[str]) -> set[int]:
    """The desk digits the numbers carry."""
    found = (shape.match((n or "").strip().upper()) for n in numbers)
    return {int(m.group(1)) for m in found if m is not None}


def attendance_sheet(
    session: Session,
    actor: Actor,
    training_session_id: str,
    *,
    blank: bool = False,
    now: datetime | None = None,
) -> SheetData:
    """What the séance's attendance sheet prints: its learners by name (blank: none), empty
    rows for walk-ins, a number unique in the network. The same content printed again keeps
    its number; changed content gets a new one, kept on the séance with its hash, until the
    séance is closed or its signed sheet attached: from then on every print keeps the
    number of the paper that was signed."""
    now = now or datetime.now(UTC)
    seance = _seance(session, training_session_id)
    name = _writable_site(session, actor, seance.site_id)
    view = attendance(session, seance.id)
    row = view.session
    run = _run(session, seance.course_run_id)
    course = session.get(Course, run.course_id)
    assert course is not None
    lines = _funding_rows(session)
    funding = lines.get(run.funding_line_id or "") or lines.get(course.funding_line_id or "")
    site = session.get(Site, seance.site_id)
    address = _address(site)
    learners = (
        () if blank else tuple(sorted((lr.member_name for lr in view.learners), key=people.fold))
    )
    sheet = SheetData(
        sheet_number="",
        generated_at=now,
        course_code=course.code,
        course_title=course.title,
        module_title=row.module_title,
        run_label=row.run_label,
        site_name=row.site_name,
        site_address=address,
        day=row.day,
        slots=row.slots,
        trainer_name=row.trainer_name,
        learners=learners,
        empty_rows=_empty_rows(len(learners), funding is not None),
        planned_hours=float(course.planned_hours or 0),
        funding=funding,
    )
    content = sheet.content_hash()
    code = site.code if site is not None else "LAM"
    # Once the séance is closed or its signed sheet scanned, the paper people signed is the
    # record: a new print keeps its number, whatever changed since.
    signed = seance.closed_at is not None or bool(seance.scanned_sheet)
    if blank:
        key = _BLANK_NOTE.format(seance.id)
        note = session.get(LocalNote, key)
        kept = note.value.split() if note is not None else []
        if len(kept) == 2 and (kept[1] == content or signed):
            number = kept[0]
        else:
            number = _sheet_number(session, code)
            if note is None:
                session.add(LocalNote(key=key, value=f"{number} {content}"))
            else:
                note.value = f"{number} {content}"
            _sheet_audit(session, name, seance, number, content, blank, now)
    elif seance.sheet_number and seance.sheet_hash == content:
        number = seance.sheet_number
    elif seance.sheet_number and signed:
        number = seance.sheet_number  # the kept hash stays the signed paper's
        _sheet_audit(session, name, seance, number, content, blank, now, reprint=True)
    else:
        number = _sheet_number(session, code)
        seance.sheet_number = number
        seance.sheet_hash = content
        _sheet_audit(session, name, seance, number, content, blank, now)
    session.flush()
    return _replace_number(sheet, number)


def _replace_number(sheet: SheetData, number: str) -> SheetData:
    from dataclasses import replace

    return replace(sheet, sheet_number=number)


def _sheet_audit(
    session: Session,
    actor: str,
    seance: TrainingSession,
    number: str,
    content: str,
    blank: bool,
    now: datetime,
    *,
    reprint: bool = False,
) -> None:
    """Each sheet issued: its number and hash; a reprint of a signed séance's sheet whose
    content changed keeps the number, and its new hash is noted here."""
    changes: dict[str, object] = {"number": number, "hash": content, "blank": blank}
    if reprint:
        changes["reprint"] = True
    _audit(
        session, actor, "attendance_sheet_issued", "training_session", seance.id, seance.site_id,
        changes=changes, now=now,
    )  # fmt: skip


def run_sheets(
    session: Session, actor: Actor, run_id: str, *, now: datetime | None = None
) -> list[SheetData]:
    """The attendance sheets of every séance of a run, by day."""
    _run(session, run_id)
    return [
        attendance_sheet(session, actor, row.id, now=now) for row in run_sessions(session, run_id)
    ]


def certificate(
    session: Session, actor: Actor, enrolment_id: str, *, now: datetime | None = None
) -> CertificateData:
    """A learner's certificate, from the locked séances only: of attendance, or of completion
    when the enrolment is for the whole run, every séance of the run is closed and the rate
    reaches COMPLETION_RATE. Every half-day of every closed séance the enrolment covers
    counts; one without a mark counts as absent. An enrolment in one séance gets a
    certificate of attendance only. Refused for an enrolment waitlisted or cancelled."""
    now = now or datetime.now(UTC)
    _staff_name(session, actor)
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or not enrolment.alive:
        raise _refused(QT_TRANSLATE_NOOP("Training", "This enrolment no longer exists."))
    state, _position = _state_of(enrolment, _split_for(session, enrolment))
    if state is not EnrolmentState.ENROLLED:
        raise _refused(
            QT_TRANSLATE_NOOP("Training", "Only an enrolled learner gets a certificate.")
        )
    run = _run(session, enrolment.course_run_id)
    course = session.get(Course, run.course_id)
    assert course is not None
    seances = list(
        session.scalars(
            _ordered(
                select(TrainingSession).where(
                    TrainingSession.course_run_id == run.id, TrainingSession.cl % 2 == 1
                )
            )
        )
    )
    whole_run = enrolment.training_session_id is None
    covered = (
        seances if whole_run else [s for s in seances if s.id == enrolment.training_session_id]
    )
    closed = [s for s in covered if s.closed_at is not None]
    if not closed:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training",
                "No session of this run is closed yet: a certificate is made from locked "
                "attendance only.",
            )
        )
    member = session.get(Member, enrolment.member_id)
    marks = session.scalars(
        select(Attendance).where(
            Attendance.member_id == enrolment.member_id,
            Attendance.training_session_id.in_([s.id for s in closed]),
            Attendance.cl % 2 == 1,
        )
    ).all()
    if not marks:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Training", "{name} has no attendance in the closed sessions of this run."
            ),
            name=_name(member),
        )
    by_key = {(m.training_session_id, m.half_day): m for m in marks}
    pairs: list[tuple[Slot, Mark]] = []
    for s in closed:
        for slot in _slots(s):
            held = by_key.get((s.id, slot.half_day.value))
            state_held = Presence(held.state) if held is not None else Presence.ABSENT
            arrival = held.arrival_time if held is not None else None
            hours_got = rules.hours_for(slot, state_held, arrival)
            pairs.append((slot, Mark(slot.half_day, state_held, arrival, hours_got)))
    hours = sum(mark.hours for _slot, mark in pairs)
    rate = rules.attendance_rate(pairs)
    if whole_run:
        # The hours the run schedules (its séances), as the rate counts them; the
        # catalogue's figure only for a run with no séance.
        planned = sum(slot.hours for s in seances for slot in _slots(s)) or float(
            course.planned_hours or 0
        )
    else:  # what the learner enrolled for: the one séance
        planned = sum(slot.hours for s in covered for slot in _slots(s))
    completed = (
        whole_run and len(closed) == len(seances) and rate is not None and rate >= COMPLETION_RATE
    )
    lines = _funding_rows(session)
    site = session.get(Site, run.site_id)
    signatory = ""
    if isinstance(actor, StaffRow):
        signatory = actor.display_name
    return CertificateData(
        reference=f"ATT-{site.code if site else 'LAM'}-{enrolment.id[-8:].upper()}",
        generated_at=now,
        member_name=_name(member),
        birth_year=member.birth_year if member is not None else None,
        course_code=course.code,
        course_title=course.title,
        certificate=course.certificate or "",
        run_label=run.label,
        first_day=closed[0].day,
        last_day=closed[-1].day,
        hours_attended=hours,
        planned_hours=planned,
        attendance_rate=rate,
        completed=completed,
        site_name=site.name if site else "",
        site_address=_address(site),
        signatory=signatory,
        funding=lines.get(run.funding_line_id or "") or lines.get(course.funding_line_id or ""),
    )
