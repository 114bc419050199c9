"""Change capture: the one write path of every synced table (DESIGN.md §5.1).

A ``before_flush`` hook on the desk's write sessions turns every insert, field change and
(causal-length) deletion of a synced row into an outbox op, in the same SQLite transaction,
stamped by the persisted hybrid logical clock. Writes that come from the network are made in
sessions marked ``origin="network"`` and capture nothing. Bulk ``insert()/update()/delete()``
statements on synced tables are refused, because they would escape capture.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Engine, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from lam_desk.db.base import Synced
from lam_desk.db.models import Node, OutboxOp
from lam_desk.ids import uuid7
from lam_desk.sync import clocks
from lam_desk.sync.hlc import HybridLogicalClock, WallClock

ORIGIN_KEY = "origin"
ORIGIN_NETWORK = "network"
_BASES_KEY = "field_bases"


class UncapturedWriteError(RuntimeError):
    """A write to a synced table tried to bypass the capture path (a programming error)."""


def mark_network_origin(session: Session) -> None:
    """Writes of this session come from the network (pull, bootstrap, seed, restore)."""
    session.info[ORIGIN_KEY] = ORIGIN_NETWORK


def set_base(session: Session, row: Synced, clocks: Mapping[str, str]) -> None:
    """Record the field clocks the user saw (from the DTO they edited) for the next flush."""
    session.info.setdefault(_BASES_KEY, {})[row.id] = dict(clocks)


def mark_deleted(row: Synced) -> None:
    """Delete by causal length: the row stays, its length becomes even."""
    if row.cl % 2 == 1:
        row.cl += 1


def mark_restored(row: Synced) -> None:
    if row.cl % 2 == 0:
        row.cl += 1


_FLUSHING = "lam_desk_flushing"
_WRITE_STATEMENT = re.compile(
    r"""^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"""
    r"""\s+["`\[]?(\w+)""",
    re.IGNORECASE,
)


def install_statement_guard(engine: Engine, synced_tables: frozenset[str]) -> None:
    """The last wall: any SQL that writes a synced table on the desk's write engine must come
    from a flush (which capture saw) or from a network-origin session. Raw text, Core statements
    on ``session.connection()`` and the like are refused."""

    @event.listens_for(engine, "before_cursor_execute")
    def _guard(
        connection: Connection,
        cursor: Any,
        statement: str,
        parameters: Any,
        context: Any,
        executemany: bool,
    ) -> None:
        match = _WRITE_STATEMENT.match(statement)
        if match is None or match.group(1).lower() not in synced_tables:
            return
        if connection.info.get(_FLUSHING) or connection.info.get(ORIGIN_KEY) == ORIGIN_NETWORK:
            return
        raise UncapturedWriteError(
            f"a statement writing {match.group(1)} escapes capture: write through the ORM"
        )


def mark_connection_network_origin(session: Session) -> None:
    """The connection of a network-origin session may write synced tables directly."""
    session.connection().info[ORIGIN_KEY] = ORIGIN_NETWORK


