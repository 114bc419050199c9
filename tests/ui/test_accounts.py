"""The coordinator's staff-account screen: list, create, edit, deactivate, recovery codes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from lam_desk.domain.accounts import Role
from lam_desk.services import node as node_service, staff
from lam_desk.ui.accounts import AccountColumn, AccountDialog, AccountsModel, AccountsPanel
from lam_desk.ui.context import DeskContext
from lam_desk.ui.desk import DeskController
from lam_desk.ui.recovery import RecoveryCodeDialog, save_sheet_pdf
from tests.ui.conftest import ANIMATOR, COORDINATOR, account, save_screenshot


def _context(desk: DeskController, username: str = COORDINATOR[0]) -> DeskContext:
    assert desk.database is not None and desk.tasks is not None and desk.node is not None
    assert desk.node.home_site is not None
    return DeskContext(
        desk.paths,
        desk.settings,
        desk.tasks,
        desk.node,
        account(desk, username),
        desk.node.home_site,
        False,
    )


def _sites(desk: DeskController) -> list[node_service.SiteRow]:
    assert desk.database is not None
    with desk.database.read() as session:
        return node_service.list_sites(session)


def _panel(qtbot: QtBot, desk: DeskController) -> AccountsPanel:
    panel = AccountsPanel(_context(desk), _sites(desk))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    return panel


def test_accounts_model_passes_the_model_tester(
    qtmodeltester, configured_desk: DeskController
) -> None:  # type: ignore[no-untyped-def]
    model = AccountsModel(_sites(configured_desk))
    assert configured_desk.database is not None
    with configured_desk.database.read() as session:
        model.set_rows(staff.list_accounts(session))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_the_list_shows_names_roles_sites_and_state(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    panel = _panel(qtbot, configured_desk)
    rows = [
        [panel.model.index(r, c).data() for c in AccountColumn]
        for r in range(panel.model.rowCount())
    ]
    assert ["Camille Roux", "camille", "Animateur", "LAM de Bédarieux", "Actif"] in rows
    assert ["Hélène Marty", "coordination", "Coordinateur", "LAM de Bédarieux", "Actif"] in rows
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in AccountColumn]
    assert headers == ["Nom", "Identifiant", "Rôle", "Site de rattachement", "État"]
    panel.resize(820, 420)
    save_screenshot(panel, "accounts")


def test_a_coordinator_creates_an_animator_who_gets_a_recovery_code(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    sites = _sites(configured_desk)
    dialog = AccountDialog(_context(configured_desk), sites)
    qtbot.addWidget(dialog)
    dialog.name.setText("Nguyễn Thị Lan")
    dialog.username.setText("camille")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.ANIMATOR))
    dialog.site.setCurrentIndex(dialog.site.findText("Antenne de Lunas"))
    dialog.password.setText("lan-password")
    dialog.password_again.setText("lan-password")
    dialog.pin.setText("12")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert dialog.error.text() == "Le code PIN doit comporter de 4 à 8 chiffres."
    dialog.pin.setText("2580")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and not dialog.error.isHidden())
    assert dialog.error.text() == "L'identifiant «\u00a0camille\u00a0» est déjà utilisé."
    save_screenshot(dialog, "account-dialog-error")
    dialog.username.setText("lan.nguyen")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.created is not None
    created = account(configured_desk, "lan.nguyen")
    assert created.display_name == "Nguyễn Thị Lan"
    assert created.role is Role.ANIMATOR
    assert created.home_site_id == next(s.id for s in sites if s.name == "Antenne de Lunas")
    assert created.has_pin and created.has_recovery_code


def test_new_account_button_opens_the_form_then_the_code(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    panel = _panel(qtbot, configured_desk)
    seen: dict[str, str] = {}

    def fill_form() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AccountDialog)
        dialog.name.setText("Øster Şahin")
        dialog.username.setText("oster")
        dialog.password.setText("jardin-bleu-26")
        dialog.password_again.setText("jardin-bleu-26")
        dialog.buttons.accepted.emit()
        QTimer.singleShot(300, read_code)

    def read_code() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryCodeDialog):
            QTimer.singleShot(100, read_code)
            return
        seen["code"] = dialog.panel.code_label.text()
        seen["intro"] = dialog.panel.intro.text()
        dialog.accept()

    def give_up() -> None:
        # A refused form stays open: close it so the test fails instead of hanging.
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.reject()

    QTimer.singleShot(100, fill_form)
    QTimer.singleShot(8000, give_up)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "code" in seen and panel.model.rowCount() == 3, timeout=10_000)
    assert "Øster Şahin" in seen["intro"] and "ne sera plus affiché" in seen["intro"]
    assert configured_desk.database is not None
    with configured_desk.database.write() as session:
        recovered = staff.recover_with_code(session, "oster", seen["code"], "fresh-password")
    assert recovered.username == "oster"


def _answer_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, answer)


def test_deactivate_asks_first_then_reactivate(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    panel = _panel(qtbot, configured_desk)
    panel.select(account(configured_desk, "camille").id)
    assert panel.toggle_button.text() == "Désactiver"
    seen: list[str] = []
    _answer_question(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Désactiver le compte de Camille Roux")
    assert account(configured_desk, "camille").active, "answering no changes nothing"
    _answer_question(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not account(configured_desk, "camille").active)
    qtbot.waitUntil(lambda: panel.toggle_button.text() == "Réactiver")
    row = next(r for r in panel.model.rows() if r.username == "camille")
    assert not row.active
    greyed = panel.model.index(panel.model.rows().index(row), 0).data(
        Qt.ItemDataRole.ForegroundRole
    )
    assert greyed is not None, "a deactivated account is shown greyed"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: account(configured_desk, "camille").active)


def test_the_coordinator_cannot_deactivate_themself(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    panel = _panel(qtbot, configured_desk)
    panel.select(account(configured_desk, COORDINATOR[0]).id)
    assert panel.edit_button.isEnabled()
    assert not panel.toggle_button.isEnabled()
    assert account(configured_desk, COORDINATOR[0]).active


def test_editing_keeps_the_password_when_left_empty(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    existing = account(configured_desk, "camille")
    dialog = AccountDialog(_context(configured_desk), _sites(configured_desk), existing)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Camille Roux"
    dialog.name.setText("Camille Roux-Lefèvre")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert account(configured_desk, "camille").display_name == "Camille Roux-Lefèvre"
    assert configured_desk.database is not None
    from lam_desk.domain.accounts import LockoutPolicy

    with configured_desk.database.write() as session:
        assert staff.authenticate(session, "camille", ANIMATOR[2], policy=LockoutPolicy()).account


def test_the_recovery_sheet_prints_to_pdf(
    tmp_path,
    qtbot: QtBot,
    configured_desk: DeskController,
    french: None,  # type: ignore[no-untyped-def]
) -> None:
    from pypdf import PdfReader

    assert configured_desk.node is not None and configured_desk.node.home_site is not None
    out = save_sheet_pdf(
        account(configured_desk, "camille"),
        "ABCD-EFGH-JKMN-PQRS",
        configured_desk.node.home_site,
        tmp_path / "code.pdf",
    )
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "ABCD-EFGH-JKMN-PQRS" in text
    assert "Camille Roux" in text and "camille" in text
    assert "LAM de Bédarieux" in text
    assert "ne sert qu'une fois" in text


def test_dialog_cancel_saves_nothing(
    qtbot: QtBot, configured_desk: DeskController, french: None
) -> None:
    dialog = AccountDialog(_context(configured_desk), _sites(configured_desk))
    qtbot.addWidget(dialog)
    dialog.name.setText("Personne")
    dialog.username.setText("personne")
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert configured_desk.database is not None
    with configured_desk.database.read() as session:
        assert [a.username for a in staff.list_accounts(session)] == ["camille", "coordination"]
