"""The central tables of the synced entities, generated from the desk's models.

One table per ``Synced`` model, with the same name and columns as in SQLite (local fields left
out), no foreign keys (rows arrive in any order), and the sync metadata: ``field_clocks``,
``cl``, ``owner_site`` (the code of the owning site) and ``last_xid``. A new model or column
reaches the centre at the next ``central init``: tables and columns are only ever added.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, Float, Integer, String, Time
from sqlalchemy.sql.type_api import TypeEngine

from lam_desk.db.base import SYNC_COLUMNS, Base, Merge, Synced, Writers
from lam_desk.db.types import UTCDateTime

SCHEMA = "lam_central"

# Columns every central table has beyond the model's fields, in this order.
META_COLUMNS: tuple[tuple[str, str], ...] = (
    ("field_clocks", "jsonb NOT NULL DEFAULT '{}'::jsonb"),
    ("cl", "integer NOT NULL DEFAULT 1"),
    ("owner_site", "text"),
    ("last_xid", "xid8"),
)

# What an insert-only row may still change once the central store has it: the model says
# "rows are created, then only cancelled" (lam_desk.db.base.Merge.INSERT_ONLY).
MUTABLE_AFTER_INSERT: dict[str, tuple[str, ...]] = {"enrolment": ("cancelled_at",)}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str


@dataclass(frozen=True)
class Entity:
    """A synced model as the central store sees it."""

    name: str
    scope: str
    owner_column: str | None
    merge: str
    columns: tuple[Column, ...]
    # Which logins write the rows ("any", "coordinator", "owner") and, for "owner", the
    # column naming the site whose login does.
    writers: str = Writers.ANY.value
    writer_column: str | None = None
    # Erasure (the models' __erased_*__): the marking column, the erased values (JSON text
    # of {field: value}), the fields an erasure may keep, and (column, entity) of the row a
    # row is erased with.
    erased_column: str | None = None
    erased_values: str = "{}"
    erased_kept: tuple[str, ...] = ()
    erased_with: tuple[str, str] | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def mutable_after_insert(self) -> tuple[str, ...]:
        if self.merge != Merge.INSERT_ONLY:
            return ()
        return MUTABLE_AFTER_INSERT.get(self.name, ())

    def indexes(self) -> list[str]:
        """A site's rows by id (bootstrap pages of a site's rows), where rows have owners."""
        if self.owner_column is None:
            return []
        index = quote(f"{self.name}_owner_site_id")
        return [
            f"CREATE INDEX IF NOT EXISTS {index} ON {SCHEMA}.{quote(self.name)} (owner_site, id)"
        ]

    def create_table(self) -> str:
        lines = ["id text PRIMARY KEY"]
        lines += [f"{quote(c.name)} {c.sql_type}" for c in self.columns]
        lines += [f"{name} {definition}" for name, definition in META_COLUMNS]
        body = ",\n    ".join(lines)
        return f"CREATE TABLE IF NOT EXISTS {SCHEMA}.{quote(self.name)} (\n    {body}\n)"

    def add_columns(self) -> list[str]:
        """Statements that add what a table made by an older version lacks."""
        table = f"{SCHEMA}.{quote(self.name)}"
        return [
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {quote(c.name)} {c.sql_type}"
            for c in self.columns
        ] + [
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {definition}"
            for name, definition in META_COLUMNS
        ]

    def insert_sql(self) -> str:
        """``$1``: the whole row as jsonb; returns the id, or nothing when it already exists."""
        table = f"{SCHEMA}.{quote(self.name)}"
        columns = ", ".join(["id", *(quote(c) for c in self.fields), *_meta_names()])
        return (
            f"INSERT INTO {table} ({columns}) SELECT {columns} "
            f"FROM jsonb_populate_record(NULL::{table}, $1) "
            "ON CONFLICT (id) DO NOTHING RETURNING id"
        )

    def update_sql(self) -> str:
        """``$1``: the whole row as jsonb, ``$2``: its id."""
        table = f"{SCHEMA}.{quote(self.name)}"
        columns = ", ".join([*(quote(c) for c in self.fields), *_meta_names()])
        return (
            f"UPDATE {table} SET ({columns}) = "
            f"(SELECT {columns} FROM jsonb_populate_record(NULL::{table}, $1)) WHERE id = $2"
        )


def _meta_names() -> list[str]:
    return [name for name, _definition in META_COLUMNS]


def quote(name: str) -> str:
    """A model's column or table name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def sql_type(column_type: TypeEngine[object]) -> str:
    """The PostgreSQL type of a model column (contract: text, integer, boolean, timestamptz…)."""
    if isinstance(column_type, UTCDateTime | DateTime):
        return "timestamptz"
    if isinstance(column_type, Boolean):
        return "boolean"
    if isinstance(column_type, BigInteger):
        return "bigint"
    if isinstance(column_type, Integer):
        return "integer"
    if isinstance(column_type, Float):
        return "double precision"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, Time):
        return "time"
    if isinstance(column_type, JSON):
        return "jsonb"
    if isinstance(column_type, String):  # Text is a String
        return "text"
    raise TypeError(f"no central column type for {column_type!r}")


def synced_entities() -> tuple[Entity, ...]:
    """Every synced model of the desk, in table-name order."""
    import lam_desk.db.models  # noqa: F401  (fills Base.metadata)

    entities = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not (isinstance(model, type) and issubclass(model, Synced)):
            continue
        table = model.__table__  # type: ignore[attr-defined]
        columns = tuple(
            Column(c.key, sql_type(c.type))
            for c in table.columns
            if c.key not in SYNC_COLUMNS and c.key not in model.__local_fields__
        )
        entities.append(
            Entity(
                name=table.name,
                scope=str(model.__scope__),
                owner_column=model.__owner__,
                merge=str(model.__merge__),
                columns=columns,
                writers=str(model.__writers__),
                writer_column=(
                    (model.__writer_column__ or model.__owner__)
                    if model.__writers__ is Writers.OWNER
                    else None
                ),
                erased_column=model.__erased_column__,
                erased_values=json.dumps(dict(model.__erased_values__), sort_keys=True),
                erased_kept=tuple(sorted(model.__erased_kept__)),
                erased_with=model.__erased_with__,
            )
        )
    return tuple(sorted(entities, key=lambda e: e.name))
