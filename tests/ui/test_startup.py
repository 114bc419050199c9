"""Starting the desk: one process per data folder, a damaged database, unexpected errors."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lam_desk.db import backup
from lam_desk.lockfile import DataFolderLock
from lam_desk.paths import AppPaths
from lam_desk.services import staff
from lam_desk.settings import Settings
from lam_desk.ui.crash import install_crash_handlers
from lam_desk.ui.desk import DeskController
from tests.ui.conftest import account


def _answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.button(button).click() if box.button(button) else box.accept()

    QTimer.singleShot(50, answer)


def test_a_second_desk_on_the_same_folder_is_refused(
    qtbot: QtBot, paths: AppPaths, french: None
) -> None:
    holder = DataFolderLock(paths.lock_file)
    holder.acquire()
    try:
        seen: list[str] = []
        _answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
        desk = DeskController(paths, Settings())
        assert not desk.prepare()
        assert desk.exit_code == 1
        assert seen and seen[0].startswith("LAM Desk est déjà ouvert sur cet ordinateur")
        assert desk.database is None
    finally:
        holder.release()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00garbage" * 12 + b"\x00" * 4
    path.write_bytes(bytes(data))


def test_a_damaged_database_offers_the_latest_good_backup(
    qtbot: QtBot, configured_desk: DeskController, paths: AppPaths, french: None
) -> None:
    made = backup.make_backup(paths.database, paths.backup_dir)
    configured_desk.shutdown()
    for side in ("-wal", "-shm"):
        Path(str(paths.database) + side).unlink(missing_ok=True)
    _damage(paths.database)
    seen: list[str] = []
    _answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    desk = DeskController(paths, Settings())
    try:
        assert desk.prepare(), "the desk opens on the restored backup instead of crashing"
        assert seen and seen[0].startswith("La base de données de ce poste est endommagée.")
        assert "Restaurer la dernière sauvegarde saine" in seen[0]
        assert account(desk, "camille").display_name == "Camille Roux"
        kept = list(paths.data_dir.glob("lam_desk-before-restore-*.sqlite3"))
        assert len(kept) == 1, "the damaged file is kept aside, not deleted"
        assert made.path.exists()
    finally:
        desk.shutdown()


def test_a_damaged_database_without_backup_closes_with_a_message(
    qtbot: QtBot, paths: AppPaths, french: None
) -> None:
    paths.database.write_bytes(b"this is not a database at all" * 200)
    seen: list[str] = []
    _answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    desk = DeskController(paths, Settings())
    try:
        assert not desk.prepare()
        assert desk.exit_code == 1
        assert seen and "aucune sauvegarde à restaurer" in seen[0]
        assert paths.database.read_bytes().startswith(b"this is not a database"), "kept as it is"
    finally:
        desk.shutdown()


def test_refusing_the_restore_leaves_everything_as_it_was(
    qtbot: QtBot, configured_desk: DeskController, paths: AppPaths, french: None
) -> None:
    backup.make_backup(paths.database, paths.backup_dir)
    configured_desk.shutdown()
    for side in ("-wal", "-shm"):
        Path(str(paths.database) + side).unlink(missing_ok=True)
    _damage(paths.database)
    damaged = paths.database.read_bytes()
    seen: list[str] = []
    _answer_next_message_box(QMessageBox.StandardButton.No, seen)
    desk = DeskController(paths, Settings())
    try:
        assert not desk.prepare()
        assert paths.database.read_bytes() == damaged
    finally:
        desk.shutdown()


def test_an_unexpected_error_is_logged_and_shown_and_the_desk_goes_on(
    qtbot: QtBot,
    configured_desk: DeskController,
    paths: AppPaths,
    french: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    old_hook = sys.excepthook
    reporter = install_crash_handlers(paths.log_dir / "lam_desk.log")
    try:
        seen: list[str] = []
        _answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
        assert configured_desk.tasks is not None

        def broken() -> None:
            raise ZeroDivisionError("boom")

        with caplog.at_level(logging.ERROR):
            configured_desk.tasks.run(broken)
            qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen[0].startswith("Un problème est survenu (ZeroDivisionError).")
        assert reporter.shown == 1
        assert any("ZeroDivisionError" in (r.exc_text or "") or r.exc_info for r in caplog.records)
        # The desk still works: a read goes through.
        done: list[int] = []
        configured_desk.tasks.run_read(lambda s: len(staff.list_accounts(s)), done.append)
        qtbot.waitUntil(lambda: done == [2])
    finally:
        sys.excepthook = old_hook


def test_demo_desk_uses_its_own_folder() -> None:
    normal = AppPaths.for_user()
    demo = AppPaths.for_user(demo=True)
    assert demo.data_dir != normal.data_dir
    assert demo.database.parent == demo.data_dir


def test_make_desk_fixture_prepares(make_desk: Callable[..., DeskController]) -> None:
    desk = make_desk(demo=True)
    assert desk.node is not None and desk.node.home_site is not None
    assert desk.node.home_site.code == "BED"


def test_the_demo_refuses_a_real_desk_s_folder(
    qtbot: QtBot, configured_desk: DeskController, paths: AppPaths, french: None
) -> None:
    """--demo --data-dir <a real desk> must not turn that desk into Bédarieux's demo."""
    from lam_desk.db.models import Member
    from lam_desk.domain.network import site_id

    assert configured_desk.database is not None
    with configured_desk.database.write() as session:
        session.add(
            Member(
                card_number="OLO-000001",
                family_name="Rouquette",
                given_name="Anne",
                birth_year=1961,
                gender="f",
                commune_insee="34189",
                status="retired",
                home_site_id=site_id("OLO"),
                registered_on=date(2026, 1, 5),
            )
        )
    configured_desk.shutdown()
    seen: list[str] = []
    _answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    demo = DeskController(paths, Settings(), demo=True)
    try:
        assert not demo.prepare()
        assert demo.exit_code == 1
        assert seen and "ne s'ouvre que dans son propre dossier" in seen[0]
    finally:
        demo.shutdown()
    again = DeskController(paths, Settings())
    try:
        assert again.prepare()
        assert again.node is not None and again.node.home_site is not None
        assert again.node.home_site.code == "BED", "the real desk keeps its own site"
        with again.database.read() as session:  # type: ignore[union-attr]
            from lam_desk.services import staff as staff_service

            names = [a.username for a in staff_service.list_accounts(session)]
        assert "camille" in names and "mathis" not in names, "no demo account was added"
    finally:
        again.shutdown()


