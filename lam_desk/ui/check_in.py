"""The check-in dialog: a member (found by name, card or phone, or a scanned card) or
anonymous visitors (a head count, an optional age band and gender), the reasons for the visit,
and whether they need a workstation (seated at once, or queued)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.people import DESK_AGE_BANDS, GENDER_LABELS, Gender
from lam_desk.domain.visits import MAX_HEAD_COUNT
from lam_desk.services.dto import MemberRow, Placement, PurposeRow, VisitLine
from lam_desk.ui.context import DeskContext
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.member_search import MemberSearchBox, display_name
from lam_desk.ui.visit_text import who_text
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Clock = Callable[[], datetime]
MEMBER_TAB, ANONYMOUS_TAB = 0, 1


def _purposes(session: Session, site_id: str) -> list[PurposeRow]:
    from lam_desk.services import visits

    return visits.purposes(session, site_id)


class CheckInDialog(QDialog):
    """Signals:
    checked_in(str): a sentence saying who came, and where they went.
    """

    checked_in = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        member: object = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.member: MemberRow | None = None
        self.purpose_boxes: dict[str, QCheckBox] = {}
        self._busy = False
        self.setWindowTitle(self.tr("Check in"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        self.tabs = QTabWidget()
        member_tab = QWidget()
        member_layout = QVBoxLayout(member_tab)
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        # Several namesakes must show at once: room for five rows at least.
        self.search.results.setMinimumHeight(6 * self.search.results.fontMetrics().height() + 60)
        member_layout.addWidget(self.search, 1)
        self.chosen = QLabel(self.tr("Type a name, a card number or a phone, then Enter."))
        self.chosen.setObjectName("ChosenMember")
        self.chosen.setWordWrap(True)
        member_layout.addWidget(self.chosen)
        self.tabs.addTab(member_tab, self.tr("A member"))

        anonymous_tab = QWidget()
        form = QFormLayout(anonymous_tab)
        self.head_count = QSpinBox()
        self.head_count.setObjectName("HeadCount")
        # One more than allowed, so an absurd count gets its message rather than a silent clamp.
        self.head_count.setRange(0, MAX_HEAD_COUNT + 1)
        self.head_count.setValue(1)
        form.addRow(self.tr("How many people"), self.head_count)
        self.age_band = QComboBox()
        self.age_band.setObjectName("AgeBand")
        self.age_band.addItem(self.tr("Not given"), None)
        for band in DESK_AGE_BANDS:
            text = (
                self.tr("{low} years and over").format(low=band.low)
                if band.high is None
                else self.tr("{low} to {high} years").format(low=band.low, high=band.high)
            )
            self.age_band.addItem(text, band.code)
        form.addRow(self.tr("Age"), self.age_band)
        self.gender = QComboBox()
        self.gender.setObjectName("Gender")
        for gender in (Gender.NOT_GIVEN, Gender.FEMALE, Gender.MALE, Gender.OTHER):
            self.gender.addItem(
                QCoreApplication.translate("People", GENDER_LABELS[gender]), gender.value
            )
        form.addRow(self.tr("Gender"), self.gender)
        self.tabs.addTab(anonymous_tab, self.tr("Anonymous"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout.addWidget(self.tabs)

        self.purpose_group = QGroupBox(self.tr("Why they came (one or more)"))
        self.purpose_grid = QGridLayout(self.purpose_group)
        self.purpose_hint = QLabel(self.tr("Loading the reasons…"))
        self.purpose_grid.addWidget(self.purpose_hint, 0, 0)
        layout.addWidget(self.purpose_group)

        self.needs_seat = QCheckBox(
            self.tr("&Needs a workstation (seated at the first free one, or put in the queue)")
        )
        self.needs_seat.setObjectName("NeedsWorkstation")
        layout.addWidget(self.needs_seat)

        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("Check in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if isinstance(member, MemberRow):
            self._on_search_member_chosen(member)
        else:
            self.search.focus_search()
        site_id = context.site.id
        context.tasks.run_read(lambda s: _purposes(s, site_id), self._on_purposes_read)

    # --- filling in ----------------------------------------------------------------------------

    def _on_purposes_read(self, purposes: list[PurposeRow]) -> None:
        self.purpose_hint.hide()
        previous: QWidget = self.purpose_group
        for n, purpose in enumerate(purposes):
            box = QCheckBox(purpose.label)
            box.setObjectName(f"purpose_{purpose.code}")
            box.toggled.connect(self.error.clear_error)
            self.purpose_boxes[purpose.code] = box
            self.purpose_grid.addWidget(box, n // 2, n % 2)
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.needs_seat)
        if self.member is not None and self.purpose_boxes:
            next(iter(self.purpose_boxes.values())).setFocus()

    def _on_search_member_chosen(self, member: MemberRow) -> None:
        self.member = member
        self.chosen.setText(
            self.tr("Checking in {name} ({card}).").format(
                name=display_name(member), card=member.card_number
            )
        )
        self.tabs.setCurrentIndex(MEMBER_TAB)
        self.error.clear_error()
        if self.purpose_boxes:
            next(iter(self.purpose_boxes.values())).setFocus()

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == ANONYMOUS_TAB:
            self.head_count.setFocus()
            self.head_count.selectAll()
        else:
            self.search.focus_search()

    def chosen_purposes(self) -> list[str]:
        return [code for code, box in self.purpose_boxes.items() if box.isChecked()]

    # --- saving --------------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        anonymous = self.tabs.currentIndex() == ANONYMOUS_TAB
        if not anonymous and self.member is None:
            self.error.show_error(self.tr("Find the member first, or use the Anonymous tab."))
            self.search.focus_search()
            return
        site_id, staff_id, now = self.context.site.id, self.context.account.id, self.clock()
        purposes = self.chosen_purposes()
        needs_seat = self.needs_seat.isChecked()
        member_id = self.member.id if self.member is not None and not anonymous else None
        head_count = self.head_count.value()
        band = self.age_band.currentData()
        gender = self.gender.currentData()

        def op(session: Session) -> tuple[VisitLine, Placement | None]:
            from lam_desk.services import visits, workstations

            if member_id is not None:
                line = visits.check_in_member(session, site_id, member_id, purposes, staff_id, now)
            else:
                line = visits.check_in_anonymous(
                    session,
                    site_id,
                    purposes,
                    staff_id,
                    now,
                    head_count=head_count,
                    age_band=band,
                    gender=gender,
                    ticket=needs_seat,
                )
            placed = (
                workstations.seat_or_queue(session, site_id, line.id, now) if needs_seat else None
            )
            return line, placed

        self._busy = True
        self.error.clear_error()
        self.context.tasks.run_write(op, self._on_checked_in, self._on_failed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter checks in wherever the focus is (the search box keeps its own Enter to pick
        a member); Escape closes, as in any dialog."""
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._on_buttons_accepted()
            return
        super().keyPressEvent(event)

    def _on_checked_in(self, result: tuple[VisitLine, Placement | None]) -> None:
        self._busy = False
        line, placed = result
        who = who_text(line.who)
        if placed is None:
            text = self.tr("{who} checked in.").format(who=who)
        elif placed.workstation is not None and placed.until is not None:
            text = self.tr("{who} checked in and seated at {workstation} until {time}.").format(
                who=who, workstation=placed.workstation, time=wall_time(placed.until)
            )
        else:
            text = self.tr("{who} checked in and waits in the queue.").format(who=who)
        self.checked_in.emit(text)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self.error.show_failure(error)
