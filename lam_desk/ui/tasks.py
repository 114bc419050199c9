"""The one way the desk runs database, file and PDF work off the Qt main thread.

``run_read(op)`` runs ``op(session)`` in a read transaction on a worker thread;
``run_write(op)`` runs it on the database's one writer thread; ``run(op)`` runs a plain
callable. Results come back to the main thread by signal, where ``on_success`` or
``on_failure`` is called. ``op`` never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from sqlalchemy.orm import Session

from lam_desk.db.engine import Database

log = logging.getLogger(__name__)

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Signals:
    busy_changed(bool): some task is running (True) or none is (False).
    """

    busy_changed = Signal(bool)
    _finished = Signal(object, object, object)

    def __init__(self, database: Database | None, on_error: Failure, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self._on_error = on_error
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="lam-desk-task")
        self._running = 0
        self._closed = False
        # Queued even when the future is already done, so a callback never runs inside the
        # caller of run_*().
        self._finished.connect(self._on_task_finished, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        op: Callable[[], T],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> Future[T]:
        return self._track(self._pool.submit(op), on_success, on_failure)

    def run_read(
        self,
        op: Callable[[Session], T],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> Future[T]:
        database = self._require_database()

        def read() -> T:
            with database.read() as session:
                return op(session)

        return self._track(self._pool.submit(read), on_success, on_failure)

    def run_write(
        self,
        op: Callable[[Session], T],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> Future[T]:
        return self._track(self._require_database().submit_write(op), on_success, on_failure)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def shutdown(self) -> None:
        """Wait for running tasks; results that arrive afterwards are dropped (their
        windows are gone)."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _require_database(self) -> Database:
        if self.database is None:
            raise RuntimeError("no database is open")
        return self.database

    def _track(
        self, future: Future[T], on_success: Success | None, on_failure: Failure | None
    ) -> Future[T]:
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        # Called on the worker thread: only emit; the slot runs on the main thread.
        future.add_done_callback(lambda f: self._finished.emit(f, on_success, on_failure))
        return future

    @Slot(object, object, object)
    def _on_task_finished(
        self, future: Future[Any], on_success: Success | None, on_failure: Failure | None
    ) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
        if self._closed or future.cancelled():
            return
        if _receiver_gone(on_success) or _receiver_gone(on_failure):
            log.debug("a task finished after its window closed; its result is dropped")
            return
        error = future.exception()
        if error is None:
            if on_success is not None:
                on_success(future.result())
            return
        if on_failure is not None:
            on_failure(error)
        else:
            self._on_error(error)


def _receiver_gone(callback: object) -> bool:
    """True when ``callback`` is a method of a Qt object already destroyed (a closed dialog,
    the window of the previous user)."""
    owner = getattr(callback, "__self__", None)
    if not isinstance(owner, QObject):
        return False
    import shiboken6

    return not shiboken6.isValid(owner)
