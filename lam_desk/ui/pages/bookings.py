"""Réservations: the day and the week of a site's bookings; book, cancel, arrivals, slips and
the people to remind tomorrow."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.wallclock import PARIS, paris_today
from lam_desk.services.dto import BookingRow, DayTimeline, ReminderLine, WeekTimeline
from lam_desk.ui.booking_timeline import SLOT, DayTimelineView, WeekView
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.pdf_printing import removed_on_failure, temporary_pdf
from lam_desk.ui.widgets import ErrorLabel, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REFRESH_MS = 60_000


def _day_and_release(session: Session, site_id: str, day: date) -> DayTimeline:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services import bookings

    now = datetime.now(UTC)
    bookings.release_no_shows(session, site_id, now=now)
    return bookings.day_timeline(session, site_id, day, now=now)


def _week(session: Session, site_id: str, day: date) -> WeekTimeline:
    from lam_desk.services import bookings

    return bookings.week_timeline(session, site_id, day)


def _release(session: Session, site_id: str) -> int:
    from lam_desk.services import bookings

    return bookings.release_no_shows(session, site_id)


def _reminders(
    session: Session, site_id: str, today: date, served: list[str]
) -> tuple[date, list[ReminderLine]]:
    """The next day the site opens, and the people booked that day."""
    from lam_desk.services import bookings

    day = bookings.next_open_day(session, site_id, today)
    return day, bookings.reminders(session, site_id, day, served)


def long_day(day: date) -> str:
    """ "mardi 10 mars 2026": a day as the desk writes it, in its language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


