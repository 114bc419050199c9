"""Members' data at the desk: importing a spreadsheet, exporting everything about a member,
erasing a member, purging the members inactive for too long (DESIGN.md §6).

``MemberDataActions`` gives the Usagers page its actions (a button with a menu); the dialogs
live here. Every database call goes through the desk's task runner.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain import people
from lam_desk.domain.permissions import Action, allowed
from lam_desk.services.dto import (
    ErasureDone,
    ImportLine,
    ImportOutcome,
    ImportReport,
    MemberRecord,
    MemberRow,
    PurgeCandidate,
    PurgeDone,
    PurgePreview,
)
from lam_desk.ui.context import DeskContext
from lam_desk.ui.models import Column, RowTableModel
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Index = QModelIndex | QPersistentModelIndex
REFUSED_COLOUR = "#b3261e"
MATCHED_COLOUR = "#55636f"


def _name(family: str, given: str) -> str:
    return people.display_name(family, given)


def _day(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else "—"


# --- the import ------------------------------------------------------------------------------


def _import(
    session: Session,
    path: str,
    *,
    site_id: str,
    actor: str,
    dry_run: bool,
    valid_only: bool,
) -> ImportReport:
    from lam_desk.services import imports

    data = imports.read_file_bytes(path)
    return imports.import_members(
        session,
        data,
        file_name=Path(path).name,
        home_site_id=site_id,
        actor=actor,
        dry_run=dry_run,
        valid_only=valid_only,
    )


class ImportColumn(IntEnum):
    LINE = 0
    OUTCOME = 1
    NAME = 2
    BORN = 3
    COMMUNE = 4
    DETAIL = 5


class ImportLinesModel(RowTableModel[ImportLine]):
    """The lines of a spreadsheet and what the import does with each; refused lines in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        words = {
            ImportOutcome.CREATED: self.tr("New member"),
            ImportOutcome.MATCHED: self.tr("Already registered"),
            ImportOutcome.REFUSED: self.tr("Refused"),
        }
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        columns = {
            ImportColumn.LINE: Column(self.tr("Line"), lambda r: str(r.line), align=right),
            ImportColumn.OUTCOME: Column(self.tr("What happens"), lambda r: words[r.outcome]),
            ImportColumn.NAME: Column(
                self.tr("Name"), lambda r: _name(r.family_name, r.given_name) or "—"
            ),
            ImportColumn.BORN: Column(
                self.tr("Born"), lambda r: str(r.birth_year) if r.birth_year else "—"
            ),
            ImportColumn.COMMUNE: Column(self.tr("Commune"), lambda r: r.commune or "—"),
            ImportColumn.DETAIL: Column(self.tr("Card or reason"), self._detail, self._detail),
        }
        super().__init__([columns[c] for c in ImportColumn], parent)

    def _detail(self, line: ImportLine) -> str:
        if line.outcome is ImportOutcome.REFUSED:
            return "; ".join(note.text for note in line.reasons)
        text = line.card_number
        if line.outcome is ImportOutcome.MATCHED:
            text = self.tr("card {card}").format(card=line.card_number)
        notes = "; ".join(note.text for note in line.notes)
        return " — ".join(t for t in (text, notes) if t)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            line = self.rows()[index.row()] if index.row() < self.rowCount() else None
            if line is not None and line.outcome is ImportOutcome.REFUSED:
                return QColor(REFUSED_COLOUR)
            if line is not None and line.outcome is ImportOutcome.MATCHED:
                return QColor(MATCHED_COLOUR)
        return super().data(index, role)


