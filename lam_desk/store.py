"""Opening a desk's data folder: the lock, the migrations, the node, the reference rows."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SADatabaseError

from lam_desk.db import backup, indexes, migrate
from lam_desk.db.checks import check_quickly as check_quickly
from lam_desk.db.engine import Database
from lam_desk.errors import DatabaseDamagedError
from lam_desk.lockfile import lock_data_folder as lock_data_folder  # where it always was
from lam_desk.paths import AppPaths
from lam_desk.services import node as node_service
from lam_desk.sync.hlc import WallClock, system_wall_ms

log = logging.getLogger(__name__)


def open_database(path: Path, *, wall: WallClock = system_wall_ms) -> Database:
    """Migrate and open the store. A file SQLite cannot read raises DatabaseDamagedError,
    so the desk can offer the latest good backup instead of crashing."""
    database: Database | None = None
    try:
        migrate.upgrade(path)
        database = Database(path, wall=wall)
        with database.apply() as session:
            node_service.prepare(session)
            if indexes.ensure_search_format(session.connection()):
                log.info("the member search index was rebuilt for this version")
    except (sqlite3.DatabaseError, SADatabaseError) as exc:
        if database is not None:
            database.close()  # so the damaged file can be moved aside (Windows)
        log.error("the database could not be opened: %s", type(exc).__name__)
        raise DatabaseDamagedError(str(path)) from exc
    return database


def restore_backup(
    paths: AppPaths, backup_file: Path, *, wall: WallClock = system_wall_ms
) -> Path | None:
    """Restore a backup into the data folder (the caller holds its lock), migrate it, and give
    the restored file a new node id before anything writes to it."""
    kept = backup.restore(backup_file, paths.database)
    database = open_database(paths.database, wall=wall)
    try:
        with database.apply() as session:
            node_service.renew_node_id(session)
    finally:
        database.close()
    return kept
