"""Performance budgets of DESIGN.md §9, each measured against a floor in the same run.

    python tests/bench/run.py [NAME ...]

Prints one JSON object per line: name, value, unit, floor, ratio, budget, within_budget.
This is a benchmark run, not a pass/fail test; the exit code is 0 unless a measurement failed.
"""

from __future__ import annotations

import functools
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# The scale of DESIGN.md §9: the network's members, and a year of the desk's days.
MEMBERS = 200_000
DAYS = 365
# Databases built at that scale are kept here between runs (keyed by what makes them).
CACHE = Path(tempfile.gettempdir()) / "lam-desk-bench"

BARE_WINDOW = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    def done():
        lines = [f"{time.time():.6f}"]
        try:
            for line in open("/proc/self/status").read().splitlines():
                if line.startswith("VmRSS:"):
                    lines.append(f"rss_kb {line.split()[1]}")
        except OSError:
            pass
        open(sys.argv[1], "w").write("\\n".join(lines) + "\\n")
        app.quit()
    QTimer.singleShot(0, done)
    app.exec()
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _precompile() -> None:
    """An installed desk runs from bytecode (the PyInstaller bundle ships it compiled), so
    compile what the desk imports first: PYTHONDONTWRITEBYTECODE would otherwise make every
    start recompile every module and measure the compiler instead of the desk."""
    import compileall
    import sysconfig

    for folder in (ROOT / "lam_desk", Path(sysconfig.get_paths()["purelib"])):
        compileall.compile_dir(str(folder), quiet=2, workers=2)


@dataclass(frozen=True)
class Start:
    """One process start: seconds to 'shown and idle', resident memory then (KiB, 0 if the
    system does not tell)."""

    seconds: float  # to the window shown and the event loop idle
    rss_kb: int
    ready_seconds: float  # to the desk ready: its store open, the home page filled


def _timed_process(args: list[str], marker: Path, env: dict[str, str]) -> Start:
    """Start a process and read the moment it reported 'shown and idle' (and its memory)."""
    marker.unlink(missing_ok=True)
    started = time.time()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=300)
    first, *rest = marker.read_text().splitlines()
    facts = dict(line.split() for line in rest)
    ready = float(facts.get("ready_at", first))
    return Start(float(first) - started, int(facts.get("rss_kb", 0)), ready - started)


# --- the network at scale ---------------------------------------------------------------------


