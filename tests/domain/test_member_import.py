"""Reading members spreadsheets as the sites save them (invented people)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lam_desk.domain.member_import import (
    Column,
    SheetError,
    date_of,
    phone_of,
    read_sheet,
    status_of,
)
from lam_desk.domain.people import Gender, Status

DATA = Path(__file__).parent.parent / "data"
TODAY = date(2026, 3, 2)
SAMPLES = ["adherents_bedarieux_windows1252.csv", "adherents_bedarieux_utf8_bom.csv"]


@pytest.mark.parametrize("name", SAMPLES)
def test_both_encodings_of_the_sample_read_the_same(name: str) -> None:
    sheet = read_sheet((DATA / name).read_bytes(), today=TODAY)
    assert sheet.encoding == ("Windows-1252" if "1252" in name else "UTF-8 with BOM")
    assert sheet.delimiter == ";"
    assert sheet.ignored_columns == ("Remarques",)
    assert Column.BIRTH_DATE in sheet.columns and Column.EMAIL in sheet.columns
    by_line = {line.line: line for line in sheet.lines}
    assert sorted(by_line) == list(range(2, 17))  # the trailing ";;;;" line is not a person
    first = by_line[2].person
    assert first is not None
    assert (first.family_name, first.given_name, first.birth_year) == (
        "ROUQUETTE",
        "Mireille",
        1951,
    )
    assert (first.gender, first.status, first.phone) == (
        Gender.FEMALE,
        Status.RETIRED,
        "04 67 95 12 34",
    )
    diaye = by_line[6].person
    assert diaye is not None and diaye.family_name == "N’Diaye" and diaye.given_name == "Aïssatou"
    anne = by_line[4].person
    assert anne is not None and anne.phone == "06 39 98 12 45"  # the lost leading 0 is back
    assert anne.status is Status.JOB_SEEKER
    refused = {n: line.problems[0].source for n, line in by_line.items() if line.problems}
    assert sorted(refused) == [7, 8, 9]
    assert "does not exist" in refused[7]  # 31/02/1965
    assert refused[8] == "no family name"
    assert "e-mail" in refused[9]
    assert by_line[7].family_name == "Ferrand"  # a refused line still says who it was


def test_comma_separated_utf8_with_other_header_names() -> None:
    data = (
        "NOM,PRENOM,Année de naissance,Genre,Statut,Commune,CP,Tél.,E-mail\n"
        'Roux,"Marie, dite Mimi",1960,Femme,Salariée,Lunas,34650,+33 6 39 98 00 11,MR@EXAMPLE.ORG\n'
    ).encode()
    sheet = read_sheet(data, today=TODAY)
    assert sheet.encoding == "UTF-8" and sheet.delimiter == ","
    (line,) = sheet.lines
    assert line.person is not None
    assert line.person.given_name == "Marie, dite Mimi"
    assert line.person.birth_year == 1960 and line.person.commune == "Lunas"
    assert line.person.phone == "06 39 98 00 11" and line.person.email == "mr@example.org"


def test_line_numbers_follow_the_spreadsheet_even_with_a_cell_on_two_lines() -> None:
    data = 'Nom;Prénom;Adresse\nRoux;Marie;"2 rue Basse\nappartement 3"\nVidal;;x\n'.encode()
    sheet = read_sheet(data, today=TODAY)
    assert [line.line for line in sheet.lines] == [2, 4]
    assert sheet.lines[0].person is not None
    assert sheet.lines[0].person.address == "2 rue Basse appartement 3"
    assert sheet.lines[1].problems[0].source == "no given name"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("Roux;Marie;12/03/26", "dd/mm/yyyy"),  # two-digit year
        ("Roux;Marie;12/03/2031", "future"),
        ("Roux;Marie;12/03/1851", "before"),
        ("Roux;Marie;45123", "dd/mm/yyyy"),  # a spreadsheet's day number
        ("R2D2;Marie;", "not a name"),
        ("Roux;Marie;;Z", "gender"),
        ("Roux;Marie;;;Cosmonaute", "status"),
        ("Roux;Marie;;;;12", "phone"),
        ("Roux;Marie;;;;;;340", "postal code"),
        ("Roux;Marie;;;;;;;;de trop", "more cells"),
    ],
)
def test_bad_cells_refuse_the_line_with_the_reason(row: str, problem: str) -> None:
    header = "Nom;Prénom;Date de naissance;Sexe;Statut;Téléphone;Commune;Code postal\n"
    sheet = read_sheet((header + row + "\n").encode(), today=TODAY)
    (line,) = sheet.lines
    assert line.person is None
    assert problem in " ".join(p.source for p in line.problems)


def test_birth_date_and_year_must_agree() -> None:
    data = "Nom;Prénom;Date de naissance;Année de naissance\nRoux;Marie;01/01/1960;1961\n"
    (line,) = read_sheet(data.encode(), today=TODAY).lines
    assert line.person is None and "disagree" in line.problems[0].source


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\n;;;\n", "empty"),
        (b"PK\x03\x04\x14\x00\x06\x00binary workbook", "workbook"),
        (bytes(range(256)) * 4, "binary"),
        ("Nom et prénom;Ville\nRoux Marie;Lunas\n".encode(), "both names"),
        ("Adhérent;Ville\nRoux;Lunas\n".encode(), "“Nom” and “Prénom”"),
        ("Nom;Prénom;Nom de famille\nRoux;Marie;Roux\n".encode(), "same thing"),
        ('Nom;Prénom\nRoux;"Marie\n'.encode(), None),
    ],
)
def test_a_file_that_is_not_a_members_sheet_gets_a_clear_message(
    data: bytes, message: str | None
) -> None:
    if message is None:  # an unclosed quote runs to the end: one refused line, not a crash
        sheet = read_sheet(data, today=TODAY)
        assert len(sheet.lines) == 1
        return
    with pytest.raises(SheetError) as raised:
        read_sheet(data, today=TODAY)
    assert message in raised.value.source.format(**raised.value.params)


def test_words_of_the_spreadsheets() -> None:
    assert date_of("1/2/1960") == date(1960, 2, 1)
    assert date_of("01.02.1960") == date(1960, 2, 1)
    assert date_of("1960-02-01") == date(1960, 2, 1)
    assert date_of("31/02/1960") is None
    assert status_of("Demandeur d'emploi (longue durée)") is Status.JOB_SEEKER
    assert status_of("DE") is Status.JOB_SEEKER
    assert status_of("Retraité(e)") is Status.RETIRED
    assert status_of("Élève") is Status.PUPIL_STUDENT
    assert status_of("Auto-entrepreneur") is Status.EMPLOYED
    assert status_of("") is Status.OTHER
    assert status_of("Astronaute") is None
    assert phone_of("06.39.98.12.34") == "06 39 98 12 34"
    assert phone_of("+44 20 7946 0000") == "+442079460000"
    assert phone_of("0033 6 39 98 12 34") == "06 39 98 12 34"
    assert phone_of("12") is None
