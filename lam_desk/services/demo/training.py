"""Training in the demo network: course runs at the sites, their weekly sessions with the
workstations they hold, enrolments with waitlists, and the attendance of past sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from lam_desk.db.models import (
    Attendance,
    Booking,
    CourseRun,
    Enrolment,
    TrainingSession,
)
from lam_desk.domain import reference
from lam_desk.services.demo import catalogue, territory
from lam_desk.services.demo.catalogue import AFTERNOON, EVENING, MORNING, CoursePlan
from lam_desk.services.demo.state import (
    STATUSES,
    BuilderState,
    SiteState,
    paris_day,
)
from lam_desk.services.demo.territory import hhmm

# Runs are planned from five weeks before the period to six weeks after today.
RUNS_BEFORE_PERIOD = timedelta(days=35)
RUNS_AFTER_TODAY = timedelta(days=42)


class TrainingPlanner(BuilderState):
    """The course runs of the demo network (a part of DemoBuilder)."""

    # -- runs --------------------------------------------------------------------------------

    def training(self) -> None:
        rng = self.rng
        first = self.period_start - RUNS_BEFORE_PERIOD
        last = self.today + RUNS_AFTER_TODAY
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

    def _half_day_times(self, site: SiteState, weekday: int, half: str) -> tuple[int, int] | None:
        if half == EVENING:
            return (18 * 60, 20 * 60 + 30) if weekday in site.week else None
        for opens, closes in site.week.get(weekday, []):
            if (half == MORNING) == (opens < 12 * 60) and closes - opens >= 150:
                return opens, min(closes, opens + 180)
        return None

    def _course_run(self, site: SiteState, plan: CoursePlan, not_before: date, full: bool) -> bool:
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
        site: SiteState,
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
            scanned_sheet=None,
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
        site: SiteState,
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
        site: SiteState,
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
        statuses = {STATUSES.index(s) for s in plan.statuses}
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
                **self.snapshot(member, paris_day(moment)),
            )
            self.rows.add(Enrolment, row)
            if cancelled_at is None and len(holding) < capacity:
                holding.append((row["id"], member))
        return holding

    def _attendance(
        self,
        site: SiteState,
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


def run_planned_at(run: dict[str, Any]) -> datetime:
    """When a run (and its sessions and block bookings) was put in the calendar."""
    stamp: str = run["field_clocks"]["*"]
    return datetime.fromtimestamp(int(stamp.split(".")[0]) / 1000, tz=UTC)
