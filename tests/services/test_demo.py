"""The demo network: believable, built in seconds, the same for the same seed."""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lam_desk.db.engine import Database, integrity_check
from lam_desk.db.models import (
    Attendance,
    Booking,
    Closure,
    CourseRun,
    Enrolment,
    Event,
    Member,
    MemberContact,
    MemberSearch,
    OpeningHours,
    OutboxOp,
    QueueEntry,
    ServiceOffer,
    Site,
    StaffUser,
    TrainingSession,
    Visit,
    Workstation,
    WorkstationUse,
)
from lam_desk.domain import network, reference
from lam_desk.domain.accounts import LockoutPolicy, Role
from lam_desk.errors import UserError
from lam_desk.services import demo, node, staff
from lam_desk.services.demo import DemoSummary, build_demo_network, territory
from lam_desk.store import open_database

PARIS = ZoneInfo("Europe/Paris")
# A Wednesday: the month before it holds May Day, 8 May and Ascension, when the sites close.
TODAY = date(2026, 5, 20)
NOW = datetime(2026, 5, 20, 10, 30, tzinfo=PARIS)
LAM_CODES = {s.code for s in network.SITES if s.kind == network.LAM}
POLICY = LockoutPolicy(attempts=5, minutes=5)


@dataclass(frozen=True)
class Built:
    db: Database
    path: Path
    summary: DemoSummary
    seconds: float


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    path = tmp_path_factory.mktemp("demo") / "lam_desk.sqlite3"
    db = open_database(path)
    started = time.perf_counter()
    summary = build_demo_network(db, today=TODAY)
    seconds = time.perf_counter() - started
    yield Built(db, path, summary, seconds)
    db.close()


@pytest.fixture
def s(built: Built) -> Iterator[Session]:
    with built.db.read() as session:
        yield session


def paris(moment: datetime) -> datetime:
    return moment.astimezone(PARIS)


def site_codes(s: Session) -> dict[str, str]:
    return dict(s.execute(select(Site.id, Site.code)).tuples().all())


# --- size and speed ---------------------------------------------------------------------------


def test_the_default_network_builds_in_seconds(built: Built) -> None:
    assert built.seconds < 8, f"the default demo network took {built.seconds:.1f} s"
    summary = built.summary
    assert summary.sites == 10
    assert summary.members == 400
    assert 300 <= summary.member_contacts < 400
    assert summary.visits > 1500
    assert summary.workstation_uses > 500
    assert summary.bookings > 200
    assert summary.queue_entries > 0
    assert summary.course_runs >= 10
    assert summary.training_sessions > summary.course_runs
    assert summary.enrolments > summary.course_runs * 3
    assert summary.attendance > 0
    assert summary.events >= 2
    assert summary.service_offers >= 20


def test_the_summary_counts_the_rows_written(built: Built, s: Session) -> None:
    for model, count in (
        (Member, built.summary.members),
        (Visit, built.summary.visits),
        (Booking, built.summary.bookings),
        (Attendance, built.summary.attendance),
        (Workstation, built.summary.workstations),
    ):
        assert s.scalar(select(func.count()).select_from(model)) == count


def test_each_site_has_its_week_its_workstations_and_one_broken(s: Session) -> None:
    codes = site_codes(s)
    stations: dict[str, list[Workstation]] = defaultdict(list)
    for ws in s.scalars(select(Workstation)):
        stations[codes[ws.site_id]].append(ws)
    assert set(stations) == set(codes.values())
    for code, found in stations.items():
        expected = range(6, 13) if code in LAM_CODES else range(2, 5)
        assert len(found) in expected, code
        assert all(re.fullmatch(r"Poste \d+|Poste numérisation", w.label) for w in found)
    assert any(w.kind == "scanner" for found in stations.values() for w in found)
    broken = [w for found in stations.values() for w in found if w.out_of_service_reason]
    assert len(broken) == 1 and broken[0].out_of_service_reason

    hours: dict[str, list[OpeningHours]] = defaultdict(list)
    for row in s.scalars(select(OpeningHours)):
        hours[codes[row.site_id]].append(row)
        assert re.fullmatch(r"\d\d:\d\d", row.opens) and row.opens < row.closes
    for code, rows in hours.items():
        days = {r.weekday for r in rows}
        if code in LAM_CODES:
            assert len(days) >= 4
            assert any(sum(r.weekday == d for r in rows) >= 2 for d in days), "a day in two parts"
        else:
            assert len(rows) == 2, f"{code}: two half-days a week"


