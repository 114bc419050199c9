"""The dialogs of the Training page: a run, its sessions, enrolling members one after the
other, a late arrival's time, a walk-in, and a coordinator's correction of locked attendance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.wallclock import PARIS
from lam_desk.errors import FieldError
from lam_desk.services.dto_training import (
    AttendanceView,
    CourseRow,
    EnrolmentRow,
    EnrolmentState,
    FoadTimeRow,
    FundingLineRow,
    HalfDay,
    MarkDraft,
    Presence,
    RunDraft,
    RunRow,
    SessionDraft,
    SessionRow,
    Slot,
)
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.member_search import MemberSearchBox
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto import MemberRow, StaffRow, TimelineStation


# --- how training is written at the desk ------------------------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def day_text(day: date, pattern: str = "dddd d MMMM yyyy") -> str:
    """ "mardi 10 mars 2026" in the desk's language."""
    return QLocale().toString(qdate(day), pattern)


def short_day(day: date) -> str:
    """ "mar. 10/03" in the desk's language."""
    return QLocale().toString(qdate(day), "ddd dd/MM")


def slots_text(slots: tuple[Slot, ...]) -> str:
    """ "09:00–12:00, 14:00–17:00"."""
    return ", ".join(f"{slot.start}–{slot.end}" for slot in slots)


def half_day_text(half: HalfDay) -> str:
    if half is HalfDay.MORNING:
        return QCoreApplication.translate("Training", "Morning")
    return QCoreApplication.translate("Training", "Afternoon")


def hours_text(hours: float) -> str:
    """ "3 h", "2 h 45": hours as the desk says them."""
    minutes = round(hours * 60)
    whole, rest = divmod(minutes, 60)
    return f"{whole} h {rest:02d}" if rest else f"{whole} h"


def presence_text(state: Presence | None, arrival: str | None = None) -> str:
    """The word of a box of the marking screen."""
    if state is None:
        return QCoreApplication.translate("Training", "to mark")
    if state is Presence.PRESENT:
        return QCoreApplication.translate("Training", "Present")
    if state is Presence.ABSENT:
        return QCoreApplication.translate("Training", "Absent")
    if state is Presence.EXCUSED:
        return QCoreApplication.translate("Training", "Excused")
    if arrival:
        return QCoreApplication.translate("Training", "Late, {time}").format(time=arrival)
    return QCoreApplication.translate("Training", "Late")


def enrolment_state_text(row: EnrolmentRow) -> str:
    if row.state is EnrolmentState.ENROLLED:
        text = QCoreApplication.translate("Training", "enrolled")
    elif row.state is EnrolmentState.WAITLISTED:
        text = QCoreApplication.translate("Training", "waitlist no. {position}").format(
            position=row.waitlist_position or "?"
        )
    else:
        text = QCoreApplication.translate("Training", "cancelled")
    if row.provisional and row.state is not EnrolmentState.CANCELLED:
        text += " · " + QCoreApplication.translate("Training", "provisional")
    return text


def _time_edit(hhmm: str) -> QTimeEdit:
    hours, _, minutes = hhmm.partition(":")
    edit = QTimeEdit(QTime(int(hours), int(minutes)))
    edit.setDisplayFormat("HH:mm")
    return edit


def _quarter_past(hhmm: str) -> str:
    hours, _, minutes = hhmm.partition(":")
    total = int(hours) * 60 + int(minutes) + 15
    return f"{total // 60:02d}:{total % 60:02d}"


def _hhmm(edit: QTimeEdit) -> str:
    return edit.time().toString("HH:mm")


def _buttons(ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("Primary")
    ok.setDefault(True)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("TrainingDialogs", "Cancel"))
    cancel.setAutoDefault(False)  # Enter saves, even after the save button was disabled
    return box, ok


# --- a run -----------------------------------------------------------------------------------


