"""One desk process per data folder: an OS-level lock on a file in that folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from lam_desk.errors import AlreadyOpenError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.paths import AppPaths


class DataFolderLock:
    """Held for the life of the process that opened the data folder.

    The OS drops the lock when the process dies, so a crash never leaves the folder locked.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyOpenError(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "LAM Desk is already open on this computer with the same data folder. "
                    "Use the open window (it may be minimised), or close it first.",
                ),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def lock_data_folder(paths: AppPaths) -> DataFolderLock:
    """Take the data folder for this process; raises AlreadyOpenError if a desk holds it."""
    paths.create()
    lock = DataFolderLock(paths.lock_file)
    lock.acquire()
    return lock
