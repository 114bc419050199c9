"""The central store against what went wrong in review: a transaction left open holding every
pull back, bootstrap pages telling other sites' row ids, row-level security as a second wall."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from central_desk import Desk, admin_rows, member, op, stamp

from lam_desk.cli import EXIT_OK, run
from lam_desk.domain.network import site_id

pytestmark = pytest.mark.postgres


def test_a_site_login_cannot_hold_the_pulls_back_for_long(
    central_url: str, site_login: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    bed_url = site_login("BED")
    with psycopg.connect(bed_url) as conn:
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("1min",)
        assert conn.execute("SHOW statement_timeout").fetchone() == ("2min",)
    held = Desk(bed_url, "node-bed", autocommit=False)
    olo = Desk(site_login("OLO"), "node-olo")
    try:
        # BED's push stays open; OLO's commits after it and cannot be pulled meanwhile.
        held.push(op("member", "m-held", member("Fabre", "Lente"), stamp(0, "node-bed")))
        olo.push(op("member", "m-olo", member("Vidal", "Rosine", "OLO"), stamp(0, "node-olo")))
        assert olo.pull_all()[0] == {}
        assert run(["central", "status", "--url", central_url]) == EXIT_OK
        assert "held back" not in capsys.readouterr().out, "a few seconds: nothing to say"
        admin_rows(
            central_url,
            "UPDATE lam_central.change_log SET changed_at = now() - interval '12 minutes'"
            " RETURNING seq",
        )
        assert run(["central", "status", "--url", central_url]) == EXIT_OK
        out = capsys.readouterr().out
        assert "Les réceptions sont retenues\u00a0: une modification validée il y a 12 min" in out
        held.conn.rollback()
        assert run(["central", "status", "--url", central_url]) == EXIT_OK
        assert "held back" not in capsys.readouterr().out
        assert set(olo.pull_all()[0]) == {("member", "m-olo")}
    finally:
        held.close()
        olo.close()


def _contact(row_id: str, home: str, node: str) -> dict[str, Any]:
    values = {"member_id": "m1", "home_site_id": site_id(home), "phone": "0600000000"}
    return op("member_contact", row_id, values, stamp(0, node))


def test_bootstrap_pages_tell_nothing_of_other_sites_rows(
    central_url: str, site_login: Any
) -> None:
    bed = Desk(site_login("BED"), "node-bed")
    olo = Desk(site_login("OLO"), "node-olo")
    try:
        # OLO's contact details sit between BED's in id order.
        assert (
            olo.push(*(_contact(f"c{i}-olo", "OLO", "node-olo") for i in range(1, 6)))
            == [("applied", None)] * 5
        )
        assert (
            bed.push(_contact("c0-bed", "BED", "node-bed"), _contact("c3-bed", "BED", "node-bed"))
            == [("applied", None)] * 2
        )
        pages = []
        after = None
        while True:
            page = bed.call(
                "bootstrap", {"entity": "member_contact", "after_id": after, "limit": 1}
            )
            pages.append(([r["id"] for r in page["rows"]], page["after_id"], page["more"]))
            after = page["after_id"]
            if not page["more"]:
                break
        assert pages == [
            (["c0-bed"], "c0-bed", True),
            (["c3-bed"], "c3-bed", True),
            ([], "c3-bed", False),
        ]
        assert admin_rows(
            central_url,
            "SELECT right(indexdef, 16) FROM pg_indexes"
            " WHERE indexname = 'member_contact_owner_site_id'",
        ) == [("(owner_site, id)",)]
    finally:
        bed.close()
        olo.close()
