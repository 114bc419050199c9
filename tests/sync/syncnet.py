"""Desks and a central store for the sync proofs: real SQLite data folders made as the desk
makes them, a real PostgreSQL central store made by `central init` and `central add-site`."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
from pgcluster import PgServer
from sqlalchemy import func, select

from lam_desk.db.engine import Database
from lam_desk.db.models import Member, MemberSearch, OutboxOp
from lam_desk.domain.network import site_id
from lam_desk.paths import AppPaths
from lam_desk.services import node
from lam_desk.store import open_database
from lam_desk.sync.apply import read_state
from lam_desk.sync.client import CycleSummary, SyncClient, run_once

SITES = ("OLO", "BED", "CAP")
# The coordinator's desks sit at this site; its login is the coordinator's.
COORDINATOR_SITE = "ROU"


@dataclass
class Central:
    server: PgServer
    passwords: dict[str, str]

    def login_url(self, code: str) -> str:
        return self.server.url(f"lam_site_{code.lower()}", None)

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.server.admin_url, autocommit=True)

    def scalar(self, query: str, *params: Any) -> Any:
        with self.admin() as conn:
            row = conn.execute(query, params).fetchone()
        return None if row is None else row[0]

    def member(self, member_id: str) -> dict[str, Any] | None:
        with self.admin() as conn:
            row = conn.execute(
                "SELECT to_jsonb(m) FROM lam_central.member AS m WHERE id = %s", (member_id,)
            ).fetchone()
        return None if row is None else dict(row[0])


@dataclass
class SyncDesk:
    """One desk: its data folder, its open database, its site's login."""

    name: str
    site: str
    paths: AppPaths
    db: Database
    central: Central
    closed: bool = field(default=False)

    @property
    def url(self) -> str:
        return self.central.login_url(self.site)

    @property
    def password(self) -> str:
        return self.central.passwords[self.site]

    def sync(self, **options: Any) -> CycleSummary:
        return run_once(self.db, self.url, self.password, **options)

    def client(self, **options: Any) -> SyncClient:
        return SyncClient(self.db, self.url, self.password, **options)

    def create_member(self, family: str, given: str, **values: Any) -> str:
        member_id = str(uuid.uuid4())
        with self.db.write() as s:
            s.add(
                Member(
                    id=member_id,
                    card_number=values.pop("card_number", f"{self.site}-{member_id[:6]}"),
                    family_name=family,
                    given_name=given,
                    birth_year=values.pop("birth_year", 1961),
                    gender=values.pop("gender", "F"),
                    commune_insee=values.pop("commune_insee", "34189"),
                    status=values.pop("status", "retired"),
                    home_site_id=site_id(self.site),
                    registered_on=date(2026, 1, 5),
                    **values,
                )
            )
        return member_id

    def edit_member(self, member_id: str, **changes: Any) -> None:
        with self.db.write() as s:
            row = s.get(Member, member_id)
            assert row is not None
            for name, value in changes.items():
                setattr(row, name, value)

    def member(self, member_id: str) -> dict[str, Any] | None:
        with self.db.read() as s:
            row = s.get(Member, member_id)
            if row is None:
                return None
            return {n: getattr(row, n) for n in (*Member.synced_fields(), "cl")}

    def found(self, member_id: str) -> bool:
        with self.db.read() as s:
            return (
                s.scalar(select(func.count()).where(MemberSearch.member_id == member_id)) or 0
            ) > 0

    def pending(self) -> list[str]:
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(OutboxOp.op_id).where(OutboxOp.acked_at.is_(None)).order_by(OutboxOp.hlc)
                )
            )

    def outcomes(self, op_ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
        with self.db.read() as s:
            return {
                o.op_id: (o.outcome, o.reason)
                for o in s.scalars(select(OutboxOp).where(OutboxOp.op_id.in_(op_ids)))
            }

    def state(self) -> dict[str, Any]:
        with self.db.read() as s:
            return read_state(s.connection())

    def close(self) -> None:
        if not self.closed:
            self.db.close()
            self.closed = True


def make_desk(root: Path, name: str, site: str, central: Central) -> SyncDesk:
    """A desk's data folder as the desk makes it at first start: migrated, node, reference
    rows, its home site chosen."""
    paths = AppPaths.under(root / name)
    paths.create()
    db = open_database(paths.database)
    with db.write() as s:
        node.set_home_site(s, site_id(site))
    return SyncDesk(name, site, paths, db, central)


def desks(root: Path, central: Central, *specs: tuple[str, str]) -> Iterator[SyncDesk]:
    made = [make_desk(root, name, site, central) for name, site in specs]
    try:
        yield from made
    finally:
        for desk in made:
            desk.close()
