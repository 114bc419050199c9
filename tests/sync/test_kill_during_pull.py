"""Proof 6: the desk process killed at random points of a large pull converges after restart,
and its cursor never points past data it applied."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from syncnet import Central, make_desk

from lam_desk.db.models import Member, MemberSearch, ParkedRow
from lam_desk.store import open_database
from lam_desk.sync.apply import read_state

pytestmark = pytest.mark.postgres

MEMBERS = 3000
RUNNER = Path(__file__).with_name("sync_runner.py")


def _applied_ids(database_path: Path) -> tuple[str | None, set[str]]:
    db = open_database(database_path)
    try:
        with db.read() as s:
            cursor = read_state(s.connection())["pull_cursor"]
            return cursor, set(s.scalars(select(Member.id)))
    finally:
        db.close()


def _logged_up_to(central: Central, cursor: str) -> set[str]:
    xid, seq = cursor.split(":")
    with central.admin() as conn:
        rows = conn.execute(
            "SELECT row_id FROM lam_central.change_log WHERE entity = 'member'"
            " AND (xid, seq) <= (%s::xid8, %s::bigint)",
            (xid, int(seq)),
        ).fetchall()
    return {r[0] for r in rows}


def test_6_a_desk_killed_during_a_large_pull_converges_and_never_skips(
    tmp_path: Path, central: Central
) -> None:
    a = make_desk(tmp_path, "a", "OLO", central)
    b = make_desk(tmp_path, "b", "BED", central)
    try:
        b.sync()  # B has its cursor: what follows is a pull
        made = [
            a.create_member(f"Nom{i:05d}", "Prénom", birth_year=1940 + i % 60)
            for i in range(MEMBERS)
        ]
        assert a.sync().pushed == MEMBERS
    finally:
        a.close()
        b.close()
    env = {**os.environ, "LAM_DESK_SYNC_PASSWORD": b.password}
    command = [sys.executable, str(RUNNER), str(b.paths.data_dir), b.url, "50"]
    rng = random.Random(6)
    kills = 0
    start_cursor, _ = _applied_ids(b.paths.database)
    for _ in range(8):
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None
        pages = rng.randint(1, 6)  # killed somewhere after this many pages were applied
        while pages and process.stdout.readline():
            pages -= 1
        if process.poll() is None:
            time.sleep(rng.uniform(0, 0.08))
            process.send_signal(signal.SIGKILL)
            kills += 1
        _, err = process.communicate(timeout=60)
        assert process.returncode in (0, -signal.SIGKILL), err.decode(errors="replace")[-2000:]
        cursor, held = _applied_ids(b.paths.database)
        if cursor is not None:
            missing = _logged_up_to(central, cursor) - held
            assert not missing, f"the cursor points past {len(missing)} rows not applied"
        if process.returncode == 0:
            break
    assert kills >= 4, "killed at several points of the pull"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    cursor, held = _applied_ids(b.paths.database)
    assert cursor != start_cursor
    assert set(made) <= held
    db = open_database(b.paths.database)
    try:
        with db.read() as s:
            indexed = s.scalar(
                select(func.count(func.distinct(MemberSearch.member_id))).where(
                    MemberSearch.member_id.in_(made[:500])
                )
            )
            assert indexed == 500, "every pulled member is found by name"
            assert s.scalar(select(func.count()).select_from(ParkedRow)) == 0
    finally:
        db.close()
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "applied 0" in again.stdout
