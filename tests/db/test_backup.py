"""Backups of the desk's database, and coming back from a damaged file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lam_desk import store
from lam_desk.db import backup
from lam_desk.db.engine import Database
from lam_desk.db.models import Site
from lam_desk.domain.accounts import Role
from lam_desk.domain.network import site_id
from lam_desk.errors import DatabaseDamagedError, UserError
from lam_desk.paths import AppPaths
from lam_desk.services import node, staff
from lam_desk.store import open_database

T0 = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)
PAGE = 4096


def usernames(db: Database) -> set[str]:
    with db.read() as s:
        return {a.username for a in staff.list_accounts(s)}


def node_id(db: Database) -> str:
    with db.read() as s:
        return node.node_info(s).node_id


@pytest.fixture
def desk_file(paths: AppPaths) -> tuple[Path, str]:
    """A closed desk database holding one account; returns it and its node id."""
    db = open_database(paths.database)
    with db.write() as s:
        staff.create_account(
            s, None, staff.AccountDraft("helene", "Hélène", Role.COORDINATOR, None, "pass-word-1")
        )
    made_by = node_id(db)
    db.close()
    return paths.database, made_by


def damage_middle_pages(path: Path) -> None:
    """Overwrite every page but the first and the last with a fixed garbage pattern."""
    data = bytearray(path.read_bytes())
    assert len(data) >= 4 * PAGE
    garbage = (b"\xde\xad\xbe\xef" * (PAGE // 4))[:PAGE]
    for start in range(PAGE, len(data) - PAGE, PAGE):
        data[start : start + PAGE] = garbage
    path.write_bytes(bytes(data))


# --- making backups ---------------------------------------------------------------------------


def test_a_backup_of_the_live_database_while_a_write_is_open(
    paths: AppPaths, desk_file: tuple[Path, str]
) -> None:
    db = open_database(paths.database)
    try:
        with db.write() as s:
            site = s.get(Site, site_id("BED"))
            assert site is not None
            site.place = "uncommitted place"
            s.flush()
            # The desk keeps its write transaction open while the daily backup runs.
            made = backup.make_backup(paths.database, paths.backup_dir, now=T0)
        assert made.path.exists() and made.taken_at == T0
        assert backup.list_backups(paths.backup_dir) == [made]
        copy = open_database(made.path)
        try:
            assert usernames(copy) == {"helene"}
            with copy.read() as s:
                assert s.get(Site, site_id("BED")).place == "Bédarieux"  # type: ignore[union-attr]
        finally:
            copy.close()
        with db.read() as s:
            assert s.get(Site, site_id("BED")).place == "uncommitted place"  # type: ignore[union-attr]
    finally:
        db.close()


def test_rotation_keeps_the_newest_backups(desk_file: tuple[Path, str], paths: AppPaths) -> None:
    taken = [T0 + timedelta(days=day, minutes=day) for day in range(6)]
    for at in (taken[2], taken[0], taken[5], taken[1], taken[4], taken[3]):
        backup.make_backup(paths.database, paths.backup_dir, keep=3, now=at)
    kept = backup.list_backups(paths.backup_dir)
    assert [b.taken_at for b in kept] == sorted(taken, reverse=True)[:3]
    assert sorted(p.name for p in paths.backup_dir.iterdir()) == sorted(b.path.name for b in kept)


def test_a_backup_is_due_every_24_hours(desk_file: tuple[Path, str], paths: AppPaths) -> None:
    assert backup.backup_due(paths.backup_dir, now=T0)
    backup.make_backup(paths.database, paths.backup_dir, now=T0)
    assert not backup.backup_due(paths.backup_dir, now=T0 + timedelta(hours=23, minutes=59))
    assert backup.backup_due(paths.backup_dir, now=T0 + timedelta(hours=24))


def test_a_damaged_database_is_not_backed_up_and_old_backups_stay(
    desk_file: tuple[Path, str], paths: AppPaths
) -> None:
    good = backup.make_backup(paths.database, paths.backup_dir, keep=1, now=T0)
    damage_middle_pages(paths.database)
    with pytest.raises(UserError, match="integrity check"):
        backup.make_backup(paths.database, paths.backup_dir, keep=1, now=T0 + timedelta(days=1))
    assert backup.list_backups(paths.backup_dir) == [good]


# --- a damaged database -----------------------------------------------------------------------


def test_garbage_over_the_middle_of_the_file_is_reported_as_damage(
    desk_file: tuple[Path, str],
) -> None:
    path, _ = desk_file
    damage_middle_pages(path)
    with pytest.raises(DatabaseDamagedError):
        open_database(path)


def test_a_file_of_pure_garbage_is_reported_as_damage(paths: AppPaths) -> None:
    paths.database.write_bytes(bytes(range(256)) * 200)
    with pytest.raises(DatabaseDamagedError):
        open_database(paths.database)


def test_damage_the_opening_does_not_touch_is_found_by_the_quick_check(
    desk_file: tuple[Path, str],
) -> None:
    path, _ = desk_file
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_outbox_op_pending'")
    page = root.fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = b"\x0d" * PAGE
    path.write_bytes(bytes(data))
    assert not store.check_quickly(path)


def test_the_latest_good_backup_brings_the_data_back_as_a_new_node(
    desk_file: tuple[Path, str], paths: AppPaths
) -> None:
    path, old_node = desk_file
    backup.make_backup(path, paths.backup_dir, now=T0)
    newest = backup.make_backup(path, paths.backup_dir, now=T0 + timedelta(days=1))
    damage_middle_pages(newest.path)  # the newest backup is bad too: skip it
    damage_middle_pages(path)
    damaged = path.read_bytes()
    with pytest.raises(DatabaseDamagedError):
        open_database(path)

    chosen = backup.latest_good_backup(paths.backup_dir)
    assert chosen is not None and chosen.taken_at == T0
    lock = store.lock_data_folder(paths)  # the desk holds its folder while it restores
    try:
        kept = store.restore_backup(paths, chosen.path)
    finally:
        lock.release()

    assert kept is not None and kept.parent == paths.data_dir
    assert kept.read_bytes() == damaged  # kept aside, not deleted
    db = open_database(path)
    try:
        assert usernames(db) == {"helene"}
        assert node_id(db) != old_node
        assert store.check_quickly(path)
    finally:
        db.close()


def test_no_good_backup_means_none(paths: AppPaths) -> None:
    assert backup.latest_good_backup(paths.backup_dir) is None
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    (paths.backup_dir / backup.backup_name(T0)).write_bytes(b"not a database at all" * 100)
    assert backup.latest_good_backup(paths.backup_dir) is None


@pytest.mark.parametrize(
    "kind", ["text file", "other sqlite database", "missing file", "the live database itself"]
)
def test_restoring_something_that_is_not_a_desk_backup_changes_nothing(
    desk_file: tuple[Path, str], paths: AppPaths, tmp_path: Path, kind: str
) -> None:
    path, old_node = desk_file
    before = path.read_bytes()
    wrong = tmp_path / "wrong.sqlite3"
    if kind == "text file":
        wrong.write_text("nom;prénom\nDupont;Jean\n", encoding="utf-8")
    elif kind == "other sqlite database":
        con = sqlite3.connect(wrong)
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.commit()
        con.close()
    elif kind == "the live database itself":
        wrong = path
    with pytest.raises(UserError, match=r"nothing was changed|does not exist"):
        store.restore_backup(paths, wrong)
    assert path.read_bytes() == before
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [path.name]
    db = open_database(path)
    try:
        assert node_id(db) == old_node
    finally:
        db.close()


def test_two_restores_in_the_same_second_keep_both_previous_files(
    desk_file: tuple[Path, str], paths: AppPaths
) -> None:
    path, _ = desk_file
    made = backup.make_backup(path, paths.backup_dir, now=T0)
    original = path.read_bytes()
    first = backup.restore(made.path, path, now=T0 + timedelta(hours=1))
    second = backup.restore(made.path, path, now=T0 + timedelta(hours=1))
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == original
    assert second.read_bytes() == made.path.read_bytes()
