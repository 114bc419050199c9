"""The Accueil at opening with what earlier days left open, settled with one key; the clôture
previewed, done, its tally printed or saved, the backup after it; on a real desk file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lam_desk.db.models import AuditEntry, Booking, Visit, WorkstationUse
from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import at_paris, paris_today
from lam_desk.services import closing, queue, visits, workstations
from lam_desk.ui.closing import ClosingDialog
from lam_desk.ui.desk import DeskController, apply_style
from lam_desk.ui.main_window import MainWindow, Page
from lam_desk.ui.pages.home import HomePage
from lam_desk.ui.translations import install_translations
from tests.ui.conftest import account, save_screenshot
from tests.ui.members_desk import register_people

BED = site_id("BED")
# A Monday more than a week ahead on the Accueil's own clock, and the Friday before it:
# pages that run on the real clock (the bookings page releases no-shows) leave them alone.
_today = paris_today()
MONDAY = _today + timedelta(days=14 - _today.weekday())
FRIDAY = MONDAY - timedelta(days=3)
OPENING = at_paris(MONDAY, "08:55")
CLOSING = at_paris(MONDAY, "18:05")


def at(day_hhmm: str, day: object = MONDAY) -> datetime:
    return at_paris(day, day_hhmm)  # type: ignore[arg-type]


@pytest.fixture
def friday(configured_desk: DeskController) -> dict[str, str]:
    """Friday as the desk was left: BÉDARIDE seated at Poste 1 and never ended, a ticket left
    in the queue, a phone booking nobody marked; Poste 2 out of service; a booking today."""
    people = register_people(configured_desk)
    assert configured_desk.database is not None
    with configured_desk.database.write() as s:
        pcs = [workstations.add_workstation(s, BED, f"Poste {n}") for n in range(1, 5)]
        workstations.set_out_of_service(s, pcs[1], "écran cassé")
        seated = visits.check_in_member(
            s, BED, people["BED-000101"], ["free_access"], None, at("14:00", FRIDAY)
        )
        workstations.seat(s, BED, seated.id, pcs[0], 60, at("14:02", FRIDAY))
        ticket = visits.check_in_anonymous(
            s, BED, ["print_scan"], None, at("16:40", FRIDAY), ticket=True
        )
        queue.join(s, BED, ticket.id, at("16:41", FRIDAY))
        s.add_all(
            [
                Booking(
                    site_id=BED,
                    workstation_id=pcs[2],
                    caller_name="M. Rouquette",
                    starts_at=at("10:00", FRIDAY),
                    ends_at=at("11:00", FRIDAY),
                ),
                Booking(
                    site_id=BED,
                    workstation_id=pcs[2],
                    member_id=people["BED-000103"],
                    starts_at=at("10:00"),
                    ends_at=at("11:00"),
                ),
            ]
        )
    return {"seated": seated.id, "ticket": ticket.id, "poste3": pcs[2], "poste4": pcs[3]} | {
        f"member-{card}": member for card, member in people.items()
    }


@pytest.fixture
def open_home(
    qtbot: QtBot, configured_desk: DeskController, qapp: QApplication
) -> Callable[[datetime], tuple[MainWindow, HomePage]]:
    apply_style(qapp)
    assert install_translations("en")  # English with its plural forms, whatever ran before

    def open_(now: datetime) -> tuple[MainWindow, HomePage]:
        assert configured_desk.node is not None and configured_desk.node.home_site is not None
        window = configured_desk.open_desk(
            account(configured_desk, "camille"), configured_desk.node.home_site
        )
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        home = window.home
        home.clock = lambda: now
        home.refresh_today()
        qtbot.waitUntil(
            lambda: home.view is not None and home.view.loose.read_at == now, timeout=10_000
        )
        return window, home

    return open_


def test_monday_morning_the_accueil_puts_friday_s_loose_ends_first_and_enter_settles_them(
    qtbot: QtBot,
    configured_desk: DeskController,
    friday: dict[str, str],
    open_home: Callable[[datetime], tuple[MainWindow, HomePage]],
) -> None:
    window, home = open_home(OPENING)
    assert window.pages.currentWidget() is home
    assert home.loose_card.isVisible()
    assert home.loose_card.y() < home.today_summary.mapTo(home, home.today_summary.pos()).y(), (
        "what needs doing first is at the top"
    )
    rows = [
        [home.loose_model.index(r, c).data() for c in range(4)]
        for r in range(home.loose_model.rowCount())
    ]
    assert [row[1:] for row in rows] == [
        ["Booking at Poste 3 until 11:00", "M. Rouquette", "recorded as a no-show"],
        ["Visit", "BÉDARIDE Paul", "closed at 15:02, the end of the session"],
        ["Session at Poste 1", "BÉDARIDE Paul", "ended at 15:02, as planned"],
        ["Visit", "Ticket T-1", "closed at 16:41, when last seen"],
    ]
    assert "10:00" in rows[0][0]
    summary = home.loose_summary.text()
    assert "2 visits never closed" in summary
    assert "No clôture recorded yet at this site." in summary
    assert home.out_of_service_label.isVisible()
    assert "Poste 2 (écran cassé)" in home.out_of_service_label.text()
    assert [b.person for b in home.bookings_model.rows()] == ["N'DIAYE Amadou"]
    assert "Synchronisation not configured" in home.sync_label.text()
    assert home.closing_label.text() == "The day is not closed yet."
    qtbot.waitUntil(home.settle_button.hasFocus)
    save_screenshot(window, "home-opening-loose-ends")

    with qtbot.waitSignal(home.loose_ends_settled, timeout=10_000) as settled:
        qtbot.keyClick(home.settle_button, Qt.Key.Key_Return)
    assert settled.args is not None
    assert (settled.args[0].visits_closed, settled.args[0].uses_ended) == (2, 1)
    qtbot.waitUntil(lambda: home.loose_card.isHidden(), timeout=10_000)
    assert home.done_label.text() == (
        "Settled: 2 visits closed, 1 session ended, 1 booking recorded as no-shows."
    )
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        seated = s.get(Visit, friday["seated"])
        assert seated is not None and seated.ended_at == at("15:02", FRIDAY)
        use = s.scalars(select(WorkstationUse)).one()
        assert use.ended_at == at("15:02", FRIDAY)
        rouquette = s.scalars(select(Booking).where(Booking.caller_name == "M. Rouquette")).one()
        assert rouquette.released_at == at("10:15", FRIDAY)
    assert [b.person for b in home.bookings_model.rows()] == ["N'DIAYE Amadou"], (
        "today's booking is not a loose end"
    )
    save_screenshot(window, "home-opening-settled")


def _monday_evening(desk: DeskController, ids: dict[str, str]) -> None:
    assert desk.database is not None
    with desk.database.write() as s:
        martin = visits.check_in_member(
            s, BED, ids["member-BED-000105"], ["admin_procedure"], None, at("16:30")
        )
        workstations.seat(s, BED, martin.id, ids["poste4"], 60, at("16:30"))
        ticket = visits.check_in_anonymous(
            s, BED, ["free_access"], None, at("17:20"), ticket=True, age_band="60-74", gender="f"
        )
        queue.join(s, BED, ticket.id, at("17:21"))
        s.add(
            Booking(
                site_id=BED,
                workstation_id=ids["poste3"],
                caller_name="M. Vidal",
                starts_at=at("19:00"),
                ends_at=at("20:00"),
            )
        )


def _answer_modal(kind: type[QWidget], answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog of ``kind`` (print, save) once it shows."""

    def find() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            answer(modal)
        else:
            QTimer.singleShot(50, find)

    QTimer.singleShot(50, find)


