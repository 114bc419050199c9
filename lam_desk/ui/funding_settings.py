"""Réglages → Financements: the funding lines' operation numbers and EU marking, which the
attendance sheets and certificates of their courses print (DESIGN.md §7). The coordinator
writes them; animators read them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lam_desk.ui.context import DeskContext
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto_training import FundingLineDraft, FundingLineRow


def _lines(session: Session) -> list[FundingLineRow]:
    from lam_desk.services import training

    return training.funding_lines(session)


class FundingLinesPanel(QWidget):
    """The funding lines on the left; the chosen one's number and marking on the right."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[FundingLineRow] = []
        self.seen: FundingLineRow | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        self.read_only_label = QLabel(
            self.tr("Only a coordinator changes the funding lines: they are shown here to read.")
        )
        self.read_only_label.setObjectName("HintLabel")
        self.read_only_label.setWordWrap(True)
        outer.addWidget(self.read_only_label)
        hint = QLabel(
            self.tr(
                "The attendance sheets and certificates of a course print its funding line: "
                "the operation number of the funding file, and for EU funds the emblem with "
                "the statement of the programme period."
            )
        )
        hint.setObjectName("HintLabel")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        self.list = QListWidget()
        self.list.setObjectName("FundingLines")
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        columns.addWidget(self.list, 2)

        right = QVBoxLayout()
        columns.addLayout(right, 3)
        self.title_label = QLabel()
        self.title_label.setObjectName("CardTitle")
        self.title_label.setWordWrap(True)
        right.addWidget(self.title_label)
        form = QFormLayout()
        self.operation = QLineEdit()
        self.operation.setMaxLength(60)
        self.operation.setPlaceholderText(self.tr("e.g. OC0012345, as on the funding agreement"))
        form.addRow(self.tr("&Operation number"), self.operation)
        self.period = QLineEdit()
        self.period.setMaxLength(9)
        self.period.setPlaceholderText("2021-2027")
        form.addRow(self.tr("Programme &period"), self.period)
        self.authority = QLineEdit()
        self.authority.setMaxLength(200)
        form.addRow(self.tr("&Managing authority"), self.authority)
        self.statement = QPlainTextEdit()
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(64)
        self.statement.setPlaceholderText(self.tr("Empty: the statement of the programme period"))
        form.addRow(self.tr("EU &statement"), self.statement)
        self.colour = QCheckBox(self.tr("The EU emblem in colour (otherwise black and white)"))
        form.addRow("", self.colour)
        self.partners = QLineEdit()
        self.partners.setPlaceholderText(self.tr("Partners, separated by commas"))
        form.addRow(self.tr("Pa&rtners"), self.partners)
        self.retention = QSpinBox()
        self.retention.setRange(1, 50)
        self.retention.setSuffix(self.tr(" years"))
        form.addRow(self.tr("&Kept for"), self.retention)
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
        self.editable = False
        self.set_account_role()
        self.load()

    def set_account_role(self) -> None:
        from lam_desk.domain.permissions import Action, allowed

        self.editable = allowed(self.context.account.role, Action.EDIT_SITE_SETTINGS)
        self.read_only_label.setVisible(not self.editable)
        for widget in (
            self.operation,
            self.period,
            self.authority,
            self.statement,
            self.colour,
            self.partners,
            self.retention,
        ):
            widget.setEnabled(self.editable)
        self.save_button.setVisible(self.editable)

    def load(self, keep: str | None = None, said: str = "") -> None:
        # A bound method as the callback: the task runner drops it once the panel is gone.
        self._keep, self._said = keep, said
        self.context.tasks.run_read(_lines, self._on_lines_read)

    def _on_lines_read(self, rows: list[FundingLineRow]) -> None:
        self._on_loaded(rows, self._keep, self._said)

    def _on_loaded(self, rows: list[FundingLineRow], keep: str | None, said: str = "") -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            text = row.title if not row.funder_name else f"{row.funder_name} — {row.title}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        chosen = next((i for i, r in enumerate(rows) if r.id == keep), 0)
        if rows:
            self.list.setCurrentRow(chosen)
        self.saved_label.setText(said)

    def _on_list_current_row_changed(self, row: int) -> None:
        self.error.clear_error()
        self.saved_label.clear()
        self.seen = self.rows[row] if 0 <= row < len(self.rows) else None
        line = self.seen
        if line is None:
            return
        self.title_label.setText(f"{line.code} — {line.title}")
        self.operation.setText(line.operation_number)
        self.period.setText(line.programme_period)
        self.authority.setText(line.managing_authority)
        self.statement.setPlainText(line.eu_statement)
        self.colour.setChecked(line.emblem_in_colour)
        self.partners.setText(", ".join(line.partner_logos))
        self.retention.setValue(line.retention_years)

    def draft(self) -> FundingLineDraft:
        from lam_desk.services.dto_training import FundingLineDraft

        return FundingLineDraft(
            operation_number=self.operation.text(),
            programme_period=self.period.text(),
            managing_authority=self.authority.text(),
            eu_statement=self.statement.toPlainText(),
            emblem_in_colour=self.colour.isChecked(),
            partner_logos=tuple(p.strip() for p in self.partners.text().split(",")),
            retention_years=self.retention.value(),
        )

    def save(self) -> None:
        if not self.editable or self.seen is None:
            return
        self.error.clear_error()
        self.saved_label.clear()
        actor, seen, draft = self.context.account, self.seen, self.draft()

        def op(session: Session) -> FundingLineRow:
            from lam_desk.services import training

            return training.save_funding_line(session, actor, seen, draft)

        self.save_button.setEnabled(False)
        self.context.tasks.run_write(op, self._on_saved, self._on_failed)

    def _on_saved(self, row: FundingLineRow) -> None:
        self.save_button.setEnabled(True)
        self.load(keep=row.id, said=self.tr("Saved."))

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.show_failure(error)
