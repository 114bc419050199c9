"""Registering, editing and reissuing members' cards on a real desk file (invented people)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select
from staff_desk import Desk

from lam_desk.db.models import AuditEntry, Member, MemberContact, OutboxOp
from lam_desk.domain.network import site_id
from lam_desk.errors import FieldError, RefusedError
from lam_desk.paths import AppPaths
from lam_desk.services import members
from lam_desk.services.dto import MemberDraft
from lam_desk.store import open_database

BED = site_id("BED")
TODAY = date(2026, 3, 10)
SERVED = (BED, site_id("LUN"), site_id("SGE"))

PAUL = MemberDraft(
    family_name="  Bédaride ",
    given_name="Paul",
    birth_year=1958,
    commune_insee="34028",
    status="retired",
    gender="m",
    phone="06 12 34 56 78",
    email="paul.bedaride@example.fr",
    address="3 rue de la Digue",
    postal_code="34600",
    notice_accepted=True,
    charter_accepted=True,
)


def register(desk: Desk, draft: MemberDraft = PAUL, site: str = BED) -> members.MemberRow:
    with desk.db.write() as s:
        return members.create_member(s, draft, home_site_id=site, actor="anim", today=TODAY)


def counts(desk: Desk) -> tuple[int, int, int]:
    with desk.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member)) or 0,
            s.scalar(select(func.count()).select_from(MemberContact)) or 0,
            s.scalar(select(func.count()).select_from(OutboxOp)) or 0,
        )


def test_a_new_member_gets_a_card_of_this_desk_and_a_contact_at_home(desk: Desk) -> None:
    row = register(desk)
    assert (row.family_name, row.given_name, row.commune_name) == ("Bédaride", "Paul", "Bédarieux")
    assert row.card_number.startswith("BED-") and len(row.card_number) == 13
    assert row.registered_on == TODAY
    with desk.db.read() as s:
        details = members.member_details(s, row.id, SERVED)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.row_id == row.id)).one()
    assert details is not None and details.contact is not None
    assert details.contact.phone == "06 12 34 56 78"
    assert details.contact.notice_accepted_on == TODAY
    assert details.contact.charter_accepted_on == TODAY
    assert details.home_site_name == "LAM de Bédarieux"
    assert audit.action == "member_created" and "Bédaride" not in str(audit.changes)
    with desk.db.read() as s:
        elsewhere = members.member_details(s, row.id, (site_id("OLO"),))
    assert elsewhere is not None and elsewhere.contact is None and not elsewhere.contact_kept_here


def test_a_name_and_a_phone_typed_in_a_hurry_are_kept_tidy(desk: Desk) -> None:
    row = register(desk, replace(PAUL, given_name="jean-pierre", phone="0612345678"))
    assert row.given_name == "Jean-Pierre"
    with desk.db.read() as s:
        details = members.member_details(s, row.id, SERVED)
    assert details is not None and details.contact is not None
    assert details.contact.phone == "06 12 34 56 78"


def test_the_next_cards_follow_in_sequence(desk: Desk) -> None:
    first = register(desk)
    second = register(desk, replace(PAUL, family_name="Azaïs", given_name="Mathilde"))
    assert first.card_number[:8] == second.card_number[:8]
    assert int(second.card_number[8:]) == int(first.card_number[8:]) + 1


def test_two_desks_of_one_site_never_issue_the_same_number(
    desk: Desk, tmp_path: pytest.TempPathFactory
) -> None:
    other_paths = AppPaths.under(tmp_path / "second-desk")  # type: ignore[operator]
    other_paths.create()
    other = open_database(other_paths.database)
    try:
        from lam_desk.services import node

        with other.write() as s:
            node.set_home_site(s, BED)
        here = {
            register(desk, replace(PAUL, given_name=f"P{'a' * i}ul")).card_number for i in range(3)
        }
        with other.write() as s:
            there = {
                members.create_member(
                    s,
                    replace(PAUL, given_name=f"P{'e' * i}ter"),
                    home_site_id=BED,
                    actor="a",
                    today=TODAY,
                ).card_number
                for i in range(3)
            }
    finally:
        other.close()
    assert here.isdisjoint(there)
    assert {n[:8] for n in here} != {n[:8] for n in there}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"family_name": "   "}, "family_name", "Enter the family name."),
        ({"given_name": ""}, "given_name", "Enter the given name."),
        ({"family_name": "Dupont2"}, "family_name", "This does not look like a name"),
        ({"given_name": "aaaaaa"}, "given_name", "This does not look like a name"),
        ({"family_name": "x" * 81}, "family_name", "at most 80 characters"),
        ({"birth_year": None}, "birth_year", "Enter the birth year."),
        ({"birth_year": 2031}, "birth_year", "cannot be in the future"),
        ({"birth_year": 1899}, "birth_year", "cannot be before 1900"),
        ({"commune_insee": "99999"}, "commune_insee", "Choose the commune in the list."),
        ({"phone": "06 12"}, "phone", "phone number is not complete"),
        ({"email": "paul@"}, "email", "e-mail address is not complete"),
        ({"notice_accepted": False}, "notice_accepted", "information notice"),
        ({"charter_accepted": False}, "charter_accepted", "house charter"),
        ({"birth_year": 2014}, "parental_authorisation", "Under 15"),
        (
            {"birth_year": 2014, "parental_authorisation": True},
            "guardian_name",
            "name of the parent",
        ),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    desk: Desk, change: dict[str, object], field: str, message: str
) -> None:
    before = counts(desk)
    with pytest.raises(FieldError) as refused:
        register(desk, replace(PAUL, **change))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert message in refused.value.message
    assert counts(desk) == before


def test_a_child_with_the_authorisation_is_registered(desk: Desk) -> None:
    row = register(
        desk,
        replace(PAUL, birth_year=2014, parental_authorisation=True, guardian_name="Marie Bédaride"),
    )
    with desk.db.read() as s:
        details = members.member_details(s, row.id, SERVED)
    assert details is not None and details.contact is not None
    assert details.contact.parental_authorisation_on == TODAY
    assert details.contact.guardian_name == "Marie Bédaride"


@pytest.mark.parametrize(
    ("draft", "reason"),
    [
        (replace(PAUL, family_name="BEDARIDE", phone="", email=""), "same_name_and_year"),
        (replace(PAUL, family_name="Bedarride", phone="", email=""), "similar_name"),
        (
            replace(PAUL, family_name="Paul", given_name="Bédaride", phone="", email=""),
            "similar_name",
        ),
        (
            replace(
                PAUL,
                family_name="Castagné",
                given_name="Lucie",
                email="",
                phone="+33 6 12 34 56 78",
            ),
            "same_phone",
        ),
        (
            replace(
                PAUL,
                family_name="Castagné",
                given_name="Lucie",
                phone="",
                email="PAUL.BEDARIDE@example.fr",
            ),
            "same_email",
        ),
    ],
)
def test_likely_duplicates_are_found(desk: Desk, draft: MemberDraft, reason: str) -> None:
    paul = register(desk)
    register(desk, replace(PAUL, family_name="Bedos", given_name="Claire", phone="", email=""))
    with desk.db.read() as s:
        found = members.find_duplicates(s, draft)
    assert [(c.member.id, reason in c.reasons) for c in found] == [(paul.id, True)]


def test_other_people_are_not_duplicates(desk: Desk) -> None:
    register(desk)
    with desk.db.read() as s:
        assert members.find_duplicates(s, replace(PAUL, birth_year=1990, phone="", email="")) == []
        assert (
            members.find_duplicates(
                s, replace(PAUL, family_name="Bedos", given_name="Claire", phone="", email="")
            )
            == []
        )


def test_an_edit_keeps_the_card_and_updates_card_and_contact(desk: Desk) -> None:
    row = register(desk)
    with desk.db.read() as s:
        seen = members.member_details(s, row.id, SERVED)
    assert seen is not None
    with desk.db.write() as s:
        members.update_member(
            s,
            seen,
            replace(PAUL, status="employed", phone="07 00 00 00 01"),
            actor="anim",
            site_id=BED,
            today=TODAY,
        )
    with desk.db.read() as s:
        after = members.member_details(s, row.id, SERVED)
    assert after is not None and after.contact is not None
    assert after.member.status == "employed" and after.member.card_number == row.card_number
    assert after.contact.phone == "07 00 00 00 01"
    assert after.contact.notice_accepted_on == TODAY


def test_a_reissued_card_has_a_new_number_and_the_old_one_says_replaced(desk: Desk) -> None:
    row = register(desk)
    with desk.db.write() as s:
        new = members.reissue_card(s, row, site_code="BED", actor="anim", site_id=BED)
    assert new.card_number != row.card_number
    with desk.db.read() as s:
        now = members.lookup_card(s, new.card_number.lower())
        old = members.lookup_card(s, row.card_number.replace("-", ""))
        unknown = members.lookup_card(s, "BED-999999999")
        nonsense = members.lookup_card(s, "hello")
        assert members.search_members(s, row.card_number) == []
    assert now.member is not None and now.member.id == row.id and not now.replaced
    assert old.replaced and old.member is not None and old.member.card_number == new.card_number
    assert unknown.unknown and nonsense.unknown


def test_an_erased_member_cannot_be_edited(desk: Desk) -> None:
    from datetime import UTC, datetime

    row = register(desk)
    with desk.db.read() as s:
        seen = members.member_details(s, row.id, SERVED)
    assert seen is not None
    with desk.db.write() as s:
        member = s.get(Member, row.id)
        assert member is not None
        member.erased_at = datetime.now(UTC)
    with pytest.raises(RefusedError), desk.db.write() as s:
        members.update_member(s, seen, PAUL, actor="anim", site_id=BED, today=TODAY)


def test_a_card_from_another_site_is_edited_without_its_contact(desk: Desk) -> None:
    row = register(desk, PAUL, site=site_id("OLO"))
    with desk.db.read() as s:
        seen = members.member_details(s, row.id, SERVED)
    assert seen is not None and not seen.contact_kept_here and seen.contact is None
    card_only = replace(PAUL, status="employed", notice_accepted=False, charter_accepted=False)
    with desk.db.write() as s:
        members.update_member(s, seen, card_only, actor="anim", site_id=BED, today=TODAY)
    with desk.db.read() as s:
        after = members.member_details(s, row.id, (site_id("OLO"),))
    assert after is not None and after.member.status == "employed"
    assert after.contact is not None and after.contact.phone == "06 12 34 56 78"
