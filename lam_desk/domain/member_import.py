"""Reading the members spreadsheets the sites keep today: CSV files as French spreadsheet
programs write them (";" or "," between cells, UTF-8 with or without BOM, or Windows-1252,
dates as dd/mm/yyyy, French column names in their usual variants).

No I/O here: ``read_sheet`` takes the file's bytes and gives each line of people as the fields
of a member, or the reasons it cannot be one, with its line number as the spreadsheet shows it.
Which commune a line means, and whether its person is already a member, is for the service.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from lam_desk.domain.people import Gender, Status, fold
from lam_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MemberImport"

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_LINES = 50_000
OLDEST_BIRTH_YEAR = 1900


class Column(StrEnum):
    """What a column of the spreadsheet holds."""

    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    BIRTH_DATE = "birth_date"
    BIRTH_YEAR = "birth_year"
    GENDER = "gender"
    STATUS = "status"
    COMMUNE = "commune"
    POSTAL_CODE = "postal_code"
    INSEE = "insee"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    REGISTERED_ON = "registered_on"


COLUMN_LABELS = {
    Column.FAMILY_NAME: QT_TRANSLATE_NOOP("MemberImport", "Family name"),
    Column.GIVEN_NAME: QT_TRANSLATE_NOOP("MemberImport", "Given name"),
    Column.BIRTH_DATE: QT_TRANSLATE_NOOP("MemberImport", "Birth date"),
    Column.BIRTH_YEAR: QT_TRANSLATE_NOOP("MemberImport", "Birth year"),
    Column.GENDER: QT_TRANSLATE_NOOP("MemberImport", "Gender"),
    Column.STATUS: QT_TRANSLATE_NOOP("MemberImport", "Status"),
    Column.COMMUNE: QT_TRANSLATE_NOOP("MemberImport", "Commune"),
    Column.POSTAL_CODE: QT_TRANSLATE_NOOP("MemberImport", "Postal code"),
    Column.INSEE: QT_TRANSLATE_NOOP("MemberImport", "INSEE code"),
    Column.PHONE: QT_TRANSLATE_NOOP("MemberImport", "Phone"),
    Column.EMAIL: QT_TRANSLATE_NOOP("MemberImport", "E-mail"),
    Column.ADDRESS: QT_TRANSLATE_NOOP("MemberImport", "Address"),
    Column.REGISTERED_ON: QT_TRANSLATE_NOOP("MemberImport", "Registered on"),
}

# Column names as the sites write them, folded (lam_desk.domain.people.fold: lower case, no
# accents, punctuation as one space). A column named otherwise is left out of the import, and
# the preview says so (a "Remarques" column is never imported: no free-text notes on people).
_HEADERS: dict[Column, tuple[str, ...]] = {
    Column.FAMILY_NAME: (
        "nom", "nom de famille", "nom d usage", "nom usage", "nom usuel", "nom patronymique",
        "nom de naissance", "noms", "family name", "last name", "surname", "name",
    ),
    Column.GIVEN_NAME: (
        "prenom", "prenoms", "premier prenom", "first name", "given name", "forename",
    ),
    Column.BIRTH_DATE: (
        "date de naissance", "date naissance", "date de naiss", "naissance", "ne le", "nee le",
        "ne e le", "ne e le", "ddn", "birth date", "date of birth", "birthdate", "dob",
    ),
    Column.BIRTH_YEAR: (
        "annee de naissance", "annee naissance", "annee de naiss", "annee", "birth year",
        "year of birth",
    ),
    Column.GENDER: ("sexe", "genre", "civilite", "gender", "sex", "titre"),
    Column.STATUS: (
        "statut", "situation", "situation professionnelle", "situation pro", "categorie",
        "categorie socioprofessionnelle", "csp", "profil", "status", "activite",
    ),
    Column.COMMUNE: (
        "commune", "ville", "localite", "commune de residence", "ville de residence",
        "lieu de residence", "residence", "city", "town",
    ),
    Column.POSTAL_CODE: ("code postal", "cp", "c p", "postal code", "zip", "zip code"),
    Column.INSEE: ("code insee", "insee", "code commune", "code insee commune"),
    Column.PHONE: (
        "telephone", "tel", "tel portable", "telephone portable", "portable", "mobile",
        "telephone mobile", "tel mobile", "n de telephone", "n telephone", "no telephone",
        "numero de telephone", "num telephone", "telephone fixe", "tel fixe", "phone",
    ),
    Column.EMAIL: (
        "courriel", "e mail", "email", "mail", "adresse mail", "adresse e mail",
        "adresse email", "adresse electronique", "adresse courriel", "mel",
    ),
    Column.ADDRESS: ("adresse", "adresse postale", "rue", "address", "street"),
    Column.REGISTERED_ON: (
        "date d inscription", "date inscription", "inscrit le", "inscrite le", "inscrit e le",
        "inscription", "date d adhesion", "date adhesion", "adhesion", "registered on",
    ),
}  # fmt: skip
_COLUMN_OF = {name: column for column, names in _HEADERS.items() for name in names}
# Several phone columns are usual (a mobile and a landline): the first number given is kept.
_REPEATABLE = frozenset({Column.PHONE})
# One column for both names cannot be split safely ("de La Fontaine Jean"? "Marie Anne Roux"?).
_BOTH_NAMES = frozenset(
    {"nom prenom", "nom et prenom", "nom et prenoms", "prenom nom", "nom complet", "identite"}
)

_GENDERS: dict[str, Gender] = {
    **dict.fromkeys(
        ("f", "femme", "feminin", "fem", "mme", "madame", "mlle", "mademoiselle", "w", "woman",
         "female"),
        Gender.FEMALE,
    ),
    **dict.fromkeys(
        ("h", "m", "homme", "masculin", "masc", "monsieur", "mr", "man", "male"), Gender.MALE
    ),
    **dict.fromkeys(("x", "autre", "non binaire", "other"), Gender.OTHER),
    **dict.fromkeys(
        ("", "nr", "n r", "non renseigne", "non renseignee", "nc", "n c", "inconnu", "nsp", "ne sait pas",
         "non precise", "not given"),
        Gender.NOT_GIVEN,
    ),
}  # fmt: skip

_STATUS_WORDS: tuple[tuple[tuple[str, ...], Status], ...] = (
    (
        ("demandeu", "chomeu", "chomage", "sans emploi", "en recherche", "recherche d emploi",
         "de", "dee", "dem emploi", "job seeker", "unemployed", "inscrit a pole emploi",
         "inscrit a france travail", "france travail", "pole emploi"),
        Status.JOB_SEEKER,
    ),
    (
        ("retrait", "retired", "pensionn"),
        Status.RETIRED,
    ),
    (
        ("etudiant", "eleve", "scolaire", "scolarise", "lyceen", "collegien", "ecolier",
         "apprenti", "student", "pupil"),
        Status.PUPIL_STUDENT,
    ),
    (
        ("salari", "en emploi", "employe", "actif", "active", "cdi", "cdd", "interim",
         "independant", "auto entrepreneu", "micro entrepreneu", "artisan", "commercant",
         "agricult", "exploitant", "chef d entreprise", "fonctionnaire", "profession liberale",
         "employed", "self employed"),
        Status.EMPLOYED,
    ),
    (
        ("autre", "other", "au foyer", "mere au foyer", "pere au foyer", "sans", "invalid",
         "sans activite", "inactif", "inactive"),
        Status.OTHER,
    ),
)  # fmt: skip

_EMAIL = re.compile(r"^[^@\s;,<>]+@[^@\s;,<>]+\.[a-z]{2,}$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_YEAR = re.compile(r"^\d{4}$")
_PHONE_NOISE = re.compile(r"[\s.\-/()]+")


class SheetError(ValueError):
    """The file is not a members spreadsheet the desk can read: ``source`` is the English text
    (context "MemberImport") with its ``params``."""

    def __init__(self, source: str, **params: object) -> None:
        super().__init__(source)
        self.source = source
        self.params = params


@dataclass(frozen=True)
class Problem:
    """Why a line cannot become a member: an English text (context "MemberImport")."""

    source: str
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Person:
    """A line of people, checked: the fields of a member and of their contact."""

    family_name: str
    given_name: str
    birth_year: int | None
    gender: Gender
    status: Status
    commune: str
    postal_code: str
    insee: str
    phone: str
    email: str
    address: str
    registered_on: date | None

    @property
    def has_contact(self) -> bool:
        return bool(self.phone or self.email or self.address)


@dataclass(frozen=True)
class SheetLine:
    """One line of the spreadsheet: ``line`` is its number as the spreadsheet program shows
    it (the header is line 1). ``person`` is None when ``problems`` say why."""

    line: int
    person: Person | None
    problems: tuple[Problem, ...]
    # The names as written, even on a refused line, so the preview can say who it was.
    family_name: str = ""
    given_name: str = ""


@dataclass(frozen=True)
class Sheet:
    encoding: str  # "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16"
    delimiter: str
    columns: tuple[Column, ...]  # the columns understood, in the file's order
    ignored_columns: tuple[str, ...]  # the headers not understood, as written
    lines: tuple[SheetLine, ...]


def read_sheet(data: bytes, *, today: date) -> Sheet:
    """Read a members spreadsheet saved as CSV. Raises SheetError when the file as a whole
    cannot be read (binary, a workbook, no header, no name columns); a line that cannot be a
    member is kept with its problems."""
    text, encoding = decode(data)
    rows = text.splitlines()
    header_at = next((i for i, row in enumerate(rows) if row.strip(" \t;,")), None)
    if header_at is None:
        raise SheetError(QT_TRANSLATE_NOOP("MemberImport", "The file is empty."))
    delimiter = _delimiter(rows[header_at])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = _records(reader)
    first = next(i for i, (_n, cells) in enumerate(records) if any(c.strip() for c in cells))
    header = records[first][1]
    mapping, ignored = _columns(header)
    lines: list[SheetLine] = []
    for number, cells in records[first + 1 :]:
        if not any(cell.strip() for cell in cells):
            continue  # the empty lines spreadsheet programs leave at the end
        if len(lines) >= MAX_LINES:
            raise SheetError(
                QT_TRANSLATE_NOOP(
                    "MemberImport", "The file has more than {count} lines: split it in parts."
                ),
                count=MAX_LINES,
            )
        lines.append(_line(number, cells, mapping, len(header), today))
    return Sheet(
        encoding=encoding,
        delimiter=delimiter,
        columns=tuple(dict.fromkeys(column for _i, column in mapping)),
        ignored_columns=tuple(ignored),
        lines=tuple(lines),
    )


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding. UTF-8 (with or without BOM) first, then
    UTF-16 with its BOM ("Unicode text" of Excel), else Windows-1252 (Excel's "CSV" on a
    French Windows)."""
    if len(data) > MAX_FILE_BYTES:
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "MemberImport", "The file is larger than {size} MB: it is not a members list."
            ),
            size=MAX_FILE_BYTES // (1024 * 1024),
        )
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "MemberImport",
                "This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file. Open it "
                "in the spreadsheet program and save it as “CSV” (separator “;”), then import "
                "that file.",
            )
        )
    if data.startswith(b"%PDF"):
        raise SheetError(_NOT_TEXT)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _text_only(data.decode("utf-16")), "UTF-16"
        except UnicodeDecodeError:
            raise SheetError(_NOT_TEXT) from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _text_only(data[3:].decode("utf-8")), "UTF-8 with BOM"
        except UnicodeDecodeError:
            raise SheetError(_NOT_TEXT) from None
    try:
        return _text_only(data.decode("utf-8")), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return _text_only(data.decode("cp1252")), "Windows-1252"
    except UnicodeDecodeError:
        raise SheetError(_NOT_TEXT) from None


