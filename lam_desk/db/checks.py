"""The store's health checks, with the standard library's sqlite3 only: they run before the
ORM is loaded (the quick check after the window shows) and on backup files."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def quick_check(path: Path) -> list[str]:
    """``PRAGMA quick_check``: an empty list when the file is sound."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    return _check(path, "integrity_check")


def _check(path: Path, pragma: str) -> list[str]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}")]
        finally:
            con.close()
    except sqlite3.OperationalError:
        # Locked, busy or unreadable for now: the check could not run, which says nothing about
        # damage (a false verdict would offer to throw work away). Logged; checked again later.
        log.warning("the %s could not run this time", pragma)
        return []
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def check_quickly(path: Path) -> bool:
    """``PRAGMA quick_check`` after the window is shown: True when sound."""
    problems = quick_check(path)
    if problems:
        log.error("quick_check found %d problem(s) in the database", len(problems))
    return not problems
