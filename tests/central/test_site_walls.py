"""Proof 7 of the sync issue: with site A's login, reading tables directly, writing a row owned
by site B, claiming to be B in the payload, or altering the change log all fail, and B's rows
are unchanged; a revoked login cannot connect."""

from __future__ import annotations

import time
from typing import Any

import psycopg
import pytest
from central_desk import Desk, admin_rows, member, op, stamp, workstation
from pgcluster import PgServer, require_tls_and_passwords

from lam_desk.domain.network import site_id

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_sites(central_url: str, site_login: Any) -> Any:
    bed, olo = Desk(site_login("BED"), "node-bed"), Desk(site_login("OLO"), "node-olo")
    # Site B (OLO) has a workstation of its own and a member it registered.
    assert olo.push(
        op("workstation", "ws-olo", workstation("Poste 1", "OLO"), stamp(0, "node-olo")),
        op("member", "m-olo", member("Vidal", "Rosine", "OLO"), stamp(0, "node-olo")),
    ) == [("applied", None), ("applied", None)]
    yield bed, olo
    bed.close()
    olo.close()


def _b_rows(admin_url: str) -> list[tuple[Any, ...]]:
    return admin_rows(
        admin_url,
        "SELECT 'ws', to_jsonb(w) FROM lam_central.workstation AS w WHERE owner_site = 'OLO'"
        " UNION ALL SELECT 'node', to_jsonb(n) FROM lam_central.node AS n"
        " WHERE site_code = 'OLO' ORDER BY 1",
    )


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT * FROM lam_central.member",
        "SELECT * FROM lam_central.site_login",
        "INSERT INTO lam_central.workstation (id, site_id, label) VALUES ('x', 'y', 'z')",
        "UPDATE lam_central.workstation SET label = 'pris'",
        "DELETE FROM lam_central.member",
        "SELECT lam_central.merge_row(NULL, '{}')",
        "CREATE TABLE public.stash (x int)",
    ],
)
def test_a_site_cannot_touch_tables_directly(
    two_sites: Any, central_url: str, statement: str
) -> None:
    bed, _olo = two_sites
    before = _b_rows(central_url)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        bed.conn.execute(statement)  # type: ignore[arg-type]
    assert _b_rows(central_url) == before


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO lam_central.change_log (entity, row_id, scope, site_code)"
        " VALUES ('member', 'x', 'network', 'BED')",
        "UPDATE lam_central.change_log SET site_code = 'BED'",
        "DELETE FROM lam_central.change_log",
        "TRUNCATE lam_central.change_log",
    ],
)
def test_a_site_cannot_alter_the_change_log(
    two_sites: Any, central_url: str, statement: str
) -> None:
    bed, _olo = two_sites
    log = admin_rows(central_url, "SELECT * FROM lam_central.change_log ORDER BY seq")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        bed.conn.execute(statement)  # type: ignore[arg-type]
    assert admin_rows(central_url, "SELECT * FROM lam_central.change_log ORDER BY seq") == log


def test_writing_a_row_owned_by_another_site_is_rejected_per_op(
    two_sites: Any, central_url: str
) -> None:
    bed, _olo = two_sites
    before = _b_rows(central_url)
    later = stamp(60_000, "node-bed")
    outcomes = bed.push(
        # Rename B's workstation; take it over by moving it to A; make a new row owned by B.
        op("workstation", "ws-olo", {"label": "Pris par BED"}, later),
        op("workstation", "ws-olo", {"site_id": site_id("BED")}, later),
        op("workstation", "ws-new", workstation("Poste 9", "OLO"), later),
        # A's own workstation, in the same batch, is applied all the same.
        op("workstation", "ws-bed", workstation("Poste 1", "BED"), later),
    )
    assert outcomes == [
        ("rejected", "not_owner"),
        ("rejected", "not_owner"),
        ("rejected", "not_owner"),
        ("applied", None),
    ]
    assert _b_rows(central_url) == before
    assert admin_rows(central_url, "SELECT id FROM lam_central.workstation ORDER BY id") == [
        ("ws-bed",),
        ("ws-olo",),
    ]