class ImportDialog(QDialog):
    """Choose a CSV file → what each line would do (dry run) → import.

    Signals:
    imported(ImportReport): members were imported.
    """

    imported = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: str | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import members from a spreadsheet"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Save the spreadsheet as CSV (separator “;”). The first line names the columns: "
                "Nom, Prénom, Date de naissance (dd/mm/yyyy) or Année de naissance, Commune "
                "and/or Code postal; Téléphone, Courriel, Adresse, Situation and Sexe if you "
                "have them. Other columns are left out. Nothing is imported before you have "
                "seen what each line does."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("HintLabel")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose the file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("ImportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ImportLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.valid_only = QCheckBox()
        self.valid_only.hide()
        self.valid_only.toggled.connect(self._update_buttons)
        layout.addWidget(self.valid_only)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("Primary")
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.choose_button.setFocus()

    # --- choosing and previewing ---------------------------------------------------------

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the members spreadsheet (CSV)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv *.txt)"), self.tr("All files (*)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setDirectory(str(Path.home()))
        self.file_dialog = dialog
        dialog.fileSelected.connect(self.preview)
        dialog.open()

    def preview(self, path: str) -> None:
        """The dry run of ``path``: what each line would do."""
        self.path = path
        self.report = None
        self.file_label.setText(path)
        self.summary.setText(self.tr("Reading the file…"))
        self.error.clear_error()
        self.model.set_rows([])
        self._update_buttons()
        site_id, actor = self.context.site.id, self.context.account.username
        self.context.tasks.run_read(
            lambda s: _import(
                s, path, site_id=site_id, actor=actor, dry_run=True, valid_only=False
            ),
            self._on_previewed,
            self._on_failed,
        )

    def _on_previewed(self, report: ImportReport) -> None:
        self._show_report(report)
        created, matched, refused = (
            report.count(ImportOutcome.CREATED),
            report.count(ImportOutcome.MATCHED),
            report.count(ImportOutcome.REFUSED),
        )
        text = (
            self.tr("%n new members, ", "", created)
            + self.tr("%n already registered, ", "", matched)
            + self.tr("%n lines refused.", "", refused)
        )
        if report.ignored_columns:
            text += " " + self.tr("Columns left out: {columns}.").format(
                columns=", ".join(report.ignored_columns)
            )
        self.summary.setText(text)
        self.valid_only.setText(
            self.tr("Import the valid lines only, and leave the %n refused lines out", "", refused)
        )
        self.valid_only.setChecked(False)
        self.valid_only.setVisible(refused > 0)
        if refused:
            self.error.show_error(
                self.tr(
                    "The import is all or nothing: correct the refused lines in the file and "
                    "choose it again, or tick the box to leave them out."
                )
            )
        self._update_buttons()
        self.import_button.setFocus()

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        self.model.set_rows(report.lines)

    def _update_buttons(self) -> None:
        report = self.report
        ready = (
            report is not None
            and not report.written
            and report.count(ImportOutcome.CREATED) > 0
            and (report.count(ImportOutcome.REFUSED) == 0 or self.valid_only.isChecked())
        )
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)

    # --- importing -----------------------------------------------------------------------

    def run_import(self) -> None:
        if self.path is None or not self.import_button.isEnabled():
            return
        path, valid_only = self.path, self.valid_only.isChecked()
        site_id, actor = self.context.site.id, self.context.account.username
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        self.context.tasks.run_write(
            lambda s: _import(
                s, path, site_id=site_id, actor=actor, dry_run=False, valid_only=valid_only
            ),
            self._on_imported,
            self._on_failed,
        )

    def _on_imported(self, report: ImportReport) -> None:
        self.choose_button.setEnabled(True)
        self.error.clear_error()
        self.valid_only.hide()
        self._show_report(report)
        self.summary.setText(
            self.tr("%n members imported.", "", report.count(ImportOutcome.CREATED))
            + " "
            + self.tr(
                "Their cards are in the last column; the notice and the charter are asked "
                "for at their next visit."
            )
        )
        self._update_buttons()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        from lam_desk.services.imports import ImportRefusedError

        self.choose_button.setEnabled(True)
        self.summary.clear()
        if isinstance(error, ImportRefusedError):
            self._show_report(error.report)
        self.error.show_failure(error)
        self._update_buttons()


# --- export ----------------------------------------------------------------------------------


