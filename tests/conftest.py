"""Test set-up: offscreen Qt, compiled translations, a fixed hypothesis profile, data folders."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LAM_DESK_LANG", "fr")
# The keyring must never touch a developer's real keyring from the tests.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import pytest
from hypothesis import HealthCheck, settings
from pgcluster import PgServer, empty_central, session_server

from lam_desk import i18n
from lam_desk.paths import AppPaths

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile i18n/*.ts to .qm once, as the build does, so the tests see current texts; and
    make the one QApplication of the run now: a command run in the test process (which makes a
    QCoreApplication for its translations when there is none) must not leave the widget tests
    without a QApplication."""
    from PySide6.QtWidgets import QApplication

    from lam_desk.ui.translations import compile_translations

    compile_translations()
    if QApplication.instance() is None:
        session.config.stash[_APP] = QApplication(["lam-desk-tests"])


_APP = pytest.StashKey[object]()


@pytest.fixture(autouse=True)
def _english_source_until_installed() -> Iterator[None]:
    """Each test starts with untranslated text unless it installs a language itself."""
    yield
    i18n.install(None)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A fresh data folder for one desk."""
    folder = AppPaths.under(tmp_path / "desk")
    folder.create()
    return folder


# --- PostgreSQL (tests/pgcluster.py): one throwaway server per test session --------------------


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    """The session's PostgreSQL server (skips with a reason where none can run; fails in CI)."""
    with session_server(tmp_path_factory.mktemp("pg")) as server:
        yield server


@pytest.fixture(scope="session")
def pg_admin_url(pg_server: PgServer) -> str:
    """URL of the central store's administrator (CREATEROLE, owns the database; no superuser)."""
    return pg_server.admin_url


@pytest.fixture
def central_url(pg_admin_url: str) -> str:
    """An initialised central store with no data and no site login yet; its admin URL."""
    from lam_desk.central.admin import init_store

    if not empty_central(pg_admin_url):
        init_store(pg_admin_url)
    return pg_admin_url


@pytest.fixture
def site_login(pg_server: PgServer, central_url: str) -> Callable[..., str]:
    """``site_login("BED", coordinator=False)``: a site's login made by ``central add-site``,
    as the URL a desk connects with (verify-full TLS on the throwaway cluster)."""
    from lam_desk.central.admin import add_site

    def make(code: str, *, coordinator: bool = False) -> str:
        login = add_site(central_url, code, coordinator=coordinator)
        return pg_server.url(login.role_name, login.password)

    return make