def test_foad_times_nobody_ended_are_shown_at_the_accueil_and_before_the_cloture(
    qtbot: QtBot,
    configured_desk: DeskController,
    open_home: Callable[[datetime], tuple[MainWindow, HomePage]],
) -> None:
    """Friday's FOAD time never ended is a loose end on Monday morning; Monday's, still
    running at closing time, is listed before the clôture ends it with no hours."""
    from lam_desk.services import training
    from lam_desk.services.dto_training import RunDraft

    people = register_people(configured_desk)
    animator = account(configured_desk, "camille")
    assert configured_desk.database is not None
    with configured_desk.database.write() as s:
        foad = next(c for c in training.courses(s) if c.is_foad)
        run = training.create_run(
            s, animator, RunDraft(foad.id, BED, "", 4, FRIDAY, MONDAY + timedelta(days=60))
        )
        first, second = (
            training.enrol(s, animator, BED, run.id, people[card], now=at("09:00", FRIDAY))
            for card in ("BED-000101", "BED-000103")
        )
        training.foad_time_in(s, animator, BED, first.id, now=at("14:10", FRIDAY))
    window, home = open_home(OPENING)
    rows = [
        [home.loose_model.index(r, c).data() for c in range(1, 4)]
        for r in range(home.loose_model.rowCount())
    ]
    assert rows == [
        ["Distance learning (FOAD)", "BÉDARIDE Paul", "no hours until corrected (Training page)"]
    ]
    assert "1 FOAD time never ended" in _en(home.loose_summary.text())
    qtbot.waitUntil(home.settle_button.hasFocus)
    qtbot.keyClick(home.settle_button, Qt.Key.Key_Return)
    qtbot.waitUntil(home.done_label.isVisible, timeout=10_000)
    assert "1 FOAD time ended with no hours" in _en(home.done_label.text())
    window.close()

    with configured_desk.database.write() as s:
        training.foad_time_in(s, animator, BED, second.id, now=at("16:00"))
    _window, home = open_home(CLOSING)
    qtbot.mouseClick(home.close_day_button, Qt.MouseButton.LeftButton)
    dialog = home.closing_dialog
    assert isinstance(dialog, ClosingDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    rows = [
        [dialog.preview_model.index(r, c).data() for c in range(4)]
        for r in range(dialog.preview_model.rowCount())
    ]
    assert rows == [
        [
            "Distance learning (FOAD)",
            "N'DIAYE Amadou",
            "16:00",
            "no hours until corrected: press Departure before closing",
        ]
    ]
    assert _en(dialog.preview_summary.text()).endswith(" · 1 FOAD time still running")
    save_screenshot(dialog, "closing-preview-foad")


def _en(text: str) -> str:
    return text.replace("(s)", "s")


def test_the_closure_previews_then_closes_counts_prints_and_backs_up(
    qtbot: QtBot,
    configured_desk: DeskController,
    friday: dict[str, str],
    open_home: Callable[[datetime], tuple[MainWindow, HomePage]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _monday_evening(configured_desk, friday)
    _window, home = open_home(CLOSING)
    qtbot.mouseClick(home.close_day_button, Qt.MouseButton.LeftButton)
    dialog = home.closing_dialog
    assert isinstance(dialog, ClosingDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.isVisible() and dialog.close_button.hasFocus()
    rows = [
        [dialog.preview_model.index(r, c).data() for c in range(4)]
        for r in range(dialog.preview_model.rowCount())
    ]
    assert rows == [
        ["Session at Poste 4", "MARTIN Zoé", "16:30", "ends at 17:30, its planned end"],
        ["Visit", "MARTIN Zoé", "16:30", "closes now (seated at Poste 4)"],
        ["Visit", "Ticket T-1", "17:20", "closes now; leaves the queue"],
        ["Booking at Poste 3, 10:00–11:00", "N'DIAYE Amadou", "10:00", "released: nobody came"],
    ]
    assert "19:00 Poste 3 (M. Vidal)" in dialog.ahead_label.text()
    assert "Earlier days left 2 visit(s), 1 session(s) and 1 booking(s) open" in (
        dialog.earlier_label.text()
    )
    save_screenshot(dialog, "closing-preview")

    with qtbot.waitSignal(home.backup_requested, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.closed is not None, timeout=10_000)
    view = dialog.tally_view
    assert dialog.pages.currentWidget() is view
    assert "Day closed at 18:05 by Camille Roux" in view.closed_label.text()
    assert "1 session ended, 2 visits closed, 1 booking released" in (view.closed_label.text())
    assert "synchronisation is not configured" in view.sync_label.text()
    assert view.sync_label.isVisible()
    figures = view.figures.text()
    assert "2 people welcomed (1 members, 1 anonymous)" in figures
    assert "1 h at the workstations" in figures, "16:30 to its planned end"
    ages = {line.code: line.total for line in view.age_model.rows()}
    assert ages["60-74"] == 1 and ages["75+"] == 1
    assert "1 no-show" in view.bookings_label.text()
    qtbot.waitUntil(lambda: view.backup_label.text().startswith("Backup made at"), timeout=15_000)
    assert list(configured_desk.paths.backup_dir.glob("lam_desk-*.sqlite3"))
    save_screenshot(dialog, "closing-tally")

    # Printing asks the system's print dialog (answered: cancelled here); saving asks where.
    printed: list[str] = []
    _answer_modal(QPrintDialog, lambda modal: (printed.append(modal.windowTitle()), modal.close()))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)
    target = tmp_path / "bilan"
    asked: list[str] = []

    def choose(parent: QWidget, title: str, folder: str, kinds: str) -> tuple[str, str]:
        # The system's "save as" dialog, answered with a name typed without ".pdf".
        asked.append(title)
        return str(target), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.with_suffix(".pdf").exists, timeout=10_000)
    assert asked, "the animator chose where"
    target = target.with_suffix(".pdf")
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "LAM de Bédarieux" in text and "Day closed at 18:05 by Camille Roux." in text
    assert "2 people welcomed" in text
    assert "Saved:" in view.message.text()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert home.closing_label.text() == "Day closed at 18:05 by Camille Roux."
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        assert s.scalars(select(Visit).where(Visit.ended_at.is_(None))).all() == []
        assert (
            s.scalars(select(WorkstationUse).where(WorkstationUse.ended_at.is_(None))).all() == []
        )
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == closing.DAY_CLOSED)).one()
        assert entry.actor == "camille"


