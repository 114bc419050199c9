"""The coordinator's screen for staff accounts: list, create, edit, deactivate, recovery codes."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.accounts import ROLE_LABELS, Role
from lam_desk.services.dto import AccountDraft, CreatedAccount, SiteRow, StaffRow
from lam_desk.ui.context import DeskContext
from lam_desk.ui.models import Column, RowRole, RowTableModel
from lam_desk.ui.recovery import RecoveryCodeDialog
from lam_desk.ui.widgets import AccountFields, ErrorLabel

Index = QModelIndex | QPersistentModelIndex


class AccountColumn(IntEnum):
    NAME = 0
    USERNAME = 1
    ROLE = 2
    SITE = 3
    STATE = 4


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_LABELS[role])


class AccountsModel(RowTableModel[StaffRow]):
    """The accounts as rows (columns in ``AccountColumn`` order); deactivated ones greyed."""

    def __init__(self, sites: list[SiteRow], parent: QWidget | None = None) -> None:
        super().__init__([], parent, muted=lambda a: not a.active)
        names = {s.id: s.name for s in sites}
        columns = {
            AccountColumn.NAME: Column(self.tr("Name"), lambda a: a.display_name),
            AccountColumn.USERNAME: Column(self.tr("Login"), lambda a: a.username),
            AccountColumn.ROLE: Column(self.tr("Role"), lambda a: role_label(a.role)),
            AccountColumn.SITE: Column(
                self.tr("Home site"), lambda a: names.get(a.home_site_id or "", "—")
            ),
            AccountColumn.STATE: Column(self.tr("State"), self._state),
        }
        self._columns = [columns[c] for c in AccountColumn]

    def _state(self, account: StaffRow) -> str:
        return self.tr("Active") if account.active else self.tr("Deactivated")


class AccountDialog(QDialog):
    """Create or edit one account. On acceptance, ``result_account`` holds what was saved."""

    def __init__(
        self,
        context: DeskContext,
        sites: list[SiteRow],
        existing: StaffRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.result_account: StaffRow | None = None
        self.created: CreatedAccount | None = None
        self.setWindowTitle(self.tr("New account") if existing is None else self.tr("Edit account"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.fields = AccountFields(self.tr("e.g. camille.roux"))
        self.name, self.username = self.fields.name, self.fields.username
        self.password, self.password_again = self.fields.password, self.fields.password_again
        self.pin = self.fields.pin
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.site = QComboBox()
        for site in sites:
            self.site.addItem(site.name, site.id)
        self.active = QCheckBox(self.tr("Account active"))
        self.fields.form.insertRow(2, self.tr("Role"), self.role)
        self.fields.form.insertRow(3, self.tr("Home site"), self.site)
        self.fields.form.addRow("", self.active)
        layout.addWidget(self.fields)
        if existing is not None:
            hint = QLabel(self.tr("Leave the password and PIN empty to keep them."))
            hint.setObjectName("HintLabel")
            layout.addWidget(hint)
            self.name.setText(existing.display_name)
            self.username.setText(existing.username)
            self.role.setCurrentIndex(self.role.findData(existing.role))
            self.site.setCurrentIndex(max(self.site.findData(existing.home_site_id), 0))
            self.active.setChecked(existing.active)
        else:
            self.site.setCurrentIndex(max(self.site.findData(context.site.id), 0))
            self.active.setChecked(True)
            self.active.hide()
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def draft(self) -> AccountDraft:
        return AccountDraft(
            username=self.username.text(),
            display_name=self.name.text(),
            role=Role(self.role.currentData()),
            home_site_id=self.site.currentData(),
            password=self.password.text(),
            pin=self.pin.text(),
            active=self.active.isChecked(),
        )

    def _on_save(self) -> None:
        self.error.clear_error()
        if self.fields.passwords_differ(self.error):
            return
        from lam_desk.services import staff

        draft = self.draft()
        actor = self.context.account
        existing = self.existing
        self.name.setFocus()  # a disabled focused button would hand Enter to "Cancel"
        self.buttons.setEnabled(False)
        if existing is None:
            self.context.tasks.run_write(
                lambda s: staff.create_account(s, actor, draft), self._on_created, self._on_failed
            )
        else:
            self.context.tasks.run_write(
                lambda s: staff.update_account(s, actor, existing, draft),
                self._on_saved,
                self._on_failed,
            )

    def _on_created(self, created: CreatedAccount) -> None:
        self.created = created
        self._on_saved(created.account)

    def _on_saved(self, account: StaffRow) -> None:
        self.result_account = account
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_failure(error)


class AccountsPanel(QWidget):
    """Signals:
    accounts_changed(): an account was created or changed.
    """

    accounts_changed = Signal()

    def __init__(
        self, context: DeskContext, sites: list[SiteRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.sites = sites
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each person at a desk has their own account. A deactivated account can no "
                "longer log in; its history is kept."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("HintLabel")
        layout.addWidget(intro)
        self.model = AccountsModel(sites, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New account…"))
        self.new_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        self.code_button = QPushButton(self.tr("New recovery code…"))
        for button in (self.new_button, self.edit_button, self.toggle_button, self.code_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_clicked)
        self.code_button.clicked.connect(self._on_code_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        from lam_desk.services import staff

        self.context.tasks.run_read(staff.list_accounts, self._on_loaded)

    def _on_loaded(self, rows: list[StaffRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> StaffRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.proxy.data(indexes[0], RowRole.ROW)
        return row if isinstance(row, StaffRow) else None

    def select(self, account_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            account = self.proxy.data(index, RowRole.ROW)
            if isinstance(account, StaffRow) and account.id == account_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *args: object) -> None:
        account = self.selected()
        for button in (self.edit_button, self.toggle_button, self.code_button):
            button.setEnabled(account is not None)
        # Nobody deactivates their own account (the service refuses it too).
        self.toggle_button.setEnabled(account is not None and account.id != self.context.account.id)
        if account is not None:
            self.toggle_button.setText(
                self.tr("Deactivate") if account.active else self.tr("Reactivate")
            )

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._on_edit_clicked()

    def _on_new_clicked(self) -> None:
        dialog = AccountDialog(self.context, self.sites, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.reload()
            self.accounts_changed.emit()
            RecoveryCodeDialog(
                dialog.created.account, dialog.created.recovery_code, self.context.site, self
            ).exec()

    def _on_edit_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = AccountDialog(self.context, self.sites, account, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.accounts_changed.emit()

    def _on_toggle_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.error.clear_error()
        if account.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate the account"),
                self.tr(
                    "Deactivate the account of {name}? They will no longer be able to log in; "
                    "the account can be reactivated later."
                ).format(name=account.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from lam_desk.services import staff

        actor = self.context.account
        self.context.tasks.run_write(
            lambda s: staff.set_active(s, actor, account, not account.active),
            self._on_toggled,
            self._on_failed,
        )

    def _on_toggled(self, account: StaffRow) -> None:
        self.reload()
        self.accounts_changed.emit()

    def _on_code_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        from lam_desk.services import staff

        actor = self.context.account
        self.context.tasks.run_write(
            lambda s: staff.issue_recovery_code(s, actor, account.id),
            lambda code: self._on_code_issued(account, code),
            self._on_failed,
        )

    def _on_code_issued(self, account: StaffRow, code: str) -> None:
        self.reload()
        RecoveryCodeDialog(account, code, self.context.site, self).exec()

    def _on_failed(self, error: BaseException) -> None:
        self.error.show_failure(error)
