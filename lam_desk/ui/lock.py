"""The desk locks itself when nobody touches it (the screen faces a public room)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from lam_desk.domain.accounts import LockoutPolicy
    from lam_desk.services.dto import LoginOutcome, StaffRow
    from lam_desk.ui.tasks import TaskRunner

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Watches keyboard and mouse activity of the whole application.

    Signals:
        idle_timeout(): nobody touched the desk for the configured time.
    """

    idle_timeout = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle_timeout)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """0 turns the automatic lock off."""
        self.minutes = minutes
        self._timer.stop()
        if minutes > 0:
            self._timer.setInterval(minutes * 60_000)
            self._timer.start()

    def set_interval_ms(self, milliseconds: int) -> None:
        """For tests: a short delay instead of minutes."""
        self._timer.setInterval(milliseconds)
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        if self.minutes > 0 or self._timer.interval() < 60_000:
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class LockScreen(QWidget):
    """Replaces the desk's content while locked: nothing of the work shows through.

    Signals:
        unlocked(StaffRow): the person at the desk typed their PIN or password.
        switch_user_requested(): someone else wants to log in.
    """

    unlocked = Signal(object)
    switch_user_requested = Signal()

    def __init__(
        self, tasks: TaskRunner, policy: LockoutPolicy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.policy = policy
        self.account: StaffRow | None = None
        self.setObjectName("LockedBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        panel = QFrame()
        panel.setObjectName("Card")
        panel.setFixedWidth(440)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("Desk locked"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setMinimumHeight(44)
        layout.addWidget(self.who)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("PIN or password"))
        self.secret.returnPressed.connect(self._on_unlock_clicked)
        layout.addWidget(self.secret)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("Primary")
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.switch_button = QPushButton(self.tr("Another person…"))
        self.switch_button.clicked.connect(self.switch_user_requested)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        row.addWidget(self.switch_button)
        layout.addLayout(row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(panel)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

    def lock_for(self, account: StaffRow) -> None:
        self.account = account
        self.who.setText(
            self.tr("Locked by {name}. Type your PIN or your password to go on.").format(
                name=account.display_name
            )
        )
        self.secret.clear()
        self.error.clear_error()
        self.unlock_button.setEnabled(True)
        self.secret.setFocus()

    def _on_unlock_clicked(self) -> None:
        if self.account is None:
            return
        if not self.secret.text():
            self.error.show_error(self.tr("Type your PIN or your password."))
            self.secret.setFocus()
            return
        self.error.clear_error()
        from lam_desk.services import staff

        user_id, secret, policy = self.account.id, self.secret.text(), self.policy
        self.secret.setFocus()
        self.unlock_button.setEnabled(False)
        self.tasks.run_write(
            lambda s: staff.unlock(s, user_id, secret, policy=policy),
            self._on_answer,
            self._on_failed,
        )

    def _on_answer(self, outcome: LoginOutcome) -> None:
        self.unlock_button.setEnabled(True)
        self.secret.clear()
        if outcome.error is not None:
            self.error.show_error(outcome.error)
            return
        self.unlocked.emit(outcome.account)

    def _on_failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.error.show_failure(error)
