"""The Training page as the animator uses it: a CNI run and its sessions typed in a row, members
enrolled from the search until the waitlist starts, a cancellation that says whom to call, the
marking screen driven from the keyboard, the session closed and locked, the sheet and a
certificate previewed, printed and saved; a coordinator's correction with a reason; the
member's training history on their card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db.models import AuditEntry, Member, MemberContact
from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import at_paris, paris_today
from lam_desk.paths import AppPaths
from lam_desk.services.dto_base import StaffRow
from lam_desk.services.dto_training import EnrolmentState, HalfDay, Presence, RunRow, SessionRow
from lam_desk.sync import apply
from lam_desk.ui.attendance import AttendanceDialog
from lam_desk.ui.desk import DeskController
from lam_desk.ui.main_window import MainWindow, Page
from lam_desk.ui.pages.training import TrainingPage
from lam_desk.ui.pdf_preview import PdfPreviewDialog
from lam_desk.ui.training_dialogs import (
    ArrivalDialog,
    CorrectionDialog,
    EnrolDialog,
    RunDialog,
    SessionDialog,
    WalkInDialog,
    qdate,
)
from tests.ui.conftest import account, save_screenshot

BED = site_id("BED")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# Invented people, with the letters a sheet must print.
PEOPLE = (
    ("BED-000201", "Dąbrowski", "Ewa", "04 67 95 10 01"),
    ("BED-000202", "Nguyễn Thị", "Lan", "04 67 95 10 02"),
    ("BED-000203", "Øster", "Karin", ""),
    ("BED-000204", "N'Diaye", "Awa", "06 12 34 56 78"),
    ("BED-000205", "Şahin", "Emre", "04 67 95 10 05"),
    ("BED-000206", "Lefèvre-Müller", "Jeanne", "04 67 95 10 06"),
)


@pytest.fixture
def styled(qapp: QApplication) -> None:
    from lam_desk.ui.desk import apply_style

    apply_style(qapp)


@pytest.fixture
def bedarieux(configured_desk: DeskController) -> DeskController:
    db = configured_desk.database
    assert db is not None
    with db.write() as s:
        for card, family, given, phone in PEOPLE:
            member = Member(
                card_number=card,
                family_name=family,
                given_name=given,
                birth_year=1968,
                gender="f",
                commune_insee="34028",
                status="job_seeker",
                home_site_id=BED,
                registered_on=date(2025, 1, 6),
            )
            s.add(member)
            s.flush()
            if phone:
                s.add(MemberContact(member_id=member.id, home_site_id=BED, phone=phone))
        # This desk has joined the network (offline now): its enrolments wait for the store.
        apply.write_state(s.connection(), {"central_url": "postgresql://bed@central/lam"})
    return configured_desk


def _open(qtbot: QtBot, desk: DeskController, username: str = "camille") -> MainWindow:
    assert desk.node is not None and desk.node.home_site is not None
    window = desk.open_desk(account(desk, username), desk.node.home_site)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def _page(qtbot: QtBot, window: MainWindow) -> TrainingPage:
    qtbot.waitUntil(lambda: window.pages_built and window.isActiveWindow())
    window.go_to(Page.TRAINING)  # built on its first visit
    page = window.pages.currentWidget()
    assert isinstance(page, TrainingPage)
    qtbot.waitUntil(lambda: page.loaded)
    return page


def _cni_run(
    s: Session, camille: StaffRow, label: str, days: tuple[date, ...]
) -> tuple[RunRow, list[SessionRow]]:
    """A CNI run of 8 seats at Bédarieux for a week from today, with a morning séance on
    each of ``days`` (set up by Camille through the services)."""
    from lam_desk.services import training
    from lam_desk.services.dto_training import RunDraft, SessionDraft

    today = paris_today()
    cni = next(c for c in training.courses(s) if c.code == "CNI")
    run = training.create_run(
        s, camille, RunDraft(cni.id, BED, label, 8, today, today + timedelta(days=7))
    )
    seances = [
        training.add_session(
            s, camille, SessionDraft(run.id, day, ("09:00", "12:00"), None, trainer_id=camille.id)
        )
        for day in days
    ]
    return run, seances


def _en(text: str) -> str:
    """English plural forms ("%n seat(s)") until the lead writes them in i18n/lam_desk_en.ts."""
    return text.replace("(s)", "s").replace("(es)", "es")


def _answer_modal(kind: type[QWidget], answer: Callable[[QWidget], None]) -> None:
    def find() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            answer(modal)
        else:
            QTimer.singleShot(50, find)

    QTimer.singleShot(50, find)


def _print_to(path: Path) -> Callable[[QWidget], None]:
    """Answer the system's print dialog with a PDF printer writing ``path``."""

    def answer(modal: QWidget) -> None:
        assert isinstance(modal, QPrintDialog)
        printer = modal.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        QDialog.accept(modal)

    return answer


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _enrol(qtbot: QtBot, dialog: EnrolDialog, typed: str) -> str:
    count = dialog.outcomes.count()
    qtbot.keyClicks(dialog.search.edit, typed)
    qtbot.keyClick(dialog.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcomes.count() == count + 1, timeout=10_000)
    return dialog.outcomes.item(0).text()


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    """Give the window back its focus, as the window manager does when a dialog closes."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def _set_up_run(qtbot: QtBot, page: TrainingPage, capacity: int) -> None:
    """Ctrl+N: a CNI run from today, then its two sessions typed in a row."""
    today = paris_today()
    page.week_table.setFocus()
    qtbot.keyClick(page.week_table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(page.dialog, RunDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, RunDialog)
    dialog.course.setCurrentIndex(dialog.course.findText("CNI", Qt.MatchFlag.MatchStartsWith))
    dialog.starts_on.setDate(qdate(today))
    dialog.ends_on.setDate(qdate(today + timedelta(days=14)))
    assert dialog.label.text().startswith("CNI — LAM de Bédarieux")
    assert "Planned: 14 h." in dialog.course_note.text()
    dialog.capacity.selectAll()
    qtbot.keyClicks(dialog.capacity, str(capacity))
    save_screenshot(dialog, "training-run-dialog")
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_Return)

    qtbot.waitUntil(
        lambda: isinstance(page.dialog, SessionDialog) and page.dialog.isVisible(), timeout=10_000
    )
    sessions = page.dialog
    assert isinstance(sessions, SessionDialog)
    assert sessions.day.date() == qdate(today)
    assert sessions.trainer.currentText() == "Camille Roux"
    sessions.module.setText("Module 1 — navigating and searching")
    save_screenshot(sessions, "training-session-dialog")
    qtbot.mouseClick(sessions.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sessions.message.isVisible(), timeout=10_000)
    assert sessions.message.text().startswith("Added: ")
    assert sessions.day.date() == qdate(today + timedelta(weeks=1))
    assert sessions.module.text() == ""
    sessions.module.setText("Module 2 — e-mail and attachments")
    qtbot.keyClick(sessions.module, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not sessions.isVisible(), timeout=10_000)


def test_an_animator_runs_a_cni_from_set_up_to_the_signed_sheet_and_a_certificate(
    qtbot: QtBot,
    bedarieux: DeskController,
    styled: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    assert page.week_empty.text().startswith("No training session this week.")
    assert page.week_label.text().endswith("(this week)")

    # A run of three seats, two sessions.
    _set_up_run(qtbot, page, capacity=3)
    qtbot.waitUntil(
        lambda: page.detail is not None and len(page.detail.sessions) == 2, timeout=10_000
    )
    assert page.run_title.text().startswith("CNI — LAM de Bédarieux — ")
    info = _en(page.run_info.text())
    assert "2 sessions" in info and "14 h planned" in info
    assert "funded: Union européenne" in info
    assert _en(page.seats_label.text()) == "0 seats taken of 3, 3 free"
    qtbot.waitUntil(lambda: page.week_model.rowCount() == 1)
    assert page.week_model.rows()[0].module_title == "Module 1 — navigating and searching"
    assert page.week_model.index(0, 2).data() == "CNI"

    # Enrol from the search, one after the other, until the waitlist starts.
    _activate(qtbot, window)
    page.week_table.setFocus()
    qtbot.keyClick(page.week_table, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: isinstance(page.dialog, EnrolDialog) and page.dialog.isVisible())
    enrol = page.dialog
    assert isinstance(enrol, EnrolDialog)
    assert _enrol(qtbot, enrol, "dabrowski") == "DĄBROWSKI Ewa: enrolled."
    assert enrol.provisional_label.isVisible(), "made at a desk offline: provisional"
    assert _enrol(qtbot, enrol, "oster").startswith("ØSTER Karin: enrolled.")
    assert _enrol(qtbot, enrol, "nguyen").startswith("NGUYỄN THỊ Lan: enrolled.")
    assert _enrol(qtbot, enrol, "n'diaye").startswith(
        "N'DIAYE Awa: on the waitlist, no. 1 — the run is full."
    )
    assert _en(enrol.seats_label.text()) == "3 seats taken of 3 · 1 waiting"
    # The same person twice: refused where it was typed, nothing saved.
    qtbot.keyClicks(enrol.search.edit, "oster")
    qtbot.keyClick(enrol.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: enrol.error.isVisible(), timeout=10_000)
    assert enrol.error.text() == "ØSTER Karin is already enrolled."
    assert enrol.outcomes.count() == 4
    save_screenshot(enrol, "training-enrol-dialog")
    enrol.search.clear()
    qtbot.keyClick(enrol.search.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not enrol.isVisible())

    qtbot.waitUntil(lambda: page.enrolments_model.rowCount() == 4, timeout=10_000)
    rows = page.enrolments_model.rows()
    states = [page.enrolments_model.index(r, 2).data() for r in range(4)]
    assert [r.member_name for r in rows] == [
        "DĄBROWSKI Ewa",
        "ØSTER Karin",
        "NGUYỄN THỊ Lan",
        "N'DIAYE Awa",
    ]
    assert states == [
        "enrolled · provisional",
        "enrolled · provisional",
        "enrolled · provisional",
        "waitlist no. 1 · provisional",
    ]

    # Cancel Karin Øster: Awa N'Diaye takes the seat, and the desk says to call her.
    _activate(qtbot, window)
    page.enrolments_table.setCurrentIndex(page.enrolments_model.index(1, 0))
    page.enrolments_table.setFocus()
    qtbot.keyClick(page.enrolments_table, Qt.Key.Key_Delete)
    box = page.cancel_box
    assert "Cancel the enrolment of ØSTER Karin?" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.call_label.isVisible(), timeout=10_000)
    assert page.call_label.text() == (
        "☎ To call: N'DIAYE Awa was first on the waitlist and now has a seat. "
        "Phone: 06 12 34 56 78."
    )
    assert page.message.text() == "Enrolment cancelled: ØSTER Karin."
    qtbot.waitUntil(
        lambda: (
            [e.state for e in page.enrolments_model.rows()]
            == [EnrolmentState.ENROLLED] * 3 + [EnrolmentState.CANCELLED]
        ),
        timeout=10_000,
    )
    save_screenshot(window, "training-page-after-cancel")

    # The marking screen of today's session: Enter on it in the week's list.
    _activate(qtbot, window)
    page.week_table.setFocus()
    qtbot.keyClick(page.week_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, AttendanceDialog))
    marking = page.dialog
    assert isinstance(marking, AttendanceDialog)
    # The end of the day on the screen's clock: every half-day is over, whenever this runs.
    marking.clock = lambda: at_paris(paris_today(), "17:30")
    qtbot.waitUntil(lambda: marking.loaded, timeout=10_000)
    model = marking.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["DĄBROWSKI Ewa", "N'DIAYE Awa", "NGUYỄN THỊ Lan"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Morning\n09:00–12:00"
    assert model.index(0, 1).data() == "to mark"
    assert marking.rule_label.text().startswith("Hours: present, the half-day's hours")
    assert "6 boxes still to mark" in _en(marking.totals_label.text())

    # Closing is refused while boxes are unmarked, and says how many.
    table = marking.table
    _activate(qtbot, marking)
    qtbot.keyClick(table, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: marking.error.isVisible(), timeout=10_000)
    assert marking.error.text() == "Mark every box first: 6 still to mark."
    assert marking.close_box is None, "refused at once, without asking first"
    assert not marking.lock_label.isVisible()

    # T: everyone present; then the exceptions from the keyboard.
    qtbot.keyClick(table, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: marking.view is not None and marking.view.unmarked == 0, timeout=10_000)
    assert model.index(2, 2).data() == "Present"
    table.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(table, Qt.Key.Key_A)  # N'Diaye absent in the morning...
    assert table.currentIndex().row() == 2, "the cursor moved down to the next learner"
    table.setCurrentIndex(model.index(1, 2))
    qtbot.keyClick(table, Qt.Key.Key_E)  # ... and excused in the afternoon
    table.setCurrentIndex(model.index(2, 2))
    marking.clock = lambda: at_paris(paris_today(), "14:35")  # marked as she comes in
    qtbot.keyClick(table, Qt.Key.Key_R)  # Nguyễn late in the afternoon: at what time?
    qtbot.waitUntil(lambda: isinstance(getattr(marking, "arrival_dialog", None), ArrivalDialog))
    arrival = marking.arrival_dialog
    assert arrival.time.time().toString("HH:mm") == "14:35", "now is offered"
    arrival.time.setTime(arrival.time.time().fromString("18:00", "HH:mm"))
    qtbot.keyClick(arrival.time, Qt.Key.Key_Return)
    assert arrival.error.text() == "A late arrival is between 14:00 and 17:00: 18:00 is not."
    arrival.time.setTime(arrival.time.time().fromString("14:40", "HH:mm"))
    qtbot.keyClick(arrival.time, Qt.Key.Key_Return)
    assert arrival.error.text() == "It is 14:35: an arrival at 14:40 is still to come."
    arrival.time.setTime(arrival.time.time().fromString("14:30", "HH:mm"))
    qtbot.keyClick(arrival.time, Qt.Key.Key_Return)
    marking.clock = lambda: at_paris(paris_today(), "17:30")
    qtbot.waitUntil(lambda: model.index(2, 2).data() == "Late, 14:30", timeout=10_000)
    qtbot.waitUntil(lambda: not marking.saving and not model.pending, timeout=10_000)
    assert model.index(1, 1).data() == "Absent" and model.index(1, 2).data() == "Excused"
    assert model.index(2, 3).data() == "5 h 30"  # 3 h + 14:30–17:00
    assert model.index(1, 3).data() == "0 h"
    totals = marking.totals_label.text()
    assert "Morning: 2 present, 0 late, 0 excused, 1 absent" in totals
    assert "Afternoon: 1 present, 1 late, 1 excused, 0 absent" in totals
    assert "11 h 30 attended in all" in totals  # 6 h + 0 h + 5 h 30

    # A walk-in, found by the search, then marked.
    _activate(qtbot, marking)
    qtbot.keyClick(table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(getattr(marking, "walk_in_dialog", None), WalkInDialog))
    walk_in = marking.walk_in_dialog
    qtbot.keyClicks(walk_in.search.edit, "lefevre")
    qtbot.keyClick(walk_in.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=10_000)
    assert "LEFÈVRE-MÜLLER Jeanne (walk-in)" in [model.index(r, 0).data() for r in range(4)]
    assert marking.message.text() == "LEFÈVRE-MÜLLER Jeanne added as a walk-in."

    # The walk-in is present for both half-days; she left at noon.
    walk_in_row = next(r for r in range(4) if "walk-in" in model.index(r, 0).data())
    assert model.index(walk_in_row, 1).data() == "Present"
    table.setCurrentIndex(model.index(walk_in_row, 2))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: model.index(walk_in_row, 2).data() == "Absent", timeout=10_000)
    qtbot.waitUntil(lambda: not marking.saving and not model.pending, timeout=10_000)
    save_screenshot(marking, "training-marking")

    _activate(qtbot, marking)
    qtbot.keyClick(table, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(marking.close_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: marking.lock_label.isVisible(), timeout=10_000)
    assert "the attendance is locked" in marking.lock_label.text()
    assert "Only a coordinator can correct it, with a reason." in marking.lock_label.text()
    assert not marking.all_button.isEnabled() and not marking.close_session_button.isVisible()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert marking.error.text() == (
        "This session is closed: only a coordinator can correct it, with a reason."
    )
    save_screenshot(marking, "training-marking-closed")

    # Ctrl+P: the sheet previewed, printed, the preview closed.
    _activate(qtbot, marking)
    qtbot.keyClick(table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(
        lambda: isinstance(page.preview, PdfPreviewDialog) and page.preview.isVisible(),
        timeout=20_000,
    )
    preview = page.preview
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.loaded and preview.page_count >= 1
    assert preview.windowTitle().startswith("Attendance sheet no. BED-")
    qtbot.wait(200)
    save_screenshot(preview, "training-sheet-preview")
    printed = tmp_path / "sheet-printed.pdf"
    _answer_modal(QPrintDialog, _print_to(printed))
    with qtbot.waitSignal(preview.printed, timeout=20_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert printed.exists() and len(PdfReader(printed).pages) == preview.page_count
    sheet_file = preview.path
    preview.reject()
    assert not sheet_file.exists()
    marking.accept()

    # A certificate for Ewa Dąbrowski: previewed, saved where the animator chooses.
    _activate(qtbot, window)
    qtbot.waitUntil(lambda: page.enrolments_model.rowCount() == 4, timeout=10_000)
    page.enrolments_table.setCurrentIndex(page.enrolments_model.index(0, 0))
    qtbot.waitUntil(lambda: page.certificate_button.isEnabled(), timeout=10_000)
    page.enrolments_table.setFocus()
    qtbot.keyClick(page.enrolments_table, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: (
            isinstance(page.preview, PdfPreviewDialog)
            and page.preview is not preview
            and page.preview.isVisible()
        ),
        timeout=20_000,
    )
    certificate = page.preview
    assert isinstance(certificate, PdfPreviewDialog)
    assert certificate.windowTitle() == "Certificate — DĄBROWSKI Ewa"
    target = tmp_path / "attestation"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    qtbot.mouseClick(certificate.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert "Dąbrowski".upper() in _text(saved).upper()
    qtbot.wait(200)
    save_screenshot(certificate, "training-certificate-preview")
    certificate.reject()


def test_a_coordinator_corrects_a_closed_session_with_a_reason(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    """Set up by the animator through the services; corrected by the coordinator at the desk."""
    from lam_desk.services import training
    from lam_desk.services.dto_training import MarkDraft

    db = bedarieux.database
    assert db is not None
    today = paris_today()
    camille = account(bedarieux, "camille")
    with db.write() as s:
        run, (seance,) = _cni_run(s, camille, "CNI — test", (today,))
        ewa = s.scalars(select(Member.id).where(Member.card_number == "BED-000201")).one()
        training.enrol(s, camille, BED, run.id, ewa)
        training.mark_attendance(
            s, camille, seance.id, [MarkDraft(ewa, HalfDay.MORNING, Presence.ABSENT)]
        )
        training.close_session(s, camille, seance.id, before_end=True)

    window = _open(qtbot, bedarieux, "coordination")
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: page.week_model.rowCount() == 1, timeout=10_000)
    marking = page.open_marking(page.week_model.rows()[0])
    assert isinstance(marking, AttendanceDialog)
    marking.clock = lambda: at_paris(today, "12:30")  # the morning is over
    qtbot.waitUntil(lambda: marking.loaded, timeout=10_000)
    assert "As coordinator you may correct a box" in marking.lock_label.text()
    marking.table.setCurrentIndex(marking.model.index(0, 1))
    marking.table.setFocus()
    qtbot.keyClick(marking.table, Qt.Key.Key_P)
    qtbot.waitUntil(
        lambda: isinstance(getattr(marking, "correction_dialog", None), CorrectionDialog)
    )
    correction = marking.correction_dialog
    assert correction.state.currentText() == "Present"
    qtbot.keyClick(correction.reason, Qt.Key.Key_Return)
    assert correction.error.text() == "Say why the attendance is corrected."
    qtbot.keyClicks(correction.reason, "Signed the paper sheet; marked absent by mistake")
    save_screenshot(correction, "training-correction")
    qtbot.keyClick(correction.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: marking.model.index(0, 1).data() == "Present", timeout=10_000)
    assert marking.message.text() == "Corrected; the change is kept in the audit trail."
    # Late after all: the arrival offered is inside the half-day, so Enter is accepted.
    qtbot.keyClick(marking.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: marking.correction_dialog is not correction)
    late = marking.correction_dialog
    assert isinstance(late, CorrectionDialog) and late.arrival.isVisible()
    qtbot.keyClicks(late.reason, "Came a quarter of an hour late")
    qtbot.keyClick(late.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: marking.model.index(0, 1).data().startswith("Late, "), timeout=10_000)
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.actor == "coordination")).all()
        assert any("mistake" in (e.reason or "") for e in entries)
        assert any("quarter" in (e.reason or "") for e in entries)
    marking.accept()


def test_the_signed_sheet_attached_is_opened_from_the_marking_screen(
    qtbot: QtBot, bedarieux: DeskController, styled: None, tmp_path: Path
) -> None:
    """A phone photo of the signed sheet (PNG), attached after the séance, shown again at the
    desk as one page to print or save; on a PC that does not hold it, the desk says where."""
    from PySide6.QtGui import QColor, QImage

    from lam_desk.services import training

    db = bedarieux.database
    assert db is not None
    scan = tmp_path / "photo-feuille.png"
    photo = QImage(1200, 1700, QImage.Format.Format_RGB32)
    photo.fill(QColor("white"))
    assert photo.save(str(scan))
    camille = account(bedarieux, "camille")
    folder = bedarieux.paths.data_dir / "attachments"
    with db.write() as s:
        _run, (seance,) = _cni_run(s, camille, "CNI — test", (paris_today(),))
        attached = training.attach_scanned_sheet(s, camille, seance.id, scan, folder)
    assert attached.scanned_sheet is not None

    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: page.week_model.rowCount() == 1, timeout=10_000)
    marking = page.open_marking(page.week_model.rows()[0])
    assert isinstance(marking, AttendanceDialog)
    qtbot.waitUntil(lambda: marking.loaded, timeout=10_000)
    assert marking.scan_button.isVisible()
    _activate(qtbot, marking)
    qtbot.keyClick(marking.table, Qt.Key.Key_O, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: isinstance(getattr(marking, "scan_preview", None), PdfPreviewDialog),
        timeout=10_000,
    )
    preview = marking.scan_preview
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.loaded and preview.page_count == 1
    assert preview.windowTitle().startswith("Signed sheet — ")
    shown = PdfReader(preview.path)
    assert len(shown.pages[0].images) == 1, "the photo, on one page"
    save_screenshot(preview, "training-signed-sheet")
    made = preview.path
    preview.reject()
    qtbot.waitUntil(lambda: not made.exists(), timeout=5000)
    assert (folder / attached.scanned_sheet).is_file(), "the kept scan stays"

    # Ctrl+O again asks before replacing the sheet attached; "Keep it" opens no file dialog.
    marking.attach_scanned_sheet()
    box = marking.replace_box
    assert box is not None and box.isVisible() and "already attached" in box.text()
    next(b for b in box.buttons() if b.text() == "Keep it").click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert marking.scan_file_dialog is None
    # "Replace it…": the file chosen (a PDF, this time) becomes the signed sheet.
    signed = tmp_path / "feuille-signee.pdf"
    signed.write_bytes(b"%PDF-1.4 signed again")
    marking.attach_scanned_sheet()
    box = marking.replace_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Replace it…").click()
    qtbot.waitUntil(lambda: marking.scan_file_dialog is not None)
    chooser = marking.scan_file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(signed))
    chooser.accept()
    qtbot.waitUntil(
        lambda: marking.message.text() == "The signed sheet is attached to the session."
    )
    with db.read() as s:
        again = training.get_session(s, attached.id).scanned_sheet
    assert again is not None and again != attached.scanned_sheet and again.endswith(".pdf")

    # Attached on another PC of the site: this one does not hold the file.
    (folder / again).unlink()
    marking.scan_button.click()
    assert marking.error.text().startswith("The signed sheet was attached on another PC")
    marking.accept()


def test_the_member_s_card_shows_their_training(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    from lam_desk.services import training
    from lam_desk.services.dto_training import MarkDraft

    db = bedarieux.database
    assert db is not None
    today = paris_today()
    camille = account(bedarieux, "camille")
    with db.write() as s:
        run, (seance,) = _cni_run(s, camille, "CNI — automne", (today,))
        ewa = s.scalars(select(Member.id).where(Member.card_number == "BED-000201")).one()
        training.enrol(s, camille, BED, run.id, ewa)
        training.mark_attendance(
            s, camille, seance.id, [MarkDraft(ewa, HalfDay.MORNING, Presence.PRESENT)]
        )
        training.close_session(s, camille, seance.id, before_end=True)

    window = _open(qtbot, bedarieux)
    qtbot.waitUntil(lambda: window.members_page is not None)
    members = window.members_page
    assert members is not None
    window.go_to(Page.MEMBERS)
    members.show_member(ewa)
    value = members._values["training"]
    qtbot.waitUntil(lambda: value.text().startswith("CNI at LAM de Bédarieux"), timeout=10_000)
    assert "sessions attended: 1, 3 h of 14 h" in _en(value.text())
    qtbot.wait(100)
    save_screenshot(members, "member-training-history")


def test_a_run_and_a_session_are_changed_from_the_page(
    qtbot: QtBot, bedarieux: DeskController
) -> None:
    from lam_desk.ui.training_dialogs import RunDialog, SessionDialog

    db = bedarieux.database
    assert db is not None
    today = paris_today()
    camille = account(bedarieux, "camille")
    with db.write() as s:
        run, _seances = _cni_run(s, camille, "CNI — hiver", (today,))
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    page.load_run(run.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.sessions_model.rowCount() == 1)
    page.sessions_table.setCurrentIndex(page.sessions_model.index(0, 0))
    assert page.change_button.isEnabled() and page.change_session_action.isEnabled()

    page.change_run_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, RunDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, RunDialog) and dialog.label.text() == "CNI — hiver"
    dialog.capacity.setValue(10)
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.run.capacity == 10)
    assert _en(page.message.text()) == "Run changed: CNI — hiver."

    page.sessions_table.setCurrentIndex(page.sessions_model.index(0, 0))
    page.change_session_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, SessionDialog) and page.dialog.isVisible())
    session_dialog = page.dialog
    assert isinstance(session_dialog, SessionDialog)
    session_dialog.module.setText("Premiers pas")
    qtbot.keyClick(session_dialog.module, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            page.sessions_model.rowCount() == 1
            and page.sessions_model.rows()[0].module_title == "Premiers pas"
        ),
        timeout=10_000,
    )


def test_the_demo_network_s_training_week_by_week_and_a_past_session_locked(
    qtbot: QtBot, make_desk: Callable[..., DeskController], paths: AppPaths, styled: None
) -> None:
    """The demo desk: its site's sessions this week, the network's, a run's enrolled and
    waitlist, and a past session's marking screen, closed."""
    from lam_desk.settings import Settings

    make_desk(demo=True).shutdown()  # builds the demo network once
    desk = DeskController(paths, Settings(), demo=True)
    try:
        assert desk.start()
        window = desk.window
        assert window is not None
        qtbot.waitUntil(lambda: window.pages_built, timeout=20_000)
        assert window.training is None, "built when first visited"
        window.go_to(Page.TRAINING)
        page = window.training
        assert page is not None
        qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
        page.set_network(True)
        qtbot.waitUntil(lambda: page.week is not None and page.week.network, timeout=20_000)
        sites = {s.site_name for s in page.week_model.rows()}
        assert len(sites) >= 2, "the network's sessions of the week, at several sites"
        assert not page.week_table.isColumnHidden(3)
        qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
        qtbot.wait(200)
        save_screenshot(window, "training-demo-network")
        # Back a week: a session of the past is closed, its marks locked.
        page.set_network(False)
        page.step(-1)
        qtbot.waitUntil(
            lambda: (
                page.week is not None and not page.week.network and page.week_model.rowCount() > 0
            ),
            timeout=20_000,
        )
        # The runs to come of this site: no site column, so each run's name can be read.
        window.resize(1366, 768)
        page.tabs.setCurrentWidget(page.runs_table)
        assert page.runs_table.isColumnHidden(2) and page.runs_model.rowCount() > 0
        qtbot.waitUntil(lambda: page.runs_table.columnWidth(0) >= 140, timeout=5_000)
        closed = next(s for s in page.week_model.rows() if s.closed)
        marking = page.open_marking(closed)
        assert isinstance(marking, AttendanceDialog)
        qtbot.waitUntil(lambda: marking.loaded, timeout=20_000)
        assert marking.lock_label.isVisible()
        assert marking.model.rowCount() >= 2
        qtbot.wait(200)
        save_screenshot(marking, "training-demo-marking-closed")
        marking.accept()
    finally:
        if desk.window is not None:
            desk.window.close()
        desk.shutdown()