def test_an_antenna_row_is_written_by_its_lam_login(two_sites: Any, central_url: str) -> None:
    bed, _olo = two_sites
    # Lunas (LUN) is an antenna of Bédarieux: BED's login serves it; Saint-Chinian is OLO's.
    assert bed.push(
        op("workstation", "ws-lun", workstation("Poste 1", "LUN"), stamp(0, "node-bed")),
        op("workstation", "ws-sch", workstation("Poste 1", "SCH"), stamp(0, "node-bed")),
    ) == [("applied", None), ("rejected", "not_owner")]


def test_claiming_to_be_site_b_in_the_payload_changes_nothing_for_b(
    two_sites: Any, central_url: str
) -> None:
    bed, _olo = two_sites
    before = _b_rows(central_url)
    # B's node id: refused outright, nothing recorded.
    impostor = Desk.__new__(Desk)
    impostor.conn, impostor.node_id = bed.conn, "node-olo"
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="another site"):
        impostor.push(op("member", "m-x", member("Vidal", "Rosine", "OLO"), stamp(1, "x")))
    # Site and coordinator claims in the payload and the op are ignored: the login decides.
    answer = bed.call(
        "push",
        {
            "schema_version": "0004_visits_by_site_and_day",
            "site": "OLO",
            "site_code": "OLO",
            "coordinator": True,
            "ops": [
                {
                    **op("workstation", "ws-olo", {"label": "Pris"}, stamp(90_000, "node-bed")),
                    "site_code": "OLO",
                }
            ],
        },
    )
    assert [r["reason"] for r in answer["results"]] == ["not_owner"]
    assert bed.hello()["sites"] == ["BED", "LUN", "SGE"]
    assert bed.hello()["coordinator"] is False
    assert _b_rows(central_url) == before
    assert admin_rows(central_url, "SELECT DISTINCT site_code FROM lam_central.change_log") == [
        ("OLO",)
    ]


def test_a_revoked_login_cannot_connect_nor_call(
    two_sites: Any, central_url: str, pg_server: PgServer, site_login: Any
) -> None:
    from lam_desk.central.admin import revoke_site

    bed, _olo = two_sites
    revoke_site(central_url, "BED")
    # The session opened before the revocation is refused at its next call...
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not an active site login"):
        bed.hello()
    bed.conn.close()
    # ...and no new session opens.
    require_tls_and_passwords(pg_server)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        Desk(bed.url, "node-bed")


# --- stamps: a site cannot lock shared fields with a stamp from the future -----------------------


def _at(ms: int, node: str = "node-bed") -> str:
    return f"{ms:015d}.000000.{node}"


def _bad_stamps() -> dict[str, str]:
    now = int(time.time() * 1000)
    return {
        "all nines": "999999999999999.999999.zzzz",
        "one digit": "9",
        "sixteen digits": f"{now:016d}.000000.node-bed",
        "three minutes ahead": _at(now + 180_000),
        "another node's": _at(now, "node-olo"),
        "counter too wide": f"{now:015d}.0000001.node-bed",
    }


