"""Registering or editing a member: the minimum card, the contact, the notice and the
charter, a parent's authorisation under 15; likely duplicates shown before a new card."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain import people
from lam_desk.domain.wallclock import paris_today
from lam_desk.errors import UserError
from lam_desk.i18n import translate
from lam_desk.services.dto import (
    CommuneRow,
    DuplicateCandidate,
    MemberDetails,
    MemberDraft,
    MemberRow,
)
from lam_desk.ui.context import DeskContext
from lam_desk.ui.member_search import display_name
from lam_desk.ui.models import Column, RowRole, RowTableModel
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COMMUNE_RESULTS = 12


def commune_text(commune: CommuneRow) -> str:
    """ "Bédarieux (34600)": how the picker shows a commune."""
    return f"{commune.name} ({commune.postal_code})" if commune.postal_code else commune.name


def _find_communes(generation: int, text: str, near: str) -> tuple[int, list[CommuneRow]]:
    from lam_desk.services import communes

    return generation, communes.directory().search(text, near=near, limit=COMMUNE_RESULTS)


class CommunePicker(QWidget):
    """A commune from the French list: type a postal code or the beginning of a name
    (accents aside, "st" for "saint"), the nearest communes to the desk first; Up/Down and
    Enter, or a click, choose one.

    Signals:
    commune_changed(object): the commune chosen (a CommuneRow), or None when the text no
        longer names one.
    """

    commune_changed = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._chosen: CommuneRow | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Postal code or name of the commune"))
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.list = QListWidget()
        self.list.setObjectName("CommuneList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setMaximumHeight(132)
        self.list.hide()
        self.list.itemClicked.connect(self._on_list_item_clicked)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(80)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.edit.textEdited.connect(self._on_edit_text_edited)

    def commune(self) -> CommuneRow | None:
        return self._chosen

    def set_commune(self, commune: CommuneRow | None) -> None:
        self._chosen = commune
        self.edit.setText(commune_text(commune) if commune is not None else "")
        self.list.clear()
        self.list.hide()

    def _on_edit_text_edited(self, text: str) -> None:
        self._generation += 1
        if self._chosen is not None:
            self._chosen = None
            self.commune_changed.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self.list.clear()
            self.list.hide()

    def _on_timer_timeout(self) -> None:
        generation, text = self._generation, self.edit.text()
        near = self.context.site.commune_insee
        self.context.tasks.run(lambda: _find_communes(generation, text, near), self._on_found)

    def _on_found(self, result: tuple[int, list[CommuneRow]]) -> None:
        generation, found = result
        if generation != self._generation:
            return
        self.list.clear()
        for commune in found:
            department = self.tr("department {code}").format(code=commune.department_code)
            item = QListWidgetItem(f"{commune_text(commune)} — {department}")
            item.setData(Qt.ItemDataRole.UserRole, commune)
            self.list.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("No commune found: check the spelling or the code."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.list.setCurrentRow(0 if found else -1)
        self.list.setVisible(self.edit.hasFocus() or bool(found))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if self.list.isVisible() and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
            if self.list.isVisible() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
                    self._choose(item)
                    return True
            if key == Qt.Key.Key_Escape and self.list.isVisible():
                self.list.hide()
                return True
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_list_if_left)
        return super().eventFilter(watched, event)

    def _hide_list_if_left(self) -> None:
        if not self.edit.hasFocus():
            self.list.hide()

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        commune = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(commune, CommuneRow)
        self.set_commune(commune)
        self.commune_changed.emit(commune)


def _check_and_find_duplicates(
    session: Session, draft: MemberDraft, today: date
) -> list[DuplicateCandidate]:
    from lam_desk.services import members

    members.check_draft(draft, today)
    return members.find_duplicates(session, draft)


def _create(
    session: Session, draft: MemberDraft, site_id: str, actor: str, today: date
) -> MemberRow:
    from lam_desk.services import members

    return members.create_member(session, draft, home_site_id=site_id, actor=actor, today=today)


def _update(
    session: Session, seen: MemberDetails, draft: MemberDraft, actor: str, site_id: str, today: date
) -> MemberRow:
    from lam_desk.services import members

    return members.update_member(session, seen, draft, actor=actor, site_id=site_id, today=today)


def _render_notice(site_name: str, day: date) -> str:
    import tempfile
    from pathlib import Path

    from lam_desk.reports.member_card import render_information_notice

    folder = Path(tempfile.mkdtemp(prefix="lam-desk-notice-"))
    return str(render_information_notice(site_name, folder / "information-notice.pdf", day=day))


class MemberDialog(QDialog):
    """New member (``seen`` None) or edit of the card read as ``seen``.

    After ``accept()``: ``saved`` is the card written, or ``existing`` the member the animator
    recognised among the likely duplicates (nothing was written then).
    """

    def __init__(
        self, context: DeskContext, seen: MemberDetails | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.seen = seen
        self.today = paris_today()
        self.saved: MemberRow | None = None
        self.existing: MemberRow | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.setWindowTitle(
            self.tr("New member") if seen is None else self.tr("Edit the member's card")
        )
        self.setMinimumWidth(900)
        self._errors: dict[str, ErrorLabel] = {}

        columns = QHBoxLayout()
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.family_name = QLineEdit()
        self.family_name.setMaxLength(people.NAME_MAX_LENGTH + 20)
        self.given_name = QLineEdit()
        self.given_name.setMaxLength(people.NAME_MAX_LENGTH + 20)
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(0, 9999, self))
        self.birth_year.setMaxLength(4)
        self.birth_year.setPlaceholderText(self.tr("e.g. 1962"))
        self.birth_year.setMaximumWidth(110)
        self.age_label = QLabel()
        self.age_label.setObjectName("HintLabel")
        year_row = QHBoxLayout()
        year_row.addWidget(self.birth_year)
        year_row.addWidget(self.age_label, 1)
        self.gender = QComboBox()
        for gender in (
            people.Gender.NOT_GIVEN,
            people.Gender.FEMALE,
            people.Gender.MALE,
            people.Gender.OTHER,
        ):
            self.gender.addItem(translate("People", people.GENDER_LABELS[gender]), str(gender))
        self.status = QComboBox()
        self.status.addItem(self.tr("Choose…"), "")
        for status in people.Status:
            self.status.addItem(translate("People", people.STATUS_LABELS[status]), str(status))
        self.commune = CommunePicker(context)
        self._add_row(left, self.tr("Family name"), self.family_name, "family_name")
        self._add_row(left, self.tr("Given name"), self.given_name, "given_name")
        self._add_row(left, self.tr("Birth year"), year_row, "birth_year")
        self._add_row(left, self.tr("Commune"), self.commune, "commune_insee")
        self._add_row(left, self.tr("Situation"), self.status, "status")
        self._add_row(left, self.tr("Gender"), self.gender, "gender")
        identity = QGroupBox(self.tr("The card (shared by the network)"))
        identity.setLayout(left)

        home_name = seen.home_site_name if seen is not None else context.site.name
        self.contact_box = QGroupBox(
            self.tr("Contact (kept at {site} only)").format(site=home_name)
        )
        contact = QFormLayout(self.contact_box)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(5)
        self.postal_code.setMaximumWidth(110)
        self._add_row(contact, self.tr("Phone"), self.phone, "phone")
        self._add_row(contact, self.tr("E-mail"), self.email, "email")
        self._add_row(contact, self.tr("Address"), self.address, "address")
        self._add_row(contact, self.tr("Postal code"), self.postal_code, "postal_code")
        self.contact_elsewhere = QLabel(
            self.tr("This member's contact details are kept at {site}.").format(site=home_name)
        )
        self.contact_elsewhere.setWordWrap(True)
        self.contact_elsewhere.setObjectName("HintLabel")

        self.consent_box = QGroupBox(self.tr("Information and charter"))
        consent = QVBoxLayout(self.consent_box)
        from lam_desk.reports.member_card import notice_text

        self.notice = QPlainTextEdit(notice_text())
        self.notice.setReadOnly(True)
        self.notice.setTabChangesFocus(True)
        self.notice.setMaximumHeight(130)
        consent.addWidget(self.notice)
        self.print_notice_button = QPushButton(self.tr("Print the notice…"))
        self.print_notice_button.setAutoDefault(False)
        self.print_notice_button.clicked.connect(self._on_print_notice_clicked)
        consent.addWidget(self.print_notice_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice_accepted = QCheckBox(self.tr("The information notice was read or given"))
        self.charter_accepted = QCheckBox(self.tr("The house charter was accepted"))
        consent.addWidget(self.notice_accepted)
        consent.addWidget(self._error_label("notice_accepted"))
        consent.addWidget(self.charter_accepted)
        consent.addWidget(self._error_label("charter_accepted"))
        self.parental_box = QWidget()
        parental = QFormLayout(self.parental_box)
        parental.setContentsMargins(0, 6, 0, 0)
        self.parental_authorisation = QCheckBox(
            self.tr("A parent or guardian authorised the registration (under 15)")
        )
        self.guardian_name = QLineEdit()
        parental.addRow(self.parental_authorisation)
        parental.addRow(self._error_label("parental_authorisation"))
        self._add_row(parental, self.tr("Parent or guardian"), self.guardian_name, "guardian_name")
        consent.addWidget(self.parental_box)

        left_column = QVBoxLayout()
        left_column.addWidget(identity)
        left_column.addWidget(self.contact_box)
        left_column.addWidget(self.contact_elsewhere)
        left_column.addStretch(1)
        right_column = QVBoxLayout()
        right_column.addWidget(self.consent_box)
        right_column.addStretch(1)
        columns.addLayout(left_column, 1)
        columns.addLayout(right_column, 1)

        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Register") if seen is None else self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.birth_year.textChanged.connect(self._on_birth_year_text_changed)
        self._fill(seen)
        self._on_birth_year_text_changed(self.birth_year.text())
        self.family_name.setFocus()

    # --- building ------------------------------------------------------------------------

    def _error_label(self, field: str) -> ErrorLabel:
        label = ErrorLabel()
        self._errors[field] = label
        return label

    def _add_row(self, form: QFormLayout, label: str, field: object, name: str) -> None:
        holder = QVBoxLayout()
        holder.setSpacing(2)
        if isinstance(field, QWidget):
            holder.addWidget(field)
        else:
            holder.addLayout(field)  # type: ignore[arg-type]
        holder.addWidget(self._error_label(name))
        form.addRow(label, holder)

    def _fill(self, seen: MemberDetails | None) -> None:
        if seen is None:
            self.contact_elsewhere.hide()
            return
        member = seen.member
        self.family_name.setText(member.family_name)
        self.given_name.setText(member.given_name)
        self.birth_year.setText(str(member.birth_year) if member.birth_year is not None else "")
        self.gender.setCurrentIndex(max(self.gender.findData(member.gender), 0))
        self.status.setCurrentIndex(max(self.status.findData(member.status), 0))
        if member.commune_insee:
            from lam_desk.services import communes

            self.commune.set_commune(communes.directory().get(member.commune_insee))
        contact = seen.contact
        self.contact_box.setVisible(seen.contact_kept_here)
        self.contact_elsewhere.setVisible(not seen.contact_kept_here)
        self.consent_box.setVisible(seen.contact_kept_here)
        if contact is not None:
            self.phone.setText(contact.phone)
            self.email.setText(contact.email)
            self.address.setText(contact.address)
            self.postal_code.setText(contact.postal_code)
            self.notice_accepted.setChecked(contact.notice_accepted_on is not None)
            self.charter_accepted.setChecked(contact.charter_accepted_on is not None)
            self.parental_authorisation.setChecked(contact.parental_authorisation_on is not None)
            self.guardian_name.setText(contact.guardian_name)

    # --- behaviour -----------------------------------------------------------------------

    def _birth_year(self) -> int | None:
        text = self.birth_year.text().strip()
        return int(text) if text.isdigit() else None

    def _on_birth_year_text_changed(self, text: str) -> None:
        year = self._birth_year()
        age = people.age_on(year, self.today) if year and 1900 <= year <= self.today.year else None
        self.age_label.setText(self.tr("%n year(s) this year", "", age) if age is not None else "")
        child = people.needs_parental_authorisation(year, self.today) if age is not None else False
        self.parental_box.setVisible(child)

    def draft(self) -> MemberDraft:
        commune = self.commune.commune()
        return MemberDraft(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            birth_year=self._birth_year(),
            commune_insee=commune.insee if commune is not None else "",
            status=str(self.status.currentData() or ""),
            gender=str(self.gender.currentData() or people.Gender.NOT_GIVEN),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            notice_accepted=self.notice_accepted.isChecked(),
            charter_accepted=self.charter_accepted.isChecked(),
            parental_authorisation=self.parental_authorisation.isChecked(),
            guardian_name=self.guardian_name.text(),
        )

    def _clear_errors(self) -> None:
        self.error.clear_error()
        for label in self._errors.values():
            label.clear_error()

    def _on_save_clicked(self) -> None:
        self._clear_errors()
        self.save_button.setEnabled(False)
        draft, today = self.draft(), self.today
        account, site = self.context.account, self.context.site
        if self.seen is None:
            self.context.tasks.run_read(
                lambda s: _check_and_find_duplicates(s, draft, today),
                self._on_duplicates_found,
                self._on_save_failed,
            )
        else:
            seen = self.seen
            self.context.tasks.run_write(
                lambda s: _update(s, seen, draft, account.username, site.id, today),
                self._on_saved,
                self._on_save_failed,
            )

    def _on_duplicates_found(self, candidates: list[DuplicateCandidate]) -> None:
        if candidates:
            dialog = DuplicatesDialog(candidates, self)
            self.duplicates_dialog = dialog
            answer = dialog.exec()
            chosen = dialog.chosen
            self.duplicates_dialog = None
            dialog.deleteLater()
            if answer != QDialog.DialogCode.Accepted:
                self._enable_save()
                return
            if chosen is not None:
                self.existing = chosen
                self.accept()
                return
        draft, today = self.draft(), self.today
        account, site = self.context.account, self.context.site
        self.context.tasks.run_write(
            lambda s: _create(s, draft, site.id, account.username, today),
            self._on_saved,
            self._on_save_failed,
        )

    def _enable_save(self) -> None:
        # Disabled while saving, the button lost its place as the one Enter presses.
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)

    def _on_saved(self, member: MemberRow) -> None:
        self.saved = member
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._enable_save()
        if not isinstance(error, UserError):
            raise error
        field = getattr(error, "field", None)
        label = self._errors.get(field) if isinstance(field, str) else None
        if label is None:
            self.error.show_error(error)
            return
        label.show_error(error)
        widget = self._field_widget(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_widget(self, field: str) -> QWidget | None:
        return {
            "family_name": self.family_name,
            "given_name": self.given_name,
            "birth_year": self.birth_year,
            "commune_insee": self.commune.edit,
            "status": self.status,
            "gender": self.gender,
            "phone": self.phone,
            "email": self.email,
            "postal_code": self.postal_code,
            "notice_accepted": self.notice_accepted,
            "charter_accepted": self.charter_accepted,
            "parental_authorisation": self.parental_authorisation,
            "guardian_name": self.guardian_name,
        }.get(field)

    def _on_print_notice_clicked(self) -> None:
        site_name, today = self.context.site.name, self.today
        self.context.tasks.run(lambda: _render_notice(site_name, today), self._on_notice_ready)

    def _on_notice_ready(self, path: str) -> None:
        from pathlib import Path

        from lam_desk.ui.pdf_printing import print_pdf

        print_pdf(Path(path), self)


def _reasons_text(candidate: DuplicateCandidate) -> str:
    return ", ".join(
        translate("People", people.DUPLICATE_REASON_LABELS[people.DuplicateReason(r)])
        for r in candidate.reasons
    )


class DuplicatesDialog(QDialog):
    """The members who may be the person being registered: open one of their cards
    ("it is them"), or register a new person. Escape goes back to the form.

    After ``accept()``, ``chosen`` is the member recognised, or None for a new person.
    """

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Already registered?"))
        self.setMinimumWidth(760)
        self.chosen: MemberRow | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%n member(s) look like this person. Is it one of them? Ask for the birth "
                "year or the phone before registering someone twice.",
                "",
                len(candidates),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[DuplicateCandidate] = RowTableModel(
            [
                Column(self.tr("Name"), lambda c: display_name(c.member)),
                Column(self.tr("Card"), lambda c: c.member.card_number),
                Column(
                    self.tr("Born"),
                    lambda c: str(c.member.birth_year) if c.member.birth_year else "—",
                ),
                Column(self.tr("Commune"), lambda c: c.member.commune_name or "—"),
                Column(self.tr("Why"), _reasons_text),
            ],
            self,
        )
        self.model.set_rows(candidates)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.doubleClicked.connect(self._on_it_is_them_clicked)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.them_button = buttons.addButton(
            self.tr("It is them: open their card"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.new_button = buttons.addButton(
            self.tr("A new person: register"), QDialogButtonBox.ButtonRole.ActionRole
        )
        back = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.them_button.setDefault(True)
        self.them_button.clicked.connect(self._on_it_is_them_clicked)
        self.new_button.clicked.connect(self._on_new_person_clicked)
        back.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus()

    def _on_it_is_them_clicked(self) -> None:
        index = self.table.currentIndex()
        row = index.data(RowRole.ROW) if index.isValid() else None
        if isinstance(row, DuplicateCandidate):
            self.chosen = row.member
            self.accept()

    def _on_new_person_clicked(self) -> None:
        self.chosen = None
        self.accept()
