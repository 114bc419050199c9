"""The member search box: type a name, a card number or a phone, pick the person with Enter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain import people
from lam_desk.ui.context import DeskContext
from lam_desk.ui.models import Column, RowRole, RowTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto import MemberRow

SEARCH_DELAY_MS = 120
RESULT_LIMIT = 20


def _search(
    session: Session, generation: int, text: str, home: tuple[str, ...]
) -> tuple[int, list[MemberRow]]:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services.members import search_members

    return generation, search_members(session, text, limit=RESULT_LIMIT, home_first=home)


def display_name(member: MemberRow) -> str:
    """ "BÉDARIDE Paul": the family name in capitals, as the desk reads names aloud."""
    return people.display_name(member.family_name, member.given_name)


class MemberSearchBox(QWidget):
    """A search field with the members found listed below it, as you type.

    Up and Down move in the list, Enter picks the highlighted member (the first one unless
    moved), a click picks one too, Escape clears the field (and, when it is already empty,
    is left to the window: a dialog closes).

    Signals:
    member_chosen(MemberRow): the animator picked this member.
    """

    member_chosen = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation = 0  # of the last search asked for
        self._shown_generation = 0  # of the results on screen
        self._pick_when_found = False  # Enter was pressed before the results came

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setObjectName("MemberSearchEdit")
        self.edit.setPlaceholderText(self.tr("Name, card number or phone"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search a member"))
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)

        self.model: RowTableModel[MemberRow] = RowTableModel(self._columns(), self)
        self.results = QTableView()
        self.results.setObjectName("MemberSearchResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(False)
        self.results.verticalHeader().hide()
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name takes the room; a long commune name is cut short, not the person's name.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 125)
        self.results.clicked.connect(self._on_results_clicked)
        self.results.hide()
        layout.addWidget(self.results, 1)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("HintLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    # --- what callers use ----------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the field, its text selected so typing replaces it."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        self.edit.clear()

    def search_again(self) -> None:
        """Read the list again for what is typed (a member was erased, or others imported)."""
        if self.edit.text().strip():
            self._generation += 1
            self._on_timer_timeout()

    def found(self) -> list[MemberRow]:
        """The members listed now."""
        return self.model.rows()

    def current_member(self) -> MemberRow | None:
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        row: MemberRow | None = index.data(RowRole.ROW)
        return row

    # --- searching -----------------------------------------------------------------------

    def _on_edit_text_changed(self, text: str) -> None:
        self._generation += 1  # results of what was typed before are now stale
        self._pick_when_found = False
        if not text.strip():
            self._timer.stop()
            self._show([], self._generation)
            return
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        generation, text = self._generation, self.edit.text()
        # The people of the sites this desk serves first: they are the ones at the desk.
        home = tuple(site.id for site in self.context.node.served_sites) or (self.context.site.id,)
        self.context.tasks.run_read(lambda s: _search(s, generation, text, home), self._on_found)

    def _on_found(self, result: tuple[int, list[MemberRow]]) -> None:
        generation, rows = result
        if generation != self._generation:
            return  # an older search answered late: what is typed now wins
        self._show(rows, generation)
        if self._pick_when_found:
            self._pick_when_found = False
            self._pick()

    def _show(self, rows: list[MemberRow], generation: int) -> None:
        self._shown_generation = generation
        self.model.set_rows(rows)
        self.results.setVisible(bool(rows))
        if rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.empty_label.hide()
        elif self.edit.text().strip():
            self.empty_label.setText(
                self.tr("Nobody found for “{text}”.").format(text=self.edit.text().strip())
            )
            self.empty_label.show()
        else:
            self.empty_label.hide()

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._on_edit_key(event):
                return True
        return super().eventFilter(watched, event)

    def _on_edit_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._move(key)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.edit.text().strip():
                return False
            if self._shown_generation != self._generation:
                # Typed faster than the search: pick as soon as it answers.
                self._pick_when_found = True
                if self._timer.isActive():
                    self._timer.stop()
                    self._on_timer_timeout()
            else:
                self._pick()
            return True
        if key == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            return True
        return False

    def _move(self, key: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.results.currentIndex().row()
        step = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 10,
            Qt.Key.Key_PageUp: -10,
        }[Qt.Key(key)]
        row = min(max(current + step, 0), count - 1)
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _on_results_clicked(self, index: QModelIndex) -> None:
        self.results.setCurrentIndex(index)
        self._pick()

    def _pick(self) -> None:
        member = self.current_member()
        if member is None:
            return
        self.member_chosen.emit(member)
        self.edit.selectAll()

    def _columns(self) -> list[Column[MemberRow]]:
        return [
            Column(self.tr("Name"), display_name, tooltip=display_name),
            Column(self.tr("Card"), lambda m: m.card_number),
            Column(
                self.tr("Born"),
                lambda m: str(m.birth_year) if m.birth_year is not None else "—",
            ),
            Column(
                self.tr("Commune"),
                lambda m: m.commune_name or "—",
                tooltip=lambda m: m.commune_name,
            ),
        ]