def test_closures_hold_the_holidays_of_the_period_and_a_week_in_august(s: Session) -> None:
    closures = s.scalars(select(Closure)).all()
    days = {c.first_day for c in closures if c.first_day == c.last_day}
    assert {date(2026, 5, 1), date(2026, 5, 8), date(2026, 5, 14)} <= days
    summer = [
        c for c in closures if c.first_day.month == 8 and c.last_day - c.first_day >= timedelta(5)
    ]
    assert len({c.site_id for c in summer}) == 10


# --- members ----------------------------------------------------------------------------------


def test_names_have_the_variety_of_the_area(s: Session) -> None:
    families = [f for (f,) in s.execute(select(Member.family_name))]
    givens = [g for (g,) in s.execute(select(Member.given_name))]
    names = families + givens
    assert sum(not n.isascii() for n in names) > 50, "accents"
    assert any("-" in f for f in families), "compound family names"
    assert any("-" in g for g in givens), "compound given names"
    assert any(re.match(r"(de |d'|du |des |de la |le )", f, re.IGNORECASE) for f in families)
    assert any("'" in f for f in families), "apostrophes"
    foreign = re.compile(r"[ąłśżńşıçğãõñøåæöüßășțễịđ]|^(N'|El |O'|Mc|van |Ben )", re.IGNORECASE)
    assert sum(bool(foreign.search(f)) for f in families) >= 10, "names of other origins"
    assert len(set(zip(families, givens, strict=True))) > 380, "invented, varied combinations"


def test_ages_statuses_genders_and_communes_are_believable(s: Session) -> None:
    members = s.scalars(select(Member)).all()
    births = [m.birth_year for m in members if m.birth_year is not None]
    assert 2010 <= max(births) <= 2015, "pupils of about twelve"
    assert sum(TODAY.year - b >= 80 for b in births) >= 15, "people over 80"
    statuses = Counter(m.status for m in members)
    assert set(statuses) == {"job_seeker", "employed", "retired", "pupil_student", "other"}
    assert {s for s, _ in statuses.most_common(2)} == {"retired", "job_seeker"}
    genders = Counter(m.gender for m in members)
    assert genders["f"] > genders["m"] > genders["-"] > 0
    communes = {m.commune_insee for m in members}
    assert communes <= set(territory.PAYS_COMMUNES)
    assert len(communes) > 40
    assert len(territory.PAYS_COMMUNES) == len(set(territory.PAYS_COMMUNES)) == 95
    assert {site.commune_insee for site in network.SITES} <= set(territory.PAYS_COMMUNES)
    assert all(m.registered_on <= TODAY - timedelta(days=1) for m in members)
    assert sum(m.registered_on >= TODAY - timedelta(days=29) for m in members) >= 10


def test_card_numbers_follow_each_site_sequence(s: Session) -> None:
    codes = site_codes(s)
    by_site: dict[str, list[Member]] = defaultdict(list)
    for member in s.scalars(select(Member).order_by(Member.card_number)):
        code = codes[member.home_site_id]
        assert re.fullmatch(rf"{code}-\d{{6}}", member.card_number)
        by_site[code].append(member)
    for members in by_site.values():
        assert [int(m.card_number[-6:]) for m in members] == list(range(1, len(members) + 1))
        days = [m.registered_on for m in members]
        assert days == sorted(days), "numbers are given in the order people registered"


