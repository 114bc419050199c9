"""This desk as a node: the sites it serves, the reference sites it seeds, its node id."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from lam_desk.db.engine import Database
from lam_desk.db.models import Node, OutboxOp, Site
from lam_desk.domain import network
from lam_desk.errors import UserError
from lam_desk.paths import AppPaths
from lam_desk.services import node
from lam_desk.store import open_database
from lam_desk.sync.hlc import REFERENCE_STAMP


@pytest.mark.parametrize(
    ("home", "served"),
    [
        ("BED", ["BED", "LUN", "SGE"]),
        ("OLO", ["OLO", "SCH"]),
        ("OLA", ["OLA", "SPO"]),
        ("ROU", ["ROU", "MUR"]),
        ("CAP", ["CAP"]),
        ("LUN", ["LUN"]),
    ],
)
def test_a_node_serves_its_lam_and_the_lam_s_antennas(
    fresh_db: Database, home: str, served: list[str]
) -> None:
    with fresh_db.write() as s:
        info = node.set_home_site(s, network.site_id(home))
    assert info.configured
    assert info.home_site is not None and info.home_site.code == home
    assert [site.code for site in info.served_sites] == served
    assert sorted(served) == sorted(network.served_codes(home))
    with fresh_db.read() as s:
        assert node.node_info(s) == info


def test_a_new_node_serves_nothing_until_a_site_is_chosen(fresh_db: Database) -> None:
    with fresh_db.read() as s:
        info = node.node_info(s)
    assert not info.configured
    assert info.served_sites == ()


def test_only_a_site_of_the_network_can_be_chosen(fresh_db: Database) -> None:
    with pytest.raises(UserError, match="Choose a site"), fresh_db.write() as s:
        node.set_home_site(s, network.reference_id("site", "PARIS"))
    with fresh_db.read() as s:
        assert not node.node_info(s).configured


def _reference_sites(db: Database) -> dict[str, tuple[object, ...]]:
    with db.read() as s:
        return {
            site.id: (
                site.code,
                site.name,
                site.kind,
                site.parent_site_id,
                site.field_clocks,
                site.cl,
            )
            for site in s.scalars(select(Site))
        }


def test_two_fresh_desks_seed_identical_reference_sites(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a" / "lam_desk.sqlite3")
    second = open_database(tmp_path / "b" / "lam_desk.sqlite3")
    try:
        sites_a, sites_b = _reference_sites(first), _reference_sites(second)
        assert sites_a == sites_b
        assert set(sites_a) == {seed.id for seed in network.SITES}
        for _code, _name, _kind, _parent, clocks, cl in sites_a.values():
            assert cl == 1
            assert set(clocks.values()) == {REFERENCE_STAMP}  # type: ignore[union-attr]
        with first.read() as s, second.read() as t:
            # Seeding is not a local change: nothing to push, and two different nodes.
            assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0
            assert t.scalar(select(func.count()).select_from(OutboxOp)) == 0
            assert s.scalar(select(Node.node_id)) != t.scalar(select(Node.node_id))
    finally:
        first.close()
        second.close()


def test_antennas_hang_from_a_lam(fresh_db: Database) -> None:
    with fresh_db.read() as s:
        sites = {site.id: site for site in node.list_sites(s)}
    assert len(sites) == 10
    for site in sites.values():
        if site.is_antenna:
            assert sites[site.parent_site_id or ""].kind == network.LAM
        else:
            assert site.parent_site_id is None


def test_reopening_a_desk_seeds_nothing_twice_and_keeps_its_node_id(paths: AppPaths) -> None:
    db = open_database(paths.database)
    with db.read() as s:
        node_id = node.node_info(s).node_id
    db.close()
    db = open_database(paths.database)
    try:
        with db.read() as s:
            assert node.node_info(s).node_id == node_id
            assert s.scalar(select(func.count()).select_from(Site)) == 10
            assert s.scalar(select(func.count()).select_from(Node)) == 1
    finally:
        db.close()


def test_a_renewed_node_id_is_new_and_kept(fresh_db: Database) -> None:
    with fresh_db.read() as s:
        old = node.node_info(s).node_id
    with fresh_db.apply() as s:
        new = node.renew_node_id(s)
    assert new != old
    with fresh_db.read() as s:
        assert node.node_info(s).node_id == new
