"""The rows services hand to the desk and the command line (DESIGN.md §3: UI ◄ DTOs ◄ services).

Frozen dataclasses, free of the ORM: the desk's window can import them, and show itself, before
the store is open (lam_desk.peek). Rows a user may edit carry the field clocks they were read
with, so an update can pass them on as the ``base`` of its change (DESIGN.md §5.1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# Re-exported: the rows of the start path live in dto_base.
from lam_desk.services.dto_base import (
    AccountDraft as AccountDraft,
    CreatedAccount as CreatedAccount,
    LoginOutcome as LoginOutcome,
    NodeInfo as NodeInfo,
    SiteRow as SiteRow,
    StaffRow as StaffRow,
)


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
    no_show: bool = False  # released: nobody came
    block: bool = False


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
    visits: int  # people welcomed (anonymous groups by their head count)
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


# --- bookings and the settings of a site ----------------------------------------------------


@dataclass(frozen=True)
class OpeningIntervalRow:
    """One interval of a site's weekly opening, wall-clock "HH:MM" (0 = Monday)."""

    weekday: int
    opens: str
    closes: str


@dataclass(frozen=True)
class ClosureRow:
    """Days a site is closed; ``id`` None for a closure not saved yet."""

    id: str | None
    first_day: date
    last_day: date
    reason: str


@dataclass(frozen=True)
class SiteSettingsRow:
    """How a site runs its desk, as read (defaults where nothing was saved yet), with the
    field clocks of its settings row. ``purpose_codes`` None: every active purpose.
    ``opening`` is the standing weekly pattern; ``closures`` those not over yet."""

    site_id: str
    session_default_minutes: int
    session_max_minutes: int
    booking_min_minutes: int
    booking_max_minutes: int
    booking_quota_minutes: int
    no_show_minutes: int
    purpose_codes: tuple[str, ...] | None
    opening: tuple[OpeningIntervalRow, ...]
    closures: tuple[ClosureRow, ...]
    purposes: tuple[PurposeRow, ...] = ()  # every active purpose of the network, to choose from
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def offered_purposes(self) -> tuple[PurposeRow, ...]:
        if self.purpose_codes is None:
            return self.purposes
        by_code = {p.code: p for p in self.purposes}
        return tuple(by_code[c] for c in self.purpose_codes if c in by_code)


@dataclass(frozen=True)
class SiteSettingsDraft:
    """What the site settings form gives to the service."""

    session_default_minutes: int
    session_max_minutes: int
    booking_min_minutes: int
    booking_max_minutes: int
    booking_quota_minutes: int
    no_show_minutes: int
    purpose_codes: tuple[str, ...] | None
    opening: tuple[OpeningIntervalRow, ...]
    closures: tuple[ClosureRow, ...]


@dataclass(frozen=True)
class BookingRow:
    """A booking as the desk shows it. ``state`` is one of lam_desk.domain.bookings
    BookingState's values, computed when it was read (``late``: started, nobody yet)."""

    id: str
    site_id: str
    workstation_id: str
    workstation: str  # label
    starts_at: datetime
    ends_at: datetime
    member_id: str | None
    person: str  # the member's name, the name given on the phone, or "" for a block
    card_number: str
    caller_name: str
    label: str
    block_id: str | None
    cancelled_at: datetime | None
    arrived_at: datetime | None
    released_at: datetime | None
    state: str
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)
    # Set by an arrival that seated the person at the booked workstation: until when.
    seated_until: datetime | None = None

    @property
    def is_block(self) -> bool:
        return self.block_id is not None

    @property
    def by_phone(self) -> bool:
        """Booked for a name given on the phone, not linked to a member yet."""
        return self.member_id is None and self.block_id is None

    @property
    def title(self) -> str:
        """What the timeline writes on the booking: the person, or the block's label."""
        return self.label if self.is_block and self.label else self.person or self.label


@dataclass(frozen=True)
class BookingDraft:
    """A booking asked for at the desk: a member, or a name given on the phone."""

    site_id: str
    workstation_id: str
    starts_at: datetime
    ends_at: datetime
    member_id: str | None = None
    caller_name: str = ""


@dataclass(frozen=True)
class TimelineStation:
    id: str
    label: str
    kind: str
    out_of_service_reason: str | None


@dataclass(frozen=True)
class DayTimeline:
    """A site's bookings of one day, its workstations and its opening that day (minutes since
    midnight, wall clock); ``closed_reason`` says why it is closed, if it is."""

    site_id: str
    day: date
    read_at: datetime
    stations: tuple[TimelineStation, ...]
    opening: tuple[tuple[int, int], ...]
    closed_reason: str | None
    hours_configured: bool
    bookings: tuple[BookingRow, ...]
    min_minutes: int = 30
    max_minutes: int = 120
    no_show_minutes: int = 15

    def bookings_of(self, station_id: str) -> tuple[BookingRow, ...]:
        return tuple(b for b in self.bookings if b.workstation_id == station_id)


