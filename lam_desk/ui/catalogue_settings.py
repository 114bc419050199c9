"""Réglages → Catalogue: the network's courses, their hours, certificate, funding line and the
sites that offer them. The coordinator writes the catalogue (DESIGN.md §4); animators read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.network import SITES, site_id
from lam_desk.errors import FieldError
from lam_desk.ui.context import DeskContext
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto_training import CourseDraft, CourseRow, FundingLineRow


def _catalogue(session: Session) -> tuple[list[CourseRow], list[FundingLineRow]]:
    from lam_desk.services import training

    return training.courses(session), training.funding_lines(session)


class CataloguePanel(QWidget):
    """The courses on the left; the chosen one's fields on the right, or a new course's."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[CourseRow] = []
        self.lines: list[FundingLineRow] = []
        self.seen: CourseRow | None = None
        self.loaded = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        self.read_only_label = QLabel(
            self.tr("Only a coordinator changes the catalogue: it is shown here to read.")
        )
        self.read_only_label.setObjectName("HintLabel")
        self.read_only_label.setWordWrap(True)
        outer.addWidget(self.read_only_label)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        columns.addLayout(left, 2)
        self.list = QListWidget()
        self.list.setObjectName("CatalogueCourses")
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        left.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("&New course"))
        self.new_button.clicked.connect(self.new_course)
        left.addWidget(self.new_button)

        right = QVBoxLayout()
        columns.addLayout(right, 3)
        self.title_label = QLabel()
        self.title_label.setObjectName("CardTitle")
        self.title_label.setWordWrap(True)
        right.addWidget(self.title_label)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. CNI"))
        form.addRow(self.tr("&Code"), self.code)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        form.addRow(self.tr("&Title"), self.title)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        form.addRow(self.tr("&Description"), self.description)
        self.themes = QLineEdit()
        self.themes.setPlaceholderText(self.tr("Themes, separated by commas"))
        form.addRow(self.tr("T&hemes"), self.themes)
        self.level = QLineEdit()
        self.level.setMaxLength(60)
        self.level.setPlaceholderText(self.tr("e.g. beginner"))
        form.addRow(self.tr("&Level"), self.level)
        self.planned_hours = QDoubleSpinBox()
        self.planned_hours.setRange(0, 2000)
        self.planned_hours.setDecimals(1)
        self.planned_hours.setSingleStep(0.5)
        self.planned_hours.setSuffix(self.tr(" h"))
        form.addRow(self.tr("&Planned hours"), self.planned_hours)
        self.certificate = QLineEdit()
        self.certificate.setMaxLength(200)
        self.certificate.setPlaceholderText(self.tr("Empty: it leads to no certificate"))
        form.addRow(self.tr("Ce&rtificate"), self.certificate)
        self.funding = QComboBox()
        form.addRow(self.tr("&Funding line"), self.funding)
        self.sites = QListWidget()
        self.sites.setObjectName("CatalogueSites")
        for seed in SITES:
            item = QListWidgetItem(seed.name)
            item.setData(Qt.ItemDataRole.UserRole, site_id(seed.code))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sites.addItem(item)
        rows = self.sites.sizeHintForRow(0) * self.sites.count()
        self.sites.setFixedHeight(rows + 2 * self.sites.frameWidth() + 4)
        sites_label = QLabel(self.tr("Offered at (&sites)"))
        sites_label.setBuddy(self.sites)
        form.addRow(sites_label, self.sites)
        sites_hint = QLabel(self.tr("No site ticked: every site of the network offers it."))
        sites_hint.setObjectName("HintLabel")
        sites_hint.setWordWrap(True)
        form.addRow("", sites_hint)
        self.foad = QCheckBox(
            self.tr("F&OAD: learners work on their online course, time in and out is recorded")
        )
        form.addRow("", self.foad)
        right.addLayout(form)
        self.error = ErrorLabel()
        right.addWidget(self.error)
        buttons = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("DoneLabel")
        buttons.addWidget(self.saved_label, 1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addStretch(1)
        for edit in (self.code, self.title, self.themes, self.level, self.certificate):
            edit.returnPressed.connect(self.save)
        self._fields: dict[str, QWidget] = {
            "code": self.code,
            "title": self.title,
            "description": self.description,
            "themes": self.themes,
            "level": self.level,
            "planned_hours": self.planned_hours,
            "certificate": self.certificate,
            "funding_line_id": self.funding,
            "site_ids": self.sites,
            "is_foad": self.foad,
        }
        self.editable = False
        self.set_account_role()
        self.load()

    def set_account_role(self) -> None:
        from lam_desk.domain.permissions import Action, allowed

        self.editable = allowed(self.context.account.role, Action.EDIT_SITE_SETTINGS)
        self.read_only_label.setVisible(not self.editable)
        for widget in self._fields.values():
            widget.setEnabled(self.editable)
        self.save_button.setVisible(self.editable)
        self.new_button.setVisible(self.editable)

    def load(self, keep: str | None = None, said: str = "") -> None:
        # A bound method as the callback: the task runner drops it once the panel is gone.
        self._keep, self._said = keep, said
        self.context.tasks.run_read(_catalogue, self._on_catalogue_read)

    def _on_catalogue_read(self, found: tuple[list[CourseRow], list[FundingLineRow]]) -> None:
        self._on_loaded(*found, keep=self._keep, said=self._said)

    def _on_loaded(
        self,
        rows: list[CourseRow],
        lines: list[FundingLineRow],
        *,
        keep: str | None,
        said: str = "",
    ) -> None:
        self.rows, self.lines = rows, lines
        self.funding.clear()
        self.funding.addItem(self.tr("No funding line"), None)
        for line in lines:
            text = line.title if not line.funder_name else f"{line.funder_name} — {line.title}"
            self.funding.addItem(text, line.id)
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.code} — {row.title}")
            item.setToolTip(row.title)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        chosen = next((i for i, r in enumerate(rows) if r.id == keep), 0)
        if rows:
            self.list.setCurrentRow(chosen)
            self._on_list_current_row_changed(chosen)
        else:
            self.new_course()
        self.saved_label.setText(said)
        self.loaded = True

    def _on_list_current_row_changed(self, row: int) -> None:
        self.error.clear_error()
        self.saved_label.clear()
        if not 0 <= row < len(self.rows):
            return
        course = self.seen = self.rows[row]
        self.title_label.setText(f"{course.code} — {course.title}")
        self.code.setText(course.code)
        self.title.setText(course.title)
        self.description.setPlainText(course.description)
        self.themes.setText(", ".join(course.themes))
        self.level.setText(course.level)
        self.planned_hours.setValue(course.planned_hours)
        self.certificate.setText(course.certificate)
        line_id = course.funding_line.id if course.funding_line else None
        self.funding.setCurrentIndex(max(self.funding.findData(line_id), 0))
        for i in range(self.sites.count()):
            item = self.sites.item(i)
            offered = item.data(Qt.ItemDataRole.UserRole) in course.site_ids
            item.setCheckState(Qt.CheckState.Checked if offered else Qt.CheckState.Unchecked)
        self.foad.setChecked(course.is_foad)

    def new_course(self) -> None:
        """Empty fields for a course not yet in the catalogue; Save creates it."""
        if not self.editable:
            return
        self.error.clear_error()
        self.saved_label.clear()
        self.seen = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.title_label.setText(self.tr("New course"))
        for edit in (self.code, self.title, self.themes, self.level, self.certificate):
            edit.clear()
        self.description.clear()
        self.planned_hours.setValue(0)
        self.funding.setCurrentIndex(0)
        for i in range(self.sites.count()):
            self.sites.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.foad.setChecked(False)
        self.code.setFocus()

    def draft(self) -> CourseDraft:
        from lam_desk.services.dto_training import CourseDraft

        ticked = (self.sites.item(i) for i in range(self.sites.count()))
        return CourseDraft(
            code=self.code.text(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            themes=tuple(t.strip() for t in self.themes.text().split(",") if t.strip()),
            level=self.level.text(),
            planned_hours=self.planned_hours.value(),
            certificate=self.certificate.text(),
            funding_line_id=self.funding.currentData(),
            site_ids=tuple(
                str(item.data(Qt.ItemDataRole.UserRole))
                for item in ticked
                if item.checkState() == Qt.CheckState.Checked
            ),
            is_foad=self.foad.isChecked(),
        )

    def save(self) -> None:
        if not self.editable or not self.save_button.isEnabled():
            return
        self.error.clear_error()
        self.saved_label.clear()
        actor, seen, draft = self.context.account, self.seen, self.draft()

        def op(session: Session) -> CourseRow:
            from lam_desk.services import training

            return training.save_course(session, actor, draft, seen)

        self.save_button.setEnabled(False)
        self.context.tasks.run_write(op, self._on_saved, self._on_failed)

    def _on_saved(self, row: CourseRow) -> None:
        self.save_button.setEnabled(True)
        self.load(keep=row.id, said=self.tr("Saved: {code}.").format(code=row.code))

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.show_failure(error)
        if isinstance(error, FieldError) and error.field in self._fields:
            self._fields[error.field].setFocus()
