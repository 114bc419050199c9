"""Importing members from the sites' spreadsheets, on a real SQLite file with the real sample
files (invented people)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from privacy_people import member
from sqlalchemy import func, select
from staff_desk import Desk

from lam_desk.db.models import AuditEntry, Member, MemberContact, OutboxOp
from lam_desk.domain.network import site_id
from lam_desk.errors import UserError
from lam_desk.services import imports, members
from lam_desk.services.dto import ImportOutcome, ImportReport

DATA = Path(__file__).parent.parent / "data"
SAMPLES = ["adherents_bedarieux_windows1252.csv", "adherents_bedarieux_utf8_bom.csv"]
BED = site_id("BED")
TODAY = date(2026, 3, 2)
REFUSED_LINES = [7, 8, 9, 16]


def _counts(desk: Desk) -> tuple[int, int, int]:
    with desk.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member)) or 0,
            s.scalar(select(func.count()).select_from(MemberContact)) or 0,
            s.scalar(select(func.count()).select_from(OutboxOp)) or 0,
        )


def _run(desk: Desk, data: bytes, *, dry_run: bool, valid_only: bool = False) -> ImportReport:
    with desk.db.write() as s:
        return imports.import_members(
            s,
            data,
            file_name="adherents.csv",
            home_site_id=BED,
            actor="camille",
            dry_run=dry_run,
            valid_only=valid_only,
            today=TODAY,
        )


@pytest.fixture
def mireille(desk: Desk) -> str:
    """Mireille Rouquette is a member already (the first line of the sample)."""
    with desk.db.write() as s:
        card = member("Rouquette", "Mireille", "BED-000101", year=1951)
        s.add(card)
        s.flush()
        return card.id


@pytest.mark.parametrize("name", SAMPLES)
def test_the_dry_run_says_line_by_line_what_would_happen_and_writes_nothing(
    desk: Desk, mireille: str, name: str
) -> None:
    before = _counts(desk)
    report = _run(desk, (DATA / name).read_bytes(), dry_run=True)
    assert _counts(desk) == before
    assert not report.written
    by_line = {line.line: line for line in report.lines}
    assert by_line[2].outcome is ImportOutcome.MATCHED
    assert (by_line[2].member_id, by_line[2].card_number) == (mireille, "BED-000101")
    refused = [n for n, line in by_line.items() if line.outcome is ImportOutcome.REFUSED]
    assert refused == REFUSED_LINES
    assert "does not exist" in by_line[7].reasons[0].text  # 31 February
    assert by_line[8].reasons[0].text == "no family name"
    assert "Saint-Martin" in by_line[16].reasons[0].text  # no such commune with 34600
    assert by_line[3].outcome is ImportOutcome.CREATED and by_line[3].commune == "Bédarieux"
    assert by_line[10].commune == "Le Pradal"
    assert report.count(ImportOutcome.CREATED) == 10
    assert report.ignored_columns == ("Remarques",)


def test_the_real_run_is_all_or_nothing(desk: Desk, mireille: str) -> None:
    before = _counts(desk)
    with pytest.raises(imports.ImportRefusedError) as refused:
        _run(desk, (DATA / SAMPLES[0]).read_bytes(), dry_run=False)
    assert _counts(desk) == before  # not one member, contact or outbox op
    assert "4" in refused.value.message
    assert [
        line.line for line in refused.value.report.lines if line.outcome is ImportOutcome.REFUSED
    ] == REFUSED_LINES


def test_the_valid_lines_only_when_the_user_chooses_so(desk: Desk, mireille: str) -> None:
    report = _run(desk, (DATA / SAMPLES[1]).read_bytes(), dry_run=False, valid_only=True)
    assert report.written and report.valid_only
    created = [line for line in report.lines if line.outcome is ImportOutcome.CREATED]
    assert len(created) == 10
    assert all(line.card_number.startswith("BED-") for line in created)
    assert len({line.card_number for line in created}) == 10
    with desk.db.read() as s:
        (found,) = members.search_members(s, "lefevre anne")
        assert found.birth_year == 1979 and found.status == "job_seeker"
        assert found.commune_insee == "34187"  # Olargues
        contact = s.scalars(select(MemberContact).where(MemberContact.member_id == found.id)).one()
        assert contact.phone == "06 39 98 12 45" and contact.home_site_id == BED
        assert contact.notice_accepted_on is None  # nobody read the notice to them yet
        assert members.search_members(s, "garcia") == []  # refused line 9
        rouquette = s.get(Member, mireille)
        assert rouquette is not None and rouquette.gender == "f"  # matched: left as it was
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "member_imported")).all()
        assert len(audit) == 10 and {a.actor for a in audit} == {"camille"}
    again = _run(desk, (DATA / SAMPLES[1]).read_bytes(), dry_run=True)
    assert again.count(ImportOutcome.CREATED) == 0  # the second time, all are matched
    assert again.count(ImportOutcome.MATCHED) == 11


def test_a_clean_file_imports_whole(desk: Desk) -> None:
    data = (
        "Nom;Prénom;Année de naissance;Commune;Code postal\r\n"
        "Pujol;Marcel;1949;Lunas;34650\r\n"
        "Pujol;Marcel;1949;Lunas;34650\r\n"
    ).encode("cp1252")
    report = _run(desk, data, dry_run=True)
    assert [line.outcome for line in report.lines] == [ImportOutcome.CREATED, ImportOutcome.REFUSED]
    assert report.lines[1].reasons[0].text == "the same person as on line 2"
    done = _run(desk, data.split(b"\r\n", 2)[0] + b"\r\n" + data.split(b"\r\n")[1], dry_run=False)
    assert done.written and done.count(ImportOutcome.CREATED) == 1
    with desk.db.read() as s:
        assert len(members.search_members(s, "pujol")) == 1
        pujol = members.search_members(s, "pujol")[0]
        assert (
            s.scalars(select(MemberContact).where(MemberContact.member_id == pujol.id)).first()
            is None
        )


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"Code;Ville\n1;Lunas\n", "Prénom"),
        ("Nom;Prénom\n".encode(), "lists nobody"),
    ],
)
def test_a_malformed_file_is_refused_with_a_clear_message(
    desk: Desk, data: bytes, words: str
) -> None:
    before = _counts(desk)
    with pytest.raises(UserError) as refused:
        _run(desk, data, dry_run=False)
    assert words in refused.value.message
    assert _counts(desk) == before


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        imports.read_file_bytes(str(tmp_path / "absent.csv"))
    assert "absent.csv" in refused.value.message


def test_a_commune_named_alone_is_looked_for_in_the_desk_s_department_first(desk: Desk) -> None:
    data = (
        "Nom;Prénom;Année de naissance;Ville\nPujol;Marcel;1949;Lunas\nRoux;Léa;1990;Saint-Pons\n"
    )
    report = _run(desk, data.encode(), dry_run=True)
    assert report.lines[0].commune == "Lunas-les-Châteaux"
    assert "postal code" in report.lines[1].reasons[0].text  # two Saint-Pons in the Hérault
