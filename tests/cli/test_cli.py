"""`lam-desk` on the command line: commands, exit codes, one-line messages (DESIGN.md §8)."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

from lam_desk.db import backup
from lam_desk.db.engine import Database
from lam_desk.domain.accounts import Role
from lam_desk.lockfile import DataFolderLock
from lam_desk.paths import AppPaths, translations_root
from lam_desk.services import node, staff
from lam_desk.store import open_database

DESIGN_COMMANDS = [
    "selftest", "backup", "restore", "demo-data", "sync", "central",
    "import", "export", "print", "sessions", "members", "purge",
]  # fmt: skip
# The commands later parts of the product bring, and the part that brings each one.
NOT_YET_BUILT = {
    "export": "member management and the desk's day",
}


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


RunCli = Callable[..., Run]


@pytest.fixture
def lam_desk(tmp_path: Path) -> RunCli:
    """Run `python -m lam_desk ARGS` as the administrator would, in French, with a home of
    its own so nothing touches this machine's real data folders."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LAM_DESK_LANG": "fr",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }

    def run(*args: str | Path) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "lam_desk", *map(str, args)],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    return run


@cache
def _french() -> dict[tuple[str, str], str]:
    table = {}
    root = ET.parse(translations_root() / "lam_desk_fr.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                table[(name, message.findtext("source", ""))] = translation.text
    return table


def fr(context: str, source: str) -> str:
    """The French text the command line shows, or the English source until it is translated."""
    if not (translations_root() / "lam_desk_fr.ts").exists():
        return source
    return _french().get((context, source), source)


def make_desk(paths: AppPaths, *usernames: str) -> None:
    """A closed desk database in ``paths`` with a coordinator and further accounts."""
    db = open_database(paths.database)
    try:
        with db.write() as s:
            node.set_home_site(s, node.list_sites(s)[0].id)
            actor = None
            for name in usernames:
                role = Role.COORDINATOR if actor is None else Role.ANIMATOR
                draft = staff.AccountDraft(name, name.title(), role, None, "pass-word-1")
                created = staff.create_account(s, actor, draft)
                actor = actor or created.account
    finally:
        db.close()


def accounts_and_node(db_file: Path) -> tuple[set[str], str]:
    db: Database = open_database(db_file)
    try:
        with db.read() as s:
            return {a.username for a in staff.list_accounts(s)}, node.node_info(s).node_id
    finally:
        db.close()


# --- usage ------------------------------------------------------------------------------------


def test_help_lists_every_command_of_the_design(lam_desk: RunCli) -> None:
    done = lam_desk("--help")
    assert done.code == 0
    assert done.out.startswith(fr("argparse", "usage: ") + "lam-desk")
    listed = {line.split()[0] for line in done.out.splitlines() if line.startswith("    ")}
    assert set(DESIGN_COMMANDS) <= listed
    assert fr("CommandLine", "check this installation: database, PDF, translations, keyring")[
        :20
    ] in " ".join(done.out.split())


@pytest.mark.parametrize("command", sorted(NOT_YET_BUILT))
def test_a_command_not_built_yet_says_which_part_brings_it(lam_desk: RunCli, command: str) -> None:
    done = lam_desk(command, "--data-dir", "desk")
    assert done.code == 1
    assert done.out == ""
    expected = fr("CommandLine", "“{command}” is not available yet: it comes with {part}.")
    part = fr("CommandLine", NOT_YET_BUILT[command])
    assert done.err_lines == [expected.format(command=command, part=part)]


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["selftest", "--bogus"], ["backup", "--keep", "3"], ["restore"], ["nonsense"]],
)
def test_bad_usage_exits_2(lam_desk: RunCli, args: list[str]) -> None:
    done = lam_desk(*args)
    assert done.code == 2
    assert done.out == ""
    assert len(done.err_lines) == 1, "one line on standard error"
    assert done.err_lines[0].startswith("lam-desk")
    assert "--help" in done.err_lines[0]


# --- commands ---------------------------------------------------------------------------------


