"""The rows of training (DESIGN.md §2: formation, session de formation, séance, inscription,
émargement, feuille d'émargement, attestation) as the services hand them to the desk, the
command line and the documents. Frozen dataclasses, free of the ORM and of reportlab.

Seats and waitlist positions are computed from enrolment rows each time they are read
(DESIGN.md §4: no stored counters)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# The half-day, the presence and the slot are rules of the domain, handed on under the names
# the desk, the command line and the documents have always imported from here.
from lam_desk.domain.training import (
    HalfDay as HalfDay,
    Presence as Presence,
    Slot as Slot,
    correctable,
    left_running,
)


class EnrolmentState(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class FundingLineRow:
    """A funding file (operation) of a funder with its marking (DESIGN.md §7)."""

    id: str
    code: str
    funder_name: str
    funder_kind: str  # eu | state | region | department | commune
    title: str
    operation_number: str
    programme_period: str  # "2021-2027", "2014-2020"
    managing_authority: str
    eu_statement: str
    emblem_in_colour: bool
    partner_logos: tuple[str, ...]
    retention_years: int
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_eu(self) -> bool:
        return self.funder_kind == "eu"


@dataclass(frozen=True)
class FundingLineDraft:
    """What the coordinator writes of a funding line: the file's number and its marking."""

    operation_number: str
    programme_period: str
    managing_authority: str
    eu_statement: str
    emblem_in_colour: bool
    partner_logos: tuple[str, ...]
    retention_years: int


@dataclass(frozen=True)
class CourseRow:
    id: str
    code: str
    title: str
    description: str
    themes: tuple[str, ...]
    level: str
    planned_hours: float
    certificate: str  # the certificate it leads to, "" when none
    funding_line: FundingLineRow | None
    site_ids: tuple[str, ...]  # the sites that offer it; empty: every site
    is_foad: bool
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class CourseDraft:
    code: str
    title: str
    description: str = ""
    themes: tuple[str, ...] = ()
    level: str = ""
    planned_hours: float = 0.0
    certificate: str = ""
    funding_line_id: str | None = None
    site_ids: tuple[str, ...] = ()
    is_foad: bool = False


@dataclass(frozen=True)
class Seats:
    """Computed from the rows: who holds a seat, who waits, and how many are not yet
    confirmed by the central store."""

    capacity: int
    enrolled: int
    waitlisted: int
    provisional: int = 0

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.enrolled)


@dataclass(frozen=True)
class RunRow:
    """A course run ("session de formation", a cohort), owned by a site, seen by all."""

    id: str
    course: CourseRow
    site_id: str
    site_name: str
    label: str
    starts_on: date
    ends_on: date
    funding_line: FundingLineRow | None  # the run's own, else the course's
    seats: Seats
    session_count: int
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def capacity(self) -> int:
        return self.seats.capacity


@dataclass(frozen=True)
class RunDraft:
    course_id: str
    site_id: str
    label: str
    capacity: int
    starts_on: date
    ends_on: date
    funding_line_id: str | None = None  # None: the course's


@dataclass(frozen=True)
class SessionRow:
    """A séance: one dated meeting of a run, at a site."""

    id: str
    run_id: str
    course_id: str
    course_code: str
    course_title: str
    run_label: str
    site_id: str
    site_name: str
    day: date
    slots: tuple[Slot, ...]  # morning first
    module_title: str
    capacity: int  # the séance's own, else the run's
    trainer_id: str | None
    trainer_name: str  # an animator's display name or an external trainer's name
    workstation_ids: tuple[str, ...]
    seats: Seats
    closed_at: datetime | None
    sheet_number: str | None
    sheet_hash: str | None
    scanned_sheet: str | None = None  # file name of the signed sheet attached, if any
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def hours(self) -> float:
        return sum(slot.hours for slot in self.slots)


@dataclass(frozen=True)
class SessionDraft:
    run_id: str
    day: date
    morning: tuple[str, str] | None  # ("09:00", "12:00")
    afternoon: tuple[str, str] | None
    module_title: str = ""
    capacity: int | None = None  # None: the run's
    trainer_id: str | None = None
    trainer_name: str = ""  # an external trainer when trainer_id is None
    workstation_ids: tuple[str, ...] = ()  # held by a block booking of the site


@dataclass(frozen=True)
class EnrolmentRow:
    id: str
    member_id: str
    member_name: str  # people.display_name: "FAMILY Given"
    card_number: str
    home_site_id: str | None
    phone: str | None  # only when the member's home site is the viewer's site
    run_id: str
    training_session_id: str | None  # None: the whole run
    made_at_site_id: str
    requested_at: datetime
    state: EnrolmentState
    waitlist_position: int | None  # 1 for the first waiting, None unless waitlisted
    provisional: bool  # not yet confirmed by the central store (DESIGN.md §5.4)


@dataclass(frozen=True)
class CancelOutcome:
    cancelled: EnrolmentRow
    promoted: EnrolmentRow | None  # the first waitlisted, now enrolled: to call


