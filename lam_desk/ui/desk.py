"""The desk's life: take the data folder, open the store, first run or login, the main window,
the idle lock, the checks after the window shows, daily backups, switching user."""

from __future__ import annotations

import dataclasses
import logging
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from lam_desk.errors import AlreadyOpenError, DatabaseDamagedError, UserError
from lam_desk.lockfile import DataFolderLock, lock_data_folder
from lam_desk.paths import AppPaths, resource
from lam_desk.peek import FirstLook, first_look
from lam_desk.settings import Settings, save_settings
from lam_desk.ui.context import DeskContext
from lam_desk.ui.crash import show_user_error
from lam_desk.ui.lock import IdleWatcher
from lam_desk.ui.login import LoginDialog
from lam_desk.ui.main_window import MainWindow
from lam_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.db.backup import BackupFile
    from lam_desk.db.engine import Database
    from lam_desk.domain.accounts import LockoutPolicy
    from lam_desk.services.dto import NodeInfo, SiteRow, StaffRow

# The store's modules (SQLAlchemy, the models, the services) are imported where they are
# used: on a worker thread, or once the store is open. The window shows first (lam_desk.peek).

log = logging.getLogger(__name__)

NEEDS_RESTORE_MARKER = "needs-restore"
BACKUP_CHECK_MS = 60 * 60 * 1000


