"""The desk the service tests run on: an open database with a coordinator and an animator."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from lam_desk.db.engine import Database
from lam_desk.services import staff

COORD_PASSWORD = "jardin-vert-2026"
ANIM_PASSWORD = "olivier-bleu-2026"
ANIM_PIN = "2468"


@dataclass(frozen=True)
class Template:
    path: Path
    coordinator: staff.StaffRow
    animator: staff.StaffRow
    coordinator_code: str
    animator_code: str


@dataclass(frozen=True)
class Desk:
    """An open desk serving Bédarieux with a coordinator and an animator (LUN)."""

    db: Database
    coordinator: staff.StaffRow
    animator: staff.StaffRow
    coordinator_code: str
    animator_code: str


def copy_database(source: Path, target: Path) -> None:
    """Copy a closed database file (and its WAL, if one was left) to a new data folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copyfile(part, target.with_name(target.name + suffix))
