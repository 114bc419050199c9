"""The first look at a desk's database, made before the store opens so the window shows at once."""

from __future__ import annotations

from pathlib import Path

from staff_desk import Desk

from lam_desk.db.engine import Database
from lam_desk.paths import AppPaths
from lam_desk.peek import first_look
from lam_desk.services import node, staff


def test_a_set_up_desk_is_seen_as_the_store_would_show_it(desk: Desk, paths: AppPaths) -> None:
    with desk.db.read() as session:
        expected = node.node_info(session)
    look = first_look(paths.database, demo=False)
    assert look is not None
    assert look.node == expected
    assert [s.code for s in look.node.served_sites] == ["BED", "LUN", "SGE"]
    assert look.demo_account is None


def test_no_file_a_first_run_or_a_damaged_file_need_the_store(
    tmp_path: Path, fresh_db: Database, paths: AppPaths
) -> None:
    assert first_look(tmp_path / "nothing.sqlite3", demo=False) is None
    assert first_look(paths.database, demo=False) is None, "no site chosen yet: the wizard"
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database, whatever it once was" * 100)
    assert first_look(broken, demo=False) is None


def test_a_real_desk_is_not_taken_for_the_demo(desk: Desk, paths: AppPaths) -> None:
    assert first_look(paths.database, demo=True) is None


def test_the_demo_opens_as_its_animator(paths: AppPaths) -> None:
    from lam_desk.services import demo
    from lam_desk.store import open_database

    database = open_database(paths.database)
    try:
        demo.ensure_demo_network(database)
        with database.read() as session:
            camille = next(a for a in staff.list_accounts(session) if a.username == "camille")
    finally:
        database.close()
    look = first_look(paths.database, demo=True)
    assert look is not None and look.demo_account is not None
    assert look.demo_account == camille, "the same account, its clocks aside (read later)"
    assert look.node.home_site is not None and look.node.home_site.code == "BED"
    assert first_look(paths.database, demo=False) is None, "the demo folder is not a desk's"