class BookingsPage(QWidget):
    """Signals:
    bookings_changed(): a booking was made, cancelled or claimed (other pages may refresh).
    """

    bookings_changed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site = context.site
        self.day = paris_today()
        self.timeline: DayTimeline | None = None
        self.week: WeekTimeline | None = None
        self.loaded = False  # the day shown came from the store
        self._pending_select: BookingRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        self.header = PageHeader(self.tr("Bookings"), context.site.name)
        layout.addWidget(self.header)

        # The day or week shown, and the view.
        nav = QHBoxLayout()
        self.site_box = QComboBox()
        self.site_box.setAccessibleName(self.tr("Site"))
        served = context.node.served_sites or (context.site,)
        for site in served:
            self.site_box.addItem(site.name, site.id)
        self.site_box.setCurrentIndex(max(self.site_box.findData(context.site.id), 0))
        self.site_box.setVisible(len(served) > 1)
        self.site_box.currentIndexChanged.connect(self._on_site_box_changed)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.today_button = QPushButton(self.tr("Today"))
        self.date_label = QLabel()
        self.date_label.setObjectName("TimelineDate")
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            button.setObjectName("ViewToggle")
        self.day_button.setChecked(True)
        views = QButtonGroup(self)
        views.setExclusive(True)
        views.addButton(self.day_button)
        views.addButton(self.week_button)
        nav.addWidget(self.site_box)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(10)
        nav.addWidget(self.date_label, 1)
        nav.addWidget(self.day_button)
        nav.addWidget(self.week_button)
        layout.addLayout(nav)

        # What can be done to the day.
        actions = QHBoxLayout()
        self.book_button = QPushButton(self.tr("New booking"))
        self.book_button.setObjectName("Primary")
        self.block_button = QPushButton(self.tr("Block booking"))
        self.arrived_button = QPushButton(self.tr("Arrived"))
        self.cancel_button = QPushButton(self.tr("Cancel booking"))
        self.slip_button = QPushButton(self.tr("Booking slip"))
        slip_menu = QMenu(self.slip_button)
        self.slip_print_action = slip_menu.addAction(self.tr("Print…"))
        self.slip_save_action = slip_menu.addAction(self.tr("Save as PDF…"))
        self.slip_button.setMenu(slip_menu)
        self.remind_button = QPushButton(self.tr("To remind…"))
        for button in (
            self.book_button,
            self.block_button,
            self.arrived_button,
            self.cancel_button,
            self.slip_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.remind_button)
        layout.addLayout(actions)

        self.views = QStackedWidget()
        self.day_view = DayTimelineView()
        self.setFocusProxy(self.day_view)  # arriving on the page: the timeline, not the site list
        self.week_view = WeekView()
        for view in (self.day_view, self.week_view):
            scroll = QScrollArea()
            scroll.setWidget(view)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setObjectName("TimelineScroll")
            self.views.addWidget(scroll)
        layout.addWidget(self.views, 1)

        self.cursor_label = QLabel()
        self.cursor_label.setObjectName("TimelineCursor")
        layout.addWidget(self.cursor_label)
        self.legend = QLabel(
            self.tr(
                "White: open · grey: closed · blue: expected (dashed: booked by phone) · "
                "orange: late · green: arrived · red, dashed: no-show · purple: block "
                "booking · red line: now"
            )
        )
        self.legend.setObjectName("HintLabel")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.message = QLabel()
        self.message.setObjectName("HintLabel")
        layout.addWidget(self.message)

        self._wire()
        self._build_shortcuts()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self._show_date()
        self._update_buttons()
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _wire(self) -> None:
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.day_button.clicked.connect(lambda: self.show_week(False))
        self.week_button.clicked.connect(lambda: self.show_week(True))
        self.book_button.clicked.connect(self.new_booking)
        self.block_button.clicked.connect(self.new_block_booking)
        self.arrived_button.clicked.connect(self.mark_arrived)
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.slip_print_action.triggered.connect(self.print_slip)
        self.slip_save_action.triggered.connect(self.save_slip)
        self.remind_button.clicked.connect(self.show_reminders)
        self.day_view.slot_chosen.connect(self._on_day_view_slot_chosen)
        self.day_view.booking_activated.connect(self._on_day_view_booking_activated)
        self.day_view.cursor_moved.connect(self._on_day_view_cursor_moved)
        self.week_view.day_chosen.connect(self._on_week_view_day_chosen)
        self.week_view.day_activated.connect(self._on_week_view_day_activated)

    def _build_shortcuts(self) -> None:
        """Keys of the page, live while it is shown (and not while typing in a field of a
        dialog: dialogs are windows of their own)."""
        specs = [
            ("PgUp", self.tr("Previous day or week"), lambda: self.step(-1), self.previous_button),
            ("PgDown", self.tr("Next day or week"), lambda: self.step(1), self.next_button),
            ("Ctrl+T", self.tr("Today"), self.go_today, self.today_button),
            ("Ctrl+D", self.tr("Day view"), lambda: self.show_week(False), self.day_button),
            ("Ctrl+W", self.tr("Week view"), lambda: self.show_week(True), self.week_button),
            ("Ctrl+N", self.tr("New booking"), self.new_booking, self.book_button),
            ("Ctrl+B", self.tr("Block booking"), self.new_block_booking, self.block_button),
            ("Ctrl+Return", self.tr("Arrived"), self.mark_arrived, self.arrived_button),
            ("Delete", self.tr("Cancel booking"), self.cancel_booking, self.cancel_button),
            ("Ctrl+P", self.tr("Print the booking slip"), self.print_slip, self.slip_button),
            (
                "Ctrl+R",
                self.tr("To remind…"),
                self.show_reminders,
                self.remind_button,
            ),
            ("F5", self.tr("Refresh"), self.refresh, None),
        ]
        self.shortcut_actions: dict[str, QAction] = {}
        for keys, text, slot, button in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.shortcut_actions[keys] = action
            if button is not None:
                shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(self.tr("{action} ({keys})").format(action=text, keys=shown))

    # --- loading -------------------------------------------------------------------------

    @property
    def showing_week(self) -> bool:
        return self.views.currentIndex() == 1

    def refresh(self) -> None:
        site_id, day = self.site.id, self.day
        if self.showing_week:
            self.context.tasks.run_read(lambda s: _week(s, site_id, day), self._on_week_loaded)
        else:
            self.context.tasks.run_write(
                lambda s: _day_and_release(s, site_id, day), self._on_day_loaded
            )

    def _on_day_loaded(self, timeline: DayTimeline) -> None:
        if timeline.site_id != self.site.id or timeline.day != self.day:
            return  # the animator moved on meanwhile
        self.timeline = timeline
        self.loaded = True
        self.day_view.set_timeline(timeline, timeline.read_at)
        if self._pending_select is not None:
            b = self._pending_select
            self._pending_select = None
            start = b.starts_at.astimezone(PARIS)
            self.day_view.select(b.workstation_id, start.hour * 60 + start.minute)
        self._show_date()
        self._update_buttons()

    def _on_week_loaded(self, week: WeekTimeline) -> None:
        if week.site_id != self.site.id or not 0 <= (self.day - week.monday).days < 7:
            return
        self.week = week
        self.week_view.set_week(week, datetime.now(UTC), self.day)
        self._show_date()
        self._update_buttons()

    def _on_timer_timeout(self) -> None:
        if not self.window().isVisible():
            return  # the desk's window was closed (logged out, quitting): its tasks are gone
        if self.isVisible():
            self.refresh()
        else:  # no-shows are released even when nobody looks at the bookings
            site_id = self.site.id
            self.context.tasks.run_write(lambda s: _release(s, site_id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loaded:
            self.refresh()

    # --- navigation ----------------------------------------------------------------------

    def set_day(self, day: date) -> None:
        self.day = day
        self.message.clear()
        self.error.clear_error()
        self._show_date()
        self.refresh()

    def step(self, direction: int) -> None:
        self.set_day(self.day + timedelta(days=7 * direction if self.showing_week else direction))

    def go_today(self) -> None:
        self.set_day(paris_today())

    def show_week(self, week: bool) -> None:
        self.views.setCurrentIndex(1 if week else 0)
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.legend.setVisible(not week)
        self.cursor_label.setVisible(not week)
        (self.week_view if week else self.day_view).setFocus()
        self._show_date()
        self._update_buttons()
        self.refresh()

    def _show_date(self) -> None:
        if self.showing_week:
            monday = self.day - timedelta(days=self.day.weekday())
            sunday = monday + timedelta(days=6)
            self.date_label.setText(
                self.tr("Week of {first} to {last}").format(
                    first=QLocale().toString(
                        QDate(monday.year, monday.month, monday.day), "d MMMM"
                    ),
                    last=QLocale().toString(
                        QDate(sunday.year, sunday.month, sunday.day), "d MMMM yyyy"
                    ),
                )
            )
        else:
            text = long_day(self.day)
            if self.day == paris_today():
                text = self.tr("{day} (today)").format(day=text)
            self.date_label.setText(text)

    def _on_site_box_changed(self) -> None:
        site_id = self.site_box.currentData()
        served = self.context.node.served_sites or (self.context.site,)
        self.site = next((s for s in served if s.id == site_id), self.context.site)
        self.header.subtitle.setText(self.site.name)
        self.timeline = None
        self.refresh()

    def _on_week_view_day_chosen(self, day: date) -> None:
        self.day = day

    def _on_week_view_day_activated(self, day: date) -> None:
        self.day = day
        self.show_week(False)

    # --- the cursor and the buttons --------------------------------------------------------

    def _on_day_view_cursor_moved(self) -> None:
        self.cursor_label.setText(self.day_view.cursor_text())
        self._update_buttons()

    def current_booking(self) -> BookingRow | None:
        return None if self.showing_week else self.day_view.current_booking()

    def _update_buttons(self) -> None:
        booking = self.current_booking()
        day_shown = not self.showing_week and self.timeline is not None
        self.book_button.setEnabled(day_shown)
        self.block_button.setEnabled(day_shown)
        open_states = ("expected", "late")
        self.arrived_button.setEnabled(
            booking is not None and booking.state in open_states and not booking.is_block
        )
        self.cancel_button.setEnabled(booking is not None and booking.state in open_states)
        self.slip_button.setEnabled(booking is not None and booking.state != "cancelled")

    def _on_day_view_slot_chosen(self, station_id: str, start: int, end: int) -> None:
        self.open_booking_dialog(station_id, start, end)

    def _on_day_view_booking_activated(self, booking: BookingRow) -> None:
        """Enter on a booking: record the arrival when it is due, else say what it is."""
        if booking.state in ("expected", "late") and not booking.is_block:
            self.mark_arrived()
        else:
            self.message.setText(self.day_view.booking_summary(booking))

    # --- actions -------------------------------------------------------------------------

    def _default_range(self) -> tuple[str, int, int] | None:
        """The free time chosen in the timeline, made at least as long as the shortest
        booking, and starting no earlier than now."""
        if self.timeline is None:
            return None
        selection = self.day_view.selection()
        if selection is None:
            return None
        station, start, end = selection
        if self.day == paris_today():
            now = datetime.now(PARIS)
            now_minute = now.hour * 60 + now.minute
            if start < now_minute < end or (start < now_minute and end - start <= SLOT):
                start = -(-now_minute // 5) * 5
        end = max(end, start + max(self.timeline.min_minutes, 60 if end - start <= SLOT else 0))
        end = min(end, start + self.timeline.max_minutes, 24 * 60 - 1)
        return station, start, end

    def new_booking(self) -> None:
        chosen = self._default_range()
        if chosen is not None:
            self.open_booking_dialog(*chosen)

    def open_booking_dialog(self, station_id: str, start: int, end: int) -> QDialog | None:
        """Open the booking dialog on a workstation and a time (returned, for tests)."""
        if self.timeline is None:
            return None
        from lam_desk.ui.booking_dialogs import BookingDialog

        if end - start <= SLOT:
            chosen = self._default_range()
            if chosen is not None and chosen[0] == station_id:
                start, end = chosen[1], chosen[2]
        dialog = BookingDialog(self.context, self.timeline, station_id, start, end, self)
        dialog.booked.connect(self._on_booked)
        dialog.open()
        return dialog

    def new_block_booking(self) -> QDialog | None:
        if self.timeline is None:
            return None
        from lam_desk.ui.booking_dialogs import BlockBookingDialog

        selection = self.day_view.selection()
        station, start, end = selection if selection else (None, 14 * 60, 16 * 60)
        if end - start <= SLOT:
            end = start + 120
        dialog = BlockBookingDialog(self.context, self.timeline, station, start, end, self)
        dialog.booked.connect(self._on_block_booked)
        dialog.open()
        return dialog

    def _on_booked(self, booking: BookingRow) -> None:
        self.message.setText(
            self.tr("Booked: {summary}").format(summary=self.day_view.booking_summary(booking))
        )
        self._after_write(booking)

    def _on_block_booked(self, made: list[BookingRow]) -> None:
        if made:
            self.message.setText(
                self.tr("“{label}”: %n workstation(s) held.", "", len(made)).format(
                    label=made[0].label
                )
            )
            self._after_write(made[0])

    def _after_write(self, booking: BookingRow | None) -> None:
        self.error.clear_error()
        if booking is not None:
            self.day = booking.starts_at.astimezone(PARIS).date()
            self._pending_select = booking
        self.bookings_changed.emit()
        self._show_date()
        self.refresh()
        self.day_view.setFocus()

    def mark_arrived(self) -> QDialog | None:
        booking = self.current_booking()
        if booking is None or booking.state not in ("expected", "late") or booking.is_block:
            return None
        self.error.clear_error()
        if booking.by_phone:
            from lam_desk.ui.booking_dialogs import ArrivalDialog

            dialog = ArrivalDialog(self.context, booking, self)
            dialog.arrived.connect(self._on_arrived)
            dialog.open()
            return dialog

        staff_id = self.context.account.id

        def op(session: Session) -> BookingRow:
            from lam_desk.services import bookings

            return bookings.mark_arrived(session, booking, staff_user_id=staff_id)

        self.context.tasks.run_write(op, self._on_arrived, self._on_failed)
        return None

    def _on_arrived(self, booking: BookingRow) -> None:
        if booking.seated_until is not None:
            text = self.tr(
                "{name} has arrived: checked in and seated at {workstation} until {time}."
            ).format(
                name=booking.person,
                workstation=booking.workstation,
                time=wall_time(booking.seated_until),
            )
        else:
            text = self.tr(
                "{name} has arrived and is checked in; {workstation} is not free yet: seat "
                "them from the Workstations page."
            ).format(name=booking.person, workstation=booking.workstation)
        self.message.setText(text)
        self._after_write(booking)

    def cancel_booking(self) -> QMessageBox | None:
        """Ask, then cancel the booking under the cursor (a block: all its workstations)."""
        booking = self.current_booking()
        if booking is None or booking.state not in ("expected", "late"):
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel booking"))
        if booking.is_block:
            box.setText(
                self.tr("Cancel the block booking “{label}” on every workstation it holds?").format(
                    label=booking.label
                )
            )
        else:
            box.setText(
                self.tr("Cancel this booking?\n{summary}").format(
                    summary=self.day_view.booking_summary(booking)
                )
            )
        yes = box.addButton(self.tr("Cancel the booking"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.finished.connect(lambda _r: self._on_cancel_answered(box, yes, booking))
        box.open()
        return box

    def _on_cancel_answered(self, box: QMessageBox, yes: QPushButton, booking: BookingRow) -> None:
        if box.clickedButton() is not yes:
            return

        def op(session: Session) -> list[BookingRow]:
            from lam_desk.services import bookings

            return bookings.cancel(session, booking)

        self.context.tasks.run_write(op, self._on_cancelled, self._on_failed)

    def _on_cancelled(self, cancelled: list[BookingRow]) -> None:
        self.message.setText(self.tr("%n booking(s) cancelled.", "", len(cancelled)))
        self._after_write(None)

    def _on_failed(self, error: BaseException) -> None:
        self.error.show_failure(error)
        self.refresh()

    # --- paper ---------------------------------------------------------------------------

    def write_slip(self, booking: BookingRow, path: Path) -> Path:
        """The booking slip as a PDF at ``path`` (runs off the Qt thread)."""
        from lam_desk.reports.bookings import render_booking_slip

        delay = self.timeline.no_show_minutes if self.timeline else 15
        return render_booking_slip(
            booking,
            path,
            site_name=self.site.name,
            site_place=self.site.place,
            day_text=long_day(booking.starts_at.astimezone(PARIS).date()),
            no_show_minutes=delay,
            printed_at=datetime.now(UTC),
        )

    def print_slip(self) -> None:
        booking = self.current_booking()
        if booking is None:
            return
        path = temporary_pdf("reservation")
        self.context.tasks.run(
            removed_on_failure(path, lambda: self.write_slip(booking, path)),
            self._on_paper_ready,
            self._on_failed,
        )

    def save_slip(self) -> None:
        booking = self.current_booking()
        if booking is None:
            return
        path = temporary_pdf("reservation")
        self.context.tasks.run(
            removed_on_failure(path, lambda: self.write_slip(booking, path)),
            self._on_slip_to_save,
            self._on_failed,
        )

    def _on_paper_ready(self, path: Path) -> None:
        from lam_desk.ui.pdf_printing import print_pdf

        try:
            if print_pdf(path, self):
                self.message.setText(self.tr("Sent to the printer."))
        finally:
            path.unlink(missing_ok=True)

    def _on_slip_to_save(self, path: Path) -> None:
        from lam_desk.ui.pdf_printing import save_pdf_copy

        try:
            day = self.day.isoformat()
            saved = save_pdf_copy(
                path, self, self.tr("Save the booking slip"), f"reservation-{day}.pdf"
            )
            if saved is not None:
                self.message.setText(self.tr("Saved: {file}").format(file=str(saved)))
        finally:
            path.unlink(missing_ok=True)

    def show_reminders(self) -> None:
        today = paris_today()
        site_id = self.site.id
        served = [s.id for s in (self.context.node.served_sites or (self.context.site,))]
        self.context.tasks.run_read(
            lambda s: _reminders(s, site_id, today, served),
            lambda found: self._show_reminders(*found),
            self._on_failed,
        )

    def _show_reminders(self, day: date, lines: list[ReminderLine]) -> None:
        from lam_desk.ui.booking_dialogs import RemindersDialog

        dialog = RemindersDialog(long_day(day), lines, self)
        dialog.print_requested.connect(lambda: self._reminders_paper(day, lines, save=False))
        dialog.save_requested.connect(lambda: self._reminders_paper(day, lines, save=True))
        self.reminders_dialog = dialog
        dialog.open()

    def write_reminders(self, day: date, lines: list[ReminderLine], path: Path) -> Path:
        from lam_desk.reports.bookings import render_reminders

        return render_reminders(
            lines,
            path,
            site_name=self.site.name,
            day_text=long_day(day),
            printed_at=datetime.now(UTC),
        )

    def _reminders_paper(self, day: date, lines: list[ReminderLine], *, save: bool) -> None:
        path = temporary_pdf("a-rappeler")
        done = self._on_reminders_to_save if save else self._on_paper_ready
        self.context.tasks.run(
            removed_on_failure(path, lambda: self.write_reminders(day, lines, path)),
            done,
            self._on_failed,
        )

    def _on_reminders_to_save(self, path: Path) -> None:
        from lam_desk.ui.pdf_printing import save_pdf_copy

        try:
            name = f"a-rappeler-{(paris_today() + timedelta(days=1)).isoformat()}.pdf"
            saved = save_pdf_copy(path, self, self.tr("Save the list of people to remind"), name)
            if saved is not None:
                self.message.setText(self.tr("Saved: {file}").format(file=str(saved)))
        finally:
            path.unlink(missing_ok=True)
