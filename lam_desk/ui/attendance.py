"""The marking screen of one training session ("émargement"): one row per learner, one box per
half-day, marked from the keyboard. P present, A absent, E excused, R late (asks the arrival
time), T everyone present at once, then corrections; a walk-in is added from the member search.
Hours follow the written rule, shown under the figures. Closing the session locks it; after that
only a coordinator corrects a box, with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.permissions import Action, allowed
from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import translate
from lam_desk.services.dto_training import (
    AttendanceView,
    HalfDay,
    LearnerAttendance,
    Mark,
    MarkDraft,
    Presence,
    SessionRow,
    Slot,
)
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.training_dialogs import (
    ArrivalDialog,
    CorrectionDialog,
    WalkInDialog,
    day_text,
    half_day_text,
    hours_text,
    presence_text,
    slots_text,
)
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Index = QModelIndex | QPersistentModelIndex

KEYS: dict[int, Presence] = {
    Qt.Key.Key_P: Presence.PRESENT,
    Qt.Key.Key_A: Presence.ABSENT,
    Qt.Key.Key_E: Presence.EXCUSED,
    Qt.Key.Key_R: Presence.LATE,
}
COLOURS: dict[Presence | None, str] = {
    None: "#ffffff",
    Presence.PRESENT: "#e3f3e6",
    Presence.LATE: "#fff1d6",
    Presence.EXCUSED: "#e8eef7",
    Presence.ABSENT: "#fbe3e1",
}


def _attendance(session: Session, session_id: str) -> AttendanceView:
    from lam_desk.services import training

    return training.attendance(session, session_id)


class AttendanceModel(QAbstractTableModel):
    """Rows: the learners; columns: the name, one box per half-day, the hours. A mark typed
    and not yet saved is shown at once (in italics) until the store answers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: AttendanceView | None = None
        self.pending: dict[tuple[str, HalfDay], tuple[Presence, str | None]] = {}

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.view.session.slots if self.view else ()

    @property
    def learners(self) -> tuple[LearnerAttendance, ...]:
        return self.view.learners if self.view else ()

    def set_view(self, view: AttendanceView) -> None:
        same_shape = (
            self.view is not None
            and [x.member_id for x in self.view.learners] == [x.member_id for x in view.learners]
            and self.view.session.slots == view.session.slots
        )
        if same_shape:
            self.view = view
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def set_pending(self, key: tuple[str, HalfDay], value: tuple[Presence, str | None]) -> None:
        self.pending[key] = value
        row = next((r for r, x in enumerate(self.learners) if x.member_id == key[0]), None)
        column = self.column_of(key[1])
        if row is not None and column is not None:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def column_of(self, half: HalfDay) -> int | None:
        for column, slot in enumerate(self.slots, start=1):
            if slot.half_day is half:
                return column
        return None

    def slot_at(self, column: int) -> Slot | None:
        if 1 <= column <= len(self.slots):
            return self.slots[column - 1]
        return None

    def mark_at(self, row: int, column: int) -> Mark | None:
        slot = self.slot_at(column)
        if slot is None or not 0 <= row < len(self.learners):
            return None
        learner = self.learners[row]
        return next((m for m in learner.marks if m.half_day is slot.half_day), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.learners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.slots) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return self.tr("Learner")
        slot = self.slot_at(section)
        if slot is not None:
            return f"{half_day_text(slot.half_day)}\n{slot.start}–{slot.end}"
        return self.tr("Hours")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.learners):
            return None
        learner = self.learners[index.row()]
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                if learner.walk_in:
                    return self.tr("{name} (walk-in)").format(name=learner.member_name)
                return learner.member_name
            return None
        slot = self.slot_at(column)
        if slot is None:  # the hours
            if role == Qt.ItemDataRole.DisplayRole:
                return hours_text(learner.hours)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        mark = self.mark_at(index.row(), column)
        pending = self.pending.get((learner.member_id, slot.half_day))
        state, arrival = (
            pending if pending else (mark.state, mark.arrival) if mark else (None, None)
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return presence_text(state, arrival)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[state]))
        if role == Qt.ItemDataRole.ForegroundRole and state is None:
            return QBrush(QColor("#8a949c"))
        if role == Qt.ItemDataRole.FontRole and pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AttendanceDialog(QDialog):
    """The marking screen of one session (see the module's docstring).

    Signals:
    changed(SessionRow): marks were saved, or the session closed (the page refreshes).
    sheet_requested(str, bool): print the attendance sheet of this session (blank or not).
    """

    changed = Signal(object)
    sheet_requested = Signal(str, bool)

    def __init__(
        self, context: DeskContext, session_row: SessionRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_row = session_row
        self.loaded = False
        self._writes = 0
        # The screen's clock (a test sets its own): the arrival offered, the séance's end.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.setWindowTitle(
            self.tr("Attendance — {course}").format(course=session_row.course_title)
        )
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.title_label = QLabel()
        self.title_label.setObjectName("PageTitle")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.lock_label = QLabel()
        self.lock_label.setObjectName("SessionLocked")
        self.lock_label.setWordWrap(True)
        self.lock_label.hide()
        layout.addWidget(self.lock_label)

        self.model = AttendanceModel(self)
        self.table = QTableView()
        self.table.setObjectName("AttendanceTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(True)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.keys_label = QLabel(
            self.tr(
                "Keys: P present · A absent · E excused · R late (asks the time) · "
                "T everyone present · arrows to move"
            )
        )
        self.keys_label.setObjectName("HintLabel")
        self.keys_label.setWordWrap(True)
        layout.addWidget(self.keys_label)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("AttendanceTotals")
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)
        self.rule_label = QLabel(self._hours_rule())
        self.rule_label.setObjectName("HintLabel")
        self.rule_label.setWordWrap(True)
        layout.addWidget(self.rule_label)
        self.message = QLabel()
        self.message.setObjectName("DoneLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = ErrorLabel()
        self.close_box: QMessageBox | None = None
        self.replace_box: QMessageBox | None = None
        self.scan_file_dialog: QFileDialog | None = None
        self._before_end = False
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Everyone present"))
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.sheet_button = QPushButton(self.tr("Attendance sheet…"))
        self.attach_button = QPushButton(self.tr("Attach the signed sheet…"))
        self.scan_button = QPushButton(self.tr("Signed sheet"))
        self.close_session_button = QPushButton(self.tr("Close the session…"))
        self.close_session_button.setObjectName("Primary")
        self.done_button = QPushButton(self.tr("Done"))
        for button in (
            self.all_button,
            self.walk_in_button,
            self.sheet_button,
            self.attach_button,
            self.scan_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.close_session_button, self.done_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.all_button.clicked.connect(self.mark_everyone_present)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.sheet_button.clicked.connect(
            lambda: self.sheet_requested.emit(self.session_row.id, False)
        )
        self.attach_button.clicked.connect(self.attach_scanned_sheet)
        self.scan_button.clicked.connect(self.open_scanned_sheet)
        self.close_session_button.clicked.connect(self.close_session)
        self.done_button.clicked.connect(self.accept)
        for keys, text, slot, shown_on in (
            ("Ctrl+N", self.tr("Walk-in"), self.add_walk_in, self.walk_in_button),
            ("Ctrl+P", self.tr("Attendance sheet"), self.sheet_button.click, self.sheet_button),
            (
                "Ctrl+O",
                self.tr("Attach the signed sheet"),
                self.attach_scanned_sheet,
                self.attach_button,
            ),
            (
                "Ctrl+Shift+O",
                self.tr("Open the signed sheet"),
                self.open_scanned_sheet,
                self.scan_button,
            ),
            (
                "Ctrl+Return",
                self.tr("Close the session"),
                self.close_session,
                self.close_session_button,
            ),
            ("F5", self.tr("Refresh"), self.refresh, None),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            if shown_on is not None:
                shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                shown_on.setToolTip(self.tr("{action} ({keys})").format(action=text, keys=shown))
        self.all_button.setToolTip(self.tr("Everyone present (T), then correct the exceptions"))
        self._show_session(session_row)
        self.refresh()

    @staticmethod
    def _hours_rule() -> str:
        try:
            from lam_desk.domain.training import HOURS_RULE
        except ImportError:  # pragma: no cover - the rule comes with the training services
            return ""
        return translate("Training", HOURS_RULE)

    # --- loading -------------------------------------------------------------------------

    @property
    def view(self) -> AttendanceView | None:
        return self.model.view

    def refresh(self) -> None:
        session_id = self.session_row.id
        self.context.tasks.run_read(
            lambda s: _attendance(s, session_id), self._on_view_loaded, self._on_failed
        )

    def _on_view_loaded(self, view: AttendanceView) -> None:
        first = not self.loaded
        self.loaded = True
        current = self.table.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 1)
        self.model.set_view(view)
        self._show_session(view.session)
        if self.model.rowCount():
            row = min(max(row, 0), self.model.rowCount() - 1)
            column = min(max(column, 0), self.model.columnCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, column))
        if first:
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, self.model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, 150 if self.model.slot_at(column) else 80)
            self.table.setFocus()
        self._show_totals()

    def _show_session(self, row: SessionRow) -> None:
        self.session_row = row
        self.title_label.setText(
            f"{row.course_code} — {row.course_title}"
            + (f" · {row.module_title}" if row.module_title else "")
        )
        trainer = row.trainer_name or "—"
        self.subtitle.setText(
            self.tr("{day}, {times} · {site} · trainer: {trainer}").format(
                day=day_text(row.day),
                times=slots_text(row.slots),
                site=row.site_name,
                trainer=trainer,
            )
        )
        locked = row.closed
        if locked and row.closed_at is not None:
            closed = row.closed_at.astimezone(PARIS)
            text = self.tr("Closed on {day} at {time}: the attendance is locked.").format(
                day=day_text(closed.date()), time=closed.strftime("%H:%M")
            )
            if self.can_correct:
                text += " " + self.tr(
                    "As coordinator you may correct a box (P, A, E, R) with a reason."
                )
            else:
                text += " " + self.tr("Only a coordinator can correct it, with a reason.")
            if row.scanned_sheet:
                text += " " + self.tr("Signed sheet attached.")
            self.lock_label.setText(text)
        self.lock_label.setVisible(locked)
        owned = row.site_id == self.context.site.id
        for button in (self.all_button, self.walk_in_button, self.close_session_button):
            button.setEnabled(not locked and owned)
        self.close_session_button.setVisible(not locked)  # closed: nothing left to close
        self.attach_button.setEnabled(owned)
        self.scan_button.setVisible(bool(row.scanned_sheet))
        self.keys_label.setVisible(not locked or self.can_correct)

    @property
    def can_correct(self) -> bool:
        return allowed(self.context.account.role, Action.CORRECT_LOCKED_ATTENDANCE)

    def _show_totals(self) -> None:
        view = self.view
        if view is None:
            return
        parts = []
        for slot in view.session.slots:
            marks = [
                m for learner in view.learners for m in learner.marks if m.half_day is slot.half_day
            ]
            counted = {state: sum(1 for m in marks if m.state is state) for state in Presence}
            parts.append(
                self.tr(
                    "{half}: {present} present, {late} late, {excused} excused, {absent} absent"
                ).format(
                    half=half_day_text(slot.half_day),
                    present=counted[Presence.PRESENT],
                    late=counted[Presence.LATE],
                    excused=counted[Presence.EXCUSED],
                    absent=counted[Presence.ABSENT],
                )
            )
        hours = sum(learner.hours for learner in view.learners)
        text = " · ".join(parts)
        text += (
            "\n"
            + self.tr("%n learner(s)", "", len(view.learners))
            + " · "
            + self.tr("{hours} attended in all").format(hours=hours_text(hours))
        )
        if view.unmarked and not view.locked:
            text += " · " + self.tr("%n box(es) still to mark", "", view.unmarked)
        self.totals_label.setText(text)

    # --- marking -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                return False
            key = event.key()
            if key in KEYS:
                self.mark_current(KEYS[Qt.Key(key)])
                return True
            if key == Qt.Key.Key_T:
                self.mark_everyone_present()
                return True
        return super().eventFilter(watched, event)

    def _current_box(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.slots:
            return None
        column = min(max(index.column(), 1), len(self.model.slots))
        return index.row(), column

    def mark_current(self, state: Presence) -> None:
        """Mark the box under the cursor (the name's row: its first half-day), then move
        down to the next learner."""
        box = self._current_box()
        view = self.view
        if box is None or view is None:
            return
        row, column = box
        learner = self.model.learners[row]
        slot = self.model.slot_at(column)
        assert slot is not None
        self.error.clear_error()
        if view.locked or self.session_row.closed:
            self._correct(learner, slot, state)
            return
        if self.session_row.site_id != self.context.site.id:
            self.error.show_error(self.tr("Only the site that runs this session marks it."))
            return
        if state is Presence.LATE:
            self._ask_arrival(learner, slot)
            return
        self._save_mark(learner, slot, state, None)
        self._step(row, column)

    def _step(self, row: int, column: int) -> None:
        if row + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row + 1, column))
        elif self.model.slot_at(column + 1) is not None:
            self.table.setCurrentIndex(self.model.index(0, column + 1))

    def _ask_arrival(self, learner: LearnerAttendance, slot: Slot) -> None:
        now = self.clock().astimezone(PARIS).strftime("%H:%M")
        suggested = now if slot.start < now < slot.end else _plus(slot.start, 15)

        def clock() -> str | None:
            """The time now when the séance is today (an arrival cannot be later)."""
            moment = self.clock().astimezone(PARIS)
            return moment.strftime("%H:%M") if moment.date() == self.session_row.day else None

        dialog = ArrivalDialog(learner.member_name, slot, suggested, self, clock=clock)
        row, column = self._current_box() or (0, 1)

        def chosen(arrival: str) -> None:
            self._save_mark(learner, slot, Presence.LATE, arrival)
            self._step(row, column)

        dialog.chosen.connect(chosen)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.arrival_dialog = dialog
        dialog.open()

    def _save_mark(
        self, learner: LearnerAttendance, slot: Slot, state: Presence, arrival: str | None
    ) -> None:
        key = (learner.member_id, slot.half_day)
        self.model.set_pending(key, (state, arrival))
        draft = MarkDraft(learner.member_id, slot.half_day, state, arrival)
        actor, session_id, now = self.context.account, self.session_row.id, self.clock()
        self._writes += 1

        def op(session: Session) -> AttendanceView:
            from lam_desk.services import training

            return training.mark_attendance(session, actor, session_id, [draft], now=now)

        def done(view: AttendanceView) -> None:
            self._writes -= 1
            if self.model.pending.get(key) == (state, arrival):
                del self.model.pending[key]
            self._on_view_loaded(view)
            self.changed.emit(view.session)

        self.context.tasks.run_write(op, done, self._on_write_failed)

    @property
    def saving(self) -> bool:
        return self._writes > 0

    def mark_everyone_present(self) -> None:
        view = self.view
        if view is None or view.locked or self.session_row.site_id != self.context.site.id:
            return
        self.error.clear_error()
        actor, session_id, now = self.context.account, self.session_row.id, self.clock()
        self._writes += 1

        def op(session: Session) -> AttendanceView:
            from lam_desk.services import training

            return training.mark_all_present(session, actor, session_id, now=now)

        def done(marked: AttendanceView) -> None:
            self._writes -= 1
            self._on_view_loaded(marked)
            self.message.setText(
                self.tr("Everyone not yet marked is present: now correct the exceptions.")
            )
            self.changed.emit(marked.session)
            self.table.setCurrentIndex(self.model.index(0, 1))
            self.table.setFocus()

        self.context.tasks.run_write(op, done, self._on_write_failed)

    def _on_write_failed(self, error: BaseException) -> None:
        self._writes -= 1
        self.model.pending.clear()
        self._on_failed(error)
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        self.message.clear()  # what was done before is not what the animator reads now
        self.error.show_failure(error)

    def _correct(self, learner: LearnerAttendance, slot: Slot, state: Presence) -> None:
        if not self.can_correct:
            self.error.show_error(
                self.tr("This session is closed: only a coordinator can correct it, with a reason.")
            )
            return
        mark = next((m for m in learner.marks if m.half_day is slot.half_day), None)
        old = presence_text(mark.state, mark.arrival) if mark else presence_text(None)
        arrival = mark.arrival if mark and mark.arrival else None
        draft = MarkDraft(learner.member_id, slot.half_day, state, arrival)
        dialog = CorrectionDialog(
            self.context, self.session_row.id, learner.member_name, slot, old, draft, self
        )
        dialog.clock = self.clock
        dialog.corrected.connect(self._on_corrected)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.correction_dialog = dialog
        dialog.open()

    def _on_corrected(self, view: AttendanceView) -> None:
        self._on_view_loaded(view)
        self.message.setText(self.tr("Corrected; the change is kept in the audit trail."))
        self.changed.emit(view.session)

    # --- walk-in, closing, the scanned sheet --------------------------------------------------

    def add_walk_in(self) -> None:
        if self.view is None or self.view.locked or not self.walk_in_button.isEnabled():
            return
        dialog = WalkInDialog(self.context, self.session_row, self)
        dialog.added.connect(self._on_walk_in_added)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.walk_in_dialog = dialog
        dialog.open()

    def _on_walk_in_added(self, view: AttendanceView) -> None:
        self._on_view_loaded(view)
        name = self.walk_in_dialog.member
        from lam_desk.ui.member_search import display_name

        self.message.setText(self.tr("{name} added as a walk-in.").format(name=display_name(name)))
        for row, learner in enumerate(view.learners):
            if learner.member_id == name.id:
                self.table.setCurrentIndex(self.model.index(row, 1))
        self.changed.emit(view.session)

    def close_session(self) -> QMessageBox | None:
        view = self.view
        if view is None or view.locked or not self.close_session_button.isEnabled():
            return None
        if view.unmarked:  # said at once, before asking anything
            self.error.show_error(
                self.tr("Mark every box first: {count} still to mark.").format(count=view.unmarked)
            )
            self.table.setFocus()
            return None
        from lam_desk.services.training import session_ends_at

        ends = session_ends_at(view.session)
        self._before_end = ends is not None and self.clock() < ends
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the session"))
        if self._before_end and ends is not None:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                self.tr(
                    "This session is not over: it ends at {time}. Close it now anyway? The "
                    "hours still to come count as marked, and only a coordinator can correct "
                    "them afterwards."
                ).format(time=wall_time(ends))
            )
        else:
            box.setText(
                self.tr(
                    "Close this session? Its attendance is then locked: only a coordinator "
                    "can correct it afterwards, with a reason."
                )
            )
        yes = box.addButton(self.tr("Close and lock"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not yet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.finished.connect(lambda _r: self._on_close_answered(box, yes))
        self.close_box = box
        box.open()
        return box

    def _on_close_answered(self, box: QMessageBox, yes: QPushButton) -> None:
        if box.clickedButton() is not yes:
            self.table.setFocus()
            return
        actor, session_id, before_end = self.context.account, self.session_row.id, self._before_end
        now = self.clock()

        def op(session: Session) -> SessionRow:
            from lam_desk.services import training

            return training.close_session(
                session, actor, session_id, before_end=before_end, now=now
            )

        self.context.tasks.run_write(op, self._on_closed, self._on_close_failed)

    def _on_closed(self, row: SessionRow) -> None:
        self._show_session(row)
        self.message.setText(
            self.tr(
                "Session closed: its attendance is locked. Print the sheet to be signed (Ctrl+P)."
            )
        )
        self.changed.emit(row)
        self.refresh()

    def _on_close_failed(self, error: BaseException) -> None:
        self._on_failed(error)
        self.table.setFocus()

    def attach_scanned_sheet(self) -> None:
        """Choose the scan of the signed sheet; when one is attached already, ask first."""
        if not self.attach_button.isEnabled():
            return
        if not self.session_row.scanned_sheet:
            self._choose_scan()
            return
        if self.replace_box is not None:  # one question at a time, not one per Ctrl+O
            self.replace_box.deleteLater()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Attach the signed sheet"))
        box.setText(
            self.tr(
                "A signed sheet is already attached to this session. Replace it with "
                "another file? (Ctrl+Shift+O shows the one attached.)"
            )
        )
        replace = box.addButton(self.tr("Replace it…"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def answered(_result: int) -> None:
            if box.clickedButton() is replace:
                self._choose_scan()
            else:
                self.table.setFocus()

        box.finished.connect(answered)
        self.replace_box = box
        box.open()

    def _choose_scan(self) -> None:
        if self.scan_file_dialog is not None:
            self.scan_file_dialog.deleteLater()
        dialog = QFileDialog(self, self.tr("The signed attendance sheet, scanned"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Scans (*.pdf *.jpg *.jpeg *.png)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(lambda name: self._attach(Path(name)))
        self.scan_file_dialog = dialog
        dialog.open()

    def _attach(self, source: Path) -> None:
        folder = self.context.paths.data_dir / "attachments"
        actor, session_id = self.context.account, self.session_row.id

        def op(session: Session) -> SessionRow:
            from lam_desk.services import training

            return training.attach_scanned_sheet(session, actor, session_id, source, folder)

        self.context.tasks.run_write(op, self._on_attached, self._on_failed)

    def open_scanned_sheet(self) -> None:
        """Show the signed sheet attached to the séance, to read, print or save again."""
        file_name = self.session_row.scanned_sheet
        if not file_name:
            return
        # The name comes from a synced row: only its last part, inside the attachments.
        path = self.context.paths.data_dir / "attachments" / Path(file_name).name
        if not path.is_file():
            self.message.clear()
            self.error.show_error(
                self.tr(
                    "The signed sheet was attached on another PC: open it there, "
                    "or attach the scan again here."
                )
            )
            return
        title = self.tr("Signed sheet — {course}, {day}").format(
            course=self.session_row.course_title, day=day_text(self.session_row.day)
        )
        if path.suffix == ".pdf":
            self._preview_scan(path, title, temporary=False)
            return
        from lam_desk.reports.scan import scan_as_pdf
        from lam_desk.ui.pdf_printing import removed_on_failure, temporary_pdf

        target = temporary_pdf("feuille-signee")
        self.context.tasks.run(
            removed_on_failure(target, lambda: scan_as_pdf(path, target, title)),
            lambda done: self._preview_scan(done, title, temporary=True),
            self._on_failed,
        )

    def _preview_scan(self, path: Path, title: str, *, temporary: bool) -> None:
        from lam_desk.ui.pdf_preview import PdfPreviewDialog

        name = f"feuille-signee-{self.session_row.day.isoformat()}.pdf"
        self.scan_preview: QDialog = PdfPreviewDialog(path, title, name, self, temporary=temporary)
        self.scan_preview.finished.connect(lambda _r: self.table.setFocus())
        self.scan_preview.open()

    def _on_attached(self, row: SessionRow) -> None:
        self._show_session(row)
        self.message.setText(self.tr("The signed sheet is attached to the session."))
        self.changed.emit(row)


def _plus(hhmm: str, minutes: int) -> str:
    hours, _, rest = hhmm.partition(":")
    total = int(hours) * 60 + int(rest) + minutes
    return f"{total // 60:02d}:{total % 60:02d}"
