"""The central store keeps erased members erased (DESIGN.md §6): later edits refused, the
erasure winning over edits whatever their stamps, the member's contact erased with it."""

from __future__ import annotations

from typing import Any

import pytest
from central_desk import Desk, admin_rows, member, op, stamp

from lam_desk.domain.network import site_id

pytestmark = pytest.mark.postgres

ERASED = {
    "family_name": "",
    "given_name": "",
    "birth_year": None,
    "gender": "-",
    "commune_insee": None,
    "status": "other",
    "erased_at": "2026-01-01T00:00:01+00:00",
}
RESTRICTED = {
    k: v for k, v in ERASED.items() if k not in ("family_name", "given_name", "birth_year")
}


@pytest.fixture
def desks(central_url: str, site_login: Any) -> Any:
    made = {"BED": Desk(site_login("BED"), "node-bed"), "OLO": Desk(site_login("OLO"), "node-olo")}
    yield made
    for desk in made.values():
        desk.close()


def _row(url: str, table: str, row_id: str) -> dict[str, Any]:
    rows = admin_rows(
        url, f"SELECT to_jsonb(t) FROM lam_central.{table} AS t WHERE id = %s", row_id
    )
    return dict(rows[0][0])


def _made(bed: Desk, row_id: str = "m1") -> str:
    created = stamp(0, "node-bed")
    assert bed.push(op("member", row_id, member("Vidal", "Roseline"), created)) == [
        ("applied", None)
    ]
    return created


def test_an_erased_member_refuses_edits_but_not_wipes(desks: Any, central_url: str) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    created = _made(bed)
    assert olo.push(op("member", "m1", ERASED, stamp(1000, "node-olo"), base=created)) == [
        ("applied", None)
    ]
    later = stamp(2000, "node-bed")
    assert bed.push(
        op("member", "m1", {"given_name": "Solène"}, later, base=created),
        op("member", "m1", {"erased_at": None}, later),
        op("member", "m1", {"merged_into_id": "m2"}, later),
        op("member", "m1", {"family_name": "", "card_number": "BED-000001"}, later),
        op("member", "m1", {"erased_at": "2026-01-02T00:00:00+00:00"}, later),
        op("member", "m1", {"status": "other"}, later, cl=3),
    ) == [
        ("rejected", "erased"),
        ("rejected", "erased"),
        ("rejected", "erased"),
        ("applied", None),  # wiped, and the same card number: nothing changes
        ("applied", None),  # another erasure's moment
        ("rejected", "erased"),  # a revival
    ]
    row = _row(central_url, "member", "m1")
    assert {k: row[k] for k in ERASED if k != "erased_at"} == {
        k: v for k, v in ERASED.items() if k != "erased_at"
    }
    assert row["erased_at"] is not None and row["merged_into_id"] is None
    # Each refusal logs the row again: the desk that sent it pulls the erased state back.
    logged = admin_rows(
        central_url, "SELECT count(*) FROM lam_central.change_log WHERE row_id = 'm1'"
    )
    assert logged == [(2 + 4 + 2,)]


def test_an_erasure_wins_over_a_later_stamped_edit_already_applied(
    desks: Any, central_url: str
) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    created = _made(bed)
    # OLO erases at 1 s (gender already "-" there, so its op does not name it); BED, offline,
    # renamed at 2 s and set the gender, and reached the store first.
    assert bed.push(
        op(
            "member",
            "m1",
            {"given_name": "Solène", "gender": "F"},
            stamp(2000, "node-bed"),
            base=created,
        )
    ) == [("applied", None)]
    erasing = {k: v for k, v in ERASED.items() if k != "gender"}
    assert olo.push(op("member", "m1", erasing, stamp(1000, "node-olo"), base=created)) == [
        ("applied", None)
    ]
    row = _row(central_url, "member", "m1")
    assert {k: row[k] for k in ERASED if k != "erased_at"} == {
        k: v for k, v in ERASED.items() if k != "erased_at"
    }
    # The wiped fields' clocks never go back: a desk that holds the rename sees no older write.
    assert row["field_clocks"]["given_name"] == stamp(2000, "node-bed")
    assert row["field_clocks"]["family_name"] == stamp(1000, "node-olo")
    lost = admin_rows(
        central_url,
        "SELECT count(*) FROM lam_central.conflict WHERE row_id = 'm1'"
        " AND (kept_value::text LIKE '%%Sol%%' OR lost_value::text LIKE '%%Sol%%')",
    )
    assert lost == [(0,)]


def test_a_restricted_erasure_keeps_the_identity_it_keeps(desks: Any, central_url: str) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    created = _made(bed)
    assert olo.push(op("member", "m1", RESTRICTED, stamp(1000, "node-olo"), base=created)) == [
        ("applied", None)
    ]
    row = _row(central_url, "member", "m1")
    assert (row["family_name"], row["given_name"], row["birth_year"]) == ("Vidal", "Roseline", 1961)
    assert row["gender"] == "-" and row["erased_at"] is not None
    # The purge wipes the names when the restriction ends, even with an older clock.
    purge = {"family_name": "", "given_name": "", "birth_year": None}
    assert bed.push(op("member", "m1", purge, stamp(500, "node-bed"))) == [("applied", None)]
    row = _row(central_url, "member", "m1")
    assert (row["family_name"], row["given_name"], row["birth_year"]) == ("", "", None)


def test_the_contact_is_erased_with_its_member(desks: Any, central_url: str) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    created = _made(bed)
    contact = {
        "member_id": "m1",
        "home_site_id": site_id("BED"),
        "phone": "0611223344",
        "email": "roseline@example.org",
    }
    assert bed.push(op("member_contact", "c1", contact, created)) == [("applied", None)]
    # OLO does not hold BED's contact; the store erases it with the member.
    assert olo.push(op("member", "m1", ERASED, stamp(1000, "node-olo"), base=created)) == [
        ("applied", None)
    ]
    row = _row(central_url, "member_contact", "c1")
    assert (row["phone"], row["email"], row["cl"]) == ("", "", 2)
    assert row["field_clocks"]["phone"] == stamp(1000, "node-olo")
    pulled, _cursor = bed.pull_all()
    assert pulled[("member_contact", "c1")]["cl"] == 2

    later = stamp(2000, "node-bed")
    assert bed.push(
        op("member_contact", "c1", {"phone": "0699887766"}, later, base=created),
        op("member_contact", "c2", {**contact, "phone": "0699887766"}, later),
        op("member_contact", "c1", {"phone": "", "email": ""}, later, cl=2),
    ) == [("rejected", "erased"), ("rejected", "erased"), ("applied", None)]
    assert _row(central_url, "member_contact", "c1")["phone"] == ""
    assert admin_rows(
        central_url, "SELECT count(*) FROM lam_central.member_contact WHERE id = 'c2'"
    ) == [(0,)]
