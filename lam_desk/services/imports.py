"""Members imported from the spreadsheets the sites keep today (CSV), at the desk and from the
command line (``lam-desk import members FILE.csv [--dry-run]``).

Each line of the file is **created** (a new member of this desk's site), **matched** to a
member already in the directory (same name and birth year, the members service's duplicates
rule: nothing of the card is changed), or **refused** with its reasons and line number. A dry
run says all three and writes nothing. The real run is all or nothing, in the caller's one
write transaction: a single refused line and nothing is written — unless the user chose to
import the valid lines only (``valid_only``), which then leaves the refused lines out.

Imported members have no acceptance of the information notice or the house charter on record
(nobody read it to them at the desk): the desk asks for it at their next visit. A child under
15 is refused: their registration needs a parent's authorisation, given at the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from lam_desk.db.models import AuditEntry, Member, MemberContact, Site
from lam_desk.domain import member_import, people
from lam_desk.domain.member_import import Person, SheetError
from lam_desk.domain.wallclock import paris_today
from lam_desk.errors import RefusedError, UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import uuid7
from lam_desk.services import communes, members
from lam_desk.services.communes import CommuneDirectory
from lam_desk.services.dto import (
    CommuneRow,
    DuplicateCandidate,
    ImportLine,
    ImportNote,
    ImportOutcome,
    ImportReport,
    MemberDraft,
)

CONTEXT = "MemberImport"

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


class ImportRefusedError(RefusedError):
    """The real run found refused lines and the user asked for all or nothing: nothing was
    written. ``report`` says which lines and why."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "MemberImport",
                "Nothing was imported: {count} lines are refused. Correct them in the file, "
                "or import the valid lines only.",
            ),
            count=report.count(ImportOutcome.REFUSED),
        )
        self.report = report


@dataclass(frozen=True)
class _Planned:
    line: int
    person: Person | None
    outcome: ImportOutcome
    reasons: tuple[ImportNote, ...]
    notes: tuple[ImportNote, ...]
    commune: CommuneRow | None
    family_name: str
    given_name: str
    matched: DuplicateCandidate | None = None


def read_file_bytes(path: str) -> bytes:
    """The file's bytes, or a clear refusal (missing, a folder, unreadable)."""
    from pathlib import Path

    file = Path(path).expanduser()
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("MemberImport", "There is no file {file}."),
            file=str(file),
        ) from None
    except IsADirectoryError:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("MemberImport", "{file} is a folder, not a CSV file."),
            file=str(file),
        ) from None
    except OSError as error:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("MemberImport", "The file {file} cannot be read ({reason})."),
            file=str(file),
            reason=error.strerror or type(error).__name__,
        ) from None


