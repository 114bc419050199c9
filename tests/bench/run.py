"""Performance budgets of DESIGN.md §9, each measured against a floor in the same run.

    python tests/bench/run.py [NAME ...]

Prints one JSON object per line: name, value, unit, floor, ratio, budget, within_budget.
This is a benchmark run, not a pass/fail test; the exit code is 0 unless a measurement failed.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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
        open(sys.argv[1], "w").write(f"{time.time():.6f}")
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


def _timed_process(args: list[str], marker: Path, env: dict[str, str]) -> float:
    """Seconds from the process start to the moment it reported 'shown and idle'."""
    marker.unlink(missing_ok=True)
    started = time.time()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
    return float(marker.read_text()) - started


def bench_open_desk(repeats: int = 7) -> dict[str, object]:
    """The demo desk, from process start to its main window shown and idle after auto-login,
    against a bare PySide6 window process."""
    with tempfile.TemporaryDirectory(prefix="lam-desk-bench-") as tmp:
        folder = Path(tmp)
        marker = folder / "idle"
        env = _env()
        desk_env = dict(env, LAM_DESK_BENCH_QUIT_WHEN_IDLE=str(marker))
        desk = [sys.executable, "-m", "lam_desk", "--demo", "--data-dir", str(folder / "desk")]
        bare = [sys.executable, "-c", BARE_WINDOW, str(marker)]
        _precompile()
        _timed_process(desk, marker, desk_env)  # first start creates the demo database
        desk_times, bare_times = [], []
        for _ in range(repeats):
            bare_times.append(_timed_process(bare, marker, env))
            desk_times.append(_timed_process(desk, marker, desk_env))
    value, floor = statistics.median(desk_times), statistics.median(bare_times)
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


BENCHES: dict[str, Callable[[], dict[str, object]]] = {
    "open_desk": bench_open_desk,
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
