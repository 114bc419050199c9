"""The workstation board as the animator uses it: seat in two keystrokes, extend, move, end,
out of service, time over, check-in, the queue; on a real desk file with invented people."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import PARIS, at_paris, paris_today
from lam_desk.services import queue, visits, workstations
from lam_desk.ui.check_in import CheckInDialog
from lam_desk.ui.desk import DeskController, apply_style
from lam_desk.ui.main_window import MainWindow, Page
from lam_desk.ui.pages.board import BoardPage, TileKind
from lam_desk.ui.seating import MoveDialog, SeatDialog, ServiceDialog
from tests.ui.conftest import account, save_screenshot
from tests.ui.members_desk import register_people

BED = site_id("BED")
# Tomorrow morning on the board's own clock: pages that run on the real clock (the bookings
# page releases no-shows) leave the test's bookings alone.
NOW = at_paris(paris_today() + timedelta(days=1), "10:00")


def _workday() -> date:
    """Tomorrow, or the next day that is no public holiday (a site with hours is closed on
    those)."""
    from lam_desk.domain.opening import french_public_holidays

    day = NOW.date()
    while day in french_public_holidays(day.year):
        day += timedelta(days=1)
    return day


class FakeClock:
    """The board's clock, moved on by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def stations(configured_desk: DeskController) -> list[str]:
    assert configured_desk.database is not None
    with configured_desk.database.write() as s:
        return [workstations.add_workstation(s, BED, f"Poste {n}") for n in range(1, 9)]


@pytest.fixture
def people(configured_desk: DeskController) -> dict[str, str]:
    return register_people(configured_desk)


@pytest.fixture
def open_board(
    qtbot: QtBot,
    configured_desk: DeskController,
    clock: FakeClock,
    stations: list[str],
    qapp: QApplication,
) -> Callable[[], tuple[MainWindow, BoardPage]]:
    apply_style(qapp)  # screenshots as the desk looks

    def open_() -> tuple[MainWindow, BoardPage]:
        assert configured_desk.node is not None and configured_desk.node.home_site is not None
        window = configured_desk.open_desk(
            account(configured_desk, "camille"), configured_desk.node.home_site
        )
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow)
        board = window.board
        board.clock = clock
        window.go_to(Page.WORKSTATIONS)
        assert window.pages.currentWidget() is board
        refreshed(qtbot, board)
        board.grid.setFocus()
        board.grid.setCurrentIndex(board.model.index(0))
        return window, board

    return open_


def refreshed(qtbot: QtBot, board: BoardPage) -> None:
    """Read the board again now and wait for it."""
    board.loaded = False
    board.refresh()
    qtbot.waitUntil(lambda: board.loaded and not board._reading, timeout=5000)


def write(desk: DeskController, op: Callable[..., object]) -> object:
    assert desk.database is not None
    with desk.database.write() as s:
        return op(s)


def kinds(board: BoardPage) -> list[TileKind]:
    return [v.kind for v in board.model.views()]


def test_seat_a_checked_in_person_in_two_keystrokes_and_watch_the_time_run_out(
    qtbot: QtBot,
    configured_desk: DeskController,
    people: dict[str, str],
    clock: FakeClock,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    write(
        configured_desk,
        lambda s: visits.check_in_member(s, BED, people["BED-000101"], ["job_search"], None, NOW),
    )
    window, board = open_board()
    assert kinds(board) == [TileKind.FREE] * 8
    qtbot.keyClick(board.grid, Qt.Key.Key_Right)  # Poste 2
    qtbot.keyClick(board.grid, Qt.Key.Key_Return)
    dialog = board.seat_dialog
    assert isinstance(dialog, SeatDialog) and dialog.isVisible()
    assert dialog.people.currentItem().text().startswith("BÉDARIDE Paul — checked in at")
    assert dialog.minutes.value() == 60
    save_screenshot(dialog, "board-seat-dialog")
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: board.model.views()[1].kind is TileKind.IN_USE, timeout=5000)
    tile = board.model.views()[1]
    assert tile.person == "BÉDARIDE Paul" and tile.countdown == "1 h"
    assert board.message.text() == "BÉDARIDE Paul is seated at Poste 2 until 11:00."
    # The countdown ticks on the desk's own clock, every second, without reading the store.
    clock.advance(55.5)
    qtbot.waitUntil(lambda: board.model.views()[1].countdown == "4:30", timeout=3000)
    assert board.model.views()[1].kind is TileKind.ENDING
    clock.advance(7)
    qtbot.waitUntil(lambda: board.model.views()[1].kind is TileKind.TIME_OVER, timeout=3000)
    assert board.model.views()[1].countdown == "+3 min"
    assert board.alert.isVisible()
    assert board.alert.text() == "Time is up: Poste 2 (BÉDARIDE Paul, +3 min)"
    assert window.nav.item(Page.WORKSTATIONS).text() == "Workstations ⚠ 1"
    save_screenshot(window, "board-time-over")


