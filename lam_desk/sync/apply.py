"""Applying pulled rows to the desk's SQLite file (DESIGN.md §5.5).

A page of rows from the central store (``sync_api.pull`` or ``sync_api.bootstrap``), with the
new cursor or bootstrap position, is applied in ONE write transaction through the network path
(``Database.apply()``: nothing captured, no outbox op), so the cursor never points past data
this file holds. Each row merges field by field against the local clocks (lam_desk.sync.merge):
a field the desk wrote later than the pulled state (a pending op) keeps its local value.

- Rows of tables this version does not know, and columns it does not know, are left out (the
  log names the table or column, never a value).
- Local fields (``__local_fields__``: password hashes) are never written by a pull.
- The member search index is kept right for every member inserted or changed.
- An erased row (its ``__erased_column__`` set) is taken whole, whatever the clocks, and the
  rows erased with it, this desk's outbox and its waiting ops follow (lam_desk.sync.erasure).
- Foreign keys are checked at COMMIT, so rows of one page may come in any order; a row whose
  parent is in no page yet (a later page brings it) is parked in ``sync_parked_row`` and applied
  with the page that brings the parent.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    Float,
    Integer,
    String,
    Table,
    Text,
    Time,
    bindparam,
    delete,
    insert,
    select,
    update,
)

from lam_desk.db import indexes
from lam_desk.db.base import SYNC_COLUMNS, Base, Synced
from lam_desk.db.engine import Database
from lam_desk.db.models import Member, Node, ParkedRow, SyncState
from lam_desk.db.types import UTCDateTime
from lam_desk.sync import clocks, erasure
from lam_desk.sync.hlc import MAX_AHEAD_MS, Stamp
from lam_desk.sync.merge import CL, RowState, incoming_from_row, merge

log = logging.getLogger(__name__)

_CHUNK = 500
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_]")
STATE_ID = 1
# The member fields the search index is made from (with cl).
_SEARCHED_FIELDS = frozenset({"family_name", "given_name", "erased_at", "merged_into_id"})


def synced_models() -> dict[str, type[Synced]]:
    """Every synced model by its table name (what the central store calls the entity)."""
    return {
        m.class_.__tablename__: m.class_  # type: ignore[attr-defined]
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced)
    }


def entity_order() -> list[str]:
    """Synced tables, parents before children (the order a bootstrap asks for them)."""
    models = synced_models()
    return [t.name for t in Base.metadata.sorted_tables if t.name in models]


@dataclass(frozen=True)
class PulledRow:
    """One row's current state at the central store."""

    entity: str
    id: str
    values: Mapping[str, Any]
    field_clocks: Mapping[str, str]
    cl: int

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PulledRow:
        return cls(
            str(data["entity"]),
            str(data["id"]),
            dict(data.get("values") or {}),
            dict(data.get("field_clocks") or {}),
            int(data.get("cl") or 1),
        )

    def payload(self) -> dict[str, object]:
        return {"values": dict(self.values), "field_clocks": dict(self.field_clocks), "cl": self.cl}


@dataclass
class PageResult:
    """What one page did: rows received, inserted, changed, left out, parked."""

    received: int = 0
    inserted: int = 0
    changed: int = 0
    unknown: int = 0
    parked: int = 0
    unparked: int = 0
    inserted_ids: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # Rows pulled erased: {table: {id: pulled values and "cl"}} (lam_desk.sync.erasure).
    erased: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict, repr=False)

    @property
    def applied(self) -> int:
        return self.inserted + self.changed


def apply_page(
    database: Database,
    rows: Sequence[Mapping[str, Any]],
    *,
    state: Mapping[str, object] | None = None,
    refresh: bool = False,
) -> PageResult:
    """Apply ``rows`` and set the sync ``state`` columns given (the new pull cursor, the
    bootstrap position, last pull time) in one SQLite transaction. ``refresh`` (bootstrap
    pages): a field whose pulled clock equals the desk's is written too, so a column an
    older version of the desk left out is filled when the rows come again."""
    with database.apply() as session:
        connection = session.connection()
        result = apply_rows(
            connection,
            [PulledRow.from_json(r) for r in rows],
            clock_limit_ms=database.wall() + MAX_AHEAD_MS,
            refresh=refresh,
        )
        if state:
            write_state(connection, state)
    return result


