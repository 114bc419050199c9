"""Benchmarks of the desk's day (DESIGN.md §9), each against a floor measured in the same run.

    python tests/bench/desk_bench.py [NAME ...]

``board_refresh``: the workstation board's refresh — the service read of a site's board and
the tiles' view state built from it — for 30 workstations with a full day of bookings and
seated people, on a desk holding a year of that site's days; median and p95 against the same
rows read with raw SQL on a plain sqlite3 connection (no ORM, no view state).
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORKSTATIONS = 30
HISTORY_DAYS = 365
RUNS = 300


def _board_desk(folder: Path) -> tuple[Path, str, datetime]:
    """A desk file for Bédarieux with WORKSTATIONS workstations, opening hours, and
    HISTORY_DAYS days of visits, workstation use and bookings ending with today, 15:00 Paris:
    every workstation booked twice today, twenty people seated now, four in the queue.
    Written as a sync pull would (no outbox), for speed."""
    from sqlalchemy import insert

    from lam_desk.db.models import (
        Booking,
        OpeningHours,
        QueueEntry,
        Visit,
        Workstation,
        WorkstationUse,
    )
    from lam_desk.domain.network import site_id
    from lam_desk.domain.wallclock import at_paris, paris_today
    from lam_desk.ids import uuid7
    from lam_desk.store import open_database

    rng = random.Random(1)
    path = folder / "lam_desk.sqlite3"
    db = open_database(path)
    site = site_id("BED")
    today = paris_today()
    now = at_paris(today, "15:00")
    synced = {"field_clocks": {}, "cl": 1}
    stations = [
        {
            "id": uuid7(),
            "site_id": site,
            "label": f"Poste {n}",
            "kind": "pc",
            "position": n,
            "out_of_service_reason": "écran cassé" if n == 7 else None,
            **synced,
        }
        for n in range(1, WORKSTATIONS + 1)
    ]
    hours = [
        {
            "id": uuid7(),
            "site_id": site,
            "weekday": weekday,
            "opens": opens,
            "closes": closes,
            "valid_from": None,
            "valid_until": None,
            **synced,
        }
        for weekday in range(7)
        for opens, closes in (("09:00", "12:30"), ("13:30", "19:00"))
    ]
    visits: list[dict[str, Any]] = []
    uses: list[dict[str, Any]] = []
    bookings: list[dict[str, Any]] = []
    queue: list[dict[str, Any]] = []
    for back in range(HISTORY_DAYS, -1, -1):
        day: date = today - timedelta(days=back)
        for n, station in enumerate(stations):
            if station["out_of_service_reason"]:
                continue
            for start in ("09:30", "16:00"):  # a full day of bookings: two a workstation
                starts = at_paris(day, start)
                bookings.append(
                    {
                        "id": uuid7(),
                        "site_id": site,
                        "workstation_id": station["id"],
                        "member_id": None,
                        "caller_name": f"Appelant {n}",
                        "label": "",
                        "block_id": None,
                        "starts_at": starts,
                        "ends_at": starts + timedelta(hours=1),
                        "created_by_id": None,
                        "cancelled_at": None,
                        "arrived_at": None,
                        "released_at": None,
                        **synced,
                    }
                )
            for hour in ("10:45", "14:00") if back else ("10:45",):
                started = at_paris(day, hour) + timedelta(minutes=rng.randint(0, 20))
                visit = _visit(uuid7(), site, started, synced)
                visits.append(visit)
                uses.append(_use(uuid7(), site, station["id"], visit["id"], started, synced))
        if back == 0:
            for n, station in enumerate(stations[:21]):
                if station["out_of_service_reason"]:
                    continue
                started = now - timedelta(minutes=rng.randint(5, 70))
                visit = _visit(uuid7(), site, started, synced, open_=True, ticket=f"T-{n + 1}")
                visits.append(visit)
                use = _use(uuid7(), site, station["id"], visit["id"], started, synced)
                use["ended_at"] = None
                uses.append(use)
            for n in range(4):
                joined = now - timedelta(minutes=4 - n)
                visit = _visit(uuid7(), site, joined, synced, open_=True, ticket=f"T-{30 + n}")
                visits.append(visit)
                queue.append(
                    {
                        "id": uuid7(),
                        "site_id": site,
                        "visit_id": visit["id"],
                        "joined_at": joined,
                        "left_at": None,
                        "outcome": None,
                        **synced,
                    }
                )
    with db.apply() as session:
        for model, rows in (
            (Workstation, stations),
            (OpeningHours, hours),
            (Visit, visits),
            (WorkstationUse, uses),
            (Booking, bookings),
            (QueueEntry, queue),
        ):
            session.execute(insert(model), rows)
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    return path, site, now


def _visit(
    ident: str,
    site: str,
    started: datetime,
    synced: dict[str, Any],
    *,
    open_: bool = False,
    ticket: str | None = None,
) -> dict[str, Any]:
    return {
        "id": ident,
        "site_id": site,
        "member_id": None,
        "head_count": 1,
        "ticket": ticket,
        "purpose_codes": ["free_access"],
        "started_at": started,
        "ended_at": None if open_ else started + timedelta(minutes=70),
        "staff_user_id": None,
        "snapshot_age_low": None,
        "snapshot_age_high": None,
        "snapshot_gender": None,
        "snapshot_commune_insee": None,
        "snapshot_status": None,
        **synced,
    }


def _use(
    ident: str, site: str, station: str, visit: str, started: datetime, synced: dict[str, Any]
) -> dict[str, Any]:
    return {
        "id": ident,
        "site_id": site,
        "workstation_id": station,
        "visit_id": visit,
        "started_at": started,
        "planned_end_at": started + timedelta(minutes=60),
        "ended_at": started + timedelta(minutes=55),
        **synced,
    }


def _raw_statements(session: Any, site: str, now: datetime) -> list[tuple[str, tuple[Any, ...]]]:
    """The SQL the board's read sends, with its parameters, captured once from the service."""
    from sqlalchemy import event

    from lam_desk.services import workstations

    captured: list[tuple[str, tuple[Any, ...]]] = []

    def keep(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if not statement.lstrip().upper().startswith("BEGIN"):
            captured.append((statement, tuple(params)))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", keep)
    try:
        workstations.board(session, site, now)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    return captured


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def bench_board_refresh() -> dict[str, object]:
    """The board's refresh (service read + tiles' view state) at 30 workstations with a full
    day of bookings, median and p95, against the raw SQL of the same rows."""
    from lam_desk.db.engine import Database
    from lam_desk.services import workstations
    from lam_desk.ui.pages.board import tile_views

    with tempfile.TemporaryDirectory(prefix="lam-desk-bench-board-") as tmp:
        path, site, now = _board_desk(Path(tmp))
        db = Database(path)
        try:
            with db.read() as session:
                statements = _raw_statements(session, site, now)
                board = workstations.board(session, site, now)
            assert len(board.workstations) == WORKSTATIONS
            assert sum(w.use is not None for w in board.workstations) == 20
            assert len(board.queue) == 4 and sum(len(w.bookings) for w in board.workstations) == 29
            timings: list[float] = []
            for _ in range(RUNS):
                started = time.perf_counter()
                with db.read() as session:
                    board = workstations.board(session, site, now)
                tile_views(board, now)
                timings.append(time.perf_counter() - started)
        finally:
            db.close()
        con = sqlite3.connect(path, isolation_level=None)
        floors: list[float] = []
        for _ in range(RUNS):
            started = time.perf_counter()
            con.execute("BEGIN")
            for statement, params in statements:
                con.execute(statement, params).fetchall()
            con.execute("COMMIT")
            floors.append(time.perf_counter() - started)
        con.close()
    value, floor = statistics.median(timings) * 1000, statistics.median(floors) * 1000
    p95, floor_p95 = _p95(timings) * 1000, _p95(floors) * 1000
    return {
        "name": "board_refresh",
        "value": round(value, 2),
        "unit": "ms",
        "floor": round(floor, 3),
        "ratio": round(value / floor, 1),
        "budget": "<= 16 ms",
        "within_budget": p95 <= 16,
        "p95": round(p95, 2),
        "floor_p95": round(floor_p95, 3),
        "statements": len(statements),
    }


BENCHES = {"board_refresh": bench_board_refresh}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(BENCHES):
        print(json.dumps(BENCHES[name]()), flush=True)