@dataclass(frozen=True)
class WeekTimeline:
    site_id: str
    monday: date
    days: tuple[DayTimeline, ...]


@dataclass(frozen=True)
class ReminderLine:
    """Someone to remind of their booking: the phone is given when the member's contact is
    kept at a site this desk serves (DESIGN.md §6), and never for a block."""

    starts_at: datetime
    ends_at: datetime
    workstations: tuple[str, ...]
    person: str
    card_number: str
    phone: str
    by_phone: bool  # booked on the phone for a name: no member card yet
    contact_here: bool = False  # the member's contact is kept at a site this desk serves


@dataclass(frozen=True)
class Placement:
    """Where a person who checked in went: a workstation until a time, or the queue."""

    workstation: str | None
    until: datetime | None
    queue_entry_id: str | None


# --- the member directory ---------------------------------------------------------------------


@dataclass(frozen=True)
class MemberDraft:
    """What the member form gives to the service: the card (DESIGN.md §6 minimum) and the
    contact kept at the home site."""

    family_name: str
    given_name: str
    birth_year: int | None
    commune_insee: str
    status: str
    gender: str = "-"
    phone: str = ""
    email: str = ""
    address: str = ""
    postal_code: str = ""
    notice_accepted: bool = False
    charter_accepted: bool = False
    parental_authorisation: bool = False
    guardian_name: str = ""


@dataclass(frozen=True)
class ContactRow:
    """A member's contact, as kept at the home site, with the field clocks it was read with."""

    id: str
    phone: str
    email: str
    address: str
    postal_code: str
    notice_accepted_on: date | None
    charter_accepted_on: date | None
    parental_authorisation_on: date | None
    guardian_name: str
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class MemberDetails:
    """A member's card with what the desk may show of it: the contact only when the home
    site is one this desk serves (``contact_kept_here``)."""

    member: MemberRow
    home_site_name: str
    home_site_code: str
    contact_kept_here: bool
    contact: ContactRow | None
    replaced_cards: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicateCandidate:
    """A member who may be the person being registered, and why (domain.people
    DuplicateReason values)."""

    member: MemberRow
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class CardLookup:
    """What a card number scanned or typed gives: the member, or that the card was replaced
    (``replaced``, with the member's card now), or nothing (an unknown card)."""

    number: str
    member: MemberRow | None
    replaced: bool = False

    @property
    def unknown(self) -> bool:
        return self.member is None


# --- members imported from a spreadsheet -----------------------------------------------------


class ImportOutcome(StrEnum):
    CREATED = "created"
    MATCHED = "matched"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportNote:
    """A reason or a remark about a line, translated when shown."""

    context: str
    source: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        from lam_desk.i18n import translate

        return translate(self.context, self.source).format(**self.params)


@dataclass(frozen=True)
class ImportLine:
    """One line of the spreadsheet and what the import does with it. ``card_number``: the
    member it matched, or the card made for it (a real run)."""

    line: int
    outcome: ImportOutcome
    family_name: str
    given_name: str
    birth_year: int | None
    commune: str
    reasons: tuple[ImportNote, ...] = ()  # why it is refused
    notes: tuple[ImportNote, ...] = ()  # what to look at (a close spelling of a member…)
    member_id: str | None = None
    card_number: str = ""


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    encoding: str
    delimiter: str
    columns: tuple[str, ...]  # lam_desk.domain.member_import.Column values understood
    ignored_columns: tuple[str, ...]
    lines: tuple[ImportLine, ...]
    written: bool  # False for a dry run
    valid_only: bool  # refused lines were left out and the others imported

    def count(self, outcome: ImportOutcome) -> int:
        return sum(1 for line in self.lines if line.outcome is outcome)


# --- opening and closing the day --------------------------------------------------------------


@dataclass(frozen=True)
class LooseVisit:
    """A visit left open on an earlier day, and when settling it would close it: its last
    known moment (the end of its last session at a workstation, or its check-in)."""

    id: str
    who: Who
    started_at: datetime
    closes_at: datetime
    seated_until: bool  # closes_at is the end of a session at a workstation


@dataclass(frozen=True)
class LooseUse:
    """A session at a workstation never ended on an earlier day, and the end it would get:
    its planned end (the desk's timer), never past that day."""

    id: str
    workstation: str
    who: Who
    started_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class LooseBooking:
    """A booking of an earlier day nobody marked (arrived or not): settled as a no-show by the
    bookings rule."""

    id: str
    starts_at: datetime
    ends_at: datetime
    workstation: str
    person: str


@dataclass(frozen=True)
class SyncBacklog:
    """Changes of this desk not acknowledged by the central store yet. ``configured``: the
    desk knows a central store's address; ``oldest`` is the first waiting change."""

    pending: int
    oldest: datetime | None
    configured: bool

    def stale(self, day_start: datetime) -> bool:
        """Changes made before ``day_start`` still wait to be sent."""
        return self.oldest is not None and self.oldest < day_start


