"""Formations: the training sessions of the site (or of the network) week by week, the runs to
come, and a run's detail — its sessions, who is enrolled and who waits. From here: create a run
and its sessions, enrol members, cancel (and be told whom to call), open the marking screen,
print the attendance sheets and the certificates. A distance-learning (FOAD) run has no fixed
sessions: its learners' arrival and departure at a workstation are recorded here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.wallclock import PARIS, paris_today
from lam_desk.services.dto_training import (
    CancelOutcome,
    EnrolmentRow,
    EnrolmentState,
    FoadTimeRow,
    RunRow,
    SessionRow,
)
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.models import Column, RowRole, RowTableModel
from lam_desk.ui.pdf_printing import removed_on_failure, temporary_pdf
from lam_desk.ui.training_dialogs import (
    day_text,
    enrolment_state_text,
    hours_text,
    short_day,
    slots_text,
)
from lam_desk.ui.widgets import Card, ErrorLabel, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto import StaffRow, TimelineStation
    from lam_desk.services.dto_training import CertificateData, SheetData


@dataclass(frozen=True)
class WeekRead:
    monday: date
    network: bool
    sessions: list[SessionRow]
    runs: list[RunRow]


@dataclass(frozen=True)
class RunDetail:
    run: RunRow
    sessions: list[SessionRow]
    enrolments: list[EnrolmentRow]
    # A FOAD run: each enrolment's times at a workstation, oldest first.
    foad: dict[str, list[FoadTimeRow]] = field(default_factory=dict)

    def running(self, enrolment_id: str) -> FoadTimeRow | None:
        """The FOAD time not yet closed (the learner is at a workstation)."""
        return next((t for t in self.foad.get(enrolment_id, []) if t.time_out is None), None)


def _week(session: Session, monday: date, site_id: str | None, today: date) -> WeekRead:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services import training

    sessions = training.sessions_between(
        session, monday, monday + timedelta(days=6), site_id=site_id
    )
    runs = training.runs(session, site_id=site_id, from_day=today, today=today)
    return WeekRead(monday, site_id is None, sessions, runs)


def _detail(session: Session, run_id: str, viewer_site_id: str) -> RunDetail:
    from lam_desk.services import training

    run = training.get_run(session, run_id)
    enrolments = training.enrolments(
        session, run_id, viewer_site_id=viewer_site_id, with_sessions=True
    )
    foad = (
        {e.id: training.foad_times(session, e.id) for e in enrolments} if run.course.is_foad else {}
    )
    return RunDetail(run, training.run_sessions(session, run_id), enrolments, foad)


def foad_hours(times: list[FoadTimeRow]) -> float:
    """The hours of the closed times (a time still running counts once closed)."""
    return sum(t.hours for t in times)


def _paris_day(moment: datetime) -> date:
    return moment.astimezone(PARIS).date()


def render_sheets(sheets: list[SheetData], path: Path) -> Path:
    """The attendance sheets as one PDF (run off the Qt thread)."""
    from lam_desk.reports.attendance_sheet import attendance_sheet_pdf

    attendance_sheet_pdf(sheets, path)
    return path


def render_certificate(data: CertificateData, path: Path) -> Path:
    from lam_desk.reports.certificate import certificate_pdf

    certificate_pdf(data, path)
    return path


def seats_text(capacity: int, enrolled: int, waitlisted: int, provisional: int = 0) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("TrainingPage", "{enrolled}/{capacity}").format(
        enrolled=enrolled, capacity=capacity
    )
    if waitlisted:
        text += " · " + QCoreApplication.translate("TrainingPage", "{count} waiting").format(
            count=waitlisted
        )
    if provisional:
        text += " · " + QCoreApplication.translate("TrainingPage", "{count} provisional").format(
            count=provisional
        )
    return text


class TrainingPage(QWidget):
    """Signals:
    training_changed(): a run, a session, an enrolment or attendance changed.
    """

    training_changed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.monday = _monday(paris_today())
        self.network = False
        self.week: WeekRead | None = None
        self.detail: RunDetail | None = None
        self.loaded = False
        self._wanted_run: str | None = None
        self._wanted_session: str | None = None
        self._restoring = False  # the week's list is put back after a reload
        self._select_enrolment: str | None = None  # to show once the run is read again
        self._forgotten: FoadTimeRow | None = None  # a time of an earlier day Arrival ends
        self.dialog: QWidget | None = None
        self.preview: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        self.header = PageHeader(self.tr("Training"), context.site.name)
        layout.addWidget(self.header)

        nav = QHBoxLayout()
        self.site_button = QPushButton(self.tr("This site"))
        self.network_button = QPushButton(self.tr("Network"))
        scope = QButtonGroup(self)
        for button in (self.site_button, self.network_button):
            button.setCheckable(True)
            button.setObjectName("ViewToggle")
            button.setAutoDefault(False)
            scope.addButton(button)
            nav.addWidget(button)
        self.site_button.setChecked(True)
        nav.addSpacing(10)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.today_button = QPushButton(self.tr("This week"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        nav.addWidget(self.previous_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(10)
        self.week_label = QLabel()
        self.week_label.setObjectName("TimelineDate")
        self.week_label.setWordWrap(True)  # two lines rather than a window too wide
        nav.addWidget(self.week_label, 1)
        self.new_run_button = QPushButton(self.tr("New run…"))
        self.new_run_button.setObjectName("Primary")
        nav.addWidget(self.new_run_button)
        layout.addLayout(nav)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # Left: the week's sessions, and the runs to come.
        self.tabs = QTabWidget()
        self.week_model: RowTableModel[SessionRow] = RowTableModel(
            self._week_columns(), self, muted=lambda s: s.closed
        )
        self.week_table = _table(self.week_model, "WeekSessions")
        self.setFocusProxy(self.week_table)
        self.week_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.week_empty = QLabel()
        self.week_empty.setObjectName("HintLabel")
        self.week_empty.setWordWrap(True)
        week_tab = QWidget()
        week_layout = QVBoxLayout(week_tab)
        week_layout.addWidget(self.week_table, 1)
        week_layout.addWidget(self.week_empty)
        self.tabs.addTab(week_tab, self.tr("Sessions of the week"))
        self.runs_model: RowTableModel[RunRow] = RowTableModel(self._run_columns(), self)
        self.runs_table = _table(self.runs_model, "RunsList")
        self.runs_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.runs_table, self.tr("Runs to come"))
        splitter.addWidget(self.tabs)

        # Right: the run chosen.
        self.run_card = Card("")
        heading = self.run_card.findChild(QLabel, "CardTitle")
        if heading is not None:
            heading.hide()  # the run's label is the heading
        self.run_title = QLabel(self.tr("Choose a session or a run on the left."))
        self.run_title.setObjectName("RunTitle")
        self.run_title.setWordWrap(True)
        self.run_card.body.addWidget(self.run_title)
        self.run_info = QLabel()
        self.run_info.setObjectName("HintLabel")
        self.run_info.setWordWrap(True)
        self.run_card.body.addWidget(self.run_info)
        self.seats_label = QLabel()
        self.seats_label.setObjectName("RunSeats")
        self.seats_label.setWordWrap(True)
        self.run_card.body.addWidget(self.seats_label)
        self.call_label = QLabel()
        self.call_label.setObjectName("CallBanner")
        self.call_label.setWordWrap(True)
        self.call_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_label.hide()
        self.run_card.body.addWidget(self.call_label)

        self.sessions_model: RowTableModel[SessionRow] = RowTableModel(
            self._session_columns(), self, muted=lambda s: s.closed
        )
        self.sessions_table = _table(self.sessions_model, "RunSessions")
        self.sessions_table.setMaximumHeight(112)
        self.sessions_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.run_card.body.addWidget(self.sessions_table)
        session_actions = QHBoxLayout()
        self.add_session_button = QPushButton(self.tr("Add a session…"))
        self.mark_button = QPushButton(self.tr("Mark attendance"))
        self.sheet_button = QPushButton(self.tr("Attendance sheet"))
        sheet_menu = QMenu(self.sheet_button)
        self.sheet_action = sheet_menu.addAction(self.tr("This session's sheet…"))
        self.blank_sheet_action = sheet_menu.addAction(self.tr("A blank sheet…"))
        self.run_sheets_action = sheet_menu.addAction(self.tr("The sheets of every session…"))
        self.sheet_button.setMenu(sheet_menu)
        self.change_button = QPushButton(self.tr("Change"))
        change_menu = QMenu(self.change_button)
        self.change_run_action = change_menu.addAction(self.tr("The run…"))
        self.change_session_action = change_menu.addAction(self.tr("This session…"))
        self.change_button.setMenu(change_menu)
        for button in (
            self.add_session_button,
            self.change_button,
            self.mark_button,
            self.sheet_button,
        ):
            button.setAutoDefault(False)
            session_actions.addWidget(button)
        session_actions.addStretch(1)
        self.run_card.body.addLayout(session_actions)

        enrolled_heading = QLabel(self.tr("Enrolled, then the waitlist"))
        enrolled_heading.setObjectName("CardTitle")
        self.run_card.body.addWidget(enrolled_heading)
        self.enrolments_model: RowTableModel[EnrolmentRow] = RowTableModel(
            self._enrolment_columns(),
            self,
            muted=lambda e: e.state is EnrolmentState.CANCELLED,
        )
        self.enrolments_table = _table(self.enrolments_model, "Enrolments")
        self.run_card.body.addWidget(self.enrolments_table, 1)
        enrol_actions = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("Enrol…"))
        self.cancel_button = QPushButton(self.tr("Cancel the enrolment"))
        self.cancel_button.setObjectName("Danger")
        self.certificate_button = QPushButton(self.tr("Certificate…"))
        for button in (self.enrol_button, self.cancel_button, self.certificate_button):
            button.setAutoDefault(False)
            enrol_actions.addWidget(button)
        enrol_actions.addStretch(1)
        self.run_card.body.addLayout(enrol_actions)

        # A FOAD run: the chosen learner's arrival and departure at a workstation.
        self.foad_panel = QWidget()
        self.foad_panel.setObjectName("FoadPanel")
        foad_layout = QVBoxLayout(self.foad_panel)
        foad_layout.setContentsMargins(0, 6, 0, 0)
        foad_heading = QLabel(self.tr("Distance learning: time at a workstation"))
        foad_heading.setObjectName("CardTitle")
        foad_layout.addWidget(foad_heading)
        self.foad_state = QLabel()
        self.foad_state.setObjectName("RunSeats")
        self.foad_state.setWordWrap(True)
        foad_layout.addWidget(self.foad_state)
        self.foad_times_label = QLabel()
        self.foad_times_label.setObjectName("HintLabel")
        self.foad_times_label.setWordWrap(True)
        foad_layout.addWidget(self.foad_times_label)
        foad_actions = QHBoxLayout()
        self.arrival_button = QPushButton(self.tr("Arrival"))
        self.departure_button = QPushButton(self.tr("Departure"))
        self.foad_correct_button = QPushButton(self.tr("Correct a time…"))
        for button in (self.arrival_button, self.departure_button, self.foad_correct_button):
            button.setAutoDefault(False)
            foad_actions.addWidget(button)
        foad_actions.addStretch(1)
        foad_layout.addLayout(foad_actions)
        self.foad_panel.hide()
        self.run_card.body.addWidget(self.foad_panel)
        splitter.addWidget(self.run_card)
        splitter.setSizes([500, 640])

        self.message = QLabel()
        self.message.setObjectName("DoneLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self._wire()
        self._build_shortcuts()
        self._show_week_label()
        self._show_detail(None)
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _week_columns(self) -> list[Column[SessionRow]]:
        return [
            Column(self.tr("Day"), lambda s: short_day(s.day)),
            Column(
                self.tr("Times"),
                lambda s: f"{s.slots[0].start}–{s.slots[-1].end}" if s.slots else "—",
                tooltip=lambda s: slots_text(s.slots),
            ),
            Column(
                self.tr("Course"),
                lambda s: s.course_code,
                tooltip=lambda s: f"{s.course_title}\n{s.run_label}\n{s.module_title}".strip(),
            ),
            Column(self.tr("Site"), lambda s: s.site_name),
            Column(
                self.tr("Seats"),
                lambda s: seats_text(s.capacity, s.seats.enrolled, s.seats.waitlisted),
            ),
            Column(self.tr("State"), self._session_state),
        ]

    def _run_columns(self) -> list[Column[RunRow]]:
        return [
            Column(
                self.tr("Run"),
                lambda r: f"{r.course.code} — {r.label}",
                tooltip=lambda r: r.course.title,
            ),
            Column(
                self.tr("Dates"),
                lambda r: f"{short_day(r.starts_on)} → {short_day(r.ends_on)}",
            ),
            Column(self.tr("Site"), lambda r: r.site_name),
            Column(
                self.tr("Seats"),
                lambda r: seats_text(
                    r.seats.capacity, r.seats.enrolled, r.seats.waitlisted, r.seats.provisional
                ),
            ),
        ]

    def _session_columns(self) -> list[Column[SessionRow]]:
        return [
            Column(self.tr("Day"), lambda s: short_day(s.day)),
            Column(self.tr("Times"), lambda s: slots_text(s.slots)),
            Column(self.tr("Module"), lambda s: s.module_title or "—"),
            Column(self.tr("Trainer"), lambda s: s.trainer_name or "—"),
            Column(self.tr("Attendance"), self._session_state),
        ]

    def _enrolment_state(self, row: EnrolmentRow) -> str:
        text = enrolment_state_text(row)
        if row.training_session_id is None or self.detail is None:
            return text
        day = next((s.day for s in self.detail.sessions if s.id == row.training_session_id), None)
        if day is None:
            return text
        return text + " · " + self.tr("{day} only").format(day=short_day(day))

    def _enrolment_columns(self) -> list[Column[EnrolmentRow]]:
        return [
            Column(
                self.tr("Name"),
                lambda e: e.member_name,
                tooltip=lambda e: self.tr("Card {number}").format(number=e.card_number),
            ),
            Column(self.tr("Card"), lambda e: e.card_number),
            Column(self.tr("State"), self._enrolment_state),
            Column(self.tr("Phone"), lambda e: e.phone or "—"),
            Column(
                self.tr("FOAD"),
                self._foad_cell,
                tooltip=lambda e: (
                    self._foad_cell(e)
                    + "\n"
                    + self.tr(
                        "Distance learning: since when the learner is at a workstation, and "
                        "their hours recorded"
                    )
                ),
            ),
        ]

    def _foad_cell(self, row: EnrolmentRow) -> str:
        """A FOAD learner at a glance: at a workstation since when, and their hours."""
        detail = self.detail
        if detail is None or row.id not in detail.foad:
            return ""
        running = detail.running(row.id)
        hours = hours_text(foad_hours(detail.foad[row.id]))
        if running is not None and running.left_running(datetime.now(UTC)):
            return self.tr("{day} never ended · {hours}").format(
                day=short_day(_paris_day(running.time_in)), hours=hours
            )
        if running is not None:
            return self.tr("since {time} · {hours}").format(
                time=self._since(running.time_in), hours=hours
            )
        return hours

    def _since(self, moment: datetime) -> str:
        """ "14:05" today, "Mon 3 Nov 14:05" for a time left running since another day."""
        if _paris_day(moment) == paris_today():
            return wall_time(moment)
        return f"{short_day(_paris_day(moment))} {wall_time(moment)}"

    def _session_state(self, row: SessionRow) -> str:
        if row.closed:
            return self.tr("closed") + (
                " · " + self.tr("signed sheet") if row.scanned_sheet else ""
            )
        if row.day < paris_today():
            return self.tr("to close")
        if row.day == paris_today():
            return self.tr("today")
        return ""

    def _wire(self) -> None:
        self.site_button.clicked.connect(lambda: self.set_network(False))
        self.network_button.clicked.connect(lambda: self.set_network(True))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_this_week)
        self.new_run_button.clicked.connect(self.new_run)
        self.add_session_button.clicked.connect(self.add_session)
        self.change_run_action.triggered.connect(self.change_run)
        self.change_session_action.triggered.connect(self.change_session)
        self.mark_button.clicked.connect(self.mark_attendance)
        self.sheet_action.triggered.connect(lambda: self.print_sheet(blank=False))
        self.blank_sheet_action.triggered.connect(lambda: self.print_sheet(blank=True))
        self.run_sheets_action.triggered.connect(self.print_run_sheets)
        self.enrol_button.clicked.connect(self.enrol)
        self.cancel_button.clicked.connect(self.cancel_enrolment)
        self.certificate_button.clicked.connect(self.print_certificate)
        self.arrival_button.clicked.connect(self.record_arrival)
        self.foad_correct_button.clicked.connect(self.correct_foad_time)
        self.departure_button.clicked.connect(self.record_departure)
        self.week_table.selectionModel().currentRowChanged.connect(self._on_week_row_changed)
        self.runs_table.selectionModel().currentRowChanged.connect(self._on_runs_row_changed)
        self.sessions_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.enrolments_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        for table in (self.week_table, self.sessions_table):
            table.activated.connect(lambda _i, t=table: self._on_session_activated(t))
            table.installEventFilter(self)
        self.runs_table.activated.connect(lambda _i: self.enrolments_table.setFocus())
        self.enrolments_table.installEventFilter(self)

    def _build_shortcuts(self) -> None:
        """Keys of the page, live while it is shown."""
        specs = [
            ("PgUp", self.tr("Previous week"), lambda: self.step(-1), self.previous_button),
            ("PgDown", self.tr("Next week"), lambda: self.step(1), self.next_button),
            ("Ctrl+T", self.tr("This week"), self.go_this_week, self.today_button),
            (
                "Ctrl+Shift+W",
                self.tr("This site or the whole network"),
                lambda: self.set_network(not self.network),
                self.network_button,
            ),
            ("Ctrl+N", self.tr("New run"), self.new_run, self.new_run_button),
            ("Ctrl+Shift+N", self.tr("Add a session"), self.add_session, self.add_session_button),
            ("Ctrl+M", self.tr("Mark attendance"), self.mark_attendance, self.mark_button),
            ("Ctrl+P", self.tr("Attendance sheet"), lambda: self.print_sheet(blank=False), None),
            ("Ctrl+Shift+P", self.tr("The sheets of every session"), self.print_run_sheets, None),
            ("Ctrl+B", self.tr("A blank sheet"), lambda: self.print_sheet(blank=True), None),
            ("Ctrl+E", self.tr("Enrol"), self.enrol, self.enrol_button),
            (
                "Ctrl+Shift+C",
                self.tr("Certificate"),
                self.print_certificate,
                self.certificate_button,
            ),
            ("Ctrl+Shift+A", self.tr("Arrival"), self.record_arrival, self.arrival_button),
            (
                "Ctrl+Shift+D",
                self.tr("Departure"),
                self.record_departure,
                self.departure_button,
            ),
            (
                "Ctrl+Shift+H",
                self.tr("Correct a time"),
                self.correct_foad_time,
                self.foad_correct_button,
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
        self.sheet_button.setToolTip(
            self.tr("This session (Ctrl+P), a blank sheet (Ctrl+B), every session (Ctrl+Shift+P)")
        )
        self.cancel_button.setToolTip(self.tr("Cancel the enrolment (Delete in the list)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if watched is self.enrolments_table and key == Qt.Key.Key_Delete:
                self.cancel_enrolment()
                return True
            if watched in (self.week_table, self.sessions_table) and key in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                assert isinstance(watched, QTableView)
                self._on_session_activated(watched)
                return True
        return super().eventFilter(watched, event)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        monday, today = self.monday, paris_today()
        site_id = None if self.network else self.context.site.id
        self.context.tasks.run_read(
            lambda s: _week(s, monday, site_id, today), self._on_week_loaded, self._on_failed
        )
        if self.detail is not None:
            self.load_run(self.detail.run.id)

    def _on_week_loaded(self, week: WeekRead) -> None:
        if week.monday != self.monday or week.network != self.network:
            return  # the animator moved on meanwhile
        self.week = week
        self.loaded = True
        current = self._row_of(self.week_table)
        self.week_model.set_rows(week.sessions)
        self.runs_model.set_rows(week.runs)
        self.week_table.setColumnHidden(3, not self.network)
        self.runs_table.setColumnHidden(2, not self.network)  # this site's: the name has room
        if week.sessions:
            self.week_empty.hide()
            ids = [s.id for s in week.sessions]
            wanted = current.id if isinstance(current, SessionRow) else None
            row = ids.index(wanted) if wanted in ids else 0
            self._restoring = True
            try:
                self.week_table.setCurrentIndex(self.week_model.index(row, 0))
            finally:
                self._restoring = False
            if self._wanted_run is None:
                self.load_run(week.sessions[row].run_id, week.sessions[row].id)
        else:
            self.week_empty.setText(
                self.tr("No training session this week. PgDown: next week; Ctrl+N: a new run.")
            )
            self.week_empty.show()
        self._update_buttons()

    def load_run(self, run_id: str, session_id: str | None = None) -> None:
        self._wanted_run = run_id
        if session_id is not None:
            self._wanted_session = session_id
        viewer = self.context.site.id
        self.context.tasks.run_read(
            lambda s: _detail(s, run_id, viewer), self._on_detail_loaded, self._on_failed
        )

    def _on_detail_loaded(self, detail: RunDetail) -> None:
        if detail.run.id != self._wanted_run:
            return
        if self.detail is None or self.detail.run.id != detail.run.id:
            self.call_label.hide()
        previous_session = self.current_session()
        previous_enrolment = self.current_enrolment()
        self._show_detail(detail)
        wanted = self._wanted_session or (previous_session.id if previous_session else None)
        self._wanted_session = None
        ids = [s.id for s in detail.sessions]
        if ids:
            row = ids.index(wanted) if wanted in ids else _next_row(detail.sessions)
            self.sessions_table.setCurrentIndex(self.sessions_model.index(row, 0))
        enrolment_ids = [e.id for e in detail.enrolments]
        if enrolment_ids:
            keep = self._select_enrolment or (previous_enrolment.id if previous_enrolment else None)
            self._select_enrolment = None
            row = enrolment_ids.index(keep) if keep in enrolment_ids else 0
            self.enrolments_table.setCurrentIndex(self.enrolments_model.index(row, 0))
        self._update_buttons()

    def _show_detail(self, detail: RunDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.run_info.clear()
            self.seats_label.clear()
            self.sessions_model.set_rows([])
            self.enrolments_model.set_rows([])
            self.enrolments_table.setColumnHidden(4, True)
            self.enrolments_table.setColumnHidden(1, False)
            self.foad_panel.hide()
            self.sessions_table.show()
            self._update_buttons()
            return
        run = detail.run
        self.run_title.setText(run.label)
        self.run_title.setToolTip(run.course.title)
        parts = [
            run.course.title,
            run.site_name,
            self.tr("{first} to {last}").format(
                first=day_text(run.starts_on, "d MMMM"), last=day_text(run.ends_on, "d MMMM yyyy")
            ),
            self.tr("%n session(s)", "", len(detail.sessions)),
            self.tr("{hours} planned").format(hours=hours_text(run.course.planned_hours)),
        ]
        if run.funding_line is not None:
            funding = run.funding_line
            parts.append(
                self.tr("funded: {funder}, operation {number}").format(
                    funder=funding.funder_name, number=funding.operation_number
                )
                if funding.operation_number
                else self.tr("funded: {funder}").format(funder=funding.funder_name)
            )
        self.run_info.setText(" · ".join(parts))
        parts = []
        seats = run.seats
        seat_text = (
            self.tr("%n seat(s) taken", "", seats.enrolled)
            + " "
            + self.tr("of {capacity}").format(capacity=seats.capacity)
        )
        if seats.waitlisted:
            seat_text += ", " + self.tr("%n on the waitlist", "", seats.waitlisted)
        elif seats.free:
            seat_text += ", " + self.tr("%n free", "", seats.free)
        parts.append(seat_text)
        if seats.provisional:
            parts.append(self.tr("%n provisional", "", seats.provisional))
        self.seats_label.setToolTip(
            self.tr(
                "Provisional: made at a desk and not yet confirmed by the central store; "
                "a confirmed seat is never taken back."
            )
        )
        self.seats_label.setText(" · ".join(parts))
        self.sessions_model.set_rows(detail.sessions)
        self.enrolments_model.set_rows(detail.enrolments)
        foad = run.course.is_foad
        self.enrolments_table.setColumnHidden(4, not foad)
        self.enrolments_table.setColumnHidden(1, foad)  # the card is in the name's tooltip
        self.foad_panel.setVisible(foad)
        # Time in and out instead of fixed sessions: the room goes to the learners.
        self.sessions_table.setVisible(not (foad and not detail.sessions))
        header = self.enrolments_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loaded:
            self.refresh()

    # --- navigation ----------------------------------------------------------------------

    def set_week(self, day: date) -> None:
        self.monday = _monday(day)
        self.message.clear()
        self.error.clear_error()
        self._show_week_label()
        self.refresh()

    def step(self, direction: int) -> None:
        self.set_week(self.monday + timedelta(weeks=direction))

    def go_this_week(self) -> None:
        self.set_week(paris_today())

    def set_network(self, network: bool) -> None:
        self.network = network
        self.network_button.setChecked(network)
        self.site_button.setChecked(not network)
        self.header.subtitle.setText(
            self.tr("The whole network") if network else self.context.site.name
        )
        self.week = None
        self.refresh()

    def _show_week_label(self) -> None:
        sunday = self.monday + timedelta(days=6)
        text = self.tr("Week of {first} to {last}").format(
            first=day_text(self.monday, "d MMMM"), last=day_text(sunday, "d MMMM yyyy")
        )
        if self.monday == _monday(paris_today()):
            text = self.tr("{week} (this week)").format(week=text)
        self.week_label.setText(text)

    def _on_week_row_changed(self) -> None:
        if self._restoring:
            return
        row = self._row_of(self.week_table)
        if isinstance(row, SessionRow):
            self.load_run(row.run_id, row.id)

    def _on_runs_row_changed(self) -> None:
        row = self._row_of(self.runs_table)
        if isinstance(row, RunRow):
            self.load_run(row.id)

    def _on_session_activated(self, table: QTableView) -> None:
        row = self._row_of(table)
        if isinstance(row, SessionRow):
            self.open_marking(row)

    # --- what is chosen ------------------------------------------------------------------

    @staticmethod
    def _row_of(table: QTableView) -> object:
        index = table.currentIndex()
        return index.data(RowRole.ROW) if index.isValid() else None

    def current_session(self) -> SessionRow | None:
        row = self._row_of(self.sessions_table)
        return row if isinstance(row, SessionRow) else None

    def current_enrolment(self) -> EnrolmentRow | None:
        row = self._row_of(self.enrolments_table)
        return row if isinstance(row, EnrolmentRow) else None

    def _owns(self, site_id: str) -> bool:
        return site_id == self.context.site.id

    def _update_buttons(self) -> None:
        detail = self.detail
        session = self.current_session()
        enrolment = self.current_enrolment()
        owned = detail is not None and self._owns(detail.run.site_id)
        self.add_session_button.setEnabled(owned)
        self.change_button.setEnabled(owned)
        self.change_session_action.setEnabled(owned and session is not None and not session.closed)
        self.mark_button.setEnabled(session is not None)
        self.sheet_button.setEnabled(detail is not None)
        self.sheet_action.setEnabled(session is not None and owned)
        self.blank_sheet_action.setEnabled(session is not None and owned)
        self.run_sheets_action.setEnabled(owned and bool(detail and detail.sessions))
        self.enrol_button.setEnabled(detail is not None and detail.run.ends_on >= paris_today())
        self.cancel_button.setEnabled(
            enrolment is not None and enrolment.state is not EnrolmentState.CANCELLED
        )
        any_closed = any(s.closed for s in (detail.sessions if detail else []))
        self.certificate_button.setEnabled(
            enrolment is not None and enrolment.state is EnrolmentState.ENROLLED and any_closed
        )
        # Why it is greyed, where the animator looks.
        if not any_closed:
            why = self.tr("A certificate comes from locked attendance: close a session first.")
        elif enrolment is None or enrolment.state is not EnrolmentState.ENROLLED:
            why = self.tr("Choose an enrolled learner in the list.")
        else:
            why = self.tr("The learner's certificate (Ctrl+Shift+C)")
        self.certificate_button.setToolTip(why)
        self._update_foad(enrolment)

    def _update_foad(self, enrolment: EnrolmentRow | None) -> None:
        """The chosen FOAD learner: here or not, today's times, their hours; which of
        Arrival and Departure applies."""
        detail = self.detail
        if detail is None or not detail.run.course.is_foad:
            self.arrival_button.setEnabled(False)
            self.departure_button.setEnabled(False)
            self.foad_correct_button.setEnabled(False)
            return
        enrolled = enrolment is not None and enrolment.state is EnrolmentState.ENROLLED
        running = detail.running(enrolment.id) if enrolment is not None else None
        today = paris_today()
        # A time left running on an earlier day counts nothing: Arrival starts today's.
        forgotten = running is not None and running.left_running(datetime.now(UTC))
        self.arrival_button.setEnabled(enrolled and (running is None or forgotten))
        self.departure_button.setEnabled(enrolled and running is not None)
        correctable = self._correctable(enrolment)
        self.foad_correct_button.setEnabled(bool(correctable))
        self.foad_correct_button.setToolTip(
            self.tr("Correct a time (Ctrl+Shift+H)")
            if self.foad_correct_button.isEnabled()
            else self.tr("Choose a learner with a time already ended, or never ended.")
        )
        self.arrival_button.setToolTip(
            self.tr("Arrival (Ctrl+Shift+A)")
            if self.arrival_button.isEnabled()
            else self.tr("Choose an enrolled learner who is not at a workstation.")
        )
        self.departure_button.setToolTip(
            self.tr("Departure (Ctrl+Shift+D)")
            if self.departure_button.isEnabled()
            else self.tr("Choose a learner at a workstation.")
        )
        if enrolment is None:
            self.foad_state.setText(self.tr("Choose an enrolled learner in the list."))
            self.foad_times_label.clear()
            return
        if not enrolled:
            self.foad_state.setText(
                self.tr(
                    "{name} is not enrolled: only an enrolled learner's time is recorded."
                ).format(name=enrolment.member_name)
            )
            self.foad_times_label.clear()
            return
        times = detail.foad.get(enrolment.id, [])
        if running is not None and forgotten:
            state = self.tr(
                "{name}'s time of {day} was never ended: it counts no hours until corrected."
            ).format(name=enrolment.member_name, day=short_day(_paris_day(running.time_in)))
        elif running is not None:
            state = self.tr("{name} is at a workstation since {time}.").format(
                name=enrolment.member_name, time=self._since(running.time_in)
            )
        else:
            state = self.tr("{name} is not at a workstation.").format(name=enrolment.member_name)
        self.foad_state.setText(state)
        todays = [
            f"{wall_time(t.time_in)}–{wall_time(t.time_out) if t.time_out else '…'}"
            for t in times
            if _paris_day(t.time_in) == today
        ]
        lines = [
            self.tr("Today: {times}").format(times=", ".join(todays))
            if todays
            else self.tr("Today: no time yet."),
            self.tr("Total: {hours} over %n time(s)", "", len(times)).format(
                hours=hours_text(foad_hours(times))
            )
            if times
            else self.tr("No time recorded yet."),
        ]
        self.foad_times_label.setText("\n".join(lines))

    # --- a run and its sessions ------------------------------------------------------------

    def new_run(self) -> None:
        def op(session: Session) -> tuple[list, list]:  # type: ignore[type-arg]
            from lam_desk.services import training

            return training.courses(session), training.funding_lines(session)

        self.context.tasks.run_read(op, self._open_run_dialog, self._on_failed)

    def _open_run_dialog(
        self,
        loaded: tuple[list, list],  # type: ignore[type-arg]
        seen: RunRow | None = None,
    ) -> None:
        from lam_desk.ui.training_dialogs import RunDialog

        courses, lines = loaded
        dialog = RunDialog(self.context, courses, lines, seen, self, today=paris_today())
        dialog.saved.connect(self._on_run_saved if seen is None else self._on_run_changed)
        self.dialog = dialog
        dialog.open()

    def change_run(self) -> None:
        """The run's label, seats, dates or funding (its course and site stay)."""
        detail = self.detail
        if detail is None or not self._owns(detail.run.site_id):
            return
        seen = detail.run

        def op(session: Session) -> tuple[list, list]:  # type: ignore[type-arg]
            from lam_desk.services import training

            return training.courses(session), training.funding_lines(session)

        self.context.tasks.run_read(
            op, lambda loaded: self._open_run_dialog(loaded, seen), self._on_failed
        )

    def _on_run_changed(self, run: RunRow) -> None:
        self.message.setText(self.tr("Run changed: {label}.").format(label=run.label))
        self.training_changed.emit()
        self.refresh()
        self.load_run(run.id)

    def change_session(self) -> None:
        """A séance's day, times, module, trainer, seats or workstations, until it is closed."""
        detail, seance = self.detail, self.current_session()
        if detail is None or seance is None or seance.closed or not self._owns(seance.site_id):
            return
        self._open_session_dialog_for(detail.run, None, seen=seance)

    def _on_run_saved(self, run: RunRow) -> None:
        self.message.setText(
            self.tr("Run created: {label}. Now its sessions.").format(label=run.label)
        )
        self.training_changed.emit()
        self.set_week(run.starts_on)
        self.load_run(run.id)
        self._open_session_dialog_for(run, None)

    def add_session(self) -> None:
        detail = self.detail
        if detail is None or not self._owns(detail.run.site_id):
            return
        previous = detail.sessions[-1] if detail.sessions else None
        self._open_session_dialog_for(detail.run, previous)

    def _open_session_dialog_for(
        self, run: RunRow, previous: SessionRow | None, *, seen: SessionRow | None = None
    ) -> None:
        site_id = run.site_id
        day = seen.day if seen else previous.day if previous else run.starts_on

        def op(session: Session) -> tuple[list[StaffRow], list[TimelineStation]]:
            from lam_desk.services import bookings, staff

            accounts = [
                a
                for a in staff.list_accounts(session)
                if a.active and (a.home_site_id in (site_id, None) or a.is_coordinator)
            ]
            stations = list(bookings.day_timeline(session, site_id, day).stations)
            return accounts, stations

        self.context.tasks.run_read(
            op,
            lambda loaded: self._open_session_dialog(run, previous, *loaded, seen=seen),
            self._on_failed,
        )

    def _open_session_dialog(
        self,
        run: RunRow,
        previous: SessionRow | None,
        accounts: list[StaffRow],
        stations: list[TimelineStation],
        *,
        seen: SessionRow | None = None,
    ) -> None:
        from lam_desk.ui.training_dialogs import SessionDialog

        dialog = SessionDialog(
            self.context, run, accounts, stations, previous=previous, seen=seen, parent=self
        )
        dialog.saved.connect(self._on_session_saved if seen is None else self._on_session_changed)
        self.dialog = dialog
        dialog.open()

    def _on_session_saved(self, row: SessionRow) -> None:
        self.message.setText(
            self.tr("Session added: {day}, {times}.").format(
                day=day_text(row.day), times=slots_text(row.slots)
            )
        )
        self.training_changed.emit()
        self.refresh()
        self.load_run(row.run_id, row.id)

    def _on_session_changed(self, row: SessionRow) -> None:
        self.message.setText(
            self.tr("Session changed: {day}, {times}.").format(
                day=day_text(row.day), times=slots_text(row.slots)
            )
        )
        self.training_changed.emit()
        self.refresh()
        self.load_run(row.run_id, row.id)

    # --- enrolments ----------------------------------------------------------------------

    def enrol(self) -> None:
        detail = self.detail
        if detail is None or not self.enrol_button.isEnabled():
            return
        from lam_desk.ui.training_dialogs import EnrolDialog

        # The séance chosen on the page, while one may still enrol in it: the dialog offers it
        # alone beside the whole run.
        seance = self.current_session()
        if seance is not None and (seance.closed_at is not None or seance.day < paris_today()):
            seance = None
        dialog = EnrolDialog(self.context, detail.run, self, session=seance)
        dialog.enrolled.connect(self._on_enrolled)
        dialog.finished.connect(lambda _r: self.enrolments_table.setFocus())
        self.dialog = dialog
        dialog.open()

    def _on_enrolled(self, row: EnrolmentRow) -> None:
        self.training_changed.emit()
        self.load_run(row.run_id)
        self.refresh_week_only()

    def refresh_week_only(self) -> None:
        monday, today = self.monday, paris_today()
        site_id = None if self.network else self.context.site.id
        self.context.tasks.run_read(
            lambda s: _week(s, monday, site_id, today), self._on_week_loaded, self._on_failed
        )

    def cancel_enrolment(self) -> QMessageBox | None:
        row = self.current_enrolment()
        if row is None or row.state is EnrolmentState.CANCELLED:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel the enrolment"))
        if row.state is EnrolmentState.ENROLLED:
            text = self.tr(
                "Cancel the enrolment of {name}? Their seat goes to the first person on the "
                "waitlist, if any."
            )
        else:
            text = self.tr("Take {name} off the waitlist?")
        box.setText(text.format(name=row.member_name))
        yes = box.addButton(self.tr("Cancel the enrolment"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.finished.connect(lambda _r: self._on_cancel_answered(box, yes, row))
        self.cancel_box = box
        box.open()
        return box

    def _on_cancel_answered(self, box: QMessageBox, yes: QPushButton, row: EnrolmentRow) -> None:
        if box.clickedButton() is not yes:
            self.enrolments_table.setFocus()
            return
        actor, site_id = self.context.account, self.context.site.id

        def op(session: Session) -> CancelOutcome:
            from lam_desk.services import training

            return training.cancel_enrolment(session, actor, site_id, row.id)

        self.context.tasks.run_write(op, self._on_cancelled, self._on_failed)

    def _on_cancelled(self, outcome: CancelOutcome) -> None:
        self.error.clear_error()
        self.message.setText(
            self.tr("Enrolment cancelled: {name}.").format(name=outcome.cancelled.member_name)
        )
        promoted = outcome.promoted
        self._select_enrolment = promoted.id if promoted else None
        if promoted is not None:
            self.call_label.setText(self._call_text(promoted))
            self.call_label.show()
        else:
            self.call_label.hide()
        self.training_changed.emit()
        self.load_run(outcome.cancelled.run_id)
        self.refresh_week_only()
        self.enrolments_table.setFocus()

    def _call_text(self, promoted: EnrolmentRow) -> str:
        if promoted.phone:
            return self.tr(
                "☎ To call: {name} was first on the waitlist and now has a seat. Phone: {phone}."
            ).format(name=promoted.member_name, phone=promoted.phone)
        served = {s.id: s.name for s in self.context.node.served_sites}
        home = served.get(promoted.home_site_id or "")
        if home and promoted.home_site_id != self.context.site.id:
            return self.tr(
                "☎ To call: {name} was first on the waitlist and now has a seat. "
                "Their phone is kept at {site}."
            ).format(name=promoted.member_name, site=home)
        if promoted.home_site_id == self.context.site.id:
            return self.tr(
                "☎ To call: {name} was first on the waitlist and now has a seat. "
                "No phone on their card."
            ).format(name=promoted.member_name)
        return self.tr(
            "☎ To tell: {name} was first on the waitlist and now has a seat. Their phone "
            "is kept at their home site."
        ).format(name=promoted.member_name)

    # --- FOAD: time in and out ------------------------------------------------------------

    def record_arrival(self) -> None:
        """The chosen FOAD learner sits at a workstation of this site (refused, with the
        reason, when not enrolled or already here)."""
        self._record_foad(arrival=True)

    def record_departure(self) -> None:
        """The chosen FOAD learner leaves: their time running is closed now."""
        self._record_foad(arrival=False)

    def _record_foad(self, *, arrival: bool) -> None:
        detail, row = self.detail, self.current_enrolment()
        if detail is None or row is None or not detail.run.course.is_foad:
            return
        running = detail.running(row.id)
        self._forgotten = (
            running if running is not None and running.left_running(datetime.now(UTC)) else None
        )
        actor, site_id, enrolment_id = self.context.account, self.context.site.id, row.id

        def op(session: Session) -> FoadTimeRow:
            from lam_desk.services import training

            record = training.foad_time_in if arrival else training.foad_time_out
            return record(session, actor, site_id, enrolment_id)

        self.context.tasks.run_write(
            op, lambda time: self._on_foad_recorded(time, arrival), self._on_failed
        )

    def _on_foad_recorded(self, time: FoadTimeRow, arrival: bool) -> None:
        self.error.clear_error()
        forgotten, self._forgotten = self._forgotten, None
        ended_unseen = self.tr(
            "{name}'s time of {day} was still running: it counts no hours until its real "
            "departure is typed (Correct a time, Ctrl+Shift+H)."
        )
        if arrival:
            text = self.tr("Arrival of {name} at {time}.").format(
                name=time.member_name, time=wall_time(time.time_in)
            )
            if forgotten is not None and forgotten.enrolment_id == time.enrolment_id:
                text += " " + ended_unseen.format(
                    name=time.member_name, day=short_day(_paris_day(forgotten.time_in))
                )
        elif time.ended_unseen() and _paris_day(time.time_in) < paris_today():
            text = ended_unseen.format(
                name=time.member_name, day=short_day(_paris_day(time.time_in))
            )
        else:
            assert time.time_out is not None
            text = self.tr("Departure of {name} at {time}: {hours} this time.").format(
                name=time.member_name, time=wall_time(time.time_out), hours=hours_text(time.hours)
            )
        self.message.setText(text)
        self._select_enrolment = time.enrolment_id
        self.training_changed.emit()
        if self.detail is not None:
            self.load_run(self.detail.run.id)
        self.enrolments_table.setFocus()

    def _correctable(self, enrolment: EnrolmentRow | None) -> list[FoadTimeRow]:
        """The learner's times this desk may correct: its site's, ended or left running on
        an earlier day (today's running time ends with Departure)."""
        detail = self.detail
        if detail is None or enrolment is None:
            return []
        now = datetime.now(UTC)
        return [
            t
            for t in detail.foad.get(enrolment.id, [])
            if self._owns(t.site_id) and t.correctable(now)
        ]

    def correct_foad_time(self) -> None:
        """Correct one of the chosen FOAD learner's times, with a reason."""
        row = self.current_enrolment()
        times = self._correctable(row)
        if row is None or not times:
            return
        from lam_desk.ui.training_dialogs import FoadTimeDialog

        dialog = FoadTimeDialog(self.context, row.member_name, times, self)
        dialog.corrected.connect(self._on_foad_corrected)
        dialog.finished.connect(lambda _r: self.enrolments_table.setFocus())
        self.dialog = dialog
        dialog.open()

    def _on_foad_corrected(self, time: FoadTimeRow) -> None:
        assert time.time_out is not None
        self.error.clear_error()
        self.message.setText(
            self.tr("Time of {name} corrected: {start}–{end}, {hours}.").format(
                name=time.member_name,
                start=wall_time(time.time_in),
                end=wall_time(time.time_out),
                hours=hours_text(time.hours),
            )
        )
        self._select_enrolment = time.enrolment_id
        self.training_changed.emit()
        if self.detail is not None:
            self.load_run(self.detail.run.id)

    # --- attendance ----------------------------------------------------------------------

    def mark_attendance(self) -> None:
        session = self.current_session()
        if session is not None:
            self.open_marking(session)

    def open_marking(self, row: SessionRow) -> QWidget:
        from lam_desk.ui.attendance import AttendanceDialog

        dialog = AttendanceDialog(self.context, row, self)
        dialog.changed.connect(self._on_attendance_changed)
        dialog.sheet_requested.connect(lambda sid, blank: self._sheet(sid, blank, dialog))
        dialog.finished.connect(lambda _r: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_attendance_changed(self, _row: SessionRow) -> None:
        self.training_changed.emit()

    # --- paper ---------------------------------------------------------------------------

    def print_sheet(self, *, blank: bool) -> None:
        session = self.current_session()
        if session is None or not self._owns(session.site_id):
            return
        self._sheet(session.id, blank, self)

    def _sheet(self, session_id: str, blank: bool, parent: QWidget) -> None:
        actor = self.context.account

        def op(session: Session) -> list[SheetData]:
            from lam_desk.services import training

            return [training.attendance_sheet(session, actor, session_id, blank=blank)]

        self._render_sheets(op, parent, blank=blank)

    def print_run_sheets(self) -> None:
        detail = self.detail
        if detail is None or not detail.sessions or not self._owns(detail.run.site_id):
            return
        actor, run_id = self.context.account, detail.run.id

        def op(session: Session) -> list[SheetData]:
            from lam_desk.services import training

            return training.run_sheets(session, actor, run_id)

        self._render_sheets(op, self, blank=False)

    def _render_sheets(self, op: object, parent: QWidget, *, blank: bool) -> None:
        def made(sheets: list[SheetData]) -> None:
            path = temporary_pdf("emargement")
            self.context.tasks.run(
                removed_on_failure(path, lambda: render_sheets(sheets, path)),
                lambda done: self._preview_sheets(done, sheets, parent, blank),
                self._on_failed,
            )

        self.context.tasks.run_write(op, made, self._on_failed)  # type: ignore[arg-type]

    def _preview_sheets(
        self, path: Path, sheets: list[SheetData], parent: QWidget, blank: bool
    ) -> None:
        from lam_desk.ui.pdf_preview import PdfPreviewDialog

        first = sheets[0]
        if blank:
            title = self.tr("Blank attendance sheet")
            name = f"emargement-vierge-{first.course_code}-{first.day.isoformat()}.pdf"
        elif len(sheets) > 1:
            title = self.tr("Attendance sheets of the run ({count})").format(count=len(sheets))
            name = f"emargement-{first.course_code}-{first.run_label}.pdf".replace("/", "-")
        else:
            title = self.tr("Attendance sheet no. {number}").format(number=first.sheet_number)
            name = f"emargement-{first.sheet_number}.pdf"
        note = self.tr(
            "Each learner signs the box of each half-day; the trainer signs under each "
            "half-day. The sheet number and its fingerprint are kept with the session."
        )
        self.preview = PdfPreviewDialog(path, title, name, parent, note=note)
        self.preview.open()
        self.training_changed.emit()

    def print_certificate(self) -> None:
        row = self.current_enrolment()
        if row is None or not self.certificate_button.isEnabled():
            return
        actor = self.context.account

        def op(session: Session) -> CertificateData:
            from lam_desk.services import training

            return training.certificate(session, actor, row.id)

        def made(data: CertificateData) -> None:
            path = temporary_pdf("attestation")
            self.context.tasks.run(
                removed_on_failure(path, lambda: render_certificate(data, path)),
                lambda done: self._preview_certificate(done, data, row),
                self._on_failed,
            )

        self.context.tasks.run_write(op, made, self._on_failed)

    def _preview_certificate(self, path: Path, data: CertificateData, row: EnrolmentRow) -> None:
        from lam_desk.ui.pdf_preview import PdfPreviewDialog

        title = self.tr("Certificate — {name}").format(name=data.member_name)
        name = f"attestation-{data.course_code}-{row.card_number}.pdf"
        self.preview = PdfPreviewDialog(path, title, name, self)
        self.preview.open()

    def _on_failed(self, error: BaseException) -> None:
        self.message.clear()
        self.error.show_failure(error)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _next_row(sessions: list[SessionRow]) -> int:
    """The session to show first: today's, else the next one, else the last."""
    today = paris_today()
    for row, session in enumerate(sessions):
        if session.day >= today:
            return row
    return max(len(sessions) - 1, 0)


def _table(model: RowTableModel, name: str) -> QTableView:  # type: ignore[type-arg]
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
