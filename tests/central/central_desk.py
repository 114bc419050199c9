"""Helpers of the central store's tests: a site's connection calling sync_api, ops as a desk
writes them, and reading the store as its administrator."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from lam_desk.domain.network import site_id

SCHEMA_VERSION = "0004_visits_by_site_and_day"
T0 = 1_767_225_600_000  # 2026-01-01 00:00 UTC, in ms


def stamp(ms_after: int, node: str, counter: int = 0) -> str:
    return f"{T0 + ms_after:015d}.{counter:06d}.{node}"


def op(
    entity: str,
    row_id: str,
    values: dict[str, Any],
    hlc: str,
    *,
    cl: int = 1,
    base: str | None = None,
    op_id: str | None = None,
) -> dict[str, Any]:
    """An outbox op as lam_desk.sync.capture writes it."""
    fields = {name: {"value": value, "hlc": hlc, "base": base} for name, value in values.items()}
    return {
        "op_id": op_id or str(uuid.uuid4()),
        "entity": entity,
        "row_id": row_id,
        "hlc": hlc,
        "cl": cl,
        "fields": fields,
    }


def member(family: str, given: str, home: str = "BED") -> dict[str, Any]:
    return {
        "card_number": f"{home}-000001",
        "family_name": family,
        "given_name": given,
        "birth_year": 1961,
        "gender": "F",
        "status": "retired",
        "home_site_id": site_id(home),
        "registered_on": "2026-01-02",
    }


def workstation(name: str, site: str) -> dict[str, Any]:
    return {"site_id": site_id(site), "label": name, "kind": "pc", "position": 1}


class Desk:
    """One desk's connection to the central store, through its site's login."""

    def __init__(self, url: str, node_id: str | None = None, *, autocommit: bool = True) -> None:
        self.url = url
        self.node_id = node_id or str(uuid.uuid4())
        self.conn = psycopg.connect(url, autocommit=autocommit)

    def call(self, function: str, payload: dict[str, Any]) -> dict[str, Any]:
        row = self.conn.execute(
            f"SELECT sync_api.{function}(%s)",  # type: ignore[arg-type]
            [Jsonb({"node_id": self.node_id, **payload})],
        ).fetchone()
        assert row is not None
        answer: dict[str, Any] = row[0]
        return answer

    def hello(self, schema_version: str = SCHEMA_VERSION) -> dict[str, Any]:
        return self.call("hello", {"schema_version": schema_version})

    def push(self, *ops: dict[str, Any], schema_version: str = SCHEMA_VERSION) -> list[Any]:
        answer = self.call("push", {"schema_version": schema_version, "ops": list(ops)})
        return [(r["outcome"], r.get("reason")) for r in answer["results"]]

    def pull(self, cursor: str | None = None, limit: int = 500) -> dict[str, Any]:
        return self.call("pull", {"cursor": cursor, "limit": limit})

    def pull_all(self, cursor: str | None = None) -> tuple[dict[tuple[str, str], Any], str | None]:
        rows: dict[tuple[str, str], Any] = {}
        while True:
            page = self.pull(cursor, limit=50)
            for row in page["rows"]:
                rows[(row["entity"], row["id"])] = row
            cursor = page["cursor"]
            if not page["more"]:
                return rows, cursor

    def close(self) -> None:
        self.conn.close()


def admin_rows(admin_url: str, query: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(admin_url) as conn:
        return conn.execute(query, params).fetchall()  # type: ignore[arg-type]
