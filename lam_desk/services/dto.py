"""The rows services hand to the desk and the command line (DESIGN.md §3: UI ◄ DTOs ◄ services).

Frozen dataclasses, free of the ORM: the desk's window can import them, and show itself, before
the store is open (lam_desk.peek). Rows a user may edit carry the field clocks they were read
with, so an update can pass them on as the ``base`` of its change (DESIGN.md §5.1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from lam_desk.domain import network
from lam_desk.domain.accounts import Role
from lam_desk.errors import UserError


@dataclass(frozen=True)
class SiteRow:
    id: str
    code: str
    name: str
    kind: str
    parent_site_id: str | None
    commune_insee: str
    place: str

    @property
    def is_antenna(self) -> bool:
        return self.kind == network.ANTENNA


@dataclass(frozen=True)
class NodeInfo:
    node_id: str
    home_site: SiteRow | None
    served_sites: tuple[SiteRow, ...]

    @property
    def configured(self) -> bool:
        return self.home_site is not None


@dataclass(frozen=True)
class StaffRow:
    """An account as shown at the desk, with the field clocks it was read with."""

    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    home_site_id: str | None
    has_pin: bool
    has_recovery_code: bool
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR


@dataclass(frozen=True)
class AccountDraft:
    """What the account form gives to the service."""

    username: str
    display_name: str
    role: Role
    home_site_id: str | None
    password: str = ""
    pin: str = ""
    active: bool = True


@dataclass(frozen=True)
class LoginOutcome:
    """The answer to a login or unlock attempt.

    A refusal is returned rather than raised, so the caller's transaction still commits the
    failure it recorded (raising would roll the count back and defeat the lockout).
    """

    account: StaffRow | None
    error: UserError | None = None

    def unwrap(self) -> StaffRow:
        if self.error is not None:
            raise self.error
        assert self.account is not None
        return self.account


@dataclass(frozen=True)
class CreatedAccount:
    account: StaffRow
    recovery_code: str


@dataclass(frozen=True)
class BookingLine:
    """One booking, or one block booking of several workstations (a workshop, a group)."""

    starts_at: datetime
    ends_at: datetime
    workstations: tuple[str, ...]
    person: str
    label: str
    cancelled: bool
    arrived: bool


@dataclass(frozen=True)
class SessionLine:
    id: str
    course: str
    module: str
    morning: tuple[str, str] | None
    afternoon: tuple[str, str] | None
    capacity: int
    requests: int  # enrolments not cancelled: seats taken plus the waitlist

    @property
    def enrolled(self) -> int:
        return min(self.requests, self.capacity)

    @property
    def waitlisted(self) -> int:
        return max(self.requests - self.capacity, 0)


@dataclass(frozen=True)
class WorkstationLine:
    label: str
    out_of_service_reason: str | None


@dataclass(frozen=True)
class TodayOverview:
    day: date
    bookings: tuple[BookingLine, ...]
    sessions: tuple[SessionLine, ...]
    workstations: tuple[WorkstationLine, ...]
    visits: int
    open_visits: int

    @property
    def out_of_service(self) -> tuple[WorkstationLine, ...]:
        return tuple(w for w in self.workstations if w.out_of_service_reason)


@dataclass(frozen=True)
class MemberRow:
    """A member's card as shown at the desk, with the field clocks it was read with.

    ``commune_name`` is the commune's name from the reference list ("" when unknown)."""

    id: str
    card_number: str
    family_name: str
    given_name: str
    birth_year: int | None
    gender: str
    commune_insee: str | None
    status: str
    home_site_id: str
    registered_on: date | None = None
    commune_name: str = ""
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class CommuneRow:
    """A French commune of the reference list (resources/data/communes.csv)."""

    insee: str
    name: str
    postal_codes: tuple[str, ...]
    department_code: str

    @property
    def postal_code(self) -> str:
        return self.postal_codes[0] if self.postal_codes else ""


# --- the desk's day: check-in, the workstation board, the walk-in queue ---------------------


