"""What the demo builder's parts share: the rows being written, the clock, the sites, the
directory of members, and the seeded draws (see builder.py)."""

from __future__ import annotations

import math
import random
import uuid
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Table, insert

from lam_desk.db.base import Base, Synced
from lam_desk.domain import network, wallclock
from lam_desk.domain.people import Gender, Status
from lam_desk.ids import reference_id
from lam_desk.services.demo import territory
from lam_desk.services.demo.names import NameMaker
from lam_desk.services.demo.territory import SitePlan

PARIS = wallclock.PARIS  # one definition of the desk's time zone

# Bookings are made up to two weeks ahead.
BOOKING_DAYS_AHEAD = 14

# The directory: statuses and how common they are, ages by status, genders.
STATUS_WEIGHTS: tuple[tuple[Status, float], ...] = (
    (Status.RETIRED, 30),
    (Status.JOB_SEEKER, 27),
    (Status.EMPLOYED, 16),
    (Status.PUPIL_STUDENT, 13),
    (Status.OTHER, 14),
)
STATUSES = tuple(s for s, _ in STATUS_WEIGHTS)
STATUS_CUM = tuple(sum(w for _, w in STATUS_WEIGHTS[: i + 1]) for i in range(len(STATUSES)))
AGES: dict[Status, tuple[int, int, int]] = {  # low, mode, high
    Status.RETIRED: (60, 71, 95),
    Status.JOB_SEEKER: (18, 38, 64),
    Status.EMPLOYED: (18, 42, 67),
    Status.PUPIL_STUDENT: (11, 15, 25),
    Status.OTHER: (16, 50, 90),
}
GENDERS = (Gender.FEMALE, Gender.MALE, Gender.NOT_GIVEN, Gender.OTHER)
GENDER_CUM = (52.0, 96.0, 99.0, 100.0)


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


class Rows:
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


class Clock:
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


def ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def gauss_count(rng: random.Random, mean: float) -> int:
    """A count around ``mean`` (Poisson-like spread), never negative."""
    if mean <= 0:
        return 0
    return max(0, round(rng.gauss(mean, math.sqrt(mean))))


@dataclass
class Station:
    """A workstation as the builder tracks it (by its index in its site's list)."""

    id: str
    label: str
    kind: str
    broken_since: date | None = None

    def usable(self, day: date) -> bool:
        return self.broken_since is None or day < self.broken_since


@dataclass
class SiteState:
    """A site as the builder tracks it: its week in minutes, closures, workstations, staff,
    and the members who call it home."""

    pos: int
    seed: network.SiteSeed
    id: str  # the seed's, computed once (a UUIDv5 costs as much as writing a row)
    plan: SitePlan
    node: str
    commune_cum: list[float]
    week: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    stations: list[Station] = field(default_factory=list)
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


class BuilderState:
    """The state every part of the builder draws from and writes through."""

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
        self.rows = Rows(connection)
        self.connection = connection
        self.member_count = members
        self.days = days
        self.today = today
        self.now = now
        self.now_minute = minute_of(now) if paris_day(now) == today else 24 * 60
        self.period_start = today - timedelta(days=days - 1)
        self.clock = Clock()
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
        self.sites: list[SiteState] = []
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
            (ms(moment) & ((1 << 48) - 1)) << 80
            | 0x7 << 76
            | (bits >> 62) << 64
            | 0b10 << 62
            | (bits & ((1 << 62) - 1))
        )
        return str(uuid.UUID(int=value))

    def synced(self, site: SiteState | None, moment: datetime) -> dict[str, Any]:
        """The sync columns of a row written whole at ``moment`` by ``site``'s desk."""
        node = site.node if site is not None else node_of("NETWORK")
        stamp = f"{ms(moment):015d}.000000.{node}"
        return {"id": self.new_id(moment), "field_clocks": {"*": stamp}, "cl": 1}

    def snapshot(self, member: int, day: date) -> dict[str, Any]:
        """The member as the statistics see them on ``day`` (DESIGN.md §4)."""
        birth = self.birth[member]
        age = day.year - birth if birth else None
        return {
            "snapshot_age_low": age,
            "snapshot_age_high": age,
            "snapshot_gender": str(GENDERS[self.gender[member]]),
            "snapshot_commune_insee": self.communes[self.commune[member]].insee,
            "snapshot_status": str(STATUSES[self.status[member]]),
        }

    def pick_member(self, site: SiteState, before: date) -> int | None:
        """A member of ``site`` registered before ``before``; the regulars come most often."""
        count = bisect_left(site.registered, before.toordinal())
        if count == 0:
            return None
        weights = site.weights
        drawn = self.rng.random() * weights[count - 1]
        return site.members[min(bisect_right(weights, drawn, 0, count), count - 1)]

    def visitor(self, site: SiteState, day: date) -> int | None:
        """Who comes to ``site`` on ``day``: mostly its own members, sometimes others'."""
        if self.rng.random() < 0.08:
            other = self.sites[self.rng.randrange(len(self.sites))]
            found = self.pick_member(other, day)
            if found is not None:
                return found
        return self.pick_member(site, day)


def cumulate(values: Iterable[float]) -> Iterable[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def draw(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random() * sum(w for _, w in weighted)
    for code, weight in weighted:
        roll -= weight
        if roll < 0:
            return code
    return weighted[-1][0]


def node_of(code: str) -> str:
    """The node id the demo gives each site's desk (their rows' clocks name it)."""
    return reference_id("demo-node", code)


def paris_day(moment: datetime) -> date:
    return moment.astimezone(PARIS).date()


def minute_of(moment: datetime) -> int:
    local = moment.astimezone(PARIS)
    return local.hour * 60 + local.minute