def test_a_walk_in_from_the_waitlist_has_their_hours_on_their_card() -> None:
    from lam_desk.services.dto_training import TrainingHistory, TrainingLine
    from lam_desk.ui.pages.members import training_text

    line = TrainingLine(
        run_id="run",
        course_code="CNI",
        course_title="Certificat de navigation sur Internet",
        site_name="LAM de Bédarieux",
        starts_on=date(2026, 11, 2),
        ends_on=date(2026, 11, 30),
        state=EnrolmentState.WAITLISTED,
        sessions_attended=1,
        hours_attended=6.0,
        planned_hours=14.0,
        certificate="",
        enrolment_id="enrolment",
    )
    text = _en(training_text(TrainingHistory("member", (line,))))
    assert "on the waitlist · sessions attended: 1, 6 h of 14 h" in text


def test_a_foad_learner_s_arrival_and_departure_are_recorded_from_the_keyboard(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    """A distance-learning run has no fixed sessions: the animator records when the learner
    sits at a workstation and when they leave, and sees today's times and the hours."""
    import re
    from datetime import datetime, time

    from lam_desk.domain.wallclock import PARIS
    from lam_desk.services import training
    from lam_desk.services.dto_training import RunDraft

    db = bedarieux.database
    assert db is not None
    today = paris_today()
    camille = account(bedarieux, "camille")
    yesterday = today - timedelta(days=1)
    with db.write() as s:
        foad = next(c for c in training.courses(s) if c.is_foad)
        run = training.create_run(
            s, camille, RunDraft(foad.id, BED, "FOAD — hiver", 1, today, today + timedelta(30))
        )
        ewa, lan = (
            s.scalars(select(Member.id).where(Member.card_number == card)).one()
            for card in ("BED-000201", "BED-000202")
        )
        enrolment = training.enrol(s, camille, BED, run.id, ewa)
        training.enrol(s, camille, BED, run.id, lan)  # the one seat is taken: she waits
        # Yesterday afternoon, two hours and a half.
        training.foad_time_in(
            s, camille, BED, enrolment.id, now=datetime.combine(yesterday, time(14), PARIS)
        )
        training.foad_time_out(
            s, camille, BED, enrolment.id, now=datetime.combine(yesterday, time(16, 30), PARIS)
        )

    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    page.load_run(run.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.enrolments_model.rowCount() == 2)
    assert page.foad_panel.isVisible() and not page.enrolments_table.isColumnHidden(4)
    table = page.enrolments_table
    table.setCurrentIndex(page.enrolments_model.index(0, 0))
    table.setFocus()
    assert page.foad_state.text() == "DĄBROWSKI Ewa is not at a workstation."
    assert _en(page.foad_times_label.text()) == "Today: no time yet.\nTotal: 2 h 30 over 1 time"
    assert page.arrival_button.isEnabled() and not page.departure_button.isEnabled()
    assert page.enrolments_model.index(0, 4).data() == "2 h 30"

    # Departure before arrival: refused, with the reason.
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL | SHIFT)
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert page.error.text() == "DĄBROWSKI Ewa has no time running here: record the time in."

    qtbot.keyClick(table, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: page.message.text().startswith("Arrival of DĄBROWSKI Ewa at "))
    assert not page.error.isVisible()
    qtbot.waitUntil(lambda: page.departure_button.isEnabled())
    arrived = page.message.text().removeprefix("Arrival of DĄBROWSKI Ewa at ").rstrip(".")
    assert page.foad_state.text() == f"DĄBROWSKI Ewa is at a workstation since {arrived}."
    assert page.foad_times_label.text().startswith(f"Today: {arrived}–…")
    assert page.enrolments_model.index(0, 4).data() == f"since {arrived} · 2 h 30"
    assert table.hasFocus() and page.current_enrolment() is not None
    qtbot.wait(100)
    save_screenshot(window, "training-foad-arrival")

    # Arrival twice: refused.
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert page.error.text() == f"DĄBROWSKI Ewa has been working since {arrived}."

    page.departure_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("Departure of DĄBROWSKI Ewa at "))
    qtbot.waitUntil(lambda: page.arrival_button.isEnabled())
    assert page.foad_state.text() == "DĄBROWSKI Ewa is not at a workstation."
    times = _en(page.foad_times_label.text())
    assert re.fullmatch(rf"Today: {arrived}–\d\d:\d\d\nTotal: 2 h 3\d over 2 times", times), times
    with db.read() as s:
        assert [t.time_out is not None for t in training.foad_times(s, enrolment.id)] == [
            True,
            True,
        ]

    # The waiting learner has no time recorded.
    table.setCurrentIndex(page.enrolments_model.index(1, 0))
    assert not page.arrival_button.isEnabled()
    assert "is not enrolled" in page.foad_state.text()
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert page.error.text() == "Only an enrolled learner's time is recorded."
    save_screenshot(window, "training-foad-refused")


