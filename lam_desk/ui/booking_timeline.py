"""The bookings of a site drawn as time goes: a day (workstations × hours) and a week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from lam_desk.domain.wallclock import PARIS
from lam_desk.services.dto import BookingRow, DayTimeline, WeekTimeline

SLOT = 30  # minutes a step of the cursor covers
DEFAULT_SPAN = (8 * 60, 19 * 60)


@dataclass(frozen=True)
class Palette:
    fill: str
    border: str
    text: str = "#1d2733"
    dashed: bool = False


# Colours by booking state; a block booking (a workshop) has its own.
PALETTES = {
    "expected": Palette("#d7e7f5", "#2f6f9f"),
    "late": Palette("#fde5c2", "#b86e00"),
    "arrived": Palette("#d3eddb", "#2e7d4f"),
    "no_show": Palette("#f6dedb", "#a5322a", "#6b1d17", dashed=True),
    "block": Palette("#e5dcf3", "#5f4597"),
    "phone": Palette("#d7e7f5", "#2f6f9f", dashed=True),
}
CLOSED_FILL = QColor("#e9ecef")
OPEN_FILL = QColor("#ffffff")
GRID = QColor("#dfe4e8")
HOUR_LINE = QColor("#c3ccd3")
NOW_LINE = QColor("#c62828")
CURSOR = QColor("#12474f")
SELECTION = QColor(29, 102, 113, 60)


def palette_of(booking: BookingRow) -> Palette:
    if booking.is_block and booking.state not in ("cancelled",):
        return PALETTES["block"]
    if booking.state == "expected" and booking.by_phone:
        return PALETTES["phone"]
    return PALETTES.get(booking.state, PALETTES["expected"])


def wall_minutes(moment: datetime, day: date) -> int:
    """Minutes since the start of ``day`` (Paris) of a moment, clamped to the day."""
    paris = moment.astimezone(PARIS)
    if paris.date() < day:
        return 0
    if paris.date() > day:
        return 24 * 60
    return paris.hour * 60 + paris.minute


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def day_span(timelines: list[DayTimeline]) -> tuple[int, int]:
    """The hours to draw: the opening of the days shown, whole hours, at least 09-18."""
    opens = [a for t in timelines for a, _ in t.opening]
    closes = [b for t in timelines for _, b in t.opening]
    starts = [wall_minutes(b.starts_at, t.day) for t in timelines for b in t.bookings]
    ends = [wall_minutes(b.ends_at, t.day) for t in timelines for b in t.bookings]
    if not opens and not starts:
        return DEFAULT_SPAN
    first = min([*opens, *starts, 9 * 60])
    last = max([*closes, *ends, 18 * 60])
    return first // 60 * 60, min(-(-last // 60) * 60, 24 * 60)


class DayTimelineView(QWidget):
    """Workstations as rows, hours as columns; opening hours white, closed hours grey,
    bookings as blocks with the person or the label.

    Keys: arrows move the cursor (a half hour, a workstation), Shift+Left/Right stretch the
    choice, Home/End go to the first/last half hour, Enter books the chosen time (or opens
    the booking under the cursor). Mouse: drag over free time to choose it, double-click to
    book it; click a booking to choose it, double-click to open it.

    Signals:
    slot_chosen(str, int, int): book this workstation from, to (minutes since midnight).
    booking_activated(BookingRow): open this booking.
    cursor_moved(): the cursor or the choice changed.
    """

    slot_chosen = Signal(str, int, int)
    booking_activated = Signal(object)
    cursor_moved = Signal()

    LABEL_WIDTH = 150
    HEADER_HEIGHT = 30
    MAX_ROW_HEIGHT = 52
    MIN_ROW_HEIGHT = 32
    MIN_HOUR_WIDTH = 72

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Bookings of the day"))
        self.timeline: DayTimeline | None = None
        self.now: datetime | None = None
        self.span = DEFAULT_SPAN
        self.row = 0
        self.minute = 9 * 60
        self.anchor: int | None = None  # the other end of a stretched choice, same row
        self._drag_from: tuple[int, int] | None = None

    # --- data ----------------------------------------------------------------------------

    def set_timeline(self, timeline: DayTimeline, now: datetime) -> None:
        same_day = self.timeline is not None and self.timeline.day == timeline.day
        self.timeline, self.now = timeline, now
        self.span = day_span([timeline])
        if not same_day:
            self.anchor = None
            first_open = timeline.opening[0][0] if timeline.opening else self.span[0]
            self.minute = self._snap(max(first_open, self._now_minute() or 0))
        self.row = min(self.row, max(len(timeline.stations) - 1, 0))
        self.minute = min(max(self.minute, self.span[0]), self.span[1] - SLOT)
        self.updateGeometry()
        self.update()
        self.cursor_moved.emit()

    def visible_bookings(self) -> list[BookingRow]:
        if self.timeline is None:
            return []
        return [b for b in self.timeline.bookings if b.state != "cancelled"]

    def current_station(self) -> str | None:
        if self.timeline is None or not self.timeline.stations:
            return None
        return self.timeline.stations[self.row].id

    def current_booking(self) -> BookingRow | None:
        """The booking under the cursor, if any."""
        station = self.current_station()
        if station is None or self.timeline is None:
            return None
        for booking in self.visible_bookings():
            if booking.workstation_id != station:
                continue
            start = wall_minutes(booking.starts_at, self.timeline.day)
            end = wall_minutes(booking.ends_at, self.timeline.day)
            if start < self.minute + SLOT and self.minute < end:
                return booking
        return None

    def selection(self) -> tuple[str, int, int] | None:
        """The chosen free time: workstation, from, to (minutes)."""
        station = self.current_station()
        if station is None:
            return None
        low = min(self.minute, self.anchor if self.anchor is not None else self.minute)
        high = max(self.minute, self.anchor if self.anchor is not None else self.minute)
        return station, low, high + SLOT

    def select(self, station_id: str, minute: int, until: int | None = None) -> None:
        """Put the cursor on a workstation at a time (and stretch the choice to ``until``)."""
        if self.timeline is None:
            return
        for row, station in enumerate(self.timeline.stations):
            if station.id == station_id:
                self.row = row
        self.minute = self._snap(minute)
        self.anchor = None if until is None else self._snap(until - SLOT)
        self._cursor_changed()

    # --- geometry ------------------------------------------------------------------------

    @property
    def row_height(self) -> int:
        """Rows share the height shown, between a readable minimum and a comfortable
        maximum: twelve workstations fit a laptop screen without scrolling."""
        rows = len(self.timeline.stations) if self.timeline and self.timeline.stations else 4
        free = (self.height() - self.HEADER_HEIGHT - 2) // rows
        return max(self.MIN_ROW_HEIGHT, min(self.MAX_ROW_HEIGHT, free))

    def _hours(self) -> int:
        return max((self.span[1] - self.span[0]) // 60, 1)

    def _hour_width(self) -> float:
        free = self.width() - self.LABEL_WIDTH - 8
        return max(free / self._hours(), self.MIN_HOUR_WIDTH)

    def _x(self, minute: int) -> float:
        return self.LABEL_WIDTH + (minute - self.span[0]) * self._hour_width() / 60

    def _minute_at(self, x: float) -> int:
        raw = self.span[0] + (x - self.LABEL_WIDTH) * 60 / self._hour_width()
        return min(max(self._snap(int(raw)), self.span[0]), self.span[1] - SLOT)

    def _row_at(self, y: float) -> int | None:
        if self.timeline is None or y < self.HEADER_HEIGHT:
            return None
        row = int((y - self.HEADER_HEIGHT) // self.row_height)
        return row if 0 <= row < len(self.timeline.stations) else None

    def _row_rect(self, row: int) -> QRectF:
        top = self.HEADER_HEIGHT + row * self.row_height
        return QRectF(0, top, self.width(), self.row_height)

    def _snap(self, minute: int) -> int:
        return minute // SLOT * SLOT

    def _now_minute(self) -> int | None:
        if self.timeline is None or self.now is None:
            return None
        if self.now.astimezone(PARIS).date() != self.timeline.day:
            return None
        return wall_minutes(self.now, self.timeline.day)

    def sizeHint(self) -> QSize:
        rows = len(self.timeline.stations) if self.timeline else 4
        width = self.LABEL_WIDTH + self._hours() * 90 + 8
        return QSize(width, self.HEADER_HEIGHT + rows * self.MAX_ROW_HEIGHT + 2)

    def minimumSizeHint(self) -> QSize:
        rows = len(self.timeline.stations) if self.timeline else 4
        width = self.LABEL_WIDTH + self._hours() * self.MIN_HOUR_WIDTH + 8
        return QSize(int(width), self.HEADER_HEIGHT + rows * self.MIN_ROW_HEIGHT + 2)

    def booking_rect(self, booking: BookingRow) -> QRectF:
        assert self.timeline is not None
        rows = {s.id: i for i, s in enumerate(self.timeline.stations)}
        row = rows.get(booking.workstation_id, 0)
        start = max(wall_minutes(booking.starts_at, self.timeline.day), self.span[0])
        end = min(wall_minutes(booking.ends_at, self.timeline.day), self.span[1])
        top = self.HEADER_HEIGHT + row * self.row_height
        return QRectF(
            self._x(start) + 1, top + 4, self._x(end) - self._x(start) - 2, self.row_height - 8
        )

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.timeline is None:
            return
        t = self.timeline
        bottom = self.HEADER_HEIGHT + len(t.stations) * self.row_height
        right = self._x(self.span[1])
        # Closed time grey, open time white (closures and holidays: all grey).
        painter.fillRect(
            QRectF(
                self.LABEL_WIDTH,
                self.HEADER_HEIGHT,
                right - self.LABEL_WIDTH,
                bottom - self.HEADER_HEIGHT,
            ),
            CLOSED_FILL,
        )
        opening = t.opening if t.hours_configured else (() if t.closed_reason else ((0, 24 * 60),))
        for opens, closes in opening:
            a, b = max(opens, self.span[0]), min(closes, self.span[1])
            if a < b:
                painter.fillRect(
                    QRectF(
                        self._x(a),
                        self.HEADER_HEIGHT,
                        self._x(b) - self._x(a),
                        bottom - self.HEADER_HEIGHT,
                    ),
                    OPEN_FILL,
                )
        # Hours and half hours.
        header_font = QFont(self.font())
        header_font.setPointSizeF(self.font().pointSizeF() * 0.9)
        painter.setFont(header_font)
        for minute in range(self.span[0], self.span[1] + 1, 30):
            x = self._x(minute)
            hour = minute % 60 == 0
            painter.setPen(QPen(HOUR_LINE if hour else GRID, 1))
            painter.drawLine(
                QPointF(x, self.HEADER_HEIGHT - (6 if hour else 0)), QPointF(x, bottom)
            )
            if hour and minute < self.span[1]:
                painter.setPen(QColor("#37474f"))
                painter.drawText(
                    QRectF(x + 3, 4, 60, self.HEADER_HEIGHT - 8),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{minute // 60} h",
                )
        # Workstation rows.
        painter.setFont(self.font())
        for row, station in enumerate(t.stations):
            rect = self._row_rect(row)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(0, rect.bottom()), QPointF(right, rect.bottom()))
            label_rect = QRectF(10, rect.top(), self.LABEL_WIDTH - 14, rect.height())
            if station.out_of_service_reason:
                painter.fillRect(
                    QRectF(
                        self.LABEL_WIDTH,
                        rect.top() + 1,
                        right - self.LABEL_WIDTH,
                        rect.height() - 1,
                    ),
                    QBrush(QColor("#b0b8bf"), Qt.BrushStyle.BDiagPattern),
                )
                painter.setPen(QColor("#8a4b00"))
                text = self.tr("{label} (out of service)").format(label=station.label)
            else:
                painter.setPen(QColor("#1d2733"))
                text = station.label
            metrics = QFontMetrics(self.font())
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(label_rect.width())),
            )
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.drawLine(
            QPointF(self.LABEL_WIDTH, self.HEADER_HEIGHT), QPointF(self.LABEL_WIDTH, bottom)
        )
        painter.drawLine(QPointF(0, self.HEADER_HEIGHT), QPointF(right, self.HEADER_HEIGHT))
        # The choice (free time) under the bookings, the bookings, then the cursor.
        selection = self.selection()
        if selection is not None and self.hasFocus() and self.current_booking() is None:
            _station, low, high = selection
            rect = self._row_rect(self.row)
            painter.fillRect(
                QRectF(
                    self._x(low), rect.top() + 2, self._x(high) - self._x(low), rect.height() - 4
                ),
                SELECTION,
            )
        current = self.current_booking()
        for booking in self.visible_bookings():
            self._paint_booking(
                painter,
                booking,
                booking is current or (current is not None and booking.id == current.id),
            )
        if self.hasFocus() and t.stations:
            rect = self._row_rect(self.row)
            painter.setPen(QPen(CURSOR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRectF(
                    self._x(self.minute) + 1,
                    rect.top() + 2,
                    self._x(self.minute + SLOT) - self._x(self.minute) - 2,
                    rect.height() - 4,
                )
            )
        now = self._now_minute()
        if now is not None and self.span[0] <= now <= self.span[1]:
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(
                QPointF(self._x(now), self.HEADER_HEIGHT - 4), QPointF(self._x(now), bottom)
            )
        if t.closed_reason or (t.hours_configured and not t.opening):
            text = (
                self.tr("Closed: {reason}").format(reason=t.closed_reason)
                if t.closed_reason
                else self.tr("Closed on this day of the week")
            )
            big = QFont(self.font())
            big.setPointSizeF(self.font().pointSizeF() * 1.3)
            big.setBold(True)
            painter.setFont(big)
            painter.setPen(QColor("#55636f"))
            painter.drawText(
                QRectF(
                    self.LABEL_WIDTH,
                    self.HEADER_HEIGHT,
                    right - self.LABEL_WIDTH,
                    bottom - self.HEADER_HEIGHT,
                ),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
        if not t.stations:
            painter.setPen(QColor("#55636f"))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("This site has no workstation yet."),
            )
        painter.end()

    def _paint_booking(self, painter: QPainter, booking: BookingRow, current: bool) -> None:
        palette = palette_of(booking)
        rect = self.booking_rect(booking)
        pen = QPen(QColor(palette.border), 3 if current else 1.4)
        if palette.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(palette.fill))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(QColor(palette.text))
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.9)
        font.setBold(booking.is_block)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.78)
        inner = rect.adjusted(6, 1, -4, -1)
        metrics, small_metrics = QFontMetrics(font), QFontMetrics(small)
        width = int(inner.width())
        name = metrics.elidedText(self.booking_text(booking), Qt.TextElideMode.ElideRight, width)
        left = Qt.AlignmentFlag.AlignLeft
        painter.setFont(font)
        if inner.height() < metrics.height() + small_metrics.height():
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | left, name)
            return
        half = inner.height() / 2
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), half + 2),
            Qt.AlignmentFlag.AlignBottom | left,
            name,
        )
        painter.setFont(small)
        times = "{}–{}".format(
            booking.starts_at.astimezone(PARIS).strftime("%H:%M"),
            booking.ends_at.astimezone(PARIS).strftime("%H:%M"),
        )
        painter.drawText(
            QRectF(inner.left(), inner.top() + half, inner.width(), half),
            Qt.AlignmentFlag.AlignTop | left,
            small_metrics.elidedText(times, Qt.TextElideMode.ElideRight, width),
        )

    def booking_text(self, booking: BookingRow) -> str:
        """What a booking's block says: who, and what became of it."""
        name = booking.title or self.tr("(no name)")
        if booking.is_block:
            return name
        if booking.state == "no_show":
            return self.tr("No-show: {name}").format(name=name)
        if booking.state == "arrived":
            return self.tr("✓ {name}").format(name=name)
        if booking.state == "late":
            return self.tr("Late: {name}").format(name=name)
        if booking.by_phone:
            return self.tr("☎ {name}").format(name=name)
        return name

    def booking_summary(self, booking: BookingRow) -> str:
        state = {
            "expected": self.tr("expected"),
            "late": self.tr("late: not arrived yet"),
            "arrived": self.tr("arrived"),
            "no_show": self.tr("no-show: released"),
            "cancelled": self.tr("cancelled"),
        }.get(booking.state, booking.state)
        who = booking.title or self.tr("(no name)")
        if booking.by_phone:
            who = self.tr("{name} (booked by phone)").format(name=who)
        elif booking.is_block:
            who = self.tr("{label} (block booking)").format(label=who)
        return self.tr("{workstation}, {start}–{end}: {who} — {state}").format(
            workstation=booking.workstation,
            start=booking.starts_at.astimezone(PARIS).strftime("%H:%M"),
            end=booking.ends_at.astimezone(PARIS).strftime("%H:%M"),
            who=who,
            state=state,
        )

    def cursor_text(self) -> str:
        """The cursor said in words (shown under the timeline, read by screen readers)."""
        if self.timeline is None or not self.timeline.stations:
            return ""
        booking = self.current_booking()
        if booking is not None:
            return self.booking_summary(booking)
        selection = self.selection()
        assert selection is not None
        station = self.timeline.stations[self.row]
        text = self.tr("{workstation}, {start}–{end}: free — Enter to book").format(
            workstation=station.label, start=hhmm(selection[1]), end=hhmm(selection[2])
        )
        if station.out_of_service_reason:
            text = self.tr("{workstation}: out of service ({reason})").format(
                workstation=station.label, reason=station.out_of_service_reason
            )
        return text

    # --- keyboard and mouse --------------------------------------------------------------

    def _cursor_changed(self) -> None:
        self.setAccessibleDescription(self.cursor_text())
        self.update()
        self.cursor_moved.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.timeline is None or not self.timeline.stations:
            super().keyPressEvent(event)
            return
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        last_row = len(self.timeline.stations) - 1
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if shift and self.anchor is None:
                self.anchor = self.minute
            elif not shift:
                self.anchor = None
            step = -SLOT if key == Qt.Key.Key_Left else SLOT
            self.minute = min(max(self.minute + step, self.span[0]), self.span[1] - SLOT)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.anchor = None
            self.row = min(max(self.row + (-1 if key == Qt.Key.Key_Up else 1), 0), last_row)
        elif key == Qt.Key.Key_Home:
            self.anchor = None
            self.minute = self.span[0]
        elif key == Qt.Key.Key_End:
            self.anchor = None
            self.minute = self.span[1] - SLOT
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate()
            return
        elif key == Qt.Key.Key_Escape and self.anchor is not None:
            self.anchor = None
        else:
            super().keyPressEvent(event)
            return
        self._cursor_changed()

    def activate(self) -> None:
        """Enter: open the booking under the cursor, or book the chosen time."""
        booking = self.current_booking()
        if booking is not None:
            self.booking_activated.emit(booking)
            return
        selection = self.selection()
        if selection is not None:
            self.slot_chosen.emit(*selection)

    def _booking_at(self, pos: QPointF) -> BookingRow | None:
        for booking in self.visible_bookings():
            if self.booking_rect(booking).contains(pos):
                return booking
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row is None or event.position().x() < self.LABEL_WIDTH:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        booking = self._booking_at(event.position())
        self.row = row
        if booking is not None and self.timeline is not None:
            self.minute = max(
                self._snap(wall_minutes(booking.starts_at, self.timeline.day)), self.span[0]
            )
            self.anchor = None
            self._drag_from = None
        else:
            self.minute = self._minute_at(event.position().x())
            self.anchor = None
            self._drag_from = (row, self.minute)
        self._cursor_changed()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            _row, start = self._drag_from
            minute = self._minute_at(event.position().x())
            if minute != self.minute or self.anchor is None:
                self.anchor, self.minute = start, minute
                self._cursor_changed()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._row_at(event.position().y()) is None:
            return
        self.activate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            booking = self._booking_at(QPointF(event.pos()))
            if booking is not None:
                QToolTip.showText(event.globalPos(), self.booking_summary(booking), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class WeekView(QWidget):
    """Seven days side by side, hours going down; each day shows its workstations as thin
    columns, so a full day looks full. Left/Right (or a click) choose a day, Enter (or a
    double-click) opens it.

    Signals:
    day_chosen(date): the cursor moved to this day.
    day_activated(date): open this day.
    """

    day_chosen = Signal(object)
    day_activated = Signal(object)

    HEADER_HEIGHT = 46
    HOUR_LABEL_WIDTH = 46
    HOUR_HEIGHT = 44

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeekView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Bookings of the week"))
        self.week: WeekTimeline | None = None
        self.now: datetime | None = None
        self.current = 0  # index of the chosen day
        self.span = DEFAULT_SPAN

    def set_week(self, week: WeekTimeline, now: datetime, current: date) -> None:
        self.week, self.now = week, now
        self.current = max(0, min((current - week.monday).days, 6))
        self.span = day_span(list(week.days))
        self.updateGeometry()
        self.update()

    def current_day(self) -> date | None:
        return None if self.week is None else self.week.days[self.current].day

    def _column_width(self) -> float:
        return (self.width() - self.HOUR_LABEL_WIDTH - 6) / 7

    def _column_x(self, index: int) -> float:
        return self.HOUR_LABEL_WIDTH + index * self._column_width()

    def _y(self, minute: int) -> float:
        return self.HEADER_HEIGHT + (minute - self.span[0]) * self.HOUR_HEIGHT / 60

    def sizeHint(self) -> QSize:
        hours = (self.span[1] - self.span[0]) // 60
        return QSize(900, self.HEADER_HEIGHT + hours * self.HOUR_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def day_title(self, index: int) -> str:
        assert self.week is not None
        day = self.week.days[index]
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        return f"{names[index]} {day.day.day:02d}/{day.day.month:02d}"

    def day_count(self, index: int) -> str:
        assert self.week is not None
        day = self.week.days[index]
        if day.closed_reason:
            return self.tr("closed")
        live = [b for b in day.bookings if b.state != "cancelled"]
        people = sum(1 for b in live if not b.is_block)
        blocks = len({b.block_id for b in live if b.is_block})
        text = self.tr("%n booking(s)", "", people)
        if blocks:
            text += " · " + self.tr("%n workshop(s)", "", blocks)
        return text

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.week is None:
            return
        top, bottom = self.HEADER_HEIGHT, self._y(self.span[1])
        width = self._column_width()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        for index, day in enumerate(self.week.days):
            x = self._column_x(index)
            column = QRectF(x + 2, top, width - 4, bottom - top)
            painter.fillRect(column, CLOSED_FILL)
            opening = (
                day.opening
                if day.hours_configured
                else (() if day.closed_reason else ((0, 24 * 60),))
            )
            for opens, closes in opening:
                a, b = max(opens, self.span[0]), min(closes, self.span[1])
                if a < b:
                    painter.fillRect(
                        QRectF(x + 2, self._y(a), width - 4, self._y(b) - self._y(a)), OPEN_FILL
                    )
            stations = {s.id: i for i, s in enumerate(day.stations)}
            lane = (width - 8) / max(len(stations), 1)
            for booking in day.bookings:
                if booking.state == "cancelled" or booking.workstation_id not in stations:
                    continue
                palette = palette_of(booking)
                start = max(wall_minutes(booking.starts_at, day.day), self.span[0])
                end = min(wall_minutes(booking.ends_at, day.day), self.span[1])
                rect = QRectF(
                    x + 4 + stations[booking.workstation_id] * lane,
                    self._y(start),
                    max(lane - 1, 1),
                    max(self._y(end) - self._y(start) - 1, 2),
                )
                painter.fillRect(
                    rect, QColor(palette.border if booking.state != "no_show" else "#d98c85")
                )
            chosen = index == self.current
            painter.setPen(QPen(CURSOR if chosen else GRID, 3 if chosen and self.hasFocus() else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x + 2, 2, width - 4, bottom - 2))
            title_font = QFont(self.font())
            title_font.setBold(chosen)
            painter.setFont(title_font)
            painter.setPen(QColor("#12474f"))
            painter.drawText(
                QRectF(x + 6, 4, width - 10, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.day_title(index),
            )
            painter.setFont(small)
            painter.setPen(QColor("#55636f"))
            metrics = QFontMetrics(small)
            painter.drawText(
                QRectF(x + 6, 24, width - 10, 18),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(
                    self.day_count(index), Qt.TextElideMode.ElideRight, int(width - 10)
                ),
            )
            if day.closed_reason:
                painter.save()
                painter.setPen(QColor("#55636f"))
                painter.drawText(
                    column.adjusted(4, 0, -4, 0),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    day.closed_reason,
                )
                painter.restore()
        painter.setFont(small)
        for minute in range(self.span[0], self.span[1] + 1, 60):
            y = self._y(minute)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(self.HOUR_LABEL_WIDTH, y), QPointF(self.width() - 4, y))
            if minute < self.span[1]:
                painter.setPen(QColor("#37474f"))
                painter.drawText(
                    QRectF(2, y, self.HOUR_LABEL_WIDTH - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{minute // 60} h",
                )
        if self.now is not None:
            today = self.now.astimezone(PARIS).date()
            index = (today - self.week.monday).days
            minute = wall_minutes(self.now, today)
            if 0 <= index < 7 and self.span[0] <= minute <= self.span[1]:
                painter.setPen(QPen(NOW_LINE, 2))
                x = self._column_x(index)
                painter.drawLine(
                    QPointF(x + 2, self._y(minute)), QPointF(x + width - 2, self._y(minute))
                )
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.week is not None:
            self.current = min(max(self.current + (-1 if key == Qt.Key.Key_Left else 1), 0), 6)
            self.update()
            self.day_chosen.emit(self.current_day())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.week is not None:
            self.day_activated.emit(self.current_day())
        else:
            super().keyPressEvent(event)

    def _index_at(self, x: float) -> int | None:
        if self.week is None or x < self.HOUR_LABEL_WIDTH:
            return None
        index = int((x - self.HOUR_LABEL_WIDTH) // self._column_width())
        return index if 0 <= index < 7 else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().x())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if index is not None:
            self.current = index
            self.update()
            self.day_chosen.emit(self.current_day())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._index_at(event.position().x()) is not None:
            self.day_activated.emit(self.current_day())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
