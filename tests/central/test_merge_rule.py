"""The server's merge (lam_central.merge_row) passes every shared vector of the merge rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

pytestmark = pytest.mark.postgres

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "sync" / "merge_vectors.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def owner(pg_admin_url: str) -> Any:
    from lam_desk.central.admin import init_store

    init_store(pg_admin_url)
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        yield conn


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(owner: psycopg.Connection[Any], vector: dict[str, Any]) -> None:
    current = None if vector["current"] is None else Jsonb(vector["current"])
    row = owner.execute(
        "SELECT lam_central.merge_row(%s, %s)", [current, Jsonb(vector["incoming"])]
    ).fetchone()
    assert row is not None
    merged = row[0]
    got = {key: merged[key] for key in ("values", "field_clocks", "cl", "conflicts")}
    assert got == vector["expect"]


def test_the_vectors_cover_the_rule() -> None:
    names = " ".join(v["name"] for v in VECTORS)
    assert len(VECTORS) >= 10
    for words in ("new row", "newer", "older", "equal clocks", "'*'", "deleted", "restore"):
        assert words in names
    assert any(v["expect"]["conflicts"] for v in VECTORS)
    assert any(v["current"] and not v["expect"]["conflicts"] for v in VECTORS)
