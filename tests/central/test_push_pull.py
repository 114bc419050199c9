"""sync_api push and pull at the SQL level: idempotent op ids, conflicts kept, what each site
receives, bootstrap pages, and proof 5 of the sync issue (a late commit is never skipped)."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from central_desk import Desk, admin_rows, member, op, stamp, workstation

pytestmark = pytest.mark.postgres


@pytest.fixture
def desks(central_url: str, site_login: Any) -> Any:
    made = {
        "BED": Desk(site_login("BED"), "node-bed"),
        "OLO": Desk(site_login("OLO"), "node-olo"),
        "CAP": Desk(site_login("CAP", coordinator=True), "node-coord"),
    }
    yield made
    for desk in made.values():
        desk.close()


def test_the_same_op_ids_twice_apply_once(desks: Any, central_url: str) -> None:
    bed = desks["BED"]
    batch = [
        op("member", f"m{i}", member("Fabre", f"Enfant {i}"), stamp(i, "node-bed"))
        for i in range(3)
    ]
    assert bed.push(*batch) == [("applied", None)] * 3
    # The connection died before the desk saw the answer: it sends the same batch again.
    assert bed.push(*batch) == [("duplicate", None)] * 3
    assert admin_rows(
        central_url, "SELECT row_id, count(*) FROM lam_central.change_log GROUP BY 1 ORDER BY 1"
    ) == [("m0", 1), ("m1", 1), ("m2", 1)]
    assert admin_rows(central_url, "SELECT count(*) FROM lam_central.applied_op") == [(3,)]


def test_a_resent_rejection_still_says_why(desks: Any) -> None:
    bed = desks["BED"]
    refused = op("workstation", "w1", workstation("Poste 1", "OLO"), stamp(0, "node-bed"))
    assert bed.push(refused) == [("rejected", "not_owner")]
    answer = bed.call("push", {"schema_version": "0004_visits_by_site_and_day", "ops": [refused]})
    assert answer["results"] == [
        {
            "op_id": refused["op_id"],
            "outcome": "duplicate",
            "first_outcome": "rejected",
            "reason": "not_owner",
        }
    ]


def test_a_bad_op_is_rejected_alone(desks: Any, central_url: str) -> None:
    bed = desks["BED"]
    good = op("member", "m1", member("Fabre", "Odile"), stamp(0, "node-bed"))
    outcomes = bed.push(
        op("member", "m2", {"registered_on": "le deux janvier"}, stamp(0, "node-bed")),
        op("member", "m3", {"favourite_colour": "vert"}, stamp(0, "node-bed")),
        op("spaceship", "s1", {"name": "x"}, stamp(0, "node-bed")),
        {**good, "op_id": "not-a-uuid"},
        good,
    )
    assert outcomes == [
        ("rejected", "invalid_value"),
        ("rejected", "unknown_field"),
        ("rejected", "unknown_entity"),
        ("rejected", "invalid_op_id"),
        ("applied", None),
    ]
    assert admin_rows(central_url, "SELECT id FROM lam_central.member") == [("m1",)]


def test_concurrent_edits_of_one_field_keep_both_values(desks: Any, central_url: str) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    created = stamp(0, "node-bed")
    bed.push(op("member", "m1", member("Fabre", "Odile"), created))
    # Both desks saw the row as created, and edited the given name offline.
    bed_edit = op("member", "m1", {"given_name": "Odette"}, stamp(5_000, "node-bed"), base=created)
    olo_edit = op(
        "member", "m1", {"given_name": "Odile-Anne"}, stamp(9_000, "node-olo"), base=created
    )
    assert bed.push(bed_edit) == [("applied", None)]
    assert olo.push(olo_edit) == [("applied", None)]
    assert admin_rows(central_url, "SELECT given_name FROM lam_central.member") == [("Odile-Anne",)]
    assert admin_rows(
        central_url,
        "SELECT field, kept_value, lost_value, site_code FROM lam_central.conflict",
    ) == [("given_name", "Odile-Anne", "Odette", "OLO")]
    # The older edit arriving last loses, and is kept too.
    late = op("member", "m1", {"given_name": "Odilia"}, stamp(1_000, "node-bed"), base=created)
    assert bed.push(late) == [("applied", None)]
    assert admin_rows(central_url, "SELECT given_name FROM lam_central.member") == [("Odile-Anne",)]
    assert admin_rows(
        central_url, "SELECT kept_value, lost_value FROM lam_central.conflict ORDER BY id"
    )[-1] == ("Odile-Anne", "Odilia")


def test_what_each_login_receives(desks: Any) -> None:
    bed, olo, coord = desks["BED"], desks["OLO"], desks["CAP"]
    assert (
        bed.push(
            op("member", "m1", member("Fabre", "Odile"), stamp(0, "node-bed")),
            op("workstation", "w-bed", workstation("Poste 1", "BED"), stamp(0, "node-bed")),
            op("workstation", "w-lun", workstation("Poste 1", "LUN"), stamp(0, "node-bed")),
            op(
                "member_contact",
                "c1",
                {
                    "member_id": "m1",
                    "home_site_id": member("x", "y")["home_site_id"],
                    "phone": "0600000000",
                },
                stamp(0, "node-bed"),
            ),
        )
        == [("applied", None)] * 4
    )
    assert olo.push(
        op("workstation", "w-olo", workstation("Poste 1", "OLO"), stamp(0, "node-olo"))
    ) == [("applied", None)]
    received = {name: set(desk.pull_all()[0]) for name, desk in desks.items()}
    assert received["OLO"] == {("member", "m1"), ("workstation", "w-olo")}
    assert received["BED"] == {
        ("member", "m1"),
        ("workstation", "w-bed"),
        ("workstation", "w-lun"),
        ("member_contact", "c1"),
    }
    assert received["CAP"] == received["BED"] | received["OLO"]
    # The coordinator reads every site's rows but writes only its own.
    assert coord.push(op("workstation", "w-bed", {"label": "Renommé"}, stamp(9, "node-coord"))) == [
        ("rejected", "not_owner")
    ]


def test_a_pulled_row_carries_its_current_state(desks: Any) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    created = stamp(0, "node-bed")
    bed.push(op("member", "m1", member("Fabre", "Odile"), created))
    bed.push(op("member", "m1", {"given_name": "Odette"}, stamp(1, "node-bed"), base=created))
    rows, cursor = olo.pull_all()
    row = rows[("member", "m1")]
    assert row["values"]["given_name"] == "Odette"
    assert row["values"]["registered_on"] == "2026-01-02"
    assert row["field_clocks"]["given_name"] == stamp(1, "node-bed")
    assert row["field_clocks"]["family_name"] == created
    assert row["cl"] == 1
    # Pulled again from its cursor: nothing new.
    assert olo.pull(cursor)["rows"] == []


def test_insert_only_rows_are_only_cancelled(desks: Any) -> None:
    bed = desks["BED"]
    values = {
        "member_id": "m1",
        "course_run_id": "r1",
        "site_id": workstation("x", "BED")["site_id"],
        "requested_at": "2026-01-05T09:00:00+00:00",
    }
    made = stamp(0, "node-bed")
    assert bed.push(op("enrolment", "e1", values, made)) == [("applied", None)]
    assert bed.push(
        op("enrolment", "e1", {"course_run_id": "r2"}, stamp(1, "node-bed"), base=made),
        op("enrolment", "e1", {}, stamp(2, "node-bed"), cl=2),
        op(
            "enrolment",
            "e1",
            {"cancelled_at": "2026-01-06T10:00:00+00:00"},
            stamp(3, "node-bed"),
            base=made,
        ),
    ) == [("rejected", "insert_only"), ("rejected", "insert_only"), ("applied", None)]


def test_a_desk_outside_the_schema_window_is_told_to_upgrade(desks: Any, central_url: str) -> None:
    bed = desks["BED"]
    assert bed.hello("9999_from_the_future")["status"] == "upgrade_required"
    answer = bed.call(
        "push",
        {
            "schema_version": "9999_from_the_future",
            "ops": [op("member", "m1", member("Fabre", "Odile"), stamp(0, "node-bed"))],
        },
    )
    assert answer["status"] == "upgrade_required" and answer["results"] == []
    assert admin_rows(central_url, "SELECT count(*) FROM lam_central.member") == [(0,)]
    assert bed.hello()["status"] == "ok"


def test_bootstrap_pages_and_horizon(desks: Any) -> None:
    bed, olo = desks["BED"], desks["OLO"]
    bed.push(
        *(
            op("member", f"m{i:02d}", member("Fabre", str(i)), stamp(i, "node-bed"))
            for i in range(7)
        )
    )
    bed.push(op("workstation", "w-bed", workstation("Poste 1", "BED"), stamp(0, "node-bed")))
    horizon = olo.call("horizon", {})["cursor"]
    seen: list[str] = []
    after = None
    while True:
        page = olo.call("bootstrap", {"entity": "member", "after_id": after, "limit": 3})
        seen += [r["id"] for r in page["rows"]]
        after = page["after_id"]
        if not page["more"]:
            break
    assert seen == [f"m{i:02d}" for i in range(7)]
    page = olo.call("bootstrap", {"entity": "workstation", "after_id": None, "limit": 3})
    assert page["rows"] == []  # BED's workstation is not OLO's to receive
    # A change made during the bootstrap is caught by a pull from the horizon.
    bed.push(op("member", "m99", member("Fabre", "Nouveau"), stamp(99, "node-bed")))
    assert set(olo.pull_all(horizon)[0]) == {("member", "m99")}


# --- proof 5: a transaction that commits late is never skipped --------------------------------


def test_a_late_commit_is_pulled_and_a_sequence_cursor_would_lose_it(
    desks: Any, central_url: str, site_login: Any
) -> None:
    olo = desks["OLO"]
    url = desks["BED"].url
    t1 = Desk(url, "node-bed-1", autocommit=False)
    t2 = Desk(url, "node-bed-2", autocommit=False)
    try:
        assert desks["BED"].push(
            op("member", "m-early", member("Fabre", "Tôt"), stamp(0, "node-bed"))
        ) == [("applied", None)]
        # T1 pushes first (lower transaction id) and stays open.
        assert t1.push(
            op("member", "m-t1", member("Fabre", "Tardive"), stamp(0, "node-bed-1"))
        ) == [("applied", None)]
        t1_xid = int(t1.conn.execute("SELECT pg_current_xact_id()::text").fetchone()[0])  # type: ignore[index]
        # T2 pushes after it (higher transaction id) and commits.
        assert t2.push(
            op("member", "m-t2", member("Fabre", "Pressée"), stamp(1, "node-bed-2"))
        ) == [("applied", None)]
        t2_xid = int(t2.conn.execute("SELECT pg_current_xact_id()::text").fetchone()[0])  # type: ignore[index]
        t2.conn.commit()
        assert t1_xid < t2_xid

        # A plain sequence cursor, read now, sees T2's row and moves past T1's.
        seen = admin_rows(
            central_url, "SELECT seq, row_id FROM lam_central.change_log ORDER BY seq"
        )
        assert [r[1] for r in seen] == ["m-early", "m-t2"]
        sequence_cursor = max(r[0] for r in seen)

        # The pull does not go past T1: T2's row waits, the cursor stays below T1's xid.
        page = olo.pull(None)
        assert [r["id"] for r in page["rows"]] == ["m-early"] and page["more"] is False
        cursor = page["cursor"]
        assert int(cursor.split(":")[0]) < t1_xid
        assert olo.pull(cursor)["rows"] == []  # still nothing while T1 is open

        t1.conn.commit()
        rows, after = olo.pull_all(cursor)
        assert set(rows) == {("member", "m-t1"), ("member", "m-t2")}
        assert int(after.split(":")[0]) == t2_xid

        # The control: what a `seq > last seen` cursor gets now. T1's row is lost.
        later = admin_rows(
            central_url,
            "SELECT row_id FROM lam_central.change_log WHERE seq > %s ORDER BY seq",
            sequence_cursor,
        )
        assert later == []
        assert ("m-t1",) in admin_rows(central_url, "SELECT row_id FROM lam_central.change_log")
    finally:
        t1.close()
        t2.close()


def test_pull_pages_follow_the_cursor_without_gaps(desks: Any) -> None:
    bed, coord = desks["BED"], desks["CAP"]
    for i in range(5):
        bed.push(
            *(
                op("member", f"m{i}-{j}", member("Fabre", f"{i}{j}"), stamp(i * 10 + j, "node-bed"))
                for j in range(4)
            )
        )
    ids: list[str] = []
    cursor = None
    while True:
        page = coord.pull(cursor, limit=3)
        ids += [r["id"] for r in page["rows"]]
        assert page["cursor"] != cursor
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert sorted(ids) == sorted(f"m{i}-{j}" for i in range(5) for j in range(4))
    assert len(ids) == 20


def test_the_server_refuses_calls_from_a_login_that_is_not_a_site(central_url: str) -> None:
    with (
        psycopg.connect(central_url, autocommit=True) as admin,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="not an active site login"),
    ):
        admin.execute('SELECT sync_api.hello(\'{"node_id": "n"}\')')


def test_a_cursor_past_every_transaction_id_asks_for_a_resync(desks: Any) -> None:
    bed = desks["BED"]
    assert bed.push(op("member", "m1", member("Fabre", "Odile"), stamp(0, "node-bed"))) == [
        ("applied", None)
    ]
    rows, cursor = bed.pull_all()
    assert cursor is not None and ("member", "m1") in rows
    xid = int(cursor.split(":")[0])
    # A restored or moved server: its transaction ids are below the desk's cursor.
    assert bed.pull(f"{xid + 1_000_000}:3") == {"status": "resync_required"}
    assert bed.pull(f"{xid + 1_000_000}:0") == {"status": "resync_required"}
    # The cursors it gives, and the horizon when nothing runs, are never refused.
    assert bed.pull(cursor)["status"] == "ok"
    horizon = bed.call("horizon", {})["cursor"]
    assert bed.pull(horizon)["status"] == "ok"
