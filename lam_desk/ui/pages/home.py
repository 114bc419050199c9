"""Accueil: who is at the desk and the day, what earlier days left to settle first (at the
top, at 08:55 on a Monday), the end of the day (clôture), and the health of this desk
(backup, changes waiting for the central store, database)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.wallclock import PARIS, paris_day_bounds, paris_today
from lam_desk.ui.closing import ClosingDialog, fit_rows, read_only_table, short_moment
from lam_desk.ui.formatting import local_datetime_text, wall_time
from lam_desk.ui.models import Column, RowTableModel
from lam_desk.ui.visit_text import who_text
from lam_desk.ui.widgets import Card, ErrorLabel, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto import (
        BookingLine,
        ClosingDone,
        DayClosing,
        LooseEnds,
        LooseEndsSettled,
        OpeningView,
        SessionLine,
        SyncBacklog,
    )
    from lam_desk.ui.context import DeskContext

Clock = Callable[[], datetime]
REFRESH_MS = 5 * 60 * 1000  # the Accueil left on screen follows the day (and midnight)


def system_clock() -> datetime:
    return datetime.now(UTC)


def _table(model: RowTableModel[Any], *, stretch: int, min_height: int = 120) -> QTableView:
    """A read-only list; column ``stretch`` takes the room left, long text is elided."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    view.setMinimumHeight(min_height)
    return view


def _opening(session: Session, site_id: str, now: datetime) -> OpeningView:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services import today

    return today.opening(session, site_id, now)


def _settle(session: Session, site_id: str, now: datetime, account: Any) -> LooseEndsSettled:
    from lam_desk.services import closing

    return closing.settle_loose_ends(session, site_id, now, account)


@dataclass(frozen=True)
class LooseLine:
    """One thing an earlier day left open, as the Accueil lists it."""

    at: datetime
    what: str
    who: str
    outcome: str