_NOT_TEXT = QT_TRANSLATE_NOOP(
    "MemberImport",
    "This file is not a CSV text file (it holds binary data). Save the members list from the "
    "spreadsheet program as “CSV”, then import that file.",
)


def _text_only(text: str) -> str:
    control = sum(1 for ch in text[:20_000] if ord(ch) < 32 and ch not in "\t\r\n")
    if "\x00" in text or control > 2:
        raise SheetError(_NOT_TEXT)
    return text


def _delimiter(header: str) -> str:
    """ ";" (French spreadsheet programs), "," or a tab: the one whose cells of the header line
    are most often column names the desk knows; ";" when none is better."""

    def known(sep: str) -> tuple[int, int]:
        cells = next(csv.reader([header], delimiter=sep))
        return sum(fold(c) in _COLUMN_OF for c in cells), len(cells)

    scores = {sep: known(sep) for sep in (";", ",", "\t")}
    best = max(scores, key=lambda sep: (scores[sep], sep == ";"))
    return best if scores[best][1] > 1 else ";"


def _records(reader: Iterator[list[str]]) -> list[tuple[int, list[str]]]:
    """Each record with the line it starts on (a quoted cell may run over several lines)."""
    out: list[tuple[int, list[str]]] = []
    line_num = getattr(reader, "line_num", 0)
    try:
        for cells in reader:
            out.append((line_num + 1, cells))
            line_num = getattr(reader, "line_num", line_num + 1)
    except csv.Error:
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "MemberImport",
                "Line {line} of the file cannot be read as CSV (a quote is not closed?).",
            ),
            line=line_num + 1,
        ) from None
    return out