def test_contacts_stay_at_home_with_consents_and_parental_authorisation(s: Session) -> None:
    rows = s.execute(select(Member, MemberContact).join(MemberContact)).tuples().all()
    assert len(rows) >= 300
    for member, contact in rows:
        assert contact.home_site_id == member.home_site_id
        assert contact.notice_accepted_on == contact.charter_accepted_on == member.registered_on
        minor = member.birth_year is not None and member.registered_on.year - member.birth_year < 15
        assert (contact.parental_authorisation_on is not None) == minor
        assert bool(contact.guardian_name) == minor
        if contact.phone:
            assert re.fullmatch(r"0(6|7) \d\d \d\d \d\d \d\d|04 67 \d\d \d\d \d\d", contact.phone)
        if contact.email:
            assert re.fullmatch(r"[a-z0-9.-]+@(\w+\.)?example(\.(org|net|com))?", contact.email)
    assert any(c.parental_authorisation_on for _m, c in rows)
    minors_without = s.scalar(
        select(func.count())
        .select_from(Member)
        .outerjoin(MemberContact)
        .where(Member.birth_year > Member.registered_on.op("-")(0), MemberContact.id.is_(None))
    )
    assert minors_without is not None


def test_every_member_can_be_found_by_name(built: Built, s: Session) -> None:
    found = set(s.scalars(select(MemberSearch.member_id).distinct()))
    assert found == set(s.scalars(select(Member.id)))


# --- the desk's days --------------------------------------------------------------------------


def _week_and_closures(
    s: Session,
) -> tuple[dict[str, dict[int, list[tuple[str, str]]]], dict[str, set[date]]]:
    week: dict[str, dict[int, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for row in s.scalars(select(OpeningHours)):
        week[row.site_id][row.weekday].append((row.opens, row.closes))
    closed: dict[str, set[date]] = defaultdict(set)
    for closure in s.scalars(select(Closure)):
        day = closure.first_day
        while day <= closure.last_day:
            closed[closure.site_id].add(day)
            day += timedelta(days=1)
    return week, closed


def _outside_hours(
    week: dict[str, dict[int, list[tuple[str, str]]]],
    closed: dict[str, set[date]],
    site_id: str,
    start: datetime,
    end: datetime | None,
) -> bool:
    first = paris(start)
    last = paris(end) if end is not None else first
    if first.date() != last.date() or first.date() in closed[site_id]:
        return True
    opens_at, closes_at = first.strftime("%H:%M"), last.strftime("%H:%M")
    return not any(o <= opens_at and closes_at <= c for o, c in week[site_id][first.weekday()])


def test_visits_uses_and_bookings_fall_inside_opening_hours(s: Session) -> None:
    assert_inside_opening_hours(s)


def test_no_workstation_is_booked_or_used_twice_at_once(s: Session) -> None:
    assert_no_workstation_held_twice(s)


def test_nothing_has_happened_after_now(s: Session) -> None:
    assert_nothing_after(s, NOW.astimezone(UTC))


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 3, 29, 16, 0, tzinfo=PARIS),  # the Sunday summer time begins
        datetime(2026, 10, 26, 9, 5, tzinfo=PARIS),  # the Monday after it ends
        datetime(2026, 8, 15, 11, 0, tzinfo=PARIS),  # a holiday, in the summer closures
        datetime(2027, 1, 2, 17, 59, tzinfo=PARIS),  # a Saturday, just before closing
    ],
)
def test_the_rules_hold_whatever_the_day(tmp_path: Path, now: datetime) -> None:
    db = open_database(tmp_path / "lam_desk.sqlite3")
    try:
        build_demo_network(db, members=120, days=12, today=now.date(), now=now)
        with db.read() as s:
            assert_inside_opening_hours(s)
            assert_no_workstation_held_twice(s)
            assert_nothing_after(s, now.astimezone(UTC))
    finally:
        db.close()


def assert_nothing_after(s: Session, now: datetime) -> None:
    for visit in s.scalars(select(Visit)):
        assert visit.started_at <= now and (visit.ended_at is None or visit.ended_at <= now)
    for use in s.scalars(select(WorkstationUse)):
        assert use.started_at <= now and (use.ended_at is None or use.ended_at <= now)
    for entry in s.scalars(select(QueueEntry)):
        assert entry.joined_at <= now and (entry.left_at is None or entry.left_at <= now)
    for b in s.scalars(select(Booking)):
        for moment in (b.arrived_at, b.released_at, b.cancelled_at):
            assert moment is None or moment <= now
    for e in s.scalars(select(Enrolment)):
        assert e.requested_at <= now and (e.cancelled_at is None or e.cancelled_at <= now)
    for t in s.scalars(select(TrainingSession)):
        assert t.closed_at is None or t.closed_at <= now
    members = s.scalars(select(Member.registered_on)).all()
    assert all(day < paris(now).date() for day in members)


