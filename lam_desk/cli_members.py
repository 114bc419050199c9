"""`lam-desk import members`, `lam-desk members export|erase`, `lam-desk purge`: members
imported from a spreadsheet, and personal data (DESIGN.md §6, §8), from the command line.

Every command opens the data folder itself, so it refuses while the desk holds it (the lock),
like ``restore``. The audit log names the command line ``cli:<os user>``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.paths import AppPaths

if TYPE_CHECKING:
    from lam_desk.db.engine import Database
    from lam_desk.services.dto import ImportReport, PurgePreview, SiteRow

EXIT_OK = 0


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    importing = commands.add_parser(
        "import",
        parents=[common],
        help=translate("CommandLine", "Import members from a spreadsheet (CSV)."),
        description=translate(
            "CommandLine",
            "Import members from a spreadsheet saved as CSV (“;” or “,” separator, UTF-8 or "
            "Windows-1252, dates as dd/mm/yyyy, French column names such as Nom, Prénom, Date "
            "de naissance, Commune, Code postal, Téléphone, Courriel, Situation, Sexe). Each "
            "line is created, matched to a member already registered, or refused with its "
            "reason. All or nothing: one refused line and nothing is imported, unless "
            "--valid-only is given.",
        ),
    )
    kinds = importing.add_subparsers(
        dest="kind", metavar=translate("CommandLine", "WHAT"), required=True
    )
    members_import = kinds.add_parser(
        "members", parents=[common], help=translate("CommandLine", "members, from a CSV file")
    )
    members_import.add_argument("file", type=Path, metavar=translate("CommandLine", "FILE.csv"))
    members_import.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(
            "CommandLine", "say what would be created, matched and refused; write nothing"
        ),
    )
    members_import.add_argument(
        "--valid-only",
        action="store_true",
        help=translate("CommandLine", "import the valid lines and leave the refused ones out"),
    )

    members = commands.add_parser(
        "members",
        parents=[common],
        help=translate("CommandLine", "Export or erase everything about a member."),
    )
    actions = members.add_subparsers(
        dest="action", metavar=translate("CommandLine", "ACTION"), required=True
    )
    export = actions.add_parser(
        "export",
        parents=[common],
        help=translate("CommandLine", "write everything about a member as JSON and PDF"),
    )
    export.add_argument("member", metavar=translate("CommandLine", "MEMBER"), help=_member_help())
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("CommandLine", "DIR"),
        help=translate("CommandLine", "folder to write the two files into"),
    )
    erase = actions.add_parser(
        "erase",
        parents=[common],
        help=translate("CommandLine", "erase a member (asks to confirm)"),
    )
    erase.add_argument("member", metavar=translate("CommandLine", "MEMBER"), help=_member_help())
    erase.add_argument(
        "--yes", action="store_true", help=translate("CommandLine", "do not ask for confirmation")
    )

    purge = commands.add_parser(
        "purge",
        parents=[common],
        help=translate("CommandLine", "Purge members inactive for too long (--dry-run first)."),
        description=translate(
            "CommandLine",
            "Erase the members of this desk's sites with no visit, booking, enrolment or "
            "attendance, and not registered, for the given number of years. Run it with "
            "--dry-run first to see who goes. Activity kept only at other sites' desks is not "
            "seen here: run it on the coordinator's desk for the whole network.",
        ),
    )
    purge.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "list who would be erased; erase nobody"),
    )
    purge.add_argument(
        "--years",
        type=int,
        default=3,
        metavar="N",
        help=translate("CommandLine", "inactive for N years (default: 3)"),
    )
    purge.add_argument(
        "--yes", action="store_true", help=translate("CommandLine", "do not ask for confirmation")
    )


def _member_help() -> str:
    return translate("CommandLine", "the member's card number (BED-…) or id")


@contextmanager
def _desk(paths: AppPaths) -> Iterator[tuple[Database, SiteRow, tuple[str, ...]]]:
    """The data folder locked (refused while the desk is open), the store open, this desk's
    site and the sites it serves."""
    from lam_desk.services import node
    from lam_desk.store import lock_data_folder, open_database

    if not paths.database.exists():
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP("CommandLine", "There is no database in {folder} yet."),
            folder=str(paths.data_dir),
        )
    lock = lock_data_folder(paths)
    try:
        database = open_database(paths.database)
        try:
            with database.read() as session:
                info = node.node_info(session)
            if info.home_site is None:
                raise UserError(
                    "CommandLine",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "This desk has no site yet: open the desk to set it up."
                    ),
                )
            yield database, info.home_site, tuple(s.id for s in info.served_sites)
        finally:
            database.close()
    finally:
        lock.release()


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP(
                "CommandLine", "Nothing was done: confirm with --yes (no one can answer here)."
            ),
        )
    answer = input(question + " " + translate("CommandLine", "[type yes to confirm] "))
    if answer.strip().lower() not in {"yes", "oui", translate("CommandLine", "yes").lower()}:
        raise UserError("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "Nothing was done."))


# --- import ----------------------------------------------------------------------------------


def run_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.cli import cli_actor
    from lam_desk.services import imports

    data = imports.read_file_bytes(str(args.file))
    actor = cli_actor()
    with _desk(paths) as (database, site, _served):
        try:
            with database.write() as session:
                report = imports.import_members(
                    session,
                    data,
                    file_name=args.file.name,
                    home_site_id=site.id,
                    actor=actor,
                    dry_run=args.dry_run,
                    valid_only=args.valid_only,
                )
        except imports.ImportRefusedError as refused:
            _print_report(refused.report)
            raise
    _print_report(report)
    if args.dry_run:
        print(translate("CommandLine", "Dry run: nothing was written."))
    return EXIT_OK


def _print_report(report: ImportReport) -> None:
    from lam_desk.services.dto import ImportOutcome

    print(
        translate("CommandLine", "File {file}: {encoding}, separator “{separator}”.").format(
            file=report.file_name,
            encoding=report.encoding,
            separator="tab" if report.delimiter == "\t" else report.delimiter,
        )
    )
    if report.ignored_columns:
        print(
            translate("CommandLine", "Columns left out: {columns}.").format(
                columns=", ".join(report.ignored_columns)
            )
        )
    words = {
        ImportOutcome.CREATED: translate("CommandLine", "created"),
        ImportOutcome.MATCHED: translate("CommandLine", "matched"),
        ImportOutcome.REFUSED: translate("CommandLine", "refused"),
    }
    width = max(len(w) for w in words.values())
    for line in report.lines:
        who = f"{line.family_name.upper()} {line.given_name}".strip() or "—"
        if line.birth_year:
            who += f" ({line.birth_year})"
        if line.outcome is ImportOutcome.REFUSED:
            detail = "; ".join(note.text for note in line.reasons)
        elif line.outcome is ImportOutcome.MATCHED:
            detail = translate("CommandLine", "already registered: {card}").format(
                card=line.card_number
            )
        else:
            detail = line.commune + (f" → {line.card_number}" if line.card_number else "")
        notes = "".join(f" [{note.text}]" for note in line.notes)
        label = translate("CommandLine", "line {line}").format(line=line.line)
        print(f"{label:<10} {words[line.outcome]:<{width}}  {who}: {detail}{notes}")
    print(
        translate("CommandLine", "{created} created, {matched} matched, {refused} refused.").format(
            created=report.count(ImportOutcome.CREATED),
            matched=report.count(ImportOutcome.MATCHED),
            refused=report.count(ImportOutcome.REFUSED),
        )
    )


# --- members export | erase ------------------------------------------------------------------


def run_members(args: argparse.Namespace, paths: AppPaths) -> int:
    actions: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
        "export": _export,
        "erase": _erase,
    }
    return actions[args.action](args, paths)


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.cli import cli_actor
    from lam_desk.reports.member_export import save_export
    from lam_desk.services import privacy

    out = args.out.expanduser()
    if out.exists() and not out.is_dir():
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP("CommandLine", "{folder} is not a folder."),
            folder=str(out),
        )
    with _desk(paths) as (database, site, _served):
        with database.write() as session:
            member_id = privacy.find_member_id(session, args.member)
            record = privacy.export_member(session, cli_actor(), member_id, site_id=site.id)
        json_path, pdf_path = save_export(record, out)
    print(translate("CommandLine", "Written: {file}").format(file=json_path))
    print(translate("CommandLine", "Written: {file}").format(file=pdf_path))
    return EXIT_OK


def _erase(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.cli import cli_actor
    from lam_desk.services import members, privacy

    with _desk(paths) as (database, site, _served):
        with database.read() as session:
            member_id = privacy.find_member_id(session, args.member)
            card = members.get_member(session, member_id)
        if card is None:
            raise UserError(
                "CommandLine",
                QT_TRANSLATE_NOOP("CommandLine", "This member was erased or merged already."),
            )
        _confirm(
            translate(
                "CommandLine",
                "Erase {name}, card {card}? Their card and contact are wiped on every desk; "
                "visits stay in the statistics without their name. This cannot be undone.",
            ).format(name=f"{card.family_name.upper()} {card.given_name}", card=card.card_number),
            args.yes,
        )
        with database.write() as session:
            done = privacy.erase_member(session, cli_actor(), member_id, site_id=site.id)
    print(translate("CommandLine", "Member {card} erased.").format(card=done.card_number))
    if done.restricted_until is not None:
        print(
            translate(
                "CommandLine",
                "Their name stays, restricted, on the attendance of funded training until {day}.",
            ).format(day=done.restricted_until.strftime("%d/%m/%Y"))
        )
    return EXIT_OK


# --- purge -----------------------------------------------------------------------------------


def run_purge(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.cli import cli_actor
    from lam_desk.services import privacy

    actor = cli_actor()
    with _desk(paths) as (database, site, served):
        with database.read() as session:
            preview = privacy.purge_preview(
                session, actor, served_site_ids=served, years=args.years
            )
        _print_preview(preview)
        if args.dry_run:
            print(translate("CommandLine", "Dry run: nobody was erased."))
            return EXIT_OK
        if not preview.candidates and not preview.restrictions_ended:
            return EXIT_OK
        count = len(preview.candidates)  # (a plain name: lupdate skips calls in a count)
        _confirm(
            translate("CommandLine", "Erase these members ({count})?").format(count=count), args.yes
        )
        with database.write() as session:
            done = privacy.purge_members(
                session,
                actor,
                served_site_ids=served,
                site_id=site.id,
                years=args.years,
                shown=[c.member_id for c in preview.candidates],
            )
    erased = done.erased  # (a plain name: lupdate skips a call whose count is an attribute)
    print(translate("CommandLine", "Members erased: {count}.").format(count=erased))
    return EXIT_OK


def _print_preview(preview: PurgePreview) -> None:
    count = len(preview.candidates)  # (a plain name: lupdate skips calls in a count)
    print(
        translate(
            "CommandLine", "Members with no activity since {day} ({years} years): {count}."
        ).format(day=preview.cutoff.strftime("%d/%m/%Y"), years=preview.years, count=count)
    )
    for c in preview.candidates:
        print(
            f"  {c.card_number:<12} {c.family_name.upper()} {c.given_name} — {c.home_site} — "
            + translate("CommandLine", "last seen {day}").format(
                day=c.last_activity.strftime("%d/%m/%Y")
            )
        )
    ended = preview.restrictions_ended
    if ended:
        print(
            translate(
                "CommandLine",
                "Erased members whose funded training need not be kept any longer (their "
                "names go too): {count}.",
            ).format(count=ended)
        )