def _columns(header: list[str]) -> tuple[list[tuple[int, Column]], list[str]]:
    mapping: list[tuple[int, Column]] = []
    ignored: list[str] = []
    seen: dict[Column, str] = {}
    for i, cell in enumerate(header):
        name = fold(cell)
        if name in _BOTH_NAMES:
            raise SheetError(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "The column “{column}” holds both names: put the family name in a column "
                    "“Nom” and the given name in a column “Prénom”, then import again.",
                ),
                column=cell.strip(),
            )
        column = _COLUMN_OF.get(name)
        if column is None:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        if column in seen and column not in _REPEATABLE:
            raise SheetError(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "The columns “{first}” and “{second}” hold the same thing: keep only one.",
                ),
                first=seen[column],
                second=cell.strip(),
            )
        seen.setdefault(column, cell.strip())
        mapping.append((i, column))
    found = {column for _i, column in mapping}
    if Column.FAMILY_NAME not in found or Column.GIVEN_NAME not in found:
        shown = ", ".join(f"“{c.strip()}”" for c in header if c.strip())[:300]
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "MemberImport",
                "The first line of the file must name the columns, with at least “Nom” and "
                "“Prénom”. Columns found: {columns}.",
            ),
            columns=shown or "—",
        )
    return mapping, ignored


