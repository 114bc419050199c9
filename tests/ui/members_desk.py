"""Invented members registered at a test desk, and a desk context to show member widgets."""

from __future__ import annotations

from datetime import date

from lam_desk.db.models import Member, MemberContact
from lam_desk.domain.network import site_id
from lam_desk.ui.context import DeskContext
from lam_desk.ui.desk import DeskController
from tests.ui.conftest import ANIMATOR, account

# (family name, given name, card number, birth year, commune INSEE, home site code, phone)
PEOPLE = [
    ("BÉDARIDE", "Paul", "BED-000101", 1958, "34028", "BED", "06 12 34 56 78"),
    ("de La Fontaine", "Jean", "BED-000102", 1975, "34144", "BED", ""),
    ("N'Diaye", "Amadou", "BED-000103", 1990, "34028", "BED", "07.01.02.03.04"),
    ("Lefèvre-Müller", "Anne", "BED-000104", 2012, "34260", "SGE", ""),
    ("Martin", "Zoé", "BED-000105", 1949, "34028", "BED", "04 67 95 00 11"),
    ("Martinez", "Bruno", "OLO-000106", 1983, "34189", "OLO", "06 99 88 77 66"),
    ("Bedos", "Claire", "BED-000107", 2001, "34028", "BED", ""),
]


def register_people(desk: DeskController, people: list[tuple] = PEOPLE) -> dict[str, str]:
    """Write the members (and a contact at their home site when a phone is given); returns
    their ids by card number."""
    assert desk.database is not None
    ids = {}
    with desk.database.write() as session:
        for family, given, card, born, commune, home, phone in people:
            member = Member(
                card_number=card,
                family_name=family,
                given_name=given,
                birth_year=born,
                gender="-",
                commune_insee=commune,
                status="other",
                home_site_id=site_id(home),
                registered_on=date(2025, 9, 15),
            )
            session.add(member)
            session.flush()
            ids[card] = member.id
            if phone:
                session.add(
                    MemberContact(member_id=member.id, home_site_id=site_id(home), phone=phone)
                )
    return ids


def desk_context(desk: DeskController, username: str = ANIMATOR[0]) -> DeskContext:
    assert desk.tasks is not None and desk.node is not None and desk.node.home_site is not None
    return DeskContext(
        desk.paths,
        desk.settings,
        desk.tasks,
        desk.node,
        account(desk, username),
        desk.node.home_site,
        False,
    )