def import_members(
    session: Session,
    data: bytes,
    *,
    file_name: str,
    home_site_id: str,
    actor: str,
    dry_run: bool,
    valid_only: bool = False,
    today: date | None = None,
) -> ImportReport:
    """Read a members spreadsheet and say, line by line, what importing it does; unless
    ``dry_run``, do it (see the module's text for all or nothing)."""
    today = today or paris_today()
    site = session.get(Site, home_site_id)
    if site is None:
        raise RefusedError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "MemberImport", "This desk has no site yet: set the desk up before importing."
            ),
        )
    try:
        sheet = member_import.read_sheet(data, today=today)
    except SheetError as error:
        raise UserError(CONTEXT, error.source, **error.params) from None
    if not sheet.lines:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("MemberImport", "The file names its columns but lists nobody."),
        )
    directory = communes.directory()
    home = directory.get(site.commune_insee)
    department = home.department_code if home is not None else ""
    planned: list[_Planned] = []
    seen: dict[tuple[str, str, int | None], int] = {}
    for sheet_line in sheet.lines:
        reasons = [ImportNote(CONTEXT, p.source, dict(p.params)) for p in sheet_line.problems]
        person = sheet_line.person
        commune: CommuneRow | None = None
        notes: list[ImportNote] = []
        matched: DuplicateCandidate | None = None
        if person is not None:
            commune, problem = _commune(directory, person, department)
            if problem is not None:
                reasons.append(problem)
            reasons += _member_rules(person, today)
        if person is not None and not reasons:
            key = (
                *people.comparable_name(person.family_name, person.given_name),
                person.birth_year,
            )
            if key in seen:
                reasons.append(
                    ImportNote(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("MemberImport", "the same person as on line {line}"),
                        {"line": seen[key]},
                    )
                )
            else:
                seen[key] = sheet_line.line
                matched, notes = _match(session, person, commune)
        if reasons:
            outcome = ImportOutcome.REFUSED
        elif matched is not None:
            outcome = ImportOutcome.MATCHED
        else:
            outcome = ImportOutcome.CREATED
        planned.append(
            _Planned(
                line=sheet_line.line,
                person=person,
                outcome=outcome,
                reasons=tuple(reasons),
                notes=tuple(notes),
                commune=commune,
                family_name=sheet_line.family_name,
                given_name=sheet_line.given_name,
                matched=matched,
            )
        )
    refused = any(p.outcome is ImportOutcome.REFUSED for p in planned)
    written = not dry_run and (valid_only or not refused)
    made: dict[int, tuple[str, str]] = {}
    if written:
        for plan in planned:
            if plan.outcome is ImportOutcome.CREATED:
                assert plan.person is not None and plan.commune is not None
                made[plan.line] = _create(
                    session,
                    plan.person,
                    plan.commune,
                    site,
                    actor=actor,
                    line=plan.line,
                    today=today,
                )
        session.flush()
    report = ImportReport(
        file_name=file_name,
        encoding=sheet.encoding,
        delimiter=sheet.delimiter,
        columns=tuple(c.value for c in sheet.columns),
        ignored_columns=sheet.ignored_columns,
        lines=tuple(_line(plan, made.get(plan.line)) for plan in planned),
        written=written,
        valid_only=valid_only and written,
    )
    if not dry_run and not written:
        raise ImportRefusedError(report)
    return report


def _line(plan: _Planned, made: tuple[str, str] | None) -> ImportLine:
    person = plan.person
    member_id, card = (None, "")
    if plan.matched is not None:
        member_id, card = plan.matched.member.id, plan.matched.member.card_number
    elif made is not None:
        member_id, card = made
    return ImportLine(
        line=plan.line,
        outcome=plan.outcome,
        family_name=person.family_name if person is not None else plan.family_name,
        given_name=person.given_name if person is not None else plan.given_name,
        birth_year=person.birth_year if person is not None else None,
        commune=plan.commune.name
        if plan.commune is not None
        else (person.commune if person else ""),
        reasons=plan.reasons,
        notes=plan.notes,
        member_id=member_id,
        card_number=card,
    )


def _member_rules(person: Person, today: date) -> list[ImportNote]:
    """The rules of a registration at the desk (lam_desk.domain.people), for this line."""
    reasons: list[ImportNote] = []
    checks: tuple[Callable[[], None], ...] = (
        lambda: people.check_name("family_name", person.family_name),
        lambda: people.check_name("given_name", person.given_name),
        lambda: people.check_birth_year(person.birth_year, today),
        lambda: people.check_contact(person.phone, person.email, person.postal_code),
    )
    for check in checks:
        try:
            check()
        except people.MemberRuleError as error:
            reasons.append(ImportNote("People", error.source, dict(error.params)))
    if people.needs_parental_authorisation(person.birth_year, today):
        reasons.append(
            ImportNote(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "a child under 15: register them at the desk, with a parent's authorisation",
                ),
            )
        )
    return reasons


def _folded_name(text: str) -> str:
    return " ".join(_ABBREVIATIONS.get(w, w) for w in people.fold(text).split())


def _named(communes: list[CommuneRow], name: str) -> list[CommuneRow]:
    """The communes called ``name`` (folded); else those whose name begins with it as whole
    words ("Lunas" for Lunas-les-Châteaux), as people shorten long names."""
    exact = [c for c in communes if _folded_name(c.name) == name]
    return exact or [c for c in communes if _folded_name(c.name).startswith(name + " ")]


