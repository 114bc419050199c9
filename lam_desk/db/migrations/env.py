"""Alembic environment: batch mode for SQLite, the connection handed in by lam_desk.db.migrate."""

from alembic import context
from sqlalchemy import Connection, create_engine

from lam_desk.db import models  # noqa: F401 - registers the tables
from lam_desk.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url", ""))
        with engine.connect() as connection:
            _configure_and_run(connection)
            connection.commit()
        return
    _configure_and_run(connection)


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
