"""Postes: the live board of the site's workstations, the walk-in queue beside it and today's
visits below it. Keyboard first: arrows to a tile, Enter to seat (or act on) it, + and * to
extend, M to move, Delete to end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain import workstations as rules
from lam_desk.services.dto import (
    BoardState,
    QueueLine,
    SeatedUse,
    VisitLine,
    WorkstationState,
)
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.models import Column, RowRole, RowTableModel
from lam_desk.ui.visit_text import countdown_text, minutes_text, who_text
from lam_desk.ui.widgets import Card, ErrorLabel, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], datetime]
REFRESH_MS = 15_000
TICK_MS = 1_000
# How long a letter key's action waits to be sure it did not begin a scanned card number.
LETTER_WAIT_MS = 120
ENDING_SECONDS = 5 * 60  # the countdown turns orange
TILE_SIZE = QSize(184, 116)


def system_clock() -> datetime:
    return datetime.now(UTC)


# --- what a tile shows ------------------------------------------------------------------------


class TileKind(Enum):
    FREE = "free"
    BOOKED_NOW = "booked_now"  # a booking runs and its person is not seated yet
    IN_USE = "in_use"
    ENDING = "ending"  # in use, five minutes or less left
    TIME_OVER = "time_over"
    OUT_OF_SERVICE = "out_of_service"


@dataclass(frozen=True)
class TileView:
    """A tile as drawn: its kind, the state word, the person, detail lines, the countdown;
    ``free_minutes``: how long a free workstation can take someone from now."""

    kind: TileKind
    label: str
    state: str
    person: str
    details: tuple[str, ...]
    countdown: str
    free_minutes: int


def opening_of(board: BoardState) -> rules.OpeningDay:
    return rules.OpeningDay(
        tuple(rules.Span(s.starts_at, s.ends_at) for s in board.opening),
        configured=board.hours_configured,
        closure_reason=board.closure_reason,
    )


def tile_view(
    station: WorkstationState, now: datetime, board: BoardState, opening: rules.OpeningDay
) -> TileView:
    """What the tile of ``station`` says at ``now`` (recomputed every second)."""
    label = station.label
    if station.out_of_service_reason:
        return TileView(
            TileKind.OUT_OF_SERVICE,
            label,
            QCoreApplication.translate("BoardPage", "Out of service"),
            "",
            (station.out_of_service_reason,),
            "",
            0,
        )
    upcoming = station.next_booking(now)
    use = station.use
    if use is not None:
        left = use.seconds_left(now)
        details = [
            QCoreApplication.translate("BoardPage", "since {time}").format(
                time=wall_time(use.started_at)
            )
        ]
        if upcoming is not None and upcoming.starts_at >= use.planned_end_at - timedelta(hours=1):
            details.append(
                QCoreApplication.translate("BoardPage", "booked at {time}").format(
                    time=wall_time(upcoming.starts_at)
                )
                if upcoming.starts_at > now
                else QCoreApplication.translate("BoardPage", "booked until {time}").format(
                    time=wall_time(upcoming.ends_at)
                )
            )
        if left < 0:
            over = (-left + 59) // 60
            return TileView(
                TileKind.TIME_OVER,
                label,
                QCoreApplication.translate("BoardPage", "Time up"),
                who_text(use.who),
                tuple(details),
                QCoreApplication.translate("BoardPage", "+{minutes} min").format(minutes=over),
                0,
            )
        kind = TileKind.ENDING if left <= ENDING_SECONDS else TileKind.IN_USE
        return TileView(
            kind,
            label,
            QCoreApplication.translate("BoardPage", "In use"),
            who_text(use.who),
            tuple(details),
            countdown_text(left),
            0,
        )
    spans = [rules.Span(b.starts_at, b.ends_at) for b in station.bookings]
    free = rules.free_minutes(now, spans, opening, limit=board.max_minutes)
    if upcoming is not None and upcoming.starts_at <= now:
        return TileView(
            TileKind.BOOKED_NOW,
            label,
            QCoreApplication.translate("BoardPage", "Booked"),
            upcoming.person,
            (
                QCoreApplication.translate("BoardPage", "until {time}").format(
                    time=wall_time(upcoming.ends_at)
                ),
            ),
            "",
            0,
        )
    notes: list[str] = []
    person = ""
    soon = ""  # how long until the next booking, where a seated person's countdown goes
    # Over lunch, or before opening: the tile says the site is closed, not "free".
    closed_now = opening.configured and opening.interval_at(now) is None
    state = (
        QCoreApplication.translate("BoardPage", "Closed")
        if closed_now
        else QCoreApplication.translate("BoardPage", "Free")
    )
    if closed_now:
        notes.append(QCoreApplication.translate("BoardPage", "the site is closed"))
    if upcoming is not None:
        wait = int((upcoming.starts_at - now).total_seconds() + 59) // 60
        notes.append(
            QCoreApplication.translate("BoardPage", "booked at {time}").format(
                time=wall_time(upcoming.starts_at)
            )
        )
        soon = QCoreApplication.translate("BoardPage", "in {wait}").format(wait=minutes_text(wait))
        person = upcoming.person
    elif opening.configured and free == 0 and not closed_now:
        notes.append(QCoreApplication.translate("BoardPage", "the site is closed"))
    return TileView(
        TileKind.FREE,
        label,
        state,
        person,
        tuple(notes),
        soon,
        free,
    )


def tile_views(board: BoardState, now: datetime) -> list[TileView]:
    """Every tile of the board at ``now`` (what a refresh builds)."""
    opening = opening_of(board)
    return [tile_view(station, now, board, opening) for station in board.workstations]


# --- the model and its drawing ----------------------------------------------------------------


class TileRole(IntEnum):
    VIEW = Qt.ItemDataRole.UserRole + 1
    STATION = Qt.ItemDataRole.UserRole + 2


class BoardModel(QAbstractListModel):
    """The site's workstations, as tiles; ``tick(now)`` recomputes what they say.

    Signals:
    time_over(WorkstationState): a seated person's time just ran out.
    """

    time_over = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board: BoardState | None = None
        self.now = system_clock()
        self._views: list[TileView] = []
        self._opening = rules.OpeningDay()
        self._alerted: set[str] = set()  # uses whose time-over was announced

    def set_board(self, board: BoardState, now: datetime) -> None:
        same_tiles = self.board is not None and [w.id for w in self.board.workstations] == [
            w.id for w in board.workstations
        ]
        self.board = board
        self._opening = opening_of(board)
        if same_tiles:
            self.tick(now)
            return
        self.beginResetModel()
        self.now = now
        self._views = [tile_view(w, now, board, self._opening) for w in board.workstations]
        self.endResetModel()
        self._announce()

    def tick(self, now: datetime) -> None:
        if self.board is None:
            return
        self.now = now
        self._views = [
            tile_view(w, now, self.board, self._opening) for w in self.board.workstations
        ]
        if self._views:
            self.dataChanged.emit(self.index(0), self.index(len(self._views) - 1))
        self._announce()

    def _announce(self) -> None:
        assert self.board is not None
        running = set()
        for station, view in zip(self.board.workstations, self._views, strict=True):
            if station.use is None:
                continue
            running.add(station.use.id)
            if view.kind is TileKind.TIME_OVER and station.use.id not in self._alerted:
                self._alerted.add(station.use.id)
                self.time_over.emit(station)
        self._alerted &= running

    def station(self, row: int) -> WorkstationState | None:
        if self.board is None or not 0 <= row < len(self.board.workstations):
            return None
        return self.board.workstations[row]

    def view(self, row: int) -> TileView | None:
        return self._views[row] if 0 <= row < len(self._views) else None

    def views(self) -> list[TileView]:
        return list(self._views)

    def row_of(self, workstation_id: str) -> int:
        if self.board is None:
            return -1
        return next(
            (i for i, w in enumerate(self.board.workstations) if w.id == workstation_id), -1
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._views)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._views):
            return None
        view = self._views[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{view.label} — {view.state}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [view.label, view.state, view.person, *view.details, view.countdown]
            return "\n".join(p for p in parts if p)
        if role == TileRole.VIEW:
            return view
        if role == TileRole.STATION:
            return self.station(index.row())
        return None


# Background, border and accent of each kind of tile.
_COLOURS: dict[TileKind, tuple[str, str, str]] = {
    TileKind.FREE: ("#eaf6ec", "#7dbb84", "#256b30"),
    TileKind.BOOKED_NOW: ("#fff5e1", "#e3a93b", "#8a5a00"),
    TileKind.IN_USE: ("#e8f0fb", "#7fa6d9", "#1f4f8f"),
    TileKind.ENDING: ("#e8f0fb", "#e08a1e", "#a65300"),
    TileKind.TIME_OVER: ("#fde3e1", "#c62828", "#b3261e"),
    TileKind.OUT_OF_SERVICE: ("#eceff1", "#a7b3bb", "#55636f"),
}


class TileDelegate(QStyledItemDelegate):
    """Draws a tile: the workstation's name and state, the person, details, the countdown."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return TILE_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The name on top, the person below it, details, and along the bottom the state
        word (left) and the countdown (right), so nothing long overlaps."""
        view = index.data(TileRole.VIEW)
        if not isinstance(view, TileView):
            return
        background, border, accent = _COLOURS[view.kind]
        rect = option.rect.adjusted(5, 5, -5, -5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(background))
        painter.setPen(QPen(QColor("#12474f" if selected else border), 3 if selected else 1.5))
        painter.drawRoundedRect(rect, 8, 8)
        inner = rect.adjusted(10, 6, -10, -6)
        base = QFont(option.font)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        def line(text: str, font: QFont, colour: str, top: int) -> int:
            painter.setFont(font)
            painter.setPen(QColor(colour))
            metrics = painter.fontMetrics()
            painter.drawText(
                QRect(inner.left(), top, inner.width(), metrics.height()),
                left,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
            )
            return top + metrics.height()

        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.1)
        y = line(view.label, title, "#1d2733", inner.top())
        # The bottom row: the state word and the countdown.
        big = QFont(base)
        big.setBold(True)
        big.setPointSizeF(base.pointSizeF() * (1.0 if view.kind is TileKind.FREE else 1.3))
        painter.setFont(big)
        bottom_height = painter.fontMetrics().height()
        bottom = QRect(inner.left(), inner.bottom() - bottom_height, inner.width(), bottom_height)
        countdown_width = 0
        if view.countdown:
            countdown_width = painter.fontMetrics().horizontalAdvance(view.countdown) + 6
            painter.setPen(QColor(accent if view.kind is not TileKind.IN_USE else "#1f4f8f"))
            if view.kind is TileKind.FREE:
                painter.setPen(QColor("#8a5a00"))  # the booking to come, in its colour
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, view.countdown
            )
        small = QFont(base)
        small.setBold(True)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(QColor(accent))
        state_room = max(inner.width() - countdown_width, 10)
        painter.drawText(
            QRect(bottom.left(), bottom.top(), state_room, bottom.height()),
            left,
            painter.fontMetrics().elidedText(
                view.state.upper(), Qt.TextElideMode.ElideRight, state_room
            ),
        )
        if view.person:
            person = QFont(base)
            person.setBold(view.kind is not TileKind.FREE)
            y = line(view.person, person, "#1d2733", y + 1)
        body = QFont(base)
        painter.setFont(body)
        height = painter.fontMetrics().height()
        for detail in view.details:
            if y + height > bottom.top() + 2:
                break
            y = line(detail, body, "#55636f", y)
        painter.restore()


class BoardView(QListView):
    """The grid of tiles. Enter acts on the current tile, + and * extend by 15 and 30
    minutes, M moves, Delete ends, S takes out of (or back into) service.

    Signals:
    tile_activated(int): Enter or a double click on a tile (its row).
    key_action(str, int): a key asked for "extend15", "extend30", "move", "end", "service".
    """

    tile_activated = Signal(int)
    key_action = Signal(str, int)

    _KEYS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_Plus: "extend15",
        Qt.Key.Key_Asterisk: "extend30",
        Qt.Key.Key_M: "move",
        Qt.Key.Key_Delete: "end",
        Qt.Key.Key_S: "service",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE_SIZE)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(TileDelegate(self))
        self.setMouseTracking(False)
        self.doubleClicked.connect(self._on_double_clicked)
        # A letter (M, S) may be the first key of a card scanned while the grid has the
        # focus (cards of Saint-Chinian begin with S): its action waits a moment, and is
        # dropped when more keys come at a scanner's pace.
        self._pending: tuple[str, int] | None = None
        self._letter_wait = QTimer(self)
        self._letter_wait.setSingleShot(True)
        self._letter_wait.setInterval(LETTER_WAIT_MS)
        self._letter_wait.timeout.connect(self._on_letter_waited)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._letter_wait.isActive():  # another key right after a letter: a scan
            self._letter_wait.stop()
            self._pending = None
            super().keyPressEvent(event)
            return
        row = self.currentIndex().row()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.tile_activated.emit(row)
            return
        action = self._KEYS.get(Qt.Key(event.key()))
        if action is not None and row >= 0:
            if event.text().isalpha():
                self._pending = (action, row)
                self._letter_wait.start()
            else:
                self.key_action.emit(action, row)
            return
        super().keyPressEvent(event)

    def _on_letter_waited(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.key_action.emit(*pending)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.tile_activated.emit(index.row())


# --- the page ---------------------------------------------------------------------------------


def _read(session: Session, site_id: str, now: datetime) -> tuple[BoardState, list[VisitLine]]:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services import visits, workstations

    return workstations.board(session, site_id, now), visits.todays_visits(session, site_id, now)


class BoardPage(QWidget):
    """Signals:
    alerts_changed(int): how many seated people are past their time now.
    desk_changed(): a write here changed the day (seats, visits, a booking claimed).
    """

    alerts_changed = Signal(int)
    desk_changed = Signal()

    def __init__(
        self, context: DeskContext, clock: Clock = system_clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.loaded = False  # a first board came from the store
        self._reading = False
        self._again = False
        self.visits: list[VisitLine] = []
        self.waits: dict[str, int | None] = {}
        self.nobody_more_today = False
        self.move_dialog: QDialog | None = None
        self.service_dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        top = QHBoxLayout()
        self.header = PageHeader(self.tr("Workstations"), context.site.name)
        top.addWidget(self.header, 1)
        self.sound = QCheckBox(self.tr("Sound when time is up"))
        self.sound.setChecked(self._sound_setting())
        self.sound.toggled.connect(self._on_sound_toggled)
        top.addWidget(self.sound, 0, Qt.AlignmentFlag.AlignBottom)
        self.check_in_button = QPushButton(self.tr("Check in… (F2)"))
        self.check_in_button.setObjectName("Primary")
        self.check_in_button.clicked.connect(self.open_check_in)
        top.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        self.alert = QLabel()
        self.alert.setObjectName("TimeOverBanner")
        self.alert.setWordWrap(True)
        self.alert.hide()
        layout.addWidget(self.alert)
        self.offer = QPushButton()
        self.offer.setObjectName("QueueOffer")
        self.offer.setToolTip(self.tr("Seat the first person of the queue (Ctrl+Enter)"))
        self.offer.clicked.connect(self.seat_queue_head)
        self.offer.hide()
        layout.addWidget(self.offer)
        self.message = QLabel()
        self.message.setObjectName("BoardMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        layout.addWidget(body, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        self.model = BoardModel(self)
        self.model.time_over.connect(self._on_model_time_over)
        self.grid = BoardView()
        self.grid.setModel(self.model)
        self.grid.tile_activated.connect(self._on_grid_tile_activated)
        self.grid.key_action.connect(self._on_grid_key_action)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._on_grid_context_menu)
        self.grid.selectionModel().currentChanged.connect(self._update_buttons)
        self.grid.setAccessibleName(self.tr("Workstations"))
        grid_layout.addWidget(self.grid, 1)
        # Two rows of three: the page fits a 1366-pixel-wide screen in French.
        actions = QGridLayout()
        self.seat_button = QPushButton(self.tr("Seat… (Enter)"))
        self.extend15_button = QPushButton(self.tr("+15 min (+)"))
        self.extend30_button = QPushButton(self.tr("+30 min (*)"))
        self.move_button = QPushButton(self.tr("Move… (M)"))
        self.end_button = QPushButton(self.tr("End (Del)"))
        self.service_button = QPushButton(self.tr("Out of service… (S)"))
        for place, (button, action) in enumerate(
            (
                (self.seat_button, "seat"),
                (self.extend15_button, "extend15"),
                (self.extend30_button, "extend30"),
                (self.move_button, "move"),
                (self.end_button, "end"),
                (self.service_button, "service"),
            )
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay on the grid
            button.clicked.connect(lambda _c=False, a=action: self._act_on_current(a))
            actions.addWidget(button, place // 3, place % 3)
        actions.setColumnStretch(3, 1)
        grid_layout.addLayout(actions)
        left.addWidget(grid_box)

        visits_card = Card(self.tr("Today's visits"))
        self.visits_model: RowTableModel[VisitLine] = RowTableModel(
            self._visit_columns(), self, muted=lambda v: not v.open
        )
        self.visits_view = QTableView()
        self.visits_view.setObjectName("TodayVisits")
        self.visits_view.setModel(self.visits_model)
        self._set_up_table(self.visits_view, stretch=2)
        visits_card.body.addWidget(self.visits_view)
        visit_buttons = QHBoxLayout()
        self.visits_summary = QLabel()
        visit_buttons.addWidget(self.visits_summary, 1)
        self.check_out_button = QPushButton(self.tr("Check out"))
        self.check_out_button.clicked.connect(self.check_out_selected)
        visit_buttons.addWidget(self.check_out_button)
        visits_card.body.addLayout(visit_buttons)
        left.addWidget(visits_card)
        left.setStretchFactor(0, 5)
        left.setStretchFactor(1, 4)
        body.addWidget(left)

        queue_card = Card(self.tr("Waiting for a workstation"))
        self.queue_model: RowTableModel[QueueLine] = RowTableModel(self._queue_columns(), self)
        self.queue_view = QTableView()
        self.queue_view.setObjectName("QueueList")
        self.queue_view.setModel(self.queue_model)
        self._set_up_table(self.queue_view, stretch=2)  # the name whole, the wait what is left
        queue_card.body.addWidget(self.queue_view, 1)
        self.queue_summary = QLabel()
        self.queue_summary.setWordWrap(True)
        queue_card.body.addWidget(self.queue_summary)
        queue_buttons = QGridLayout()
        self.queue_add_button = QPushButton(self.tr("Add…"))
        self.queue_add_button.clicked.connect(self.add_to_queue)
        self.queue_seat_button = QPushButton(self.tr("Seat"))
        self.queue_seat_button.clicked.connect(self.seat_selected_in_queue)
        self.queue_leave_button = QPushButton(self.tr("Left the queue"))
        self.queue_leave_button.clicked.connect(self.leave_selected_in_queue)
        queue_buttons.addWidget(self.queue_add_button, 0, 0)
        queue_buttons.addWidget(self.queue_seat_button, 0, 1)
        queue_buttons.addWidget(self.queue_leave_button, 1, 0, 1, 2)
        queue_card.body.addLayout(queue_buttons)
        queue_card.setMinimumWidth(330)
        body.addWidget(queue_card)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)

        seat_head = QAction(self)
        seat_head.setShortcut(QKeySequence("Ctrl+Return"))
        seat_head.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        seat_head.triggered.connect(self.seat_queue_head)
        self.addAction(seat_head)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._on_refresh_timeout)
        self._refresh.start()
        self._update_buttons()
        self.setFocusProxy(self.grid)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the board again (on the task runner); a refresh asked for while one runs
        follows it."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        site_id, now = self.context.site.id, self.clock()
        self.context.tasks.run_read(
            lambda s: _read(s, site_id, now), self._on_board_read, self._on_board_failed
        )

    def _on_refresh_timeout(self) -> None:
        # Not behind a closed window (the desk may have shut its tasks down already).
        if self.window().isVisible():
            self.refresh()

    def _on_board_read(self, result: tuple[BoardState, list[VisitLine]]) -> None:
        self._reading = False
        board, visits = result
        current = self.current_station()
        self.model.set_board(board, self.clock())
        if current is not None:
            row = self.model.row_of(current.id)
            if row >= 0:
                self.grid.setCurrentIndex(self.model.index(row))
        elif self.model.rowCount() and not self.grid.currentIndex().isValid():
            self.grid.setCurrentIndex(self.model.index(0))
        self.visits = visits
        self._keep_selection(self.visits_view, self.visits_model, visits)
        self._keep_selection(self.queue_view, self.queue_model, list(board.queue))
        self.loaded = True
        self._show_time_state()
        self._update_buttons()
        if self._again:
            self._again = False
            self.refresh()

    def _on_board_failed(self, error: BaseException) -> None:
        self._reading = False
        self.error.show_failure(error)
        if self._again:  # a write asked for a fresh board meanwhile: try once more
            self._again = False
            self.refresh()

    @property
    def board(self) -> BoardState | None:
        return self.model.board

    def current_station(self) -> WorkstationState | None:
        return self.model.station(self.grid.currentIndex().row())

    def _on_tick_timeout(self) -> None:
        self.model.tick(self.clock())
        self._show_time_state()

    def _show_time_state(self) -> None:
        """The alert banner, the queue's estimated waits and the offer to its head."""
        board = self.board
        if board is None:
            return
        over = [
            (station, view)
            for station, view in zip(board.workstations, self.model.views(), strict=True)
            if view.kind is TileKind.TIME_OVER
        ]
        if over:
            self.alert.setText(
                self.tr("Time is up: {list}").format(
                    list=", ".join(
                        f"{view.label} ({view.person}, {view.countdown})" for _, view in over
                    )
                )
            )
        self.alert.setVisible(bool(over))
        self.alerts_changed.emit(len(over))
        now = self.model.now
        seats = [
            rules.Seat(
                station.use.planned_end_at if station.use is not None else now,
                tuple(
                    rules.Span(b.starts_at, b.ends_at) for b in station.bookings if b.ends_at > now
                ),
            )
            for station in board.workstations
            if not station.out_of_service_reason and station.kind == rules.PUBLIC_PC
        ]
        opening = opening_of(board)
        waits = rules.estimated_waits(now, seats, len(board.queue), board.default_minutes, opening)
        self.waits = {
            line.id: (waits[i] if i < len(waits) else None) for i, line in enumerate(board.queue)
        }
        # With seats, a missing estimate means nobody more today (the domain's rule).
        self.nobody_more_today = bool(seats)
        if board.queue:
            self.queue_model.dataChanged.emit(
                self.queue_model.index(0, 0),
                self.queue_model.index(len(board.queue) - 1, self.queue_model.columnCount() - 1),
            )
            # People, not places in the queue: an anonymous group counts its head count.
            people = sum(max(1, line.who.head_count) for line in board.queue)
            self.queue_summary.setText(self.tr("%n person(s) waiting", "", people))
        else:
            self.queue_summary.setText(self.tr("Nobody is waiting."))
        offer = self._offer()
        if offer is not None:
            head, station, free = offer
            self.offer.setText(
                self.tr(
                    "{workstation} is free for {length}: seat {who}, first in the queue (Ctrl+Enter)"
                ).format(
                    workstation=station.label,
                    length=minutes_text(free),
                    who=who_text(head.who),
                )
            )
        self.offer.setVisible(offer is not None)
        open_visits = sum(1 for v in self.visits if v.open)
        people = sum(v.who.head_count for v in self.visits)
        self.visits_summary.setText(
            self.tr("%n visitor(s) today", "", people)
            + " · "
            + self.tr("%n visit(s) open", "", open_visits)
        )

    def _offer(self) -> tuple[QueueLine, WorkstationState, int] | None:
        """The head of the queue and the free workstation to offer them: the one free the
        longest, for at least the shortest offer."""
        board = self.board
        if board is None or not board.queue:
            return None
        best: tuple[int, WorkstationState] | None = None
        for station, view in zip(board.workstations, self.model.views(), strict=True):
            usable = (
                view.kind is TileKind.FREE
                and view.free_minutes >= rules.SHORTEST_OFFER_MINUTES
                and station.kind == rules.PUBLIC_PC  # a scanner is given by hand
            )
            if usable and (best is None or view.free_minutes > best[0]):
                best = (view.free_minutes, station)
        if best is None:
            return None
        return board.queue[0], best[1], min(best[0], board.default_minutes)

    # --- acting on tiles ---------------------------------------------------------------------

    def _on_grid_tile_activated(self, row: int) -> None:
        view = self.model.view(row)
        if view is None:
            return
        if view.kind in (TileKind.FREE, TileKind.BOOKED_NOW):
            self._act(row, "seat")
        elif view.kind is TileKind.OUT_OF_SERVICE:
            self._act(row, "service")
        else:
            self._show_menu(
                row,
                self.grid.viewport().mapToGlobal(
                    self.grid.visualRect(self.model.index(row)).center()
                ),
            )

    def _on_grid_key_action(self, action: str, row: int) -> None:
        self._act(row, action)

    def _on_grid_context_menu(self, position: QPoint) -> None:
        index = self.grid.indexAt(position)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self._show_menu(index.row(), self.grid.viewport().mapToGlobal(position))

    def _show_menu(self, row: int, where: QPoint) -> None:
        view = self.model.view(row)
        if view is None:
            return
        menu = QMenu(self)
        menu.setObjectName("TileMenu")
        in_use = view.kind in (TileKind.IN_USE, TileKind.ENDING, TileKind.TIME_OVER)
        entries = (
            [
                (self.tr("+15 minutes"), "extend15", "+"),
                (self.tr("+30 minutes"), "extend30", "*"),
                (self.tr("Move to another workstation…"), "move", "M"),
                (self.tr("End the session"), "end", "Del"),
            ]
            if in_use
            else [
                (self.tr("Seat someone…"), "seat", "Enter"),
                (self.tr("Out of service…"), "service", "S"),
            ]
        )
        for text, action, key in entries:
            item = menu.addAction(f"{text}\t{key}")
            item.triggered.connect(lambda _c=False, a=action: self._act(row, a))
        menu.popup(where)
        self._menu = menu

    def _act_on_current(self, action: str) -> None:
        row = self.grid.currentIndex().row()
        if row >= 0:
            self._act(row, action)
        self.grid.setFocus()

    def _act(self, row: int, action: str) -> None:
        station = self.model.station(row)
        view = self.model.view(row)
        if station is None or view is None or self.board is None:
            return
        self.error.clear_error()
        use = station.use
        if action == "seat":
            if use is not None or station.out_of_service_reason:
                self._refuse(self.tr("Choose a free workstation to seat someone."))
                return
            self.open_seat_dialog(station)
        elif action in ("extend15", "extend30"):
            if use is None:
                self._refuse(
                    self.tr("Nobody sits at {workstation}.").format(workstation=station.label)
                )
                return
            self.extend(use, 15 if action == "extend15" else 30, station.label)
        elif action == "move":
            if use is None:
                self._refuse(
                    self.tr("Nobody sits at {workstation}.").format(workstation=station.label)
                )
                return
            self.open_move_dialog(station)
        elif action == "end":
            if use is None:
                self._refuse(
                    self.tr("Nobody sits at {workstation}.").format(workstation=station.label)
                )
                return
            self.confirm_end(station)
        elif action == "service":
            self.open_service_dialog(station)

    def _refuse(self, text: str) -> None:
        self.error.show_error(text)

    def _update_buttons(self, *_: object) -> None:
        view = self.model.view(self.grid.currentIndex().row())
        in_use = view is not None and view.kind in (
            TileKind.IN_USE,
            TileKind.ENDING,
            TileKind.TIME_OVER,
        )
        free = view is not None and view.kind in (TileKind.FREE, TileKind.BOOKED_NOW)
        self.seat_button.setEnabled(free)
        for button in (
            self.extend15_button,
            self.extend30_button,
            self.move_button,
            self.end_button,
        ):
            button.setEnabled(in_use)
        self.service_button.setEnabled(view is not None and not in_use)
        self.service_button.setText(
            self.tr("Back in service… (S)")
            if view is not None and view.kind is TileKind.OUT_OF_SERVICE
            else self.tr("Out of service… (S)")
        )
        self.queue_seat_button.setEnabled(bool(self.queue_model.rowCount()))
        self.queue_leave_button.setEnabled(bool(self.queue_model.rowCount()))

    # --- writes ------------------------------------------------------------------------------

    def _write(self, op: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        def success(result: Any) -> None:
            done(result)
            self.refresh()
            self.desk_changed.emit()

        self.context.tasks.run_write(op, success, self._on_write_failed)

    def _on_write_failed(self, error: BaseException) -> None:
        self.error.show_failure(error)
        self.refresh()

    def say(self, text: str) -> None:
        """What the last action did, until the next one."""
        self.error.clear_error()
        self.message.setText(text)
        self.message.show()

    def extend(self, use: SeatedUse, minutes: int, label: str) -> None:
        now = self.clock()

        def op(session: Session) -> SeatedUse:
            from lam_desk.services import workstations

            return workstations.extend(session, use.id, minutes, now, use.clocks)

        self._write(
            op,
            lambda longer: self.say(
                self.tr("{who} at {workstation}: until {time} now.").format(
                    who=who_text(longer.who),
                    workstation=label,
                    time=wall_time(longer.planned_end_at),
                )
            ),
        )

    def confirm_end(self, station: WorkstationState) -> None:
        use = station.use
        assert use is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End the session"),
            self.tr("End the session of {who} at {workstation}?").format(
                who=who_text(use.who), workstation=station.label
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setObjectName("EndSessionBox")
        self._end_box = box
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.end(use, station.label)

    def end(self, use: SeatedUse, label: str) -> None:
        now = self.clock()

        def op(session: Session) -> None:
            from lam_desk.services import workstations

            workstations.end(session, use.id, now, use.clocks)

        self._write(
            op,
            lambda _r: self.say(
                self.tr("{workstation} is free: {who} has finished.").format(
                    workstation=label, who=who_text(use.who)
                )
            ),
        )

    def open_seat_dialog(self, station: WorkstationState, visit_id: str | None = None) -> None:
        from lam_desk.ui.seating import SeatDialog

        assert self.board is not None
        view = self.model.view(self.model.row_of(station.id))
        dialog = SeatDialog(
            self.context,
            station,
            self.board,
            self.visits,
            view.free_minutes if view is not None else self.board.default_minutes,
            self.clock,
            self,
            preselect=visit_id,
        )
        dialog.seated.connect(self._on_moved)
        self.seat_dialog = dialog
        dialog.open()

    def open_move_dialog(self, station: WorkstationState) -> None:
        from lam_desk.ui.seating import MoveDialog

        assert self.board is not None
        dialog = MoveDialog(self.context, station, self.board, self.model.views(), self.clock, self)
        dialog.moved.connect(self._on_moved)
        self.move_dialog = dialog
        dialog.open()

    def _on_moved(self, text: str) -> None:
        self.say(text)
        self.refresh()
        self.desk_changed.emit()
        self.grid.setFocus()

    def open_service_dialog(self, station: WorkstationState) -> None:
        from lam_desk.ui.seating import ServiceDialog

        dialog = ServiceDialog(self.context, station, self)
        dialog.changed.connect(self._on_moved)
        self.service_dialog = dialog
        dialog.open()

    # --- check-in, queue, visits -------------------------------------------------------------

    def open_check_in(self, member: object = None) -> None:
        """The check-in dialog, for ``member`` (a MemberRow: a scanned card) when given."""
        from lam_desk.ui.check_in import CheckInDialog

        dialog = CheckInDialog(self.context, self.clock, self, member=member)
        dialog.checked_in.connect(self._on_checked_in)
        self.check_in_dialog = dialog
        dialog.open()
        return None

    def _on_checked_in(self, text: str) -> None:
        self.say(text)
        self.refresh()
        self.desk_changed.emit()
        window = self.window()
        if isinstance(window, QMainWindow) and not self.isVisible():
            # Checked in from another page (F2, a scanned card): said where the animator is.
            window.statusBar().showMessage(text, 10_000)

    def seat_queue_head(self) -> None:
        offer = self._offer()
        if offer is None:
            if self.board is not None and self.board.queue:
                self._refuse(self.tr("No workstation is free for the queue yet."))
            return
        head, station, _free = offer
        self.grid.setCurrentIndex(self.model.index(self.model.row_of(station.id)))
        self.open_seat_dialog(station, visit_id=head.visit_id)

    def seat_selected_in_queue(self) -> None:
        line = self._selected(self.queue_view) or (
            self.board.queue[0] if self.board is not None and self.board.queue else None
        )
        if not isinstance(line, QueueLine):
            return
        station = self.current_station()
        view = self.model.view(self.grid.currentIndex().row())
        if station is None or view is None or view.kind is not TileKind.FREE:
            offer = self._offer()
            if offer is None:
                self._refuse(self.tr("No workstation is free for the queue yet."))
                return
            station = offer[1]
            self.grid.setCurrentIndex(self.model.index(self.model.row_of(station.id)))
        self.open_seat_dialog(station, visit_id=line.visit_id)

    def leave_selected_in_queue(self) -> None:
        line = self._selected(self.queue_view)
        if not isinstance(line, QueueLine):
            self._refuse(self.tr("Select the person who left in the queue."))
            return
        now = self.clock()

        def op(session: Session) -> None:
            from lam_desk.services import queue

            queue.leave(session, line.id, now)

        self._write(
            op,
            lambda _r: self.say(self.tr("{who} left the queue.").format(who=who_text(line.who))),
        )

    def add_to_queue(self) -> None:
        from lam_desk.ui.seating import QueueDialog

        dialog = QueueDialog(self.context, self.visits, self.clock, self)
        dialog.queued.connect(self._on_moved)
        self.queue_dialog = dialog
        dialog.open()

    def check_out_selected(self) -> None:
        line = self._selected(self.visits_view)
        if not isinstance(line, VisitLine):
            self._refuse(self.tr("Select a visit in the list first."))
            return
        now = self.clock()

        def op(session: Session) -> None:
            from lam_desk.services import visits

            visits.check_out(session, line.id, now)

        self._write(
            op,
            lambda _r: self.say(
                self.tr("{who} has left: visit closed.").format(who=who_text(line.who))
            ),
        )

    # --- alerts ------------------------------------------------------------------------------

    def _on_model_time_over(self, station: WorkstationState) -> None:
        if self.sound.isChecked():
            QApplication.beep()

    def _sound_setting(self) -> bool:
        value = self._preferences().value("board/sound", True)
        return value not in (False, "false", "0", 0)

    def _on_sound_toggled(self, on: bool) -> None:
        store = self._preferences()
        store.setValue("board/sound", on)
        store.sync()

    def _preferences(self) -> QSettings:
        return QSettings(str(self.context.paths.window_state_file), QSettings.Format.IniFormat)

    # --- lists -------------------------------------------------------------------------------

    @staticmethod
    def _set_up_table(view: QTableView, *, stretch: int) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @staticmethod
    def _selected(view: QTableView) -> object:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(RowRole.ROW) if rows else None

    def _keep_selection(self, view: QTableView, model: RowTableModel[Any], rows: list[Any]) -> None:
        chosen = self._selected(view)
        model.set_rows(rows)
        if chosen is None:
            return
        for i, row in enumerate(rows):
            if row.id == getattr(chosen, "id", None):
                view.selectRow(i)
                return

    def _visit_columns(self) -> list[Column[VisitLine]]:
        return [
            Column(self.tr("Arrived"), lambda v: wall_time(v.started_at)),
            Column(self.tr("Who"), lambda v: who_text(v.who)),
            Column(
                self.tr("Why"),
                lambda v: ", ".join(v.purposes),
                tooltip=lambda v: "\n".join(v.purposes),
            ),
            Column(self.tr("Now"), self._visit_state),
        ]

    def _visit_state(self, visit: VisitLine) -> str:
        if not visit.open:
            assert visit.ended_at is not None
            return self.tr("left at {time}").format(time=wall_time(visit.ended_at))
        if visit.workstation:
            return visit.workstation
        if visit.waiting:
            return self.tr("in the queue")
        return self.tr("at the desk")

    def _queue_columns(self) -> list[Column[QueueLine]]:
        return [
            Column(self.tr("Who"), lambda q: who_text(q.who)),
            Column(self.tr("Since"), lambda q: wall_time(q.joined_at)),
            Column(self.tr("Wait"), self._wait_text),
        ]

    def _wait_text(self, line: QueueLine) -> str:
        wait = self.waits.get(line.id)
        if wait is None:
            return self.tr("not today") if self.nobody_more_today else self.tr("unknown")
        if wait == 0:
            return self.tr("now")
        if wait >= 60:  # past the hour, a time on the clock says it better (after lunch...)
            at = self.model.now + timedelta(minutes=wait)
            return self.tr("around {time}").format(time=wall_time(at))
        return self.tr("about {length}").format(length=minutes_text(wait))