def _network_folder() -> Path:
    """A desk's data folder holding the demo network at the scale of DESIGN.md §9 (MEMBERS
    members, DAYS days of activity ending today), built once into CACHE and reused: keyed by
    the arguments (today's date among them, so the desk opens on a day with activity), the
    schema revision and the search key format."""
    import datetime as dt

    from lam_desk.db.migrate import SCHEMA_REVISION
    from lam_desk.domain.people import SEARCH_KEY_FORMAT

    family = f"demo-m{MEMBERS}-d{DAYS}-s1-{SCHEMA_REVISION}-k{SEARCH_KEY_FORMAT}-"
    folder = CACHE / f"{family}t{dt.date.today().isoformat()}"
    if (folder / "ready").exists():
        return folder
    for older in CACHE.glob(f"{family}*"):  # the same network, another day
        shutil.rmtree(older, ignore_errors=True)
    building = CACHE / f"{folder.name}.building-{os.getpid()}"
    started = time.monotonic()
    print(f"building the {MEMBERS:,}-member demo network in {folder} ...", file=sys.stderr)
    _build_network(building)
    (building / "ready").write_text(f"built in {time.monotonic() - started:.0f} s\n")
    building.rename(folder)
    print(f"built in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return folder


def _build_network(folder: Path) -> None:
    from lam_desk.paths import AppPaths
    from lam_desk.services.demo import build_demo_network
    from lam_desk.store import open_database

    paths = AppPaths.under(folder)
    paths.create()
    database = open_database(paths.database)
    try:
        build_demo_network(database, members=MEMBERS, days=DAYS, seed=1)
    finally:
        database.close()
    con = sqlite3.connect(paths.database)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file to copy
    finally:
        con.close()


@functools.cache
def _desk_starts(repeats: int = 7) -> tuple[list[Start], list[Start]]:
    """The demo desk opened on a copy of the network at scale, from process start to its
    main window shown and idle after auto-login, ``repeats`` times, each after a bare PySide6
    window process. Shared by open_desk and desk_rss."""
    network = _network_folder()
    with tempfile.TemporaryDirectory(prefix="lam-desk-bench-") as tmp:
        folder = Path(tmp)
        marker = folder / "idle"
        desk_folder = folder / "desk"
        shutil.copytree(network, desk_folder)
        env = _env()
        desk_env = dict(env, LAM_DESK_BENCH_QUIT_WHEN_IDLE=str(marker))
        desk = [sys.executable, "-m", "lam_desk", "--demo", "--data-dir", str(desk_folder)]
        bare = [sys.executable, "-c", BARE_WINDOW, str(marker)]
        _precompile()
        _timed_process(desk, marker, desk_env)  # first start: settings, the day's backup
        desk_starts, bare_starts = [], []
        for _ in range(repeats):
            bare_starts.append(_timed_process(bare, marker, env))
            desk_starts.append(_timed_process(desk, marker, desk_env))
    return desk_starts, bare_starts


def bench_open_desk() -> dict[str, object]:
    """The demo desk on MEMBERS members, to its main window shown and idle, against a bare
    PySide6 window process."""
    desk_starts, bare_starts = _desk_starts()
    value = statistics.median(s.seconds for s in desk_starts)
    floor = statistics.median(s.seconds for s in bare_starts)
    ratio = value / floor
    return {
        "name": "open_desk",
        "value": round(value, 3),
        "unit": "s",
        "floor": round(floor, 3),
        "ratio": round(ratio, 2),
        "budget": "<= 1.0 s and <= 3x floor",
        "within_budget": value <= 1.0 and ratio <= 3.0,
    }


def bench_open_desk_ready() -> dict[str, object]:
    """The same starts, to the desk ready to work: its store open behind the window and the
    home page showing the day. DESIGN.md §9 budgets the window; this says how long the
    animator waits for the day's lists."""
    desk_starts, bare_starts = _desk_starts()
    value = statistics.median(s.ready_seconds for s in desk_starts)
    floor = statistics.median(s.seconds for s in bare_starts)
    return {
        "name": "open_desk_ready",
        "value": round(value, 3),
        "unit": "s",
        "floor": round(floor, 3),
        "ratio": round(value / floor, 2),
        "budget": "<= 1.0 s",
        "within_budget": value <= 1.0,
    }


def bench_desk_rss() -> dict[str, object]:
    """Resident memory of the desk on MEMBERS members, ready (store open, home page
    filled), against the bare window's."""
    desk_starts, bare_starts = _desk_starts()
    value = statistics.median(s.rss_kb for s in desk_starts) / 1024
    floor = statistics.median(s.rss_kb for s in bare_starts) / 1024
    if not value or not floor:
        raise RuntimeError("this system does not tell a process's resident memory")
    return {
        "name": "desk_rss",
        "value": round(value, 1),
        "unit": "MiB",
        "floor": round(floor, 1),
        "ratio": round(value / floor, 2),
        "budget": "<= 300 MB",
        "within_budget": value * 1024 * 1024 <= 300e6,
    }


# --- member search ----------------------------------------------------------------------------


def _typed_searches(database_path: Path, count: int, rng: random.Random) -> list[str]:
    """What the desk types, drawn from real members' names: 2 to 5 letters of a word of the
    family or given name (most searches), two words, or the beginning of a card number."""
    from lam_desk.domain.people import fold

    con = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    try:
        (highest,) = con.execute("SELECT max(rowid) FROM member").fetchone()
        picked = rng.sample(range(1, highest + 1), min(count, highest))
        people = []
        for start in range(0, len(picked), 500):
            chunk = picked[start : start + 500]
            marks = ",".join("?" * len(chunk))
            people += con.execute(
                "SELECT family_name, given_name, card_number FROM member "
                f"WHERE rowid IN ({marks}) AND erased_at IS NULL AND merged_into_id IS NULL",
                chunk,
            ).fetchall()
    finally:
        con.close()

    def start_of(name: str) -> str:
        word = rng.choice(fold(name).split() or ["a"])
        return word[: rng.randint(2, 5)]

    typed = []
    for family, given, card in people:
        draw = rng.random()
        if draw < 0.80:
            typed.append(start_of(family if rng.random() < 0.7 else given))
        elif draw < 0.90:
            pair = [start_of(given), start_of(family)]
            rng.shuffle(pair)
            typed.append(" ".join(pair))
        else:
            typed.append(card[: rng.randint(5, len(card))])
    return typed


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[94]


def bench_member_search_p95(searches: int = 1000) -> dict[str, object]:
    """Search as you type on MEMBERS members through a read session, as the desk calls it,
    p95 over ``searches`` inputs, against the raw indexed prefix query on member_search."""
    from lam_desk.domain.people import fold, prefix_range
    from lam_desk.paths import AppPaths
    from lam_desk.services.members import search_members
    from lam_desk.store import open_database

    path = AppPaths.under(_network_folder()).database
    typed = _typed_searches(path, searches, random.Random(2))
    database = open_database(path)
    try:
        for text in typed[:50]:  # warm the statement caches and the pages, as a desk in use
            with database.read() as session:
                search_members(session, text)
        timings = []
        for text in typed:
            started = time.perf_counter()
            with database.read() as session:
                search_members(session, text)
            timings.append(time.perf_counter() - started)
    finally:
        database.close()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        raw = "SELECT member_id FROM member_search WHERE key >= ? AND key < ? LIMIT 20"
        floors = []
        for text in typed:
            low, high = prefix_range(fold(text) or text)
            started = time.perf_counter()
            con.execute(raw, (low, high or "\U0010ffff")).fetchall()
            floors.append(time.perf_counter() - started)
    finally:
        con.close()
    value, floor = _p95(timings) * 1000, _p95(floors) * 1000
    return {
        "name": "member_search_p95",
        "value": round(value, 3),
        "unit": "ms",
        "floor": round(floor, 4),
        "ratio": round(value / floor, 1),
        "budget": "<= 20 ms",
        "within_budget": value <= 20,
    }


def _elsewhere(module: str, function: str) -> Callable[[], dict[str, object]]:
    """A benchmark kept in a module of its own in this folder (loaded when it runs)."""

    def run() -> dict[str, object]:
        import importlib

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        result: dict[str, object] = getattr(importlib.import_module(module), function)()
        return result

    return run


BENCHES: dict[str, Callable[[], dict[str, object]]] = {
    "open_desk": bench_open_desk,
    "open_desk_ready": bench_open_desk_ready,
    "member_search_p95": bench_member_search_p95,
    "desk_rss": bench_desk_rss,
    "board_refresh": _elsewhere("desk_bench", "bench_board_refresh"),
    # PostgreSQL on loopback: a throwaway cluster from the machine's binaries (tests/pgcluster.py)
    "sync_push": _elsewhere("sync_bench", "bench_sync_push"),
    "sync_idle": _elsewhere("sync_bench", "bench_sync_idle"),
    "attendance_sheet": _elsewhere("training_bench", "bench_attendance_sheet"),
}


def main(argv: list[str]) -> int:
    names = argv or list(BENCHES)
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHES)}",
            file=sys.stderr,
        )
        return 2
    for name in names:
        print(json.dumps(BENCHES[name]()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