def test_a_stamp_the_desk_may_not_send_is_refused_per_op(two_sites: Any, central_url: str) -> None:
    bed, _olo = two_sites
    bad = _bad_stamps()
    # New rows (together, in one statement) and edits of a shared row (one by one): each op
    # with a bad stamp is refused alone, the others applied.
    batch = []
    for i, hlc in enumerate(bad.values()):
        batch.append(
            op("member", f"m-new-{i}", member("Fabre", f"Enfant {i}"), stamp(i, "node-bed"))
        )
        batch.append(op("member", f"m-bad-{i}", member("Fabre", "Futur"), hlc))
        batch.append(
            op("member", "m-olo", {"family_name": "Verrouillé"}, hlc, base=stamp(0, "node-olo"))
        )
    outcomes = bed.push(*batch)
    assert outcomes == [
        ("applied", None),
        ("rejected", "invalid_stamp"),
        ("rejected", "invalid_stamp"),
    ] * len(bad)
    assert admin_rows(
        central_url, "SELECT count(*) FROM lam_central.member WHERE starts_with(id, 'm-bad-')"
    ) == [(0,)]
    # The op's stamp is good, a field's is not (or it has none).
    now = int(time.time() * 1000)
    good = _at(now)
    mixed = op("member", "m-olo", {"family_name": "Verrouillé"}, good, base=stamp(0, "node-olo"))
    mixed["fields"]["given_name"] = {"value": "X", "hlc": bad["all nines"], "base": None}
    bare = op("member", "m-olo", {"family_name": "Verrouillé"}, good, base=stamp(0, "node-olo"))
    del bare["fields"]["family_name"]["hlc"]
    fresh_bare = op("member", "m-bare", member("Fabre", "Sans"), good)
    del fresh_bare["fields"]["status"]["hlc"]
    assert bed.push(mixed, bare, fresh_bare) == [("rejected", "invalid_stamp")] * 3
    assert admin_rows(
        central_url, "SELECT family_name, given_name FROM lam_central.member WHERE id = 'm-olo'"
    ) == [("Vidal", "Rosine")]
    # A stamp a minute ahead (a PC clock a little fast) is fine; the field is not locked.
    assert bed.push(
        op(
            "member",
            "m-olo",
            {"family_name": "Vidal-Roux"},
            _at(now + 60_000),
            base=stamp(0, "node-olo"),
        )
    ) == [("applied", None)]
    assert admin_rows(
        central_url, "SELECT family_name FROM lam_central.member WHERE id = 'm-olo'"
    ) == [("Vidal-Roux",)]
    later = op("member", "m-olo", {"family_name": "Vidal"}, _at(now + 61_000), base=None)
    assert bed.push(later) == [("applied", None)]
    assert admin_rows(
        central_url, "SELECT family_name FROM lam_central.member WHERE id = 'm-olo'"
    ) == [("Vidal",)]


# --- who writes network rows (DESIGN.md §4) -------------------------------------------------------


def _staff(username: str, home: str | None, role: str = "animator") -> dict[str, Any]:
    return {
        "username": username,
        "display_name": username.title(),
        "role": role,
        "active": True,
        "home_site_id": None if home is None else site_id(home),
    }


def _event(title: str, site: str | None) -> dict[str, Any]:
    return {
        "site_id": None if site is None else site_id(site),
        "title": title,
        "starts_at": "2026-03-02T09:00:00+00:00",
        "ends_at": "2026-03-02T12:00:00+00:00",
    }


