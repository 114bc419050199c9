"""Pulled pages applied to a real desk file: merged per field, the cursor with them, nothing
captured, the member search right, rows in any order, unknown things left out."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest
from capture_desk import Desk, ops
from sqlalchemy import select

from lam_desk.db.models import Member, MemberSearch, Node, ParkedRow, StaffUser, Visit
from lam_desk.domain.network import site_id
from lam_desk.services.members import get_member, search_members
from lam_desk.services.staff import get_account
from lam_desk.sync.apply import apply_page, read_state
from lam_desk.sync.hlc import Stamp

OTHER = "0190b000-0000-7000-8000-00000000000b"  # desk B's node id
T1 = f"{1767225600000:015d}.000000.{OTHER}"
T2 = f"{1767225660000:015d}.000000.{OTHER}"
MEMBER_ID = "0190b000-0000-7000-8000-000000000101"


def member_values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "card_number": "BED-000101",
        "family_name": "Roussel",
        "given_name": "Odile",
        "birth_year": 1958,
        "gender": "F",
        "commune_insee": "34028",
        "status": "retired",
        "home_site_id": site_id("BED"),
        "registered_on": "2026-01-05",
        "merged_into_id": None,
        "erased_at": None,
    }
    values.update(changes)
    return values


def pulled(
    entity: str, row_id: str, values: dict[str, Any], clocks: dict[str, str], cl: int = 1
) -> dict[str, Any]:
    return {"entity": entity, "id": row_id, "values": values, "field_clocks": clocks, "cl": cl}


def a_member(**changes: Any) -> dict[str, Any]:
    return pulled("member", MEMBER_ID, member_values(**changes), {"*": T1})


def found(desk: Desk, text: str) -> list[str]:
    with desk.db.read() as s:
        return [f"{m.given_name} {m.family_name}" for m in search_members(s, text)]


def test_a_pulled_member_is_at_the_desk_and_found_by_name(desk: Desk) -> None:
    before = ops(desk.db)
    result = apply_page(desk.db, [a_member()], state={"pull_cursor": "812:4"})
    assert (result.inserted, result.changed) == (1, 0)
    with desk.db.read() as s:
        card = get_member(s, MEMBER_ID)
        assert card is not None
        assert (card.family_name, card.birth_year, card.status) == ("Roussel", 1958, "retired")
        row = s.get(Member, MEMBER_ID)
        assert row is not None and row.registered_on == date(2026, 1, 5)
        assert read_state(s.connection())["pull_cursor"] == "812:4"
    assert found(desk, "rous") == ["Odile Roussel"]
    assert ops(desk.db) == before, "a pull writes no outbox op"


def test_the_same_page_twice_changes_nothing(desk: Desk) -> None:
    apply_page(desk.db, [a_member()])
    again = apply_page(desk.db, [a_member()])
    assert (again.inserted, again.changed) == (0, 0)
    assert found(desk, "odile") == ["Odile Roussel"]


def test_a_newer_pulled_field_is_taken_and_the_search_follows(desk: Desk) -> None:
    apply_page(desk.db, [a_member()])
    apply_page(
        desk.db,
        [
            pulled(
                "member",
                MEMBER_ID,
                member_values(family_name="Rousselle"),
                {"*": T1, "family_name": T2},
            )
        ],
    )
    assert found(desk, "rousselle") == ["Odile Rousselle"]
    with desk.db.read() as s:
        keys = s.scalars(select(MemberSearch.key).where(MemberSearch.member_id == MEMBER_ID))
        assert all("rousselle" in key for key in keys), "no key of the old name is left"


def test_a_local_edit_not_pushed_yet_keeps_its_value_when_it_is_newer(desk: Desk) -> None:
    apply_page(desk.db, [a_member()])
    with desk.db.write() as s:  # the desk edits the status (its clock is now, after T2)
        row = s.get(Member, MEMBER_ID)
        assert row is not None
        row.status = "job_seeker"
    pending = ops(desk.db)[-1]
    assert pending.acked_at is None and pending.hlc > T2
    # The server's state, older for the status, newer for the given name.
    apply_page(
        desk.db,
        [
            pulled(
                "member",
                MEMBER_ID,
                member_values(status="student", given_name="Odette"),
                {"*": T1, "status": T2, "given_name": T2},
            )
        ],
    )
    with desk.db.read() as s:
        card = get_member(s, MEMBER_ID)
        assert card is not None
        assert (card.status, card.given_name) == ("job_seeker", "Odette")
        assert card.clocks["status"] == pending.hlc
    assert ops(desk.db)[-1] == pending, "the pending op stays as it was, still to push"


def test_a_pulled_deletion_hides_the_member(desk: Desk) -> None:
    apply_page(desk.db, [a_member()])
    apply_page(desk.db, [pulled("member", MEMBER_ID, member_values(), {"*": T1, "cl": T2}, cl=2)])
    assert found(desk, "rous") == []
    with desk.db.read() as s:
        assert get_member(s, MEMBER_ID) is None


def test_a_child_may_come_before_its_parent_in_one_page(desk: Desk) -> None:
    visit_id = "0190b000-0000-7000-8000-000000000201"
    visit = pulled(
        "visit",
        visit_id,
        {
            "site_id": site_id("BED"),
            "member_id": MEMBER_ID,
            "head_count": 1,
            "purpose_codes": ["free_access"],
            "started_at": "2026-01-05T09:30:00+00:00",
        },
        {"*": T1},
    )
    result = apply_page(desk.db, [visit, a_member()])
    assert (result.inserted, result.parked) == (2, 0)
    with desk.db.read() as s:
        row = s.get(Visit, visit_id)
        assert row is not None
        assert row.started_at == datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
        assert row.ended_at is None and row.purpose_codes == ["free_access"]


def test_a_row_whose_parent_comes_in_a_later_page_waits_for_it(desk: Desk) -> None:
    visit_id = "0190b000-0000-7000-8000-000000000202"
    visit = pulled(
        "visit",
        visit_id,
        {"site_id": site_id("BED"), "member_id": MEMBER_ID, "started_at": "2026-01-05T10:00:00Z"},
        {"*": T1},
    )
    first = apply_page(desk.db, [visit], state={"pull_cursor": "900:1"})
    assert (first.inserted, first.parked) == (0, 1)
    with desk.db.read() as s:
        assert s.get(Visit, visit_id) is None
        assert read_state(s.connection())["pull_cursor"] == "900:1"
    second = apply_page(desk.db, [a_member()], state={"pull_cursor": "901:1"})
    assert (second.inserted, second.unparked) == (2, 1)
    with desk.db.read() as s:
        assert s.get(Visit, visit_id) is not None
        assert s.scalars(select(ParkedRow)).all() == []


def test_a_failing_page_leaves_the_cursor_and_the_rows_as_they_were(desk: Desk) -> None:
    apply_page(desk.db, [], state={"pull_cursor": "700:3"})
    broken = pulled(
        "member", "0190b000-0000-7000-8000-000000000102", member_values(birth_year="x"), {"*": T1}
    )
    with pytest.raises(ValueError):
        apply_page(desk.db, [a_member(), broken], state={"pull_cursor": "750:9"})
    with desk.db.read() as s:
        assert read_state(s.connection())["pull_cursor"] == "700:3"
        assert s.get(Member, MEMBER_ID) is None
    assert found(desk, "rous") == []


def test_unknown_tables_and_columns_are_left_out_without_personal_data_in_the_log(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="lam_desk.sync.apply")
    rows = [
        a_member(shoe_size="Roussel-42"),
        pulled("loyalty_card", "x1", {"holder": "Odile Roussel"}, {"*": T1}),
    ]
    result = apply_page(desk.db, rows, state={"pull_cursor": "1:1"})
    assert (result.inserted, result.unknown) == (1, 1)
    assert found(desk, "odile") == ["Odile Roussel"]
    assert "loyalty_card" in caplog.text and "shoe_size" in caplog.text
    assert "Roussel" not in caplog.text and "Odile" not in caplog.text


def test_local_fields_are_never_written_by_a_pull(desk: Desk) -> None:
    account = desk.animator
    with desk.db.read() as s:
        row = s.get(StaffUser, account.id)
        assert row is not None
        hash_before = row.password_hash
    values = {
        "username": account.username,
        "display_name": "Mathis Azéma",
        "role": account.role,
        "active": True,
        "home_site_id": account.home_site_id,
        "password_hash": "forged",
    }
    later = f"{4102444800000:015d}.000000.{OTHER}"  # after the account was made here
    apply_page(desk.db, [pulled("staff_user", account.id, values, {"*": later})])
    newcomer = "0190b000-0000-7000-8000-000000000301"
    apply_page(
        desk.db,
        [
            pulled(
                "staff_user",
                newcomer,
                {**values, "username": "lea", "display_name": "Léa"},
                {"*": T2},
            )
        ],
    )
    with desk.db.read() as s:
        row = s.get(StaffUser, account.id)
        assert row is not None
        assert (row.display_name, row.password_hash) == ("Mathis Azéma", hash_before)
        assert get_account(s, newcomer).display_name == "Léa"
        other = s.get(StaffUser, newcomer)
        assert other is not None and other.password_hash == "" and other.pin_hash is None


def test_the_desk_clock_moves_past_what_it_pulled(desk: Desk) -> None:
    ahead = f"{desk.db.wall() + 60_000:015d}.000007.{OTHER}"  # a PC a minute fast
    apply_page(desk.db, [pulled("member", MEMBER_ID, member_values(), {"*": ahead})])
    with desk.db.write() as s:
        row = s.get(Member, MEMBER_ID)
        assert row is not None
        row.status = "employed"
    assert ops(desk.db)[-1].hlc > ahead


@pytest.mark.parametrize(
    "future",
    [
        f"{4102444800000:015d}.000007.{OTHER}",  # 2100-01-01
        "999999999999999.999999.zzzz",
        f"{4102444800000:016d}.000000.{OTHER}",  # sixteen digits: sorts below real stamps
        "9",
    ],
)
def test_a_pulled_stamp_from_the_future_does_not_carry_the_desk_clock_along(
    desk: Desk, future: str
) -> None:
    apply_page(desk.db, [pulled("member", MEMBER_ID, member_values(), {"*": future})])
    with desk.db.write() as s:
        row = s.get(Member, MEMBER_ID)
        assert row is not None
        row.status = "employed"
    written = Stamp.decode(ops(desk.db)[-1].hlc)
    assert written.wall_ms <= desk.db.wall() + 2 * 60 * 1000
    with desk.db.read() as s:
        node = s.scalars(select(Node)).one()
        assert node.hlc_wall <= desk.db.wall() + 2 * 60 * 1000
