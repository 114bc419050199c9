"""Bring a database file to the schema this version of the desk expects (Alembic)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The head revision this code expects; a test checks it equals Alembic's head.
SCHEMA_REVISION = "0010_training_desk"


def alembic_config(path: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = (
            con.execute("SELECT version_num FROM alembic_version LIMIT 1").fetchone()
            if _has_table(con, "alembic_version")
            else None
        )
    finally:
        con.close()
    return None if row is None else str(row[0])


def _has_table(con: sqlite3.Connection, name: str) -> bool:
    row = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,))
    return row.fetchone() is not None


def upgrade(path: Path, revision: str = "head") -> None:
    """Migrate ``path`` (created if missing). Foreign keys are off while batch migrations run,
    then checked once at the end."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if revision == "head" and current_revision(path) == SCHEMA_REVISION:
        return  # already current: the desk starts without loading Alembic at all
    from alembic import command

    _run(path, lambda config: command.upgrade(config, revision))


def downgrade(path: Path, revision: str) -> None:
    from alembic import command

    _run(path, lambda config: command.downgrade(config, revision))


def _run(path: Path, action: object) -> None:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, hide_parameters=True)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode = WAL")
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            config = alembic_config(path)
            config.attributes["connection"] = connection
            action(config)  # type: ignore[operator]
            connection.commit()
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
    finally:
        engine.dispose()
