"""A desk with accounts, made once and copied per test (scrypt makes accounts slow to create)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from staff_desk import ANIM_PASSWORD, ANIM_PIN, COORD_PASSWORD, Desk, Template, copy_database

from lam_desk.db.engine import Database
from lam_desk.domain.accounts import Role
from lam_desk.domain.network import site_id
from lam_desk.paths import AppPaths
from lam_desk.services import node, staff
from lam_desk.store import open_database


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    path = tmp_path_factory.mktemp("template") / "lam_desk.sqlite3"
    db = open_database(path)
    try:
        with db.write() as s:
            node.set_home_site(s, site_id("BED"))
            coord = staff.create_account(
                s,
                None,
                staff.AccountDraft(
                    "coord", "Hélène Marty", Role.COORDINATOR, site_id("BED"), COORD_PASSWORD
                ),
            )
            anim = staff.create_account(
                s,
                coord.account,
                staff.AccountDraft(
                    "anim", "Mathis Azaïs", Role.ANIMATOR, site_id("LUN"), ANIM_PASSWORD, ANIM_PIN
                ),
            )
    finally:
        db.close()
    return Template(path, coord.account, anim.account, coord.recovery_code, anim.recovery_code)


@pytest.fixture
def desk(paths: AppPaths, desk_template: Template) -> Iterator[Desk]:
    copy_database(desk_template.path, paths.database)
    db = open_database(paths.database)
    yield Desk(
        db,
        desk_template.coordinator,
        desk_template.animator,
        desk_template.coordinator_code,
        desk_template.animator_code,
    )
    db.close()


@pytest.fixture
def fresh_db(paths: AppPaths) -> Iterator[Database]:
    """A desk opened for the first time: sites seeded, no home site, no account."""
    db = open_database(paths.database)
    yield db
    db.close()
