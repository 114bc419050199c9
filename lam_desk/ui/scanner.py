"""A barcode scanner at the desk: it types a card number fast and presses Enter, wherever the
focus is. Told apart from a person typing by the time between keystrokes."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from lam_desk.domain.people import normalise_card_number

# A scanner sends its keys a few milliseconds apart; the fastest typing is about 60 ms a key
# (and 35 ms for a lucky pair). Every gap of a scan must be shorter than this.
MAX_GAP_S = 0.030
# A card number has at least 2 letters and 4 digits.
MIN_LENGTH = 6


class CardScanner(QObject):
    """An application event filter that recognises a card number typed by a scanner.

    ``active(widget)`` says whether a scan typed into ``widget`` counts (the desk is open,
    the widget is in its window).

    The keys still reach the focused widget as they come (nothing is delayed): when Enter
    ends a scan, the Enter is kept from the widget, and the scanned text is taken back out
    of a line edit that received it.

    Signals:
    card_scanned(str): a card number was scanned (as the scanner typed it).
    """

    card_scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        active: Callable[[QWidget], bool] = lambda widget: True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._active = active
        self._clock = clock
        self._typed: list[str] = []
        self._last_at = 0.0
        self._fast = True  # every gap of the keys in _typed was short
        self.max_gap_s = MAX_GAP_S
        self._last_seen: tuple[int, str, int] | None = None
        self._last_receiver: QWidget | None = None

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        # A key event goes to one widget first, then up to its parents when ignored: count it
        # once, where it starts.
        seen = (event.key(), event.text(), event.timestamp())
        last = self._last_receiver
        if (
            seen == self._last_seen
            and last is not None
            and last is not watched
            and watched.isAncestorOf(last)
        ):
            return False
        self._last_seen, self._last_receiver = seen, watched
        return self._on_key(watched, event)

    def _on_key(self, widget: QWidget, event: QKeyEvent) -> bool:
        now = self._clock()
        gap = now - self._last_at
        self._last_at = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed, fast = "".join(self._typed), self._fast and gap <= self.max_gap_s
            self._typed = []
            if not (fast and len(typed) >= MIN_LENGTH and self._active(widget)):
                return False
            if normalise_card_number(typed) is None:
                return False
            self._take_back(widget, typed)
            self.card_scanned.emit(typed)
            return True
        text = event.text()
        if not text or not text.isprintable():
            self._typed = []
            return False
        if not self._typed:
            self._fast = True
        elif gap > self.max_gap_s:
            # Typed by a person: start again from this key.
            self._typed = []
            self._fast = True
        self._typed.append(text)
        return False

    @staticmethod
    def _take_back(widget: QWidget, typed: str) -> None:
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            text = widget.text()
            if text.endswith(typed):
                widget.setText(text[: -len(typed)])
