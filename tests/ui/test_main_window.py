"""The main window as the animator sees it: French pages, status bar, demo banner, idle lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lam_desk.ui.desk import DeskController
from lam_desk.ui.main_window import MainWindow, Page
from lam_desk.ui.pages.coming import ComingLaterPage
from lam_desk.ui.widgets import ComingLater
from tests.ui.conftest import ANIMATOR, COORDINATOR, account, save_screenshot


def _open(qtbot: QtBot, desk: DeskController, username: str = "camille") -> MainWindow:
    assert desk.node is not None and desk.node.home_site is not None
    window = desk.open_desk(account(desk, username), desk.node.home_site)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_main_window_speaks_french_and_says_what_comes_later(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk)
    labels = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert window.pages.widget(Page.MEMBERS) is window.members_page
    del labels[Page.MEMBERS]  # "Usagers" once the French of the members page is written
    assert labels == [
        "Accueil",
        "Postes",
        "Réservations",
        "Formations",
        "Calendrier",
        "Statistiques",
        "Réglages",
    ]
    status = [w.text() for w in window.statusBar().findChildren(QLabel) if w.text()]
    assert "Site\u00a0: LAM de Bédarieux" in status
    assert "Animateur\u00a0: Camille Roux" in status
    assert "hors ligne — synchronisation non configurée" in status
    assert window.windowTitle() == "LAM de Bédarieux — LAM Desk"
    assert window.demo_banner.isHidden()
    assert window.home.header.title.text() == "Bonjour Camille"
    qtbot.waitUntil(lambda: "tout est en ordre" in window.home.check_label.text())
    save_screenshot(window, "main-window-home")
    for page in (Page.CALENDAR, Page.STATISTICS):
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_1 + int(page)), Qt.KeyboardModifier.ControlModifier
        )
        shown = window.pages.currentWidget()
        assert isinstance(shown, ComingLaterPage)
        assert shown.notice.text().startswith("Cette page arrive avec")
    save_screenshot(window, "main-window-coming-later")


def test_the_settings_page_is_built_when_first_shown(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    window = _open(qtbot, configured_desk)
    assert not window.settings_page_built
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_page_built
    assert window.pages.currentWidget() is window.settings_page
    assert window.pages.indexOf(window.settings_page) == Page.SETTINGS
    qtbot.waitUntil(lambda: window.settings_page.general.idle.value() == 5)


def test_the_first_start_makes_a_backup_and_shows_it(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk)
    qtbot.waitUntil(
        lambda: window.home.backup_label.text().startswith("Dernière sauvegarde"), timeout=10_000
    )
    backups = list(configured_desk.paths.backup_dir.glob("lam_desk-*.sqlite3"))
    assert len(backups) == 1


def test_demo_desk_shows_the_banner_and_never_syncs(
    qtbot: QtBot, make_desk: Callable[..., DeskController], french: None
) -> None:
    desk = make_desk(demo=True)
    window = _open(qtbot, desk)
    assert not window.demo_banner.isHidden()
    assert window.demo_banner.text().startswith("DÉMONSTRATION")
    assert "DÉMONSTRATION" in window.windowTitle()
    status = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert "démonstration — pas de synchronisation" in status


def test_ctrl_l_locks_and_the_pin_unlocks(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.screens.currentWidget() is window.lock_screen
    assert "Verrouillé par Camille Roux" in window.lock_screen.who.text()
    save_screenshot(window, "lock-screen")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.locked, "no page can be reached while locked"
    window.lock_screen.secret.setText("0000")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lock_screen.error.isHidden())
    assert window.lock_screen.error.text() == "Code PIN ou mot de passe incorrect."
    assert window.locked
    with qtbot.waitSignal(window.unlocked):
        window.lock_screen.secret.setText(ANIMATOR[3])
        qtbot.keyClick(window.lock_screen.secret, Qt.Key.Key_Return)
    assert not window.locked


def test_the_desk_locks_itself_when_nobody_touches_it(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk)
    assert configured_desk.idle is not None
    configured_desk.idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not configured_desk.idle.active, "the timer rests while the desk is locked"
    with qtbot.waitSignal(window.unlocked):
        window.lock_screen.secret.setText(ANIMATOR[2])
        qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert configured_desk.idle.active


def test_only_a_coordinator_changes_the_lock_delay(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk, "camille")
    assert not window.settings_page.general.idle.isEnabled()
    window = _open(qtbot, configured_desk, COORDINATOR[0])
    general = window.settings_page.general
    assert general.idle.isEnabled() and general.idle.minimum() == 1, "the lock cannot be turned off"
    general.idle.setValue(2)
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    assert general.saved_label.text() == "Enregistré."
    from lam_desk.settings import load_settings

    assert load_settings(configured_desk.paths.settings_file).idle_lock_minutes == 2
    assert configured_desk.idle is not None and configured_desk.idle.minutes == 2


def test_an_animator_sees_no_account_management(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk, "camille")
    page = window.settings_page
    assert page.accounts_panel is None
    assert page.tabs.tabText(page.tabs.indexOf(page.accounts)) == "Comptes du personnel"
    notice = page.accounts.findChild(ComingLater)
    assert notice is not None and "gérés par le coordinateur" in notice.text()


def test_the_animator_changes_their_own_pin(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk, "camille")
    tab = window.settings_page.my_account
    tab.current.setText("wrong-password")
    tab.pin.setText("9753")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.error.isHidden())
    assert tab.error.text() == "Le mot de passe actuel est incorrect."
    tab.current.setText(ANIMATOR[2])
    tab.pin.setText("9753")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.saved_label.text() == "Modifié.")
    window.lock()
    with qtbot.waitSignal(window.unlocked):
        window.lock_screen.secret.setText("9753")
        qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)


def test_coordinator_status_bar(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    window = _open(qtbot, configured_desk, COORDINATOR[0])
    status = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert "Coordinateur\u00a0: Hélène Marty" in status


def test_locking_closes_open_dialogs_and_says_so(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    from PySide6.QtWidgets import QDialog

    window = _open(qtbot, configured_desk, COORDINATOR[0])
    dialog = QDialog(window)
    dialog.setWindowTitle("Modifier le compte")
    dialog.show()
    qtbot.waitExposed(dialog)
    window.lock()
    assert not dialog.isVisible(), "nothing of the work stays on a screen facing the public"
    assert dialog.result() == QDialog.DialogCode.Rejected
    with qtbot.waitSignal(window.unlocked):
        window.lock_screen.secret.setText(COORDINATOR[3])
        qtbot.keyClick(window.lock_screen.secret, Qt.Key.Key_Return)
    assert "a été fermée au verrouillage" in window.statusBar().currentMessage()


def test_the_home_lists_pass_the_model_tester(
    qtmodeltester,
    qtbot: QtBot,
    configured_desk: DeskController,
    french: None,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import UTC, datetime

    from lam_desk.services.today import BookingLine, SessionLine

    window = _open(qtbot, configured_desk)
    now = datetime.now(UTC)
    window.home.bookings_model.set_rows(
        [
            BookingLine(now, now, ("Poste 1",), "Anne Rouquette", "", False, True),
            BookingLine(now, now, ("Poste 2", "Poste 3"), "", "Atelier CV", False, False),
        ]
    )
    window.home.sessions_model.set_rows(
        [SessionLine("s1", "CNI", "Messagerie", ("09:00", "12:00"), None, 8, 10)]
    )
    qtmodeltester.check(window.home.bookings_model)
    qtmodeltester.check(window.home.sessions_model)
    model = window.home.bookings_model
    assert [model.index(1, c).data() for c in range(4)][1:] == ["2 postes", "Atelier CV", "attendu"]
    assert window.home.sessions_model.index(0, 2).data() == "8/8 (+2 en attente)"


def test_building_the_pages_flashes_no_window_and_keeps_the_keyboard(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    """A widget shown before it has a parent opens as a window of its own for an instant:
    the desk's window then loses the keyboard (its shortcuts stop working)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    window = _open(qtbot, configured_desk)
    qtbot.waitUntil(lambda: window.pages_built and window.isActiveWindow())
    strays: list[str] = []

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched is not window
            ):
                strays.append(f"{type(watched).__name__} {watched.objectName()}")
            return False

    spy = Spy()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        for page in (Page.TRAINING, Page.SETTINGS, Page.MEMBERS, Page.BOOKINGS):
            window.go_to(page)
            qtbot.wait(50)
    finally:
        app.removeEventFilter(spy)
    assert strays == []
    assert window.isActiveWindow()
