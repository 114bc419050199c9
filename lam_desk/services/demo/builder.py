"""Writes the demo network into a database: places, members, the desk's days, training.

Everything is drawn from one seed, so the same arguments give the same network; dates are
relative to "today" (injectable). Rows are written as the network would have sent them
(``Database.apply``: no outbox ops, the demo never syncs) with Core inserts in batches, and
the member data the later steps need is kept in compact arrays, so 200,000 members and a year
of visits build in about a minute with bounded memory.
"""

from __future__ import annotations

import math
import random
import uuid
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, insert, select

from lam_desk.db.base import Base, Synced
from lam_desk.db.models import (
    Attendance,
    Booking,
    Closure,
    CourseRun,
    Enrolment,
    Event,
    Member,
    MemberContact,
    OpeningHours,
    QueueEntry,
    ServiceOffer,
    StaffUser,
    TrainingSession,
    Visit,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain import network, reference
from lam_desk.domain.people import DESK_AGE_BANDS, Gender, Status, fold
from lam_desk.ids import reference_id
from lam_desk.services.demo import catalogue, territory
from lam_desk.services.demo.catalogue import AFTERNOON, EVENING, MORNING, CoursePlan
from lam_desk.services.demo.names import EMAIL_DOMAINS, HAMLETS, STREETS, NameMaker
from lam_desk.services.demo.territory import SitePlan, hhmm, minutes

PARIS = ZoneInfo("Europe/Paris")

# Colleagues at the other LAM: network rows as this desk receives them, without a password
# hash (DESIGN.md §4: hashes stay at their home site), so they cannot log in here.
COLLEAGUES: tuple[tuple[str, str, str], ...] = (
    ("sandrine", "Sandrine Cabrol", "CAP"),
    ("lucas", "Lucas Py", "ROU"),
    ("julien", "Julien Estève", "OLA"),
    ("nadia", "Nadia Benali", "OLO"),
)

# The network's members registered from the first LAM's opening on.
_FIRST_REGISTRATION = date(2012, 9, 3)
_BOOKING_DAYS_AHEAD = 14
_RUNS_BEFORE_PERIOD = timedelta(days=35)
_RUNS_AFTER_TODAY = timedelta(days=42)

_STATUS_WEIGHTS: tuple[tuple[Status, float], ...] = (
    (Status.RETIRED, 30),
    (Status.JOB_SEEKER, 27),
    (Status.EMPLOYED, 16),
    (Status.PUPIL_STUDENT, 13),
    (Status.OTHER, 14),
)
_STATUSES = tuple(s for s, _ in _STATUS_WEIGHTS)
_STATUS_CUM = tuple(sum(w for _, w in _STATUS_WEIGHTS[: i + 1]) for i in range(len(_STATUSES)))
_AGES: dict[Status, tuple[int, int, int]] = {  # low, mode, high
    Status.RETIRED: (60, 71, 95),
    Status.JOB_SEEKER: (18, 38, 64),
    Status.EMPLOYED: (18, 42, 67),
    Status.PUPIL_STUDENT: (11, 15, 25),
    Status.OTHER: (16, 50, 90),
}
_GENDERS = (Gender.FEMALE, Gender.MALE, Gender.NOT_GIVEN, Gender.OTHER)
_GENDER_CUM = (52.0, 96.0, 99.0, 100.0)

# Why people come, by status (visit purpose codes of lam_desk.domain.reference).
_PURPOSES: dict[Status, tuple[tuple[str, float], ...]] = {
    Status.JOB_SEEKER: (
        ("job_search", 50),
        ("admin_procedure", 15),
        ("free_access", 14),
        ("print_scan", 10),
        ("foad", 5),
        ("social_support", 3),
        ("training", 3),
    ),
    Status.RETIRED: (
        ("free_access", 35),
        ("admin_procedure", 27),
        ("print_scan", 15),
        ("training", 8),
        ("social_support", 5),
        ("other", 10),
    ),
    Status.EMPLOYED: (
        ("free_access", 30),
        ("print_scan", 25),
        ("admin_procedure", 20),
        ("business", 15),
        ("foad", 5),
        ("other", 5),
    ),
    Status.PUPIL_STUDENT: (
        ("school_support", 40),
        ("free_access", 30),
        ("print_scan", 20),
        ("foad", 10),
    ),
    Status.OTHER: (
        ("admin_procedure", 25),
        ("free_access", 25),
        ("social_support", 20),
        ("literacy", 15),
        ("print_scan", 10),
        ("other", 5),
    ),
}
# How often a purpose means sitting at a workstation.
_NEEDS_SEAT = {
    "free_access": 0.85,
    "job_search": 0.8,
    "admin_procedure": 0.6,
    "foad": 1.0,
    "school_support": 0.7,
    "print_scan": 0.5,
    "training": 0.3,
    "literacy": 0.4,
    "social_support": 0.3,
    "business": 0.6,
    "other": 0.3,
}
assert set(_NEEDS_SEAT) == {p.code for p in reference.PURPOSES}


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo network holds."""

    sites: int
    workstations: int
    opening_hours: int
    closures: int
    staff_accounts: int
    members: int
    member_contacts: int
    visits: int
    workstation_uses: int
    bookings: int
    queue_entries: int
    course_runs: int
    training_sessions: int
    enrolments: int
    attendance: int
    events: int
    service_offers: int


# --- small tools ------------------------------------------------------------------------------


class _Rows:
    """Buffers rows per table and writes them with executemany batches.

    Every buffer is written at once, parents before children (the tables' order in the
    metadata), and the builder adds a parent before the rows that name it: so no deferred
    foreign key is ever left waiting, which would make SQLite search the child tables at
    every later insert of a parent.
    """

    def __init__(self, connection: Connection, batch: int = 5000) -> None:
        self._connection = connection
        self._batch = batch
        self._pending = 0
        order = [t.name for t in Base.metadata.sorted_tables]
        self._buffers: dict[str, tuple[Table, list[dict[str, Any]]]] = {
            name: (Base.metadata.tables[name], []) for name in order
        }
        self.counts: Counter[str] = Counter()

    def add(self, model: type[Synced], row: dict[str, Any]) -> None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        rows = self._buffers[table.name][1]
        if not rows and set(row) != set(table.columns.keys()):
            # Core ignores keys that name no column: a misspelt field would be lost silently.
            raise KeyError(f"{table.name}: {sorted(set(row) ^ set(table.columns.keys()))}")
        rows.append(row)
        self.counts[table.name] += 1
        self._pending += 1
        if self._pending >= self._batch:
            self.flush()

    def flush(self) -> None:
        for table, rows in self._buffers.values():
            if rows:
                self._connection.execute(insert(table), rows)
                rows.clear()
        self._pending = 0


class _Clock:
    """Europe/Paris wall-clock minutes of a day as UTC moments (opening hours never span the
    night-time change of summer time, so one offset per day is exact)."""

    def __init__(self) -> None:
        self._bases: dict[date, datetime] = {}

    def base(self, day: date) -> datetime:
        found = self._bases.get(day)
        if found is None:
            offset = datetime.combine(day, time(12), PARIS).utcoffset() or timedelta(0)
            found = datetime(day.year, day.month, day.day, tzinfo=UTC) - offset
            self._bases[day] = found
        return found

    def at(self, day: date, minute: int) -> datetime:
        return self.base(day) + timedelta(minutes=minute)


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _gauss_count(rng: random.Random, mean: float) -> int:
    """A count around ``mean`` (Poisson-like spread), never negative."""
    if mean <= 0:
        return 0
    return max(0, round(rng.gauss(mean, math.sqrt(mean))))


@dataclass
class _Station:
    id: str
    label: str
    kind: str
    broken_since: date | None = None

    def usable(self, day: date) -> bool:
        return self.broken_since is None or day < self.broken_since


@dataclass
class _Site:
    pos: int
    seed: network.SiteSeed
    id: str  # the seed's, computed once (a UUIDv5 costs as much as writing a row)
    plan: SitePlan
    node: str
    commune_cum: list[float]
    week: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    stations: list[_Station] = field(default_factory=list)
    closed: set[date] = field(default_factory=set)
    staff: list[str] = field(default_factory=list)
    # Members whose home site it is, in registration order, with their registration day
    # (ordinal) and the running sum of how often they come.
    members: array[int] = field(default_factory=lambda: array("I"))
    registered: array[int] = field(default_factory=lambda: array("I"))
    weights: array[float] = field(default_factory=lambda: array("d"))
    next_card: int = 1
    # Half-days already taken by a training session, per day.
    taken: dict[date, set[str]] = field(default_factory=dict)

    @property
    def is_lam(self) -> bool:
        return self.seed.kind == network.LAM

    def intervals(self, day: date) -> list[tuple[int, int]]:
        if day in self.closed:
            return []
        return self.week.get(day.weekday(), [])

    def pcs(self, day: date) -> list[int]:
        return [i for i, s in enumerate(self.stations) if s.kind == "pc" and s.usable(day)]

    def scanners(self, day: date) -> list[int]:
        return [i for i, s in enumerate(self.stations) if s.kind == "scanner" and s.usable(day)]


class _Board:
    """One site's workstations over one day, in wall-clock minutes: what holds each of them
    (for seating people) and the bookings that are not cancelled (which must never overlap)."""

    def __init__(self, count: int) -> None:
        self.held: list[list[tuple[int, int]]] = [[] for _ in range(count)]
        self.booked: list[list[tuple[int, int]]] = [[] for _ in range(count)]

    def can_book(self, ws: int, start: int, end: int) -> bool:
        return all(e <= start or s >= end for s, e in self.booked[ws]) and all(
            e <= start or s >= end for s, e in self.held[ws]
        )

    def free_until(self, ws: int, start: int, close: int) -> int:
        """The end of the free time of ``ws`` from ``start`` (``start`` itself when busy)."""
        limit = close
        for s, e in self.held[ws]:
            if s <= start < e:
                return start
            if start < s < limit:
                limit = s
        return limit


@dataclass
class _Arrival:
    minute: int
    member: int | None  # index in the directory; None: anonymous
    purposes: list[str]
    seat: bool
    head_count: int = 1
    band: tuple[int | None, int | None] = (None, None)
    # Came for a booking: the booked workstation, from when, until the booking's end.
    booked: tuple[int, int, int] | None = None


# --- the builder ------------------------------------------------------------------------------


class DemoBuilder:
    """Draws the demo network from a seed and writes it through ``connection`` (an apply
    session's): places, then the directory of members, then training (its sessions hold
    workstations), then each site's days, then the calendar."""

    def __init__(
        self,
        connection: Connection,
        *,
        members: int,
        days: int,
        today: date,
        now: datetime,
        seed: int,
        staff_ids: dict[str, str],
    ) -> None:
        self.rows = _Rows(connection)
        self.connection = connection
        self.member_count = members
        self.days = days
        self.today = today
        self.now = now
        self.now_minute = _minute_of(now) if _paris_day(now) == today else 24 * 60
        self.period_start = today - timedelta(days=days - 1)
        self.clock = _Clock()
        self.rng = random.Random(f"lam-desk-demo:{seed}")
        self.id_bits = random.Random(f"lam-desk-demo-ids:{seed}")
        self.names = NameMaker(random.Random(f"lam-desk-demo-names:{seed}"))
        self.staff_ids = staff_ids
        # A bigger directory means a busier network: daily volumes grow with the logarithm of
        # the member count, so 200,000 members and a year give about the 150,000 visits of the
        # funder report's benchmark (DESIGN.md §9), and the default desk looks like a real one.
        self.busy = 1.0 + 1.1 * math.log10(max(members, 400) / 400)
        # …and more of the extra visits are quick ones at the counter (a print, a form), so
        # the workstations stay as full as a busy day's, not fuller.
        self.seat_share = 1 / math.sqrt(self.busy)
        self.communes = territory.pays_communes()
        self.sites: list[_Site] = []
        # The directory: one entry per member, in registration order.
        self.member_ids: list[str] = []
        self.birth = array("H")
        self.gender = array("B")
        self.status = array("B")
        self.commune = array("B")
        self.tickets: Counter[tuple[int, date]] = Counter()
        self.blocks: dict[tuple[int, date], list[tuple[int, int, int]]] = {}

    # -- ids and clocks ------------------------------------------------------------------------

    def new_id(self, moment: datetime) -> str:
        """A UUIDv7 made at ``moment``, drawn from the seed (the same network every time)."""
        bits = self.id_bits.getrandbits(74)
        value = (
            (_ms(moment) & ((1 << 48) - 1)) << 80
            | 0x7 << 76
            | (bits >> 62) << 64
            | 0b10 << 62
            | (bits & ((1 << 62) - 1))
        )
        return str(uuid.UUID(int=value))

    def synced(self, site: _Site | None, moment: datetime) -> dict[str, Any]:
        """The sync columns of a row written whole at ``moment`` by ``site``'s desk."""
        node = site.node if site is not None else _node_of("NETWORK")
        stamp = f"{_ms(moment):015d}.000000.{node}"
        return {"id": self.new_id(moment), "field_clocks": {"*": stamp}, "cl": 1}

    # -- the whole network ---------------------------------------------------------------------

    def build(self) -> DemoSummary:
        self.colleagues()
        self.places()
        self.directory()
        self.training()
        for offset in range(self.days + _BOOKING_DAYS_AHEAD):
            day = self.period_start + timedelta(days=offset)
            for site in self.sites:
                self.site_day(site, day)
        self.calendar()
        self.rows.flush()
        counts = self.rows.counts
        return DemoSummary(
            sites=len(self.sites),
            workstations=counts["workstation"],
            opening_hours=counts["opening_hours"],
            closures=counts["closure"],
            staff_accounts=len(set(self.staff_ids.values())),
            members=counts["member"],
            member_contacts=counts["member_contact"],
            visits=counts["visit"],
            workstation_uses=counts["workstation_use"],
            bookings=counts["booking"],
            queue_entries=counts["queue_entry"],
            course_runs=counts["course_run"],
            training_sessions=counts["training_session"],
            enrolments=counts["enrolment"],
            attendance=counts["attendance"],
            events=counts["event"],
            service_offers=counts["service_offer"],
        )

    def colleagues(self) -> None:
        joined = self.clock.at(date(2021, 9, 1), 9 * 60)
        for username, display_name, code in COLLEAGUES:
            if username in self.staff_ids:
                continue
            row = self.synced(None, joined)
            row.update(
                username=username,
                display_name=display_name,
                role="animator",
                active=True,
                home_site_id=network.site_id(code),
                password_hash="",
                pin_hash=None,
                recovery_code_hash=None,
            )
            self.rows.add(StaffUser, row)
            self.staff_ids[username] = row["id"]

    # -- places ----------------------------------------------------------------------------------

    def places(self) -> None:
        rng = self.rng
        plans = {p.code: p for p in territory.SITE_PLANS}
        first_day = self.period_start - _RUNS_BEFORE_PERIOD
        set_up = self.clock.at(first_day - timedelta(days=120), 10 * 60)
        for pos, seed in enumerate(network.SITES):
            plan = plans[seed.code]
            site = _Site(pos, seed, seed.id, plan, _node_of(seed.code), self._commune_weights(seed))
            site.week = {
                weekday: [(minutes(a), minutes(b)) for a, b in intervals]
                for weekday, intervals in plan.week.items()
            }
            site.staff = [self.staff_ids[name] for name in plan.staff]
            self.sites.append(site)
            for weekday, intervals in sorted(plan.week.items()):
                for opens, closes in intervals:
                    row = self.synced(site, set_up)
                    row.update(
                        site_id=site.id,
                        weekday=weekday,
                        opens=opens,
                        closes=closes,
                        valid_from=None,
                        valid_until=None,
                    )
                    self.rows.add(OpeningHours, row)
            scanner_at = plan.workstations if plan.scanner else None
            broken_at = rng.randint(2, plan.workstations - 1) if plan.out_of_service else None
            for number in range(1, plan.workstations + 1):
                is_scanner = number == scanner_at
                label = "Poste numérisation" if is_scanner else f"Poste {number}"
                row = self.synced(site, set_up)
                broken = number == broken_at
                row.update(
                    site_id=site.id,
                    label=label,
                    kind="scanner" if is_scanner else "pc",
                    position=number,
                    out_of_service_reason=plan.out_of_service if broken else None,
                )
                self.rows.add(Workstation, row)
                site.stations.append(
                    _Station(
                        row["id"],
                        label,
                        row["kind"],
                        self.today - timedelta(days=3) if broken else None,
                    )
                )
            self._closures(site, first_day, set_up)

    def _closures(self, site: _Site, first_day: date, set_up: datetime) -> None:
        last_day = self.today + timedelta(days=365)
        closures: list[tuple[date, date, str]] = [
            (day, day, f"Jour férié : {name}")
            for day, name in territory.holidays_between(first_day, self.today + timedelta(days=120))
            if day.weekday() in site.week
        ]
        for year in range(first_day.year, last_day.year + 1):
            monday, saturday = territory.august_week(year, site.pos)
            if saturday >= first_day and monday <= last_day:
                closures.append((monday, saturday, "Fermeture d'été"))
            if not site.is_lam:
                christmas = (date(year, 12, 26), date(year, 12, 31))
                if christmas[1] >= first_day and christmas[0] <= last_day:
                    closures.append((*christmas, "Médiathèque fermée entre les fêtes"))
        if site.seed.code == "OLO":  # two days of works, on the Monday two weeks ago
            works = self.today - timedelta(days=14 + self.today.weekday())
            closures.append((works, works + timedelta(days=1), "Travaux : câblage du réseau"))
        for first, last, reason in closures:
            row = self.synced(site, set_up)
            row.update(site_id=site.id, first_day=first, last_day=last, reason=reason)
            self.rows.add(Closure, row)
            day = first
            while day <= last:
                site.closed.add(day)
                day += timedelta(days=1)

    def _commune_weights(self, seed: network.SiteSeed) -> list[float]:
        """Where a site's members live: two in five in its own commune, the others the nearer
        the more (running sums over ``self.communes``)."""
        home = next(c for c in self.communes if c.insee == seed.commune_insee)
        weights = []
        for commune in self.communes:
            dy = (commune.lat - home.lat) * 111.0
            dx = (commune.lon - home.lon) * 111.0 * math.cos(math.radians(home.lat))
            weights.append(1.0 / (1.0 + math.hypot(dx, dy) / 6.0) ** 2)
        others = sum(weights) - weights[self.communes.index(home)]
        weights[self.communes.index(home)] = others * 2 / 3
        return list(_cumulate(weights))

    # -- members ---------------------------------------------------------------------------------

    def directory(self) -> None:
        rng = self.rng
        count = self.member_count
        recent = 0 if self.days < 2 else round(count * (0.05 + 0.15 * min(self.days, 365) / 365))
        older = count - recent
        old_span = (self.period_start - _FIRST_REGISTRATION).days - 1
        shares = list(_cumulate(s.plan.member_share for s in self.sites))
        for index in range(count):
            site = self.sites[bisect_right(shares, rng.random() * shares[-1])]
            if index < older:
                fraction = (index / older) ** 0.8
                day = _FIRST_REGISTRATION + timedelta(days=int(old_span * fraction))
            else:
                fraction = (index - older) / recent
                day = self.period_start + timedelta(days=int((self.days - 1) * fraction))
            day = self._open_day_on_or_before(site, day)
            self._member(index, site, day)

    def _open_day_on_or_before(self, site: _Site, day: date) -> date:
        while day.weekday() not in site.week or day in site.closed:
            day -= timedelta(days=1)
        return day

    def _member(self, index: int, site: _Site, registered_on: date) -> None:
        rng = self.rng
        status = rng.choices(_STATUSES, cum_weights=_STATUS_CUM)[0]
        low, mode, high = _AGES[status]
        age = round(rng.triangular(low, high, mode))
        birth_year: int | None = self.today.year - age
        assert birth_year is not None
        if birth_year > registered_on.year - 10:  # registered as a child, years ago
            birth_year = registered_on.year - rng.randint(10, 16)
            if self.today.year - birth_year > 25 and status is Status.PUPIL_STUDENT:
                status = rng.choice((Status.EMPLOYED, Status.JOB_SEEKER))
        if rng.random() < 0.01:
            birth_year = None  # some people do not say
        gender = rng.choices(_GENDERS, cum_weights=_GENDER_CUM)[0]
        commune = bisect_right(site.commune_cum, rng.random() * site.commune_cum[-1])
        name = self.names.person(gender, birth_year)
        registered_at = self.clock.at(registered_on, rng.randint(9 * 60, 17 * 60))
        row = self.synced(site, registered_at)
        member_id = row["id"]
        row.update(
            card_number=f"{site.seed.code}-{site.next_card:06d}",
            family_name=name.family_name,
            given_name=name.given_name,
            birth_year=birth_year,
            gender=str(gender),
            commune_insee=self.communes[commune].insee,
            status=str(status),
            home_site_id=site.id,
            registered_on=registered_on,
            merged_into_id=None,
            erased_at=None,
        )
        self.rows.add(Member, row)
        site.next_card += 1
        self.member_ids.append(member_id)
        self.birth.append(birth_year or 0)
        self.gender.append(_GENDERS.index(gender))
        self.status.append(_STATUSES.index(status))
        self.commune.append(commune)
        site.members.append(index)
        site.registered.append(registered_on.toordinal())
        frequency = min(40.0, rng.paretovariate(1.2)) * _FREQUENCY[status]
        site.weights.append((site.weights[-1] if site.weights else 0.0) + frequency)
        minor = birth_year is not None and registered_on.year - birth_year < 15
        if minor or rng.random() < 0.9:
            self._contact(site, member_id, registered_at, name, birth_year, commune, minor)

    def _contact(
        self,
        site: _Site,
        member_id: str,
        registered_at: datetime,
        name: Any,
        birth_year: int | None,
        commune: int,
        minor: bool,
    ) -> None:
        rng = self.rng
        age = self.today.year - birth_year if birth_year is not None else 50
        phone = ""
        if rng.random() < 0.88:
            if age >= 72 and rng.random() < 0.6:
                phone = "04 67 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(3))
            else:
                phone = f"0{rng.choice('6677')} " + " ".join(
                    f"{rng.randint(0, 99):02d}" for _ in range(4)
                )
        email = ""
        if rng.random() < (0.35 if age >= 75 else 0.65):
            local = _mail_local(name.given_name, name.family_name, rng)
            email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
        address = ""
        if rng.random() < 0.75:
            if rng.random() < 0.1:
                address = rng.choice(HAMLETS)
            else:
                address = f"{rng.randint(1, 48)} {rng.choice(STREETS)}"
        registered_on = _paris_day(registered_at)
        row = self.synced(site, registered_at)
        row.update(
            member_id=member_id,
            home_site_id=site.id,
            phone=phone,
            email=email,
            address=address,
            postal_code=self.communes[commune].postal_code if address else "",
            newsletter_consent=rng.random() < 0.3,
            photo_consent=rng.random() < 0.12,
            notice_accepted_on=registered_on,
            charter_accepted_on=registered_on,
            parental_authorisation_on=registered_on if minor else None,
            guardian_name=(
                f"{self.names.adult_given_name(rng.random() < 0.6)} {name.family_name}"
                if minor
                else ""
            ),
        )
        self.rows.add(MemberContact, row)

    def snapshot(self, member: int, day: date) -> dict[str, Any]:
        """The member as the statistics see them on ``day`` (DESIGN.md §4)."""
        birth = self.birth[member]
        age = day.year - birth if birth else None
        return {
            "snapshot_age_low": age,
            "snapshot_age_high": age,
            "snapshot_gender": str(_GENDERS[self.gender[member]]),
            "snapshot_commune_insee": self.communes[self.commune[member]].insee,
            "snapshot_status": str(_STATUSES[self.status[member]]),
        }

    def pick_member(self, site: _Site, before: date) -> int | None:
        """A member of ``site`` registered before ``before``; the regulars come most often."""
        count = bisect_left(site.registered, before.toordinal())
        if count == 0:
            return None
        weights = site.weights
        drawn = self.rng.random() * weights[count - 1]
        return site.members[min(bisect_right(weights, drawn, 0, count), count - 1)]

    def visitor(self, site: _Site, day: date) -> int | None:
        """Who comes to ``site`` on ``day``: mostly its own members, sometimes others'."""
        if self.rng.random() < 0.08:
            other = self.sites[self.rng.randrange(len(self.sites))]
            found = self.pick_member(other, day)
            if found is not None:
                return found
        return self.pick_member(site, day)

    # -- training --------------------------------------------------------------------------------

    def training(self) -> None:
        rng = self.rng
        first = self.period_start - _RUNS_BEFORE_PERIOD
        last = self.today + _RUNS_AFTER_TODAY
        for site in self.sites:
            cycle = catalogue.LAM_CYCLE if site.is_lam else catalogue.ANTENNA_CYCLE
            gap = (12, 20) if site.is_lam else (28, 45)
            turn = rng.randrange(len(cycle))
            day = first + timedelta(days=rng.randint(0, gap[1]))
            oversubscribe = True  # the first run of each site has a waitlist
            while day <= last:
                plan = catalogue.COURSE_PLANS[cycle[turn % len(cycle)]]
                turn += 1
                if self._course_run(site, plan, day, oversubscribe or rng.random() < 0.3):
                    oversubscribe = False
                day += timedelta(days=rng.randint(*gap))

    def _half_day_times(self, site: _Site, weekday: int, half: str) -> tuple[int, int] | None:
        if half == EVENING:
            return (18 * 60, 20 * 60 + 30) if weekday in site.week else None
        for opens, closes in site.week.get(weekday, []):
            if (half == MORNING) == (opens < 12 * 60) and closes - opens >= 150:
                return opens, min(closes, opens + 180)
        return None

    def _course_run(self, site: _Site, plan: CoursePlan, not_before: date, full: bool) -> bool:
        rng = self.rng
        weekdays = sorted(site.week)
        rng.shuffle(weekdays)
        slot: tuple[int, dict[str, tuple[int, int]]] | None = None
        for weekday in weekdays:
            found = {h: self._half_day_times(site, weekday, h) for h in plan.half_days}
            if all(found.values()):
                slot = (weekday, {h: t for h, t in found.items() if t is not None})
                break
        if slot is None:
            return False
        weekday, times = slot
        pcs = len(site.pcs(not_before))
        # A workshop leaves a workstation or two for free access where the room allows it.
        seats = (pcs - 2 if pcs >= 9 else pcs) if plan.uses_workstations else plan.capacity
        capacity = min(plan.capacity, seats)
        if capacity < 2:
            return False
        day = not_before + timedelta(days=(weekday - not_before.weekday()) % 7)
        session_days: list[date] = []
        while len(session_days) < len(plan.modules) and len(session_days) < 20:
            if day not in site.closed and not (site.taken.get(day, set()) & set(times)):
                session_days.append(day)
            day += timedelta(weeks=1)
        starts_on, ends_on = session_days[0], session_days[-1]
        planned_at = min(self.clock.at(starts_on - timedelta(days=40), 10 * 60), self.now)
        run = self.synced(site, planned_at)
        course = next(c for c in reference.COURSES if c.code == plan.code)
        month = territory.MONTHS_FR[starts_on.month - 1]
        run.update(
            course_id=course.id,
            site_id=site.id,
            label=f"{plan.short} — {site.seed.place.split(', ')[-1]} — {month} {starts_on.year}",
            capacity=capacity,
            starts_on=starts_on,
            ends_on=ends_on,
            funding_line_id=course.funding_line_id,
        )
        self.rows.add(CourseRun, run)
        external = bool(plan.external_trainers) and (plan.code != "EMPLOI" or rng.random() < 0.5)
        trainer_id = None if external else rng.choice(site.staff)
        trainer_name = rng.choice(plan.external_trainers) if external else ""
        enrolled = self._enrolments(site, plan, run, capacity, starts_on, times, full)
        for module, day in zip(plan.modules, session_days, strict=True):
            site.taken.setdefault(day, set()).update(times)
            self._session(
                site, plan, run, day, module, times, capacity, trainer_id, trainer_name, enrolled
            )
        return True

    def _session(
        self,
        site: _Site,
        plan: CoursePlan,
        run: dict[str, Any],
        day: date,
        module: str,
        times: dict[str, tuple[int, int]],
        capacity: int,
        trainer_id: str | None,
        trainer_name: str,
        enrolled: list[tuple[str, int]],
    ) -> None:
        rng = self.rng
        pcs = site.pcs(day)[:capacity] if plan.uses_workstations else []
        row = self.synced(site, run_planned_at(run))
        morning = times.get(MORNING)
        afternoon = times.get(AFTERNOON) or times.get(EVENING)
        last_end = max(t[1] for t in times.values())
        closed_at = None
        if day < self.today:
            closed_at = self.clock.at(day, last_end + rng.randint(10, 90))
        row.update(
            course_run_id=run["id"],
            site_id=site.id,
            day=day,
            morning_start=hhmm(morning[0]) if morning else None,
            morning_end=hhmm(morning[1]) if morning else None,
            afternoon_start=hhmm(afternoon[0]) if afternoon else None,
            afternoon_end=hhmm(afternoon[1]) if afternoon else None,
            module_title=module,
            capacity=None,
            trainer_id=trainer_id,
            trainer_name=trainer_name,
            workstation_ids=[site.stations[i].id for i in pcs],
            closed_at=closed_at,
            sheet_number=None,
            sheet_hash=None,
        )
        self.rows.add(TrainingSession, row)
        if pcs:
            self._block_booking(site, plan, run, day, module, times, pcs, trainer_id)
        if day < self.today:
            for half, (start, _end) in sorted(times.items()):
                for enrolment_id, member in enrolled:
                    self._attendance(site, row["id"], enrolment_id, member, day, half, start)

    def _block_booking(
        self,
        site: _Site,
        plan: CoursePlan,
        run: dict[str, Any],
        day: date,
        module: str,
        times: dict[str, tuple[int, int]],
        pcs: list[int],
        trainer_id: str | None,
    ) -> None:
        """The workstations of a session held for the group: one block, one label."""
        made_at = run_planned_at(run)
        block_id = self.new_id(made_at)
        label = f"{plan.short} — {module}"[:120]
        for start, end in times.values():
            spans = self.blocks.setdefault((site.pos, day), [])
            starts_at = self.clock.at(day, start)
            for ws in pcs:
                spans.append((ws, start, end))
                row = self.synced(site, made_at)
                row.update(
                    site_id=site.id,
                    workstation_id=site.stations[ws].id,
                    member_id=None,
                    caller_name="",
                    label=label,
                    block_id=block_id,
                    starts_at=starts_at,
                    ends_at=self.clock.at(day, end),
                    created_by_id=trainer_id or site.staff[0],
                    cancelled_at=None,
                    arrived_at=starts_at if starts_at <= self.now else None,
                    released_at=None,
                )
                self.rows.add(Booking, row)

    def _enrolments(
        self,
        site: _Site,
        plan: CoursePlan,
        run: dict[str, Any],
        capacity: int,
        starts_on: date,
        times: dict[str, tuple[int, int]],
        full: bool,
    ) -> list[tuple[str, int]]:
        """Enrol people in a run; returns the enrolments that hold a seat (the first
        ``capacity`` requests not cancelled, in the order they were made)."""
        rng = self.rng
        wanted = (
            capacity + rng.randint(1, 4) if full else rng.randint((capacity + 1) // 2, capacity)
        )
        first_request = starts_on - timedelta(days=35)
        last_request = min(starts_on - timedelta(days=1), self.today)
        if last_request < first_request:
            return []
        start_moment = self.clock.at(starts_on, min(t[0] for t in times.values()))
        statuses = {_STATUSES.index(s) for s in plan.statuses}
        chosen: set[int] = set()
        requests: list[tuple[datetime, int]] = []
        for _attempt in range(wanted * 40):
            if len(requests) >= wanted:
                break
            day = first_request + timedelta(
                days=rng.randint(0, (last_request - first_request).days)
            )
            member = self.pick_member(site, day)
            if member is None or member in chosen or self.status[member] not in statuses:
                continue
            birth = self.birth[member]
            if not birth or not plan.min_age <= day.year - birth <= plan.max_age:
                continue
            moment = self.clock.at(day, rng.randint(9 * 60, 17 * 60 + 30))
            if moment >= self.now:
                continue
            chosen.add(member)
            requests.append((moment, member))
        requests.sort()
        holding: list[tuple[str, int]] = []
        for moment, member in requests:
            row = self.synced(site, moment)
            cancelled_at = None
            if rng.random() < 0.07:
                limit = min(start_moment, self.now)
                cancelled_at = moment + (limit - moment) * rng.random()
            row.update(
                member_id=self.member_ids[member],
                course_run_id=run["id"],
                training_session_id=None,
                site_id=site.id,
                requested_at=moment,
                server_order=None,  # the demo never syncs: every enrolment stays provisional
                cancelled_at=cancelled_at,
                **self.snapshot(member, _paris_day(moment)),
            )
            self.rows.add(Enrolment, row)
            if cancelled_at is None and len(holding) < capacity:
                holding.append((row["id"], member))
        return holding

    def _attendance(
        self,
        site: _Site,
        session_id: str,
        enrolment_id: str,
        member: int,
        day: date,
        half: str,
        start: int,
    ) -> None:
        rng = self.rng
        roll = rng.random()
        state = "present" if roll < 0.80 else "late" if roll < 0.86 else "absent"
        if roll >= 0.95:
            state = "excused"
        row = self.synced(site, self.clock.at(day, start + 5))
        row.update(
            training_session_id=session_id,
            enrolment_id=enrolment_id,
            member_id=self.member_ids[member],
            site_id=site.id,
            half_day=AFTERNOON if half == EVENING else half,
            state=state,
            arrival_time=hhmm(start + rng.randint(5, 30)) if state == "late" else None,
            **self.snapshot(member, day),
        )
        self.rows.add(Attendance, row)

    # -- the desk's day ----------------------------------------------------------------------

    def site_day(self, site: _Site, day: date) -> None:
        intervals = site.intervals(day)
        if not intervals:
            return
        rng = self.rng
        board = _Board(len(site.stations))
        for ws, start, end in self.blocks.get((site.pos, day), []):
            board.booked[ws].append((start, end))
            board.held[ws].append((start, end))
        arrivals = self._bookings(site, day, intervals, board)
        if day > self.today:
            return
        cutoff = self.now_minute if day == self.today else 24 * 60
        for opens, closes in intervals:
            hours = (closes - opens) / 60
            per_hour = (
                (2 * len(site.stations) + 6) / 7
                if site.is_lam
                else (2 + 2 * len(site.stations)) / 3.5
            )
            factor = 1.2 if day.weekday() == 0 else 0.8 if day.weekday() == 5 else 1.0
            for _ in range(_gauss_count(rng, per_hour * hours * self.busy * factor)):
                arrivals.append(self._walk_in(site, day, rng.randint(opens, closes - 15)))
            if site.is_lam and rng.random() < 0.1 and closes - opens >= 120:
                # A busy moment: a group of job seekers sent by the same letter.
                burst = rng.randint(opens, opens + 45)
                for _ in range(len(site.pcs(day)) + rng.randint(2, 5)):
                    arrival = self._walk_in(site, day, burst + rng.randint(0, 15))
                    arrival.purposes = ["job_search"]
                    arrival.seat = True
                    arrivals.append(arrival)
        first = bisect_left(site.registered, day.toordinal())
        last = bisect_right(site.registered, day.toordinal())
        for k in range(first, last):  # people who registered that day came in to do it
            member = site.members[k]
            opens, closes = intervals[rng.randrange(len(intervals))]
            arrivals.append(self._member_arrival(member, rng.randint(opens, closes - 15)))
        arrivals.sort(key=lambda a: a.minute)
        blocks = self.blocks.get((site.pos, day), [])
        room = len(site.pcs(day))
        for arrival in arrivals:
            if arrival.minute >= cutoff:
                continue
            if arrival.seat and arrival.booked is None and blocks:
                # A workshop holds the room: people who know the week mostly come another time.
                held = sum(1 for _ws, s, e in blocks if s <= arrival.minute < e)
                if held >= room - 2:
                    if rng.random() < 0.75:
                        continue
                    arrival.seat = False
            self._visit(site, day, intervals, board, arrival, cutoff)

    def _walk_in(self, site: _Site, day: date, minute: int) -> _Arrival:
        rng = self.rng
        if rng.random() < 0.08:
            return self._anonymous(minute)
        member = self.visitor(site, day)
        if member is None:
            return self._anonymous(minute)
        return self._member_arrival(member, minute)

    def _member_arrival(self, member: int, minute: int) -> _Arrival:
        rng = self.rng
        status = _STATUSES[self.status[member]]
        purposes = [_draw(rng, _PURPOSES[status])]
        if rng.random() < 0.15:
            second = _draw(rng, _PURPOSES[status])
            if second not in purposes:
                purposes.append(second)
        seat = rng.random() < _NEEDS_SEAT[purposes[0]] * self.seat_share
        return _Arrival(minute, member, purposes, seat)

    def _anonymous(self, minute: int) -> _Arrival:
        rng = self.rng
        band = rng.choice(DESK_AGE_BANDS) if rng.random() < 0.7 else None
        low, high = (band.low, band.high) if band is not None else (None, None)
        if rng.random() < 0.4:  # a family or a small group, counted together
            purposes = [rng.choice(("free_access", "admin_procedure", "other"))]
            return _Arrival(minute, None, purposes, False, rng.randint(2, 5), (low, high))
        purpose = rng.choice(("free_access", "print_scan", "admin_procedure"))
        return _Arrival(minute, None, [purpose], rng.random() < 0.6, 1, (low, high))

    def _visit(
        self,
        site: _Site,
        day: date,
        intervals: list[tuple[int, int]],
        board: _Board,
        arrival: _Arrival,
        cutoff: int,
    ) -> None:
        rng = self.rng
        start = arrival.minute
        closes = next(c for o, c in intervals if o <= start < c)
        visit = self.synced(site, self.clock.at(day, start))
        visit_id = visit["id"]
        ticket = None
        if arrival.member is None and arrival.head_count == 1:
            self.tickets[(site.pos, day)] += 1
            ticket = f"T-{self.tickets[(site.pos, day)]}"
        end = min(closes, start + rng.randint(10, 40))
        # Rows that name the visit are written after it, so no foreign key waits for a parent.
        children: list[tuple[type[Synced], dict[str, Any]]] = []
        if arrival.booked is not None:
            ws, seat_at, booked_until = arrival.booked
            used_until = max(seat_at + 30, booked_until - rng.randint(0, 10))
            if seat_at < cutoff:  # else they came early and wait for their time
                children.append(
                    self._use(site, day, visit_id, ws, seat_at, booked_until, used_until, cutoff)
                )
            end = min(closes, used_until + rng.randint(0, 5))
        elif arrival.seat and (site.pcs(day) or site.scanners(day)):
            kind = "scanner" if arrival.purposes[0] == "print_scan" and rng.random() < 0.5 else "pc"
            stations = site.scanners(day) if kind == "scanner" else []
            stations = stations or site.pcs(day)
            want = rng.choice((30, 60, 60, 60, 90)) if kind == "pc" else 30
            seat_at, seated = start, self._seat(board, stations, start, closes, want)
            if seated is None:
                seat_at, seated = self._wait(board, stations, start, closes, want)
                left = seat_at if seated is not None else min(closes, start + rng.randint(10, 30))
                children.append(
                    self._queue_entry(site, day, visit_id, start, left, seated is not None, cutoff)
                )
                end = left
            if seated is not None:
                ws, planned_end = seated
                used_until = max(seat_at + 30, planned_end - rng.randint(0, 10))
                board.held[ws].append((seat_at, used_until))
                if seat_at < cutoff:
                    children.append(
                        self._use(site, day, visit_id, ws, seat_at, planned_end, used_until, cutoff)
                    )
                end = min(closes, used_until + rng.randint(0, 5))
        self._visit_row(site, day, visit, arrival, ticket, start, end, cutoff)
        for model, row in children:
            self.rows.add(model, row)

    def _visit_row(
        self,
        site: _Site,
        day: date,
        visit: dict[str, Any],
        arrival: _Arrival,
        ticket: str | None,
        start: int,
        end: int,
        cutoff: int,
    ) -> None:
        if arrival.member is not None:
            snapshot = self.snapshot(arrival.member, day)
            member_id: str | None = self.member_ids[arrival.member]
        else:
            low, high = arrival.band
            snapshot = {
                "snapshot_age_low": low,
                "snapshot_age_high": high,
                "snapshot_gender": None,
                "snapshot_commune_insee": None,
                "snapshot_status": None,
            }
            member_id = None
        visit.update(
            site_id=site.id,
            member_id=member_id,
            head_count=arrival.head_count,
            ticket=ticket,
            purpose_codes=arrival.purposes,
            started_at=self.clock.at(day, start),
            ended_at=self.clock.at(day, end) if end <= cutoff else None,
            staff_user_id=self.rng.choice(site.staff),
            **snapshot,
        )
        self.rows.add(Visit, visit)

    def _seat(
        self, board: _Board, stations: Sequence[int], start: int, closes: int, want: int
    ) -> tuple[int, int] | None:
        """A workstation free for at least 30 minutes from ``start``, and the planned end."""
        order = list(stations)
        self.rng.shuffle(order)
        for ws in order:
            limit = board.free_until(ws, start, closes)
            if limit - start >= 30:
                return ws, min(start + want, limit)
        return None

    def _wait(
        self, board: _Board, stations: Sequence[int], start: int, closes: int, want: int
    ) -> tuple[int, tuple[int, int] | None]:
        """Wait in the queue (up to 40 minutes) for a workstation to free up."""
        ends = sorted({e for ws in stations for _s, e in board.held[ws] if start < e <= start + 40})
        for moment in ends:
            seated = self._seat(board, stations, moment, closes, want)
            if seated is not None:
                return moment, seated
        return start, None

    def _queue_entry(
        self,
        site: _Site,
        day: date,
        visit_id: str,
        joined: int,
        left: int,
        seated: bool,
        cutoff: int,
    ) -> tuple[type[Synced], dict[str, Any]]:
        row = self.synced(site, self.clock.at(day, joined))
        still_waiting = left > cutoff
        row.update(
            site_id=site.id,
            visit_id=visit_id,
            joined_at=self.clock.at(day, joined),
            left_at=None if still_waiting else self.clock.at(day, left),
            outcome=None if still_waiting else "seated" if seated else "left",
        )
        return QueueEntry, row

    def _use(
        self,
        site: _Site,
        day: date,
        visit_id: str,
        ws: int,
        start: int,
        planned_end: int,
        end: int,
        cutoff: int,
    ) -> tuple[type[Synced], dict[str, Any]]:
        row = self.synced(site, self.clock.at(day, start))
        row.update(
            site_id=site.id,
            workstation_id=site.stations[ws].id,
            visit_id=visit_id,
            started_at=self.clock.at(day, start),
            planned_end_at=self.clock.at(day, max(planned_end, start + 30)),
            ended_at=self.clock.at(day, end) if end <= cutoff else None,
        )
        return WorkstationUse, row

    def _bookings(
        self, site: _Site, day: date, intervals: list[tuple[int, int]], board: _Board
    ) -> list[_Arrival]:
        """Workstations booked ahead for ``day``; returns the people who came for theirs."""
        rng = self.rng
        ahead = (day - self.today).days
        pcs = site.pcs(day)
        if not pcs or ahead > _BOOKING_DAYS_AHEAD:
            return []
        mean = (0.25 * len(pcs) if site.is_lam else 0.6) * self.busy * len(intervals) / 2
        if ahead > 0:
            mean *= 1 - ahead / (_BOOKING_DAYS_AHEAD + 1)
        arrivals: list[_Arrival] = []
        for _ in range(_gauss_count(rng, mean)):
            opens, closes = intervals[rng.randrange(len(intervals))]
            length = rng.choice((60, 60, 90))
            slots = list(range(opens, closes - length + 1, 30))
            if not slots:
                continue
            start = rng.choice(slots)
            ws = rng.choice(pcs)
            if not board.can_book(ws, start, start + length):
                continue
            arrival = self._booking(site, day, board, ws, (opens, start, start + length))
            if arrival is not None:
                arrivals.append(arrival)
        return arrivals

    def _booking(
        self, site: _Site, day: date, board: _Board, ws: int, span: tuple[int, int, int]
    ) -> _Arrival | None:
        rng = self.rng
        opens, start, end = span
        starts_at = self.clock.at(day, start)
        made_at = min(starts_at - timedelta(hours=rng.randint(1, 240)), self.now)
        member = self.pick_member(site, _paris_day(made_at)) if rng.random() < 0.8 else None
        caller = ""
        if member is None:
            person = self.names.person(rng.choice(_GENDERS[:2]), None)
            caller = f"{person.given_name} {person.family_name}"
        row = self.synced(site, made_at)
        row.update(
            site_id=site.id,
            workstation_id=site.stations[ws].id,
            member_id=self.member_ids[member] if member is not None else None,
            caller_name=caller,
            label="",
            block_id=None,
            starts_at=starts_at,
            ends_at=self.clock.at(day, end),
            created_by_id=rng.choice(site.staff),
            cancelled_at=None,
            arrived_at=None,
            released_at=None,
        )
        roll = rng.random()
        arrival: _Arrival | None = None
        if roll < (0.1 if starts_at <= self.now else 0.05):
            row["cancelled_at"] = made_at + (min(starts_at, self.now) - made_at) * rng.random()
        else:
            board.booked[ws].append((start, end))
            comes = max(opens, start + rng.randint(-5, 10))
            if roll < 0.25:  # nobody came: released after a quarter of an hour
                board.held[ws].append((start, start + 15))
                released = self.clock.at(day, start + 15)
                row["released_at"] = released if released <= self.now else None
            else:
                board.held[ws].append((start, end))
                arrived = self.clock.at(day, comes)
                if arrived <= self.now:
                    row["arrived_at"] = arrived
                    arrival = self._booked_arrival(member, comes, ws, max(comes, start), end)
        self.rows.add(Booking, row)
        return arrival

    def _booked_arrival(
        self, member: int | None, comes: int, ws: int, seat_at: int, end: int
    ) -> _Arrival:
        """The visit of someone who came for a booking: seated at the booked workstation
        (the board already holds it; ``_visit`` seats them there)."""
        if member is not None:
            arrival = self._member_arrival(member, comes)
        else:
            arrival = self._anonymous(comes)
            arrival.head_count = 1
        arrival.booked = (ws, seat_at, end)
        return arrival

    # -- calendar ------------------------------------------------------------------------------

    def calendar(self) -> None:
        rng = self.rng
        first = self.period_start - timedelta(days=190)
        last = self.today + timedelta(days=365)
        for year in range(first.year, last.year + 1):
            events = (
                (
                    territory.fete_de_l_internet(year),
                    5,
                    f"Fête de l'Internet {year}",
                    "Portes ouvertes, initiations et démonstrations dans les lieux d'accès "
                    "du Pays.",
                    "Toutes les LAM et antennes du Pays",
                ),
                (
                    territory.semaine_bleue(year),
                    4,
                    f"Semaine bleue {year}",
                    "Semaine des retraités et des personnes âgées : les ateliers seniors "
                    "présentent leur brochure.",
                    "LAM du Pays Haut Languedoc et Vignobles",
                ),
            )
            for monday, length, title, description, place in events:
                if not first <= monday <= last:
                    continue
                created = min(self.clock.at(monday - timedelta(days=60), 10 * 60), self.now)
                row = self.synced(None, created)
                row.update(
                    site_id=None,
                    title=title,
                    description=description,
                    starts_at=self.clock.at(monday, 9 * 60),
                    ends_at=self.clock.at(monday + timedelta(days=length), 18 * 60),
                    place=place,
                )
                self.rows.add(Event, row)
        sites = {s.seed.code: s for s in self.sites}
        for code, title, description, starts, ends in catalogue.SITE_EVENTS:
            site = sites[code]
            day = self.today + timedelta(days=rng.randint(3, 25))
            while day.weekday() not in site.week or day in site.closed:
                day += timedelta(days=1)
            row = self.synced(site, min(self.clock.at(day - timedelta(days=20), 10 * 60), self.now))
            row.update(
                site_id=site.id,
                title=title,
                description=description,
                starts_at=self.clock.at(day, minutes(starts)),
                ends_at=self.clock.at(day, minutes(ends)),
                place=site.seed.place,
            )
            self.rows.add(Event, row)
        set_up = self.clock.at(self.period_start - timedelta(days=100), 10 * 60)
        for site in self.sites:
            for plan in catalogue.SERVICE_PLANS:
                if not _offers(site, plan.where):
                    continue
                row = self.synced(site, set_up)
                schedule = (
                    territory.week_text(site.plan.week)
                    if plan.where in ("all", "scanner")
                    else "Sur rendez-vous"
                )
                row.update(
                    site_id=site.id,
                    service=plan.service,
                    description=plan.description,
                    schedule=schedule,
                    audiences=list(plan.audiences),
                )
                self.rows.add(ServiceOffer, row)


def run_planned_at(run: dict[str, Any]) -> datetime:
    """When a run (and its sessions and block bookings) was put in the calendar."""
    stamp: str = run["field_clocks"]["*"]
    return datetime.fromtimestamp(int(stamp.split(".")[0]) / 1000, tz=UTC)


def _offers(site: _Site, where: str) -> bool:
    if where == "all":
        return True
    if where == "lam":
        return site.is_lam
    if where == "scanner":
        return site.plan.scanner
    return site.seed.code in where.split()


_FREQUENCY = {
    Status.RETIRED: 1.3,
    Status.JOB_SEEKER: 1.4,
    Status.EMPLOYED: 0.6,
    Status.PUPIL_STUDENT: 0.9,
    Status.OTHER: 1.0,
}


def _cumulate(values: Iterable[float]) -> Iterable[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def _draw(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random() * sum(w for _, w in weighted)
    for code, weight in weighted:
        roll -= weight
        if roll < 0:
            return code
    return weighted[-1][0]


def _mail_local(given: str, family: str, rng: random.Random) -> str:
    given_part = fold(given).replace(" ", "-")
    family_part = fold(family).replace(" ", "")
    shape = rng.random()
    if shape < 0.5:
        return f"{given_part}.{family_part}"
    if shape < 0.8:
        return f"{given_part[:1]}.{family_part}{rng.randint(1, 99)}"
    return f"{family_part}.{given_part}{rng.choice(('', '34', '34600', '1968'))}"


def _node_of(code: str) -> str:
    """The node id the demo gives each site's desk (their rows' clocks name it)."""
    return reference_id("demo-node", code)


def _paris_day(moment: datetime) -> date:
    return moment.astimezone(PARIS).date()


def _minute_of(moment: datetime) -> int:
    local = moment.astimezone(PARIS)
    return local.hour * 60 + local.minute


def has_members(connection: Connection) -> bool:
    return connection.execute(select(Member.id).limit(1)).first() is not None
