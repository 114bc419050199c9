"""The Bookings page as the animator uses it: the day and the week, booking from the keyboard
for a member or a phone name, refusals where they were typed, arrivals, cancelling, no-shows,
block bookings, the slip and the list of people to remind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lam_desk.db.models import Booking, Member, MemberContact, Workstation
from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import PARIS, at_paris, paris_today
from lam_desk.services import bookings, sites
from lam_desk.services.dto import BookingDraft, OpeningIntervalRow
from lam_desk.ui.booking_dialogs import BlockBookingDialog, BookingDialog, RemindersDialog
from lam_desk.ui.desk import DeskController
from lam_desk.ui.main_window import MainWindow, Page
from lam_desk.ui.pages.bookings import BookingsPage
from tests.ui.conftest import account, save_screenshot

BED = site_id("BED")


@pytest.fixture
def styled(qapp: QApplication) -> None:
    """The desk's look, in the English source strings (the French ones come with the
    translation files)."""
    from lam_desk.ui.desk import apply_style

    apply_style(qapp)


ALL_DAY = tuple(OpeningIntervalRow(d, "00:00", "24:00") for d in range(7))
DESK_WEEK = tuple(
    OpeningIntervalRow(d, a, b)
    for d in (1, 2, 3, 4)
    for a, b in (("09:00", "12:00"), ("14:00", "18:00"))
)


def next_weekday(weekday: int, after: date | None = None) -> date:
    """The next such weekday (0 = Monday) at least two days ahead, and no public holiday."""
    from lam_desk.domain.opening import french_public_holidays

    day = (after or paris_today()) + timedelta(days=2)
    while day.weekday() != weekday or day in french_public_holidays(day.year):
        day += timedelta(days=1)
    return day


def _open(qtbot: QtBot, desk: DeskController, username: str = "camille") -> MainWindow:
    assert desk.node is not None and desk.node.home_site is not None
    window = desk.open_desk(account(desk, username), desk.node.home_site)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def _page(qtbot: QtBot, window: MainWindow) -> BookingsPage:
    window.go_to(Page.BOOKINGS)
    page = window.pages.currentWidget()
    assert isinstance(page, BookingsPage)
    qtbot.waitUntil(lambda: page.loaded)
    return page


def _go_to(qtbot: QtBot, page: BookingsPage, day: date) -> None:
    page.set_day(day)
    qtbot.waitUntil(lambda: page.timeline is not None and page.timeline.day == day)


@pytest.fixture
def bedarieux(configured_desk: DeskController) -> DeskController:
    """Bédarieux open Tuesday to Friday, four workstations, two members."""
    db = configured_desk.database
    assert db is not None
    coordinator = account(configured_desk, "coordination")
    with db.write() as s:
        seen = sites.site_settings(s, BED)
        sites.update_site_settings(
            s,
            coordinator,
            seen,
            _draft(seen, opening=DESK_WEEK),
        )
        s.add_all(
            Workstation(site_id=BED, label=f"Poste {n}", kind="pc", position=n) for n in range(1, 5)
        )
        for card, family, given, phone in (
            ("BED-000101", "Fabre", "Odile", "04 67 95 00 01"),
            ("BED-000102", "Benali", "Karim", ""),
        ):
            member = Member(
                card_number=card,
                family_name=family,
                given_name=given,
                birth_year=1958,
                gender="f",
                commune_insee="34028",
                status="retired",
                home_site_id=BED,
                registered_on=date(2025, 1, 6),
            )
            s.add(member)
            s.flush()
            if phone:
                s.add(MemberContact(member_id=member.id, home_site_id=BED, phone=phone))
    return configured_desk


def _draft(seen: object, **changes: object) -> object:
    from dataclasses import replace

    from lam_desk.services.dto import SiteSettingsDraft

    fields = {f: getattr(seen, f) for f in SiteSettingsDraft.__dataclass_fields__}
    return replace(SiteSettingsDraft(**fields), **changes)


def _stations(desk: DeskController) -> list[str]:
    assert desk.database is not None
    with desk.database.read() as s:
        return list(
            s.scalars(
                select(Workstation.id)
                .where(Workstation.site_id == BED)
                .order_by(Workstation.position)
            )
        )


def _member(desk: DeskController, card: str) -> str:
    assert desk.database is not None
    with desk.database.read() as s:
        return s.scalars(select(Member.id).where(Member.card_number == card)).one()


def _count(desk: DeskController) -> int:
    assert desk.database is not None
    with desk.database.read() as s:
        return (
            s.scalar(
                select(func.count()).select_from(Booking).where(Booking.cancelled_at.is_(None))
            )
            or 0
        )


# --- the day and the week of the demo network -------------------------------------------------


def _make_busy(desk: DeskController, day: date) -> None:
    """The demo's Bédarieux booked as on a busy day: demo members all morning and afternoon,
    two callers, and a workshop holding four workstations (made through the service, as the
    desk would)."""
    assert desk.database is not None
    import random

    rng = random.Random(7)
    animator = account(desk, "camille")
    with desk.database.write() as s:
        members = list(
            s.scalars(
                select(Member.id)
                .where(Member.home_site_id == BED)
                .order_by(Member.card_number)
                .limit(60)
            )
        )
        timeline = bookings.day_timeline(s, BED, day)
        # The demo books the days ahead too: the workshop takes workstations free all afternoon.
        afternoon = (at_paris(day, "14:00"), at_paris(day, "17:00"))
        taken = {
            b.workstation_id
            for b in timeline.bookings
            if b.starts_at < afternoon[1] and b.ends_at > afternoon[0] and not b.cancelled_at
        }
        free = [
            st.id for st in timeline.stations if not st.out_of_service_reason and st.id not in taken
        ]
        bookings.book_block(
            s, animator, BED, free[-4:], at_paris(day, "14:00"), at_paris(day, "17:00"),
            "Atelier recherche d'emploi — CV en ligne",
        )  # fmt: skip
        callers = iter(["Mme Cabrol", "M. Nguyễn Văn Long"])
        for station in free[:-4]:
            for start, length in (
                ("09:00", 60),
                ("10:00", rng.choice((60, 90))),
                ("14:00", 90),
                ("16:00", 60),
            ):
                if rng.random() < 0.2:
                    continue
                starts = at_paris(day, start)
                caller = next(callers, "") if rng.random() < 0.15 else ""
                draft = BookingDraft(
                    BED, station, starts, starts + timedelta(minutes=length),
                    None if caller else members.pop(), caller,
                )  # fmt: skip
                try:
                    bookings.book(s, animator, draft)
                except Exception:  # a quota or an overlap: the desk would refuse it too
                    continue


def test_a_busy_day_of_the_demo_network_and_its_week(
    qtbot: QtBot, make_desk: Callable[..., DeskController], styled: None
) -> None:
    desk = make_desk(demo=True)
    busy = next_weekday(4)  # a Friday: the demo's Bédarieux is open all day
    _make_busy(desk, busy)
    window = _open(qtbot, desk)
    window.resize(1366, 768)
    page = _page(qtbot, window)
    _go_to(qtbot, page, busy)
    timeline = page.timeline
    assert timeline is not None and len(timeline.bookings) > 20
    assert [st.label for st in timeline.stations][:2] == ["Poste 1", "Poste 2"]
    # The cursor on an hour booked at 09:00 says so, whichever workstation the demo left free.
    nine = at_paris(busy, "09:00")
    booked = next(
        b for b in timeline.bookings
        if b.starts_at == nine and b.ends_at == nine + timedelta(hours=1) and not b.cancelled_at
    )  # fmt: skip
    label = next(st.label for st in timeline.stations if st.id == booked.workstation_id)
    page.day_view.setFocus()
    page.day_view.select(booked.workstation_id, 9 * 60)
    assert f"{label}, 09:00–10:00" in page.cursor_label.text()
    save_screenshot(window, "bookings-day-demo")
    # The week: seven columns, Enter opens the day chosen.
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.week_view.week is not None)
    assert page.showing_week and page.date_label.text().startswith("Week of")
    assert "booking" in page.week_view.day_count(4)
    save_screenshot(window, "bookings-week-demo")
    qtbot.keyClick(page.week_view, Qt.Key.Key_Left)
    chosen = page.week_view.current_day()
    qtbot.keyClick(page.week_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.timeline is not None and page.timeline.day == chosen)
    assert not page.showing_week


def test_page_up_and_down_walk_the_days_and_the_weeks(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    today = paris_today()
    page.day_view.setFocus()
    qtbot.keyClick(page.day_view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(
        lambda: page.timeline is not None and page.timeline.day == today + timedelta(days=1)
    )
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageDown)
    assert page.day == today + timedelta(days=8)
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.day == today


# --- booking from the keyboard ---------------------------------------------------------------


def test_booking_a_member_with_the_keyboard_alone(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    tuesday = next_weekday(1)
    _go_to(qtbot, page, tuesday)
    view = page.day_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(18):  # from 08:00 (or 09:00) to the afternoon
        qtbot.keyClick(view, Qt.Key.Key_Right)
    view.select(view.current_station() or "", 14 * 60)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert "Poste 2, 14:00–15:00: free" in page.cursor_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, BookingDialog)
    assert dialog.station.currentText() == "Poste 2"
    assert (dialog.when.start.time().hour(), dialog.when.end.time().hour()) == (14, 15)
    qtbot.keyClicks(dialog.search.edit, "fabre od")
    qtbot.waitUntil(lambda: len(dialog.search.found()) == 1)
    qtbot.keyClick(dialog.search.edit, Qt.Key.Key_Return)
    assert dialog.member is not None and "FABRE Odile" in dialog.chosen_label.text()
    assert dialog.book_button.hasFocus()
    with qtbot.waitSignal(dialog.booked):
        qtbot.keyClick(dialog.book_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.timeline is not None and len(page.timeline.bookings) == 1)
    qtbot.waitUntil(lambda: "FABRE Odile" in page.cursor_label.text())
    assert "Booked" in page.message.text()
    assert page.slip_button.isEnabled() and page.cancel_button.isEnabled()


def test_a_refused_booking_says_why_in_the_dialog_and_saves_nothing(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    tuesday = next_weekday(1)
    _go_to(qtbot, page, tuesday)
    dialog = page.open_booking_dialog(_stations(bedarieux)[0], 11 * 60 + 30, 12 * 60 + 30)
    assert isinstance(dialog, BookingDialog)
    dialog.for_caller.setChecked(True)
    qtbot.keyClicks(dialog.caller, "Mme Durand")
    qtbot.keyClick(dialog.caller, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert (
        dialog.error.text()
        == (
            "La réservation doit tenir dans les heures d'ouverture de ce jour : "
            "09:00–12:00, 14:00–18:00."
        )
        or "09:00–12:00, 14:00–18:00" in dialog.error.text()
    )
    assert dialog.isVisible() and _count(bedarieux) == 0
    save_screenshot(dialog, "booking-dialog-error")
    # No name at all: said where it was typed.
    dialog.caller.clear()
    dialog.when.start.setTime(dialog.when.start.time().addSecs(-3600))
    dialog.when.end.setTime(dialog.when.end.time().addSecs(-3600))
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "name" in dialog.error.text())
    assert _count(bedarieux) == 0
    dialog.reject()


def test_a_member_not_chosen_is_asked_for_before_anything_is_sent(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    _go_to(qtbot, page, next_weekday(2))
    dialog = page.open_booking_dialog(_stations(bedarieux)[0], 9 * 60, 10 * 60)
    assert isinstance(dialog, BookingDialog)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.focusWidget() is dialog.search.edit
    dialog.reject()


# --- arrivals, no-shows, cancelling ----------------------------------------------------------


def _insert(
    desk: DeskController, station: str, start: datetime, end: datetime, **fields: object
) -> str:
    """A booking row as it stands in the store (made earlier, possibly by another desk)."""
    assert desk.database is not None
    with desk.database.write() as s:
        row = Booking(site_id=BED, workstation_id=station, starts_at=start, ends_at=end, **fields)
        s.add(row)
        s.flush()
        return row.id


def test_a_phone_booking_is_completed_at_arrival_and_a_late_one_becomes_a_no_show(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    stations = _stations(bedarieux)
    phoned = _insert(
        bedarieux,
        stations[0],
        now - timedelta(minutes=5),
        now + timedelta(minutes=55),
        caller_name="Mme Durand",
    )
    late = _insert(
        bedarieux,
        stations[1],
        now - timedelta(minutes=40),
        now + timedelta(minutes=20),
        member_id=_member(bedarieux, "BED-000102"),
    )
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: page.timeline is not None and len(page.timeline.bookings) == 2)
    states = {b.id: b.state for b in page.timeline.bookings}  # type: ignore[union-attr]
    assert states == {phoned: "late", late: "no_show"}, "released after 15 min by the page"
    start = now.astimezone(PARIS)
    page.day_view.setFocus()
    page.day_view.select(stations[0], start.hour * 60 + start.minute)
    assert page.current_booking() is not None and page.current_booking().id == phoned  # type: ignore[union-attr]
    qtbot.keyClick(page.day_view, Qt.Key.Key_Return)
    from lam_desk.ui.booking_dialogs import ArrivalDialog

    arrival = _dialog(qtbot, ArrivalDialog)
    assert arrival.search.edit.text() == "Durand"  # the name to search, without the title
    arrival.search.edit.setText("fabre")
    qtbot.waitUntil(lambda: len(arrival.search.found()) == 1)
    qtbot.keyClick(arrival.search.edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(arrival.arrived):
        qtbot.keyClick(arrival.ok_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "FABRE Odile" in page.cursor_label.text())
    assert "arrived" in page.cursor_label.text()
    # The no-show cannot be cancelled any more, nor arrived.
    page.day_view.select(stations[1], start.hour * 60 + start.minute)
    assert not page.arrived_button.isEnabled() and not page.cancel_button.isEnabled()
    save_screenshot(window, "bookings-arrival-and-no-show")


def test_delete_cancels_after_asking(qtbot: QtBot, bedarieux: DeskController, styled: None) -> None:
    tuesday = next_weekday(1)
    stations = _stations(bedarieux)
    assert bedarieux.database is not None
    with bedarieux.database.write() as s:
        made = bookings.book(
            s,
            account(bedarieux, "camille"),
            BookingDraft(
                BED,
                stations[2],
                at_paris(tuesday, "10:00"),
                at_paris(tuesday, "11:00"),
                _member(bedarieux, "BED-000101"),
            ),
        )
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    _go_to(qtbot, page, tuesday)
    page.day_view.setFocus()
    page.day_view.select(stations[2], 10 * 60)
    assert page.current_booking() is not None

    def answer() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        assert "FABRE Odile" in box.text()
        box.defaultButton().click()

    QTimer.singleShot(200, answer)
    qtbot.keyClick(page.day_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(
        lambda: page.timeline is not None and page.timeline.bookings[0].state == "cancelled"
    )
    assert page.current_booking() is None and made.id == page.timeline.bookings[0].id


def test_a_block_booking_for_a_workshop(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    thursday = next_weekday(3)
    _go_to(qtbot, page, thursday)
    page.day_view.setFocus()
    page.day_view.select(_stations(bedarieux)[0], 14 * 60, 16 * 60)
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, BlockBookingDialog)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "label" in dialog.error.text() and _count(bedarieux) == 0
    qtbot.keyClicks(dialog.label, "Atelier CV")
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.timeline is not None and len(page.timeline.bookings) == 4)
    assert {b.title for b in page.timeline.bookings} == {"Atelier CV"}
    assert "4 workstations held" in page.message.text()


# --- paper -----------------------------------------------------------------------------------


def test_the_booking_slip_and_the_list_to_remind(
    qtbot: QtBot, bedarieux: DeskController, styled: None, tmp_path: Path
) -> None:
    from lam_desk.domain.opening import french_public_holidays

    # Open every day: the next day that is not a public holiday is the one to remind.
    tomorrow = paris_today() + timedelta(days=1)
    while tomorrow in french_public_holidays(tomorrow.year):
        tomorrow += timedelta(days=1)
    stations = _stations(bedarieux)
    assert bedarieux.database is not None
    coordinator = account(bedarieux, "coordination")
    with bedarieux.database.write() as s:
        seen = sites.site_settings(s, BED)
        sites.update_site_settings(s, coordinator, seen, _draft(seen, opening=ALL_DAY))  # type: ignore[arg-type]
        made = bookings.book(
            s,
            account(bedarieux, "camille"),
            BookingDraft(
                BED,
                stations[0],
                at_paris(tomorrow, "10:00"),
                at_paris(tomorrow, "11:00"),
                _member(bedarieux, "BED-000101"),
            ),
        )
        bookings.book(
            s,
            account(bedarieux, "camille"),
            BookingDraft(
                BED,
                stations[1],
                at_paris(tomorrow, "14:00"),
                at_paris(tomorrow, "15:00"),
                None,
                "Mme Dąbrowski",
            ),
        )
    window = _open(qtbot, bedarieux)
    page = _page(qtbot, window)
    slip = page.write_slip(made, tmp_path / "slip.pdf")
    text = " ".join(PdfReader(str(slip)).pages[0].extract_text().split())
    assert "Workstation booking" in text
    assert "10:00" in text and "11:00" in text and "Poste 1" in text and "FABRE Odile" in text
    assert "BED-000101" in text
    page.show_reminders()
    dialog = _dialog(qtbot, RemindersDialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.rows()[0].phone == "04 67 95 00 01"
    save_screenshot(dialog, "bookings-reminders")
    lines = dialog.model.rows()
    paper = page.write_reminders(tomorrow, lines, tmp_path / "remind.pdf")
    listed = " ".join(PdfReader(str(paper)).pages[0].extract_text().split())
    assert "FABRE Odile" in listed and "04 67 95 00 01" in listed and "Mme Dąbrowski" in listed
    dialog.reject()
    if (folder := _shots()) is not None:
        import shutil

        shutil.copyfile(slip, folder / "booking-slip.pdf")
        shutil.copyfile(paper, folder / "bookings-reminders.pdf")


def _shots() -> Path | None:
    import os

    folder = os.environ.get("LAM_DESK_SCREENSHOTS")
    return Path(folder) if folder else None


def _dialog(qtbot: QtBot, kind: type) -> object:  # type: ignore[type-arg]
    found: list[object] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[0]


def test_the_page_replaces_the_coming_later_notice(
    qtbot: QtBot, bedarieux: DeskController, styled: None
) -> None:
    window = _open(qtbot, bedarieux)
    assert isinstance(window.pages.widget(Page.BOOKINGS), BookingsPage)