# --- the sync state row -------------------------------------------------------------------------


def read_state(connection: Connection) -> dict[str, Any]:
    row = connection.execute(select(SyncState).where(SyncState.id == STATE_ID)).mappings().first()
    if row is None:
        return {c.key: None for c in SyncState.__table__.columns if c.key != "id"}
    return {k: v for k, v in row.items() if k != "id"}


def write_state(connection: Connection, changes: Mapping[str, object]) -> None:
    table = Base.metadata.tables[SyncState.__tablename__]
    unknown = set(changes) - {c.key for c in table.columns}
    if unknown:
        raise ValueError(f"no such sync state: {sorted(unknown)}")
    exists = connection.execute(select(SyncState.id).where(SyncState.id == STATE_ID)).first()
    if exists is None:
        connection.execute(insert(table).values(id=STATE_ID, **changes))
    else:
        connection.execute(update(table).where(table.c.id == STATE_ID).values(**changes))


# --- applying rows ------------------------------------------------------------------------------


def apply_rows(
    connection: Connection,
    pulled: Sequence[PulledRow],
    *,
    clock_limit_ms: int | None = None,
    refresh: bool = False,
) -> PageResult:
    """Merge ``pulled`` (and the parked rows they may unblock) into the file; this node's
    clock moves past the stamps pulled, never beyond ``clock_limit_ms``."""
    result = PageResult(received=len(pulled))
    models = synced_models()
    unknown_entities: Counter[str] = Counter()
    candidates: dict[tuple[str, str], PulledRow] = {}
    for row in _parked(connection):
        candidates[(row.entity, row.id)] = row
    was_parked = set(candidates)
    for row in pulled:
        if row.entity not in models:
            unknown_entities[_SAFE_NAME.sub("?", row.entity)[:40]] += 1
            continue
        candidates[(row.entity, row.id)] = row
    if unknown_entities:
        result.unknown = sum(unknown_entities.values())
        log.warning("pulled rows of tables this desk does not know: %s", dict(unknown_entities))

    cleaned = {key: _known_columns(models[key[0]], row) for key, row in candidates.items()}
    ready, waiting = _split_by_parents(connection, models, cleaned)
    stamps: list[str] = []
    for entity in entity_order():
        group = [row for (name, _), row in ready.items() if name == entity]
        if group:
            _apply_entity(connection, models[entity], group, result, stamps, refresh)
    _observe(connection, stamps, clock_limit_ms)
    if result.erased:
        erasure.settle(connection, models, result.erased, datetime.now(UTC))

    applied_parked = [key for key in was_parked if key in ready]
    for start in range(0, len(applied_parked), _CHUNK):
        for entity, row_id in applied_parked[start : start + _CHUNK]:
            connection.execute(
                delete(ParkedRow).where(ParkedRow.entity == entity, ParkedRow.row_id == row_id)
            )
    result.unparked = len(applied_parked)
    newly = list(waiting.values())
    for row in newly:
        connection.execute(
            delete(ParkedRow).where(ParkedRow.entity == row.entity, ParkedRow.row_id == row.id)
        )
    if newly:
        connection.execute(
            insert(ParkedRow),
            [{"entity": r.entity, "row_id": r.id, "payload": r.payload()} for r in newly],
        )
    result.parked = len([key for key in waiting if key not in was_parked])
    return result


def _parked(connection: Connection) -> list[PulledRow]:
    out = []
    for entity, row_id, payload in connection.execute(
        select(ParkedRow.entity, ParkedRow.row_id, ParkedRow.payload)
    ):
        out.append(PulledRow.from_json({"entity": entity, "id": row_id, **payload}))
    return out


def _known_columns(model: type[Synced], row: PulledRow) -> PulledRow:
    """The row without columns this desk does not know, sync columns, or local fields."""
    synced = set(model.synced_fields())
    unknown = [name for name in row.values if name not in synced and name not in SYNC_COLUMNS]
    unknown = [n for n in unknown if n not in model.__local_fields__]
    if unknown:
        log.warning(
            "pulled %s rows have columns this desk does not know: %s",
            model.__tablename__,  # type: ignore[attr-defined]
            sorted(_SAFE_NAME.sub("?", n)[:40] for n in unknown),
        )
    values = {name: value for name, value in row.values.items() if name in synced}
    return PulledRow(row.entity, row.id, values, row.field_clocks, row.cl)


