"""Usagers: find a member, see their card, register a new one, print or reissue a card."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain import people
from lam_desk.domain.wallclock import paris_today
from lam_desk.i18n import translate
from lam_desk.services.dto import MemberDetails, MemberRow
from lam_desk.services.dto_training import TrainingHistory
from lam_desk.ui.context import DeskContext
from lam_desk.ui.member_data import MemberDataActions
from lam_desk.ui.member_search import MemberSearchBox, display_name
from lam_desk.ui.widgets import Card, ErrorLabel, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _details(session: Session, member_id: str, served: tuple[str, ...]) -> MemberDetails | None:
    from lam_desk.services import members

    return members.member_details(session, member_id, served)


def _training(session: Session, member_id: str) -> TrainingHistory:
    from lam_desk.services import training

    return training.member_training(session, member_id)


def training_text(history: TrainingHistory) -> str:
    """A member's runs, one a line: course, site, dates, sessions attended, hours."""
    from lam_desk.services.dto_training import EnrolmentState
    from lam_desk.ui.training_dialogs import hours_text, short_day

    lines = []
    for line in history.lines:
        text = translate("MembersPage", "{code} at {site}, {first} → {last}").format(
            code=line.course_code,
            site=line.site_name,
            first=short_day(line.starts_on),
            last=short_day(line.ends_on),
        )
        if line.state is EnrolmentState.WAITLISTED:
            text += " · " + translate("MembersPage", "on the waitlist")
        elif line.state is EnrolmentState.CANCELLED:
            text += " · " + translate("MembersPage", "cancelled")
        # What they attended counts whatever the enrolment says (a walk-in from the waitlist).
        if line.state is EnrolmentState.ENROLLED or line.sessions_attended:
            attended = line.sessions_attended
            text += " · " + translate("MembersPage", "sessions attended: {count}").format(
                count=attended
            )
            text += ", " + translate("MembersPage", "{hours} of {planned}").format(
                hours=hours_text(line.hours_attended), planned=hours_text(line.planned_hours)
            )
        lines.append(text)
    return "\n".join(lines)


def _reissue(
    session: Session, seen: MemberRow, site_code: str, actor: str, site_id: str
) -> MemberRow:
    from lam_desk.services import members

    return members.reissue_card(session, seen, site_code=site_code, actor=actor, site_id=site_id)


def render_card(member: MemberRow, site_name: str) -> Path:
    """The card's PDF in a fresh temporary folder (run off the main thread)."""
    from lam_desk.reports.member_card import render_member_card

    folder = Path(tempfile.mkdtemp(prefix="lam-desk-card-"))
    return render_member_card(member, site_name, folder / f"carte-{member.card_number}.pdf")