def test_selftest_passes_and_leaves_a_desk_s_folder_as_it_was(
    lam_desk: RunCli, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "desk")
    make_desk(paths, "helene")
    daily = [
        backup.make_backup(paths.database, paths.backup_dir, now=datetime(2026, 1, day, tzinfo=UTC))
        for day in range(1, 6)
    ]
    done = lam_desk("selftest", "--data-dir", paths.data_dir)
    lines = done.out.splitlines()
    assert [line.split()[1].rstrip(":") for line in lines[:2]] == ["database", "pdf"]
    failed = [line for line in lines if not line.startswith(("ok ", "-- "))]
    assert failed == []
    assert done.code == 0, done.err
    assert backup.list_backups(paths.backup_dir) == daily[::-1]  # no backup rotated away
    assert accounts_and_node(paths.database)[0] == {"helene"}


def test_backup_then_restore_brings_the_data_back(lam_desk: RunCli, tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "desk")
    make_desk(paths, "helene")
    _, node_before = accounts_and_node(paths.database)

    # The data folder may come before the command (here) or after it (the restore below).
    made = lam_desk("--data-dir", paths.data_dir, "backup")
    assert made.code == 0, made.err
    (backup_file,) = paths.backup_dir.glob("lam_desk-*.sqlite3")
    assert made.out.strip() == fr("CommandLine", "Backup written: {file}").format(file=backup_file)

    db = open_database(paths.database)
    with db.write() as s:
        coordinator = staff.list_accounts(s)[0]
        staff.create_account(
            s, coordinator, staff.AccountDraft("after", "After", Role.ANIMATOR, None, "pass-word-2")
        )
    db.close()

    restored = lam_desk("restore", backup_file, "--data-dir", paths.data_dir)
    assert restored.code == 0, restored.err
    assert restored.err == ""
    names, node_after = accounts_and_node(paths.database)
    assert names == {"helene"}
    assert node_after != node_before
    kept = list(paths.data_dir.glob("*before-restore*.sqlite3"))
    assert len(kept) == 1
    assert accounts_and_node(kept[0])[0] == {"helene", "after"}
    assert not (tmp_path / "home" / "data").exists()  # the default folder was never used


def test_restore_is_refused_while_the_desk_is_open(lam_desk: RunCli, tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "desk")
    make_desk(paths, "helene")
    backup_file = backup.make_backup(paths.database, paths.backup_dir).path
    before = paths.database.read_bytes()
    with DataFolderLock(paths.lock_file):  # the desk, in another process than the command
        done = lam_desk("restore", backup_file, "--data-dir", paths.data_dir)
    assert done.code == 1
    assert done.out == ""
    assert done.err_lines == [
        " ".join(
            fr(
                "Errors",
                "LAM Desk is already open on this computer with the same data folder. "
                "Use the open window (it may be minimised), or close it first.",
            ).split()
        )
    ]
    assert paths.database.read_bytes() == before


def test_restoring_a_file_that_is_not_a_backup_is_refused(lam_desk: RunCli, tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "desk")
    make_desk(paths, "helene")
    before = paths.database.read_bytes()
    not_a_backup = tmp_path / "members.csv"
    not_a_backup.write_text("nom;prénom\n", encoding="utf-8")
    done = lam_desk("restore", not_a_backup, "--data-dir", paths.data_dir)
    assert done.code == 1
    assert len(done.err_lines) == 1 and "members.csv" in done.err
    assert paths.database.read_bytes() == before


def test_backup_of_an_empty_folder_is_refused(lam_desk: RunCli, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    done = lam_desk("backup", "--data-dir", folder)
    assert done.code == 1
    expected = fr("CommandLine", "There is no database in {folder} yet.")
    assert done.err_lines == [expected.format(folder=folder)]
    assert not list(folder.rglob("*.sqlite3"))


def test_an_unexpected_error_is_one_line_and_the_details_go_to_the_log(
    lam_desk: RunCli, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "desk")
    make_desk(paths, "helene")
    paths.backup_dir.write_text("a file where the backups folder should be")
    done = lam_desk("backup", "--data-dir", paths.data_dir)
    assert done.code == 3
    expected = fr("CommandLine", "Unexpected error ({kind}); see the log.")
    assert done.err_lines == [expected.format(kind="FileExistsError")]
    log = (paths.log_dir / "lam_desk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "FileExistsError" in log
