"""The members page at the desk: find, show, register with its checks and duplicates, reissue,
and the card scanner (a real desk file, invented people)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lam_desk.db.models import Member
from lam_desk.ui.desk import DeskController, apply_style
from lam_desk.ui.main_window import MainWindow, Page
from lam_desk.ui.member_dialog import DuplicatesDialog, MemberDialog
from lam_desk.ui.pages.members import MembersPage
from tests.ui.conftest import account, save_screenshot
from tests.ui.members_desk import register_people


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The desk's style sheet, as the desk shows itself (for the screenshots)."""
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


def _open(qtbot: QtBot, desk: DeskController) -> MainWindow:
    assert desk.node is not None and desk.node.home_site is not None
    window = desk.open_desk(account(desk, "camille"), desk.node.home_site)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    # The first start's backup says "Backup done." in the status bar: let it pass first, so
    # what a test reads there is what its own action wrote.
    qtbot.waitUntil(
        lambda: any(desk.paths.backup_dir.glob("lam_desk-*.sqlite3")) and not desk._backup_running,
        timeout=10_000,
    )
    return window


def _members(desk: DeskController) -> int:
    assert desk.database is not None
    with desk.database.read() as s:
        return s.scalar(select(func.count()).select_from(Member)) or 0


def _find_and_pick(qtbot: QtBot, window: MainWindow, text: str) -> MembersPage:
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    page = window.members_page
    assert window.pages.currentWidget() is page
    assert page.search.edit.hasFocus()
    qtbot.keyClicks(page.search.edit, text, delay=1)
    qtbot.waitUntil(lambda: page.search.model.rowCount() > 0, timeout=3000)
    qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.details is not None, timeout=3000)
    return page


def _value(page: MembersPage, key: str) -> str:
    return page._values[key].text() if page._values[key].isVisible() else ""


