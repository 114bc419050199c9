"""sync_api.push on large batches: new rows go in one statement per entity, everything else
one op at a time, and the answer is the same either way: each op its outcome, in order, a bad
op rejected alone, the same rows stored, the same change log."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from central_desk import Desk, admin_rows, member, op, stamp, workstation

pytestmark = pytest.mark.postgres

ROW_COLUMNS = "to_jsonb(t) - 'last_xid'"


@pytest.fixture
def desks(central_url: str, site_login: Any) -> Any:
    made = {
        "BED": Desk(site_login("BED"), "node-bed"),
        "OLO": Desk(site_login("OLO"), "node-olo"),
    }
    yield made
    for desk in made.values():
        desk.close()


def _members(prefix: str, count: int) -> list[dict[str, Any]]:
    return [
        op("member", f"{prefix}{i:03d}", member("Fabre", f"Enfant {i}"), stamp(i, "node-bed"))
        for i in range(count)
    ]


def _enrolment(row_id: str, at: str) -> dict[str, Any]:
    values = {
        "member_id": "m1",
        "course_run_id": "r1",
        "site_id": workstation("x", "BED")["site_id"],
        "requested_at": at,
    }
    return op("enrolment", row_id, values, stamp(0, "node-bed"))


def _stored(central_url: str) -> list[tuple[Any, ...]]:
    return admin_rows(
        central_url,
        f"SELECT 'member', {ROW_COLUMNS} FROM lam_central.member AS t"
        f" UNION ALL SELECT 'workstation', {ROW_COLUMNS} FROM lam_central.workstation AS t"
        f" UNION ALL SELECT 'enrolment', {ROW_COLUMNS} FROM lam_central.enrolment AS t"
        " ORDER BY 1, 2",
    )


def test_a_bad_new_row_among_many_is_rejected_alone(desks: Any, central_url: str) -> None:
    bed = desks["BED"]
    batch = _members("m", 200)
    batch[117] = op("member", "m117", {"registered_on": "le deux janvier"}, stamp(0, "node-bed"))
    outcomes = bed.push(*batch)
    assert outcomes[117] == ("rejected", "invalid_value")
    assert outcomes[:117] + outcomes[118:] == [("applied", None)] * 199
    assert admin_rows(central_url, "SELECT count(*) FROM lam_central.member") == [(199,)]
    assert admin_rows(
        central_url, "SELECT outcome, count(*) FROM lam_central.applied_op GROUP BY 1 ORDER BY 1"
    ) == [("applied", 199), ("rejected", 1)]
    assert admin_rows(
        central_url, "SELECT count(*), count(DISTINCT row_id) FROM lam_central.change_log"
    ) == [(199, 199)]
    # Sent again, every op is a duplicate and the rejection still says why.
    again = bed.push(*batch)
    assert again[117] == ("duplicate", "invalid_value")
    assert again[:117] + again[118:] == [("duplicate", None)] * 199
    assert admin_rows(central_url, "SELECT count(*) FROM lam_central.change_log") == [(199,)]


def test_new_rows_and_edits_in_one_batch_keep_the_order_of_the_ops(
    desks: Any, central_url: str
) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    created = stamp(0, "node-bed")
    first = op("member", "m-old", member("Fabre", "Odile"), created)
    refused = op("member", "m-bad", {"registered_on": "demain"}, stamp(1, "node-bed"))
    assert bed.push(first, refused) == [("applied", None), ("rejected", "invalid_value")]
    # OLO edited the row meanwhile: BED's edit below meets a concurrent edit.
    olo_edit = op(
        "member", "m-old", {"given_name": "Odile-Anne"}, stamp(9, "node-olo"), base=created
    )
    assert olo.push(olo_edit) == [("applied", None)]

    again_id = _members("twice-", 1)[0]
    outcomes = bed.push(
        op("member", "m-new", member("Vidal", "Jean"), stamp(10, "node-bed")),
        op("member", "m-old", {"given_name": "Odette"}, stamp(5, "node-bed"), base=created),
        op("member", "m-two", member("Vidal", "Paul"), stamp(11, "node-bed")),
        op(
            "member",
            "m-two",
            {"given_name": "Pierre"},
            stamp(12, "node-bed"),
            base=stamp(11, "node-bed"),
        ),
        first,  # resent: applied before
        refused,  # resent: rejected before, and still nothing to store
        op("workstation", "w-olo", workstation("Poste 1", "OLO"), stamp(13, "node-bed")),
        again_id,
        {**again_id, "row_id": "twice-other"},  # the same op id in one batch: applied once
        op("workstation", "w-bed", workstation("Poste 1", "BED"), stamp(14, "node-bed")),
        _enrolment("e1", "2026-01-05T10:00:00+01:00"),
    )
    assert outcomes == [
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("duplicate", None),
        ("duplicate", "invalid_value"),
        ("rejected", "not_owner"),
        ("applied", None),
        ("duplicate", None),
        ("applied", None),
        ("applied", None),
    ]
    assert admin_rows(central_url, "SELECT id, given_name FROM lam_central.member ORDER BY id") == [
        ("m-new", "Jean"),
        ("m-old", "Odile-Anne"),
        ("m-two", "Pierre"),
        ("twice-000", "Enfant 0"),
    ]
    assert admin_rows(central_url, "SELECT id FROM lam_central.workstation") == [("w-bed",)]
    assert admin_rows(
        central_url, "SELECT field, kept_value, lost_value FROM lam_central.conflict"
    ) == [("given_name", "Odile-Anne", "Odette")]
    # One change-log row per op that changed a row, none for the others.
    assert admin_rows(
        central_url,
        "SELECT row_id, count(*) FROM lam_central.change_log"
        " WHERE op_id IS NOT NULL GROUP BY 1 ORDER BY 1",
    ) == [("e1", 1), ("m-new", 1), ("m-old", 3), ("m-two", 2), ("twice-000", 1), ("w-bed", 1)]


def test_new_rows_are_stored_alike_in_one_statement_or_one_by_one(
    desks: Any, central_url: str
) -> None:
    bed = desks["BED"]
    batch = [
        *_members("m", 5),
        op("workstation", "w1", workstation("Poste 1", "BED"), stamp(1, "node-bed")),
        op(
            "workstation",
            "w2",
            {**workstation("Poste 2", "BED"), "position": "7"},
            stamp(2, "node-bed"),
            cl=3,
        ),
        _enrolment("e1", "2026-01-05T10:00:00+01:00"),
        op(
            "member",
            "m-partial",
            {"family_name": "Seul", "home_site_id": member("x", "y")["home_site_id"]},
            stamp(3, "node-bed"),
        ),
    ]
    assert bed.push(*batch) == [("applied", None)] * len(batch)
    together = _stored(central_url)
    with psycopg.connect(central_url) as conn:
        conn.execute(
            "TRUNCATE lam_central.member, lam_central.workstation, lam_central.enrolment,"
            " lam_central.applied_op, lam_central.change_log"
        )
    # A bad op in the batch sends every op the slow way, one subtransaction each.
    bad = op("member", "m-bad", {"birth_year": "soixante"}, stamp(4, "node-bed"))
    assert bed.push(*batch, bad) == [("applied", None)] * len(batch) + [
        ("rejected", "invalid_value")
    ]
    assert _stored(central_url) == together
    assert len(together) == len(batch)
