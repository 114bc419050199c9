"""Erased rows pulled from the central store (DESIGN.md §6), the desk's half of the rule the
central store applies (lam_desk.central.functions, its text):

- a pulled erased row (its ``__erased_column__`` set) is taken whole, whatever the clocks: the
  store refuses every later edit of it, so its state is final, and a wiped field's clock may
  equal the one of the edit it wiped (lam_desk.sync.apply);
- the rows erased with it that this desk holds (a member's contact: ``__erased_with__``) are
  wiped and deleted (even causal length) at once, wherever they came from;
- this desk's outbox keeps nothing of the person: every op of those rows has its personal
  fields replaced by their erased values, and a waiting op the store would refuse (it changes
  a field to anything but its erased value, revives the row, or makes a row of an erased
  member) is answered here as the store answers it: ``rejected``, reason ``erased``.

The member search index follows the member row (apply refreshes it for every member whose
``erased_at`` it takes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from lam_desk.db.base import Base, Synced
from lam_desk.db.models import OutboxOp

REASON = "erased"
_CHUNK = 500


def erased(model: type[Synced], values: Mapping[str, Any]) -> bool:
    """Does this pulled state mark the row erased?"""
    column = model.__erased_column__
    return column is not None and values.get(column) is not None


def dependents(model: type[Synced], models: Mapping[str, type[Synced]]) -> list[type[Synced]]:
    """The models whose rows are erased with a row of ``model``."""
    table = model.__tablename__  # type: ignore[attr-defined]
    return [m for m in models.values() if m.__erased_with__ and m.__erased_with__[1] == table]


def settle(
    connection: Connection,
    models: Mapping[str, type[Synced]],
    erased_rows: Mapping[str, Mapping[str, Mapping[str, Any]]],
    now: datetime,
) -> None:
    """After a page: ``erased_rows`` {table: {row id: pulled values}} were pulled erased."""
    for name, rows in erased_rows.items():
        if not rows:
            continue
        model = models[name]
        ids = sorted(rows)
        _settle_outbox(connection, model, rows, now, dependent=False)
        for dependent in dependents(model, models):
            dropped = _drop(connection, dependent, ids)
            _settle_outbox(connection, dependent, dropped, now, dependent=True)


def _drop(
    connection: Connection, model: type[Synced], parent_ids: Sequence[str]
) -> dict[str, Mapping[str, Any]]:
    """Wipe and delete the rows of ``model`` erased with these parents: {id: wiped values}."""
    assert model.__erased_with__ is not None
    table = Base.metadata.tables[model.__tablename__]  # type: ignore[attr-defined]
    column = table.c[model.__erased_with__[0]]
    wiped = dict(model.__erased_values__)
    out: dict[str, Mapping[str, Any]] = {}
    for start in range(0, len(parent_ids), _CHUNK):
        chunk = parent_ids[start : start + _CHUNK]
        ids = list(connection.execute(select(table.c.id).where(column.in_(chunk))).scalars())
        if not ids:
            continue
        connection.execute(
            update(table).where(table.c.id.in_(ids)).values(**wiped, cl=table.c.cl + table.c.cl % 2)
        )
        out.update(dict.fromkeys(ids, wiped))
    return out


def _settle_outbox(
    connection: Connection,
    model: type[Synced],
    rows: Mapping[str, Mapping[str, Any]],
    now: datetime,
    *,
    dependent: bool,
) -> None:
    if not rows:
        return
    entity = model.__tablename__  # type: ignore[attr-defined]
    wiped = model.__erased_values__
    ids = sorted(rows)
    for start in range(0, len(ids), _CHUNK):
        for op in connection.execute(
            select(OutboxOp.op_id, OutboxOp.row_id, OutboxOp.cl, OutboxOp.fields, OutboxOp.acked_at)
            .where(OutboxOp.entity == entity, OutboxOp.row_id.in_(ids[start : start + _CHUNK]))
            .order_by(OutboxOp.hlc)
        ).all():
            fields: dict[str, Any] = dict(op.fields or {})
            changes: dict[str, Any] = {}
            if op.acked_at is None and _refused(model, rows[op.row_id], fields, op.cl, dependent):
                changes.update(acked_at=now, outcome="rejected", reason=REASON)
            scrubbed = {
                name: (
                    {**change, "value": wiped[name]}
                    if name in wiped and isinstance(change, dict)
                    else change
                )
                for name, change in fields.items()
            }
            if scrubbed != fields:
                changes["fields"] = scrubbed
            if changes:
                connection.execute(
                    update(OutboxOp).where(OutboxOp.op_id == op.op_id).values(**changes)
                )


def _refused(
    model: type[Synced],
    current: Mapping[str, Any],
    fields: Mapping[str, Any],
    cl: int,
    dependent: bool,
) -> bool:
    """Would the central store refuse this op on an erased row (``current``: its state)?"""
    if cl % 2 == 1 and (dependent or cl > int(current.get("cl") or 1)):
        return True  # a revival, or a row of an erased member (a dependent's op is alive)
    wiped = model.__erased_values__
    for name, change in fields.items():
        if name == "cl" or not isinstance(change, dict):
            continue
        value = change.get("value")
        if name == model.__erased_column__ and value is not None:
            continue
        if name in wiped and value == wiped[name]:
            continue
        if not dependent and name in current and value == current[name]:
            continue
        return True
    return False