def test_escape_leaves_the_day_open_and_the_menu_opens_the_clôture_too(
    qtbot: QtBot,
    configured_desk: DeskController,
    friday: dict[str, str],
    open_home: Callable[[datetime], tuple[MainWindow, HomePage]],
) -> None:
    _monday_evening(configured_desk, friday)
    window, home = open_home(CLOSING)
    window.go_to(Page.BOOKINGS)
    window.close_day_action.trigger()
    assert window.pages.currentWidget() is home
    dialog = home.closing_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        assert (
            s.scalars(select(AuditEntry).where(AuditEntry.action == closing.DAY_CLOSED)).all() == []
        )
        assert len(s.scalars(select(Visit).where(Visit.ended_at.is_(None))).all()) == 4


def test_the_tally_so_far_counts_without_closing(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    configured_desk: DeskController,
    friday: dict[str, str],
    open_home: Callable[[datetime], tuple[MainWindow, HomePage]],
) -> None:
    _monday_evening(configured_desk, friday)
    _window, home = open_home(CLOSING)
    qtbot.mouseClick(home.tally_button, Qt.MouseButton.LeftButton)
    dialog = home.closing_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.counted is not None, timeout=10_000)
    view = dialog.tally_view
    assert "Counted at 18:05; the day is not closed yet." in view.closed_label.text()
    assert "1 h 35 at the workstations" in view.figures.text(), "the running session counts"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.close_button.isVisible()
    for model in (view.purpose_model, view.age_model, view.gender_model, view.station_model):
        qtmodeltester.check(model)
    qtmodeltester.check(home.loose_model)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        assert (
            s.scalars(select(AuditEntry).where(AuditEntry.action == closing.DAY_CLOSED)).all() == []
        )
