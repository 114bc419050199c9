"""Migrations: the migrated schema is the models' schema, and every revision round-trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from lam_desk.db import migrate
from lam_desk.db.base import Base
from lam_desk.db.migrate import SCHEMA_REVISION
from lam_desk.store import open_database


def script_directory(path: Path) -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config(path))


def revisions() -> list[tuple[str, str]]:
    """(revision, the revision before it or "base"), oldest first."""
    walk = list(script_directory(Path("unused.sqlite3")).walk_revisions("base", "heads"))
    return [(r.revision, str(r.down_revision or "base")) for r in reversed(walk)]


def schema(path: Path) -> dict[str, str]:
    """The schema SQLite keeps, object by object (tables, indexes)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        con.close()
    return {name: " ".join(sql.split()) for name, sql in rows}


def test_the_code_expects_the_head_revision(tmp_path: Path) -> None:
    assert script_directory(tmp_path / "x.sqlite3").get_heads() == [SCHEMA_REVISION]


def test_the_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    migrate.upgrade(path)
    assert migrate.current_revision(path) == SCHEMA_REVISION
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize(("revision", "previous"), revisions())
def test_each_revision_upgrades_downgrades_and_upgrades_again(
    tmp_path: Path, revision: str, previous: str
) -> None:
    path = tmp_path / "desk.sqlite3"
    migrate.upgrade(path, revision)
    upgraded = schema(path)
    migrate.downgrade(path, previous)
    assert migrate.current_revision(path) == (None if previous == "base" else previous)
    migrate.upgrade(path, revision)
    assert schema(path) == upgraded
    assert migrate.current_revision(path) == revision


def test_down_to_base_leaves_only_alembic_s_own_table(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    migrate.upgrade(path)
    migrate.downgrade(path, "base")
    assert set(schema(path)) == {"alembic_version"}
    migrate.upgrade(path)
    assert migrate.current_revision(path) == SCHEMA_REVISION


def test_every_foreign_key_is_deferrable_in_the_migrated_file(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    migrate.upgrade(path)
    created = schema(path)
    keys = [fk for table in Base.metadata.tables.values() for fk in table.foreign_key_constraints]
    assert keys, "the models have foreign keys"
    for fk in keys:
        sql = created[fk.table.name]
        clause = sql[sql.index(f"CONSTRAINT {fk.name} FOREIGN KEY") :].split("CONSTRAINT")[1]
        assert "DEFERRABLE INITIALLY DEFERRED" in clause, f"{fk.name}: {clause}"


def test_a_sync_page_may_bring_an_account_before_its_site(tmp_path: Path) -> None:
    # Foreign keys are checked at COMMIT, so rows can arrive in any order within a page.
    db = open_database(tmp_path / "desk.sqlite3")
    try:
        with db.apply() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO staff_user (id, username, display_name, role, active, home_site_id,"
                " password_hash, field_clocks, cl) VALUES ('u1', 'zoe', 'Zoé', 'animator', 1,"
                " 'new-site', 'x', '{}', 1)"
            )
            s.connection().exec_driver_sql(
                "INSERT INTO site (id, code, name, kind, commune_insee, place, field_clocks, cl)"
                " VALUES ('new-site', 'NEW', 'New', 'lam', '34000', '', '{}', 1)"
            )
        with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.apply() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO staff_user (id, username, display_name, role, active, home_site_id,"
                " password_hash, field_clocks, cl) VALUES ('u2', 'yan', 'Yan', 'animator', 1,"
                " 'never-arrives', 'x', '{}', 1)"
            )
        with db.read() as s:
            ids = [r[0] for r in s.connection().exec_driver_sql("SELECT id FROM staff_user")]
        assert ids == ["u1"]
    finally:
        db.close()
