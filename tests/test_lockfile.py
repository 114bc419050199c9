"""One desk process per data folder: the lock file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lam_desk import i18n
from lam_desk.errors import AlreadyOpenError, RefusedError
from lam_desk.lockfile import DataFolderLock
from lam_desk.paths import AppPaths
from lam_desk.store import lock_data_folder


def test_a_second_lock_on_the_same_folder_is_refused(paths: AppPaths) -> None:
    first = lock_data_folder(paths)
    try:
        with pytest.raises(AlreadyOpenError) as refused:
            lock_data_folder(paths)
        assert isinstance(refused.value, RefusedError)
        assert "already open" in str(refused.value)
        assert "\n" not in str(refused.value)
        assert first.held
    finally:
        first.release()


def test_the_refusal_is_shown_in_the_desk_s_language(paths: AppPaths) -> None:
    with DataFolderLock(paths.lock_file), pytest.raises(AlreadyOpenError) as refused:
        DataFolderLock(paths.lock_file).acquire()
    error = refused.value
    seen: list[tuple[str, str]] = []

    def french(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text))
        return "LAM Desk est déjà ouvert sur cet ordinateur."

    i18n.install(french)  # the conftest puts the English source back afterwards
    assert str(error) == "LAM Desk est déjà ouvert sur cet ordinateur."
    assert seen == [(error.context, error.source)]


def test_a_released_lock_can_be_taken_again(paths: AppPaths) -> None:
    lock = lock_data_folder(paths)
    lock.release()
    assert not lock.held
    with DataFolderLock(paths.lock_file) as again:
        assert again.held
    lock.acquire()
    assert lock.held
    lock.release()


def test_another_data_folder_is_not_locked(paths: AppPaths, tmp_path: Path) -> None:
    other = AppPaths.under(tmp_path / "other")
    with DataFolderLock(paths.lock_file), DataFolderLock(other.lock_file) as second:
        assert second.held


def test_a_killed_desk_process_leaves_the_folder_free(paths: AppPaths) -> None:
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from lam_desk.lockfile import DataFolderLock
        lock = DataFolderLock(Path({str(paths.lock_file)!r}))
        lock.acquire()
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyOpenError):
            DataFolderLock(paths.lock_file).acquire()
        assert paths.lock_file.read_text().strip() == str(child.pid)
    finally:
        child.kill()
        child.wait(timeout=10)
    with DataFolderLock(paths.lock_file) as lock:
        assert lock.held
