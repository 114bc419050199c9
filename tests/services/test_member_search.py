"""The member search as the desk types it, on a real SQLite file (invented people)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, event, select, update

from lam_desk.db import indexes
from lam_desk.db.engine import Database
from lam_desk.db.models import LocalNote, Member, MemberSearch
from lam_desk.domain import people
from lam_desk.domain.network import site_id
from lam_desk.ids import uuid7
from lam_desk.paths import AppPaths
from lam_desk.services import members
from lam_desk.store import open_database

BED = site_id("BED")

# (family name, given name, card number)
PEOPLE = [
    ("BÉDARIDE", "Paul", "BED-000101"),
    ("de La Fontaine", "Jean", "BED-000102"),
    ("N'Diaye", "Amadou", "BED-000103"),
    ("Lefèvre-Müller", "Anne", "BED-000104"),
    ("Dąbrowski", "Zofia", "LUN-000105"),
    ("Nguyễn", "Thị Hoa", "LUN-000106"),
    ("Øster", "Ingrid", "SGE-000107"),
    ("Şahin", "Elif", "SGE-000108"),
    ("Martin", "Zoé", "BED-000109"),
    ("Martin", "Anne", "BED-000110"),
    ("Martinez", "Bruno", "BED-000111"),
    ("Dupont", "Martin", "BED-000112"),
    ("Fontaine", "Paul", "BED-000113"),
    ("Bedos", "Claire", "BED-000114"),
    ("Müller", "Hans", "OLO-000115"),
]


def new_member(family: str, given: str, card: str, **fields: Any) -> Member:
    return Member(
        card_number=card,
        family_name=family,
        given_name=given,
        birth_year=1970,
        gender="-",
        commune_insee="34028",
        status="other",
        home_site_id=BED,
        registered_on=date(2026, 1, 5),
        **fields,
    )


def add_members(db: Database, persons: list[tuple[str, str, str]]) -> list[str]:
    """Register members at the desk, in one transaction; returns their ids."""
    with db.write() as s:
        added = [new_member(*person) for person in persons]
        s.add_all(added)
        s.flush()
        return [m.id for m in added]


def add_member(db: Database, family: str, given: str, card: str) -> str:
    (member_id,) = add_members(db, [(family, given, card)])
    return member_id


@pytest.fixture
def db(fresh_db: Database) -> Database:
    add_members(fresh_db, PEOPLE)
    return fresh_db


def names(db: Database, text: str, **kwargs: Any) -> list[str]:
    with db.read() as s:
        rows = members.search_members(s, text, **kwargs)
    return [f"{r.family_name} {r.given_name}" for r in rows]


def cards(db: Database, text: str, **kwargs: Any) -> list[str]:
    with db.read() as s:
        return [r.card_number for r in members.search_members(s, text, **kwargs)]


# --- what the desk types --------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["bedar", "BEDAR", "Bédar", "bédaride", "BÉDARIDE paul"])
def test_accents_and_case_do_not_matter(db: Database, typed: str) -> None:
    assert names(db, typed) == ["BÉDARIDE Paul"]


@pytest.mark.parametrize(
    "typed",
    ["jean font", "font jean", "fontaine jean", "de la fontaine", "la fontaine", "delafont"],
)
def test_family_and_given_name_in_any_order_with_or_without_the_particle(
    db: Database, typed: str
) -> None:
    assert names(db, typed) == ["de La Fontaine Jean"]


def test_a_family_name_without_its_particle_is_an_exact_match(db: Database) -> None:
    # Both are called Fontaine; then come the names that only begin with "fontaine".
    assert names(db, "fontaine") == ["de La Fontaine Jean", "Fontaine Paul"]


@pytest.mark.parametrize("typed", ["lefevre mul", "lefèvre-müller", "Lefevre Muller anne"])
def test_double_barrelled_names(db: Database, typed: str) -> None:
    assert names(db, typed) == ["Lefèvre-Müller Anne"]


def test_the_second_part_of_a_double_barrelled_name_finds_it_after_the_exact_name(
    db: Database,
) -> None:
    assert names(db, "muller") == ["Müller Hans", "Lefèvre-Müller Anne"]
    assert names(db, "lefevremuller") == ["Lefèvre-Müller Anne"]


@pytest.mark.parametrize("typed", ["n'diaye", "N’Diaye", "n diaye", "ndiaye", "ndia", "diaye"])
def test_apostrophes_are_optional(db: Database, typed: str) -> None:
    assert names(db, typed) == ["N'Diaye Amadou"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("dabrowski", "Dąbrowski Zofia"),
        ("DĄBR", "Dąbrowski Zofia"),
        ("nguyen thi", "Nguyễn Thị Hoa"),
        ("thi hoa", "Nguyễn Thị Hoa"),
        ("hoa nguy", "Nguyễn Thị Hoa"),
        ("oster", "Øster Ingrid"),
        ("Øst", "Øster Ingrid"),
        ("sahin", "Şahin Elif"),
        ("şah elif", "Şahin Elif"),
    ],
)
def test_names_from_everywhere(db: Database, typed: str, found: str) -> None:
    assert names(db, typed) == [found]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("BED-000101", ["BED-000101"]),
        ("BED-00010", [f"BED-00010{i}" for i in (1, 2, 3, 4, 9)]),
        ("bed000102", ["BED-000102"]),
        ("bed 000102", ["BED-000102"]),
        ("LUN-0001", ["LUN-000105", "LUN-000106"]),
        ("000107", ["SGE-000107"]),
        ("BED-9", []),
    ],
)
def test_card_number_or_its_beginning(db: Database, typed: str, found: list[str]) -> None:
    assert cards(db, typed) == found


def test_nothing_typed_finds_nothing(db: Database) -> None:
    assert names(db, "") == []
    assert names(db, "  - ' ") == []
    assert names(db, "zzz") == []
    assert names(db, "martin", limit=0) == []


# --- order and limit ------------------------------------------------------------------------


def test_whole_family_name_first_then_alphabetical_then_given_names(db: Database) -> None:
    assert names(db, "martin") == ["Martin Anne", "Martin Zoé", "Martinez Bruno", "Dupont Martin"]
    assert names(db, "mar") == ["Martin Anne", "Martin Zoé", "Martinez Bruno", "Dupont Martin"]
    assert names(db, "bed") == ["BÉDARIDE Paul", "Bedos Claire"]
    assert names(db, "paul") == ["BÉDARIDE Paul", "Fontaine Paul"]


def test_limit_is_respected_and_keeps_the_order(fresh_db: Database) -> None:
    add_members(
        fresh_db,
        [
            person
            for i in range(30)
            for person in (
                ("Martin", f"Prénom{chr(65 + i % 26)}{i:02d}", f"BED-{i:06d}"),
                ("Martineau", f"Prénom{i:02d}", f"LUN-{i:06d}"),
                ("Dupont", f"Martin{i:02d}", f"OLO-{i:06d}"),
            )
        ],
    )
    every = names(fresh_db, "martin", limit=500)
    assert len(every) == 90
    assert every[:30] == sorted(every[:30]) and {n.split()[0] for n in every[:30]} == {"Martin"}
    assert {n.split()[0] for n in every[30:60]} == {"Martineau"}
    assert {n.split()[0] for n in every[60:]} == {"Dupont"}
    for limit in (1, 5, 20, 31, 61):
        assert names(fresh_db, "martin", limit=limit) == every[:limit]
    assert cards(fresh_db, "BED-0000", limit=7) == [f"BED-{i:06d}" for i in range(7)]
    assert len(cards(fresh_db, "00000", limit=12)) == 12


def test_a_member_with_many_matching_words_is_listed_once(fresh_db: Database) -> None:
    add_member(fresh_db, "de la Dordonne-Dubois", "Dominique Daniel", "BED-000001")
    add_member(fresh_db, "Durand", "Denis", "BED-000002")
    assert names(fresh_db, "d") == ["de la Dordonne-Dubois Dominique Daniel", "Durand Denis"]
    assert names(fresh_db, "d", limit=1) == ["de la Dordonne-Dubois Dominique Daniel"]


# --- who is found ---------------------------------------------------------------------------


def test_erased_and_merged_members_are_not_found(db: Database) -> None:
    survivor = add_member(db, "Sabatier", "Rose", "BED-000201")
    duplicate = add_member(db, "Sabatier", "Rose", "LUN-000202")
    erased = add_member(db, "Sabatier", "Louis", "BED-000203")
    with db.write() as s:
        dup = s.get(Member, duplicate)
        gone = s.get(Member, erased)
        assert dup is not None and gone is not None
        dup.merged_into_id = survivor
        gone.erased_at = datetime(2026, 3, 1, tzinfo=UTC)
    assert cards(db, "sabatier") == ["BED-000201"]
    assert cards(db, "LUN-000202") == []
    assert cards(db, "BED-000203") == []
    with db.read() as s:
        assert members.get_member(s, duplicate) == members.get_member(s, survivor)
        assert members.get_member(s, erased) is None
        assert members.get_member(s, "no such id") is None


def test_a_renamed_member_is_found_by_the_new_name_only(db: Database) -> None:
    with db.read() as s:
        (seen,) = members.search_members(s, "bedaride")
    with db.write() as s:
        member = s.get(Member, seen.id)
        assert member is not None
        member.family_name = "Castagné"
    assert names(db, "bedaride") == []
    assert names(db, "castagne paul") == ["Castagné Paul"]
    with db.read() as s:
        row = members.get_member(s, seen.id)
    assert row is not None and row.family_name == "Castagné"
    assert row.clocks["family_name"] != seen.clocks["family_name"]
    assert row.clocks["given_name"] == seen.clocks["given_name"]


def test_a_member_pulled_from_the_network_is_found(db: Database) -> None:
    with db.apply() as s:
        s.add(
            Member(
                id=uuid7(),
                field_clocks={"*": "0000000000001-0000-node"},
                card_number="OLA-000300",
                family_name="Azaïs",
                given_name="Mathilde",
                birth_year=1990,
                gender="f",
                commune_insee="34187",
                status="employed",
                home_site_id=site_id("OLA"),
                registered_on=date(2025, 6, 1),
            )
        )
    assert names(db, "azais") == ["Azaïs Mathilde"]
    assert cards(db, "OLA-0003") == ["OLA-000300"]


def test_deleted_members_are_not_found(db: Database) -> None:
    with db.read() as s:
        (seen,) = members.search_members(s, "oster")
    with db.write() as s:
        member = s.get(Member, seen.id)
        assert member is not None
        member.cl += 1
    assert names(db, "oster") == []


def test_an_index_of_an_older_format_is_rebuilt_when_the_desk_opens(
    paths: AppPaths, db: Database
) -> None:
    with db.apply() as s:
        s.execute(delete(MemberSearch))
        s.execute(
            update(LocalNote).where(LocalNote.key == indexes.SEARCH_FORMAT_NOTE).values(value="1")
        )
    assert names(db, "bedar") == []
    db.close()
    reopened = open_database(paths.database)
    try:
        assert names(reopened, "bedar") == ["BÉDARIDE Paul"]
        with reopened.read() as s:
            note = s.scalar(
                select(LocalNote.value).where(LocalNote.key == indexes.SEARCH_FORMAT_NOTE)
            )
            keys = set(s.scalars(select(MemberSearch.key)))
        assert note == people.SEARCH_KEY_FORMAT
        assert keys == {k for f, g, _ in PEOPLE for k in people.search_keys(f, g)}
    finally:
        reopened.close()


# --- the index does the work ----------------------------------------------------------------


@pytest.fixture
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params))

    event.listen(db.read_engine, "before_cursor_execute", record)
    yield seen
    event.remove(db.read_engine, "before_cursor_execute", record)


def _plan(db_path: Path, sql: str, params: Any) -> list[str]:
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        return [row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    finally:
        con.close()


@pytest.mark.parametrize("typed", ["mar", "jean font", "n'diaye", "BED-0001", "0001"])
def test_every_search_is_a_few_index_range_scans(
    db: Database, statements: list[tuple[str, Any]], typed: str
) -> None:
    with db.read() as s:
        members.search_members(s, typed)
    assert 1 <= len(statements) <= 3  # never a query per row found
    for sql, params in statements:
        plan = _plan(db.path, sql, params)
        scans = [step for step in plan if step.startswith("SCAN")]
        assert not [s for s in scans if "member" in s and "SUBQUERY" not in s], plan
        if "member_search" in sql:
            assert any(
                "member_search USING COVERING INDEX" in p and "key>? AND key<?" in p for p in plan
            ), plan
        elif "card_number >=" in sql:
            assert any(
                "ix_member_card_number (card_number>? AND card_number<?)" in p for p in plan
            ), plan
        else:  # the cards found, by their ids
            assert any("USING INDEX sqlite_autoindex_member_1 (id=?)" in p for p in plan), plan


def test_the_number_of_statements_does_not_grow_with_the_results(fresh_db: Database) -> None:
    add_members(fresh_db, [("Roux", f"Camille{i:02d}", f"BED-{i:06d}") for i in range(60)])
    counted: list[str] = []

    def record(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        counted.append(sql)

    event.listen(fresh_db.read_engine, "before_cursor_execute", record)
    try:
        with fresh_db.read() as s:
            assert len(members.search_members(s, "roux", limit=50)) == 50
    finally:
        event.remove(fresh_db.read_engine, "before_cursor_execute", record)
    assert len([sql for sql in counted if sql.lstrip().upper().startswith("SELECT")]) == 1


# --- the index agrees with the rule ---------------------------------------------------------


def test_the_index_finds_exactly_whom_the_rule_names(db: Database) -> None:
    """Every prefix of every word of every name, alone and in pairs: the search finds the
    people the plain rule (people.name_matches) says, no more, no fewer."""
    words = sorted({w for f, g, _ in PEOPLE for w in people.name_words(f, g)})
    typed = {w[:n] for w in words for n in (1, 2, 3, len(w))}
    typed |= {f"{a} {b}" for a in ("ma", "d", "jean", "n", "an") for b in sorted(typed)[::7]}
    for text in sorted(typed):
        query = people.parse_member_query(text)
        expected = sorted(f"{f} {g}" for f, g, _ in PEOPLE if people.name_matches(query, f, g))
        assert sorted(names(db, text, limit=100)) == expected, text


def test_the_people_of_the_desk_s_own_sites_come_first(fresh_db: Database) -> None:
    with fresh_db.write() as s:
        found = [
            new_member("Delaunay", "Anne-Sophie", "MUR-000003"),
            new_member("Delaunay", "Bernard", "OLO-000004"),
            new_member("Delaunay", "Évelyne", "BED-000005"),
        ]
        found[0].home_site_id, found[1].home_site_id = site_id("MUR"), site_id("OLO")
        s.add_all(found)
    with fresh_db.read() as s:
        anywhere = members.search_members(s, "delaunay")
        here = members.search_members(s, "delaunay", home_first=[BED, site_id("LUN")])
    assert [m.given_name for m in anywhere] == ["Anne-Sophie", "Bernard", "Évelyne"]
    assert [m.given_name for m in here] == ["Évelyne", "Anne-Sophie", "Bernard"]