class RunDialog(QDialog):
    """Create a run of a course at the site (or change one): course, label, seats, dates,
    funding. Enter saves, Escape closes.

    Signals:
    saved(RunRow): the run was saved.
    """

    saved = Signal(object)

    def __init__(
        self,
        context: DeskContext,
        courses: list[CourseRow],
        funding_lines: list[FundingLineRow],
        seen: RunRow | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.seen = seen
        self._label_typed = seen is not None
        self.setWindowTitle(self.tr("New run") if seen is None else self.tr("Change the run"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.course = QComboBox()
        site_id = seen.site_id if seen else context.site.id
        for course in courses:
            if course.site_ids and site_id not in course.site_ids and seen is None:
                continue
            hours = hours_text(course.planned_hours)
            self.course.addItem(f"{course.code} — {course.title} ({hours})", course.id)
            self.course.setItemData(self.course.count() - 1, course, Qt.ItemDataRole.UserRole + 1)
        self.label = QLineEdit()
        self.label.setMaxLength(200)
        self.label.setPlaceholderText(self.tr("e.g. CNI — Bédarieux — March"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 200)
        self.capacity.setValue(10)
        start = today or date.today()
        start += timedelta(days=(7 - start.weekday()) % 7 or 7)  # next Monday
        self.starts_on = QDateEdit(qdate(start))
        self.ends_on = QDateEdit(qdate(start + timedelta(weeks=4)))
        for edit in (self.starts_on, self.ends_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dddd d MMMM yyyy")
        self.funding = QComboBox()
        self.funding.addItem(self.tr("The course's own"), None)
        for line in funding_lines:
            self.funding.addItem(f"{line.funder_name} — {line.title}", line.id)
        form.addRow(self.tr("&Course"), self.course)
        form.addRow(self.tr("&Label"), self.label)
        form.addRow(self.tr("&Seats"), self.capacity)
        form.addRow(self.tr("&From"), self.starts_on)
        form.addRow(self.tr("&To"), self.ends_on)
        form.addRow(self.tr("F&unding"), self.funding)
        layout.addLayout(form)
        self.course_note = QLabel()
        self.course_note.setObjectName("HintLabel")
        self.course_note.setWordWrap(True)
        layout.addWidget(self.course_note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons, self.save_button = _buttons(
            self.tr("&Create the run") if seen is None else self.tr("&Save")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {
            "course_id": self.course,
            "label": self.label,
            "capacity": self.capacity,
            "starts_on": self.starts_on,
            "ends_on": self.ends_on,
            "funding_line_id": self.funding,
        }
        self.course.currentIndexChanged.connect(self._on_course_changed)
        self.label.textEdited.connect(self._on_label_edited)
        self.starts_on.dateChanged.connect(self._on_starts_on_changed)
        if seen is not None:
            self.course.setCurrentIndex(max(self.course.findData(seen.course.id), 0))
            self.course.setEnabled(False)
            self.label.setText(seen.label)
            self.capacity.setValue(seen.capacity)
            self.starts_on.setDate(qdate(seen.starts_on))
            self.ends_on.setDate(qdate(seen.ends_on))
            if seen.funding_line and seen.funding_line != seen.course.funding_line:
                self.funding.setCurrentIndex(max(self.funding.findData(seen.funding_line.id), 0))
        self._on_course_changed()
        self.course.setFocus()

    def chosen_course(self) -> CourseRow | None:
        course: CourseRow | None = self.course.currentData(Qt.ItemDataRole.UserRole + 1)
        return course

    def _on_course_changed(self) -> None:
        course = self.chosen_course()
        if course is None:
            self.course_note.setText(self.tr("No course of the catalogue is offered here."))
            return
        parts = [self.tr("Planned: {hours}.").format(hours=hours_text(course.planned_hours))]
        if course.certificate:
            parts.append(self.tr("Leads to: {what}.").format(what=course.certificate))
        if course.funding_line is not None:
            parts.append(
                self.tr("Funded by {funder} (operation {number}).").format(
                    funder=course.funding_line.funder_name,
                    number=course.funding_line.operation_number or "—",
                )
            )
        self.course_note.setText(" ".join(parts))
        if not self._label_typed:
            self.label.setText(self._suggested_label(course))

    def _suggested_label(self, course: CourseRow) -> str:
        start = pydate(self.starts_on.date())
        place = self.context.site.name
        return f"{course.code} — {place} — {QLocale().toString(qdate(start), 'MMMM yyyy')}"

    def _on_label_edited(self) -> None:
        self._label_typed = bool(self.label.text())

    def _on_starts_on_changed(self, value: QDate) -> None:
        if self.ends_on.date() < value:
            self.ends_on.setDate(value)
        course = self.chosen_course()
        if course is not None and not self._label_typed:
            self.label.setText(self._suggested_label(course))

    def draft(self) -> RunDraft | None:
        course = self.chosen_course()
        if course is None:
            self.error.show_error(self.tr("Choose a course."))
            return None
        if not self.label.text().strip():
            self._field_error("label", self.tr("Give the run a label the animators recognise."))
            return None
        starts_on, ends_on = pydate(self.starts_on.date()), pydate(self.ends_on.date())
        if ends_on < starts_on:
            self._field_error("ends_on", self.tr("The run ends before it starts."))
            return None
        return RunDraft(
            course_id=course.id,
            site_id=self.seen.site_id if self.seen else self.context.site.id,
            label=self.label.text().strip(),
            capacity=self.capacity.value(),
            starts_on=starts_on,
            ends_on=ends_on,
            funding_line_id=self.funding.currentData(),
        )

    def _field_error(self, field: str, message: str) -> None:
        self.error.show_error(message)
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        self.error.clear_error()
        draft = self.draft()
        if draft is None:
            return
        actor, seen = self.context.account, self.seen
        self.save_button.setEnabled(False)

        def op(session: Session) -> RunRow:
            from lam_desk.services import training

            if seen is None:
                return training.create_run(session, actor, draft)
            return training.update_run(session, actor, seen, draft)

        self.context.tasks.run_write(op, self._on_saved, self._on_failed)

    def _on_saved(self, run: RunRow) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(run)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        self.error.show_failure(error)
        if isinstance(error, FieldError) and error.field in self.fields:
            self.fields[error.field].setFocus()


# --- a session -------------------------------------------------------------------------------


class SessionDialog(QDialog):
    """Add a session to a run (or change one): day, morning and afternoon times, module,
    trainer, seats, workstations held. "Add, then the next week" keeps the dialog open on
    the same times a week later: a run's sessions are typed in a row.

    Signals:
    saved(SessionRow): a session was added or changed.
    """

    saved = Signal(object)

    def __init__(
        self,
        context: DeskContext,
        run: RunRow,
        staff: list[StaffRow],
        stations: list[TimelineStation],
        *,
        previous: SessionRow | None = None,
        seen: SessionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run = run
        self.seen = seen
        self.added: list[SessionRow] = []
        self.setWindowTitle(self.tr("New session") if seen is None else self.tr("Change session"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        # The run's label usually begins with its course's code ("CNI — LAM de …").
        label = run.label
        heading = QLabel(
            label if label.startswith(run.course.code) else f"{run.course.code} — {label}"
        )
        heading.setObjectName("CardTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        model = seen or previous
        day = run.starts_on
        if previous is not None and seen is None:
            day = previous.day + timedelta(weeks=1)
        elif seen is not None:
            day = seen.day
        self.day = QDateEdit(qdate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        slots = {s.half_day: s for s in model.slots} if model else {}
        if model is None:
            slots = {
                HalfDay.MORNING: Slot(HalfDay.MORNING, "09:00", "12:00"),
                HalfDay.AFTERNOON: Slot(HalfDay.AFTERNOON, "14:00", "17:00"),
            }
        self.morning = QCheckBox(self.tr("&Morning"))
        self.morning_start = _time_edit(slots.get(HalfDay.MORNING, _default(HalfDay.MORNING)).start)
        self.morning_end = _time_edit(slots.get(HalfDay.MORNING, _default(HalfDay.MORNING)).end)
        self.afternoon = QCheckBox(self.tr("&Afternoon"))
        self.afternoon_start = _time_edit(
            slots.get(HalfDay.AFTERNOON, _default(HalfDay.AFTERNOON)).start
        )
        self.afternoon_end = _time_edit(
            slots.get(HalfDay.AFTERNOON, _default(HalfDay.AFTERNOON)).end
        )
        self.morning.setChecked(HalfDay.MORNING in slots)
        self.afternoon.setChecked(HalfDay.AFTERNOON in slots)
        self.module = QLineEdit(seen.module_title if seen else "")
        self.module.setMaxLength(200)
        self.module.setPlaceholderText(self.tr("e.g. Module 2 — e-mail and attachments"))
        self.trainer = QComboBox()
        for account in staff:
            self.trainer.addItem(account.display_name, account.id)
        self.trainer.addItem(self.tr("An external trainer…"), "")
        self.external = QLineEdit()
        self.external.setMaxLength(120)
        self.external.setPlaceholderText(self.tr("The external trainer's name"))
        trainer_id = model.trainer_id if model else context.account.id
        if model is not None and model.trainer_id is None:
            self.trainer.setCurrentIndex(self.trainer.count() - 1)
            self.external.setText(model.trainer_name)
        else:
            self.trainer.setCurrentIndex(max(self.trainer.findData(trainer_id), 0))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 200)
        self.capacity.setSpecialValueText(self.tr("the run's ({seats})").format(seats=run.capacity))
        if seen is not None and seen.capacity != run.capacity:
            self.capacity.setValue(seen.capacity)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.morning, self._times_row(self.morning_start, self.morning_end))
        form.addRow(self.afternoon, self._times_row(self.afternoon_start, self.afternoon_end))
        form.addRow(self.tr("M&odule"), self.module)
        form.addRow(self.tr("T&rainer"), self.trainer)
        form.addRow("", self.external)
        form.addRow(self.tr("S&eats"), self.capacity)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Workstations held for the group (Space ticks one):")))
        self.stations = QListWidget()
        self.stations.setMaximumHeight(130)
        held = set(model.workstation_ids) if model else set()
        for station in stations:
            if station.out_of_service_reason:
                continue
            item = QListWidgetItem(station.label)
            item.setData(Qt.ItemDataRole.UserRole, station.id)
            item.setCheckState(
                Qt.CheckState.Checked if station.id in held else Qt.CheckState.Unchecked
            )
            self.stations.addItem(item)
        layout.addWidget(self.stations)
        self.message = QLabel()
        self.message.setObjectName("DoneLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons, self.save_button = _buttons(
            self.tr("&Add the session") if seen is None else self.tr("&Save")
        )
        self.next_button = QPushButton(self.tr("Add, then the &next week"))
        self.next_button.setToolTip(self.tr("Add this session and prepare the same a week later"))
        self.next_button.setAutoDefault(False)
        self.next_button.setVisible(seen is None)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(lambda: self.save(keep_open=False))
        self.next_button.clicked.connect(lambda: self.save(keep_open=True))
        self.buttons.rejected.connect(self._on_rejected)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {
            "day": self.day,
            "morning": self.morning_start,
            "afternoon": self.afternoon_start,
            "module_title": self.module,
            "trainer_name": self.external,
            "trainer_id": self.trainer,
            "trainer": self.trainer,
            "capacity": self.capacity,
            "workstation_ids": self.stations,
        }
        self.morning.toggled.connect(self._on_half_days_toggled)
        self.afternoon.toggled.connect(self._on_half_days_toggled)
        self.trainer.currentIndexChanged.connect(self._on_trainer_changed)
        self._on_half_days_toggled()
        self._on_trainer_changed()
        self.day.setFocus()

    @staticmethod
    def _times_row(start: QTimeEdit, end: QTimeEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(end)
        layout.addStretch(1)
        return row

    def _on_half_days_toggled(self) -> None:
        for check, edits in (
            (self.morning, (self.morning_start, self.morning_end)),
            (self.afternoon, (self.afternoon_start, self.afternoon_end)),
        ):
            for edit in edits:
                edit.setEnabled(check.isChecked())

    def _on_trainer_changed(self) -> None:
        external = self.trainer.currentData() == ""
        self.external.setVisible(external)
        if external and self.isVisible():
            self.external.setFocus()

    def draft(self) -> SessionDraft | None:
        morning = afternoon = None
        if self.morning.isChecked():
            morning = (_hhmm(self.morning_start), _hhmm(self.morning_end))
        if self.afternoon.isChecked():
            afternoon = (_hhmm(self.afternoon_start), _hhmm(self.afternoon_end))
        if morning is None and afternoon is None:
            self.error.show_error(self.tr("Tick the morning, the afternoon, or both."))
            self.morning.setFocus()
            return None
        for times, edit in ((morning, self.morning_start), (afternoon, self.afternoon_start)):
            if times is not None and times[1] <= times[0]:
                self.error.show_error(self.tr("A half-day ends after it starts."))
                edit.setFocus()
                return None
        trainer_id = self.trainer.currentData() or None
        trainer_name = "" if trainer_id else self.external.text().strip()
        if trainer_id is None and not trainer_name:
            self.error.show_error(self.tr("Type the external trainer's name."))
            self.external.setFocus()
            return None
        stations = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.stations.item(r) for r in range(self.stations.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return SessionDraft(
            run_id=self.run.id,
            day=pydate(self.day.date()),
            morning=morning,
            afternoon=afternoon,
            module_title=self.module.text().strip(),
            capacity=self.capacity.value() or None,
            trainer_id=trainer_id,
            trainer_name=trainer_name,
            workstation_ids=stations,
        )

    def save(self, *, keep_open: bool) -> None:
        self.error.clear_error()
        draft = self.draft()
        if draft is None:
            return
        actor, seen = self.context.account, self.seen
        for button in (self.save_button, self.next_button):
            button.setEnabled(False)

        def op(session: Session) -> SessionRow:
            from lam_desk.services import training

            if seen is None:
                return training.add_session(session, actor, draft)
            return training.update_session(session, actor, seen, draft)

        self.context.tasks.run_write(
            op, lambda row: self._on_saved(row, keep_open), self._on_failed
        )

    def _on_saved(self, row: SessionRow, keep_open: bool) -> None:
        for button in (self.save_button, self.next_button):
            button.setEnabled(True)
        self.save_button.setDefault(True)
        self.added.append(row)
        self.saved.emit(row)
        if not keep_open:
            self.accept()
            return
        self.message.setText(
            self.tr("Added: {day}, {times}. Now the next one:").format(
                day=day_text(row.day), times=slots_text(row.slots)
            )
        )
        self.message.show()
        self.day.setDate(qdate(row.day + timedelta(weeks=1)))
        self.module.clear()
        self.day.setFocus()

    def _on_failed(self, error: BaseException) -> None:
        for button in (self.save_button, self.next_button):
            button.setEnabled(True)
        self.save_button.setDefault(True)
        self.error.show_failure(error)
        if isinstance(error, FieldError) and error.field in self.fields:
            self.fields[error.field].setFocus()

    def _on_rejected(self) -> None:
        if self.added:
            self.accept()  # what was added stays added
        else:
            self.reject()


def _default(half: HalfDay) -> Slot:
    if half is HalfDay.MORNING:
        return Slot(half, "09:00", "12:00")
    return Slot(half, "14:00", "17:00")


# --- enrolling -------------------------------------------------------------------------------


class EnrolDialog(QDialog):
    """Enrol members in a run one after the other: type a name or scan a card, Enter
    enrols. Each answer is listed (a seat, or the waitlist and its place); the field is
    ready for the next person. Escape closes. Given the séance chosen on the page, the
    animator chooses between the whole run and that séance only.

    Signals:
    enrolled(EnrolmentRow): someone was enrolled or waitlisted.
    """

    enrolled = Signal(object)

    def __init__(
        self,
        context: DeskContext,
        run: RunRow,
        parent: QWidget | None = None,
        *,
        session: SessionRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run = run
        self.session = session
        self.made: list[EnrolmentRow] = []  # (not "done": QDialog.done is virtual)
        self.setWindowTitle(self.tr("Enrol in {run}").format(run=run.label))
        self.setMinimumSize(560, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"{run.course.code} — {run.course.title}\n{run.label}")
        self.heading.setObjectName("CardTitle")
        layout.addWidget(self.heading)
        self.whole_run = QRadioButton(self.tr("The &whole run"))
        self.whole_run.setChecked(True)
        self.session_only = QRadioButton()
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.whole_run)
        self.scope.addButton(self.session_only)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.whole_run)
        scope_row.addWidget(self.session_only)
        scope_row.addStretch(1)
        layout.addLayout(scope_row)
        if session is not None:
            self.session_only.setText(
                self.tr("This session &only: {day}").format(day=day_text(session.day))
            )
        else:
            self.whole_run.hide()
            self.session_only.hide()
        self.seats_label = QLabel()
        self.seats_label.setObjectName("RunSeats")
        layout.addWidget(self.seats_label)
        self._show_scope_seats()
        self.scope.buttonToggled.connect(self._on_scope_button_toggled)
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        layout.addWidget(self.search, 1)
        hint = QLabel(self.tr("Enter enrols the person highlighted; then type the next name."))
        hint.setObjectName("HintLabel")
        layout.addWidget(hint)
        self.outcomes = QListWidget()
        self.outcomes.setObjectName("EnrolOutcomes")
        self.outcomes.setMaximumHeight(150)
        self.outcomes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.outcomes)
        self.provisional_label = QLabel(
            self.tr(
                "Enrolments made here are provisional until the central store confirms them; "
                "a confirmed seat is never taken back."
            )
        )
        self.provisional_label.setObjectName("HintLabel")
        self.provisional_label.setWordWrap(True)
        self.provisional_label.hide()
        layout.addWidget(self.provisional_label)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        box.rejected.connect(self._close)
        layout.addWidget(box)
        self.search.focus_search()

    def _show_seats(self, capacity: int, enrolled: int, waitlisted: int) -> None:
        text = (
            self.tr("%n seat(s) taken", "", enrolled)
            + " "
            + self.tr("of {capacity}").format(capacity=capacity)
        )
        if waitlisted:
            text += " · " + self.tr("%n waiting", "", waitlisted)
        self.seats_label.setText(text)

    def chosen_session(self) -> SessionRow | None:
        """The séance the next enrolment is for; None: the whole run."""
        return self.session if self.session_only.isChecked() else None

    def _show_scope_seats(self) -> None:
        seance = self.chosen_session()
        if seance is not None:
            seats = seance.seats
            self._show_seats(seance.capacity, seats.enrolled, seats.waitlisted)
        else:
            seats = self.run.seats
            self._show_seats(seats.capacity, seats.enrolled, seats.waitlisted)

    def _on_scope_button_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.error.clear_error()
            self._show_scope_seats()
            self.search.focus_search()

    def _on_search_member_chosen(self, member: MemberRow) -> None:
        self.error.clear_error()
        actor, site_id, run_id = self.context.account, self.context.site.id, self.run.id
        chosen = self.chosen_session()
        session_id = chosen.id if chosen else None

        def op(session: Session) -> tuple[EnrolmentRow, RunRow, SessionRow | None]:
            from lam_desk.services import training

            row = training.enrol(
                session, actor, site_id, run_id, member.id, training_session_id=session_id
            )
            seance = training.get_session(session, session_id) if session_id else None
            return row, training.get_run(session, run_id), seance

        self.context.tasks.run_write(op, self._on_enrolled, self._on_failed)

    def _on_enrolled(self, result: tuple[EnrolmentRow, RunRow, SessionRow | None]) -> None:
        row, run, seance = result
        self.run = run
        if seance is not None:
            self.session = seance
        self.made.append(row)
        if seance is not None and row.state is EnrolmentState.WAITLISTED:
            text = self.tr(
                "{name}: on the waitlist of {day}, no. {position} — the session is full."
            ).format(
                name=row.member_name,
                day=day_text(seance.day, "ddd d MMMM"),
                position=row.waitlist_position or "?",
            )
        elif seance is not None:
            text = self.tr("{name}: enrolled for {day} only.").format(
                name=row.member_name, day=day_text(seance.day, "ddd d MMMM")
            )
        elif row.state is EnrolmentState.WAITLISTED:
            text = self.tr("{name}: on the waitlist, no. {position} — the run is full.").format(
                name=row.member_name, position=row.waitlist_position or "?"
            )
        else:
            text = self.tr("{name}: enrolled.").format(name=row.member_name)
        if row.provisional:
            self.provisional_label.show()
        item = QListWidgetItem(text)
        if row.state is EnrolmentState.WAITLISTED:
            item.setForeground(Qt.GlobalColor.darkYellow)
        self.outcomes.insertItem(0, item)
        self._show_scope_seats()
        self.search.clear()
        self.search.focus_search()
        self.enrolled.emit(row)

    def _on_failed(self, error: BaseException) -> None:
        self.error.show_failure(error)
        self.search.focus_search()

    def _close(self) -> None:
        if self.made:
            self.accept()
        else:
            self.reject()


# --- the marking screen's small dialogs ------------------------------------------------------


class ArrivalDialog(QDialog):
    """The arrival time of a late learner: Enter keeps it.

    Signals:
    chosen(str): "HH:MM".
    """

    chosen = Signal(str)

    def __init__(
        self,
        name: str,
        slot: Slot,
        suggested: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], str | None] = lambda: None,
    ):
        super().__init__(parent)
        self.slot = slot
        self.clock = clock  # "HH:MM" now when the séance is today, read at each check
        self.setWindowTitle(self.tr("Late arrival"))
        layout = QVBoxLayout(self)
        question = QLabel(
            self.tr("{name} arrived late ({half}, {start}–{end}). Arrived at:").format(
                name=name, half=half_day_text(slot.half_day), start=slot.start, end=slot.end
            )
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        self.setMinimumWidth(440)
        self.time = _time_edit(suggested)
        layout.addWidget(self.time)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = _buttons(self.tr("&Late at this time"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.time.setFocus()
        self.time.selectAll()

    def _on_ok(self) -> None:
        from lam_desk.domain.training import check_arrival
        from lam_desk.errors import UserError

        try:
            arrival = check_arrival(self.slot, Presence.LATE, _hhmm(self.time), self.clock())
        except UserError as refused:  # the service's own rule, said before saving
            self.error.show_error(refused)
            self.adjustSize()  # room for the message under the question
            self.time.setFocus()
            return
        assert arrival is not None
        self.chosen.emit(arrival)
        self.accept()


class WalkInDialog(QDialog):
    """Add someone who came without being enrolled: find them, Enter adds them.

    Signals:
    added(AttendanceView): the marking screen with them in it.
    """

    added = Signal(object)

    def __init__(
        self, context: DeskContext, session_row: SessionRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_row = session_row
        self.setWindowTitle(self.tr("A walk-in participant"))
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Someone came without being enrolled: find them (or register them on the "
                "Members page first), then Enter adds them to this session."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("HintLabel")
        layout.addWidget(hint)
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_member_chosen)
        layout.addWidget(self.search, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.search.focus_search()

    def _on_member_chosen(self, member: MemberRow) -> None:
        self.error.clear_error()
        actor, site_id, session_id = self.context.account, self.context.site.id, self.session_row.id

        def op(session: Session) -> AttendanceView:
            from lam_desk.services import training

            return training.add_walk_in(session, actor, site_id, session_id, member.id)

        self.member = member
        self.context.tasks.run_write(op, self._on_added, self._on_failed)

    def _on_added(self, view: AttendanceView) -> None:
        self.added.emit(view)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.error.show_failure(error)
        self.search.focus_search()


class CorrectionDialog(QDialog):
    """A coordinator corrects a box of a closed session: the new state, and why (kept in
    the audit trail with the old state).

    Signals:
    corrected(AttendanceView): the marking screen after the correction.
    """

    corrected = Signal(object)

    def __init__(
        self,
        context: DeskContext,
        session_id: str,
        name: str,
        slot: Slot,
        old_text: str,
        draft: MarkDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.slot = slot
        self.draft = draft
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.setWindowTitle(self.tr("Correct a closed session"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This session is closed. The correction is kept with your name, the old "
                "state and your reason."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("HintLabel")
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Learner"), QLabel(name))
        form.addRow(
            self.tr("Half-day"), QLabel(f"{half_day_text(slot.half_day)} ({slot.start}–{slot.end})")
        )
        form.addRow(self.tr("Was"), QLabel(old_text))
        self.state = QComboBox()
        for state in (Presence.PRESENT, Presence.LATE, Presence.EXCUSED, Presence.ABSENT):
            self.state.addItem(presence_text(state), state.value)
        self.state.setCurrentIndex(max(self.state.findData(draft.state.value), 0))
        # A late arrival lies strictly inside the half-day: a quarter of an hour in, to start.
        self.arrival = _time_edit(draft.arrival or _quarter_past(slot.start))
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(
            self.tr("e.g. signed the paper sheet, marked absent by mistake")
        )
        form.addRow(self.tr("&Becomes"), self.state)
        form.addRow(self.tr("A&rrived at"), self.arrival)
        form.addRow(self.tr("&Reason"), self.reason)
        self.form = form
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons, self.save_button = _buttons(self.tr("&Correct"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.state.currentIndexChanged.connect(self._on_state_changed)
        self._on_state_changed()
        self.reason.setFocus()

    def _on_state_changed(self) -> None:
        self.form.setRowVisible(self.arrival, self.state.currentData() == Presence.LATE.value)

    def save(self) -> None:
        self.error.clear_error()
        reason = self.reason.text().strip()
        if not reason:
            self.error.show_error(self.tr("Say why the attendance is corrected."))
            self.reason.setFocus()
            return
        state = Presence(self.state.currentData())
        arrival = _hhmm(self.arrival) if state is Presence.LATE else None
        draft = replace(self.draft, state=state, arrival=arrival)
        actor, session_id, now = self.context.account, self.session_id, self.clock()
        self.save_button.setEnabled(False)

        def op(session: Session) -> AttendanceView:
            from lam_desk.services import training

            return training.correct_attendance(session, actor, session_id, draft, reason, now=now)

        self.context.tasks.run_write(op, self._on_corrected, self._on_failed)

    def _on_corrected(self, view: AttendanceView) -> None:
        self.save_button.setEnabled(True)
        self.corrected.emit(view)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        self.error.show_failure(error)


class FoadTimeDialog(QDialog):
    """Correct one of a FOAD learner's times, within its day: a departure nobody recorded (the
    time counts no hours), a wrong key. The correction is kept with the old times and the
    reason.

    Signals:
    corrected(FoadTimeRow): the time as corrected.
    """

    corrected = Signal(object)

    def __init__(
        self,
        context: DeskContext,
        name: str,
        times: list[FoadTimeRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # The latest first; the one with no departure seen is chosen first.
        self.times = sorted(times, key=lambda t: t.time_in, reverse=True)
        self.setWindowTitle(self.tr("Correct a time — {name}").format(name=name))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A time left running overnight counts no hours until its real departure is "
                "typed here. The correction is kept with your name, the old times and your "
                "reason."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("HintLabel")
        layout.addWidget(intro)
        form = QFormLayout()
        self.time = QComboBox()
        for t in self.times:
            self.time.addItem(self._time_text(t), t.id)
        missing = next(
            (i for i, t in enumerate(self.times) if t.time_out is None or t.ended_unseen()), 0
        )
        self.arrival = _time_edit("09:00")
        self.departure = _time_edit("10:00")
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("e.g. left at 16:00 without pressing Departure"))
        form.addRow(self.tr("&Time"), self.time)
        form.addRow(self.tr("&Arrival"), self.arrival)
        form.addRow(self.tr("&Departure"), self.departure)
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons, self.save_button = _buttons(self.tr("&Correct"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.time.currentIndexChanged.connect(self._on_time_chosen)
        self.time.setCurrentIndex(missing)
        self._on_time_chosen()
        self.departure.setFocus()

    def _time_text(self, time: FoadTimeRow) -> str:
        if time.time_out is None:
            return self.tr("{day}, from {start}, never ended").format(
                day=short_day(time.time_in.astimezone(PARIS).date()),
                start=wall_time(time.time_in),
            )
        if time.ended_unseen():
            text = self.tr("{day}, {start}–{end} ({hours}) — no departure recorded")
        else:
            text = self.tr("{day}, {start}–{end} ({hours})")
        return text.format(
            day=short_day(time.time_in.astimezone(PARIS).date()),
            start=wall_time(time.time_in),
            end=wall_time(time.time_out),
            hours=hours_text(time.hours),
        )

    def _on_time_chosen(self) -> None:
        if not self.times:
            return
        chosen = self.times[max(self.time.currentIndex(), 0)]
        start = chosen.time_in.astimezone(PARIS)
        end = (chosen.time_out or chosen.time_in).astimezone(PARIS)
        self.arrival.setTime(QTime(start.hour, start.minute))
        self.departure.setTime(QTime(end.hour, end.minute))

    def save(self) -> None:
        self.error.clear_error()
        if not self.times:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.error.show_error(self.tr("Say why the times are corrected."))
            self.reason.setFocus()
            return
        time_id = self.times[self.time.currentIndex()].id
        came, left = _hhmm(self.arrival), _hhmm(self.departure)
        actor = self.context.account
        self.save_button.setEnabled(False)

        def op(session: Session) -> FoadTimeRow:
            from lam_desk.services import training

            return training.correct_foad_time(session, actor, time_id, came, left, reason)

        self.context.tasks.run_write(op, self._on_corrected, self._on_failed)

    def _on_corrected(self, time: FoadTimeRow) -> None:
        self.save_button.setEnabled(True)
        self.corrected.emit(time)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        self.error.show_failure(error)
        if isinstance(error, FieldError):
            focus = {"time_in": self.arrival, "time_out": self.departure}.get(error.field)
            (focus or self.reason).setFocus()
