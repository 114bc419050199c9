"""The one way the desk runs database, file and PDF work off the Qt main thread.

``run_read(op)`` runs ``op(session)`` in a read transaction on a worker thread;
``run_write(op)`` runs it on the database's one writer thread; ``run(op)`` runs a plain
callable. Results come back to the main thread by signal, where ``on_success`` or
``on_failure`` is called. ``op`` never touches a widget.

The window shows before the store is open (lam_desk.peek): database tasks asked for until
then wait, in order, and start when the desk ``attach``es the store (or fail with the reason
it could not open, given to ``fail``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
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
        # Database tasks asked for before the store was attached: (kind, op, future).
        self._waiting: list[tuple[str, Callable[[Session], Any], Future[Any]]] = []
        self._open_error: BaseException | None = None
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
        return self._track(self._database_task("read", op), on_success, on_failure)

    def run_write(
        self,
        op: Callable[[Session], T],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> Future[T]:
        return self._track(self._database_task("write", op), on_success, on_failure)

    def attach(self, database: Database) -> None:
        """The store is open: start the database tasks that waited for it, in order."""
        self.database = database
        waiting, self._waiting = self._waiting, []
        for kind, op, future in waiting:
            _chain(self._start(kind, op), future)

    def fail(self, error: BaseException) -> None:
        """The store could not open: the tasks that waited for it fail with ``error``."""
        self._open_error = error
        waiting, self._waiting = self._waiting, []
        for _kind, _op, future in waiting:
            future.set_exception(error)

    def _database_task(self, kind: str, op: Callable[[Session], T]) -> Future[T]:
        if self.database is not None:
            return self._start(kind, op)
        future: Future[T] = Future()
        if self._open_error is not None:
            future.set_exception(self._open_error)
        else:
            future.set_running_or_notify_cancel()
            self._waiting.append((kind, op, future))
        return future

    def _start(self, kind: str, op: Callable[[Session], T]) -> Future[T]:
        database = self.database
        assert database is not None
        if kind == "write":
            return database.submit_write(op)

        def read() -> T:
            with database.read() as session:
                return op(session)

        return self._pool.submit(read)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def shutdown(self) -> None:
        """Wait for running tasks; results that arrive afterwards are dropped (their
        windows are gone)."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)

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


def _chain(source: Future[T], target: Future[T]) -> None:
    def copy(done: Future[T]) -> None:
        if done.cancelled():
            target.set_exception(CancelledError())
            return
        error = done.exception()
        if error is not None:
            target.set_exception(error)
        else:
            target.set_result(done.result())

    source.add_done_callback(copy)


def _receiver_gone(callback: object) -> bool:
    """True when ``callback`` is a method of a Qt object already destroyed (a closed dialog,
    the window of the previous user)."""
    import shiboken6

    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return not shiboken6.isValid(owner)
    # A lambda written in a widget's method holds the widget in its closure.
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            held = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(held, QObject) and not shiboken6.isValid(held):
            return True
    return False