def install(
    factory: sessionmaker[CapturedSession], *, schema_version: str, wall: WallClock
) -> None:
    """Attach capture and the bulk-write guard to the desk's write sessions."""

    @event.listens_for(factory, "before_flush")
    def _flush_begins(session: Session, flush_context: Any, instances: Any) -> None:
        session.connection().info[_FLUSHING] = True

    @event.listens_for(factory, "after_flush_postexec")
    def _flush_ends(session: Session, flush_context: Any) -> None:
        session.connection().info.pop(_FLUSHING, None)

    @event.listens_for(factory, "before_flush")
    def _capture(session: Session, flush_context: Any, instances: Any) -> None:
        if session.info.get(ORIGIN_KEY) == ORIGIN_NETWORK:
            return
        for row in session.deleted:
            if isinstance(row, Synced):
                raise UncapturedWriteError(
                    f"{type(row).__name__} rows are deleted with capture.mark_deleted()"
                )
        changes = [c for c in _changes(session) if c[1]]
        if not changes:
            return
        with session.no_autoflush:
            node = session.get(Node, _node_id(session))
        if node is None:
            raise UncapturedWriteError("this database has no node row: run the migrations")
        clock = HybridLogicalClock(node.node_id, wall=wall, state=(node.hlc_wall, node.hlc_counter))
        bases: dict[str, dict[str, str]] = session.info.get(_BASES_KEY, {})
        now = dt.datetime.fromtimestamp(wall() / 1000, tz=dt.UTC)
        for row, changed, created in changes:
            stamp = clock.now().encode()
            old_clocks = dict(row.field_clocks or {})
            row_bases = bases.get(row.id, {})
            fields: dict[str, object] = {}
            for name in changed:
                base = row_bases.get(name, clocks.clock_of(old_clocks, name))
                fields[name] = {"value": _jsonable(getattr(row, name)), "hlc": stamp, "base": base}
            row.field_clocks = (
                clocks.whole(stamp) if created else clocks.stamped(old_clocks, changed, stamp)
            )
            # Only this row's bases are used up: a flush of other rows (autoflush) must not
            # drop the clocks the user saw on a row that is still being edited.
            bases.pop(row.id, None)
            session.add(
                OutboxOp(
                    op_id=uuid7(),
                    hlc=stamp,
                    entity=type(row).__tablename__,  # type: ignore[attr-defined]
                    row_id=row.id,
                    fields=fields,
                    cl=row.cl,
                    schema_version=schema_version,
                    created_at=now,
                    acked_at=None,
                )
            )
        node.hlc_wall, node.hlc_counter = clock.state

    @event.listens_for(factory, "do_orm_execute")
    def _guard(state: ORMExecuteState) -> None:
        if state.session.info.get(ORIGIN_KEY) == ORIGIN_NETWORK:
            return
        if not (state.is_update or state.is_delete or state.is_insert):
            return
        for mapper in state.all_mappers:
            if issubclass(mapper.class_, Synced):
                raise UncapturedWriteError(
                    f"bulk write on synced table {mapper.class_.__name__} escapes capture"
                )
        table = getattr(state.statement, "table", None)
        if table is not None and "field_clocks" in table.c:
            raise UncapturedWriteError(f"bulk write on synced table {table.name} escapes capture")


class CapturedSession(Session):
    """The desk's write sessions: the legacy bulk methods skip the flush, and so capture."""

    def bulk_save_objects(self, objects: Any, *args: Any, **kwargs: Any) -> None:
        objects = list(objects)
        _refuse_bulk(self, {type(o) for o in objects})
        super().bulk_save_objects(objects, *args, **kwargs)

    def bulk_insert_mappings(self, mapper: Any, *args: Any, **kwargs: Any) -> None:
        _refuse_bulk(self, {mapper})
        super().bulk_insert_mappings(mapper, *args, **kwargs)

    def bulk_update_mappings(self, mapper: Any, *args: Any, **kwargs: Any) -> None:
        _refuse_bulk(self, {mapper})
        super().bulk_update_mappings(mapper, *args, **kwargs)


def _refuse_bulk(session: Session, targets: set[Any]) -> None:
    if session.info.get(ORIGIN_KEY) == ORIGIN_NETWORK:
        return
    for target in targets:
        cls = getattr(inspect(target), "class_", target)
        if isinstance(cls, type) and issubclass(cls, Synced):
            raise UncapturedWriteError(f"bulk write on synced table {cls.__name__} escapes capture")


def _changes(session: Session) -> list[tuple[Synced, list[str], bool]]:
    """(row, changed fields, created) for every synced row of the flush."""
    out: list[tuple[Synced, list[str], bool]] = []
    for row in session.new:
        if isinstance(row, Synced):
            if not row.id:
                row.id = uuid7()
            if row.cl is None:
                row.cl = 1
            _fill_defaults(row)
            out.append((row, [*row.synced_fields(), "cl"], True))
    for row in session.dirty:
        if isinstance(row, Synced) and session.is_modified(row, include_collections=False):
            state = instance_state(row)
            changed = [
                name
                for name in (*row.synced_fields(), "cl")
                if state.attrs[name].history.has_changes()
                and list(state.attrs[name].history.added) != list(state.attrs[name].history.deleted)
            ]
            out.append((row, changed, False))
    return out


def _fill_defaults(row: Synced) -> None:
    """Apply column defaults now, so the op carries the values the row will have."""
    table = type(row).__table__  # type: ignore[attr-defined]
    for column in table.columns:
        if getattr(row, column.key) is None and column.default is not None:
            default = column.default
            # A callable default (list, dict) is called as SQLAlchemy would, so the op carries
            # the [] or {} the row stores, not None.
            if default.is_scalar:
                setattr(row, column.key, default.arg)
            elif default.is_callable:
                setattr(row, column.key, default.arg(None))


def _node_id(session: Session) -> str:
    cached = session.info.get("node_id")
    if isinstance(cached, str):
        return cached
    with session.no_autoflush:
        node_id = session.scalars(select(Node.node_id)).one()
    session.info["node_id"] = node_id
    return node_id


def _jsonable(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value
