"""Members' data at the desk, driven as an animator would: import a spreadsheet (preview, then
import), export a member's data, erase a member, purge the inactive (invented people)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lam_desk.db.models import Member
from lam_desk.domain.network import site_id
from lam_desk.services import members
from lam_desk.services.dto import ImportOutcome, MemberRow
from lam_desk.ui.context import DeskContext
from lam_desk.ui.desk import DeskController
from lam_desk.ui.member_data import (
    EraseDialog,
    ImportColumn,
    ImportDialog,
    ImportLinesModel,
    MemberDataActions,
    PurgeDialog,
)
from tests.ui.conftest import ANIMATOR, COORDINATOR, account, save_screenshot

DATA = Path(__file__).parent.parent / "data"
SAMPLE = DATA / "adherents_bedarieux_utf8_bom.csv"


def _context(desk: DeskController, username: str = ANIMATOR[0]) -> DeskContext:
    assert desk.tasks is not None and desk.node is not None and desk.node.home_site is not None
    return DeskContext(
        desk.paths, desk.settings, desk.tasks, desk.node, account(desk, username),
        desk.node.home_site, False,
    )  # fmt: skip


def _add(desk: DeskController, family: str, given: str, card: str, registered: date) -> MemberRow:
    assert desk.database is not None
    with desk.database.write() as s:
        row = Member(
            card_number=card,
            family_name=family,
            given_name=given,
            birth_year=1951,
            gender="f",
            commune_insee="34028",
            status="retired",
            home_site_id=site_id("BED"),
            registered_on=registered,
        )
        s.add(row)
        s.flush()
        return members.member_row(row)


def _count(desk: DeskController) -> int:
    assert desk.database is not None
    with desk.database.read() as s:
        return s.scalar(select(func.count()).select_from(Member)) or 0


def _answer_file_dialog(qtbot: QtBot, path: Path) -> None:
    """When the file dialog opens, pick ``path`` in it."""

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.fileSelected.emit(str(path))
        dialog.close()

    QTimer.singleShot(200, pick)


def test_the_import_lines_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from lam_desk.services.dto import ImportLine, ImportNote

    model = ImportLinesModel()
    model.set_rows(
        [
            ImportLine(2, ImportOutcome.CREATED, "Azaïs", "Théo", 2006, "Bédarieux"),
            ImportLine(
                3, ImportOutcome.REFUSED, "", "Lucie", None, "",
                reasons=(ImportNote("MemberImport", "no family name"),),
            ),
        ]
    )  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(1, ImportColumn.DETAIL).data() == "no family name"


def test_import_preview_then_import_at_the_desk(
    qtbot: QtBot, configured_desk: DeskController, tmp_path: Path
) -> None:
    _add(configured_desk, "Rouquette", "Mireille", "BED-000101", date(2020, 1, 6))
    dialog = ImportDialog(_context(configured_desk))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    _answer_file_dialog(qtbot, SAMPLE)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 15, timeout=5000)
    rows = {
        dialog.model.index(r, ImportColumn.LINE).data(): [
            dialog.model.index(r, c).data() for c in ImportColumn
        ]
        for r in range(dialog.model.rowCount())
    }
    assert rows["2"][1] == "Already registered" and "BED-000101" in rows["2"][5]
    assert rows["7"][1] == "Refused" and "31/02/1965" in rows["7"][5]
    assert rows["3"][1] == "New member" and rows["3"][2] == "AZAÏS Théo"
    assert "10 new members" in dialog.summary.text() and "4 lines refused" in dialog.summary.text()
    # All or nothing: the refused lines must be corrected, or left out on purpose.
    assert dialog.error.isVisible() and not dialog.import_button.isEnabled()
    dialog.resize(1100, 620)
    save_screenshot(dialog, "import-preview")
    assert _count(configured_desk) == 1

    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.written, timeout=5000)
    assert _count(configured_desk) == 11
    assert "10 members imported" in dialog.summary.text()
    row3 = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "3")
    assert dialog.model.index(row3, ImportColumn.DETAIL).data().startswith("BED-")
    assert not dialog.import_button.isEnabled()  # imported once, not twice
    save_screenshot(dialog, "import-done")


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_the_dialog(
    qtbot: QtBot, configured_desk: DeskController, tmp_path: Path
) -> None:
    picture = tmp_path / "scan.csv"
    shutil.copyfile(Path(__file__).parent.parent.parent / "resources/fonts/DejaVuSans.ttf", picture)
    dialog = ImportDialog(_context(configured_desk))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview(str(picture))
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "CSV" in dialog.error.text()
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 0
    assert _count(configured_desk) == 0


def test_export_saves_the_json_and_the_pdf_where_the_animator_chose(
    qtbot: QtBot, configured_desk: DeskController, tmp_path: Path
) -> None:
    odile = _add(configured_desk, "Fabre", "Odile", "BED-000201", date(2021, 5, 3))
    host = QWidget()
    qtbot.addWidget(host)
    actions = MemberDataActions(_context(configured_desk), host)
    actions.set_member(odile)
    folder = tmp_path / "copie pour Mme Fabre"
    folder.mkdir()
    _answer_file_dialog(qtbot, folder)
    actions.export_action.trigger()
    qtbot.waitUntil(lambda: actions.last_export is not None, timeout=5000)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and str(folder) in box.text()
    box.accept()
    assert actions.last_export is not None
    json_path, pdf_path = actions.last_export
    assert json_path.parent == folder and pdf_path.exists()
    assert "Odile Fabre" in PdfReader(pdf_path).pages[0].extract_text()


def test_erase_names_the_consequences_and_needs_a_tick(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    odile = _add(configured_desk, "Fabre", "Odile", "BED-000201", date(2021, 5, 3))
    host = QWidget()
    qtbot.addWidget(host)
    actions = MemberDataActions(_context(configured_desk), host)
    actions.set_member(odile)
    erased: list[str] = []
    actions.member_erased.connect(erased.append)
    actions.erase_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, EraseDialog)
    save_screenshot(dialog, "erase-dialog")
    assert "FABRE Odile" in dialog.findChild(QLabel, "CardTitle").text()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter is Cancel: nothing happens by accident
    assert not dialog.isVisible() and erased == []
    actions.erase_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, EraseDialog)
    dialog.checked.setChecked(True)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: erased == [odile.id], timeout=5000)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "BED-000201" in box.text()
    box.accept()
    assert not actions.erase_action.isEnabled()  # nobody shown any more
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        assert members.search_members(s, "fabre") == []


def test_purge_is_for_the_coordinator_with_a_preview(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    animator = MemberDataActions(_context(configured_desk), host)
    assert not animator.purge_action.isVisible()
    _add(configured_desk, "Cabrol", "Germaine", "BED-000301", date(2019, 1, 9))
    _add(configured_desk, "Mas", "Élodie", "BED-000302", date.today())
    coordinator = MemberDataActions(_context(configured_desk, COORDINATOR[0]), host)
    assert coordinator.purge_action.isVisible()
    coordinator.purge_action.trigger()
    dialog = coordinator.dialog
    assert isinstance(dialog, PurgeDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, 1).data() == "CABROL Germaine"
    save_screenshot(dialog, "purge-preview")
    dialog.years.setValue(10)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert not dialog.purge_button.isEnabled()
    dialog.years.setValue(3)
    qtbot.waitUntil(lambda: dialog.purge_button.isEnabled(), timeout=5000)

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(100, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert _count(configured_desk) == 2 and dialog.model.rowCount() == 1
    QTimer.singleShot(100, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 member erased" in dialog.summary.text(), timeout=5000)
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        assert members.search_members(s, "cabrol") == []
        assert len(members.search_members(s, "mas")) == 1


def test_the_usagers_page_offers_the_data_actions_for_the_member_shown(
    qtbot: QtBot, configured_desk: DeskController
) -> None:
    from lam_desk.ui.main_window import Page

    odile = _add(configured_desk, "Fabre", "Odile", "BED-000201", date(2021, 5, 3))
    assert configured_desk.node is not None and configured_desk.node.home_site is not None
    window = configured_desk.open_desk(
        account(configured_desk, ANIMATOR[0]), configured_desk.node.home_site
    )
    qtbot.addWidget(window)
    window.go_to(Page.MEMBERS)
    page = window.members_page
    actions = page.data_actions
    assert actions.button.isVisible() and actions.import_action.isEnabled()
    assert not actions.erase_action.isEnabled()  # nobody shown yet
    assert not actions.purge_action.isVisible()  # an animator does not purge
    page.show_member(odile.id)
    qtbot.waitUntil(lambda: page.details is not None, timeout=3000)
    assert actions.export_action.isEnabled() and actions.erase_action.isEnabled()
    window.resize(1200, 720)
    save_screenshot(window, "members-page-with-data-button")
    actions.erase_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, EraseDialog)
    dialog.checked.setChecked(True)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.details is None, timeout=5000)  # the card is gone
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.accept()
    assert page.empty_note.isVisible()