def _split_by_parents(
    connection: Connection,
    models: Mapping[str, type[Synced]],
    rows: dict[tuple[str, str], PulledRow],
) -> tuple[dict[tuple[str, str], PulledRow], dict[tuple[str, str], PulledRow]]:
    """(rows to apply now, rows whose parent is neither in the file nor applied with them)."""
    wanted: dict[str, set[str]] = {}
    links: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, row in rows.items():
        table: Table = models[key[0]].__table__  # type: ignore[attr-defined]
        for fk in table.foreign_keys:
            value = row.values.get(fk.parent.key)
            if isinstance(value, str) and fk.parent.key in row.values:
                target = (fk.column.table.name, value)
                links.setdefault(key, []).append(target)
                if target not in rows:
                    wanted.setdefault(target[0], set()).add(value)
    present: set[tuple[str, str]] = set()
    for name, ids in wanted.items():
        target_table = Base.metadata.tables[name]
        id_list = sorted(ids)
        for start in range(0, len(id_list), _CHUNK):
            chunk = id_list[start : start + _CHUNK]
            found = connection.execute(
                select(target_table.c.id).where(target_table.c.id.in_(chunk))
            ).scalars()
            present.update((name, found_id) for found_id in found)
    ready = dict(rows)
    waiting: dict[tuple[str, str], PulledRow] = {}
    moved = True
    while moved:  # a row waiting for its parent holds back its own children
        moved = False
        for key in list(ready):
            if any(t not in present and t not in ready for t in links.get(key, ())):
                waiting[key] = ready.pop(key)
                moved = True
    return ready, waiting


def _apply_entity(
    connection: Connection,
    model: type[Synced],
    rows: list[PulledRow],
    result: PageResult,
    stamps: list[str],
    refresh: bool = False,
) -> None:
    table: Table = model.__table__  # type: ignore[attr-defined]
    clocked = (*model.synced_fields(), CL)
    local: dict[str, tuple[dict[str, str], int]] = {}
    ids = [row.id for row in rows]
    for start in range(0, len(ids), _CHUNK):
        for row_id, field_clocks, cl in connection.execute(
            select(table.c.id, table.c.field_clocks, table.c.cl).where(
                table.c.id.in_(ids[start : start + _CHUNK])
            )
        ):
            local[row_id] = (dict(field_clocks or {}), int(cl))

    inserts: list[dict[str, Any]] = []
    updates: list[tuple[str, dict[str, Any]]] = []
    searched: list[str] = []
    for row in rows:
        stamps.extend(row.field_clocks.values())
        is_erased = erasure.erased(model, row.values)
        if is_erased:
            result.erased.setdefault(table.name, {})[row.id] = {**row.values, CL: row.cl}
        if row.id not in local:
            values = {c.key: _from_json(c, row.values.get(c.key)) for c in table.columns}
            for column in table.columns:
                if column.key not in row.values and column.key not in SYNC_COLUMNS:
                    values[column.key] = _filler(column)
            values["id"] = row.id
            values["cl"] = row.cl
            values["field_clocks"] = _compact(clocks.expand(row.field_clocks, clocked))
            inserts.append(values)
            continue
        local_clocks, local_cl = local[row.id]
        merged = merge(
            RowState({}, local_clocks, local_cl),
            incoming_from_row(row.values, row.field_clocks, row.cl),
        )
        before = clocks.expand(local_clocks, clocked)
        after = {**before, **merged.field_clocks}
        taken = set(merged.taken)
        if refresh:  # the same write (equal clocks) whose value this desk may have left out
            taken.update(
                name
                for name in row.values
                if before.get(name) is not None
                and clocks.clock_of(row.field_clocks, name) == before[name]
            )
        if is_erased:  # final at the central store: taken whole, whatever the clocks
            for name in row.values:
                if name not in taken:
                    taken.add(name)
                    pulled = clocks.clock_of(row.field_clocks, name)
                    if pulled is not None and (before.get(name) or "") < pulled:
                        after[name] = pulled
        if not taken and merged.cl == local_cl and after == before:
            continue
        changes = {name: _from_json(table.c[name], row.values[name]) for name in taken}
        changes["cl"] = merged.cl
        changes["field_clocks"] = _compact(after)
        updates.append((row.id, changes))
        if model is Member and (merged.cl != local_cl or taken & _SEARCHED_FIELDS):
            searched.append(row.id)

    if inserts:
        connection.execute(insert(table), inserts)
        result.inserted += len(inserts)
        result.inserted_ids.setdefault(table.name, []).extend(v["id"] for v in inserts)
        if model is Member:
            indexes.write_search_keys(
                connection,
                (
                    (
                        v["id"],
                        indexes.member_keys(
                            v["family_name"],
                            v["given_name"],
                            cl=v["cl"],
                            erased_at=v["erased_at"],
                            merged_into_id=v["merged_into_id"],
                        ),
                    )
                    for v in inserts
                ),
                replace=False,
            )
    for row_id, changes in updates:
        connection.execute(
            update(table).where(table.c.id == bindparam("_id")), {**changes, "_id": row_id}
        )
    result.changed += len(updates)
    if searched:
        _refresh_member_keys(connection, searched)


