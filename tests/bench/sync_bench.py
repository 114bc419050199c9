"""Sync budgets of DESIGN.md §9 against PostgreSQL on loopback: ``sync_push`` and ``sync_idle``.

Each function returns one result like tests/bench/run.py's: name, value, unit, floor, ratio,
budget, within_budget. The server is a throwaway cluster (tests/pgcluster.py) made per call.

    python tests/bench/sync_bench.py [sync_push] [sync_idle]
"""

from __future__ import annotations

import contextlib
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PUSH_OPS = 10_000


@dataclass
class _Setup:
    admin_url: str
    url: str
    password: str
    folder: Path


@contextlib.contextmanager
def _central() -> Iterator[_Setup]:
    from pgcluster import session_server

    from lam_desk.central import admin

    with (
        tempfile.TemporaryDirectory(prefix="lam-desk-sync-bench-") as scratch,
        session_server(Path(scratch)) as server,
    ):
        admin.init_store(server.admin_url)
        login = admin.add_site(server.admin_url, "OLO", coordinator=False)
        yield _Setup(
            server.admin_url, server.url(login.role_name, None), login.password, Path(scratch)
        )


def _desk(folder: Path, members: int):  # type: ignore[no-untyped-def]
    from lam_desk.db.models import Member
    from lam_desk.domain.network import site_id
    from lam_desk.services import node
    from lam_desk.store import open_database

    db = open_database(folder / "desk" / "lam_desk.sqlite3")
    with db.write() as s:
        node.set_home_site(s, site_id("OLO"))
        for i in range(members):
            s.add(
                Member(
                    id=str(uuid.uuid4()),
                    card_number=f"OLO-{i:06d}",
                    family_name=f"Nom{i:06d}",
                    given_name="Prénom",
                    birth_year=1940 + i % 70,
                    gender="F",
                    commune_insee="34189",
                    status="retired",
                    home_site_id=site_id("OLO"),
                    registered_on=date(2026, 1, 5),
                )
            )
    return db


def bench_sync_push() -> dict[str, object]:
    """PUSH_OPS outbox ops pushed by the sync client (batches, per-op savepoints, merge,
    change log), against psycopg's executemany of the same rows into a plain table."""
    import psycopg
    from psycopg.types.json import Jsonb

    from lam_desk.sync.client import PUSH_BATCH, CycleSummary, SyncClient

    with _central() as setup:
        db = _desk(setup.folder, PUSH_OPS)
        try:
            with SyncClient(db, setup.url, setup.password) as client:
                client.hello()
                client.push_batch = PUSH_OPS
                rows = client.pending_batch()
                client.push_batch = PUSH_BATCH
                started = time.perf_counter()
                summary = CycleSummary()
                client.push(summary)
                elapsed = time.perf_counter() - started
            assert summary.applied == PUSH_OPS, summary
        finally:
            db.close()
        with psycopg.connect(setup.admin_url) as conn:
            conn.execute(
                "CREATE TABLE bench_plain (op_id uuid PRIMARY KEY, entity text, row_id text,"
                " hlc text, cl integer, fields jsonb)"
            )
            conn.commit()
            started = time.perf_counter()
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO bench_plain VALUES (%s, %s, %s, %s, %s, %s)",
                    [
                        (
                            r["op_id"],
                            r["entity"],
                            r["row_id"],
                            r["hlc"],
                            r["cl"],
                            Jsonb(r["fields"]),
                        )
                        for r in rows
                    ],
                )
            conn.commit()
            floor_elapsed = time.perf_counter() - started
    value = PUSH_OPS / elapsed
    floor = PUSH_OPS / floor_elapsed
    return {
        "name": "sync_push",
        "value": round(value),
        "unit": "ops/s",
        "floor": round(floor),
        "ratio": round(value / floor, 3),
        "budget": ">= 2000 ops/s",
        "within_budget": value >= 2000,
    }


def bench_sync_idle(cycles: int = 30) -> dict[str, object]:
    """A sync cycle with nothing to do (hello, no op, an empty pull) on an open connection,
    median, against a bare ``SELECT 1`` round trip on the same connection."""
    from lam_desk.sync.client import SyncClient

    with _central() as setup:
        db = _desk(setup.folder, 10)
        try:
            with SyncClient(db, setup.url, setup.password) as client:
                client.run_cycle()  # push the ten, bootstrap, pull: then there is nothing to do
                client.run_cycle()
                timings = []
                for _ in range(cycles):
                    started = time.perf_counter()
                    summary = client.run_cycle()
                    timings.append(time.perf_counter() - started)
                    assert (summary.pushed, summary.pulled) == (0, 0), summary
                connection = client.connect()
                floors = []
                for _ in range(cycles):
                    started = time.perf_counter()
                    connection.execute("SELECT 1").fetchone()
                    connection.commit()
                    floors.append(time.perf_counter() - started)
        finally:
            db.close()
    value = statistics.median(timings) * 1000
    floor = statistics.median(floors) * 1000
    return {
        "name": "sync_idle",
        "value": round(value, 2),
        "unit": "ms",
        "floor": round(floor, 3),
        "ratio": round(value / floor, 1),
        "budget": "<= 50 ms",
        "within_budget": value <= 50,
    }


BENCHES = {"sync_push": bench_sync_push, "sync_idle": bench_sync_idle}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(BENCHES):
        print(json.dumps(BENCHES[name]()), flush=True)
