"""Writes the demo network into a database: places, members, the desk's days, training.

DemoBuilder writes the places, the members and the calendar itself; its parts write the
training (training.py) and the desk's days (desk_days.py) from the state they share
(state.py). Everything is drawn from one seed, so the same arguments give the same network; dates are
relative to "today" (injectable). Rows are written as the network would have sent them
(``Database.apply``: no outbox ops, the demo never syncs) with Core inserts in batches, and
the member data the later steps need is kept in compact arrays, so 200,000 members and a year
of visits build in about a minute with bounded memory.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from datetime import date, datetime, timedelta
from typing import Any

from lam_desk.db.models import (
    Closure,
    Event,
    Member,
    MemberContact,
    OpeningHours,
    ServiceOffer,
    StaffUser,
    Workstation,
)
from lam_desk.domain import network
from lam_desk.domain.people import Status, fold
from lam_desk.services.demo import catalogue, territory
from lam_desk.services.demo.desk_days import DeskDays
from lam_desk.services.demo.names import EMAIL_DOMAINS, HAMLETS, STREETS
from lam_desk.services.demo.state import (
    AGES,
    BOOKING_DAYS_AHEAD,
    GENDER_CUM,
    GENDERS,
    STATUS_CUM,
    STATUSES,
    DemoSummary,
    SiteState,
    Station,
    cumulate,
    node_of,
    paris_day,
)
from lam_desk.services.demo.territory import minutes
from lam_desk.services.demo.training import RUNS_BEFORE_PERIOD, TrainingPlanner

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


class DemoBuilder(TrainingPlanner, DeskDays):
    """Draws the demo network from a seed and writes it through ``connection`` (an apply
    session's): places, then the directory of members, then training (its sessions hold
    workstations), then each site's days, then the calendar."""

    # -- the whole network ---------------------------------------------------------------------

    def build(self) -> DemoSummary:
        self.colleagues()
        self.places()
        self.directory()
        self.training()
        for offset in range(self.days + BOOKING_DAYS_AHEAD):
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
        first_day = self.period_start - RUNS_BEFORE_PERIOD
        set_up = self.clock.at(first_day - timedelta(days=120), 10 * 60)
        for pos, seed in enumerate(network.SITES):
            plan = plans[seed.code]
            site = SiteState(
                pos, seed, seed.id, plan, node_of(seed.code), self._commune_weights(seed)
            )
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
                    Station(
                        row["id"],
                        label,
                        row["kind"],
                        self.today - timedelta(days=3) if broken else None,
                    )
                )
            self._closures(site, first_day, set_up)

    def _closures(self, site: SiteState, first_day: date, set_up: datetime) -> None:
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
        return list(cumulate(weights))

    # -- members ---------------------------------------------------------------------------------

    def directory(self) -> None:
        rng = self.rng
        count = self.member_count
        recent = 0 if self.days < 2 else round(count * (0.05 + 0.15 * min(self.days, 365) / 365))
        older = count - recent
        old_span = (self.period_start - _FIRST_REGISTRATION).days - 1
        shares = list(cumulate(s.plan.member_share for s in self.sites))
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

    def _open_day_on_or_before(self, site: SiteState, day: date) -> date:
        while day.weekday() not in site.week or day in site.closed:
            day -= timedelta(days=1)
        return day

    def _member(self, index: int, site: SiteState, registered_on: date) -> None:
        rng = self.rng
        status = rng.choices(STATUSES, cum_weights=STATUS_CUM)[0]
        low, mode, high = AGES[status]
        age = round(rng.triangular(low, high, mode))
        birth_year: int | None = self.today.year - age
        assert birth_year is not None
        if birth_year > registered_on.year - 10:  # registered as a child, years ago
            birth_year = registered_on.year - rng.randint(10, 16)
            if self.today.year - birth_year > 25 and status is Status.PUPIL_STUDENT:
                status = rng.choice((Status.EMPLOYED, Status.JOB_SEEKER))
        if rng.random() < 0.01:
            birth_year = None  # some people do not say
        gender = rng.choices(GENDERS, cum_weights=GENDER_CUM)[0]
        commune = bisect_right(site.commune_cum, rng.random() * site.commune_cum[-1])
        name = self.names.person(gender, birth_year)
        registered_at = self.clock.at(registered_on, rng.randint(9 * 60, 17 * 60))
        row = self.synced(site, registered_at)
        member_id = row["id"]
        row.update(
            card_number=f"{site.seed.code}-{site.next_card:06d}",
            replaced_cards="",
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
        self.gender.append(GENDERS.index(gender))
        self.status.append(STATUSES.index(status))
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
        site: SiteState,
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
        registered_on = paris_day(registered_at)
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


def _offers(site: SiteState, where: str) -> bool:
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


def _mail_local(given: str, family: str, rng: random.Random) -> str:
    given_part = fold(given).replace(" ", "-")
    family_part = fold(family).replace(" ", "")
    shape = rng.random()
    if shape < 0.5:
        return f"{given_part}.{family_part}"
    if shape < 0.8:
        return f"{given_part[:1]}.{family_part}{rng.randint(1, 99)}"
    return f"{family_part}.{given_part}{rng.choice(('', '34', '34600', '1968'))}"
