"""Accueil: who is at the desk, the day, and the health of this desk (backup, sync, database)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.wallclock import paris_today
from lam_desk.services.dto import BookingLine, SessionLine, TodayOverview
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import local_datetime_text, wall_time
from lam_desk.ui.models import Column, RowTableModel
from lam_desk.ui.widgets import Card, ComingLater, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _table(model: RowTableModel[Any], *, stretch: int) -> QTableView:
    """A read-only list; column ``stretch`` takes the room left, long text is elided."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    view.setMinimumHeight(160)
    return view


def _overview(session: Session, site_id: str) -> TodayOverview:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services import today

    return today.overview(session, site_id, paris_today())


class HomePage(QWidget):
    """Signals:
    backup_requested(): the animator asked for a backup now.
    """

    backup_requested = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.day_shown = False  # today's lists came from the store
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
        self.today_summary = QLabel(self.tr("Loading today's bookings and sessions…"))
        self.today_summary.setWordWrap(True)
        today_card.body.addWidget(self.today_summary)
        lists = QHBoxLayout()
        self.bookings_model: RowTableModel[BookingLine] = RowTableModel(
            self._booking_columns(), self
        )
        self.sessions_model: RowTableModel[SessionLine] = RowTableModel(
            self._session_columns(), self
        )
        self.bookings_view = _table(self.bookings_model, stretch=2)
        self.sessions_view = _table(self.sessions_model, stretch=1)
        for title, view in (
            (self.tr("Today's bookings"), self.bookings_view),
            (self.tr("Today's training sessions"), self.sessions_view),
        ):
            column = QVBoxLayout()
            heading = QLabel(title)
            heading.setObjectName("CardTitle")
            column.addWidget(heading)
            column.addWidget(view)
            lists.addLayout(column, 1)
        today_card.body.addLayout(lists)
        today_card.body.addWidget(
            ComingLater(
                self.tr(
                    "Check-in, the member directory and the workstation board arrive with "
                    "the desk's day."
                )
            )
        )
        grid.addWidget(today_card, 0, 0, 1, 2)
        grid.setRowStretch(0, 1)

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
        self.refresh_today()

    def refresh_today(self) -> None:
        site_id = self.context.site.id
        self.context.tasks.run_read(lambda s: _overview(s, site_id), self._on_today_loaded)

    def _on_today_loaded(self, overview: TodayOverview) -> None:
        self.day_shown = True
        self.bookings_model.set_rows([b for b in overview.bookings if not b.cancelled])
        self.sessions_model.set_rows(list(overview.sessions))
        parts = [
            self.tr("%n visit(s) today", "", overview.visits),
            self.tr("%n visit(s) still open", "", overview.open_visits),
        ]
        broken = overview.out_of_service
        if broken:
            parts.append(
                self.tr("out of service: {list}").format(
                    list=", ".join(f"{w.label} ({w.out_of_service_reason})" for w in broken)
                )
            )
        self.today_summary.setText(" · ".join(parts))

    def _booking_columns(self) -> list[Column[BookingLine]]:
        return [
            Column(self.tr("Time"), lambda b: f"{wall_time(b.starts_at)}–{wall_time(b.ends_at)}"),
            Column(
                self.tr("Workstation"),
                self._workstations_text,
                tooltip=lambda b: ", ".join(b.workstations),
            ),
            Column(self.tr("For"), lambda b: b.person or b.label),
            Column(self.tr("State"), self._booking_state),
        ]

    def _workstations_text(self, booking: BookingLine) -> str:
        if len(booking.workstations) == 1:
            return booking.workstations[0]
        return self.tr("%n workstation(s)", "", len(booking.workstations))

    def _booking_state(self, booking: BookingLine) -> str:
        return self.tr("arrived") if booking.arrived else self.tr("expected")

    def _session_columns(self) -> list[Column[SessionLine]]:
        return [
            Column(self.tr("Times"), self._session_times),
            Column(self.tr("Course"), lambda t: t.course, tooltip=lambda t: t.module),
            Column(self.tr("Enrolled"), self._session_seats),
        ]

    def _session_times(self, line: SessionLine) -> str:
        halves = [half for half in (line.morning, line.afternoon) if half is not None]
        return " / ".join(f"{start}–{end}" for start, end in halves)

    def _session_seats(self, line: SessionLine) -> str:
        text = f"{line.enrolled}/{line.capacity}"
        if line.waitlisted:
            text += " " + self.tr("(+%n waiting)", "", line.waitlisted)
        return text

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
