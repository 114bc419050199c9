"""The dialogs of the Bookings page: book, block booking, arrival of a phone booking, the
people to remind tomorrow."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain import people
from lam_desk.domain.wallclock import PARIS
from lam_desk.services.dto import (
    BookingDraft,
    BookingRow,
    DayTimeline,
    MemberRow,
    ReminderLine,
)
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.member_search import MemberSearchBox, display_name
from lam_desk.ui.models import Column, RowTableModel
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def paris_moment(day: date, at: QTime) -> datetime:
    return datetime.combine(day, time(at.hour(), at.minute()), tzinfo=PARIS)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _time_edit(minutes: int) -> QTimeEdit:
    edit = QTimeEdit(QTime(minutes // 60 % 24, minutes % 60))
    edit.setDisplayFormat("HH:mm")
    return edit


class _WhenFields:
    """Day, from and to, shared by the booking dialogs."""

    def __init__(self, day: date, start: int, end: int) -> None:
        self.day = QDateEdit(_qdate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.start = _time_edit(start)
        self.end = _time_edit(end)

    def range(self) -> tuple[datetime, datetime]:
        day = _pydate(self.day.date())
        return paris_moment(day, self.start.time()), paris_moment(day, self.end.time())

    def row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addStretch(1)
        return row


class BookingDialog(QDialog):
    """Book a workstation: for a member found by the search, or for a name given on the
    phone. Enter in the search picks the member; Enter then books; Escape closes.

    Signals:
    booked(BookingRow): the booking was saved.
    """

    booked = Signal(object)

    def __init__(
        self,
        context: DeskContext,
        timeline: DayTimeline,
        station_id: str,
        start: int,
        end: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.timeline = timeline
        self.member: MemberRow | None = None
        self.setWindowTitle(self.tr("Book a workstation"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.station = QComboBox()
        for station in timeline.stations:
            text = station.label
            if station.out_of_service_reason:
                text = self.tr("{label} (out of service)").format(label=station.label)
            self.station.addItem(text, station.id)
        self.station.setCurrentIndex(max(self.station.findData(station_id), 0))
        self.when = _WhenFields(timeline.day, start, end)
        form.addRow(self.tr("Workstation"), self.station)
        form.addRow(self.tr("Day"), self.when.day)
        form.addRow(self.tr("From – to"), self.when.row())
        layout.addLayout(form)

        who = QHBoxLayout()
        self.for_member = QRadioButton(self.tr("A &member"))
        self.for_caller = QRadioButton(self.tr("A name given on the &phone"))
        self.for_member.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.for_member)
        group.addButton(self.for_caller)
        who.addWidget(self.for_member)
        who.addWidget(self.for_caller)
        who.addStretch(1)
        layout.addLayout(who)

        self.who_pages = QStackedWidget()
        member_page = QWidget()
        member_layout = QVBoxLayout(member_page)
        member_layout.setContentsMargins(0, 0, 0, 0)
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        self.chosen_label = QLabel(self.tr("Nobody chosen yet: type a name or a card number."))
        self.chosen_label.setObjectName("HintLabel")
        member_layout.addWidget(self.search, 1)
        member_layout.addWidget(self.chosen_label)
        caller_page = QWidget()
        caller_layout = QVBoxLayout(caller_page)
        caller_layout.setContentsMargins(0, 0, 0, 0)
        self.caller = QLineEdit()
        self.caller.setPlaceholderText(self.tr("The name the person gave, e.g. Mme Durand"))
        self.caller.setMaxLength(120)
        caller_hint = QLabel(
            self.tr("The booking is completed with the person's member card when they arrive.")
        )
        caller_hint.setObjectName("HintLabel")
        caller_hint.setWordWrap(True)
        caller_layout.addWidget(self.caller)
        caller_layout.addWidget(caller_hint)
        caller_layout.addStretch(1)
        self.who_pages.addWidget(member_page)
        self.who_pages.addWidget(caller_page)
        self.who_pages.setMinimumHeight(220)
        layout.addWidget(self.who_pages, 1)
        self.for_member.toggled.connect(self._on_for_member_toggled)

        rules_text = self.tr(
            "Bookings at this site last {min} to {max} min; a booking nobody claims is "
            "released {delay} min after its start."
        ).format(min=timeline.min_minutes, max=timeline.max_minutes, delay=timeline.no_show_minutes)
        self._rules_text, self._opening_text = rules_text, ""
        self._timeline_day = timeline.day
        if timeline.opening:
            hours = ", ".join(
                f"{a // 60:02d}:{a % 60:02d}–{b // 60:02d}:{b % 60:02d}"
                for a, b in timeline.opening
            )
            self._opening_text = self.tr("Open that day: {hours}.").format(hours=hours)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("HintLabel")
        self.rules_label.setWordWrap(True)
        layout.addWidget(self.rules_label)
        self._on_day_changed(self.when.day.date())
        self.when.day.dateChanged.connect(self._on_day_changed)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.book_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.book_button.setText(self.tr("&Book"))
        self.book_button.setObjectName("Primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self._on_book_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.when.start, self.when.end, self.when.day):
            edit.editingFinished.connect(self.error.clear_error)
        self.search.focus_search()

    def _on_day_changed(self, value: QDate) -> None:
        # The hours shown are the timeline day's: another day chosen, the rules checked at
        # booking say its own.
        if self._opening_text and _pydate(value) == self._timeline_day:
            self.rules_label.setText(f"{self._opening_text} {self._rules_text}")
        else:
            self.rules_label.setText(self._rules_text)

    def _on_for_member_toggled(self, member: bool) -> None:
        self.who_pages.setCurrentIndex(0 if member else 1)
        self.error.clear_error()
        if member:
            self.search.focus_search()
        else:
            self.caller.setFocus()

    def _on_search_member_chosen(self, member: MemberRow) -> None:
        self.member = member
        self.chosen_label.setText(
            self.tr("For: {name} — card {card}").format(
                name=display_name(member), card=member.card_number
            )
        )
        self.error.clear_error()
        self.book_button.setFocus()

    def draft(self) -> BookingDraft | None:
        starts_at, ends_at = self.when.range()
        station = self.station.currentData()
        if self.for_member.isChecked():
            if self.member is None:
                self.error.show_error(
                    self.tr("Choose the member in the list (type a name, then Enter).")
                )
                self.search.focus_search()
                return None
            return BookingDraft(self.timeline.site_id, station, starts_at, ends_at, self.member.id)
        return BookingDraft(
            self.timeline.site_id, station, starts_at, ends_at, None, self.caller.text()
        )

    def _on_book_clicked(self) -> None:
        self.error.clear_error()
        draft = self.draft()
        if draft is None:
            return
        actor = self.context.account
        self.book_button.setEnabled(False)

        def op(session: Session) -> BookingRow:
            from lam_desk.services import bookings

            return bookings.book(session, actor, draft)

        self.context.tasks.run_write(op, self._on_booked, self._on_failed)

    def _on_booked(self, booking: BookingRow) -> None:
        self.book_button.setEnabled(True)
        self.booked.emit(booking)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.book_button.setEnabled(True)
        self.error.show_failure(error)


class BlockBookingDialog(QDialog):
    """Hold several workstations for a workshop or a group, under a label.

    Signals:
    booked(list): the block booking was saved (its BookingRows).
    """

    booked = Signal(object)

    def __init__(
        self,
        context: DeskContext,
        timeline: DayTimeline,
        station_id: str | None,
        start: int,
        end: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.timeline = timeline
        self.setWindowTitle(self.tr("Block booking"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. CV workshop, Collège Ferdinand Fabre group"))
        self.label.setMaxLength(120)
        self.when = _WhenFields(timeline.day, start, end)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Day"), self.when.day)
        form.addRow(self.tr("From – to"), self.when.row())
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Workstations to hold (Space ticks one):")))
        self.stations = QListWidget()
        for station in timeline.stations:
            if station.out_of_service_reason:
                continue
            item = QListWidgetItem(station.label)
            item.setData(Qt.ItemDataRole.UserRole, station.id)
            item.setCheckState(_checked(station.id == station_id or station_id is None))
            self.stations.addItem(item)
        self.stations.setCurrentRow(0)
        layout.addWidget(self.stations, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&All"))
        self.none_button = QPushButton(self.tr("&None"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.book_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.book_button.setText(self.tr("&Hold these workstations"))
        self.book_button.setObjectName("Primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self._on_book_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.label.setFocus()

    def _tick_all(self, on: bool) -> None:
        for row in range(self.stations.count()):
            self.stations.item(row).setCheckState(_checked(on))

    def chosen_stations(self) -> list[str]:
        return [
            str(self.stations.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.stations.count())
            if self.stations.item(row).checkState() == _checked(True)
        ]

    def _on_book_clicked(self) -> None:
        self.error.clear_error()
        starts_at, ends_at = self.when.range()
        actor, site = self.context.account, self.timeline.site_id
        chosen, label = self.chosen_stations(), self.label.text()
        self.book_button.setEnabled(False)

        def op(session: Session) -> list[BookingRow]:
            from lam_desk.services import bookings

            return bookings.book_block(session, actor, site, chosen, starts_at, ends_at, label)

        self.context.tasks.run_write(op, self._on_booked, self._on_failed)

    def _on_booked(self, made: list[BookingRow]) -> None:
        self.book_button.setEnabled(True)
        self.booked.emit(made)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.book_button.setEnabled(True)
        self.error.show_failure(error)


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class ArrivalDialog(QDialog):
    """A person booked on the phone has come: find their member card to complete the booking.

    Signals:
    arrived(BookingRow): the arrival was recorded.
    """

    arrived = Signal(object)

    def __init__(
        self, context: DeskContext, booking: BookingRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.booking = booking
        self.member: MemberRow | None = None
        self.setWindowTitle(self.tr("Arrival"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{name} booked {workstation} on the phone, {start}–{end}. Find their member "
                "card (register them first if they are new):"
            ).format(
                name=booking.caller_name,
                workstation=booking.workstation,
                start=wall_time(booking.starts_at),
                end=wall_time(booking.ends_at),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        layout.addWidget(self.search, 1)
        self.chosen_label = QLabel()
        layout.addWidget(self.chosen_label)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record the arrival"))
        self.ok_button.setObjectName("Primary")
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.edit.setText(people.name_to_search(booking.caller_name))
        self.search.focus_search()

    def _on_search_member_chosen(self, member: MemberRow) -> None:
        self.member = member
        self.chosen_label.setText(
            self.tr("Member: {name} — card {card}").format(
                name=display_name(member), card=member.card_number
            )
        )
        self.ok_button.setFocus()

    def _on_ok_clicked(self) -> None:
        self.error.clear_error()
        if self.member is None:
            self.error.show_error(self.tr("Choose the member in the list first."))
            return
        booking, member_id = self.booking, self.member.id
        staff_id = self.context.account.id
        self.ok_button.setEnabled(False)

        def op(session: Session) -> BookingRow:
            from lam_desk.services import bookings

            return bookings.mark_arrived(session, booking, member_id, staff_user_id=staff_id)

        self.context.tasks.run_write(op, self._on_done, self._on_failed)

    def _on_done(self, booking: BookingRow) -> None:
        self.ok_button.setEnabled(True)
        self.arrived.emit(booking)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error.show_failure(error)


class RemindersDialog(QDialog):
    """The people booked on a day, to call the day before: print the list or keep a PDF.

    Signals:
    print_requested(): print the list.
    save_requested(): save the list as a PDF.
    """

    print_requested = Signal()
    save_requested = Signal()

    def __init__(
        self, day_text: str, lines: list[ReminderLine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People to remind"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Bookings of {day}: %n person(s) to remind", "", len(lines)).format(
                day=day_text
            )
        )
        title.setObjectName("CardTitle")
        layout.addWidget(title)
        self.model: RowTableModel[ReminderLine] = RowTableModel(
            [
                Column(
                    self.tr("Time"), lambda r: f"{wall_time(r.starts_at)}–{wall_time(r.ends_at)}"
                ),
                Column(self.tr("Workstation"), lambda r: ", ".join(r.workstations)),
                Column(self.tr("Person"), lambda r: r.person),
                Column(self.tr("Card"), lambda r: r.card_number),
                Column(self.tr("Phone"), self._phone),
            ],
            self,
        )
        self.model.set_rows(lines)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        if not lines:
            empty = QLabel(self.tr("Nobody is booked that day."))
            empty.setObjectName("HintLabel")
            layout.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("Primary")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def _phone(self, line: ReminderLine) -> str:
        if line.phone:
            return line.phone
        if line.by_phone:
            return self.tr("booked by phone: no number kept")
        if line.contact_here:
            return self.tr("no phone recorded")
        return self.tr("not kept at this desk")