def _line(
    number: int,
    cells: list[str],
    mapping: list[tuple[int, Column]],
    width: int,
    today: date,
) -> SheetLine:
    values: dict[Column, str] = {}
    for i, column in mapping:
        value = " ".join(cells[i].split()) if i < len(cells) else ""
        if column in _REPEATABLE and values.get(column):
            continue
        values[column] = value
    problems: list[Problem] = []
    family, given = values.get(Column.FAMILY_NAME, ""), values.get(Column.GIVEN_NAME, "")
    extra = [c for c in cells[width:] if c.strip()]
    if extra:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "the line has more cells than the header ({cells} for {columns}): a “;” "
                    "inside a value?",
                ),
                {"cells": str(len(cells)), "columns": str(width)},
            )
        )
    _check_name(family, _FAMILY, problems)
    _check_name(given, _GIVEN, problems)
    birth_year = _birth_year(values, today, problems)
    gender = _GENDERS.get(fold(values.get(Column.GENDER, "")))
    if gender is None:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "MemberImport", "gender “{value}” not understood (F, H, Femme, Homme or empty)"
                ),
                {"value": values[Column.GENDER]},
            )
        )
    status = status_of(values.get(Column.STATUS, ""))
    if status is None:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "status “{value}” not understood (demandeur d'emploi, salarié, retraité, "
                    "élève ou étudiant, autre, or empty)",
                ),
                {"value": values[Column.STATUS]},
            )
        )
    phone = phone_of(values.get(Column.PHONE, ""))
    if phone is None:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("MemberImport", "phone number “{value}” not understood"),
                {"value": values[Column.PHONE]},
            )
        )
    email = values.get(Column.EMAIL, "").lower()
    if email and not _EMAIL.match(email):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("MemberImport", "e-mail address “{value}” not understood"),
                {"value": values[Column.EMAIL]},
            )
        )
    postal = values.get(Column.POSTAL_CODE, "").replace(" ", "")
    if len(postal) == 4 and postal.isdigit():
        postal = "0" + postal  # a spreadsheet took "01400" for a number
    if postal and not (len(postal) == 5 and postal.isdigit()):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("MemberImport", "postal code “{value}” is not 5 digits"),
                {"value": values[Column.POSTAL_CODE]},
            )
        )
    insee = values.get(Column.INSEE, "").upper()
    if len(insee) == 4 and insee.isdigit():
        insee = "0" + insee
    if insee and not re.fullmatch(r"\d[\dAB]\d{3}", insee):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("MemberImport", "INSEE code “{value}” is not a commune code"),
                {"value": values[Column.INSEE]},
            )
        )
    address = values.get(Column.ADDRESS, "")
    if len(address) > 200:
        problems.append(
            Problem(QT_TRANSLATE_NOOP("MemberImport", "the address is longer than 200 characters"))
        )
    registered_on = _date_cell(values, Column.REGISTERED_ON, today, problems)
    if problems:
        return SheetLine(number, None, tuple(problems), family, given)
    assert gender is not None and status is not None and phone is not None
    person = Person(
        family_name=family,
        given_name=given,
        birth_year=birth_year,
        gender=gender,
        status=status,
        commune=values.get(Column.COMMUNE, ""),
        postal_code=postal,
        insee=insee,
        phone=phone,
        email=email,
        address=address,
        registered_on=registered_on,
    )
    return SheetLine(number, person, (), family, given)