def test_a_foad_time_left_running_overnight_is_corrected_with_a_reason(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    """Nobody pressed Départ yesterday: today's Départ says the time counts nothing, and the
    animator types the real departure, with a reason."""
    from datetime import datetime, time

    from lam_desk.domain.wallclock import PARIS
    from lam_desk.services import training
    from lam_desk.services.dto_training import RunDraft
    from lam_desk.ui.training_dialogs import FoadTimeDialog

    db = bedarieux.database
    assert db is not None
    today = paris_today()
    yesterday = today - timedelta(days=1)
    camille = account(bedarieux, "camille")
    with db.write() as s:
        foad = next(c for c in training.courses(s) if c.is_foad)
        run = training.create_run(
            s, camille, RunDraft(foad.id, BED, "FOAD — hiver", 3, yesterday, today + timedelta(30))
        )
        ewa = s.scalars(select(Member.id).where(Member.card_number == "BED-000201")).one()
        enrolment = training.enrol(s, camille, BED, run.id, ewa)
        training.foad_time_in(
            s, camille, BED, enrolment.id, now=datetime.combine(yesterday, time(14), PARIS)
        )

    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    page.load_run(run.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.enrolments_model.rowCount() == 1)
    table = page.enrolments_table
    table.setCurrentIndex(page.enrolments_model.index(0, 0))
    table.setFocus()
    # Yesterday's time is not "at a workstation since" anything: Arrival starts today's, and
    # the time can be corrected at once.
    assert page.foad_state.text().endswith("was never ended: it counts no hours until corrected.")
    assert page.enrolments_model.index(0, 4).data().endswith(" never ended · 0 h")
    assert page.arrival_button.isEnabled() and page.departure_button.isEnabled()
    assert page.foad_correct_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "was still running" in page.message.text())
    assert page.message.text().startswith("DĄBROWSKI Ewa's time of ")
    assert "counts no hours" in page.message.text()
    qtbot.waitUntil(lambda: page.enrolments_model.index(0, 4).data() == "0 h")
    assert page.foad_correct_button.isEnabled()

    _activate(qtbot, window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, FoadTimeDialog))
    dialog = page.dialog
    assert isinstance(dialog, FoadTimeDialog)
    assert dialog.time.currentText().endswith("14:00–14:00 (0 h) — no departure recorded")
    qtbot.waitUntil(dialog.departure.hasFocus)
    dialog.departure.setTime(dialog.departure.time().fromString("13:30", "HH:mm"))
    qtbot.keyClicks(dialog.reason, "Left at half past one")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "The departure must come after the arrival (14:00)."
    assert dialog.departure.hasFocus()
    dialog.departure.setTime(dialog.departure.time().fromString("16:00", "HH:mm"))
    dialog.reason.clear()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.error.text() == "Say why the times are corrected."
    qtbot.keyClicks(dialog.reason, "Said she left at four")
    save_screenshot(dialog, "training-foad-correction")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.message.text() == "Time of DĄBROWSKI Ewa corrected: 14:00–16:00, 2 h."
    qtbot.waitUntil(lambda: page.enrolments_model.index(0, 4).data() == "2 h")
    with db.read() as s:
        assert training.member_training(s, ewa).hours == 2.0


