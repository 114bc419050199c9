"""Fixtures for driving the real desk widgets with pytest-qt."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from lam_desk.domain.accounts import Role
from lam_desk.paths import AppPaths
from lam_desk.services import node as node_service, staff
from lam_desk.services.staff import AccountDraft
from lam_desk.settings import Settings
from lam_desk.ui.desk import DeskController, apply_style
from lam_desk.ui.translations import install_translations

COORDINATOR = ("coordination", "Hélène Marty", "coord-secret", "2468")
ANIMATOR = ("camille", "Camille Roux", "anim-secret-26", "1357")


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    """Widget tests read the English desk (with its plural forms) unless they ask for French:
    the same text whatever ran before."""
    install_translations("en")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert install_translations("fr")
    apply_style(qapp)
    yield
    install_translations("en")


@pytest.fixture
def make_desk(paths: AppPaths, qapp: QApplication) -> Iterator[Callable[..., DeskController]]:
    """A prepared desk controller (data folder locked, store open); shut down after the test."""
    made: list[DeskController] = []

    def make(*, demo: bool = False, settings: Settings | None = None) -> DeskController:
        controller = DeskController(paths, settings or Settings(), demo=demo)
        assert controller.prepare()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()


@pytest.fixture
def configured_desk(make_desk: Callable[..., DeskController]) -> DeskController:
    """A desk serving Bédarieux (and its antennas) with a coordinator and an animator."""
    controller = make_desk()
    assert controller.database is not None
    with controller.database.write() as session:
        sites = {s.code: s for s in node_service.list_sites(session)}
        node_service.set_home_site(session, sites["BED"].id)
        coordinator = staff.create_account(
            session,
            None,
            AccountDraft(
                COORDINATOR[0],
                COORDINATOR[1],
                Role.COORDINATOR,
                sites["BED"].id,
                COORDINATOR[2],
                COORDINATOR[3],
            ),
        ).account
        staff.create_account(
            session,
            coordinator,
            AccountDraft(
                ANIMATOR[0], ANIMATOR[1], Role.ANIMATOR, sites["BED"].id, ANIMATOR[2], ANIMATOR[3]
            ),
        )
    with controller.database.read() as session:
        controller.node = node_service.node_info(session)
    return controller


def account(controller: DeskController, username: str) -> staff.StaffRow:
    assert controller.database is not None
    with controller.database.read() as session:
        return next(a for a in staff.list_accounts(session) if a.username == username)


def save_screenshot(widget: QWidget, name: str) -> Path | None:
    """Save a PNG of ``widget`` when LAM_DESK_SCREENSHOTS names a folder (for looking at)."""
    folder = os.environ.get("LAM_DESK_SCREENSHOTS")
    if not folder:
        return None
    path = Path(folder) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))
    return path


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread() -> Iterator[None]:
    """What a test leaves in reference cycles (windows, dialogs, controllers) is freed here,
    on the main thread. Python's cyclic collector runs on whichever thread happens to allocate:
    a QObject freed on a task's worker thread while the main thread connects signals deadlocks
    the desk (each waits for the lock the other holds: Qt's connection lock, Python's GIL)."""
    yield
    gc.collect()
