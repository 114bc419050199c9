"""Training: funders and funding lines, the course catalogue, runs, sessions, enrolments,
attendance."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lam_desk.db.base import Base, Merge, Scope, StatsSnapshot, Synced, Writers, deferred_fk
from lam_desk.db.types import UTCDateTime


class Funder(Synced, Base):
    """FEDER (EU), État, Région, Département, a commune. Reference row."""

    __tablename__ = "funder"
    __scope__ = Scope.NETWORK
    __writers__ = Writers.COORDINATOR

    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # eu | state | region | department | commune


class FundingLine(Synced, Base):
    """A funding file (operation) of a funder, with its EU marking (DESIGN.md §7)."""

    __tablename__ = "funding_line"
    __scope__ = Scope.NETWORK
    __writers__ = Writers.COORDINATOR

    code: Mapped[str] = mapped_column(String(30))
    funder_id: Mapped[str] = mapped_column(String(36), deferred_fk("funder.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    operation_number: Mapped[str] = mapped_column(String(60), default="")
    programme_period: Mapped[str] = mapped_column(String(20), default="")  # "2021-2027"
    managing_authority: Mapped[str] = mapped_column(String(200), default="")
    eu_statement: Mapped[str] = mapped_column(String(300), default="")
    emblem_in_colour: Mapped[bool] = mapped_column(Boolean, default=True)
    partner_logos: Mapped[list[str]] = mapped_column(JSON, default=list)
    retention_years: Mapped[int] = mapped_column(Integer, default=10)


class Course(Synced, Base):
    """A training offer of the catalogue (CNI, university certificate, FOAD…). Reference row."""

    __tablename__ = "course"
    __scope__ = Scope.NETWORK
    __writers__ = Writers.COORDINATOR

    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    level: Mapped[str] = mapped_column(String(40), default="")
    planned_hours: Mapped[float] = mapped_column(Float, default=0)
    certificate: Mapped[str] = mapped_column(String(200), default="")
    funding_line_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("funding_line.id"), index=True
    )
    site_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_foad: Mapped[bool] = mapped_column(Boolean, default=False)


class CourseRun(Synced, Base):
    """One cohort of a course ("session de formation"), owned by a site, seen by all."""

    __tablename__ = "course_run"
    __scope__ = Scope.NETWORK_SITE_OWNED
    __owner__ = "site_id"

    course_id: Mapped[str] = mapped_column(String(36), deferred_fk("course.id"), index=True)
    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    funding_line_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("funding_line.id"), index=True
    )


class TrainingSession(Synced, Base):
    """One dated meeting of a run ("séance"), at a site, in Europe/Paris wall-clock times,
    with its morning and/or afternoon half-days (attendance is signed per half-day)."""

    __tablename__ = "training_session"
    __scope__ = Scope.NETWORK_SITE_OWNED
    __owner__ = "site_id"

    course_run_id: Mapped[str] = mapped_column(String(36), deferred_fk("course_run.id"), index=True)
    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    morning_start: Mapped[str | None] = mapped_column(String(5))
    morning_end: Mapped[str | None] = mapped_column(String(5))
    afternoon_start: Mapped[str | None] = mapped_column(String(5))
    afternoon_end: Mapped[str | None] = mapped_column(String(5))
    module_title: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)  # None: the run's capacity
    trainer_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("staff_user.id"), index=True
    )
    trainer_name: Mapped[str] = mapped_column(String(120), default="")
    workstation_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sheet_number: Mapped[str | None] = mapped_column(String(40))
    sheet_hash: Mapped[str | None] = mapped_column(String(64))
    # The signed sheet scanned and attached: its file name in the desk's attachments folder
    # (named by the séance and the file's SHA-256).
    scanned_sheet: Mapped[str | None] = mapped_column(String(120))


class Enrolment(StatsSnapshot, Synced, Base):
    """A member in a run (or one session of it). Enrolled or waitlisted is computed from the
    order the central store received enrolments and the capacity; ``server_order`` is set
    when it confirmed this one (until then the enrolment is provisional)."""

    __tablename__ = "enrolment"
    __scope__ = Scope.NETWORK
    __merge__ = Merge.INSERT_ONLY

    member_id: Mapped[str] = mapped_column(String(36), deferred_fk("member.id"), index=True)
    course_run_id: Mapped[str] = mapped_column(String(36), deferred_fk("course_run.id"), index=True)
    training_session_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("training_session.id"), index=True
    )
    site_id: Mapped[str] = mapped_column(
        String(36), deferred_fk("site.id"), index=True
    )  # where it was made
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    server_order: Mapped[int | None] = mapped_column(Integer)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Attendance(StatsSnapshot, Synced, Base):
    """Presence of an enrolled member at one half-day of a session ("émargement").
    Locked once its session is closed; corrections leave an audit entry."""

    __tablename__ = "attendance"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    training_session_id: Mapped[str] = mapped_column(
        String(36), deferred_fk("training_session.id"), index=True
    )
    enrolment_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("enrolment.id"), index=True
    )
    member_id: Mapped[str] = mapped_column(String(36), deferred_fk("member.id"), index=True)
    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    half_day: Mapped[str] = mapped_column(String(10))  # morning | afternoon
    state: Mapped[str] = mapped_column(String(10))  # present | absent | excused | late
    arrival_time: Mapped[str | None] = mapped_column(String(5))  # wall-clock "HH:MM" when late


class FoadTime(StatsSnapshot, Synced, Base):
    """A FOAD learner's time at a workstation of the site: in, then out (distance learning
    has no fixed séances; these times are its attendance and count in the member's hours)."""

    __tablename__ = "foad_time"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    enrolment_id: Mapped[str] = mapped_column(String(36), deferred_fk("enrolment.id"), index=True)
    member_id: Mapped[str] = mapped_column(String(36), deferred_fk("member.id"), index=True)
    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    time_in: Mapped[datetime] = mapped_column(UTCDateTime)
    time_out: Mapped[datetime | None] = mapped_column(UTCDateTime)
