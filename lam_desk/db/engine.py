"""The local SQLite store: engines, sessions, pragmas, the one writer.

Reads and writes use two engines on the same file. Write sessions begin with
``BEGIN IMMEDIATE`` and run on one worker thread (``Database.writer``), so the desk never has two
writers; read sessions are ``query_only`` and never block on the writer (WAL).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from lam_desk.db import erasure_guard, indexes
from lam_desk.db.checks import (
    BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS,
    integrity_check as integrity_check,
    quick_check as quick_check,
)
from lam_desk.sync import capture
from lam_desk.sync.hlc import WallClock, system_wall_ms

log = logging.getLogger(__name__)

T = TypeVar("T")


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        # Statement parameters are members' data: never in an exception text or a log.
        hide_parameters=True,
        poolclass=QueuePool if read_only else NullPool,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        # Take transaction control from pysqlite, so BEGIN is ours to emit.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


class Database:
    """One desk's SQLite file: read sessions for anyone, write sessions for the writer.

    ``wall`` is the wall clock of the hybrid logical clock (injectable for tests).
    """

    def __init__(self, path: Path, *, wall: WallClock = system_wall_ms) -> None:
        from lam_desk.db.migrate import SCHEMA_REVISION

        self.path = path
        self.wall = wall
        self.write_engine = _make_engine(path, read_only=False)
        self.read_engine = _make_engine(path, read_only=True)
        self._write_factory = sessionmaker(
            self.write_engine, class_=capture.CapturedSession, expire_on_commit=False
        )
        self._network_factory = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_factory = sessionmaker(self.read_engine, expire_on_commit=False)
        capture.install(self._write_factory, schema_version=SCHEMA_REVISION, wall=wall)
        capture.install_statement_guard(self.write_engine, _synced_tables())
        for factory in (self._write_factory, self._network_factory):
            indexes.install(factory)
        erasure_guard.install(self._write_factory)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lam-desk-writer")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE); every synced change in it is captured."""
        with self._write_factory.begin() as session:
            yield session

    @contextmanager
    def apply(self) -> Iterator[Session]:
        """A write transaction for changes that come from the network: nothing is captured."""
        with self._network_factory.begin() as session:
            capture.mark_network_origin(session)
            capture.mark_connection_network_origin(session)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_factory() as session, session.begin():
            yield session

    def submit_write(self, op: Callable[[Session], T]) -> Future[T]:
        """Run ``op`` in a write transaction on the one writer thread."""

        def run() -> T:
            with self.write() as session:
                return op(session)

        return self._writer.submit(run)

    def close(self) -> None:
        self._writer.shutdown(wait=True)
        self.write_engine.dispose()
        self.read_engine.dispose()


def _synced_tables() -> frozenset[str]:
    """Every table with sync columns (the mark capture and its guards go by)."""
    from lam_desk.db import models  # noqa: F401 - every table registered
    from lam_desk.db.base import Base

    return frozenset(
        name for name, table in Base.metadata.tables.items() if "field_clocks" in table.c
    )
