"""A desk with a coordinator and an animator, made once and copied per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from capture_desk import ANIM_PASSWORD, COORD_PASSWORD, Desk, copy_database
from pgcluster import session_server
from syncnet import COORDINATOR_SITE, SITES, Central

from lam_desk.domain.accounts import Role
from lam_desk.domain.network import site_id
from lam_desk.paths import AppPaths
from lam_desk.services import node, staff
from lam_desk.store import open_database


@pytest.fixture(scope="session")
def capture_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Desk]:
    path = tmp_path_factory.mktemp("capture") / "lam_desk.sqlite3"
    db = open_database(path)
    with db.write() as s:
        node.set_home_site(s, site_id("OLO"))
        coord = staff.create_account(
            s,
            None,
            staff.AccountDraft("coord", "Hélène Marty", Role.COORDINATOR, None, COORD_PASSWORD),
        )
        anim = staff.create_account(
            s,
            coord.account,
            staff.AccountDraft(
                "anim", "Mathis", Role.ANIMATOR, site_id("SCH"), ANIM_PASSWORD, "1357"
            ),
        )
    db.close()
    return path, Desk(db, coord.account, anim.account, anim.recovery_code)


@pytest.fixture
def desk(paths: AppPaths, capture_template: tuple[Path, Desk]) -> Iterator[Desk]:
    source, made = capture_template
    copy_database(source, paths.database)
    db = open_database(paths.database)
    yield Desk(db, made.coordinator, made.animator, made.animator_code)
    db.close()


# --- the sync proofs: a central store on a PostgreSQL server of their own ----------------------


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """A central store made by `central init`, with a login for each site of SITES and the
    coordinator's login (COORDINATOR_SITE), on a throwaway server of its own (site logins are
    cluster-wide roles)."""
    from lam_desk.central import admin

    with session_server(tmp_path_factory.mktemp("pg-sync")) as server:
        admin.init_store(server.admin_url)
        passwords = {
            code: admin.add_site(server.admin_url, code, coordinator=False).password
            for code in SITES
        }
        passwords[COORDINATOR_SITE] = admin.add_site(
            server.admin_url, COORDINATOR_SITE, coordinator=True
        ).password
        yield Central(server, passwords)
