"""The sync engine against what went wrong in review: stamps a desk may send, a restored
server, duplicates whose first answer was lost, a desk upgraded after it dropped what it did
not know yet. Real desks (SQLite data folders) and a real central store (PostgreSQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import text
from syncnet import Central, SyncDesk, desks

from lam_desk.cli import EXIT_OK, run
from lam_desk.db.migrate import SCHEMA_REVISION
from lam_desk.db.models import StaffUser, Workstation
from lam_desk.domain.accounts import Role
from lam_desk.domain.network import site_id
from lam_desk.services import node as node_service, staff
from lam_desk.sync import apply
from lam_desk.sync.client import url_without_password

PASSWORD = "correct horse battery staple 42"

pytestmark = pytest.mark.postgres


@pytest.fixture
def pair(tmp_path: Path, central: Central) -> Iterator[tuple[SyncDesk, SyncDesk]]:
    made = desks(tmp_path, central, ("a", "OLO"), ("b", "BED"))
    a, b = next(made), next(made)
    a.sync()
    b.sync()
    yield a, b
    made.close()


def test_changes_made_before_a_file_took_a_new_node_id_are_still_sent(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    member = a.create_member("Roques", "Lucienne")
    # A backup restored (or a copied file): the desk takes a new node id before it writes.
    with a.db.apply() as session:
        node_service.renew_node_id(session)
    a.edit_member(member, status="employed")
    sent = a.sync()
    assert (sent.pushed, sent.applied, sent.rejected) == (2, 2, 0)
    b.sync()
    card = b.member(member)
    assert card is not None and card["status"] == "employed"


def test_accounts_made_at_a_site_s_desk_are_sent_and_another_site_s_are_refused(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    # The desk's first start: its first account, a coordinator, homed at the desk's site.
    with a.db.write() as s:
        first = staff.create_account(
            s,
            None,
            staff.AccountDraft(
                "helene", "Hélène Marty", Role.COORDINATOR, site_id("OLO"), PASSWORD
            ),
        ).account
        antenna = staff.create_account(
            s,
            first,
            staff.AccountDraft("mathis", "Mathis", Role.ANIMATOR, site_id("SCH"), PASSWORD),
        ).account
        elsewhere = staff.create_account(
            s,
            first,
            staff.AccountDraft("ines", "Inès", Role.ANIMATOR, site_id("BED"), PASSWORD),
        ).account
    sent = a.sync()
    assert (sent.pushed, sent.applied, sent.rejected) == (3, 2, 1)
    assert sent.reasons == {"not_owner": 1}
    b.sync()
    with b.db.read() as s:
        assert s.get(StaffUser, first.id) is not None
        assert s.get(StaffUser, antenna.id) is not None
        assert s.get(StaffUser, elsewhere.id) is None


def _restore_to_before(central: Central, member: str) -> None:
    """The store as a backup taken before ``member`` reached it: the row, its op and its
    change-log entry gone."""
    with central.admin() as conn:
        conn.execute("DELETE FROM lam_central.member WHERE id = %s", (member,))
        conn.execute(
            "DELETE FROM lam_central.applied_op WHERE op_id IN"
            " (SELECT op_id FROM lam_central.change_log WHERE row_id = %s)",
            (member,),
        )
        conn.execute("DELETE FROM lam_central.change_log WHERE row_id = %s", (member,))


def test_a_server_restored_below_the_desks_cursor_makes_it_resync(
    pair: tuple[SyncDesk, SyncDesk], central: Central
) -> None:
    a, b = pair
    member = a.create_member("Azaïs", "Germaine")
    a.sync()
    _restore_to_before(central, member)
    # A restored (or moved) server hands out transaction ids below the desk's cursor.
    xid = int(central.scalar("SELECT pg_current_xact_id()::text"))
    with a.db.apply() as session:
        apply.write_state(session.connection(), {"pull_cursor": f"{xid + 100_000}:7"})
    waiting = a.create_member("Azaïs", "Paul")
    other = b.create_member("Bousquet", "Marcel")
    b.sync()

    again = a.sync()
    assert again.resynced and again.bootstrapped
    assert (again.applied, again.rejected) == (2, 0), "the lost change and the waiting one"
    assert a.pending() == []
    assert a.member(other) is not None, "received in the resync"
    assert int(a.state()["pull_cursor"].split(":")[0]) <= xid + 10
    assert central.member(member) is not None
    b.sync()
    assert b.member(member) is not None and b.member(waiting) is not None


def test_central_init_new_incarnation_makes_every_desk_send_again_and_resync(
    pair: tuple[SyncDesk, SyncDesk], central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    member = a.create_member("Cros", "Yvette")
    a.sync()
    _restore_to_before(central, member)
    before = central.scalar("SELECT id::text FROM lam_central.incarnation")
    code = run(["central", "init", "--new-incarnation", "--url", central.server.admin_url])
    assert code == EXIT_OK
    after = central.scalar("SELECT id::text FROM lam_central.incarnation")
    assert after != before
    assert f"Nouvelle incarnation {after}" in capsys.readouterr().out  # the desk speaks French
    again = a.sync()
    assert again.bootstrapped and (again.applied, again.rejected) == (1, 0)
    b.sync()
    assert b.member(member) is not None


@pytest.mark.parametrize(
    ("given", "remembered"),
    [
        (
            "postgresql://lam_site_olo:s3cret@central.lam.example:5432/lam"
            "?sslmode=verify-full&password=s3cret&sslpassword=k3y&sslrootcert=%2Fetc%2Fca.crt",
            "postgresql://lam_site_olo@central.lam.example:5432/lam"
            "?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt",
        ),
        (
            "postgresql://lam_site_olo@central.lam.example/lam?password=s3cret",
            "postgresql://lam_site_olo@central.lam.example/lam",
        ),
        (
            "postgresql://lam_site_olo@[::1]:5499/lam?sslmode=require",
            "postgresql://lam_site_olo@[::1]:5499/lam?sslmode=require",
        ),
        (
            "host=central.lam.example user=lam_site_olo password=s3cret dbname=lam "
            "sslpassword='k3y'",
            None,
        ),
        ("host=central.lam.example password = 's3cret' dbname=lam", None),
    ],
)
def test_the_remembered_address_keeps_no_password(given: str, remembered: str | None) -> None:
    kept = url_without_password(given)
    assert "s3cret" not in kept and "k3y" not in kept
    params = conninfo_to_dict(kept)
    assert "password" not in params and "sslpassword" not in params
    assert {k: v for k, v in conninfo_to_dict(given).items() if "password" not in k} == params
    if remembered is not None:
        assert kept == remembered


def test_a_refusal_whose_first_answer_was_lost_is_still_known(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, _b = pair
    a.create_member("Maurel", "Aimé")
    with a.db.write() as s:  # a workstation of another site: refused
        s.add(Workstation(id=str(uuid.uuid4()), site_id=site_id("BED"), label="P1", kind="pc"))
    ops = a.pending()

    def connection_dies(op_ids: object) -> None:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    with pytest.raises(psycopg.OperationalError), a.client(on_push_committed=connection_dies) as c:
        c.run_cycle()
    assert a.pending() == ops
    resent = a.sync()
    assert (resent.pushed, resent.applied, resent.duplicate, resent.rejected) == (2, 0, 1, 1)
    assert resent.reasons == {"not_owner": 1}
    assert a.outcomes(ops) == {ops[0]: ("applied", None), ops[1]: ("rejected", "not_owner")}


def test_an_upgraded_desk_receives_again_what_its_older_version_left_out(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    member = b.create_member("Fabre", "Odile", replaced_cards=" BED-482100007 ")
    with b.db.write() as s:
        station = Workstation(id=str(uuid.uuid4()), site_id=site_id("LUN"), label="P1", kind="pc")
        s.add(station)
    b.sync()
    other = b.create_member("Fabre", "Jules")
    # B as an older version left it: the member without the column it did not know, the
    # workstation (a table it did not know) not at all, the cursor past both.
    with b.db.apply() as s:
        s.execute(text("UPDATE member SET replaced_cards = '' WHERE id = :id"), {"id": member})
        s.execute(text("DELETE FROM workstation WHERE id = :id"), {"id": station.id})
        apply.write_state(s.connection(), {"schema_revision": "0006_site_settings"})
    again = b.sync()
    assert again.resynced and again.bootstrapped
    assert again.applied == 1, "the change waiting in the outbox is kept and sent"
    card = b.member(member)
    assert card is not None and card["replaced_cards"] == " BED-482100007 "
    with b.db.read() as s:
        assert s.get(Workstation, station.id) is not None
    assert b.state()["schema_revision"] == SCHEMA_REVISION
    assert b.member(other) is not None and b.pending() == []
    # Once resynced, the next cycle is an ordinary one.
    assert not b.sync().resynced
    a.sync()
    assert a.member(other) is not None