class HomePage(QWidget):
    """Signals:
    backup_requested(): the animator asked for a backup now (or the clôture did).
    day_closed(ClosingDone): the day was closed; other pages may read again.
    loose_ends_settled(LooseEndsSettled): earlier days' loose ends were closed.
    """

    backup_requested = Signal()
    day_closed = Signal(object)
    loose_ends_settled = Signal(object)

    def __init__(
        self, context: DeskContext, parent: QWidget | None = None, *, clock: Clock = system_clock
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.day_shown = False  # today's lists came from the store
        self._asked = 0  # reads asked for: only the latest one is shown
        self.view: OpeningView | None = None
        self.closing_dialog: ClosingDialog | None = None
        # On a 768-pixel-high screen the panels keep their room and the page scrolls,
        # rather than squeezing a table under its buttons.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("HomeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("HomeContent")
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(12)
        first_name = context.account.display_name.split(" ")[0]
        self.header = PageHeader(self.tr("Hello {name}").format(name=first_name), "")
        self._show_date(clock())
        layout.addWidget(self.header)
        self.done_label = QLabel()
        self.done_label.setObjectName("DoneLabel")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        layout.addWidget(self.done_label)

        self.loose_card = self._build_loose_card()
        layout.addWidget(self.loose_card)
        layout.addWidget(self._build_today_card(), 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(14)
        bottom.addWidget(self._build_closing_card(), 1)
        bottom.addWidget(self._build_backup_card(), 1)
        bottom.addWidget(self._build_health_card(), 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.refresh_today()

    # --- building ----------------------------------------------------------------------------

    def _build_loose_card(self) -> Card:
        card = Card(self.tr("To settle first: left open on earlier days"))
        card.setObjectName("LooseEndsCard")
        self.loose_summary = QLabel()
        self.loose_summary.setWordWrap(True)
        card.body.addWidget(self.loose_summary)
        self.loose_model: RowTableModel[LooseLine] = RowTableModel(
            [
                Column(self.tr("Since"), lambda r: short_moment(r.at)),
                Column(self.tr("What"), lambda r: r.what),
                Column(self.tr("Who"), lambda r: r.who),
                Column(self.tr("Settling it"), lambda r: r.outcome),
            ],
            self,
        )
        self.loose_view = read_only_table(self.loose_model, stretch=3, min_height=130)
        card.body.addWidget(self.loose_view)
        row = QVBoxLayout()
        self.settle_button = QPushButton(self.tr("&Settle them now"))
        self.settle_button.setObjectName("Primary")
        self.settle_button.setAutoDefault(True)  # Enter, once it has the focus
        self.settle_button.setToolTip(
            self.tr("Close each at its last known moment (Enter when the button has the focus)")
        )
        self.settle_button.clicked.connect(self.settle_loose_ends)
        row.addWidget(self.settle_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.loose_hint = QLabel(
            self.tr(
                "Each is closed at the last moment the desk knew of: the end of its session "
                "at a workstation, or the check-in. Bookings nobody marked become no-shows."
            )
        )
        self.loose_hint.setObjectName("HintLabel")
        self.loose_hint.setWordWrap(True)
        row.addWidget(self.loose_hint)
        card.body.addLayout(row)
        self.loose_sync = QLabel()
        self.loose_sync.setObjectName("ClosingWarning")
        self.loose_sync.setWordWrap(True)
        self.loose_sync.hide()
        card.body.addWidget(self.loose_sync)
        self.loose_error = ErrorLabel()
        card.body.addWidget(self.loose_error)
        card.hide()
        return card

    def _build_today_card(self) -> Card:
        card = Card(self.tr("Today at the desk"))
        self.today_summary = QLabel(self.tr("Loading today's bookings and sessions…"))
        self.today_summary.setWordWrap(True)
        card.body.addWidget(self.today_summary)
        self.out_of_service_label = QLabel()
        self.out_of_service_label.setObjectName("OutOfServiceLine")
        self.out_of_service_label.setWordWrap(True)
        self.out_of_service_label.hide()
        card.body.addWidget(self.out_of_service_label)
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
        card.body.addLayout(lists, 1)
        return card

    def _build_closing_card(self) -> Card:
        card = Card(self.tr("End of the day"))
        self.closing_label = QLabel(self.tr("The day is not closed yet."))
        self.closing_label.setWordWrap(True)
        card.body.addWidget(self.closing_label)
        row = QHBoxLayout()
        self.close_day_button = QPushButton(self.tr("&Close the day…"))
        self.close_day_button.setToolTip(
            self.tr("End the sessions and visits still open, count the day, print its tally")
        )
        self.close_day_button.clicked.connect(self.open_closing)
        self.tally_button = QPushButton(self.tr("&Tally so far"))
        self.tally_button.clicked.connect(self.open_tally)
        row.addWidget(self.close_day_button)
        row.addWidget(self.tally_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _build_backup_card(self) -> Card:
        card = Card(self.tr("Backup"))
        self.backup_label = QLabel(self.tr("Looking for the latest backup…"))
        self.backup_label.setWordWrap(True)
        card.body.addWidget(self.backup_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_requested)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _build_health_card(self) -> Card:
        card = Card(self.tr("This desk"))
        self.sync_label = QLabel(self._sync_text(None))
        self.sync_label.setWordWrap(True)
        self.check_label = QLabel(self.tr("Database check: waiting…"))
        self.check_label.setWordWrap(True)
        card.body.addWidget(self.sync_label)
        card.body.addWidget(self.check_label)
        card.body.addStretch(1)
        return card

    def _show_date(self, now: datetime) -> None:
        day = now.astimezone(PARIS).date()
        text = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        self.header.subtitle.setText(
            self.tr("{site} — {date}").format(site=self.context.site.name, date=text)
        )
        self.header.subtitle.show()

    # --- reading -----------------------------------------------------------------------------

    def refresh_today(self) -> None:
        site_id, now = self.context.site.id, self.clock()
        self._asked += 1
        asked = self._asked
        self.context.tasks.run_read(
            lambda s: _opening(s, site_id, now),
            lambda view: self._on_today_loaded(view) if asked == self._asked else None,
        )

    def _on_timer_timeout(self) -> None:
        if self.isVisible() and self.window().isVisible():
            self.refresh_today()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.day_shown:
            self.refresh_today()

    def _on_today_loaded(self, view: OpeningView) -> None:
        self.view = view
        overview = view.today
        self.day_shown = True
        self._show_date(view.loose.read_at)
        self.bookings_model.set_rows([b for b in overview.bookings if not b.cancelled])
        self.sessions_model.set_rows(list(overview.sessions))
        self.today_summary.setText(
            " · ".join(
                [
                    self.tr("%n person(s) welcomed today", "", overview.visits),
                    self.tr("%n visit(s) still open", "", overview.open_visits),
                    self.tr("%n booking(s)", "", len(self.bookings_model.rows())),
                    self.tr("%n training session(s)", "", len(overview.sessions)),
                ]
            )
        )
        broken = overview.out_of_service
        self.out_of_service_label.setText(
            self.tr("Out of service: {list}").format(
                list=", ".join(f"{w.label} ({w.out_of_service_reason})" for w in broken)
            )
        )
        self.out_of_service_label.setVisible(bool(broken))
        self._show_loose_ends(view.loose)
        self._show_closing(view.closed_today)
        self.sync_label.setText(self._sync_text(view.loose.sync))

    def _show_loose_ends(self, loose: LooseEnds) -> None:
        lines = self._loose_lines(loose)
        self.loose_model.set_rows(lines)
        fit_rows(self.loose_view, 6)
        stale = self._stale_sync(loose.sync, loose.read_at)
        self.loose_sync.setText(stale)
        self.loose_sync.setVisible(bool(stale))
        self.loose_view.setVisible(bool(lines))
        self.settle_button.setVisible(bool(lines))
        self.settle_button.setEnabled(True)
        self.loose_hint.setVisible(bool(lines))
        parts = []
        if loose.visits:
            parts.append(self.tr("%n visit(s) never closed", "", len(loose.visits)))
        if loose.uses:
            parts.append(self.tr("%n session(s) at a workstation never ended", "", len(loose.uses)))
        if loose.bookings:
            parts.append(self.tr("%n booking(s) nobody marked", "", len(loose.bookings)))
        if loose.foad:
            parts.append(self.tr("%n FOAD time(s) never ended", "", len(loose.foad)))
        last = loose.last_closing
        if last is not None:
            closed = self.tr("Last clôture: {when}, by {name}.").format(
                when=local_datetime_text(last.at), name=last.by
            )
        else:
            closed = self.tr("No clôture recorded yet at this site.")
        self.loose_summary.setText(" · ".join(parts) + (". " if parts else "") + closed)
        show = bool(lines or stale)
        was_hidden = self.loose_card.isHidden()
        self.loose_card.setVisible(show)
        if show and lines and was_hidden and self.isVisible():
            self.settle_button.setFocus()

    def _loose_lines(self, loose: LooseEnds) -> list[LooseLine]:
        lines: list[LooseLine] = []
        for visit in loose.visits:
            if visit.seated_until:
                outcome = self.tr("closed at {time}, the end of the session")
            elif visit.closes_at == visit.started_at:
                outcome = self.tr("closed at {time}, the check-in")
            else:
                outcome = self.tr("closed at {time}, when last seen")
            lines.append(
                LooseLine(
                    visit.started_at,
                    self.tr("Visit"),
                    who_text(visit.who),
                    outcome.format(time=wall_time(visit.closes_at)),
                )
            )
        for use in loose.uses:
            lines.append(
                LooseLine(
                    use.started_at,
                    self.tr("Session at {workstation}").format(workstation=use.workstation),
                    who_text(use.who),
                    self.tr("ended at {time}, as planned").format(time=wall_time(use.ends_at)),
                )
            )
        for booking in loose.bookings:
            lines.append(
                LooseLine(
                    booking.starts_at,
                    self.tr("Booking at {workstation} until {end}").format(
                        workstation=booking.workstation, end=wall_time(booking.ends_at)
                    ),
                    booking.person,
                    self.tr("recorded as a no-show"),
                )
            )
        for time in loose.foad:
            lines.append(
                LooseLine(
                    time.started_at,
                    self.tr("Distance learning (FOAD)"),
                    who_text(time.who),
                    self.tr("no hours until corrected (Training page)"),
                )
            )
        return sorted(lines, key=lambda line: line.at)

    def _stale_sync(self, sync: SyncBacklog, now: datetime) -> str:
        """Changes of earlier days not sent, on a desk that syncs: a loose end too."""
        if self.context.demo or not sync.configured:
            return ""
        start, _ = paris_day_bounds(paris_today(now))
        if not sync.stale(start):
            return ""
        return self.tr(
            "%n change(s) of this desk still wait to be sent to the central store, some from "
            "before today: check the network connection, or tell the coordinator.",
            "",
            sync.pending,
        )

    def _show_closing(self, closed: DayClosing | None) -> None:
        if closed is None:
            self.closing_label.setText(self.tr("The day is not closed yet."))
        else:
            self.closing_label.setText(
                self.tr("Day closed at {time} by {name}.").format(
                    time=wall_time(closed.at), name=closed.by
                )
            )

    def _sync_text(self, sync: SyncBacklog | None) -> str:
        if self.context.demo:
            return self.tr("Synchronisation: none, this is the demo network.")
        if sync is None:
            return self.tr("Synchronisation: looking at the changes to send…")
        if not sync.configured:
            if sync.pending == 0:
                return self.tr("Synchronisation: not configured.")
            return self.tr(
                "Synchronisation not configured: %n change(s) kept on this computer only.",
                "",
                sync.pending,
            )
        if sync.pending == 0:
            return self.tr("Synchronisation: every change is sent.")
        return self.tr("Synchronisation: %n change(s) waiting to be sent.", "", sync.pending)

    # --- settling and closing ------------------------------------------------------------------

    def settle_loose_ends(self) -> None:
        if self.view is None or not self.view.loose.count:
            return
        self.settle_button.setEnabled(False)
        self.loose_error.clear_error()
        site_id, now, account = self.context.site.id, self.clock(), self.context.account
        self.context.tasks.run_write(
            lambda s: _settle(s, site_id, now, account), self._on_settled, self._on_settle_failed
        )

    def _on_settled(self, settled: LooseEndsSettled) -> None:
        text = self.tr("Settled: {visits}, {uses}, {bookings}.").format(
            visits=self.tr("%n visit(s) closed", "", settled.visits_closed),
            uses=self.tr("%n session(s) ended", "", settled.uses_ended),
            bookings=self.tr("%n booking(s) recorded as no-shows", "", settled.bookings_released),
        )
        if settled.foad_ended:
            text += " " + self.tr(
                "%n FOAD time(s) ended with no hours: correct them on the Training page.",
                "",
                settled.foad_ended,
            )
        self.done_label.setText(text)
        self.done_label.show()
        self.loose_ends_settled.emit(settled)
        self.refresh_today()

    def _on_settle_failed(self, error: BaseException) -> None:
        self.settle_button.setEnabled(True)
        self.loose_error.show_failure(error)

    def open_closing(self, *, tally_only: bool = False) -> ClosingDialog:
        """The clôture's dialog (or, with ``tally_only``, the day's tally counted now)."""
        if self.closing_dialog is not None:
            self.closing_dialog.close()
            self.closing_dialog.deleteLater()
        dialog = ClosingDialog(self.context, self, clock=self.clock, tally_only=tally_only)
        dialog.day_closed.connect(self._on_day_closed)
        dialog.backup_requested.connect(self.backup_requested)
        dialog.finished.connect(self._on_closing_dialog_finished)
        self.closing_dialog = dialog
        dialog.open()
        return dialog

    def open_tally(self) -> ClosingDialog:
        return self.open_closing(tally_only=True)

    def _on_day_closed(self, done: ClosingDone) -> None:
        self._show_closing(done.closing)
        self.day_closed.emit(done)
        self.refresh_today()

    def _on_closing_dialog_finished(self, _result: int) -> None:
        self.close_day_button.setFocus()

    # --- today's lists -------------------------------------------------------------------------

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
        if booking.block:
            return self.tr("held for the group")
        if booking.arrived:
            return self.tr("arrived")
        if booking.no_show:
            return self.tr("no-show")
        return self.tr("expected")

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

    # --- backup and checks (the desk controller calls these) ---------------------------------

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
        if self.closing_dialog is not None:
            self.closing_dialog.show_backup_done(taken_at)

    def show_check_result(self, sound: bool) -> None:
        if sound:
            self.check_label.setText(self.tr("Database check: sound."))
        else:
            self.check_label.setText(
                self.tr("Database check: PROBLEM found. Call the coordinator before going on.")
            )
