"""Accueil: who is at the desk, the day, and the health of this desk (backup, sync, database)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lam_desk.ui.context import DeskContext
from lam_desk.ui.widgets import Card, ComingLater, PageHeader

PARIS = ZoneInfo("Europe/Paris")


def local_datetime_text(moment: datetime) -> str:
    """A UTC moment as the desk reads it: Paris wall-clock time, in the desk's language."""
    paris = moment.astimezone(PARIS)
    wall = QDateTime(QDate(paris.year, paris.month, paris.day), QTime(paris.hour, paris.minute))
    return QLocale().toString(wall, "dddd d MMMM yyyy, HH:mm")


class HomePage(QWidget):
    """Signals:
    backup_requested(): the animator asked for a backup now.
    """

    backup_requested = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        today = QLocale().toString(
            QDateTime.currentDateTime().date(), QLocale.FormatType.LongFormat
        )
        first_name = context.account.display_name.split(" ")[0]
        self.header = PageHeader(
            self.tr("Hello {name}").format(name=first_name),
            self.tr("{site} — {date}").format(site=context.site.name, date=today),
        )
        layout.addWidget(self.header)

        grid = QGridLayout()
        grid.setSpacing(14)
        layout.addLayout(grid)

        today_card = Card(self.tr("Today at the desk"))
        today_card.body.addWidget(
            ComingLater(
                self.tr(
                    "Check-in, the member directory, today's bookings and sessions arrive with "
                    "the desk's day. Until then this desk keeps your accounts and backups."
                )
            )
        )
        grid.addWidget(today_card, 0, 0, 1, 2)

        backup_card = Card(self.tr("Backup"))
        self.backup_label = QLabel(self.tr("Looking for the latest backup…"))
        self.backup_label.setWordWrap(True)
        backup_card.body.addWidget(self.backup_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_requested)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        backup_card.body.addLayout(row)
        grid.addWidget(backup_card, 1, 0)

        health_card = Card(self.tr("This desk"))
        self.sync_label = QLabel(self._sync_text())
        self.sync_label.setWordWrap(True)
        self.check_label = QLabel(self.tr("Database check: waiting…"))
        self.check_label.setWordWrap(True)
        health_card.body.addWidget(self.sync_label)
        health_card.body.addWidget(self.check_label)
        grid.addWidget(health_card, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addStretch(1)

    def _sync_text(self) -> str:
        if self.context.demo:
            return self.tr("Synchronisation: none, this is the demo network.")
        return self.tr("Synchronisation: offline — not configured yet.")

    def show_last_backup(self, taken_at: datetime | None) -> None:
        if taken_at is None:
            self.backup_label.setText(
                self.tr("No backup yet. One is made every day automatically.")
            )
        else:
            self.backup_label.setText(
                self.tr("Last backup: {when}. One is made every day automatically.").format(
                    when=local_datetime_text(taken_at)
                )
            )

    def show_backup_running(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_label.setText(self.tr("Backing up…"))

    def show_backup_done(self, taken_at: datetime | None) -> None:
        self.backup_button.setEnabled(True)
        self.show_last_backup(taken_at)

    def show_check_result(self, sound: bool) -> None:
        if sound:
            self.check_label.setText(self.tr("Database check: sound."))
        else:
            self.check_label.setText(
                self.tr("Database check: PROBLEM found. Call the coordinator before going on.")
            )