def assert_inside_opening_hours(s: Session) -> None:
    week, closed = _week_and_closures(s)
    outside = [
        ("visit", v.id)
        for v in s.scalars(select(Visit))
        if _outside_hours(week, closed, v.site_id, v.started_at, v.ended_at)
    ]
    for use in s.scalars(select(WorkstationUse)):
        if _outside_hours(
            week, closed, use.site_id, use.started_at, use.ended_at or use.planned_end_at
        ):
            outside.append(("use", use.id))
        assert use.planned_end_at > use.started_at
        if use.ended_at is not None:
            assert timedelta(minutes=30) <= use.ended_at - use.started_at <= timedelta(minutes=90)
    for booking in s.scalars(select(Booking)):
        if _outside_hours(week, closed, booking.site_id, booking.starts_at, booking.ends_at):
            outside.append(("booking", booking.id))
    assert outside == []


def assert_no_workstation_held_twice(s: Session) -> None:
    def overlaps(spans: list[tuple[datetime, datetime]]) -> int:
        spans.sort()
        return sum(b[0] < a[1] for a, b in pairwise(spans))

    bookings: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for b in s.scalars(select(Booking).where(Booking.cancelled_at.is_(None))):
        bookings[b.workstation_id].append((b.starts_at, b.ends_at))
    assert sum(overlaps(spans) for spans in bookings.values()) == 0
    uses: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for u in s.scalars(select(WorkstationUse)):
        uses[u.workstation_id].append((u.started_at, u.ended_at or u.planned_end_at))
    assert sum(overlaps(spans) for spans in uses.values()) == 0


def test_snapshots_are_the_member_as_of_the_day(s: Session) -> None:
    members = {m.id: m for m in s.scalars(select(Member))}

    def check(member_id: str, day: date, row: Visit | Enrolment | Attendance) -> None:
        member = members[member_id]
        age = day.year - member.birth_year if member.birth_year is not None else None
        assert (row.snapshot_age_low, row.snapshot_age_high) == (age, age)
        assert row.snapshot_gender == member.gender
        assert row.snapshot_commune_insee == member.commune_insee
        assert row.snapshot_status == member.status
        assert member.registered_on <= day

    visits = s.scalars(select(Visit)).all()
    for visit in visits:
        if visit.member_id is not None:
            assert visit.head_count == 1 and visit.ticket is None
            check(visit.member_id, paris(visit.started_at).date(), visit)
        else:
            assert visit.head_count > 1 or re.fullmatch(r"T-\d+", visit.ticket or "")
            assert visit.snapshot_status is None and visit.snapshot_commune_insee is None
    anonymous = [v for v in visits if v.member_id is None]
    assert any(v.snapshot_age_low is not None for v in anonymous), "an age band given"
    assert any(v.snapshot_age_low is None for v in anonymous), "age not known"
    assert any(v.head_count > 1 for v in anonymous) and any(v.ticket for v in anonymous)
    for enrolment in s.scalars(select(Enrolment)):
        check(enrolment.member_id, paris(enrolment.requested_at).date(), enrolment)
    sessions = {t.id: t for t in s.scalars(select(TrainingSession))}
    for attendance in s.scalars(select(Attendance)):
        check(attendance.member_id, sessions[attendance.training_session_id].day, attendance)


def test_visits_have_purposes_staff_and_cover_every_day_a_lam_opens(s: Session) -> None:
    codes = {p.code for p in reference.PURPOSES}
    staff_ids = set(s.scalars(select(StaffUser.id)))
    week, closed = _week_and_closures(s)
    open_days: dict[str, set[date]] = defaultdict(set)
    for visit in s.scalars(select(Visit)):
        assert visit.purpose_codes and set(visit.purpose_codes) <= codes
        assert visit.staff_user_id in staff_ids
        open_days[visit.site_id].add(paris(visit.started_at).date())
    for site in network.SITES:
        if site.kind != network.LAM:
            continue
        expected = {
            TODAY - timedelta(days=n)
            for n in range(1, 30)
            if (TODAY - timedelta(days=n)).weekday() in week[site.id]
            and TODAY - timedelta(days=n) not in closed[site.id]
        }
        assert expected <= open_days[site.id], site.code