def _refresh_member_keys(connection: Connection, member_ids: list[str]) -> None:
    for start in range(0, len(member_ids), _CHUNK):
        found = connection.execute(
            select(
                Member.id,
                Member.family_name,
                Member.given_name,
                Member.cl,
                Member.erased_at,
                Member.merged_into_id,
            ).where(Member.id.in_(member_ids[start : start + _CHUNK]))
        )
        indexes.write_search_keys(
            connection,
            (
                (
                    r.id,
                    indexes.member_keys(
                        r.family_name,
                        r.given_name,
                        cl=r.cl,
                        erased_at=r.erased_at,
                        merged_into_id=r.merged_into_id,
                    ),
                )
                for r in found
            ),
            replace=True,
        )


def _observe(connection: Connection, stamps: Iterable[str], limit_ms: int | None) -> None:
    """Move this node's clock past every stamp pulled, so the desk's next write orders after
    what it has seen (DESIGN.md §5.2); never beyond ``limit_ms`` (the desk's wall clock plus
    the skew allowed), and only for stamps of the fixed width: a stamp from the future, or
    of another width, would hold the clock (and every later write) past any real one."""
    highest = max((s for s in stamps if s and Stamp.well_formed(s)), default=None)
    if highest is None:
        return
    seen = Stamp.decode(highest)
    if limit_ms is not None and seen.wall_ms > limit_ms:
        seen = Stamp(limit_ms, 0, seen.node_id)
    node = connection.execute(select(Node.node_id, Node.hlc_wall, Node.hlc_counter)).first()
    if node is None or (seen.wall_ms, seen.counter) <= (node.hlc_wall, node.hlc_counter):
        return
    connection.execute(
        update(Node)
        .where(Node.node_id == node.node_id)
        .values(hlc_wall=seen.wall_ms, hlc_counter=seen.counter)
    )


def _compact(expanded: Mapping[str, str]) -> dict[str, str]:
    """The compact form of a row's clocks: the most common stamp as ``"*"``."""
    if not expanded:
        return {}
    common, _ = Counter(expanded.values()).most_common(1)[0]
    return {clocks.ALL: common, **{k: v for k, v in sorted(expanded.items()) if v != common}}


def _from_json(column: Column[Any], value: Any) -> Any:
    """A value as the central store sends it (JSON) as the column's Python value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(str(value))
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(str(value)[:10])
    if isinstance(kind, Time):
        return time.fromisoformat(str(value))
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, String | Text):
        return str(value)
    return value


def _filler(column: Column[Any]) -> Any:
    """A column the central store did not send (a local field, or one it does not have yet):
    its default, else an empty value of its type where it cannot be NULL."""
    default = column.default
    if default is not None:
        if default.is_scalar:
            return default.arg  # type: ignore[attr-defined]
        if default.is_callable:
            return default.arg(None)  # type: ignore[attr-defined]
    if column.nullable:
        return None
    kind = column.type
    if isinstance(kind, JSON):
        return {}
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer | Float):
        return 0
    return ""