def _commune(
    directory: CommuneDirectory, person: Person, department: str
) -> tuple[CommuneRow | None, ImportNote | None]:
    """The commune a line means, from its INSEE code, or its name and/or postal code."""
    if person.insee:
        found = directory.get(person.insee)
        if found is None:
            return None, ImportNote(
                CONTEXT,
                QT_TRANSLATE_NOOP("MemberImport", "no commune has the INSEE code {code}"),
                {"code": person.insee},
            )
        return found, None
    name = _folded_name(person.commune)
    if person.postal_code:
        serving = [
            c
            for c in directory.search(person.postal_code, limit=200)
            if person.postal_code in c.postal_codes
        ]
        if name:
            named = _named(serving, name)
            if len(named) == 1:
                return named[0], None
            return None, ImportNote(
                CONTEXT,
                QT_TRANSLATE_NOOP("MemberImport", "no commune “{name}” has the postal code {code}"),
                {"name": person.commune, "code": person.postal_code},
            )
        if len(serving) == 1:
            return serving[0], None
        if not serving:
            return None, ImportNote(
                CONTEXT,
                QT_TRANSLATE_NOOP("MemberImport", "no commune has the postal code {code}"),
                {"code": person.postal_code},
            )
        return None, ImportNote(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "MemberImport",
                "the postal code {code} serves several communes: add the commune's name",
            ),
            {"code": person.postal_code},
        )
    if not name:
        return None, ImportNote(
            CONTEXT, QT_TRANSLATE_NOOP("MemberImport", "no commune (name or postal code)")
        )
    # Whole or shortened names; the desk's own department first ("Lunas" is Lunas-les-Châteaux
    # in the Hérault before Lunas in the Dordogne), then whole names.
    listed = directory.search(person.commune, limit=400)
    exact = [c for c in listed if _named([c], name)]
    if len(exact) > 1:
        exact = [c for c in exact if c.department_code == department] or exact
    if len(exact) > 1:
        exact = _named(exact, name)
    if len(exact) == 1:
        return exact[0], None
    if not exact:
        return None, ImportNote(
            CONTEXT,
            QT_TRANSLATE_NOOP("MemberImport", "no commune is called “{name}”"),
            {"name": person.commune},
        )
    return None, ImportNote(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "MemberImport", "several communes are called “{name}”: add the postal code"
        ),
        {"name": person.commune},
    )


def _draft(person: Person, commune: CommuneRow | None) -> MemberDraft:
    return MemberDraft(
        family_name=person.family_name,
        given_name=person.given_name,
        birth_year=person.birth_year,
        commune_insee=commune.insee if commune is not None else "",
        status=person.status.value,
        gender=person.gender.value,
        phone=person.phone,
        email=person.email,
        address=person.address,
        postal_code=person.postal_code,
    )


def _match(
    session: Session, person: Person, commune: CommuneRow | None
) -> tuple[DuplicateCandidate | None, list[ImportNote]]:
    """The member this line is, by the members service's duplicates rule: the same name and
    birth year is them; a close spelling, the same phone or e-mail is only pointed out."""
    candidates = members.find_duplicates(session, _draft(person, commune))
    same = [c for c in candidates if people.DuplicateReason.SAME_NAME_AND_YEAR.value in c.reasons]
    notes = [
        ImportNote(
            CONTEXT,
            QT_TRANSLATE_NOOP("MemberImport", "looks like {name} ({card}): {why}"),
            {
                "name": f"{c.member.family_name} {c.member.given_name}",
                "card": c.member.card_number,
                "why": ", ".join(c.reasons),
            },
        )
        for c in candidates
        if c not in same[:1]
    ][:3]
    return (same[0] if same else None), notes


def _create(
    session: Session,
    person: Person,
    commune: CommuneRow,
    site: Site,
    *,
    actor: str,
    line: int,
    today: date,
) -> tuple[str, str]:
    member = Member(
        id=uuid7(),
        card_number=members._next_card_number(session, site.code),
        family_name=people.clean_name(person.family_name),
        given_name=people.clean_name(person.given_name),
        birth_year=person.birth_year,
        gender=person.gender.value,
        commune_insee=commune.insee,
        status=person.status.value,
        home_site_id=site.id,
        registered_on=person.registered_on or today,
        replaced_cards="",
    )
    session.add(member)
    if person.has_contact:
        session.add(
            MemberContact(
                id=uuid7(),
                member_id=member.id,
                home_site_id=site.id,
                phone=person.phone,
                email=person.email,
                address=person.address,
                postal_code=person.postal_code or (commune.postal_code if person.address else ""),
            )
        )
    session.add(
        AuditEntry(
            site_id=site.id,
            at=datetime.now(UTC),
            actor=actor[:80],
            action="member_imported",
            entity="member",
            row_id=member.id,
            reason=f"line {line}",
            changes={},
        )
    )
    return member.id, member.card_number
