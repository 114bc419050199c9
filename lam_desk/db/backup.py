"""Online backups of the local store, their rotation, and restoring one (DESIGN.md §3)."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lam_desk.db.checks import BUSY_TIMEOUT_MS, integrity_check, quick_check
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PREFIX = "lam_desk-"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
DAILY = timedelta(hours=24)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_name(at: datetime) -> str:
    return f"{PREFIX}{at.astimezone(UTC).strftime(_STAMP)}{SUFFIX}"


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """The backups of a folder, newest first."""
    found = []
    if not backup_dir.is_dir():
        return []
    for path in backup_dir.glob(f"{PREFIX}*{SUFFIX}"):
        stamp = path.name[len(PREFIX) : -len(SUFFIX)]
        try:
            taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupFile(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    backups = list_backups(backup_dir)
    return not backups or (now or datetime.now(UTC)) - backups[0].taken_at >= DAILY


def make_backup(
    database: Path, backup_dir: Path, *, keep: int = 30, now: datetime | None = None
) -> BackupFile:
    """Copy the live database with SQLite's online backup, check the copy in full, then rotate.

    The desk may keep working while this runs. A damaged source is refused, and then no old
    backup is rotated away: the good ones are what a restore needs.
    """
    now = now or datetime.now(UTC)
    problems = integrity_check(database)
    if problems:
        log.error("integrity check of the live database failed (%d problems)", len(problems))
        raise UserError(
            "Backup",
            QT_TRANSLATE_NOOP(
                "Backup",
                "The database failed its integrity check, so no backup was made and the "
                "existing backups were kept. Restore the latest good backup.",
            ),
        )
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / backup_name(now)
    # A name of its own: two backups started in the same second never share a partial file.
    fd, partial_name = tempfile.mkstemp(dir=backup_dir, prefix=target.name + ".", suffix=".partial")
    os.close(fd)
    partial = Path(partial_name)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest, pages=1024)
            # The copy is one self-contained file: in WAL mode (copied from the source), every
            # later read-only check would leave -wal/-shm files beside it that rotation misses.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        source.close()
    if integrity_check(partial):
        partial.unlink(missing_ok=True)
        raise UserError(
            "Backup",
            QT_TRANSLATE_NOOP("Backup", "The backup copy failed its check; try again."),
        )
    partial.replace(target)
    rotate(backup_dir, keep)
    log.info("backup written: %s", target.name)
    return BackupFile(target, now.replace(microsecond=0))


def rotate(backup_dir: Path, keep: int) -> list[Path]:
    removed = []
    for old in list_backups(backup_dir)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def latest_good_backup(backup_dir: Path) -> BackupFile | None:
    for candidate in list_backups(backup_dir):
        if not quick_check(candidate.path) and _is_desk_database(candidate.path):
            return candidate
    return None


def restore(backup: Path, database: Path, *, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``database``. The current file is kept beside it, renamed,
    never deleted. Returns where it went. The caller holds the data-folder lock and renews the
    node id before the restored file writes (DESIGN.md §5.6)."""
    if not backup.is_file():
        raise UserError(
            "Backup",
            QT_TRANSLATE_NOOP("Backup", "The file {file} does not exist."),
            file=str(backup),
        )
    # The live file itself is no backup: it would be moved aside, then found missing.
    is_live_file = backup.resolve() == database.resolve()
    if is_live_file or integrity_check(backup) or not _is_desk_database(backup):
        raise UserError(
            "Backup",
            QT_TRANSLATE_NOOP(
                "Backup", "The file {file} is not a sound LAM Desk backup; nothing was changed."
            ),
            file=backup.name,
        )
    now = now or datetime.now(UTC)
    kept: Path | None = None
    if database.exists():
        kept = database.with_name(f"{database.stem}-before-restore-{now.strftime(_STAMP)}{SUFFIX}")
        again = 1
        while kept.exists():  # two restores within a second: never overwrite a kept file
            again += 1
            kept = kept.with_name(
                f"{database.stem}-before-restore-{now.strftime(_STAMP)}-{again}{SUFFIX}"
            )
        database.replace(kept)
        for extra in ("-wal", "-shm"):
            side = database.with_name(database.name + extra)
            if side.exists():
                side.replace(kept.with_name(kept.name + extra))
    tmp = database.with_name(database.name + ".restoring")
    shutil.copyfile(backup, tmp)
    tmp.replace(database)
    log.info("database restored from %s", backup.name)
    return kept


def _is_desk_database(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return {"alembic_version", "node", "site"} <= names