# --- the window shows before the store is open (lam_desk.peek) --------------------------------


def _log_in_when_asked(username: str, password: str) -> None:
    from lam_desk.ui.login import LoginDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(50, answer)
            return
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.login_button.click()

    QTimer.singleShot(50, answer)


def test_a_set_up_desk_asks_for_the_login_while_its_store_opens(
    qtbot: QtBot, configured_desk: DeskController, paths: AppPaths, french: None
) -> None:
    configured_desk.shutdown()
    desk = DeskController(paths, Settings())
    _log_in_when_asked("camille", "anim-secret-26")
    try:
        assert desk.start()
        assert desk.window is not None and desk.window.isVisible()
        assert desk.window.context.account.display_name == "Camille Roux"
        assert desk.window.context.site.code == "BED"
        qtbot.waitUntil(lambda: desk.database is not None, timeout=10_000)
        home = desk.window.home
        qtbot.waitUntil(
            lambda: "accueillie aujourd'hui" in home.today_summary.text(), timeout=10_000
        )
    finally:
        if desk.window is not None:
            desk.window.close()
        desk.shutdown()
    after = DataFolderLock(paths.lock_file)
    after.acquire()  # the desk let the data folder go: this would raise otherwise
    after.release()


def test_the_demo_desk_shows_its_window_then_fills_it_from_the_store(
    qtbot: QtBot, make_desk: Callable[..., DeskController], paths: AppPaths, french: None
) -> None:
    make_desk(demo=True).shutdown()  # builds the demo network once
    desk = DeskController(paths, Settings(), demo=True)
    try:
        assert desk.start()
        window = desk.window
        assert window is not None and window.isVisible()
        assert window.context.account.username == "camille"
        assert "DÉMONSTRATION" in window.windowTitle()
        # Read again from the store once it is open: the account now carries its clocks.
        qtbot.waitUntil(lambda: bool(window.context.account.clocks), timeout=10_000)
        assert window.settings_page.my_account.context.account.clocks
        # "0 personne accueillie aujourd'hui" on a Sunday, when the demo's sites are closed.
        welcomed = re.compile(r"\d+ personnes? accueillies? aujourd'hui")
        qtbot.waitUntil(
            lambda: welcomed.search(window.home.today_summary.text()) is not None,
            timeout=10_000,
        )
    finally:
        if desk.window is not None:
            desk.window.close()
        desk.shutdown()
    assert desk.database is None, "the store opened behind the window is closed at the end"


def test_the_desk_s_start_path_loads_no_database_code() -> None:
    """What the desk imports before its window shows: no SQLAlchemy, no models, no services
    beyond the rows of the start (DESIGN.md §9: the window within 3× a bare one); the rows
    of the other pages, and the settings page, come later."""
    import subprocess

    code = (
        "import sys, lam_desk.app, lam_desk.ui.desk, lam_desk.ui.main_window;"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic',"
        " 'lam_desk.db', 'lam_desk.store', 'lam_desk.sync', 'reportlab',"
        " 'lam_desk.services.dto', 'lam_desk.ui.pages.settings_page'))"
        " and m != 'lam_desk.services.dto_base'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