@dataclass(frozen=True)
class PurposeRow:
    """A reason for a visit from the site's list (labels as the coordinator wrote them)."""

    code: str
    label: str


@dataclass(frozen=True)
class Who:
    """Who a visit is: a member (name and card), an anonymous ticket, or a head count."""

    member_id: str | None
    name: str  # "Given Family" of a member; empty for anonymous visitors
    card_number: str
    ticket: str | None
    head_count: int

    @property
    def anonymous(self) -> bool:
        return self.member_id is None


@dataclass(frozen=True)
class VisitLine:
    """One of today's visits at the desk."""

    id: str
    who: Who
    purposes: tuple[str, ...]  # labels
    started_at: datetime
    ended_at: datetime | None
    workstation: str | None  # label of the workstation the person sits at now
    waiting: bool  # in the walk-in queue now

    @property
    def open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class SeatedUse:
    """A person seated at a workstation now, with the field clocks it was read with."""

    id: str
    visit_id: str
    who: Who
    started_at: datetime
    planned_end_at: datetime
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)

    def seconds_left(self, now: datetime) -> int:
        """Negative once the time is over."""
        return int((self.planned_end_at - now).total_seconds())


@dataclass(frozen=True)
class BookedSpan:
    """A booking that holds a workstation today (not cancelled, not released)."""

    starts_at: datetime
    ends_at: datetime
    member_id: str | None
    person: str  # the member's name, the caller's name, or the label of a block booking


@dataclass(frozen=True)
class WorkstationState:
    id: str
    label: str
    kind: str
    out_of_service_reason: str | None
    use: SeatedUse | None
    bookings: tuple[BookedSpan, ...]  # today's, from now on, in order

    def next_booking(self, now: datetime) -> BookedSpan | None:
        return next((b for b in self.bookings if b.ends_at > now), None)


@dataclass(frozen=True)
class QueueLine:
    id: str
    visit_id: str
    who: Who
    joined_at: datetime


@dataclass(frozen=True)
class OpeningSpan:
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class BoardState:
    """The site's workstation board as read from the store at ``read_at``."""

    site_id: str
    read_at: datetime
    workstations: tuple[WorkstationState, ...]
    queue: tuple[QueueLine, ...]
    default_minutes: int
    max_minutes: int
    # Today's opening: configured or not, its intervals, a closure's reason.
    hours_configured: bool
    opening: tuple[OpeningSpan, ...]
    closure_reason: str | None


@dataclass(frozen=True)
class Placement:
    """Where a person who checked in went: a workstation until a time, or the queue."""

    workstation: str | None
    until: datetime | None
    queue_entry_id: str | None


# --- personal data (RGPD): export, erasure, purge --------------------------------------------


@dataclass(frozen=True)
class MemberRecord:
    """Everything the desk holds about a member, as exported (JSON-ready ``data``)."""

    member_id: str
    card_number: str
    family_name: str
    given_name: str
    generated_at: datetime
    data: Mapping[str, object]


@dataclass(frozen=True)
class ErasureDone:
    """What an erasure did. ``restricted_until``: the names stay, restricted, on the erased
    card until that day, for funded training's attendance records (DESIGN.md §6)."""

    member_id: str
    card_number: str
    cards: int  # the card and the cards merged into it
    restricted_until: date | None
    bookings_cancelled: int
    enrolments_cancelled: int


@dataclass(frozen=True)
class PurgeCandidate:
    member_id: str
    card_number: str
    family_name: str
    given_name: str
    home_site: str
    registered_on: date
    last_activity: date


@dataclass(frozen=True)
class PurgePreview:
    years: int
    cutoff: date  # no activity on or after this day
    candidates: tuple[PurgeCandidate, ...]
    restrictions_ended: int  # erased cards whose restricted names go too


@dataclass(frozen=True)
class PurgeDone:
    erased: int
    restricted: int  # of them, kept restricted for funded training
    restrictions_ended: int

