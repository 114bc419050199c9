"""Réglages → Site: opening hours, closures, lengths, the booking quota, the no-show delay and
the visit purposes of each site this desk serves. A coordinator edits; animators read."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.permissions import Action, allowed
from lam_desk.domain.wallclock import paris_today
from lam_desk.ui.context import DeskContext
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto import (
        ClosureRow,
        OpeningIntervalRow,
        SiteSettingsDraft,
        SiteSettingsRow,
    )

_RANGE = re.compile(r"^\s*(\S+?)\s*(?:-|–|—|à|to)\s*(\S+)\s*$")


def _read(session: Session, site_id: str) -> SiteSettingsRow:
    # Imported on the worker thread: the window shows before the ORM is loaded (lam_desk.peek).
    from lam_desk.services import sites

    return sites.site_settings(session, site_id)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SiteSettingsPanel(QWidget):
    """The settings of the site chosen at the top; saved all at once with Save."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.seen: SiteSettingsRow | None = None
        self.closures: list[ClosureRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Site")))
        self.site_box = QComboBox()
        served = context.node.served_sites or (context.site,)
        for site in served:
            self.site_box.addItem(site.name, site.id)
        self.site_box.setCurrentIndex(max(self.site_box.findData(context.site.id), 0))
        self.site_box.currentIndexChanged.connect(self.load)
        top.addWidget(self.site_box, 1)
        outer.addLayout(top)
        self.read_only_label = QLabel(
            self.tr("Only a coordinator changes a site's settings: they are shown here to read.")
        )
        self.read_only_label.setObjectName("HintLabel")
        self.read_only_label.setWordWrap(True)
        outer.addWidget(self.read_only_label)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        # Opening hours: one line per weekday, typed as people write them.
        hours_box = QGroupBox(self.tr("Opening hours"))
        hours = QGridLayout(hours_box)
        hint = QLabel(
            self.tr(
                "Write each day's intervals as 09:00-12:00, 14:00-18:00; leave a day empty "
                "when the site is closed. Public holidays are always closed."
            )
        )
        hint.setObjectName("HintLabel")
        hint.setWordWrap(True)
        hours.addWidget(hint, 0, 0, 1, 2)
        self.day_edits: list[QLineEdit] = []
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for weekday, name in enumerate(names):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("closed"))
            edit.setAccessibleName(name)
            label = QLabel(name)
            label.setBuddy(edit)
            hours.addWidget(label, weekday + 1, 0)
            hours.addWidget(edit, weekday + 1, 1)
            self.day_edits.append(edit)
        left.addWidget(hours_box)

        # Closures.
        closures_box = QGroupBox(self.tr("Closures"))
        closures = QVBoxLayout(closures_box)
        self.closure_list = QListWidget()
        self.closure_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.closure_list.setMinimumHeight(70)
        self.closure_list.setMaximumHeight(120)
        closures.addWidget(self.closure_list)
        add_row = QHBoxLayout()
        today = paris_today()
        self.closure_first = QDateEdit(_qdate(today))
        self.closure_last = QDateEdit(_qdate(today))
        for date_edit in (self.closure_first, self.closure_last):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("dd/MM/yyyy")
        self.closure_first.dateChanged.connect(self._on_closure_first_changed)
        self.closure_reason = QLineEdit()
        self.closure_reason.setPlaceholderText(self.tr("Reason (works, staff training…)"))
        self.closure_reason.setMaxLength(200)
        self.add_closure_button = QPushButton(self.tr("&Add"))
        self.remove_closure_button = QPushButton(self.tr("&Remove the chosen closure"))
        self.add_closure_button.clicked.connect(self._on_add_closure_clicked)
        self.remove_closure_button.clicked.connect(self._on_remove_closure_clicked)
        add_row.addWidget(QLabel(self.tr("From")))
        add_row.addWidget(self.closure_first)
        add_row.addWidget(QLabel(self.tr("to")))
        add_row.addWidget(self.closure_last)
        add_row.addWidget(self.closure_reason, 1)
        add_row.addWidget(self.add_closure_button)
        closures.addLayout(add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_closure_button)
        buttons.addStretch(1)
        closures.addLayout(buttons)
        left.addWidget(closures_box)
        left.addStretch(1)

        # Lengths, quota, no-show delay.
        lengths_box = QGroupBox(self.tr("Sessions and bookings"))
        form = QFormLayout(lengths_box)
        self.session_default = self._minutes(5, 720)
        self.session_max = self._minutes(5, 720)
        self.booking_min = self._minutes(5, 720)
        self.booking_max = self._minutes(5, 720)
        self.quota = self._minutes(0, 720)
        self.quota.setSpecialValueText(self.tr("no quota"))
        self.no_show = self._minutes(1, 120)
        form.addRow(self.tr("Usual session at a workstation"), self.session_default)
        form.addRow(self.tr("Longest session"), self.session_max)
        form.addRow(self.tr("Shortest booking"), self.booking_min)
        form.addRow(self.tr("Longest booking"), self.booking_max)
        form.addRow(self.tr("Booked time a day per person"), self.quota)
        form.addRow(self.tr("Release a booking nobody claims after"), self.no_show)
        right.addWidget(lengths_box)

        purposes_box = QGroupBox(self.tr("Purposes of visit offered"))
        purposes = QVBoxLayout(purposes_box)
        self.all_purposes = QCheckBox(self.tr("Every purpose of the network (new ones included)"))
        self.all_purposes.toggled.connect(self._on_all_purposes_toggled)
        self.purpose_list = QListWidget()
        self.purpose_list.setMinimumHeight(150)
        purposes.addWidget(self.all_purposes)
        purposes.addWidget(self.purpose_list)
        right.addWidget(purposes_box, 1)

        self.error = ErrorLabel()
        outer.addWidget(self.error)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the site's settings"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.saved_label = QLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        outer.addLayout(row)
        self.editors: list[QWidget] = [
            *self.day_edits,
            self.closure_first,
            self.closure_last,
            self.closure_reason,
            self.add_closure_button,
            self.remove_closure_button,
            self.session_default,
            self.session_max,
            self.booking_min,
            self.booking_max,
            self.quota,
            self.no_show,
            self.all_purposes,
            self.purpose_list,
            self.save_button,
        ]
        self.set_editable(allowed(context.account.role, Action.EDIT_SITE_SETTINGS))
        self.load()

    def _minutes(self, low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSingleStep(5)
        box.setSuffix(self.tr(" min"))
        box.valueChanged.connect(self.saved_label_clear)
        return box

    def saved_label_clear(self) -> None:
        if hasattr(self, "saved_label"):
            self.saved_label.clear()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.read_only_label.setVisible(not editable)
        for widget in self.editors:
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)

    def set_account_role(self) -> None:
        self.set_editable(allowed(self.context.account.role, Action.EDIT_SITE_SETTINGS))

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        site_id = self.site_box.currentData()
        self.error.clear_error()
        self.context.tasks.run_read(lambda s: _read(s, site_id), self._on_loaded)

    def _on_loaded(self, row: SiteSettingsRow) -> None:
        if row.site_id != self.site_box.currentData():
            return
        self.seen = row
        by_day: dict[int, list[str]] = {}
        for interval in row.opening:
            by_day.setdefault(interval.weekday, []).append(f"{interval.opens}-{interval.closes}")
        for weekday, edit in enumerate(self.day_edits):
            edit.setText(", ".join(by_day.get(weekday, [])))
        self.closures = list(row.closures)
        self._show_closures()
        self.session_default.setValue(row.session_default_minutes)
        self.session_max.setValue(row.session_max_minutes)
        self.booking_min.setValue(row.booking_min_minutes)
        self.booking_max.setValue(row.booking_max_minutes)
        self.quota.setValue(row.booking_quota_minutes)
        self.no_show.setValue(row.no_show_minutes)
        self.purpose_list.clear()
        offered = set(row.purpose_codes or ())
        for purpose in row.purposes:
            item = QListWidgetItem(purpose.label)
            item.setData(Qt.ItemDataRole.UserRole, purpose.code)
            checked = row.purpose_codes is None or purpose.code in offered
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.purpose_list.addItem(item)
        self.all_purposes.setChecked(row.purpose_codes is None)
        self._on_all_purposes_toggled(row.purpose_codes is None)
        self.saved_label.clear()

    def _show_closures(self) -> None:
        self.closure_list.clear()
        for closure in sorted(self.closures, key=lambda c: (c.first_day, c.last_day)):
            first, last = (
                closure.first_day.strftime("%d/%m/%Y"),
                closure.last_day.strftime("%d/%m/%Y"),
            )
            when = (
                first
                if first == last
                else self.tr("{first} to {last}").format(first=first, last=last)
            )
            item = QListWidgetItem(f"{when} — {closure.reason}" if closure.reason else when)
            item.setData(Qt.ItemDataRole.UserRole, closure)
            self.closure_list.addItem(item)

    # --- editing -------------------------------------------------------------------------

    def _on_closure_first_changed(self, value: QDate) -> None:
        if self.closure_last.date() < value:
            self.closure_last.setDate(value)

    def _on_add_closure_clicked(self) -> None:
        self.error.clear_error()
        first, last = _pydate(self.closure_first.date()), _pydate(self.closure_last.date())
        if last < first:
            self.error.show_error(self.tr("A closure ends before it starts: check its dates."))
            return
        from lam_desk.services.dto import ClosureRow

        self.closures.append(ClosureRow(None, first, last, self.closure_reason.text().strip()))
        self.closure_reason.clear()
        self._show_closures()
        self.saved_label.clear()

    def _on_remove_closure_clicked(self) -> None:
        item = self.closure_list.currentItem()
        if item is None:
            return
        closure = item.data(Qt.ItemDataRole.UserRole)
        self.closures = [c for c in self.closures if c is not closure and c != closure]
        self._show_closures()
        self.saved_label.clear()

    def _on_all_purposes_toggled(self, every: bool) -> None:
        self.purpose_list.setEnabled(self.editable and not every)

    def opening_rows(self) -> tuple[OpeningIntervalRow, ...] | None:
        """The week as typed; None (with the reason shown) when a line cannot be read."""
        from lam_desk.services.dto import OpeningIntervalRow

        rows: list[OpeningIntervalRow] = []
        for weekday, edit in enumerate(self.day_edits):
            for part in re.split(r"[,;]| et | and ", edit.text()):
                if not part.strip():
                    continue
                match = _RANGE.fullmatch(part)
                if match is None:
                    self.error.show_error(
                        self.tr(
                            "{day}: write the hours as 09:00-12:00, 14:00-18:00 (“{text}” cannot be read)."
                        ).format(day=self._day_name(weekday), text=part.strip())
                    )
                    edit.setFocus()
                    return None
                rows.append(OpeningIntervalRow(weekday, match.group(1), match.group(2)))
        return tuple(rows)

    def _day_name(self, weekday: int) -> str:
        label = self.day_edits[weekday].accessibleName()
        return label

    def draft(self) -> SiteSettingsDraft | None:
        from lam_desk.services.dto import SiteSettingsDraft

        opening = self.opening_rows()
        if opening is None:
            return None
        codes: tuple[str, ...] | None = None
        if not self.all_purposes.isChecked():
            codes = tuple(
                str(self.purpose_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.purpose_list.count())
                if self.purpose_list.item(i).checkState() == Qt.CheckState.Checked
            )
        return SiteSettingsDraft(
            session_default_minutes=self.session_default.value(),
            session_max_minutes=self.session_max.value(),
            booking_min_minutes=self.booking_min.value(),
            booking_max_minutes=self.booking_max.value(),
            booking_quota_minutes=self.quota.value(),
            no_show_minutes=self.no_show.value(),
            purpose_codes=codes,
            opening=opening,
            closures=tuple(self.closures),
        )

    def _on_save_clicked(self) -> None:
        self.error.clear_error()
        self.saved_label.clear()
        if self.seen is None or not self.editable:
            return
        draft = self.draft()
        if draft is None:
            return
        actor, seen = self.context.account, self.seen
        self.save_button.setEnabled(False)

        def op(session: Session) -> SiteSettingsRow:
            from lam_desk.services import sites

            return sites.update_site_settings(session, actor, seen, draft)

        self.context.tasks.run_write(op, self._on_saved, self._on_failed)

    def _on_saved(self, row: SiteSettingsRow) -> None:
        self.save_button.setEnabled(True)
        self._on_loaded(row)
        self.saved_label.setText(self.tr("Saved."))

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.show_failure(error)
