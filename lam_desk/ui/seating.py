"""The board's dialogs: seat someone at a workstation, move them, take a workstation out of
service, put someone in the queue. Each runs its write and shows a refusal where it was
asked, closing only once it is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain import workstations as rules
from lam_desk.services.dto import BoardState, MemberRow, SeatedUse, VisitLine, WorkstationState
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.member_search import MemberSearchBox
from lam_desk.ui.visit_text import minutes_text, who_text
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.ui.pages.board import TileView

Clock = Callable[[], datetime]
_KIND = Qt.ItemDataRole.UserRole + 1
_ID = Qt.ItemDataRole.UserRole + 2
VISIT, TICKET = "visit", "ticket"


class _TaskDialog(QDialog):
    """A dialog whose OK button runs a write; a refusal shows in ``error``."""

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.layout_ = QVBoxLayout(self)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.buttons.rejected.connect(self.reject)
        self._busy = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter does the dialog's action wherever the focus is (a member search box keeps
        its own Enter to pick a member); Escape closes, as in any dialog."""
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.buttons.accepted.emit()
            return
        super().keyPressEvent(event)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def run(self, op: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        if self._busy:
            return
        self._busy = True
        self.error.clear_error()

        def success(result: Any) -> None:
            self._busy = False
            done(result)
            self.accept()

        self.context.tasks.run_write(op, success, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self.error.show_failure(error)


def _people_list() -> QListWidget:
    people = QListWidget()
    people.setObjectName("PeopleList")
    people.setMinimumHeight(150)
    return people


def _add_person(people: QListWidget, text: str, kind: str, ident: str | None) -> None:
    item = QListWidgetItem(text)
    item.setData(_KIND, kind)
    item.setData(_ID, ident)
    people.addItem(item)


class SeatDialog(_TaskDialog):
    """Seat someone at a free workstation: the queue first, then people checked in and not
    seated, a new anonymous ticket, or a member found by name (checked in for free access).
    The site's default length is preselected (shortened to the time the workstation is
    free); Enter seats the person highlighted.

    Signals:
    seated(str): a sentence saying who sits where until when.
    """

    seated = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        station: WorkstationState,
        board: BoardState,
        visits: list[VisitLine],
        free_minutes: int,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        preselect: str | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.station = station
        self.clock = clock
        self.setWindowTitle(
            self.tr("Seat someone at {workstation}").format(workstation=station.label)
        )
        self.setMinimumWidth(520)
        info = QLabel(self._free_text(station, board, free_minutes, clock()))
        info.setObjectName("SeatInfo")
        info.setWordWrap(True)
        self.layout_.addWidget(info)

        self.people = _people_list()
        self.people.setAccessibleName(self.tr("Who sits down"))
        waiting = {line.visit_id for line in board.queue}
        for n, line in enumerate(board.queue, start=1):
            _add_person(
                self.people,
                self.tr("{who} — number {n} in the queue, since {time}").format(
                    who=who_text(line.who), n=n, time=wall_time(line.joined_at)
                ),
                VISIT,
                line.visit_id,
            )
        for visit in visits:
            if visit.open and visit.workstation is None and visit.id not in waiting:
                _add_person(
                    self.people,
                    self.tr("{who} — checked in at {time}").format(
                        who=who_text(visit.who), time=wall_time(visit.started_at)
                    ),
                    VISIT,
                    visit.id,
                )
        _add_person(self.people, self.tr("New anonymous ticket"), TICKET, None)
        heading = QLabel(self.tr("Who sits down?"))
        heading.setObjectName("CardTitle")
        self.layout_.addWidget(heading)
        self.layout_.addWidget(self.people, 1)
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Or find a member"), self.search)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("SeatMinutes")
        self.minutes.setRange(rules.MIN_SESSION_MINUTES, board.max_minutes)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        usable = (
            free_minutes if free_minutes >= rules.MIN_SESSION_MINUTES else board.default_minutes
        )
        self.minutes.setValue(min(board.default_minutes, usable))
        form.addRow(self.tr("For"), self.minutes)
        self.layout_.addLayout(form)
        seat = self.buttons.addButton(self.tr("Seat"), QDialogButtonBox.ButtonRole.AcceptRole)
        seat.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.finish_layout()

        row = 0
        if preselect is not None:
            row = next(
                (
                    i
                    for i in range(self.people.count())
                    if self.people.item(i).data(_ID) == preselect
                ),
                0,
            )
        self.people.setCurrentRow(row)
        if self.people.count() == 1:  # nobody checked in: most likely a name to type
            self.search.focus_search()
        else:
            self.people.setFocus()
        self.setTabOrder(self.people, self.search.edit)
        self.setTabOrder(self.search.edit, self.minutes)

    def _free_text(
        self, station: WorkstationState, board: BoardState, free: int, now: datetime
    ) -> str:
        upcoming = station.next_booking(now)
        if upcoming is not None and upcoming.starts_at <= now:
            return self.tr("{workstation} is booked until {time} for {who}.").format(
                workstation=station.label, time=wall_time(upcoming.ends_at), who=upcoming.person
            )
        if upcoming is not None:
            return self.tr(
                "{workstation} is free for {length}: booked at {time} for {who}."
            ).format(
                workstation=station.label,
                length=minutes_text(free),
                time=wall_time(upcoming.starts_at),
                who=upcoming.person,
            )
        if board.hours_configured and free < board.max_minutes:
            return self.tr("{workstation} is free for {length}, until the site closes.").format(
                workstation=station.label, length=minutes_text(free)
            )
        return self.tr("{workstation} is free.").format(workstation=station.label)

    def _on_buttons_accepted(self) -> None:
        item = self.people.currentItem()
        if item is None:
            self.error.show_error(self.tr("Choose who sits down."))
            return
        if item.data(_KIND) == TICKET:
            self._seat(None, None)
        else:
            self._seat(str(item.data(_ID)), None)

    def _on_search_member_chosen(self, member: MemberRow) -> None:
        self._seat(None, member.id)

    def _seat(self, visit_id: str | None, member_id: str | None) -> None:
        site_id, staff_id = self.context.site.id, self.context.account.id
        station_id, minutes, now = self.station.id, self.minutes.value(), self.clock()

        def op(session: Session) -> SeatedUse:
            from lam_desk.services import workstations

            if visit_id is not None:
                return workstations.seat(session, site_id, visit_id, station_id, minutes, now)
            return workstations.seat_walk_in(
                session, site_id, member_id, station_id, minutes, staff_id, now
            )

        self.run(op, self._on_seated)

    def _on_seated(self, use: SeatedUse) -> None:
        self.seated.emit(
            self.tr("{who} is seated at {workstation} until {time}.").format(
                who=who_text(use.who),
                workstation=self.station.label,
                time=wall_time(use.planned_end_at),
            )
        )


class MoveDialog(_TaskDialog):
    """Move a seated person to another free workstation, with the time they had left.

    Signals:
    moved(str): a sentence saying who went where.
    """

    moved = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        station: WorkstationState,
        board: BoardState,
        views: list[TileView],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        from lam_desk.ui.pages.board import TileKind

        super().__init__(context, parent)
        assert station.use is not None
        self.use = station.use
        self.station = station
        self.clock = clock
        self.setWindowTitle(self.tr("Move from {workstation}").format(workstation=station.label))
        self.setMinimumWidth(420)
        self.layout_.addWidget(QLabel(self.tr("Move {who} to:").format(who=who_text(self.use.who))))
        self.targets = _people_list()
        self.targets.setObjectName("MoveTargets")
        for other, view in zip(board.workstations, views, strict=True):
            if other.id != station.id and view.kind is TileKind.FREE and view.free_minutes > 0:
                _add_person(
                    self.targets,
                    self.tr("{workstation} — free for {length}").format(
                        workstation=other.label, length=minutes_text(view.free_minutes)
                    ),
                    other.label,
                    other.id,
                )
        self.layout_.addWidget(self.targets, 1)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        else:
            self.error.show_error(self.tr("No other workstation is free now."))
        move = self.buttons.addButton(self.tr("Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        move.setDefault(True)
        move.setEnabled(self.targets.count() > 0)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.finish_layout()
        self.targets.setFocus()

    def _on_buttons_accepted(self) -> None:
        item = self.targets.currentItem()
        if item is None:
            return
        target_id, target_label = str(item.data(_ID)), str(item.data(_KIND))
        use, now = self.use, self.clock()

        def op(session: Session) -> SeatedUse:
            from lam_desk.services import workstations

            return workstations.move(session, use.id, target_id, now, use.clocks)

        self.run(
            op,
            lambda moved: self.moved.emit(
                self.tr("{who} moved from {old} to {new}, until {time}.").format(
                    who=who_text(moved.who),
                    old=self.station.label,
                    new=target_label,
                    time=wall_time(moved.planned_end_at),
                )
            ),
        )


class ServiceDialog(_TaskDialog):
    """Take a workstation out of service with a reason, or put it back in service.

    Signals:
    changed(str): a sentence saying what changed.
    """

    changed = Signal(str)

    def __init__(
        self, context: DeskContext, station: WorkstationState, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.station = station
        self.setMinimumWidth(440)
        self.reason = QLineEdit()
        self.reason.setObjectName("OutOfServiceReason")
        self.reason.setMaxLength(200)
        if station.out_of_service_reason:
            self.setWindowTitle(self.tr("Back in service"))
            text = QLabel(
                self.tr("{workstation} is out of service: {reason}. Is it working again?").format(
                    workstation=station.label, reason=station.out_of_service_reason
                )
            )
            text.setWordWrap(True)
            self.layout_.addWidget(text)
            self.reason.hide()
            ok = self.buttons.addButton(
                self.tr("Back in service"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        else:
            self.setWindowTitle(self.tr("Out of service"))
            self.reason.setPlaceholderText(
                self.tr("What is wrong: screen, keyboard, will not start…")
            )
            form = QFormLayout()
            form.addRow(
                self.tr("Why is {workstation} out of service?").format(workstation=station.label),
                self.reason,
            )
            self.layout_.addLayout(form)
            ok = self.buttons.addButton(
                self.tr("Take out of service"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        ok.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.finish_layout()

    def _on_buttons_accepted(self) -> None:
        station_id, label = self.station.id, self.station.label
        back = bool(self.station.out_of_service_reason)
        reason = None if back else self.reason.text()

        def op(session: Session) -> None:
            from lam_desk.services import workstations

            workstations.set_out_of_service(session, station_id, reason)

        self.run(
            op,
            lambda _r: self.changed.emit(
                self.tr("{workstation} is back in service.").format(workstation=label)
                if back
                else self.tr("{workstation} is out of service.").format(workstation=label)
            ),
        )


class QueueDialog(_TaskDialog):
    """Put someone at the end of the queue: a person checked in and not seated, a new
    anonymous ticket, or a member found by name (checked in for free access).

    Signals:
    queued(str): a sentence saying who waits.
    """

    queued = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        visits: list[VisitLine],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.clock = clock
        self.setWindowTitle(self.tr("Add to the queue"))
        self.setMinimumWidth(480)
        heading = QLabel(self.tr("Who waits for a workstation?"))
        heading.setObjectName("CardTitle")
        self.layout_.addWidget(heading)
        self.people = _people_list()
        for visit in visits:
            if visit.open and visit.workstation is None and not visit.waiting:
                _add_person(
                    self.people,
                    self.tr("{who} — checked in at {time}").format(
                        who=who_text(visit.who), time=wall_time(visit.started_at)
                    ),
                    VISIT,
                    visit.id,
                )
        _add_person(self.people, self.tr("New anonymous ticket"), TICKET, None)
        self.layout_.addWidget(self.people, 1)
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Or find a member"), self.search)
        self.layout_.addLayout(form)
        ok = self.buttons.addButton(
            self.tr("Add to the queue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.finish_layout()
        self.people.setCurrentRow(0)
        if self.people.count() == 1:
            self.search.focus_search()
        else:
            self.people.setFocus()

    def _on_buttons_accepted(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        self._queue(str(item.data(_ID)) if item.data(_KIND) == VISIT else None, None)

    def _on_search_member_chosen(self, member: MemberRow) -> None:
        self._queue(None, member.id)

    def _queue(self, visit_id: str | None, member_id: str | None) -> None:
        site_id, staff_id, now = self.context.site.id, self.context.account.id, self.clock()

        def op(session: Session) -> VisitLine:
            from lam_desk.services import queue, visits

            chosen = visit_id
            if chosen is None and member_id is not None:
                chosen = visits.open_visit_of_member(session, site_id, member_id, now)
                if chosen is None:
                    chosen = visits.check_in_member(
                        session, site_id, member_id, ["free_access"], staff_id, now
                    ).id
            elif chosen is None:
                chosen = visits.check_in_anonymous(
                    session, site_id, ["free_access"], staff_id, now, ticket=True
                ).id
            queue.join(session, site_id, chosen, now)
            return next(v for v in visits.todays_visits(session, site_id, now) if v.id == chosen)

        self.run(
            op,
            lambda line: self.queued.emit(
                self.tr("{who} waits for a workstation.").format(who=who_text(line.who))
            ),
        )