@dataclass(frozen=True)
class Mark:
    """A learner's presence at one half-day: None state when not marked yet."""

    half_day: HalfDay
    state: Presence | None
    arrival: str | None = None  # "HH:MM" when late
    hours: float = 0.0


@dataclass(frozen=True)
class LearnerAttendance:
    member_id: str
    member_name: str
    enrolment_id: str | None
    walk_in: bool
    marks: tuple[Mark, ...]  # one per slot of the séance, in its order

    @property
    def hours(self) -> float:
        return sum(mark.hours for mark in self.marks)


@dataclass(frozen=True)
class MarkDraft:
    member_id: str
    half_day: HalfDay
    state: Presence
    arrival: str | None = None


@dataclass(frozen=True)
class AttendanceView:
    """The marking screen of one séance."""

    session: SessionRow
    learners: tuple[LearnerAttendance, ...]

    @property
    def locked(self) -> bool:
        return self.session.closed

    @property
    def unmarked(self) -> int:
        return sum(1 for learner in self.learners for m in learner.marks if m.state is None)


@dataclass(frozen=True)
class TrainingLine:
    """One run in a member's training history."""

    run_id: str
    course_code: str
    course_title: str
    site_name: str
    starts_on: date
    ends_on: date
    state: EnrolmentState
    sessions_attended: int
    hours_attended: float
    planned_hours: float
    certificate: str  # what the course leads to, "" when none
    enrolment_id: str


@dataclass(frozen=True)
class TrainingHistory:
    member_id: str
    lines: tuple[TrainingLine, ...]

    @property
    def hours(self) -> float:
        return sum(line.hours_attended for line in self.lines)


# --- documents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetData:
    """What one attendance sheet ("feuille d'émargement") prints, for one séance.

    Learners are names only: the boxes are blank, never pre-marked (DESIGN.md §7). A blank
    sheet has no learners and only empty rows."""

    sheet_number: str
    generated_at: datetime  # UTC; printed in Europe/Paris
    course_code: str
    course_title: str
    module_title: str
    run_label: str
    site_name: str
    site_address: str  # "place, commune"
    day: date
    slots: tuple[Slot, ...]
    trainer_name: str
    learners: tuple[str, ...]  # "FAMILY Given", sorted
    empty_rows: int  # for walk-ins
    planned_hours: float
    funding: FundingLineRow | None

    @property
    def kept_until_year(self) -> int | None:
        """The year to the end of which the signed sheet is kept (the funding line's
        retention), None when the sheet prints no such line."""
        if self.funding is None or not self.funding.retention_years:
            return None
        return self.day.year + self.funding.retention_years

    def content_hash(self) -> str:
        """SHA-256 of what the sheet says (everything but its number, time and hash), kept
        with the séance: a printed sheet can be checked against the desk's record."""
        funding = self.funding
        content = {
            "course": [self.course_code, self.course_title, self.module_title, self.run_label],
            "site": [self.site_name, self.site_address],
            "day": self.day.isoformat(),
            "slots": [[s.half_day.value, s.start, s.end] for s in self.slots],
            "trainer": self.trainer_name,
            "learners": list(self.learners),
            "empty_rows": self.empty_rows,
            "operation": funding.operation_number if funding else "",
            "marking": (
                [
                    funding.funder_name,
                    funding.funder_kind,
                    funding.title,
                    funding.programme_period,
                    funding.managing_authority,
                    funding.eu_statement,
                    funding.emblem_in_colour,
                    list(funding.partner_logos),
                ]
                if funding
                else None
            ),
            "planned_hours": self.planned_hours,
            "kept_until": self.kept_until_year,
        }
        text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CertificateData:
    """A certificate of attendance / completion ("attestation") for one learner, from locked
    attendance only."""

    reference: str
    generated_at: datetime
    member_name: str
    birth_year: int | None
    course_code: str
    course_title: str
    certificate: str  # what the course leads to, "" when none
    run_label: str
    first_day: date
    last_day: date
    hours_attended: float
    planned_hours: float
    attendance_rate: float | None  # 0..1; None when nothing counts (all excused)
    completed: bool
    site_name: str
    site_address: str
    signatory: str  # the staff member who signs
    funding: FundingLineRow | None


@dataclass(frozen=True)
class FoadTimeRow:
    """A FOAD learner's time at the site: in, then out (None while still working)."""

    id: str
    enrolment_id: str
    member_id: str
    member_name: str
    site_id: str
    time_in: datetime
    time_out: datetime | None

    @property
    def hours(self) -> float:
        if self.time_out is None:
            return 0.0
        return max(0.0, (self.time_out - self.time_in).total_seconds() / 3600)

    def left_running(self, now: datetime) -> bool:
        """Still open from an earlier day: no hours until corrected."""
        return left_running(self.time_in, self.time_out, now)

    def correctable(self, now: datetime) -> bool:
        """Ended, or left running on an earlier day: a correction may give its times."""
        return correctable(self.time_in, self.time_out, now)

    def ended_unseen(self) -> bool:
        """Ended at its own start by the desk (left running): no departure was seen."""
        return self.time_out == self.time_in