def test_today_the_desk_is_busy_and_bookings_are_planned_ahead(s: Session) -> None:
    now = NOW.astimezone(UTC)
    today_visits = [v for v in s.scalars(select(Visit)) if paris(v.started_at).date() == TODAY]
    assert today_visits and all(v.started_at <= now for v in today_visits)
    assert any(v.ended_at is None for v in today_visits), "people at the desk now"
    assert all(
        v.ended_at is not None
        for v in s.scalars(select(Visit))
        if paris(v.started_at).date() < TODAY
    )
    bookings = s.scalars(select(Booking)).all()
    future = [b for b in bookings if b.starts_at > now]
    assert len({paris(b.starts_at).date() for b in future}) >= 7
    assert all(b.arrived_at is None and b.released_at is None for b in future)
    past = [b for b in bookings if b.ends_at < now and b.block_id is None]
    assert any(b.arrived_at for b in past), "arrived"
    assert any(b.released_at for b in past), "no-show"
    assert any(b.cancelled_at for b in past), "cancelled"
    assert any(b.caller_name and b.member_id is None for b in bookings), "booked by phone"
    assert all(b.cancelled_at is None or b.cancelled_at <= now for b in bookings)
    blocks = [b for b in bookings if b.block_id is not None]
    assert blocks and all(b.label for b in blocks)
    assert max(Counter(b.block_id for b in blocks).values()) >= 4, "a whole room for a workshop"
    queue = s.scalars(select(QueueEntry)).all()
    assert {q.outcome for q in queue} >= {"seated", "left"}
    assert all(q.left_at is None or q.left_at >= q.joined_at for q in queue)


# --- training ---------------------------------------------------------------------------------


def test_runs_with_sessions_a_waitlist_and_attendance_of_past_sessions(s: Session) -> None:
    runs = {r.id: r for r in s.scalars(select(CourseRun))}
    codes = site_codes(s)
    assert len({codes[r.site_id] for r in runs.values()}) >= 6, "runs at several sites"
    assert len({r.course_id for r in runs.values()}) >= 5
    sessions = s.scalars(select(TrainingSession)).all()
    staff_ids = set(s.scalars(select(StaffUser.id)))
    for session in sessions:
        run = runs[session.course_run_id]
        assert run.starts_on <= session.day <= run.ends_on
        assert session.site_id == run.site_id
        assert session.morning_start or session.afternoon_start
        assert (session.trainer_id in staff_ids) != bool(session.trainer_name)
        assert (session.closed_at is not None) == (session.day < TODAY)
    assert any(t.trainer_name for t in sessions) and any(t.trainer_id for t in sessions)
    enrolments = s.scalars(select(Enrolment).order_by(Enrolment.requested_at)).all()
    assert all(e.server_order is None for e in enrolments)
    assert any(e.cancelled_at for e in enrolments)
    requests: dict[str, list[Enrolment]] = defaultdict(list)
    for e in enrolments:
        if e.cancelled_at is None:
            requests[e.course_run_id].append(e)
    waitlisted = {
        e.id for run_id, found in requests.items() for e in found[runs[run_id].capacity :]
    }
    assert waitlisted, "a full run with a waitlist"
    by_id = {t.id: t for t in sessions}
    attendance = s.scalars(select(Attendance)).all()
    assert attendance
    assert all(by_id[a.training_session_id].day < TODAY for a in attendance)
    assert not {a.enrolment_id for a in attendance} & waitlisted
    assert {a.state for a in attendance} == {"present", "absent", "excused", "late"}
    assert all((a.arrival_time is not None) == (a.state == "late") for a in attendance)
    past = [t for t in sessions if t.day < TODAY and runs[t.course_run_id].id in requests]
    attended = {a.training_session_id for a in attendance}
    assert attended <= {t.id for t in past}


