"""Logging in at the desk, choosing today's site, and the recovery-code path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lam_desk.ui.widgets import ErrorLabel, passwords_differ

if TYPE_CHECKING:
    from lam_desk.domain.accounts import LockoutPolicy
    from lam_desk.services.dto import LoginOutcome, NodeInfo, SiteRow, StaffRow
    from lam_desk.ui.tasks import TaskRunner


class LoginDialog(QDialog):
    """Login name, password and, when this desk serves a LAM and its antennas, today's site.

    On acceptance ``account`` and ``site`` hold who logged in and where.
    """

    def __init__(
        self,
        tasks: TaskRunner,
        node: NodeInfo,
        policy: LockoutPolicy,
        *,
        last_username: str = "",
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.node = node
        self.policy = policy
        self.account: StaffRow | None = None
        self.site: SiteRow | None = None
        self.setWindowTitle(self.tr("LAM Desk — log in"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        title = QLabel(self.tr("Welcome to LAM Desk"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        assert node.home_site is not None
        where = QLabel(self.tr("This desk serves {site}.").format(site=node.home_site.name))
        where.setObjectName("PageSubtitle")
        layout.addWidget(where)
        if demo:
            banner = QLabel(self.tr("DEMONSTRATION — invented data, never synchronised"))
            banner.setObjectName("DemoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(banner)
        form = QFormLayout()
        self.username = QLineEdit(last_username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.site_choice = QComboBox()
        for site in node.served_sites:
            self.site_choice.addItem(site.name, site.id)
        form.addRow(self.tr("Login"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Today's site"), self.site_choice)
        if len(node.served_sites) <= 1:
            self.site_choice.hide()
            form.labelForField(self.site_choice).hide()
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button = self.quit_button
        quit_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._on_login)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.forgot = QPushButton(self.tr("I forgot my password (recovery code)"))
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(self._on_forgot_clicked)
        layout.addWidget(self.forgot, alignment=Qt.AlignmentFlag.AlignLeft)
        (self.password if last_username else self.username).setFocus()

    def _on_login(self) -> None:
        self.error.clear_error()
        username, password, policy = self.username.text(), self.password.text(), self.policy
        if not username.strip() or not password:
            self.error.show_error(self.tr("Type your login name and your password."))
            return
        self.password.setFocus()  # a disabled focused button would hand Enter to "Quit"
        self.login_button.setEnabled(False)
        from lam_desk.services import staff

        self.tasks.run_write(
            lambda s: staff.authenticate(s, username, password, policy=policy),
            self._on_answer,
            self._on_failed,
        )

    def _on_answer(self, outcome: LoginOutcome) -> None:
        self.login_button.setEnabled(True)
        if outcome.error is not None:
            self.password.clear()
            self.password.setFocus()
            self.error.show_error(outcome.error)
            return
        self.account = outcome.account
        site_id = self.site_choice.currentData()
        self.site = next(
            (s for s in self.node.served_sites if s.id == site_id), self.node.home_site
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.error.show_failure(error)

    def _on_forgot_clicked(self) -> None:
        dialog = RecoveryLoginDialog(self.tasks, self.username.text(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username.text())
            self.password.clear()
            self.password.setFocus()
            self.error.show_error(
                self.tr("Your new password is saved. Log in with this new password.")
            )


class RecoveryLoginDialog(QDialog):
    """Use the printed one-time recovery code to choose a new password."""

    def __init__(
        self, tasks: TaskRunner, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Recovery code"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = QLabel(
            self.tr(
                "Type your login name and the recovery code printed for you, then choose a "
                "new password. The code works only once."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Login"), self.username)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.password_again)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save the new password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _on_save(self) -> None:
        self.error.clear_error()
        if passwords_differ(self.password, self.password_again, self.error):
            return
        username, code, password = self.username.text(), self.code.text(), self.password.text()
        if not username.strip() or not code.strip():
            self.error.show_error(self.tr("Enter your login name and your recovery code."))
            return
        self.password.setFocus()
        self.save_button.setEnabled(False)
        from lam_desk.services import staff

        self.tasks.run_write(
            lambda s: staff.recover_with_code(s, username, code, password),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, account: StaffRow) -> None:
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.show_failure(error)