def test_extend_move_and_end_from_the_keyboard(
    qtbot: QtBot,
    configured_desk: DeskController,
    stations: list[str],
    clock: FakeClock,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    def seat(s: object) -> object:
        visit = visits.check_in_anonymous(s, BED, ["free_access"], None, NOW, ticket=True)  # type: ignore[arg-type]
        return workstations.seat(s, BED, visit.id, stations[0], 60, NOW)  # type: ignore[arg-type]

    write(configured_desk, seat)
    clock.advance(50)
    _window, board = open_board()
    assert board.model.views()[0].person == "Ticket T-1"
    qtbot.keyClick(board.grid, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: board.model.views()[0].countdown == "25 min", timeout=5000)
    assert board.message.text() == "Ticket T-1 at Poste 1: until 11:15 now."
    qtbot.keyClick(board.grid, Qt.Key.Key_Asterisk)
    qtbot.waitUntil(lambda: board.model.views()[0].countdown == "55 min", timeout=5000)
    # The public PC crashed: M, Enter moves the person to the first free workstation.
    qtbot.keyClick(board.grid, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: board.move_dialog is not None, timeout=5000)
    move = board.move_dialog
    assert isinstance(move, MoveDialog) and move.isVisible()
    assert move.targets.currentItem().text() == "Poste 2 — free for 4 h"
    qtbot.keyClick(move.targets, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kinds(board)[:2] == [TileKind.FREE, TileKind.IN_USE], timeout=5000)
    assert board.model.views()[1].countdown == "55 min"
    assert board.message.text() == "Ticket T-1 moved from Poste 1 to Poste 2, until 11:45."
    # Delete asks first; Enter says yes.
    board.grid.setCurrentIndex(board.model.index(1))
    QTimer.singleShot(100, lambda: _answer_end_box(qtbot, board))
    qtbot.keyClick(board.grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: kinds(board)[1] is TileKind.FREE, timeout=5000)
    assert board.message.text() == "Poste 2 is free: Ticket T-1 has finished."
    assert board.visits[0].open  # still at the desk until checked out


def _answer_end_box(qtbot: QtBot, board: BoardPage) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == "End the session of Ticket T-1 at Poste 2?"
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_refused_seat_says_why_in_the_dialog_and_saves_nothing(
    qtbot: QtBot,
    configured_desk: DeskController,
    people: dict[str, str],
    stations: list[str],
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    from tests.services.desk_day import add_booking

    assert configured_desk.database is not None
    add_booking(
        configured_desk.database,
        stations[0],
        NOW + timedelta(minutes=20),
        NOW + timedelta(minutes=80),
        member_id=people["BED-000105"],
    )
    write(
        configured_desk,
        lambda s: visits.check_in_member(s, BED, people["BED-000102"], ["foad"], None, NOW),
    )
    _window, board = open_board()
    tile = board.model.views()[0]
    assert (tile.kind, tile.person, tile.details, tile.countdown) == (
        TileKind.FREE,
        "MARTIN Zoé",
        ("booked at 10:20",),
        "in 20 min",
    )
    qtbot.keyClick(board.grid, Qt.Key.Key_Return)
    dialog = board.seat_dialog
    assert dialog.minutes.value() == 20  # as long as the workstation is free
    dialog.minutes.setValue(45)
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text() == (
        "Poste 1 is booked from 10:20: give at most 20 minutes, or choose another workstation."
    )
    assert dialog.isVisible()
    save_screenshot(dialog, "board-seat-refused")
    dialog.reject()
    refreshed(qtbot, board)
    assert kinds(board)[0] is TileKind.FREE


def test_out_of_service_with_its_reason_and_back(
    qtbot: QtBot, open_board: Callable[[], tuple[MainWindow, BoardPage]]
) -> None:
    _window, board = open_board()
    qtbot.keyClick(board.grid, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: board.service_dialog is not None, timeout=5000)
    dialog = board.service_dialog
    assert isinstance(dialog, ServiceDialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused where it was typed
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text() == "Say why the workstation is out of service (a few words)."
    dialog.reason.insert("écran noir")  # (keyClicks types ASCII only)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kinds(board)[0] is TileKind.OUT_OF_SERVICE, timeout=5000)
    assert board.model.views()[0].details == ("écran noir",)
    assert board.service_button.text() == "Back in service… (S)"
    qtbot.keyClick(board.grid, Qt.Key.Key_Return)  # Enter on it offers to put it back
    back = board.service_dialog
    assert back is not dialog and back.windowTitle() == "Back in service"
    qtbot.keyClick(back, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kinds(board)[0] is TileKind.FREE, timeout=5000)


def test_check_in_a_member_found_by_name_and_seat_them_at_once(
    qtbot: QtBot,
    configured_desk: DeskController,
    people: dict[str, str],
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    window, board = open_board()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialog = board.check_in_dialog
    assert isinstance(dialog, CheckInDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: len(dialog.purpose_boxes) == 11, timeout=5000)
    qtbot.keyClicks(dialog.search.edit, "bedar")
    qtbot.waitUntil(lambda: dialog.search.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(dialog.search.edit, Qt.Key.Key_Return)
    assert dialog.chosen.text() == "Checking in BÉDARIDE Paul (BED-000101)."
    # Nothing ticked: refused at the dialog, nothing saved.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text() == "Tick at least one reason for the visit."
    dialog.purpose_boxes["job_search"].setChecked(True)
    dialog.purpose_boxes["print_scan"].setChecked(True)
    dialog.needs_seat.setChecked(True)
    save_screenshot(dialog, "check-in-member")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: kinds(board)[0] is TileKind.IN_USE, timeout=5000)
    assert board.message.text() == ("BÉDARIDE Paul checked in and seated at Poste 1 until 11:00.")
    line = board.visits_model.rows()[0]
    assert line.purposes == ("Recherche d'emploi", "Impression ou numérisation")
    assert line.workstation == "Poste 1"


def test_anonymous_visitors_are_counted_and_an_absurd_count_is_refused(
    qtbot: QtBot, open_board: Callable[[], tuple[MainWindow, BoardPage]]
) -> None:
    _window, board = open_board()
    board.open_check_in()
    dialog = board.check_in_dialog
    qtbot.waitUntil(lambda: len(dialog.purpose_boxes) == 11, timeout=5000)
    dialog.tabs.setCurrentIndex(1)
    dialog.head_count.setValue(61)
    dialog.purpose_boxes["free_access"].setChecked(True)
    qtbot.keyClick(dialog.head_count, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text() == "Count from 1 to 60 people at a time."
    dialog.head_count.setValue(3)
    dialog.age_band.setCurrentIndex(5)  # 60 to 74
    save_screenshot(dialog, "check-in-anonymous")
    qtbot.keyClick(dialog.head_count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: len(board.visits_model.rows()) == 1, timeout=5000)
    # (plural wording comes with the translations: the counts are what matter here)
    assert board.message.text().startswith("3 anonymous visitor")
    assert board.visits_model.rows()[0].who.head_count == 3
    assert board.visits_model.index(0, 1).data().startswith("3 anonymous visitor")
    assert board.visits_summary.text().startswith("3 visitor")
    # Check out from the list.
    board.visits_view.selectRow(0)
    board.check_out_button.click()
    qtbot.waitUntil(lambda: not board.visits_model.rows()[0].open, timeout=5000)
    assert board.visits_model.index(0, 3).data().startswith("left at ")


def test_the_queue_waits_with_an_estimate_and_its_head_is_offered_the_next_free_workstation(
    qtbot: QtBot,
    configured_desk: DeskController,
    people: dict[str, str],
    stations: list[str],
    clock: FakeClock,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    def fill(s: object) -> None:
        for n, station in enumerate(stations):
            visit = visits.check_in_anonymous(
                s,
                BED,
                ["free_access"],
                None,
                NOW - timedelta(minutes=50),
                ticket=True,  # type: ignore[arg-type]
            )
            workstations.seat(s, BED, visit.id, station, 60 + 5 * n, NOW - timedelta(minutes=50))  # type: ignore[arg-type]
        for card in ("BED-000101", "BED-000103"):
            visit = visits.check_in_member(s, BED, people[card], ["job_search"], None, NOW)  # type: ignore[arg-type]
            queue.join(s, BED, visit.id, NOW)  # type: ignore[arg-type]
        group = visits.check_in_anonymous(
            s,  # type: ignore[arg-type]
            BED,
            ["print_scan"],
            None,
            NOW,
            ticket=True,
            head_count=3,
        )
        queue.join(s, BED, group.id, NOW)  # type: ignore[arg-type]

    write(configured_desk, fill)
    window, board = open_board()
    assert board.queue_model.rowCount() == 3
    assert [board.queue_model.index(r, 2).data() for r in range(2)] == [
        "about 10 min",
        "about 15 min",
    ]
    # Two members and a group of three: five people wait.
    assert board.queue_summary.text() == "5 people waiting"
    assert board.offer.isHidden()
    save_screenshot(window, "board-full-with-queue")
    # Poste 3's person leaves: the board offers it to the head of the queue.
    board.grid.setCurrentIndex(board.model.index(2))
    QTimer.singleShot(
        100, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return)
    )
    qtbot.keyClick(board.grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(board.offer.isVisible, timeout=5000)
    assert board.offer.text() == (
        "Poste 3 is free for 1 h: seat BÉDARIDE Paul, first in the queue (Ctrl+Enter)"
    )
    save_screenshot(window, "board-queue-offer")
    qtbot.keyClick(board.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = board.seat_dialog
    assert dialog.people.currentItem().text().startswith("BÉDARIDE Paul — number 1 in the queue")
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.queue_model.rowCount() == 2, timeout=5000)
    assert board.model.views()[2].person == "BÉDARIDE Paul"
    # The other one gives up: recorded as left.
    board.queue_view.selectRow(0)
    board.queue_leave_button.click()
    qtbot.waitUntil(lambda: board.queue_model.rowCount() == 1, timeout=5000)
    assert board.message.text() == "N'DIAYE Amadou left the queue."
    assert board.queue_summary.text() == "3 people waiting"


def _busy_day(
    desk: DeskController,
    stations: list[str],
    clock: FakeClock,
    seated: tuple[str, int],
    waiting: int,
    *,
    hours: bool = True,
) -> None:
    """Open 09:00-12:00 and 14:00-18:00 every day (unless not ``hours``); every workstation
    taken from ``seated`` (time, minutes); ``waiting`` tickets in the queue at the clock's
    time."""
    from dataclasses import replace

    from lam_desk.services import sites
    from lam_desk.services.dto import OpeningIntervalRow, SiteSettingsDraft

    day = clock.now.astimezone(PARIS).date()
    coordinator = account(desk, "coordination")

    def set_hours(s: object) -> None:
        seen = sites.site_settings(s, BED)  # type: ignore[arg-type]
        every_day = tuple(
            OpeningIntervalRow(d, a, b)
            for d in range(7)
            for a, b in (("09:00", "12:00"), ("14:00", "18:00"))
        )
        fields = {f: getattr(seen, f) for f in SiteSettingsDraft.__dataclass_fields__}
        draft = replace(SiteSettingsDraft(**fields), opening=every_day)
        sites.update_site_settings(s, coordinator, seen, draft)  # type: ignore[arg-type]

    def fill(s: object) -> None:
        if hours:
            set_hours(s)
        seated_at = at_paris(day, seated[0])
        for station in stations:
            visit = visits.check_in_anonymous(
                s,
                BED,
                ["free_access"],
                None,
                seated_at,
                ticket=True,  # type: ignore[arg-type]
            )
            workstations.seat(s, BED, visit.id, station, seated[1], seated_at)  # type: ignore[arg-type]
        for _ in range(waiting):
            visit = visits.check_in_anonymous(
                s,
                BED,
                ["free_access"],
                None,
                clock.now,
                ticket=True,  # type: ignore[arg-type]
            )
            queue.join(s, BED, visit.id, clock.now)  # type: ignore[arg-type]

    write(desk, fill)


def _waits(board: BoardPage) -> list[str]:
    return [board.queue_model.index(r, 2).data() for r in range(board.queue_model.rowCount())]


def test_near_closing_the_queue_says_who_will_not_be_seated_today(
    configured_desk: DeskController,
    stations: list[str],
    clock: FakeClock,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    clock.now = at_paris(_workday(), "17:00")
    _busy_day(configured_desk, stations, clock, ("16:40", 60), len(stations) + 1)
    _window, board = open_board()
    # Eight seats free at 17:40; an hour from then would run past 18:00, so the ninth
    # person is told plainly rather than given a time after closing.
    assert _waits(board) == ["about 40 min"] * len(stations) + ["not today"]


def test_before_lunch_the_queue_is_told_the_time_the_site_reopens(
    configured_desk: DeskController,
    stations: list[str],
    clock: FakeClock,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    clock.now = at_paris(_workday(), "11:20")
    # Every seat frees at 11:50: ten minutes before noon is too short to offer.
    _busy_day(configured_desk, stations, clock, ("11:00", 50), 1)
    _window, board = open_board()
    assert _waits(board) == ["around 14:00"]


def test_without_opening_hours_no_wait_runs_past_midnight(
    configured_desk: DeskController,
    stations: list[str],
    clock: FakeClock,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    """A desk with no opening hours yet: a late evening's queue is not told "vers 00:40"."""
    clock.now = at_paris(NOW.date(), "22:30")
    # Every workstation taken from 22:00 until 23:40; one more person than workstations.
    _busy_day(configured_desk, stations, clock, ("22:00", 100), len(stations) + 1, hours=False)
    _window, board = open_board()
    assert _waits(board) == ["around 23:40"] * len(stations) + ["not today"]


def test_the_sound_can_be_turned_off_and_stays_off(
    qtbot: QtBot,
    configured_desk: DeskController,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    _window, board = open_board()
    assert board.sound.isChecked()
    board.sound.setChecked(False)
    store = QSettings(str(configured_desk.paths.window_state_file), QSettings.Format.IniFormat)
    assert store.value("board/sound") in (False, "false")


def test_the_board_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, open_board: Callable[[], tuple[MainWindow, BoardPage]]
) -> None:
    _window, board = open_board()
    qtmodeltester.check(board.model)  # type: ignore[attr-defined]


def test_a_card_scanned_while_the_board_has_the_focus_opens_no_board_action(
    qtbot: QtBot,
    configured_desk: DeskController,
    open_board: Callable[[], tuple[MainWindow, BoardPage]],
) -> None:
    """Cards of Saint-Chinian and Saint-Pons begin with S, of Murviel with M: the board's
    letter keys."""
    register_people(configured_desk, [("Durand", "Lise", "SPO-000201", 1970, "34028", "SPO", "")])
    window, board = open_board()
    board.grid.setFocus()
    scanned: list[object] = []
    window.member_scanned.connect(scanned.append)
    qtbot.keyClicks(board.grid, "SPO-000201")
    qtbot.keyClick(board.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(scanned) == 1, timeout=5000)
    qtbot.wait(300)  # longer than a letter key waits
    assert board.service_dialog is None or not board.service_dialog.isVisible()
    assert board.move_dialog is None or not board.move_dialog.isVisible()


def test_over_lunch_a_free_workstation_says_the_site_is_closed() -> None:
    from lam_desk.services.dto import BoardState, OpeningSpan, WorkstationState
    from lam_desk.ui.pages.board import opening_of, tile_view

    day = NOW.date()
    board = BoardState(
        site_id=BED,
        read_at=NOW,
        workstations=(WorkstationState("ws1", "Poste 1", "pc", None, None, ()),),
        queue=(),
        default_minutes=60,
        max_minutes=240,
        hours_configured=True,
        opening=(
            OpeningSpan(at_paris(day, "09:00"), at_paris(day, "12:00")),
            OpeningSpan(at_paris(day, "14:00"), at_paris(day, "18:00")),
        ),
        closure_reason=None,
    )
    lunch = tile_view(board.workstations[0], at_paris(day, "13:20"), board, opening_of(board))
    morning = tile_view(board.workstations[0], at_paris(day, "10:00"), board, opening_of(board))
    assert (lunch.state, lunch.details) == ("Closed", ("the site is closed",))
    assert lunch.free_minutes == 0
    assert (morning.state, morning.details) == ("Free", ())


def test_ctrl_3_puts_the_keys_on_the_board_at_once(
    qtbot: QtBot, open_board: Callable[[], tuple[MainWindow, BoardPage]]
) -> None:
    window, board = open_board()
    window.go_to(Page.HOME)
    window.home.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is board
    qtbot.waitUntil(board.grid.hasFocus)  # Enter seats, Ctrl+Enter seats the queue's head
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    bookings = window.bookings
    assert bookings is not None
    qtbot.waitUntil(bookings.day_view.hasFocus)  # not the site list
