"""The desk's main window: navigation, pages, status bar, demo banner, and the lock screen."""

from __future__ import annotations

import weakref
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lam_desk.ui.lock import LockScreen
from lam_desk.ui.member_search import display_name
from lam_desk.ui.pages import coming
from lam_desk.ui.pages.home import HomePage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto import CardLookup, StaffRow
    from lam_desk.ui.context import DeskContext
    from lam_desk.ui.pages.board import BoardPage
    from lam_desk.ui.pages.bookings import BookingsPage
    from lam_desk.ui.pages.members import MembersPage
    from lam_desk.ui.pages.settings_page import SettingsPage
    from lam_desk.ui.pages.training import TrainingPage


def _lookup_card(session: Session, text: str) -> CardLookup:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services.members import lookup_card

    return lookup_card(session, text)


class Page(IntEnum):
    HOME = 0
    MEMBERS = 1
    WORKSTATIONS = 2
    BOOKINGS = 3
    TRAINING = 4
    CALENDAR = 5
    STATISTICS = 6
    SETTINGS = 7


class MainWindow(QMainWindow):
    """Signals:
    lock_requested(): lock the desk now.
    switch_user_requested(): log out and let another person log in.
    backup_requested(): back up the database now.
    settings_saved(Settings): the general settings changed.
    unlocked(StaffRow): the lock screen was unlocked.
    member_scanned(MemberRow): a member's card was scanned (or its number typed fast and
        ended with Enter), whatever had the focus; replaced and unknown cards are only told
        in the status bar. Check-in connects here.
    """

    lock_requested = Signal()
    switch_user_requested = Signal()
    backup_requested = Signal()
    settings_saved = Signal(object)
    unlocked = Signal(object)
    member_scanned = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self._title())
        self._closed_on_lock = 0
        self._fit_to_screen()
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)

        desk = QWidget()
        outer = QVBoxLayout(desk)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = QLabel(
            self.tr("DEMONSTRATION — invented people and data; this desk never synchronises.")
        )
        self.demo_banner.setObjectName("DemoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setVisible(context.demo)
        outer.addWidget(self.demo_banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.pages = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)

        self.home = HomePage(context)
        self.home.backup_requested.connect(self.backup_requested)
        # Settings are visited now and then: that page is built the first time it is shown.
        self._settings_page: SettingsPage | None = None
        # The pages of the desk's day are built once the store is open (build_pages): the
        # window shows first (DESIGN.md §9), with a word in their place meanwhile.
        self.members_page: MembersPage | None = None
        self.bookings: BookingsPage | None = None
        self.board: BoardPage | None = None
        self.training: TrainingPage | None = None
        self.member_scanned.connect(self._on_member_scanned)
        entries: list[tuple[Page, str, QWidget]] = [
            (Page.HOME, self.tr("Home"), self.home),
            (Page.MEMBERS, self.tr("Members"), self._opening_page()),
            (Page.WORKSTATIONS, self.tr("Workstations"), self._opening_page()),
            (Page.BOOKINGS, self.tr("Bookings"), self._opening_page()),
            (Page.TRAINING, self.tr("Training"), self._opening_page()),
            (Page.CALENDAR, self.tr("Calendar"), coming.calendar_page()),
            (Page.STATISTICS, self.tr("Statistics"), coming.statistics_page()),
            (Page.SETTINGS, self.tr("Settings"), QWidget()),
        ]
        for page, label, widget in entries:
            item = QListWidgetItem(label)
            item.setToolTip(self.tr("{page} (Ctrl+{key})").format(page=label, key=int(page) + 1))
            self.nav.addItem(item)
            self.pages.addWidget(widget)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.nav.setCurrentRow(Page.HOME)
        self.screens.addWidget(desk)

        self.lock_screen = LockScreen(context.tasks, context.lockout)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.lock_screen.switch_user_requested.connect(self.switch_user_requested)
        self.screens.addWidget(self.lock_screen)

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self._install_scanner()

    # --- building ------------------------------------------------------------------------

    def _title(self) -> str:
        # The window manager's title bar adds " — LAM Desk" (the application's display name)
        # unless the title ends with it: it does, so it is never said twice.
        if self.context.demo:
            return self.tr("{site} — DEMONSTRATION — LAM Desk").format(site=self.context.site.name)
        return self.tr("{site} — LAM Desk").format(site=self.context.site.name)

    def _build_menus(self) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        self.lock_action = QAction(self.tr("&Lock the desk"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        desk_menu.addAction(self.lock_action)
        switch = QAction(self.tr("&Change user…"), self)
        switch.triggered.connect(self.switch_user_requested)
        desk_menu.addAction(switch)
        backup_action = QAction(self.tr("&Back up now"), self)
        backup_action.triggered.connect(self.backup_requested)
        desk_menu.addAction(backup_action)
        desk_menu.addSeparator()
        self.check_in_action = QAction(self.tr("Check &in a visitor…"), self)
        self.check_in_action.setShortcut(QKeySequence("F2"))
        self.check_in_action.triggered.connect(self._on_check_in_triggered)
        desk_menu.addAction(self.check_in_action)
        self.close_day_action = QAction(self.tr("Cl&ose the day…"), self)
        self.close_day_action.triggered.connect(self._on_close_day_triggered)
        desk_menu.addAction(self.close_day_action)
        desk_menu.addSeparator()
        self.find_member_action = QAction(self.tr("&Find a member"), self)
        self.find_member_action.setShortcut(QKeySequence("Ctrl+F"))
        # Whatever has the focus in the window, and whatever page is shown.
        self.find_member_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_member_action.triggered.connect(self.find_member)
        desk_menu.addAction(self.find_member_action)
        self.addAction(self.find_member_action)
        desk_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        desk_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go to"))
        for row in range(self.nav.count()):
            action = QAction(self.nav.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.go_to(Page(r)))
            go_menu.addAction(action)
        self.menus = [desk_menu, go_menu]

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.site_label = QLabel(self.tr("Site: {site}").format(site=self.context.site.name))
        self.staff_label = QLabel()
        self.sync_label = QLabel()
        self.sync_label.setObjectName("StatusSync")
        for label in (self.site_label, self.staff_label, self.sync_label):
            bar.addPermanentWidget(label)
        self.show_account(self.context.account)
        self.sync_label.setText(
            self.tr("demonstration — no synchronisation")
            if self.context.demo
            else self.tr("offline — synchronisation not configured")
        )

    def _opening_page(self) -> QWidget:
        page = QLabel(self.tr("Opening the desk's data…"))
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName("HintLabel")
        return page

    @property
    def pages_built(self) -> bool:
        return self.board is not None

    def build_pages(self) -> None:
        """Build the members, workstations and bookings pages in their places (once the store
        is open: until then they would have nothing to show)."""
        if self.pages_built:
            return
        from lam_desk.ui.pages.board import BoardPage
        from lam_desk.ui.pages.bookings import BookingsPage
        from lam_desk.ui.pages.members import MembersPage

        context = self.context
        self.members_page = MembersPage(context)
        self.bookings = BookingsPage(context)
        self.board = BoardPage(context)
        self.board.alerts_changed.connect(self._on_board_alerts_changed)
        # The clôture and the loose ends settled at the Accueil end sessions and visits.
        for done in (self.home.day_closed, self.home.loose_ends_settled):
            done.connect(self.board.refresh)
            done.connect(self.bookings.refresh)
        # A booking made, cancelled or claimed shows on the board and the Accueil at once,
        # and a seat (which may claim a booking) on the timeline.
        self.bookings.bookings_changed.connect(self.board.refresh)
        self.bookings.bookings_changed.connect(self.home.refresh_today)
        self.board.desk_changed.connect(self.bookings.refresh)
        self.board.desk_changed.connect(self.home.refresh_today)
        self._put_page(Page.MEMBERS, self.members_page)
        self._put_page(Page.WORKSTATIONS, self.board)
        self._put_page(Page.BOOKINGS, self.bookings)
        if self.pages.currentIndex() == Page.TRAINING:
            self._build_training()
        self.show_account(self.context.account)

    def _build_training(self) -> None:
        """The Formations page, built the first time it is visited (the day's pages come
        first at start)."""
        if self.training is not None or not self.pages_built:
            return
        from lam_desk.ui.pages.training import TrainingPage

        self.training = TrainingPage(self.context, parent=self.pages)
        self._put_page(Page.TRAINING, self.training)

    @property
    def settings_page_built(self) -> bool:
        return self._settings_page is not None

    @property
    def settings_page(self) -> SettingsPage:
        """The settings page, built the first time it is needed."""
        if self._settings_page is None:
            from lam_desk.ui.pages.settings_page import SettingsPage

            page = SettingsPage(self.context)
            page.settings_saved.connect(self.settings_saved)
            page.backup_requested.connect(self.backup_requested)
            page.set_account(self.context.account)
            self._settings_page = page
            self._put_page(Page.SETTINGS, page)
        return self._settings_page

    def _put_page(self, page: Page, widget: QWidget) -> None:
        """Put a page built late in the place kept for it."""
        current = self.pages.currentIndex()
        placeholder = self.pages.widget(page)
        self.pages.insertWidget(page, widget)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(current)

    def _on_nav_row_changed(self, row: int) -> None:
        if row == Page.SETTINGS:
            self.settings_page  # noqa: B018 (built on first visit)
        elif row == Page.TRAINING:
            self._build_training()
        self.pages.setCurrentIndex(row)

    def show_account(self, account: StaffRow) -> None:
        """The account at the desk, as last read (after an unlock, or once the store opened
        behind the window): the pages act with it from now on."""
        self.context = self.context.with_account(account)
        self.home.context = self.home.context.with_account(account)
        if self.board is not None:
            self.board.context = self.board.context.with_account(account)
        if self.bookings is not None:
            self.bookings.context = self.bookings.context.with_account(account)
        if self.training is not None:
            self.training.context = self.training.context.with_account(account)
        if self.members_page is not None:
            self.members_page.context = self.members_page.context.with_account(account)
            self.members_page.search.context = self.members_page.context
            self.members_page.data_actions.set_context(self.members_page.context)
        if self._settings_page is not None:
            self._settings_page.set_account(account)
        if account.is_coordinator:
            text = self.tr("Coordinator: {name}").format(name=account.display_name)
        else:
            text = self.tr("Animator: {name}").format(name=account.display_name)
        self.staff_label.setText(text)

    # --- behaviour -----------------------------------------------------------------------

    def _on_check_in_triggered(self) -> None:
        if self.locked or self.board is None:
            return
        # F2 on a member's card checks that member in.
        page = self.members_page
        if self.pages.currentWidget() is page and page is not None and page.details is not None:
            self.board.open_check_in(page.details.member)
        else:
            self.board.open_check_in()

    def _on_close_day_triggered(self) -> None:
        if not self.locked:
            self.go_to(Page.HOME)
            self.home.open_closing()

    def _on_member_scanned(self, member: object) -> None:
        """A card was scanned: check that member in."""
        if not self.locked and self.board is not None:
            self.board.open_check_in(member)

    def _on_board_alerts_changed(self, count: int) -> None:
        item = self.nav.item(Page.WORKSTATIONS)
        if item is None:
            return
        label = self.tr("Workstations")
        item.setText(
            self.tr("{page} ⚠ {count}").format(page=label, count=count) if count else label
        )

    def find_member(self) -> None:
        """The members page, the cursor in its search field."""
        if self.locked:
            return
        self.go_to(Page.MEMBERS)
        if self.members_page is not None:
            self.members_page.focus_search()

    # --- the card scanner ----------------------------------------------------------------

    def _install_scanner(self) -> None:
        from lam_desk.ui.scanner import CardScanner

        # A weak link back: the window must not be kept alive by its own scanner.
        active = weakref.WeakMethod(self._scanner_active)
        self.scanner = CardScanner(
            self, active=lambda widget: (check := active()) is not None and check(widget)
        )
        self.scanner.card_scanned.connect(self._on_scanner_card_scanned)
        self.scanner.install()

    def _scanner_active(self, widget: QWidget) -> bool:
        """Scans count only on the open desk, typed in this window (not in a dialog)."""
        return not self.locked and widget.window() is self

    def _on_scanner_card_scanned(self, text: str) -> None:
        self.context.tasks.run_read(lambda s: _lookup_card(s, text), self._on_card_looked_up)

    def _on_card_looked_up(self, found: CardLookup) -> None:
        if found.member is None:
            self.statusBar().showMessage(
                self.tr("Unknown card: {number}. Search the person by name.").format(
                    number=found.number
                ),
                15_000,
            )
            return
        if found.replaced:
            self.statusBar().showMessage(
                self.tr(
                    "Card {number} was replaced by card {new}: it no longer works. "
                    "Ask for the new card, or search the person by name."
                ).format(number=found.number, new=found.member.card_number),
                15_000,
            )
            return
        self.statusBar().showMessage(
            self.tr("Card scanned: {name}").format(name=display_name(found.member)), 8_000
        )
        if self.members_page is not None and self.pages.currentWidget() is self.members_page:
            self.members_page.show_member(found.member.id)
        self.member_scanned.emit(found.member)

    def go_to(self, page: Page) -> None:
        if not self.locked:
            self.nav.setCurrentRow(page)
            # From the keyboard (Ctrl+3…), the page's own keys work at once (Enter,
            # Ctrl+Enter, Ctrl+N…).
            widget = self.pages.currentWidget()
            if widget is not None and widget.focusProxy() is not None:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide the work behind the lock screen; menus stay off until unlocked. Open dialogs
        are closed (unsaved): nothing of the work may stay on a screen facing the public."""
        if self.locked:
            return
        self._closed_on_lock = 0
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
                self._closed_on_lock += 1
        self.screens.setCurrentWidget(self.lock_screen)
        for menu in self.menus:
            menu.menuAction().setEnabled(False)
        self.lock_screen.lock_for(self.context.account)

    def _on_lock_screen_unlocked(self, account: StaffRow) -> None:
        self.screens.setCurrentIndex(0)
        for menu in self.menus:
            menu.menuAction().setEnabled(True)
        self.show_account(account)
        if self._closed_on_lock:
            self.statusBar().showMessage(
                self.tr(
                    "A window that was open was closed when the desk locked; "
                    "what it held was not saved."
                ),
                15_000,
            )
            self._closed_on_lock = 0
        self.unlocked.emit(account)

    def _fit_to_screen(self) -> None:
        """1200×760 where it fits; otherwise the screen's free area (a 1366×768 laptop)."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 760)
            return
        free = screen.availableGeometry()
        self.resize(min(1200, free.width()), min(760, free.height() - 40))

    def _geometry_store(self) -> QSettings:
        return QSettings(str(self.context.paths.window_state_file), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._geometry_store().value("main/geometry")
        self._geometry_restored = geometry is not None
        if geometry is not None:
            self.restoreGeometry(geometry)

    def show_desk(self) -> None:
        """Show the window: as it was left, or, the first time on a small screen (a 1366×768
        reception PC), maximised so every page has its room."""
        screen = QGuiApplication.primaryScreen()
        small = screen is not None and screen.availableGeometry().width() < 1500
        if small and not self._geometry_restored:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scanner.uninstall()
        store = self._geometry_store()
        store.setValue("main/geometry", self.saveGeometry())
        store.sync()
        super().closeEvent(event)
