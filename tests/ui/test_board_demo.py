"""The board on the demo network: the day as the demo desk shows it (invented people)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from lam_desk.paths import AppPaths
from lam_desk.settings import Settings
from lam_desk.ui.desk import DeskController
from lam_desk.ui.main_window import Page
from tests.ui.conftest import save_screenshot


def test_the_demo_desk_s_board_shows_the_site_s_workstations_and_today_s_visits(
    qtbot: QtBot, make_desk: Callable[..., DeskController], paths: AppPaths, french: None
) -> None:
    make_desk(demo=True).shutdown()  # builds the demo network once
    desk = DeskController(paths, Settings(), demo=True)
    try:
        assert desk.start()
        window = desk.window
        assert window is not None
        # The window shows before the store opens; the day's pages are built when it has.
        qtbot.waitUntil(lambda: window.pages_built, timeout=20_000)
        board = window.board
        assert board is not None
        qtbot.waitUntil(lambda: board.loaded, timeout=20_000)
        window.go_to(Page.WORKSTATIONS)
        assert board.model.rowCount() >= 3
        # Today's visits as the store holds them: the demo day stops at the moment it was
        # built (none on a Sunday, nor before the site opens).
        from datetime import UTC, datetime, timedelta

        from lam_desk.services import visits, workstations

        assert desk.database is not None and window.context.site is not None
        now = datetime.now(UTC)
        with desk.database.read() as s:
            stored = visits.todays_visits(s, window.context.site.id, now)
            opening = workstations.opening_day(s, window.context.site.id, now)
        assert [v.id for v in board.visits] == [v.id for v in stored]
        # Open for an hour already today: the demo has people coming in.
        if any(span.starts_at + timedelta(hours=1) <= now for span in opening.intervals):
            assert board.visits, "the demo day has begun"
        save_screenshot(window, "board-demo")
    finally:
        if desk.window is not None:
            desk.window.close()
        desk.shutdown()