def test_network_rows_are_written_only_by_the_logins_the_models_name(
    two_sites: Any, central_url: str, site_login: Any
) -> None:
    bed, olo = two_sites
    coord = Desk(site_login("ROU", coordinator=True), "node-coord")
    try:
        now = int(time.time() * 1000)
        site = {"code": "BED", "name": "LAM de Bédarieux", "kind": "lam", "commune_insee": "34028"}
        # New rows (the batch's statement per entity) and the per-op path alike.
        assert bed.push(
            op("site", site_id("BED"), site, _at(now)),
            op("funder", "f-x", {"code": "X", "name": "Fonds X", "kind": "eu"}, _at(now)),
            op("course", "c-x", {"code": "X", "title": "Tablette"}, _at(now)),
            op("visit_purpose", "p-x", {"code": "X", "label": "Jeux"}, _at(now)),
            op("staff_user", "s-bed", _staff("lea", "BED"), _at(now)),
            op("staff_user", "s-lun", _staff("paul", "LUN"), _at(now)),  # BED's antenna
            op("staff_user", "s-olo", _staff("rose", "OLO"), _at(now)),
            op("staff_user", "s-none", _staff("nina", None, "coordinator"), _at(now)),
            op("event", "e-bed", _event("Fête de l'Internet à Bédarieux", "BED"), _at(now)),
            op("event", "e-net", _event("Semaine bleue", None), _at(now)),
            op("event", "e-olo", _event("Portes ouvertes", "OLO"), _at(now)),
        ) == [
            ("rejected", "coordinator_only"),
            ("rejected", "coordinator_only"),
            ("rejected", "coordinator_only"),
            ("rejected", "coordinator_only"),
            ("applied", None),
            ("applied", None),
            ("rejected", "not_owner"),
            ("rejected", "owner_required"),
            ("applied", None),
            ("rejected", "owner_required"),
            ("rejected", "not_owner"),
        ]
        # The coordinator writes them all: reference rows, any site's staff and events.
        assert (
            coord.push(
                op("site", site_id("BED"), site, _at(now, "node-coord")),
                op("staff_user", "s-olo", _staff("rose", "OLO"), _at(now, "node-coord")),
                op(
                    "staff_user",
                    "s-none",
                    _staff("nina", None, "coordinator"),
                    _at(now, "node-coord"),
                ),
                op("event", "e-net", _event("Semaine bleue", None), _at(now, "node-coord")),
                op("event", "e-olo", _event("Portes ouvertes", "OLO"), _at(now, "node-coord")),
                op("staff_user", "s-bed", {"display_name": "Léa B."}, _at(now + 1, "node-coord")),
            )
            == [("applied", None)] * 6
        )
        # Edits: a site edits only its own staff and events, and no reference row.
        later = _at(now + 2)
        assert bed.push(
            op("site", site_id("BED"), {"place": "Mairie"}, later),
            op("staff_user", "s-olo", {"display_name": "Pris"}, later),
            op("staff_user", "s-olo", {"home_site_id": site_id("BED")}, later),
            op("staff_user", "s-bed", {"home_site_id": site_id("OLO")}, later),
            op("staff_user", "s-none", {"display_name": "Pris"}, later),
            op("event", "e-net", {"title": "Pris"}, later),
            op("event", "e-olo", {"title": "Pris"}, later),
            op("staff_user", "s-bed", {"display_name": "Léa Bonnet"}, later),
            op("event", "e-bed", {"title": "Fête de l'Internet"}, later),
        ) == [
            ("rejected", "coordinator_only"),
            ("rejected", "not_owner"),
            ("rejected", "not_owner"),
            ("rejected", "not_owner"),
            ("rejected", "coordinator_only"),
            ("rejected", "coordinator_only"),
            ("rejected", "not_owner"),
            ("applied", None),
            ("applied", None),
        ]
        assert olo.push(
            op("staff_user", "s-olo", {"display_name": "Rose M."}, _at(now + 3, "node-olo"))
        ) == [("applied", None)]
        assert admin_rows(
            central_url,
            "SELECT id, display_name, home_site_id FROM lam_central.staff_user ORDER BY id",
        ) == [
            ("s-bed", "Léa Bonnet", site_id("BED")),
            ("s-lun", "Paul", site_id("LUN")),
            ("s-none", "Nina", None),
            ("s-olo", "Rose M.", site_id("OLO")),
        ]
        assert admin_rows(central_url, "SELECT id, title FROM lam_central.event ORDER BY id") == [
            ("e-bed", "Fête de l'Internet"),
            ("e-net", "Semaine bleue"),
            ("e-olo", "Portes ouvertes"),
        ]
        assert admin_rows(central_url, "SELECT place FROM lam_central.site") == [(None,)]
    finally:
        coord.close()


def test_row_level_security_hides_every_row_even_from_a_login_given_a_table(
    two_sites: Any, central_url: str
) -> None:
    bed, _olo = two_sites
    grants = (
        "GRANT USAGE ON SCHEMA lam_central TO lam_site_bed",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON lam_central.member, lam_central.workstation,"
        " lam_central.change_log TO lam_site_bed",
    )
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("SET ROLE lam_central_owner")
        for grant in grants:
            admin.execute(grant)  # type: ignore[arg-type]
    try:
        # A mistaken grant: the first wall is down, the second holds.
        assert bed.conn.execute("SELECT count(*) FROM lam_central.member").fetchone() == (0,)
        assert bed.conn.execute("SELECT count(*) FROM lam_central.workstation").fetchone() == (0,)
        assert bed.conn.execute("SELECT count(*) FROM lam_central.change_log").fetchone() == (0,)
        assert bed.conn.execute("UPDATE lam_central.workstation SET label = 'Pris'").rowcount == 0
        assert bed.conn.execute("DELETE FROM lam_central.member").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bed.conn.execute(
                "INSERT INTO lam_central.workstation (id, site_id, label) VALUES ('x', 'y', 'z')"
            )
    finally:
        with psycopg.connect(central_url, autocommit=True) as admin:
            admin.execute("SET ROLE lam_central_owner")
            for grant in grants:
                revoke = grant.replace("GRANT", "REVOKE").replace(" TO ", " FROM ")
                admin.execute(revoke)  # type: ignore[arg-type]
    assert admin_rows(central_url, "SELECT count(*) FROM lam_central.member") == [(1,)]
    assert admin_rows(central_url, "SELECT count(*) FROM lam_central.workstation") == [(1,)]
