"""Erasure across desks (DESIGN.md §6: later edits to an erased member are refused): desk A
erases a member while desk B, offline, edits the same member; whatever the stamps and the
order of the syncs, every replica and the central store end erased with no personal data."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from syncnet import Central, SyncDesk, desks

from lam_desk.db.models import Member, MemberContact, OutboxOp
from lam_desk.domain.network import site_id
from lam_desk.services import privacy
from lam_desk.sync.client import CycleSummary

pytestmark = pytest.mark.postgres

PERSONAL = ("Vidal", "Roseline", "Solène", "0611223344", "roseline@example.org", 1958)


@pytest.fixture
def pair(tmp_path: Path, central: Central) -> Iterator[tuple[SyncDesk, SyncDesk]]:
    made = desks(tmp_path, central, ("a", "OLO"), ("b", "BED"))
    a, b = next(made), next(made)
    a.sync()
    b.sync()
    yield a, b
    made.close()


def _contact(desk: SyncDesk, member_id: str) -> str:
    contact_id = str(uuid.uuid4())
    with desk.db.write() as s:
        s.add(
            MemberContact(
                id=contact_id,
                member_id=member_id,
                home_site_id=site_id(desk.site),
                phone="0611223344",
                email="roseline@example.org",
            )
        )
    return contact_id


def _erase(desk: SyncDesk, member_id: str) -> None:
    with desk.db.write() as s:
        privacy.erase_member(s, "cli:test", member_id, site_id=site_id(desk.site))


def _ops(desk: SyncDesk, row_id: str) -> list[OutboxOp]:
    with desk.db.read() as s:
        rows = s.scalars(select(OutboxOp).where(OutboxOp.row_id == row_id).order_by(OutboxOp.hlc))
        return list(rows)


def _no_personal_data(text: str) -> None:
    for value in PERSONAL:
        assert str(value) not in text


def _central_row(central: Central, table: str, row_id: str) -> dict[str, Any] | None:
    with central.admin() as conn:
        row = conn.execute(
            f"SELECT to_jsonb(t) FROM lam_central.{table} AS t WHERE id = %s", (row_id,)
        ).fetchone()
    return None if row is None else dict(row[0])


@pytest.mark.parametrize("b_edits_after", [True, False], ids=["b-later", "b-earlier"])
@pytest.mark.parametrize("a_syncs_first", [True, False], ids=["a-first", "b-first"])
def test_an_erasure_at_a_wins_over_an_offline_edit_at_b(
    pair: tuple[SyncDesk, SyncDesk], b_edits_after: bool, a_syncs_first: bool
) -> None:
    a, b = pair
    central = a.central
    member = b.create_member("Vidal", "Roseline", birth_year=1958, gender="-")
    contact = _contact(b, member)
    b.sync()
    a.sync()
    assert a.found(member)

    def edit_at_b() -> None:
        b.edit_member(member, given_name="Solène", gender="F")
        with b.db.write() as s:
            row = s.get(MemberContact, contact)
            assert row is not None
            row.phone = "0699887766"

    if not b_edits_after:
        edit_at_b()
        time.sleep(0.01)
    _erase(a, member)
    if b_edits_after:
        time.sleep(0.01)
        edit_at_b()
    erasure_stamp = _ops(a, member)[-1].hlc
    b_ops = [op for op in _ops(b, member) if op.acked_at is None]
    assert len(b_ops) == 1
    b_op = b_ops[0]
    assert (b_op.hlc > erasure_stamp) is b_edits_after
    b_contact_op = next(op for op in _ops(b, contact) if op.acked_at is None)

    first, second = (a, b) if a_syncs_first else (b, a)
    first.sync()
    second.sync()
    first.sync()
    second.sync()

    answers = b.outcomes([b_op.op_id, b_contact_op.op_id])
    if a_syncs_first:
        assert answers == {
            b_op.op_id: ("rejected", "erased"),
            b_contact_op.op_id: ("rejected", "erased"),
        }
    else:
        assert answers == {b_op.op_id: ("applied", None), b_contact_op.op_id: ("applied", None)}

    at_centre = central.member(member)
    assert at_centre is not None and at_centre["erased_at"] is not None
    for name, value in Member.__erased_values__.items():
        assert at_centre[name] == value, name
    _no_personal_data(json.dumps(at_centre))
    contact_at_centre = _central_row(central, "member_contact", contact)
    assert contact_at_centre is not None and contact_at_centre["cl"] % 2 == 0
    _no_personal_data(json.dumps(contact_at_centre))
    with central.admin() as conn:
        conflicts = conn.execute(
            "SELECT coalesce(jsonb_agg(to_jsonb(c)), '[]') FROM lam_central.conflict AS c"
            " WHERE row_id IN (%s, %s)",
            (member, contact),
        ).fetchone()
    assert conflicts is not None
    _no_personal_data(json.dumps(conflicts[0]))

    for desk in (a, b):
        card = desk.member(member)
        assert card is not None and card["erased_at"] is not None, desk.name
        for name, value in Member.__erased_values__.items():
            assert card[name] == value, (desk.name, name)
        assert not desk.found(member), desk.name
        for op in _ops(desk, member):
            _no_personal_data(json.dumps(op.fields))
    with b.db.read() as s:
        row = s.get(MemberContact, contact)
        assert row is not None and row.cl % 2 == 0
        assert (row.phone, row.email) == ("", "")
    for op in _ops(b, contact):
        _no_personal_data(json.dumps(op.fields))

    # Syncing again leaves every replica as it is, nothing waiting.
    before = {desk.name: desk.member(member) for desk in (a, b)}
    for desk in (a, b):
        assert desk.sync().rejected == 0
    assert {desk.name: desk.member(member) for desk in (a, b)} == before
    assert a.pending() == [] and b.pending() == []


def test_a_pulled_erasure_refuses_a_waiting_edit_at_the_desk(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    """B pulls the erasure before it could push its own edit (its push refused for the
    moment): the edit is answered "erased" at the desk, its values gone from the outbox."""
    a, b = pair
    member = b.create_member("Vidal", "Roseline", birth_year=1958)
    b.sync()
    a.sync()
    _erase(a, member)
    a.sync()
    time.sleep(0.01)
    b.edit_member(member, family_name="Vidal-Roux")
    waiting = b.pending()
    assert len(waiting) == 1
    with b.client() as client:
        client.hello()
        client.pull(CycleSummary())
    assert b.pending() == []
    assert b.outcomes(waiting) == {waiting[0]: ("rejected", "erased")}
    card = b.member(member)
    assert card is not None and card["erased_at"] is not None and card["family_name"] == ""
    for op in _ops(b, member):
        assert "Vidal" not in json.dumps(op.fields)