_FAMILY = (
    QT_TRANSLATE_NOOP("MemberImport", "no family name"),
    QT_TRANSLATE_NOOP("MemberImport", "the family name “{value}” is not a name"),
    QT_TRANSLATE_NOOP("MemberImport", "the family name is longer than 80 characters"),
)
_GIVEN = (
    QT_TRANSLATE_NOOP("MemberImport", "no given name"),
    QT_TRANSLATE_NOOP("MemberImport", "the given name “{value}” is not a name"),
    QT_TRANSLATE_NOOP("MemberImport", "the given name is longer than 80 characters"),
)


def _check_name(value: str, texts: tuple[str, str, str], problems: list[Problem]) -> None:
    missing, not_a_name, too_long = texts
    if not value:
        problems.append(Problem(missing))
    elif not any(ch.isalpha() for ch in value) or any(
        ch.isdigit() or ch in "@#;=<>" for ch in value
    ):
        problems.append(Problem(not_a_name, {"value": value}))
    elif len(value) > 80:
        problems.append(Problem(too_long))


def _birth_year(values: dict[Column, str], today: date, problems: list[Problem]) -> int | None:
    from_date = _date_cell(values, Column.BIRTH_DATE, today, problems)
    year_text = values.get(Column.BIRTH_YEAR, "")
    year: int | None = None
    if year_text:
        if _YEAR.match(year_text) and OLDEST_BIRTH_YEAR <= int(year_text) <= today.year:
            year = int(year_text)
        else:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "MemberImport",
                        "birth year “{value}” not understood (four digits, {oldest} to {this})",
                    ),
                    {
                        "value": year_text,
                        "oldest": str(OLDEST_BIRTH_YEAR),
                        "this": str(today.year),
                    },
                )
            )
    if from_date is not None:
        if from_date.year < OLDEST_BIRTH_YEAR:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("MemberImport", "birth date “{value}” is before {oldest}"),
                    {"value": values[Column.BIRTH_DATE], "oldest": str(OLDEST_BIRTH_YEAR)},
                )
            )
            return None
        if year is not None and year != from_date.year:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "MemberImport", "the birth date ({date}) and birth year ({year}) disagree"
                    ),
                    {"date": values[Column.BIRTH_DATE], "year": year_text},
                )
            )
        return from_date.year
    return year


def _date_cell(
    values: dict[Column, str], column: Column, today: date, problems: list[Problem]
) -> date | None:
    text = values.get(column, "")
    if not text:
        return None
    day = date_of(text)
    if day is None:
        written = _DATE.match(text.strip())
        if written is not None and len(written.group(3)) == 4:  # well written, no such day
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("MemberImport", "the date “{value}” does not exist"),
                    {"value": text},
                )
            )
            return None
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "MemberImport", "date “{value}” not understood (write it as dd/mm/yyyy)"
                ),
                {"value": text},
            )
        )
        return None
    if day > today:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("MemberImport", "the date “{value}” is in the future"),
                {"value": text},
            )
        )
        return None
    return day


def date_of(text: str) -> date | None:
    """A date as French spreadsheets write it: dd/mm/yyyy (also with "." or "-", one-digit
    day or month), or yyyy-mm-dd. Two-digit years are refused: "05" may be 1905 or 2005."""
    text = text.strip()
    match = _DATE.match(text)
    if match is not None:
        day, month, year = match.groups()
        if len(year) != 4:
            return None
        parts = (int(year), int(month), int(day))
    else:
        iso = _ISO_DATE.match(text)
        if iso is None:
            return None
        parts = (int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    try:
        return date(*parts)
    except ValueError:
        return None


def status_of(text: str) -> Status | None:
    """The member status a spreadsheet's word means; "" is "other"; None when not understood."""
    folded = fold(text)
    if not folded:
        return Status.OTHER
    for words, status in _STATUS_WORDS:
        for word in words:
            if folded == word or (len(word) > 3 and folded.startswith(word)):
                return status
    return None


def phone_of(text: str) -> str | None:
    """A phone number as the desk keeps it ("06 12 34 56 78", or "+44 …" from abroad); "" when
    empty; None when it is not a number. A French mobile that lost its leading 0 in a
    spreadsheet ("612345678") gets it back."""
    bare = _PHONE_NOISE.sub("", text)
    if not bare:
        return ""
    if bare.startswith("+33") or bare.startswith("0033"):
        bare = "0" + bare.removeprefix("+33").removeprefix("0033").removeprefix("0")
    if bare.startswith("+"):
        digits = bare[1:]
        if digits.isdigit() and 8 <= len(digits) <= 15:
            return "+" + digits
        return None
    if not bare.isdigit():
        return None
    if len(bare) == 9 and bare[0] in "1234567":
        bare = "0" + bare
    if len(bare) != 10 or not bare.startswith("0"):
        return None
    return " ".join(bare[i : i + 2] for i in range(0, 10, 2))
