"""The merge rule of synced rows, the one definition both sides follow (DESIGN.md §5.4).

The central store's ``lam_central.merge_row(current, incoming)`` implements the same rule in
plpgsql; ``tests/sync/merge_vectors.json`` holds the cases both are tested against.

Shapes (JSON, as the vectors and the server use them):

- a row state (``current``): ``{"values": {field: value}, "field_clocks": {...}, "cl": int}``;
  ``field_clocks`` may be compact (``"*"`` is the stamp of every field not listed);
- an incoming write (an outbox op, or a pulled row seen as one):
  ``{"fields": {field: {"value": ..., "hlc": stamp, "base": stamp | null}}, "cl": int}``.
  A field whose dict has no ``"base"`` key (a pulled row) never makes a conflict. A field named
  ``"cl"`` (capture stamps the causal length like a field) only moves the clock of ``"cl"``:
  the causal length itself is ``max(current cl, incoming cl)``.

The rule, per incoming field ``f``:

- taken when ``incoming hlc(f) > current clock(f)`` (stamps compare as text, which is the
  order ``(hlc, node id)``); a missing current clock loses; equal clocks change nothing;
- a conflict (both values kept for review) when the row existed, the field carries a base,
  that base differs from the current clock of ``f`` before merging, and the two values differ,
  whichever of them wins;
- ``cl = max(current cl, incoming cl)``;
- a new row (no current state) takes every incoming field, its clocks and its cl.

The merged clocks are given expanded: one stamp for each name among the current values, the
incoming fields and ``"cl"``, wherever a stamp exists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lam_desk.sync import clocks

CL = "cl"


@dataclass(frozen=True)
class IncomingField:
    """One field of an incoming write. ``has_base`` is False for pulled rows."""

    value: Any
    hlc: str | None
    base: str | None = None
    has_base: bool = False


@dataclass(frozen=True)
class Incoming:
    fields: Mapping[str, IncomingField]
    cl: int


@dataclass(frozen=True)
class RowState:
    values: Mapping[str, Any]
    field_clocks: Mapping[str, str]
    cl: int


@dataclass(frozen=True)
class Conflict:
    """A field written concurrently: the value kept and the value that lost, with clocks."""

    field: str
    kept_value: Any
    kept_hlc: str | None
    lost_value: Any
    lost_hlc: str | None


@dataclass(frozen=True)
class Merged:
    """The row after the merge; ``taken`` names the fields whose value came from incoming."""

    values: dict[str, Any]
    field_clocks: dict[str, str]
    cl: int
    taken: frozenset[str]
    conflicts: tuple[Conflict, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return bool(self.taken)


def takes(incoming_hlc: str | None, current_hlc: str | None) -> bool:
    """Last writer wins: the incoming stamp is taken when strictly greater (None loses)."""
    if incoming_hlc is None:
        return False
    return current_hlc is None or incoming_hlc > current_hlc


def merge(current: RowState | None, incoming: Incoming) -> Merged:
    """Merge ``incoming`` into ``current`` (None: the row is new here)."""
    if current is None:
        values = {name: f.value for name, f in incoming.fields.items() if name != CL}
        stamps = {name: f.hlc for name, f in incoming.fields.items() if f.hlc is not None}
        return Merged(values, stamps, incoming.cl, frozenset(values))
    values = dict(current.values)
    stamps = clocks.expand(current.field_clocks, {*current.values, *incoming.fields, CL})
    taken: set[str] = set()
    conflicts: list[Conflict] = []
    for name, f in incoming.fields.items():
        before = stamps.get(name)
        wins = takes(f.hlc, before)
        if name != CL and f.has_base and f.base != before and f.value != values.get(name):
            if wins:
                conflicts.append(Conflict(name, f.value, f.hlc, values.get(name), before))
            else:
                conflicts.append(Conflict(name, values.get(name), before, f.value, f.hlc))
        if not wins:
            continue
        assert f.hlc is not None
        stamps[name] = f.hlc
        if name != CL:
            values[name] = f.value
            taken.add(name)
    return Merged(values, stamps, max(current.cl, incoming.cl), frozenset(taken), tuple(conflicts))


# --- the JSON shapes ----------------------------------------------------------------------------


def row_state_from_json(data: Mapping[str, Any]) -> RowState:
    return RowState(dict(data["values"]), dict(data.get("field_clocks") or {}), int(data["cl"]))


def incoming_from_json(data: Mapping[str, Any]) -> Incoming:
    """An op (or a pulled row in op shape) as the server and the vectors write it."""
    fields = {
        name: IncomingField(f.get("value"), f.get("hlc"), f.get("base"), "base" in f)
        for name, f in dict(data["fields"]).items()
    }
    return Incoming(fields, int(data["cl"]))


def incoming_from_row(
    values: Mapping[str, Any], field_clocks: Mapping[str, str] | None, cl: int
) -> Incoming:
    """A pulled row (its current state at the server) seen as an incoming write: every value
    with its field's stamp, no base (a pull never makes conflicts; the server keeps them)."""
    fields = {
        name: IncomingField(value, clocks.clock_of(field_clocks, name))
        for name, value in values.items()
    }
    stamp = clocks.clock_of(field_clocks, CL)
    if stamp is not None:
        fields[CL] = IncomingField(cl, stamp)
    return Incoming(fields, cl)


def merged_to_json(merged: Merged) -> dict[str, Any]:
    """The shape of a vector's ``expect``."""
    return {
        "values": merged.values,
        "field_clocks": merged.field_clocks,
        "cl": merged.cl,
        "conflicts": sorted(c.field for c in merged.conflicts),
    }
