"""The proofs of the sync engine between real desks (SQLite data folders) and a real central
store (PostgreSQL with TLS and passwords): issue S, proofs 1-5 and 8."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg.types.json import Jsonb
from sqlalchemy import func, select
from syncnet import COORDINATOR_SITE, Central, SyncDesk, desks

from lam_desk.db.migrate import SCHEMA_REVISION
from lam_desk.db.models import Funder, Site
from lam_desk.domain import reference
from lam_desk.domain.network import site_id
from lam_desk.sync.client import SyncClient

pytestmark = pytest.mark.postgres


@pytest.fixture
def pair(tmp_path: Path, central: Central) -> Iterator[tuple[SyncDesk, SyncDesk]]:
    made = desks(tmp_path, central, ("a", "OLO"), ("b", "BED"))
    a, b = next(made), next(made)
    a.sync()
    b.sync()
    yield a, b
    made.close()


def test_1_a_member_made_at_a_is_at_b_and_an_edit_at_b_comes_back(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    member = a.create_member("Garrigues", "Solange")
    sent = a.sync()
    assert (sent.pushed, sent.applied, sent.rejected) == (1, 1, 0)
    assert a.pending() == []
    assert b.member(member) is None
    received = b.sync()
    assert received.pulled_applied >= 1
    card = b.member(member)
    assert card is not None and (card["family_name"], card["given_name"]) == (
        "Garrigues",
        "Solange",
    )
    assert b.found(member), "found by name at B at once"

    b.edit_member(member, given_name="Solène", status="job_seeker")
    b.sync()
    a.sync()
    card = a.member(member)
    assert card is not None and (card["given_name"], card["status"]) == ("Solène", "job_seeker")


def test_2_different_fields_edited_offline_at_two_desks_are_both_kept(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    member = a.create_member("Cabrol", "Marcel", birth_year=1950)
    a.sync()
    b.sync()
    a.edit_member(member, status="employed")  # both offline
    b.edit_member(member, birth_year=1949)
    a.sync()
    b.sync()
    a.sync()
    for desk in (a, b):
        card = desk.member(member)
        assert card is not None and (card["status"], card["birth_year"]) == ("employed", 1949)
    at_centre = pair[0].central.member(member)
    assert at_centre is not None
    assert (at_centre["status"], at_centre["birth_year"]) == ("employed", 1949)


def test_3_one_field_edited_at_both_converges_with_a_conflict_record(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    central = a.central
    member = a.create_member("Fabre", "Nicole")
    a.sync()
    b.sync()
    a.edit_member(member, family_name="Fabre-Roux")
    b.edit_member(member, family_name="Favre")  # later: this one wins everywhere
    a.sync()
    b.sync()
    a.sync()
    ends = {desk.name: desk.member(member) for desk in (a, b)}
    assert ends["a"] == ends["b"]
    assert ends["a"] is not None and ends["a"]["family_name"] == "Favre"
    assert (central.member(member) or {})["family_name"] == "Favre"
    with central.admin() as conn:
        conflicts = conn.execute(
            "SELECT kept_value, lost_value FROM lam_central.conflict"
            " WHERE row_id = %s AND field = 'family_name'",
            (member,),
        ).fetchall()
    assert conflicts == [("Favre", "Fabre-Roux")], "both values are kept for review"
    # Syncing again changes nothing anywhere.
    changes = central.scalar("SELECT count(*) FROM lam_central.change_log")
    for desk in (a, b, a, b):
        again = desk.sync()
        assert (again.pushed, again.pulled_applied) == (0, 0)
    assert central.scalar("SELECT count(*) FROM lam_central.change_log") == changes
    assert {desk.name: desk.member(member) for desk in (a, b)} == ends


def test_4_a_connection_lost_after_the_server_committed_applies_nothing_twice(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    central = a.central
    member = a.create_member("Sabatier", "Josette")
    a.edit_member(member, status="student")
    ops = a.pending()
    assert len(ops) == 2

    def connection_dies(op_ids: object) -> None:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    with pytest.raises(psycopg.OperationalError), a.client(on_push_committed=connection_dies) as c:
        c.run_cycle()
    assert a.pending() == ops, "nothing marked: the desk cannot know the server committed"
    logged = central.scalar("SELECT count(*) FROM lam_central.change_log WHERE row_id = %s", member)
    assert logged == 2
    resent = a.sync()
    assert (resent.pushed, resent.applied, resent.duplicate) == (2, 0, 2)
    assert a.pending() == []
    assert a.outcomes(ops) == dict.fromkeys(ops, ("applied", None)), "as first answered"
    assert (
        central.scalar("SELECT count(*) FROM lam_central.change_log WHERE row_id = %s", member) == 2
    ), "the resend applied nothing"
    b.sync()
    card = b.member(member)
    assert card is not None and card["status"] == "student"


def test_5_a_push_committed_late_with_a_lower_transaction_id_is_not_skipped(
    tmp_path: Path, central: Central
) -> None:
    made = desks(tmp_path, central, ("a", "OLO"), ("b", "BED"), ("c", "CAP"))
    a, b, c = next(made), next(made), next(made)
    try:
        for desk in (a, b, c):
            desk.sync()
        early = a.create_member("Vidal", "Rémi")
        late = c.create_member("Bonnet", "Inès")
        # A's push takes its transaction id first and commits last (a slow network).
        slow = SyncClient(a.db, a.url, a.password)
        batch = slow.pending_batch()
        held = psycopg.connect(a.url, password=a.password)
        held.execute(
            "SELECT sync_api.push(%s)",
            [Jsonb({"node_id": slow.node_id, "schema_version": SCHEMA_REVISION, "ops": batch})],
        )
        c.sync()  # a higher transaction id, committed now
        with central.admin() as conn:
            (seq_late,) = conn.execute(
                "SELECT max(seq) FROM lam_central.change_log WHERE row_id = %s", (late,)
            ).fetchone() or (None,)
        b.sync()
        assert b.member(late) is None, "not below the horizon yet: it waits, nothing skipped"
        held.commit()
        held.close()
        b.sync()
        assert b.member(early) is not None
        assert b.member(late) is not None
        # The control: a plain sequence cursor read up to the late row before A committed,
        # and A's row has a lower sequence number: such a cursor never sees it.
        early_seq = central.scalar(
            "SELECT min(seq) FROM lam_central.change_log WHERE row_id = %s", early
        )
        assert early_seq < seq_late
        with central.admin() as conn:
            after_plain_cursor = conn.execute(
                "SELECT row_id FROM lam_central.change_log WHERE seq > %s", (seq_late,)
            ).fetchall()
        assert (early,) not in after_plain_cursor
        a.sync()  # A's own ops went by the held push: the desk's resend is a duplicate
        assert a.pending() == []
    finally:
        made.close()


def test_8_reference_rows_seeded_at_two_desks_meet_as_one_row_each(
    tmp_path: Path, central: Central
) -> None:
    # Reference rows are the coordinator's to write (DESIGN.md §4): two of its desks (its
    # office PC and its laptop) seeded them alike, edit them apart, and a site's desk sees
    # one row of each.
    made = desks(tmp_path, central, ("a", COORDINATOR_SITE), ("b", COORDINATOR_SITE), ("c", "OLO"))
    a, b, c = next(made), next(made), next(made)
    try:
        for desk in (a, b, c):
            desk.sync()
        funder = reference.FUNDERS[0].id
        with a.db.write() as s:
            row = s.get(Site, site_id("OLO"))
            assert row is not None
            row.place = "Maison France Services, Olonzac"
            f = s.get(Funder, funder)
            assert f is not None
            f.name = f"{f.name} (programme 2021-2027)"
        with b.db.write() as s:
            row = s.get(Site, site_id("OLO"))
            assert row is not None
            row.name = "LAM d'Olonzac et du Minervois"
        assert a.sync().applied == 2
        assert b.sync().applied == 1
        a.sync()
        c.sync()
        for desk in (a, b, c):
            with desk.db.read() as s:
                assert s.scalar(select(func.count()).select_from(Site)) == 10
                site = s.get(Site, site_id("OLO"))
                assert site is not None
                assert (site.name, site.place) == (
                    "LAM d'Olonzac et du Minervois",
                    "Maison France Services, Olonzac",
                )
                f = s.get(Funder, funder)
                assert f is not None and f.name.endswith("(programme 2021-2027)")
        assert (
            central.scalar("SELECT count(*) FROM lam_central.site WHERE id = %s", site_id("OLO"))
            == 1
        )
        # A site's desk does not write them: its edit is refused, and says why.
        with c.db.write() as s:
            row = s.get(Site, site_id("OLO"))
            assert row is not None
            row.place = "Ailleurs"
        refused = c.sync()
        assert (refused.rejected, refused.reasons) == (1, {"coordinator_only": 1})
        assert (
            central.scalar("SELECT place FROM lam_central.site WHERE id = %s", site_id("OLO"))
            == "Maison France Services, Olonzac"
        )
    finally:
        made.close()