def test_the_calendar_and_the_service_catalogue(s: Session) -> None:
    events = s.scalars(select(Event)).all()
    titles = {e.title for e in events}
    assert any(t.startswith("Fête de l'Internet") for t in titles)
    assert any(t.startswith("Semaine bleue") for t in titles)
    for event in events:
        assert event.ends_at > event.starts_at
        if event.title.startswith("Fête"):
            assert paris(event.starts_at).month == 3
        if event.title.startswith("Semaine bleue"):
            assert paris(event.starts_at).month == 10
    offers = s.scalars(select(ServiceOffer)).all()
    assert {o.site_id for o in offers} == {site.id for site in network.SITES}


# --- the database as a whole ------------------------------------------------------------------


def test_the_demo_accounts_log_in_and_colleagues_cannot(built: Built) -> None:
    with built.db.write() as s:
        info = node.node_info(s)
        assert info.home_site is not None and info.home_site.code == demo.DEMO_HOME_SITE
        for login in demo.DEMO_LOGINS:
            account = staff.authenticate(s, login.username, login.password, policy=POLICY)
            assert account.unwrap().display_name == login.display_name
        colleagues = s.scalars(select(StaffUser).where(StaffUser.password_hash == "")).all()
        assert colleagues and all(c.role == Role.ANIMATOR for c in colleagues)


def test_the_data_makes_no_outbox_op(s: Session) -> None:
    entities = set(s.scalars(select(OutboxOp.entity)))
    assert entities <= {"staff_user"}, "only the demo accounts, made as the desk makes them"


def test_the_database_passes_its_checks(built: Built) -> None:
    assert integrity_check(built.path) == []
    con = sqlite3.connect(f"file:{built.path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_a_database_in_use_is_refused(built: Built, tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        build_demo_network(built.db, today=TODAY)
    assert str(built.path) in refused.value.message

    desk = open_database(tmp_path / "desk.sqlite3")
    try:
        with desk.write() as s:
            node.set_home_site(s, network.site_id("OLO"))
            draft = staff.AccountDraft("lea", "Léa", Role.COORDINATOR, None, "pass-word-1")
            staff.create_account(s, None, draft)
        with pytest.raises(UserError):
            build_demo_network(desk, members=5, days=1, today=TODAY)
        with desk.read() as s:
            assert node.node_info(s).home_site is not None
            assert node.node_info(s).home_site.code == "OLO"  # type: ignore[union-attr]
            assert s.scalar(select(func.count()).select_from(Member)) == 0
    finally:
        desk.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row the seed decides (staff ids and password hashes are made by the accounts
    service, so columns naming staff are left out)."""
    skip = {"staff_user_id", "created_by_id", "trainer_id"}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in (
            "member", "member_contact", "member_search", "workstation", "opening_hours",
            "closure", "visit", "workstation_use", "booking", "queue_entry", "course_run",
            "training_session", "enrolment", "attendance", "event", "service_offer",
        ):  # fmt: skip
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}")
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def test_the_same_seed_gives_the_same_network(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = open_database(tmp_path / name / "lam_desk.sqlite3")
        try:
            build_demo_network(db, members=80, days=6, today=TODAY, seed=seed)
        finally:
            db.close()
        dumps.append(_dump(tmp_path / name / "lam_desk.sqlite3"))
    assert dumps[0] == dumps[1]
    assert dumps[0]["member"] != dumps[2]["member"]
    assert len(dumps[0]["member"]) == 80


def test_a_demo_desk_opened_before_gets_a_small_network_for_a_day(tmp_path: Path) -> None:
    db = open_database(tmp_path / "lam_desk.sqlite3")
    try:
        with db.write() as s:  # what the demo desk does at its first start
            demo.seed_demo_accounts(s)
        summary = build_demo_network(db, members=1, days=1, today=TODAY)
        with db.read() as s:
            names = set(s.scalars(select(StaffUser.username)))
    finally:
        db.close()
    assert summary.members == 1
    assert summary.sites == 10
    assert summary.staff_accounts == len(names) == len(demo.DEMO_LOGINS) + 4
