"""What the desk shows when it opens: today's bookings, sessions and workstations of a site."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lam_desk.db.models import (
    Booking,
    Course,
    CourseRun,
    Enrolment,
    Member,
    TrainingSession,
    Visit,
    Workstation,
)
from lam_desk.domain import people
from lam_desk.domain.wallclock import paris_day_bounds, paris_today
from lam_desk.services import closing
from lam_desk.services.dto import (
    BookingLine,
    OpeningView,
    SessionLine,
    TodayOverview,
    WorkstationLine,
)


def person_name(given: str, family: str) -> str:
    return people.display_name(family, given)


def overview(session: Session, site_id: str, day: date) -> TodayOverview:
    start, end = paris_day_bounds(day)
    booking_rows = session.execute(
        select(Booking, Workstation.label, Member.given_name, Member.family_name)
        .join(Workstation, Workstation.id == Booking.workstation_id)
        .outerjoin(Member, Member.id == Booking.member_id)
        .where(
            Booking.site_id == site_id,
            Booking.cl % 2 == 1,
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
        .order_by(Booking.starts_at, Workstation.position)
    ).all()
    lines: list[BookingLine] = []
    blocks: dict[tuple[str, bool], int] = {}
    for b, label, given, family in booking_rows:
        line = BookingLine(
            starts_at=b.starts_at,
            ends_at=b.ends_at,
            workstations=(label,),
            person=person_name(given, family) if given is not None else b.caller_name,
            label=b.label,
            cancelled=b.cancelled_at is not None,
            arrived=b.arrived_at is not None,
            no_show=b.released_at is not None and b.arrived_at is None,
            block=b.block_id is not None,
        )
        if b.block_id is None:
            lines.append(line)
            continue
        key = (b.block_id, line.cancelled)
        if key in blocks:
            first = lines[blocks[key]]
            lines[blocks[key]] = replace(first, workstations=(*first.workstations, label))
        else:
            blocks[key] = len(lines)
            lines.append(line)
    bookings = tuple(lines)
    # Requests for a séance: enrolments in its whole run, or in that séance alone.
    requests = (
        select(func.count())
        .where(
            Enrolment.course_run_id == TrainingSession.course_run_id,
            or_(
                Enrolment.training_session_id.is_(None),
                Enrolment.training_session_id == TrainingSession.id,
            ),
            Enrolment.cancelled_at.is_(None),
            Enrolment.cl % 2 == 1,
        )
        .correlate(TrainingSession)
        .scalar_subquery()
    )
    session_rows = session.execute(
        select(TrainingSession, CourseRun.capacity, Course.title, requests)
        .join(CourseRun, CourseRun.id == TrainingSession.course_run_id)
        .join(Course, Course.id == CourseRun.course_id)
        .where(
            TrainingSession.site_id == site_id,
            TrainingSession.day == day,
            TrainingSession.cl % 2 == 1,
        )
        .order_by(func.coalesce(TrainingSession.morning_start, TrainingSession.afternoon_start))
    ).all()
    sessions = tuple(
        SessionLine(
            id=t.id,
            course=title,
            module=t.module_title,
            morning=(t.morning_start, t.morning_end) if t.morning_start and t.morning_end else None,
            afternoon=(t.afternoon_start, t.afternoon_end)
            if t.afternoon_start and t.afternoon_end
            else None,
            capacity=t.capacity if t.capacity is not None else run_capacity,
            requests=n or 0,
        )
        for t, run_capacity, title, n in session_rows
    )
    workstations = tuple(
        WorkstationLine(w.label, w.out_of_service_reason)
        for w in session.scalars(
            select(Workstation)
            .where(Workstation.site_id == site_id, Workstation.cl % 2 == 1)
            .order_by(Workstation.position, Workstation.label)
        )
    )
    visits = session.scalar(
        select(func.coalesce(func.sum(Visit.head_count), 0)).where(
            Visit.site_id == site_id,
            Visit.started_at >= start,
            Visit.started_at < end,
            Visit.cl % 2 == 1,
        )
    )
    open_visits = session.scalar(
        select(func.count())
        .select_from(Visit)
        .where(
            Visit.site_id == site_id,
            Visit.ended_at.is_(None),
            Visit.started_at >= start,
            Visit.started_at < end,
            Visit.cl % 2 == 1,
        )
    )
    return TodayOverview(
        day, bookings, sessions, workstations, int(visits or 0), int(open_visits or 0)
    )


def opening(session: Session, site_id: str, now: datetime) -> OpeningView:
    """The Accueil at ``now``: the day's overview, earlier days' loose ends and the changes
    waiting to be sent, and whether the day was closed already."""
    return OpeningView(
        overview(session, site_id, paris_today(now)),
        closing.loose_ends(session, site_id, now),
        closing.closing_of_day(session, site_id, now),
    )


# The rows this service returns, importable from here as before.
__all__ = ["BookingLine", "SessionLine", "TodayOverview", "WorkstationLine"]
