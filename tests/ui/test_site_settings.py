"""Réglages → Site: a coordinator sets the week, closures, lengths and purposes of a site;
an animator reads them; bad input is told where it was typed and nothing is saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lam_desk.db.models import OpeningHours, SiteSettings
from lam_desk.domain.network import site_id
from lam_desk.domain.wallclock import paris_today
from lam_desk.services import sites
from lam_desk.ui.desk import DeskController
from lam_desk.ui.main_window import MainWindow, Page
from lam_desk.ui.site_settings import SiteSettingsPanel
from tests.ui.conftest import account, save_screenshot

BED = site_id("BED")


@pytest.fixture
def styled(qapp: QApplication) -> None:
    from lam_desk.ui.desk import apply_style

    apply_style(qapp)


def _panel(
    qtbot: QtBot, desk: DeskController, username: str
) -> tuple[MainWindow, SiteSettingsPanel]:
    assert desk.node is not None and desk.node.home_site is not None
    window = desk.open_desk(account(desk, username), desk.node.home_site)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.go_to(Page.SETTINGS)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.site_settings)
    panel = page.site_settings
    assert isinstance(panel, SiteSettingsPanel)
    qtbot.waitUntil(lambda: panel.seen is not None)
    return window, panel


def _saved(desk: DeskController) -> tuple[int, int]:
    assert desk.database is not None
    with desk.database.read() as s:
        return (
            s.scalar(select(func.count()).select_from(OpeningHours).where(OpeningHours.cl % 2 == 1))
            or 0,
            s.scalar(select(func.count()).select_from(SiteSettings)) or 0,
        )


def test_a_coordinator_sets_the_week_closures_lengths_and_purposes(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    window, panel = _panel(qtbot, configured_desk, "coordination")
    assert panel.editable and panel.read_only_label.isHidden()
    for weekday in (1, 2, 3, 4):
        panel.day_edits[weekday].setText("09:00-12:00, 14:00-18:00")
    panel.day_edits[5].setText("9:00 à 12:00")
    first = paris_today() + timedelta(days=20)
    panel.closure_first.setDate(QDate(first.year, first.month, first.day))
    panel.closure_last.setDate(QDate(first.year, first.month, first.day).addDays(2))
    panel.closure_reason.setText("Travaux : câblage")
    qtbot.mouseClick(panel.add_closure_button, Qt.MouseButton.LeftButton)
    assert panel.closure_list.count() == 1
    panel.quota.setValue(90)
    panel.no_show.setValue(10)
    panel.all_purposes.setChecked(False)
    for row in range(panel.purpose_list.count()):
        item = panel.purpose_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) not in ("free_access", "job_search", "print_scan"):
            item.setCheckState(Qt.CheckState.Unchecked)
    window.resize(1280, 860)
    save_screenshot(window, "site-settings-coordinator")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.saved_label.text() == "Saved.")
    assert panel.day_edits[5].text() == "09:00-12:00"
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        row = sites.site_settings(s, BED)
        calendar = sites.opening_calendar(s, BED)
    assert len(row.opening) == 9 and row.booking_quota_minutes == 90 and row.no_show_minutes == 10
    assert row.purpose_codes == ("free_access", "job_search", "print_scan")
    assert [c.reason for c in row.closures] == ["Travaux : câblage"]
    assert calendar.closed_day(first) is not None


@pytest.mark.parametrize(
    ("day_text", "message"),
    [
        ("14:00-12:00", "Tuesday: the interval 14:00–12:00 ends before it starts."),
        ("09:00-12:30, 12:00-18:00", "overlap or touch"),
        ("le matin", "write the hours as 09:00-12:00"),
        ("09:00-25:00", "“25:00” is not a time"),
    ],
)
def test_bad_opening_hours_are_told_and_nothing_is_saved(
    qtbot: QtBot, configured_desk: DeskController, styled: None, day_text: str, message: str
) -> None:
    window, panel = _panel(qtbot, configured_desk, "coordination")
    panel.day_edits[1].setText(day_text)
    panel.day_edits[2].setText("09:00-12:00")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.isVisible())
    assert message in panel.error.text()
    assert panel.saved_label.text() == ""
    assert _saved(configured_desk) == (0, 0)
    if "ends before" in message:
        save_screenshot(window, "site-settings-error")


def test_lengths_that_contradict_each_other_are_refused(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    _window, panel = _panel(qtbot, configured_desk, "coordination")
    panel.booking_min.setValue(150)
    panel.booking_max.setValue(120)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.isVisible())
    assert "shortest booking cannot be longer" in panel.error.text()
    assert _saved(configured_desk) == (0, 0)


def test_an_animator_reads_the_settings_without_changing_them(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    window, panel = _panel(qtbot, configured_desk, "camille")
    assert not panel.editable and panel.read_only_label.isVisible()
    assert panel.day_edits[1].isReadOnly() and not panel.save_button.isEnabled()
    assert not panel.quota.isEnabled()
    save_screenshot(window, "site-settings-animator")


def test_the_settings_of_an_antenna_served_by_this_desk(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    _window, panel = _panel(qtbot, configured_desk, "coordination")
    lunas = panel.site_box.findData(site_id("LUN"))
    assert lunas >= 0
    panel.site_box.setCurrentIndex(lunas)
    qtbot.waitUntil(lambda: panel.seen is not None and panel.seen.site_id == site_id("LUN"))
    panel.day_edits[0].setText("14:00-17:00")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.saved_label.text() == "Saved.")
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        assert sites.opening_calendar(s, site_id("LUN")).weekly_intervals(date(2026, 3, 9)) == (
            (840, 1020),
        )
        assert not sites.opening_calendar(s, BED).configured


def test_the_coordinator_writes_a_funding_line_s_operation_number(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    from lam_desk.services import training
    from lam_desk.ui.funding_settings import FundingLinesPanel

    window = configured_desk.open_desk(
        account(configured_desk, "coordination"),
        configured_desk.node.home_site,  # type: ignore[union-attr]
    )
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.go_to(Page.SETTINGS)
    page = window.settings_page
    panel = page.funding
    assert isinstance(panel, FundingLinesPanel)
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.seen is not None)
    assert panel.save_button.isVisible() and not panel.read_only_label.isVisible()
    feder = next(i for i, r in enumerate(panel.rows) if r.code == "FEDER-2127-INCL")
    panel.list.setCurrentRow(feder)
    panel.period.setText("2027-2021")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.error.isVisible)
    assert panel.error.text() == "Write the programme period as 2021-2027."
    panel.period.setText("2021-2027")
    panel.operation.setText("OC0021457")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.saved_label.text() == "Saved.")
    save_screenshot(window, "settings-funding")
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        line = next(f for f in training.funding_lines(s) if f.code == "FEDER-2127-INCL")
    assert line.operation_number == "OC0021457"


def test_an_animator_reads_the_funding_lines(qtbot: QtBot, configured_desk: DeskController) -> None:
    window, _site_panel = _panel(qtbot, configured_desk, "camille")
    panel = window.settings_page.funding
    qtbot.waitUntil(lambda: panel.seen is not None)
    assert not panel.read_only_label.isHidden() and not panel.operation.isEnabled()
    assert panel.save_button.isHidden()


def _catalogue(qtbot: QtBot, desk: DeskController, username: str) -> tuple[MainWindow, object]:
    from lam_desk.ui.catalogue_settings import CataloguePanel

    window = desk.open_desk(account(desk, username), desk.node.home_site)  # type: ignore[union-attr]
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.go_to(Page.SETTINGS)
    page = window.settings_page
    panel = page.catalogue
    assert isinstance(panel, CataloguePanel)
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.loaded)
    return window, panel


def test_the_coordinator_adds_a_course_to_the_catalogue_and_changes_one(
    qtbot: QtBot, configured_desk: DeskController, styled: None
) -> None:
    from lam_desk.services import training
    from lam_desk.ui.catalogue_settings import CataloguePanel

    window, panel = _catalogue(qtbot, configured_desk, "coordination")
    assert isinstance(panel, CataloguePanel)
    assert panel.save_button.isVisible() and not panel.read_only_label.isVisible()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(t.startswith("CNI — ") for t in texts)
    assert configured_desk.database is not None
    with configured_desk.database.read() as s:
        before = len(training.courses(s))

    # A new course: a bad code is told in the panel and nothing is saved.
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert panel.title_label.text() == "New course" and panel.code.text() == ""
    qtbot.keyClicks(panel.code, "tab let")
    qtbot.keyClicks(panel.title, "Tablette pour les seniors")
    qtbot.keyClick(panel.title, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.error.isVisible)
    assert panel.error.text().startswith("The code is 1 to 20 capital letters")
    assert panel.code.hasFocus()
    with configured_desk.database.read() as s:
        assert len(training.courses(s)) == before
    panel.code.setText("TABLETTE")
    panel.themes.setText("tablette, seniors")
    panel.level.setText("débutant")
    panel.planned_hours.setValue(6)
    panel.certificate.setText("")
    panel.funding.setCurrentIndex(1)
    line_id = panel.funding.currentData()
    bed = next(
        i
        for i in range(panel.sites.count())
        if panel.sites.item(i).data(Qt.ItemDataRole.UserRole) == BED
    )
    panel.sites.item(bed).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.saved_label.text() == "Saved: TABLETTE.", timeout=10_000)
    assert panel.list.currentItem().text() == "TABLETTE — Tablette pour les seniors"
    save_screenshot(window, "settings-catalogue")
    with configured_desk.database.read() as s:
        made = next(c for c in training.courses(s) if c.code == "TABLETTE")
        assert [c.code for c in training.courses(s, site_id=site_id("CAP"))].count("TABLETTE") == 0
    assert made.themes == ("tablette", "seniors") and made.planned_hours == 6
    assert made.site_ids == (BED,) and not made.is_foad
    assert made.funding_line is not None and made.funding_line.id == line_id

    # Changing the CNI: its code cannot be taken by another course.
    cni = next(i for i, r in enumerate(panel.rows) if r.code == "CNI")
    panel.list.setCurrentRow(cni)
    assert panel.code.text() == "CNI"
    panel.code.setText("TABLETTE")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.error.isVisible)
    assert panel.error.text() == "Another course has the code TABLETTE."
    panel.code.setText("CNI")
    panel.planned_hours.setValue(15)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.saved_label.text() == "Saved: CNI.", timeout=10_000)
    with configured_desk.database.read() as s:
        assert next(c for c in training.courses(s) if c.code == "CNI").planned_hours == 15


def test_an_animator_reads_the_catalogue(qtbot: QtBot, configured_desk: DeskController) -> None:
    from lam_desk.ui.catalogue_settings import CataloguePanel

    _window, panel = _catalogue(qtbot, configured_desk, "camille")
    assert isinstance(panel, CataloguePanel)
    assert not panel.read_only_label.isHidden()
    assert panel.read_only_label.text().startswith("Only a coordinator changes the catalogue")
    assert panel.code.text() != "" and not panel.code.isEnabled()
    assert not panel.sites.isEnabled() and not panel.funding.isEnabled()
    assert panel.save_button.isHidden() and panel.new_button.isHidden()