def test_ctrl_f_from_any_page_finds_a_member_and_shows_the_card(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    window.go_to(Page.SETTINGS)
    page = _find_and_pick(qtbot, window, "bedar")
    assert page.name_label.text() == "BÉDARIDE Paul"
    assert _value(page, "card") == "BED-000101"
    assert _value(page, "commune") == "Bédarieux"
    assert _value(page, "home") == "LAM de Bédarieux"
    assert _value(page, "phone") == "06 12 34 56 78"
    assert _value(page, "born").startswith("1958 (")
    save_screenshot(window, "members-page")


def test_contact_details_of_another_site_s_member_are_not_shown(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    page = _find_and_pick(qtbot, window, "martinez")
    assert page.name_label.text() == "MARTINEZ Bruno"
    assert _value(page, "phone") == "" and not page._values["phone"].isVisible()
    assert "LAM d'Olonzac" in page.contact_note.text()


def _new_member_dialog(qtbot: QtBot, window: MainWindow) -> MemberDialog:
    window.find_member()
    qtbot.keyClick(
        window.members_page.search.edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.members_page.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _choose_commune(qtbot: QtBot, dialog: MemberDialog, typed: str, expected: str) -> None:
    dialog.commune.edit.setFocus()
    dialog.commune.edit.selectAll()
    qtbot.keyClicks(dialog.commune.edit, typed)
    qtbot.waitUntil(
        lambda: (
            dialog.commune.list.count() > 0
            and dialog.commune.list.item(0).text().startswith(expected)
        ),
        timeout=5000,
    )
    qtbot.keyClick(dialog.commune.edit, Qt.Key.Key_Return)
    assert dialog.commune.commune() is not None


def _fill(qtbot: QtBot, dialog: MemberDialog, family: str, given: str, year: str) -> None:
    dialog.family_name.setText(family)
    dialog.given_name.setText(given)
    dialog.birth_year.setText(year)
    _choose_commune(qtbot, dialog, "34600", "Bédarieux (34600)")
    dialog.status.setCurrentIndex(dialog.status.findData("retired"))
    dialog.phone.setText("06 55 44 33 22")
    dialog.notice_accepted.setChecked(True)
    dialog.charter_accepted.setChecked(True)


def test_the_commune_picker_finds_by_postal_code_or_name_nearest_first(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    window = _open(qtbot, configured_desk)
    dialog = _new_member_dialog(qtbot, window)
    _choose_commune(qtbot, dialog, "st pons tho", "Saint-Pons-de-Thomières (34220)")
    _choose_commune(qtbot, dialog, "OLARGU", "Olargues (34390)")
    dialog.reject()


def test_bad_input_is_told_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    window = _open(qtbot, configured_desk)
    dialog = _new_member_dialog(qtbot, window)
    _fill(qtbot, dialog, "Castagné", "Lucie", "2035")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog._errors["birth_year"]
    qtbot.waitUntil(error.isVisible, timeout=3000)
    assert error.text() == "The birth year cannot be in the future."
    assert dialog.birth_year.hasFocus()
    save_screenshot(dialog, "member-dialog-error")
    dialog.birth_year.setText("2016")  # a child: the parental authorisation appears
    assert dialog.parental_box.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog._errors["parental_authorisation"]
    qtbot.waitUntil(error.isVisible, timeout=3000)
    assert "Under 15" in error.text()
    dialog.family_name.setText("Castagné3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog._errors["family_name"].isVisible, timeout=3000)
    assert not dialog._errors["parental_authorisation"].isVisible()
    assert dialog.isVisible() and _members(configured_desk) == 0


def test_a_new_member_is_registered_and_shown(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    window = _open(qtbot, configured_desk)
    dialog = _new_member_dialog(qtbot, window)
    _fill(qtbot, dialog, "Castagné", "Lucie", "1961")
    qtbot.keyClick(dialog.given_name, Qt.Key.Key_Return)  # Enter registers
    page = window.members_page
    qtbot.waitUntil(lambda: page.details is not None, timeout=5000)
    assert page.name_label.text() == "CASTAGNÉ Lucie"
    assert _value(page, "card").startswith("BED-")
    assert _value(page, "phone") == "06 55 44 33 22"
    assert _members(configured_desk) == 1


def _answer_duplicates(qtbot: QtBot, button: str, shots: list[str]) -> Callable[[], None]:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DuplicatesDialog):
            QTimer.singleShot(50, answer)
            return
        shots.append(str(save_screenshot(dialog, "member-duplicates")))
        shots.append(dialog.model.index(0, 4).data())
        getattr(dialog, button).click()

    return answer


def test_a_likely_duplicate_is_shown_and_it_is_them_opens_their_card(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    register_people(configured_desk)
    before = _members(configured_desk)
    window = _open(qtbot, configured_desk)
    dialog = _new_member_dialog(qtbot, window)
    _fill(qtbot, dialog, "Bedarride", "Paul", "1958")
    seen: list[str] = []
    QTimer.singleShot(0, _answer_duplicates(qtbot, "them_button", seen))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page = window.members_page
    qtbot.waitUntil(lambda: page.details is not None, timeout=5000)
    assert seen[1] == "similar name"
    assert page.name_label.text() == "BÉDARIDE Paul"
    assert _members(configured_desk) == before


def test_a_likely_duplicate_can_still_be_a_new_person(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    register_people(configured_desk)
    before = _members(configured_desk)
    window = _open(qtbot, configured_desk)
    dialog = _new_member_dialog(qtbot, window)
    _fill(qtbot, dialog, "BÉDARIDE", "Paul", "1958")
    seen: list[str] = []
    QTimer.singleShot(0, _answer_duplicates(qtbot, "new_button", seen))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _members(configured_desk) == before + 1, timeout=5000)
    assert seen[1] == "same name and birth year"


def test_a_reissued_card_gets_a_new_number_and_the_old_scan_says_replaced(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    page = _find_and_pick(qtbot, window, "bedos")

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, confirm)
            return
        assert "BED-000107" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(page.reissue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.done_label.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: _value(page, "card") != "BED-000107", timeout=5000)
    new_number = _value(page, "card")
    assert new_number in page.done_label.text()
    # The old card, scanned: replaced, and nobody is checked in.
    window.go_to(Page.HOME)
    window.nav.setFocus()
    with qtbot.assertNotEmitted(window.member_scanned, wait=300):
        qtbot.keyClicks(window.focusWidget() or window, "BED-000107")
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "replaced" in window.statusBar().currentMessage(), timeout=3000)
    assert new_number in window.statusBar().currentMessage()


def test_a_scanned_card_is_recognised_whatever_has_the_focus(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    ids = register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    window.go_to(Page.SETTINGS)
    field = window.settings_page.findChild(QPushButton)
    assert field is not None
    field.setFocus()
    with qtbot.waitSignal(window.member_scanned, timeout=3000) as scanned:
        qtbot.keyClicks(field, "BED-000103")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert scanned.args[0].id == ids["BED-000103"]
    assert "N'DIAYE Amadou" in window.statusBar().currentMessage()
    # In a text field, the scanned number does not stay behind.
    window.find_member()
    edit = window.members_page.search.edit
    edit.setText("mar")
    edit.end(False)
    with qtbot.waitSignal(window.member_scanned, timeout=3000):
        qtbot.keyClicks(edit, "BED-000105")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "mar"
    with qtbot.assertNotEmitted(window.member_scanned, wait=300):
        qtbot.keyClicks(edit, "XYZ-123456")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Unknown card" in window.statusBar().currentMessage())


def test_a_person_typing_a_card_number_is_not_a_scan(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    window.find_member()
    edit = window.members_page.search.edit
    with qtbot.assertNotEmitted(window.member_scanned, wait=300):
        qtbot.keyClicks(edit, "BED-000105", delay=70)
        qtbot.keyClick(edit, Qt.Key.Key_Return, delay=70)
    # The search box got it as typed, and Enter picked the card in it.
    qtbot.waitUntil(lambda: window.members_page.details is not None, timeout=3000)
    assert window.members_page.name_label.text() == "MARTIN Zoé"


def test_no_scan_while_the_desk_is_locked(qtbot: QtBot, configured_desk: DeskController) -> None:
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    window.lock()
    with qtbot.assertNotEmitted(window.member_scanned, wait=300):
        qtbot.keyClicks(window.lock_screen.secret, "BED-000105")
        qtbot.keyClick(window.lock_screen.secret, Qt.Key.Key_Return)
    assert isinstance(window.findChild(QLabel), QLabel)


def test_ctrl_e_edits_the_card_shown(qtbot: QtBot, configured_desk: DeskController) -> None:
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    page = _find_and_pick(qtbot, window, "bedar")
    qtbot.keyClick(page.search.edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert dialog.family_name.text() == "BÉDARIDE"
    assert dialog.commune.edit.text() == "Bédarieux (34600)"
    dialog.status.setCurrentIndex(dialog.status.findData("job_seeker"))
    dialog.email.setText("paul@example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog._errors["email"].isVisible, timeout=3000)
    dialog.email.setText("paul@example.fr")
    dialog.notice_accepted.setChecked(True)
    dialog.charter_accepted.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _value(page, "email") == "paul@example.fr", timeout=5000)
    assert _value(page, "status") == "Job seeker"
    assert _value(page, "card") == "BED-000101"
    assert _value(page, "consents").startswith("accepted on")


def test_the_desk_fits_a_1366_pixel_wide_screen_in_french(
    qtbot: QtBot, configured_desk: DeskController, styled: None, french: None
) -> None:
    """Reception PCs often have a 1366×768 screen: no page, nor a member's card, may make
    the window wider (a window frame takes a few pixels)."""
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    page = _find_and_pick(qtbot, window, "martinez")
    assert page.details is not None
    for shown in Page:
        window.go_to(shown)
        qtbot.wait(50)
        assert window.minimumSizeHint().width() <= 1366 - 16, shown.name


def test_f2_on_a_member_s_card_checks_that_member_in_and_says_so(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    _find_and_pick(qtbot, window, "bedar")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F2)
    assert window.board is not None
    qtbot.waitUntil(lambda: window.board.check_in_dialog is not None, timeout=3000)
    dialog = window.board.check_in_dialog
    assert dialog.member is not None and dialog.member.family_name == "BÉDARIDE"
    assert dialog.search.results.height() >= 5 * dialog.search.results.fontMetrics().height()
    qtbot.waitUntil(lambda: bool(dialog.purpose_boxes), timeout=3000)
    next(iter(dialog.purpose_boxes.values())).setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "BÉDARIDE" in window.statusBar().currentMessage(), timeout=5000)
    assert window.pages.currentWidget() is window.members_page


def test_an_erased_member_leaves_the_search_list_at_once(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    from lam_desk.ui.member_data import EraseDialog

    register_people(configured_desk)
    window = _open(qtbot, configured_desk)
    page = _find_and_pick(qtbot, window, "bedar")
    assert [m.family_name for m in page.search.found()] == ["BÉDARIDE"]
    page.data_actions.erase_action.trigger()
    dialog = page.data_actions.dialog
    assert isinstance(dialog, EraseDialog)
    dialog.checked.setChecked(True)
    QTimer.singleShot(0, dialog.erase_button.click)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.accept()
    qtbot.waitUntil(lambda: page.search.found() == [], timeout=5000)
    assert page.details is None and not page.error.isVisible()