@dataclass(frozen=True)
class DayClosing:
    """A clôture recorded for a site: when, by whom (the account's name as shown)."""

    at: datetime
    by: str


@dataclass(frozen=True)
class FoadRunning:
    """A FOAD learner's time still running at the site: nobody pressed Departure."""

    who: Who
    started_at: datetime


@dataclass(frozen=True)
class LooseEnds:
    """What earlier days left unfinished at a site, and this desk's changes still to send."""

    site_id: str
    read_at: datetime
    visits: tuple[LooseVisit, ...]
    uses: tuple[LooseUse, ...]
    bookings: tuple[LooseBooking, ...]
    sync: SyncBacklog
    last_closing: DayClosing | None = None  # the last clôture so far (today's included)
    foad: tuple[FoadRunning, ...] = ()  # FOAD times of earlier days: no hours until corrected

    @property
    def count(self) -> int:
        """Rows the animator settles (the sync backlog is not one of them)."""
        return len(self.visits) + len(self.uses) + len(self.bookings) + len(self.foad)


@dataclass(frozen=True)
class LooseEndsSettled:
    visits_closed: int
    uses_ended: int
    bookings_released: int
    queue_left: int
    foad_ended: int = 0  # distance-learning times left running, ended at their start


@dataclass(frozen=True)
class SeatedNow:
    workstation: str
    who: Who
    started_at: datetime
    planned_end_at: datetime


@dataclass(frozen=True)
class OpenVisitNow:
    who: Who
    started_at: datetime
    workstation: str | None
    waiting: bool  # in the walk-in queue


@dataclass(frozen=True)
class ClosingPreview:
    """What the clôture of a site's day would do if done at ``read_at``."""

    site_id: str
    day: date
    read_at: datetime
    seated: tuple[SeatedNow, ...]  # sessions ended at the clôture
    open_visits: tuple[OpenVisitNow, ...]  # visits closed at the clôture
    unclaimed: tuple[LooseBooking, ...]  # started, nobody came: released as no-shows
    ahead: tuple[LooseBooking, ...]  # later today: left as they are
    loose: LooseEnds  # earlier days, settled too
    closed_today: DayClosing | None  # the day was already closed (it may be closed again)
    foad: tuple[FoadRunning, ...] = ()  # FOAD times still running: no hours until corrected

    @property
    def waiting(self) -> int:
        return sum(1 for v in self.open_visits if v.waiting)


@dataclass(frozen=True)
class TallyLine:
    """One line of a tally: a label and the people counted (members' visits and anonymous
    heads apart). ``code`` keeps what the label names (a purpose code, an age band…)."""

    code: str
    label: str
    members: int
    anonymous: int

    @property
    def total(self) -> int:
        return self.members + self.anonymous


@dataclass(frozen=True)
class StationUse:
    workstation: str
    sessions: int
    minutes: int


@dataclass(frozen=True)
class DayTally:
    """A site's day counted from its rows (never from stored counters, DESIGN.md §4).

    People are counted by head: a member's visit is one, an anonymous head count its number.
    Age bands and genders are those the visits kept that day. ``running`` sessions were not
    ended when counted (their minutes run to ``counted_at``)."""

    site_id: str
    day: date
    counted_at: datetime
    visits: int  # rows: check-ins
    member_visits: int
    anonymous_people: int
    by_purpose: tuple[TallyLine, ...]
    by_age: tuple[TallyLine, ...]
    by_gender: tuple[TallyLine, ...]
    stations: tuple[StationUse, ...]
    running: int
    bookings_honoured: int
    no_shows: int
    bookings_cancelled: int
    bookings_pending: int  # neither claimed nor released yet
    block_bookings: int  # workshops and groups, counted apart
    queue_joined: int
    queue_seated: int
    queue_left: int
    queue_waiting: int

    @property
    def people(self) -> int:
        return self.member_visits + self.anonymous_people

    @property
    def use_sessions(self) -> int:
        return sum(s.sessions for s in self.stations)

    @property
    def use_minutes(self) -> int:
        return sum(s.minutes for s in self.stations)


@dataclass(frozen=True)
class ClosingDone:
    """What the clôture did, the day's tally after it, and the changes it left to send."""

    closing: DayClosing
    uses_ended: int
    visits_closed: int
    bookings_released: int
    queue_left: int
    earlier: LooseEndsSettled
    tally: DayTally
    sync: SyncBacklog
    foad_ended: int = 0  # FOAD times still running, ended at their start (no hours)


@dataclass(frozen=True)
class OpeningView:
    """What the Accueil shows: the day, what earlier days left to settle, this desk's changes
    waiting for the central store, and the day's clôture if it was done."""

    today: TodayOverview
    loose: LooseEnds
    closed_today: DayClosing | None