class MembersPage(QWidget):
    """Signals:
    member_shown(MemberRow): a member's card is shown (chosen, registered, or scanned).
    """

    member_shown = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.details: MemberDetails | None = None
        self.last_card_pdf: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        self.header = PageHeader(
            self.tr("Members"),
            self.tr(
                "Find someone by name, card number or phone — Ctrl+F from anywhere in the desk."
            ),
        )
        layout.addWidget(self.header)

        body = QHBoxLayout()
        body.setSpacing(16)
        layout.addLayout(body, 1)
        search_card = Card(self.tr("Search"))
        self.search = MemberSearchBox(context)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        search_card.body.addWidget(self.search, 1)
        body.addWidget(search_card, 3)

        right = QVBoxLayout()
        body.addLayout(right, 2)
        self.member_card = Card(self.tr("Member's card"))
        self.empty_note = QLabel(
            self.tr("Choose someone in the list, or register a new member (Ctrl+N).")
        )
        self.empty_note.setObjectName("HintLabel")
        self.empty_note.setWordWrap(True)
        self.member_card.body.addWidget(self.empty_note)
        self.name_label = QLabel()
        self.name_label.setObjectName("MemberName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.member_card.body.addWidget(self.name_label)
        self.fields = QFormLayout()
        self.fields.setHorizontalSpacing(14)
        self.member_card.body.addLayout(self.fields)
        self._values: dict[str, QLabel] = {}
        for key, label in (
            ("card", self.tr("Card number")),
            ("born", self.tr("Born")),
            ("commune", self.tr("Commune")),
            ("status", self.tr("Situation")),
            ("gender", self.tr("Gender")),
            ("home", self.tr("Home site")),
            ("registered", self.tr("Registered on")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("address", self.tr("Address")),
            ("consents", self.tr("Notice and charter")),
            ("guardian", self.tr("Parent or guardian")),
            ("training", self.tr("Training")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            self.fields.addRow(label, value)
        self.contact_note = QLabel()
        self.contact_note.setObjectName("HintLabel")
        self.contact_note.setWordWrap(True)
        self.member_card.body.addWidget(self.contact_note)
        self.member_card.body.addStretch(1)
        right.addWidget(self.member_card, 1)

        # Two rows, so the card keeps a fair width beside a roomy list of names: what is
        # done to the card above, the card's printing (and the data actions) below.
        main_actions = QHBoxLayout()
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New member"))
        self.new_button.setObjectName("Primary")
        self.new_button.setToolTip(self.tr("Register a new member (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit this card (Ctrl+E)"))
        self.print_button = QPushButton(self.tr("Print card"))
        self.print_button.setToolTip(self.tr("Print the member card (Ctrl+P)"))
        self.save_pdf_button = QPushButton(self.tr("Card as PDF…"))
        self.reissue_button = QPushButton(self.tr("Reissue card"))
        self.reissue_button.setToolTip(
            self.tr("A lost card: a new number; the old card stops working")
        )
        for button in (self.new_button, self.edit_button, self.reissue_button):
            button.setAutoDefault(False)
            main_actions.addWidget(button)
        main_actions.addStretch(1)
        right.addLayout(main_actions)
        for button in (self.print_button, self.save_pdf_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        # Import, export, erasure, purge (lam_desk/ui/member_data.py).
        self.data_actions = MemberDataActions(context, self)
        self.data_actions.member_erased.connect(self._on_member_erased)
        self.data_actions.members_imported.connect(self.search.search_again)
        actions.addWidget(self.data_actions.button)
        actions.addStretch(1)
        right.addLayout(actions)
        self.error = ErrorLabel()
        right.addWidget(self.error)
        self.done_label = QLabel()
        self.done_label.setObjectName("DoneLabel")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        right.addWidget(self.done_label)
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.print_button.clicked.connect(self.print_card)
        self.save_pdf_button.clicked.connect(self.save_card_pdf)
        self.reissue_button.clicked.connect(self.reissue_card)
        for keys, slot in (
            ("Ctrl+N", self.new_member),
            ("Ctrl+E", self.edit_member),
            ("Ctrl+P", self.print_card),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show(None)

    # --- what the window uses ------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.focus_search()

    def show_member(self, member_id: str) -> None:
        """Read the member's card and show it (after a choice, a registration, a scan)."""
        served = tuple(site.id for site in self.context.node.served_sites)
        self.context.tasks.run_read(
            lambda s: _details(s, member_id, served), self._on_details_loaded, self._on_failed
        )

    # --- the card ------------------------------------------------------------------------

    def _on_search_member_chosen(self, member: MemberRow) -> None:
        self.done_label.hide()
        self.error.clear_error()
        self.show_member(member.id)

    def _on_details_loaded(self, details: MemberDetails | None) -> None:
        self.error.clear_error()
        if details is None:
            self.error.show_error(self.tr("This card no longer exists (erased or merged)."))
        self._show(details)
        if details is not None:
            self.member_shown.emit(details.member)
            self._load_training(details.member.id)

    def _on_failed(self, error: BaseException) -> None:
        self.error.show_failure(error)

    def _load_training(self, member_id: str) -> None:
        self._values["training"].setText("…")
        self.context.tasks.run_read(
            lambda s: _training(s, member_id), self._on_training_loaded, self._on_failed
        )

    def _on_training_loaded(self, history: TrainingHistory) -> None:
        if self.details is None or self.details.member.id != history.member_id:
            return  # another member is shown meanwhile
        self._values["training"].setText(training_text(history) or "—")

    def _on_member_erased(self, member_id: str) -> None:
        if self.details is not None and self.details.member.id == member_id:
            self._show(None)
        self.search.search_again()  # the erased person leaves the list

    def _show(self, details: MemberDetails | None) -> None:
        self.details = details
        shown = details is not None
        self.empty_note.setVisible(not shown)
        self.name_label.setVisible(shown)
        for row in range(self.fields.rowCount()):
            self.fields.setRowVisible(row, shown)
        self.contact_note.setVisible(False)
        for button in (self.edit_button, self.print_button, self.save_pdf_button):
            button.setEnabled(shown)
        self.reissue_button.setEnabled(shown)
        self.data_actions.set_member(details.member if details is not None else None)
        if details is None:
            return
        member = details.member
        self.name_label.setText(display_name(member))
        values = self._values
        values["card"].setText(member.card_number)
        values["born"].setText(self._born_text(member))
        values["commune"].setText(member.commune_name or "—")
        values["status"].setText(self._label(people.STATUS_LABELS, people.Status, member.status))
        values["gender"].setText(self._label(people.GENDER_LABELS, people.Gender, member.gender))
        values["home"].setText(details.home_site_name or "—")
        values["registered"].setText(
            member.registered_on.strftime("%d/%m/%Y") if member.registered_on else "—"
        )
        contact = details.contact
        contact_rows = ("phone", "email", "address", "consents", "guardian")
        if not details.contact_kept_here:
            for key in contact_rows:
                self.fields.setRowVisible(values[key], False)
            self.contact_note.setText(
                self.tr("Contact details are kept at {site}: this desk does not see them.").format(
                    site=details.home_site_name
                )
            )
            self.contact_note.show()
            return
        values["phone"].setText(contact.phone if contact and contact.phone else "—")
        values["email"].setText(contact.email if contact and contact.email else "—")
        address = (
            " ".join(x for x in (contact.address, contact.postal_code) if x) if contact else ""
        )
        values["address"].setText(address or "—")
        if contact is not None and contact.notice_accepted_on and contact.charter_accepted_on:
            values["consents"].setText(
                self.tr("accepted on {date}").format(
                    date=contact.notice_accepted_on.strftime("%d/%m/%Y")
                )
            )
        else:
            values["consents"].setText(self.tr("not recorded — edit the card to record them"))
        if contact is not None and contact.parental_authorisation_on:
            values["guardian"].setText(
                self.tr("{name}, authorised on {date}").format(
                    name=contact.guardian_name,
                    date=contact.parental_authorisation_on.strftime("%d/%m/%Y"),
                )
            )
        else:
            self.fields.setRowVisible(values["guardian"], False)

    def _born_text(self, member: MemberRow) -> str:
        if member.birth_year is None:
            return self.tr("not given")
        age = people.age_on(member.birth_year, paris_today())
        band = people.band_of(age)
        text = self.tr("{year} ({age} this year)").format(year=member.birth_year, age=age)
        if band is not None:
            text += " · " + self.tr("age band {band}").format(band=band.code)
        return text

    def _label(self, labels: dict, kind: type, code: str) -> str:  # type: ignore[type-arg]
        try:
            return translate("People", labels[kind(code)])
        except (KeyError, ValueError):
            return code

    # --- actions -------------------------------------------------------------------------

    def new_member(self) -> None:
        self._open_dialog(None)

    def edit_member(self) -> None:
        if self.details is not None:
            self._open_dialog(self.details)

    def _open_dialog(self, seen: MemberDetails | None) -> None:
        from lam_desk.ui.member_dialog import MemberDialog

        self.dialog = MemberDialog(self.context, seen, self)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        if result and dialog.existing is not None:
            self.show_member(dialog.existing.id)
        elif result and dialog.saved is not None:
            self.show_member(dialog.saved.id)
        dialog.deleteLater()

    def print_card(self) -> None:
        if self.details is None:
            return
        member, site = self.details.member, self.context.site.name
        self.context.tasks.run(lambda: render_card(member, site), self._on_card_ready_to_print)

    def _on_card_ready_to_print(self, path: Path) -> None:
        from lam_desk.ui.pdf_printing import print_pdf

        self.last_card_pdf = path
        print_pdf(path, self)

    def save_card_pdf(self) -> None:
        if self.details is None:
            return
        member, site = self.details.member, self.context.site.name
        self.context.tasks.run(lambda: render_card(member, site), self._on_card_ready_to_save)

    def _on_card_ready_to_save(self, path: Path) -> None:
        from lam_desk.ui.pdf_printing import save_pdf_copy

        self.last_card_pdf = path
        save_pdf_copy(path, self, self.tr("Save the card as PDF"), path.name)

    def reissue_card(self) -> None:
        if self.details is None:
            return
        member = self.details.member
        answer = QMessageBox.question(
            self,
            self.tr("Reissue the card"),
            self.tr(
                "Give {name} a new card? The card {number} will stop working, "
                "at every desk of the network."
            ).format(name=display_name(member), number=member.card_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        site, actor = self.context.site, self.context.account.username
        self.context.tasks.run_write(
            lambda s: _reissue(s, member, site.code, actor, site.id),
            self._on_card_reissued,
            self._on_failed,
        )

    def _on_card_reissued(self, member: MemberRow) -> None:
        self.show_member(member.id)
        self.done_label.setText(
            self.tr("New card {number}: print it now (Ctrl+P).").format(number=member.card_number)
        )
        self.done_label.show()