def _export(session: Session, actor: Any, member_id: str, site_id: str) -> MemberRecord:
    from lam_desk.services import privacy

    return privacy.export_member(session, actor, member_id, site_id=site_id)


def _save(record: MemberRecord, folder: Path) -> tuple[Path, Path]:
    from lam_desk.reports.member_export import save_export

    return save_export(record, folder)


# --- erasure ---------------------------------------------------------------------------------


def _erase(session: Session, actor: Any, member_id: str, site_id: str) -> ErasureDone:
    from lam_desk.services import privacy

    return privacy.erase_member(session, actor, member_id, site_id=site_id)


class EraseDialog(QDialog):
    """Says what an erasure does, asks the animator to confirm it, and does it.

    Signals:
    erased(ErasureDone): the member was erased.
    """

    erased = Signal(object)

    def __init__(self, context: DeskContext, member: MemberRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.member = member
        self.result_erasure: ErasureDone | None = None
        self.setWindowTitle(self.tr("Erase a member"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Erase {name}, card {card}?").format(
                name=_name(member.family_name, member.given_name), card=member.card_number
            )
        )
        title.setObjectName("CardTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        consequences = QLabel(
            self.tr(
                "• Their name, birth year, commune, situation and gender are wiped from their "
                "card, at every desk of the network; the card stops working.\n"
                "• Their phone, e-mail and address kept here are deleted.\n"
                "• Their coming bookings and training enrolments are cancelled.\n"
                "• Their visits and attendance stay in the statistics, without their name.\n"
                "• If they attended funded training, their name stays on that attendance only, "
                "restricted, for the period the funder requires.\n"
                "This cannot be undone. If they want a copy of their data, export it first."
            )
        )
        consequences.setWordWrap(True)
        layout.addWidget(consequences)
        self.checked = QCheckBox(self.tr("The person asked for it, and I checked who they are."))
        layout.addWidget(self.checked)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("Danger")
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.checked.toggled.connect(self.erase_button.setEnabled)
        layout.addWidget(self.buttons)
        self.checked.setFocus()

    def erase(self) -> None:
        if not self.checked.isChecked():
            return
        self.erase_button.setEnabled(False)
        actor, member_id, site_id = self.context.account, self.member.id, self.context.site.id
        self.context.tasks.run_write(
            lambda s: _erase(s, actor, member_id, site_id), self._on_erased, self._on_failed
        )

    def _on_erased(self, done: ErasureDone) -> None:
        self.result_erasure = done
        self.erased.emit(done)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.erase_button.setEnabled(self.checked.isChecked())
        self.error.show_failure(error)


# --- purge -----------------------------------------------------------------------------------


def _preview(session: Session, actor: Any, served: tuple[str, ...], years: int) -> PurgePreview:
    from lam_desk.services import privacy

    return privacy.purge_preview(session, actor, served_site_ids=served, years=years)


def _purge(
    session: Session,
    actor: Any,
    served: tuple[str, ...],
    site_id: str,
    years: int,
    shown: list[str],
) -> PurgeDone:
    from lam_desk.services import privacy

    return privacy.purge_members(
        session, actor, served_site_ids=served, site_id=site_id, years=years, shown=shown
    )


class PurgeDialog(QDialog):
    """The members inactive for a number of years: who goes, then erase them (coordinator)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: PurgePreview | None = None
        self.setWindowTitle(self.tr("Purge inactive members"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("No visit, booking, enrolment or attendance for")))
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setValue(3)
        self.years.setSuffix(self.tr(" years"))
        self.years.valueChanged.connect(self.refresh)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)
        note = QLabel(
            self.tr(
                "Members of the sites this desk serves. Visits made at other sites are kept "
                "by those sites' desks and are not seen here: for the whole network, purge on "
                "the coordinator's desk after a synchronisation."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("HintLabel")
        layout.addWidget(note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model: RowTableModel[PurgeCandidate] = RowTableModel(
            [
                Column(self.tr("Card"), lambda c: c.card_number),
                Column(self.tr("Name"), lambda c: _name(c.family_name, c.given_name)),
                Column(self.tr("Home site"), lambda c: c.home_site),
                Column(self.tr("Registered on"), lambda c: _day(c.registered_on)),
                Column(self.tr("Last seen"), lambda c: _day(c.last_activity)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.purge_button = self.buttons.addButton(
            self.tr("Erase them"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.purge_button.setObjectName("Danger")
        self.purge_button.setAutoDefault(False)
        self.purge_button.setEnabled(False)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.purge_button.clicked.connect(self.confirm_purge)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        self.purge_button.setEnabled(False)
        self.summary.setText(self.tr("Looking for inactive members…"))
        actor, years = self.context.account, self.years.value()
        served = tuple(s.id for s in self.context.node.served_sites) or (self.context.site.id,)
        self.context.tasks.run_read(
            lambda s: _preview(s, actor, served, years), self._on_preview, self._on_failed
        )

    def _on_preview(self, preview: PurgePreview) -> None:
        if preview.years != self.years.value():
            return  # an older answer: the spin box moved since
        self.preview = preview
        self.error.clear_error()
        self.model.set_rows(preview.candidates)
        text = self.tr(
            "%n members have shown no sign since {day}.", "", len(preview.candidates)
        ).format(day=_day(preview.cutoff))
        if preview.restrictions_ended:
            text += " " + self.tr(
                "%n erased members no longer need their name kept for funded training: it "
                "goes too.",
                "",
                preview.restrictions_ended,
            )
        self.summary.setText(text)
        self.purge_button.setEnabled(bool(preview.candidates or preview.restrictions_ended))

    def confirm_purge(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.question = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Purge inactive members"),
            self.tr(
                "Erase these %n members at every desk of the network? This cannot be undone.",
                "",
                len(preview.candidates),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase them"))
        self.question.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.question.finished.connect(self._on_question_answered)
        self.question.open()

    def _on_question_answered(self, answer: int) -> None:
        preview = self.preview
        if answer != QMessageBox.StandardButton.Yes or preview is None:
            return
        self.purge_button.setEnabled(False)
        actor, years, site_id = self.context.account, preview.years, self.context.site.id
        served = tuple(s.id for s in self.context.node.served_sites) or (site_id,)
        shown = [c.member_id for c in preview.candidates]
        self.context.tasks.run_write(
            lambda s: _purge(s, actor, served, site_id, years, shown),
            self._on_purged,
            self._on_failed,
        )

    def _on_purged(self, done: PurgeDone) -> None:
        self.model.set_rows([])
        self.preview = None
        self.summary.setText(self.tr("%n members erased.", "", done.erased))

    def _on_failed(self, error: BaseException) -> None:
        self.summary.clear()
        self.error.show_failure(error)


# --- the page's actions ----------------------------------------------------------------------


class MemberDataActions(QObject):
    """The actions the Usagers page offers on members' data, as a button with a menu.

    Signals:
    member_erased(str): the member with this id was erased.
    members_imported(): members were imported (lists may refresh).
    """

    member_erased = Signal(str)
    members_imported = Signal()

    def __init__(self, context: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.host = parent
        self.member: MemberRow | None = None
        self.dialog: QDialog | None = None
        self.last_export: tuple[Path, Path] | None = None
        self.import_action = QAction(self.tr("Import members from a spreadsheet…"), parent)
        self.export_action = QAction(self.tr("Export this member's data…"), parent)
        self.erase_action = QAction(self.tr("Erase this member…"), parent)
        self.purge_action = QAction(self.tr("Purge inactive members…"), parent)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        for action in (self.import_action, self.export_action, self.erase_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            parent.addAction(action)
        self.import_action.triggered.connect(self.open_import)
        self.export_action.triggered.connect(self.export_member)
        self.erase_action.triggered.connect(self.open_erase)
        self.purge_action.triggered.connect(self.open_purge)
        self.menu = QMenu(parent)
        self.menu.addAction(self.import_action)
        self.menu.addSeparator()
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.erase_action)
        self.menu.addSeparator()
        self.menu.addAction(self.purge_action)
        self.button = QPushButton(self.tr("Data…"))
        self.button.setToolTip(
            self.tr("Import a spreadsheet; export or erase a member's data; purge")
        )
        self.button.setAutoDefault(False)
        self.button.setMenu(self.menu)
        self.set_context(context)
        self.set_member(None)

    def set_context(self, context: DeskContext) -> None:
        """The account at the desk changed (an unlock by someone else)."""
        self.context = context
        role = context.account.role
        self.purge_action.setVisible(allowed(role, Action.PURGE_MEMBERS))
        self._can_export = allowed(role, Action.EXPORT_MEMBER)
        self._can_erase = allowed(role, Action.ERASE_MEMBER)
        self.set_member(self.member)

    def set_member(self, member: MemberRow | None) -> None:
        """The member shown on the page (None: nobody)."""
        self.member = member
        self.export_action.setEnabled(member is not None and self._can_export)
        self.erase_action.setEnabled(member is not None and self._can_erase)

    # --- import ---------------------------------------------------------------------------

    def open_import(self) -> None:
        dialog = ImportDialog(self.context, self.host)
        dialog.imported.connect(self._on_imported)
        self._open(dialog)

    def _on_imported(self, _report: ImportReport) -> None:
        self.members_imported.emit()

    # --- export ---------------------------------------------------------------------------

    def export_member(self) -> None:
        member = self.member
        if member is None or not self.export_action.isEnabled():
            return
        dialog = QFileDialog(self.host, self.tr("Folder to save the member's data in"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(lambda folder: self._export_to(member, Path(folder)))
        self._open(dialog)

    def _export_to(self, member: MemberRow, folder: Path) -> None:
        actor, site_id = self.context.account, self.context.site.id
        self.context.tasks.run_write(
            lambda s: _export(s, actor, member.id, site_id),
            lambda record: self._save_export(record, folder),
            self._on_failed,
        )

    def _save_export(self, record: MemberRecord, folder: Path) -> None:
        self.context.tasks.run(lambda: _save(record, folder), self._on_saved, self._on_failed)

    def _on_saved(self, paths: tuple[Path, Path]) -> None:
        self.last_export = paths
        json_path, pdf_path = paths
        self._tell(
            self.tr("Data exported"),
            self.tr(
                "Two files were saved in {folder}:\n{pdf} — to read or print for the person;\n"
                "{json} — the same data for a computer."
            ).format(folder=json_path.parent, pdf=pdf_path.name, json=json_path.name),
        )

    # --- erase ----------------------------------------------------------------------------

    def open_erase(self) -> None:
        if self.member is None or not self.erase_action.isEnabled():
            return
        dialog = EraseDialog(self.context, self.member, self.host)
        dialog.erased.connect(self._on_erased)
        self._open(dialog)

    def _on_erased(self, done: ErasureDone) -> None:
        self.set_member(None)
        self.member_erased.emit(done.member_id)
        text = self.tr("Card {card} was erased.").format(card=done.card_number)
        if done.restricted_until is not None:
            text += " " + self.tr(
                "Their name stays, restricted, on the attendance of funded training until {day}."
            ).format(day=_day(done.restricted_until))
        self._tell(self.tr("Member erased"), text)

    # --- purge ----------------------------------------------------------------------------

    def open_purge(self) -> None:
        if not allowed(self.context.account.role, Action.PURGE_MEMBERS):
            return
        self._open(PurgeDialog(self.context, self.host))

    # --- helpers --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.host
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _on_failed(self, error: BaseException) -> None:
        from lam_desk.errors import UserError

        if not isinstance(error, UserError):
            raise error
        self._tell(self.tr("Not done"), error.message)


__all__ = [
    "EraseDialog",
    "ImportDialog",
    "MemberDataActions",
    "PurgeDialog",
]
