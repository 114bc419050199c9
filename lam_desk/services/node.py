"""This desk as a node of the network: its id, the site it serves, the reference rows it seeds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db.models import Node, Site, StaffUser
from lam_desk.domain import network
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import uuid7
from lam_desk.sync import clocks
from lam_desk.sync.hlc import REFERENCE_STAMP


@dataclass(frozen=True)
class SiteRow:
    id: str
    code: str
    name: str
    kind: str
    parent_site_id: str | None
    commune_insee: str
    place: str

    @property
    def is_antenna(self) -> bool:
        return self.kind == network.ANTENNA


@dataclass(frozen=True)
class NodeInfo:
    node_id: str
    home_site: SiteRow | None
    served_sites: tuple[SiteRow, ...]

    @property
    def configured(self) -> bool:
        return self.home_site is not None


def site_row(site: Site) -> SiteRow:
    return SiteRow(
        site.id,
        site.code,
        site.name,
        site.kind,
        site.parent_site_id,
        site.commune_insee,
        site.place,
    )


def prepare(session: Session) -> None:
    """Make the node row and seed the reference sites. Run in an apply (network) session:
    every desk seeds the same rows with the same ids and clocks, so nothing is captured."""
    if session.scalars(select(Node.node_id)).first() is None:
        session.add(Node(node_id=uuid7(), created_at=datetime.now(UTC), hlc_wall=0, hlc_counter=0))
    existing = set(session.scalars(select(Site.id)))
    for seed in network.SITES:
        if seed.id in existing:
            continue
        values = {
            "code": seed.code,
            "name": seed.name,
            "kind": seed.kind,
            "parent_site_id": network.site_id(seed.parent_code) if seed.parent_code else None,
            "commune_insee": seed.commune_insee,
            "place": seed.place,
        }
        session.add(
            Site(
                id=seed.id,
                cl=1,
                field_clocks=clocks.whole(REFERENCE_STAMP),
                **values,
            )
        )


def list_sites(session: Session) -> list[SiteRow]:
    sites = session.scalars(select(Site).where(Site.cl % 2 == 1)).all()
    order = {seed.code: i for i, seed in enumerate(network.SITES)}
    return [site_row(s) for s in sorted(sites, key=lambda s: (order.get(s.code, 99), s.name))]


def node_info(session: Session) -> NodeInfo:
    node = session.scalars(select(Node)).one()
    if node.home_site_id is None:
        return NodeInfo(node.node_id, None, ())
    sites = list_sites(session)
    home = next((s for s in sites if s.id == node.home_site_id), None)
    if home is None:
        return NodeInfo(node.node_id, None, ())
    served = tuple(s for s in sites if s.id == home.id or s.parent_site_id == home.id)
    return NodeInfo(node.node_id, home, served)


def is_first_run(session: Session) -> bool:
    """True until a site is chosen and the first coordinator account exists."""
    node = session.scalars(select(Node)).one()
    has_account = session.scalars(select(StaffUser.id).limit(1)).first() is not None
    return node.home_site_id is None or not has_account


def set_home_site(session: Session, site_id: str) -> NodeInfo:
    site = session.get(Site, site_id)
    if site is None or not site.alive:
        raise UserError("Setup", QT_TRANSLATE_NOOP("Setup", "Choose a site of the network."))
    node = session.scalars(select(Node)).one()
    node.home_site_id = site.id
    session.flush()
    return node_info(session)


def renew_node_id(session: Session) -> str:
    """A copied or restored file takes a new node id before it writes (DESIGN.md §5.6)."""
    node = session.scalars(select(Node)).one()
    new_id = uuid7()
    node.node_id = new_id
    return new_id