def test_an_animator_enrols_someone_for_one_session_only(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    """The séance chosen on the page: the enrolment dialog offers it alone beside the whole
    run; the person holds a seat in that séance, is on its marking screen, and not on the
    other séance's nor among the run's enrolled."""
    from lam_desk.services import training
    from lam_desk.ui.training_dialogs import day_text

    db = bedarieux.database
    assert db is not None
    today = paris_today()
    camille = account(bedarieux, "camille")
    with db.write() as s:
        run, _seances = _cni_run(s, camille, "CNI — printemps", (today, today + timedelta(days=7)))
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    page.load_run(run.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.sessions_model.rowCount() == 2)
    later = page.sessions_model.rows()[1]
    page.sessions_table.setCurrentIndex(page.sessions_model.index(1, 0))
    page.enrol()
    qtbot.waitUntil(lambda: isinstance(page.dialog, EnrolDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, EnrolDialog)
    assert dialog.whole_run.isChecked(), "the whole run unless the animator says otherwise"
    assert dialog.session_only.text() == f"This session &only: {day_text(later.day)}"
    dialog.session_only.setChecked(True)
    qtbot.waitUntil(dialog.search.edit.hasFocus)
    short = day_text(later.day, "ddd d MMMM")
    assert _enrol(qtbot, dialog, "oster") == f"ØSTER Karin: enrolled for {short} only."
    assert _en(dialog.seats_label.text()) == "1 seat taken of 8"
    # The same person for the whole run as well: a seat in the run, which holds the séance.
    dialog.whole_run.setChecked(True)
    assert _en(dialog.seats_label.text()) == "0 seats taken of 8"
    save_screenshot(dialog, "training-enrol-one-session")
    qtbot.keyClick(dialog.search.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The run's enrolled do not count her; the list shows her for that séance only (to be
    # cancelled from there too); the later séance's marking screen lists her.
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.run.seats.enrolled == 0)
    qtbot.waitUntil(lambda: page.enrolments_model.rowCount() == 1, timeout=10_000)
    state = page.enrolments_model.index(0, 2).data()
    assert state.startswith("enrolled") and state.endswith(" only"), state
    with db.read() as s:
        seances = training.run_sessions(s, run.id)
    assert [x.seats.enrolled for x in seances] == [0, 1]
    marking = page.open_marking(later)
    assert isinstance(marking, AttendanceDialog)
    qtbot.waitUntil(lambda: marking.loaded, timeout=10_000)
    assert [marking.model.index(r, 0).data() for r in range(marking.model.rowCount())] == [
        "ØSTER Karin"
    ]
    marking.reject()
    qtbot.waitUntil(lambda: not marking.isVisible())
    _activate(qtbot, window)
    first = page.open_marking(seances[0])
    assert isinstance(first, AttendanceDialog)
    qtbot.waitUntil(lambda: first.loaded, timeout=10_000)
    assert first.model.rowCount() == 0
    first.reject()

    # A séance already closed is not offered: the dialog enrols in the whole run.
    with db.write() as s:
        training.close_session(s, camille, seances[0].id, before_end=True)
    page.load_run(run.id)
    qtbot.waitUntil(
        lambda: (
            page.sessions_model.rowCount() == 2
            and page.sessions_model.rows()[0].closed_at is not None
        )
    )
    page.sessions_table.setCurrentIndex(page.sessions_model.index(0, 0))
    page.enrol()
    qtbot.waitUntil(lambda: isinstance(page.dialog, EnrolDialog) and page.dialog.isVisible())
    whole = page.dialog
    assert isinstance(whole, EnrolDialog)
    assert whole.session_only.isHidden() and whole.chosen_session() is None
    whole.reject()
