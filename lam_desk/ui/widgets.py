"""Small building blocks shared by the desk's pages and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from lam_desk.errors import UserError


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        layout.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        # Only once in the layout: shown before, the label would flash as a window of its
        # own and take the desk's window off the keyboard.
        self.subtitle.setVisible(bool(subtitle))


class Card(QFrame):
    """A white panel with a title."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        heading = QLabel(title)
        heading.setObjectName("CardTitle")
        self.body.addWidget(heading)


class ComingLater(QLabel):
    """Says plainly that a feature is not there yet, and what brings it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("ComingLater")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)


class ErrorLabel(QLabel):
    """Where a form shows why it refused, next to the fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorLabel")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error: UserError | str) -> None:
        self.setText(error.message if isinstance(error, UserError) else error)
        self.show()

    def show_failure(self, error: BaseException) -> None:
        """A task failed: a refusal is shown here; anything else is a bug for the crash
        dialog (raised again, it reaches the desk's exception hook)."""
        if not isinstance(error, UserError):
            raise error
        self.show_error(error)

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def notice_tab(text: str) -> QWidget:
    """A tab holding only a notice, kept at the top of the tab."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addWidget(ComingLater(text))
    layout.addStretch(1)
    return tab


class AccountFields(QWidget):
    """The fields of a staff account form: name, login, password twice, PIN.

    Used by the first start and by the accounts screen; callers add their own rows to
    ``form`` (role, site, active).
    """

    def __init__(self, login_example: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First name and family name"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(login_example)
        self.password = _secret_edit()
        self.password_again = _secret_edit()
        self.pin = _secret_edit()
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Login"), self.username)
        self.form.addRow(self.tr("Password (8 characters or more)"), self.password)
        self.form.addRow(self.tr("Password again"), self.password_again)
        self.form.addRow(self.tr("PIN (optional)"), self.pin)

    def passwords_differ(self, error: ErrorLabel) -> bool:
        return passwords_differ(self.password, self.password_again, error)


def passwords_differ(password: QLineEdit, again: QLineEdit, error: ErrorLabel) -> bool:
    """A new password typed twice differently: say so next to the fields."""
    if password.text() == again.text():
        return False
    error.show_error(
        QCoreApplication.translate("PasswordFields", "The two passwords are different.")
    )
    return True


def _secret_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
