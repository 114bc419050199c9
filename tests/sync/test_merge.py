"""The merge rule: every shared vector (tests/sync/merge_vectors.json) against merge.py, and
the properties replicas rely on to converge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, strategies as st

from lam_desk.sync.merge import (
    Incoming,
    IncomingField,
    RowState,
    incoming_from_json,
    incoming_from_row,
    merge,
    merged_to_json,
    row_state_from_json,
)

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).with_name("merge_vectors.json")).read_text(encoding="utf-8")
)


def test_there_are_enough_vectors_with_distinct_names() -> None:
    names = [v["name"] for v in VECTORS]
    assert len(names) >= 10
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(vector: dict[str, Any]) -> None:
    current = None if vector["current"] is None else row_state_from_json(vector["current"])
    merged = merge(current, incoming_from_json(vector["incoming"]))
    assert merged_to_json(merged) == vector["expect"]


def test_a_conflict_names_the_value_kept_and_the_value_lost() -> None:
    a = "001767225600000.000000.a"
    b = "001767225660000.000000.b"
    c = "001767225630000.000000.c"
    current = RowState({"family_name": "Rousselle"}, {"*": a, "family_name": b}, 1)
    merged = merge(current, Incoming({"family_name": IncomingField("Rousel", c, a, True)}, 1))
    (conflict,) = merged.conflicts
    assert (conflict.kept_value, conflict.kept_hlc) == ("Rousselle", b)
    assert (conflict.lost_value, conflict.lost_hlc) == ("Rousel", c)
    assert merged.values["family_name"] == "Rousselle"


# --- convergence: whatever order two replicas see the writes in, they end equal ------------

_NODES = ("a", "b", "c")
_FIELDS = ("family_name", "given_name", "status")
_stamps = st.builds(
    lambda wall, counter, node: f"{wall:015d}.{counter:06d}.{node}",
    st.integers(1, 4),
    st.integers(0, 2),
    st.sampled_from(_NODES),
)
_writes = st.lists(
    st.tuples(
        st.dictionaries(
            st.sampled_from(_FIELDS),
            st.tuples(st.sampled_from(["x", "y", "z"]), _stamps),
            min_size=1,
        ),
        st.integers(1, 4),
    ),
    min_size=1,
    max_size=6,
)


def _apply_all(order: list[tuple[dict[str, tuple[str, str]], int]]) -> tuple[Any, ...]:
    state: RowState | None = None
    for fields, cl in order:
        incoming = Incoming({n: IncomingField(v, s) for n, (v, s) in fields.items()}, cl)
        merged = merge(state, incoming)
        state = RowState(merged.values, merged.field_clocks, merged.cl)
    assert state is not None
    return (state.values, state.field_clocks, state.cl)


@given(_writes, st.randoms(use_true_random=False))
def test_replicas_converge_whatever_the_order(
    writes: list[tuple[dict[str, tuple[str, str]], int]], rng: Any
) -> None:
    # Stamps are unique per write in real life: one (hlc, node) stamps one write.
    seen: dict[str, dict[str, str]] = {}
    unique = []
    for fields, cl in writes:
        kept = {}
        for name, (value, stamp) in fields.items():
            if seen.setdefault(stamp, {}).setdefault(name, value) == value:
                kept[name] = (value, stamp)
        if kept:
            unique.append((kept, cl))
    if not unique:
        return
    shuffled = list(unique)
    rng.shuffle(shuffled)
    # The first write seen creates the row at each replica: compare the fields all writes set.
    assert _apply_all(unique + shuffled) == _apply_all(shuffled + unique)
    assert _apply_all(unique + unique) == _apply_all(unique)


def test_a_pulled_row_with_compact_clocks_merges_field_by_field() -> None:
    a = "001767225600000.000000.a"
    b = "001767225660000.000000.b"
    current = RowState({"given_name": "Odile", "status": "retired"}, {"*": a, "status": b}, 1)
    pulled = incoming_from_row({"given_name": "Odette", "status": "other"}, {"*": b}, 1)
    merged = merge(current, pulled)
    assert merged.values == {"given_name": "Odette", "status": "retired"}
    assert merged.taken == {"given_name"}
    assert merged.conflicts == ()
