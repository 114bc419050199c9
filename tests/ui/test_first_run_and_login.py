"""First start, login, lockout and the recovery code, driven through the real dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from lam_desk.domain.accounts import LockoutPolicy
from lam_desk.services import node as node_service, staff
from lam_desk.ui.desk import DeskController
from lam_desk.ui.first_run import FirstRunWizard
from lam_desk.ui.login import LoginDialog, RecoveryLoginDialog
from tests.ui.conftest import ANIMATOR, COORDINATOR, account, save_screenshot


def _select_site(wizard: FirstRunWizard, code_name: str) -> None:
    for row in range(wizard.site_page.list.count()):
        item = wizard.site_page.list.item(row)
        if item.text().startswith(code_name):
            item.setSelected(True)
            return
    raise AssertionError(f"{code_name} not offered")


def test_first_run_chooses_the_site_and_creates_the_coordinator(
    qtbot: QtBot, make_desk: Callable[..., DeskController], french: None
) -> None:
    desk = make_desk()
    assert desk.tasks is not None and desk.database is not None
    assert not desk.node.configured  # type: ignore[union-attr]
    wizard = FirstRunWizard(desk.tasks, desk._sites())
    qtbot.addWidget(wizard)
    wizard.show()
    offered = [wizard.site_page.list.item(r).text() for r in range(wizard.site_page.list.count())]
    assert "LAM de Bédarieux" in offered
    assert "Antenne de Lunas (antenne de LAM de Bédarieux)" in offered
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _select_site(wizard, "LAM d'Olonzac")
    save_screenshot(wizard, "first-run-site")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.account_page
    page.name.setText("Hélène Marty")
    page.username.setText("coordination")
    page.password.setText("coord-secret")
    page.password_again.setText("coord-secreT")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert page.error.text() == "Les deux mots de passe ne sont pas identiques."
    page.password_again.setText("coord-secret")
    page.password.setText("short")
    page.password_again.setText("short")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.isVisible() and "au moins 8 caractères" in page.error.text())
    with desk.database.read() as session:
        assert node_service.is_first_run(session), "nothing is saved half-way"
    page.password.setText("coord-secret")
    page.password_again.setText("coord-secret")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    code = wizard.done_page.recovery.code_label.text()
    assert len(code) == 19 and code.count("-") == 3
    assert "LAM d'Olonzac" in wizard.done_page.summary.text()
    save_screenshot(wizard, "first-run-done")
    with desk.database.read() as session:
        assert not node_service.is_first_run(session)
        info = node_service.node_info(session)
        assert [s.code for s in info.served_sites] == ["OLO", "SCH"]
        created = staff.list_accounts(session)
    assert [(a.username, a.role.value) for a in created] == [("coordination", "coordinator")]


def _login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled())


def test_login_offers_the_day_site_and_lets_the_animator_in(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    dialog = configured_desk.login_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    sites = [dialog.site_choice.itemText(i) for i in range(dialog.site_choice.count())]
    assert sites == ["LAM de Bédarieux", "Antenne de Lunas", "Antenne de Saint-Gervais-sur-Mare"]
    save_screenshot(dialog, "login")
    _login(qtbot, dialog, "camille", "not-the-password")
    assert dialog.error.text() == "Identifiant ou mot de passe incorrect."
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.site_choice.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.accepted):
        dialog.username.setText("  Camille ")
        dialog.password.setText(ANIMATOR[2])
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.account is not None and dialog.account.display_name == "Camille Roux"
    assert dialog.site is not None and dialog.site.name == "Antenne de Lunas"


def test_five_wrong_passwords_lock_the_account_for_a_few_minutes(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    dialog = configured_desk.login_dialog()
    qtbot.addWidget(dialog)
    for _ in range(4):
        _login(qtbot, dialog, "camille", "wrong-password")
        assert dialog.error.text() == "Identifiant ou mot de passe incorrect."
    _login(qtbot, dialog, "camille", "wrong-password")
    assert "bloqué encore 5\u00a0min." in dialog.error.text()
    _login(qtbot, dialog, "camille", ANIMATOR[2])
    assert "bloqué" in dialog.error.text(), "the right password does not open a locked account"
    assert dialog.account is None
    # Another person's account is not affected.
    with qtbot.waitSignal(dialog.accepted):
        dialog.username.setText(COORDINATOR[0])
        dialog.password.setText(COORDINATOR[2])
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_recovery_code_lets_a_locked_out_animator_back_in_once(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    desk = configured_desk
    assert desk.database is not None and desk.tasks is not None
    coordinator = account(desk, COORDINATOR[0])
    with desk.database.write() as session:
        code = staff.issue_recovery_code(session, coordinator, account(desk, "camille").id)
        for _ in range(5):
            staff.authenticate(session, "camille", "wrong", policy=LockoutPolicy())
    dialog = RecoveryLoginDialog(desk.tasks, "camille")
    qtbot.addWidget(dialog)
    dialog.code.setText(code.lower().replace("-", " "))
    dialog.password.setText("a-new-password")
    dialog.password_again.setText("a-new-password")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    login = desk.login_dialog()
    qtbot.addWidget(login)
    with qtbot.waitSignal(login.accepted):
        _login(qtbot, login, "camille", "a-new-password")
    again = RecoveryLoginDialog(desk.tasks, "camille")
    qtbot.addWidget(again)
    again.code.setText(code)
    again.password.setText("another-password")
    again.password_again.setText("another-password")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.error.isHidden())
    assert again.error.text() == "Identifiant ou code de secours incorrect."


def test_a_deactivated_account_cannot_log_in(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    desk = configured_desk
    assert desk.database is not None
    with desk.database.write() as session:
        staff.set_active(session, account(desk, COORDINATOR[0]), account(desk, "camille"), False)
    dialog = desk.login_dialog()
    qtbot.addWidget(dialog)
    _login(qtbot, dialog, "camille", ANIMATOR[2])
    assert dialog.error.text() == "Ce compte est désactivé. Adressez-vous au coordinateur."