def apply_style(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setStyle("Fusion")
    style = resource("style", "desk.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource("icons", "lam_desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


class DeskController(QObject):
    """Owns the open desk. ``start()`` runs the modal steps (first run, login); tests drive
    ``prepare()``, ``open_desk()`` and the windows directly."""

    def __init__(self, paths: AppPaths, settings: Settings, *, demo: bool = False) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.demo = demo
        self.exit_code = 0
        self.lock: DataFolderLock | None = None
        self.database: Database | None = None
        self.tasks: TaskRunner | None = None
        self.node: NodeInfo | None = None
        self.window: MainWindow | None = None
        self.idle: IdleWatcher | None = None
        self._backup_running = False
        # The store being opened in the background after a first look (lam_desk.peek).
        self._opening: Future[Database] | None = None
        self._checks_waiting = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._on_backup_timer)

    @property
    def ready(self) -> bool:
        """The store is open and the home page shows the day (benchmarks wait for it)."""
        return self.database is not None and self.window is not None and self.window.home.day_shown

    @property
    def policy(self) -> LockoutPolicy:
        return self.settings.lockout_policy

    # --- start ---------------------------------------------------------------------------

    def start(self) -> bool:
        """The whole start with its dialogs. False means: do not enter the event loop.

        A desk already set up shows its login (or the demo its window) from a first look at
        the database, and opens the store meanwhile; a first start, a store to repair or an
        older file opens the store first."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_style(app)
        look = None
        if not (self.paths.data_dir / NEEDS_RESTORE_MARKER).exists():
            look = first_look(self.paths.database, demo=self.demo)
        if look is not None:
            return self._start_from_first_look(look)
        if not self.prepare():
            return False
        assert self.tasks is not None and self.node is not None
        if self.demo:
            account, site = self._demo_login()
            self.open_desk(account, site)
            return True
        if not self.node.configured or self._first_run():
            from lam_desk.ui.first_run import FirstRunWizard  # once in a desk's life

            wizard = FirstRunWizard(self.tasks, self._sites())
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.created is None:
                self.exit_code = 1
                return False
            assert wizard.node is not None and wizard.node.home_site is not None
            self.node = wizard.node
            self.open_desk(wizard.created.account, wizard.node.home_site)
            return True
        login = self.login_dialog()
        if (
            login.exec() != QDialog.DialogCode.Accepted
            or login.account is None
            or login.site is None
        ):
            self.exit_code = 0
            return False
        self.open_desk(login.account, login.site)
        return True

    def _start_from_first_look(self, look: FirstLook) -> bool:
        if not self._take_data_folder():
            return False
        self.tasks = TaskRunner(None, self._on_task_error, self)
        self.node = look.node
        home = look.node.home_site
        assert home is not None
        if self.demo:
            assert look.demo_account is not None
            self.open_desk(look.demo_account, home)
            # Once the event loop has shown the window: loading the store's modules holds
            # Python's lock, which the window's first events need.
            QTimer.singleShot(0, self._open_store_in_background)
            return True
        self._open_store_in_background()
        login = self.login_dialog()
        if (
            login.exec() != QDialog.DialogCode.Accepted
            or login.account is None
            or login.site is None
        ):
            self.exit_code = 0
            return False
        self.open_desk(login.account, login.site)
        return True

    def _open_store_in_background(self) -> None:
        assert self.tasks is not None
        path = self.paths.database
        self._opening = self.tasks.run(
            lambda: _open_store(path), self._on_store_opened, self._on_store_failed
        )

    def _on_store_opened(self, database: Database) -> None:
        assert self.tasks is not None
        self.database = database
        self.tasks.attach(database)
        if self.window is not None:
            self.window.build_pages()
        if self._checks_waiting:
            self._after_shown()
        # The first look's rows carry no field clocks: read them again from the store.
        user_id = self.window.context.account.id if self.window is not None else None
        self.tasks.run_read(lambda s: _node_and_account(s, user_id), self._on_rows_read)

    def _on_rows_read(self, rows: tuple[NodeInfo, StaffRow | None]) -> None:
        node, account = rows
        if node.configured:
            self.node = node
        if self.window is not None and account is not None:
            self.window.show_account(account)

    def _on_store_failed(self, error: BaseException) -> None:
        """The store did not open behind the window: a damaged file is offered its latest
        good backup, as at a full start; anything else ends the desk with its reason."""
        assert self.tasks is not None
        database = None
        if isinstance(error, DatabaseDamagedError):
            database = self._open_or_offer_restore(damaged=True)
        else:
            self._on_task_error(error)
        if database is None:
            self.tasks.fail(error)
            self.exit_code = 1
            if self.window is not None:
                self.window.close()
            QApplication.quit()
            return
        self._on_store_opened(database)

    def prepare(self) -> bool:
        """Take the data folder and open the store. False (with ``exit_code``) on refusal."""
        if not self._take_data_folder():
            return False
        database = self._open_or_offer_restore()
        if database is None:
            self.exit_code = 1
            return False
        self.database = database
        self.tasks = TaskRunner(database, self._on_task_error, self)
        from lam_desk.services import demo as demo_service, node as node_service

        if self.demo:
            try:
                demo_service.ensure_demo_network(database)
            except UserError as error:
                QMessageBox.information(None, self.tr("Demonstration"), error.message)
                database.close()
                self.exit_code = 1
                return False
        with database.read() as session:
            self.node = node_service.node_info(session)
        return True

    def _take_data_folder(self) -> bool:
        try:
            self.lock = lock_data_folder(self.paths)
        except AlreadyOpenError as error:
            QMessageBox.information(None, self.tr("LAM Desk is already open"), error.message)
            self.exit_code = 1
            return False
        return True

    def _open_or_offer_restore(self, *, damaged: bool = False) -> Database | None:
        from lam_desk.db import backup
        from lam_desk.store import check_quickly, open_database, restore_backup

        marker = self.paths.data_dir / NEEDS_RESTORE_MARKER
        try:
            if damaged:
                raise DatabaseDamagedError(str(self.paths.database))
            if marker.exists():
                # The check after the last start found a problem: look again before offering
                # to throw away the work done since the last backup.
                if check_quickly(self.paths.database):
                    marker.unlink()
                else:
                    raise DatabaseDamagedError(str(self.paths.database))
            return open_database(self.paths.database)
        except DatabaseDamagedError:
            log.error("the database is damaged; offering the latest good backup")
        good = backup.latest_good_backup(self.paths.backup_dir)
        if good is None:
            QMessageBox.critical(
                None,
                self.tr("The database is damaged"),
                self.tr(
                    "The database of this desk is damaged and there is no backup to restore. "
                    "Call the coordinator. The file is kept as it is in {folder}."
                ).format(folder=self.paths.data_dir),
            )
            return None
        from lam_desk.ui.formatting import local_datetime_text

        answer = QMessageBox.question(
            None,
            self.tr("The database is damaged"),
            self.tr(
                "The database of this desk is damaged. Restore the latest good backup, made on "
                "{when}? Work done since then will be missing; the damaged file is kept aside."
            ).format(when=local_datetime_text(good.taken_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        restore_backup(self.paths, good.path)
        marker.unlink(missing_ok=True)
        return open_database(self.paths.database)

    def _first_run(self) -> bool:
        from lam_desk.services import node as node_service

        assert self.database is not None
        with self.database.read() as session:
            return node_service.is_first_run(session)

    def _sites(self) -> list[SiteRow]:
        from lam_desk.services import node as node_service

        assert self.database is not None
        with self.database.read() as session:
            return node_service.list_sites(session)

    def _demo_login(self) -> tuple[StaffRow, SiteRow]:
        from lam_desk.services import demo as demo_service, staff

        assert (
            self.database is not None and self.node is not None and self.node.home_site is not None
        )
        with self.database.read() as session:
            account = next(
                a for a in staff.list_accounts(session) if a.username == demo_service.AUTO_LOGIN
            )
        return account, self.node.home_site

    def login_dialog(self, parent: QWidget | None = None) -> LoginDialog:
        assert self.tasks is not None and self.node is not None
        return LoginDialog(
            self.tasks,
            self.node,
            self.policy,
            last_username=self.settings.last_username,
            demo=self.demo,
            parent=parent,
        )

    # --- the open desk -------------------------------------------------------------------

    def open_desk(self, account: StaffRow, site: SiteRow) -> MainWindow:
        assert self.tasks is not None and self.node is not None
        context = DeskContext(
            paths=self.paths,
            settings=self.settings,
            tasks=self.tasks,
            node=self.node,
            account=account,
            site=site,
            demo=self.demo,
        )
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        window = MainWindow(context)
        window.lock_requested.connect(self._on_lock_requested)
        window.switch_user_requested.connect(self._on_switch_user_requested)
        window.backup_requested.connect(self._on_backup_requested)
        window.settings_saved.connect(self._on_settings_saved)
        window.unlocked.connect(self._on_unlocked)
        self.window = window
        self._remember_username(account.username)
        self._watch_idle()
        if self.database is not None:
            window.build_pages()  # the store is open: no reason to wait
        window.show_desk()
        window.activateWindow()
        QTimer.singleShot(0, self._after_shown)
        return window

    def _watch_idle(self) -> None:
        app = QApplication.instance()
        if self.idle is None:
            self.idle = IdleWatcher(self.settings.idle_lock_minutes, self)
            self.idle.idle_timeout.connect(self._on_lock_requested)
            if app is not None:
                app.installEventFilter(self.idle)
        else:
            self.idle.set_minutes(self.settings.idle_lock_minutes)

    @Slot()
    def _after_shown(self) -> None:
        """Checks that must not delay the window: quick_check, then the daily backup. Behind
        a window shown from the first look, they wait for the store, so as not to slow it."""
        assert self.tasks is not None
        if self.database is None:
            self._checks_waiting = True
            return
        self._checks_waiting = False
        path = self.paths.database
        self.tasks.run(lambda: _check_quickly(path), self._on_quick_check)
        self._refresh_last_backup()
        self._backup_timer.start()

    def _on_quick_check(self, sound: bool) -> None:
        if self.window is not None:
            self.window.home.show_check_result(sound)
        if sound:
            self._backup_if_due()
            return
        (self.paths.data_dir / NEEDS_RESTORE_MARKER).touch()
        QMessageBox.warning(
            self.window,
            self.tr("Database problem"),
            self.tr(
                "The check of the database found a problem. Finish what you are doing and "
                "restart the desk: it will offer to restore the latest good backup."
            ),
        )

    def _refresh_last_backup(self) -> None:
        assert self.tasks is not None
        folder = self.paths.backup_dir
        self.tasks.run(lambda: _list_backups(folder), self._on_backups_listed)

    def _on_backups_listed(self, backups: list[BackupFile]) -> None:
        if self.window is not None:
            self.window.home.show_last_backup(backups[0].taken_at if backups else None)

    def _backup_if_due(self) -> None:
        from lam_desk.db import backup

        if backup.backup_due(self.paths.backup_dir):
            self._on_backup_requested()

    @Slot()
    def _on_backup_timer(self) -> None:
        self._backup_if_due()

    @Slot()
    def _on_backup_requested(self) -> None:
        from lam_desk.db import backup

        assert self.tasks is not None
        if self._backup_running:
            return  # the menu, the buttons and the hourly check may all ask at once
        self._backup_running = True
        if self.window is not None:
            self.window.home.show_backup_running()
        database, folder, keep = (
            self.paths.database,
            self.paths.backup_dir,
            self.settings.backup_keep,
        )
        self.tasks.run(
            lambda: backup.make_backup(database, folder, keep=keep),
            self._on_backup_done,
            self._on_backup_failed,
        )

    def _on_backup_done(self, made: BackupFile) -> None:
        self._backup_running = False
        if self.window is not None:
            self.window.home.show_backup_done(made.taken_at)
            if self.window.settings_page_built:
                self.window.settings_page.show_backup_done(made.taken_at)
            self.window.statusBar().showMessage(self.tr("Backup done."), 5000)

    def _on_backup_failed(self, error: BaseException) -> None:
        self._backup_running = False
        if self.window is not None:
            self.window.home.backup_button.setEnabled(True)
        self._refresh_last_backup()
        if isinstance(error, UserError):
            show_user_error(self.window, error)
        else:
            self._on_task_error(error)

    @Slot()
    def _on_lock_requested(self) -> None:
        if self.window is not None and not self.window.locked:
            self.window.lock()
            if self.idle is not None:
                self.idle.pause()

    @Slot(object)
    def _on_unlocked(self, account: StaffRow) -> None:
        if self.idle is not None:
            self.idle.resume()

    @Slot()
    def _on_switch_user_requested(self) -> None:
        if self.window is None:
            return
        self.window.lock()
        if self.idle is not None:
            self.idle.pause()
        login = self.login_dialog(self.window)
        login.quit_button.setText(self.tr("Cancel"))
        login.username.clear()
        login.username.setFocus()
        if (
            login.exec() == QDialog.DialogCode.Accepted
            and login.account is not None
            and login.site is not None
        ):
            self.open_desk(login.account, login.site)

    @Slot(object)
    def _on_settings_saved(self, changes: dict[str, object]) -> None:
        self.settings = dataclasses.replace(self.settings, **changes).validated()  # type: ignore[arg-type]
        save_settings(self.paths.settings_file, self.settings)
        if self.idle is not None:
            self.idle.set_minutes(self.settings.idle_lock_minutes)

    def _remember_username(self, username: str) -> None:
        if self.demo or self.settings.last_username == username:
            return
        self.settings = dataclasses.replace(self.settings, last_username=username)
        save_settings(self.paths.settings_file, self.settings)

    def _on_task_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_user_error(self.window, error)
            return
        from lam_desk.ui.crash import current_reporter

        reporter = current_reporter()
        if reporter is not None:
            reporter.report(type(error), error, error.__traceback__)
        else:
            log.error("unexpected error in a task", exc_info=error)

    # --- end -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._backup_timer.stop()
        if self.idle is not None:
            self.idle.pause()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.idle)
            self.idle = None
        if self.tasks is not None:
            self.tasks.shutdown()
        opening = self._opening
        # A store opened behind the window after the desk was closed is closed too.
        if (
            self.database is None
            and opening is not None
            and opening.done()
            and not opening.cancelled()
            and opening.exception() is None
        ):
            self.database = opening.result()
        if self.database is not None:
            self.database.close()
            self.database = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        log.info("desk closed at %s", datetime.now(UTC).isoformat(timespec="seconds"))


# --- work done off the main thread, importing the store's modules there -------------------


def _open_store(path: Path) -> Database:
    from lam_desk.store import open_database

    return open_database(path)


def _node_and_account(session: Session, user_id: str | None) -> tuple[NodeInfo, StaffRow | None]:
    from lam_desk.services import node, staff

    account = staff.get_account(session, user_id) if user_id is not None else None
    return node.node_info(session), account


def _check_quickly(path: Path) -> bool:
    from lam_desk.db.checks import check_quickly

    return check_quickly(path)


def _list_backups(folder: Path) -> list[BackupFile]:
    from lam_desk.db import backup

    return backup.list_backups(folder)
