"""`lam-desk sessions` and `lam-desk print attendance-sheet|certificate`: the training
séances of the network, their attendance sheets and the learners' certificates, from the
command line (DESIGN.md §8).

Like the other commands, each opens the data folder itself (refused while the desk holds it).
Printing a sheet writes: a new sheet number is kept on its séance, with its content hash. The
audit log names the command line ``cli:<os user>``.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.paths import AppPaths

if TYPE_CHECKING:
    from lam_desk.services.dto_training import EnrolmentRow, SessionRow

EXIT_OK = 0
DEFAULT_WEEKS = 8


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    sessions = commands.add_parser(
        "sessions",
        parents=[common],
        help=translate("CommandLine", "List training sessions (--json)."),
        description=translate(
            "CommandLine",
            "List the training sessions of the network (or of one site) between two days: "
            "course, run, site, day, times, capacity, enrolled and waiting, closed or not. "
            "Without --from and --to: from today, for {weeks} weeks.",
        ).format(weeks=DEFAULT_WEEKS),
    )
    sessions.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "one JSON list of objects, for other programs"),
    )
    sessions.add_argument(
        "--enrolments",
        action="store_true",
        help=translate(
            "CommandLine",
            "with each session, its run's enrolments (ids for print certificate --enrolment)",
        ),
    )
    sessions.add_argument(
        "--site",
        metavar=translate("CommandLine", "CODE"),
        help=translate("CommandLine", "only the sessions of this site (BED, LUN…)"),
    )
    sessions.add_argument(
        "--from",
        dest="first_day",
        type=_day,
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "first day (default: today)"),
    )
    sessions.add_argument(
        "--to",
        dest="last_day",
        type=_day,
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "last day, included"),
    )

    printing = commands.add_parser(
        "print",
        parents=[common],
        help=translate("CommandLine", "Print attendance sheets and certificates to PDF."),
    )
    documents = printing.add_subparsers(
        dest="document", metavar=translate("CommandLine", "DOCUMENT"), required=True
    )
    sheet = documents.add_parser(
        "attendance-sheet",
        parents=[common],
        help=translate(
            "CommandLine", "the attendance sheet of a session, or of every session of a run"
        ),
    )
    which = sheet.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help=translate("CommandLine", "the session's id"))
    which.add_argument(
        "--run", metavar="ID", help=translate("CommandLine", "a run's id: one sheet per session")
    )
    sheet.add_argument(
        "--blank",
        action="store_true",
        help=translate("CommandLine", "no names: every row left for the learners to write in"),
    )
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=_out_help())
    cert = documents.add_parser(
        "certificate",
        parents=[common],
        help=translate("CommandLine", "a learner's certificate, from locked attendance"),
    )
    cert.add_argument(
        "--enrolment",
        required=True,
        metavar="ID",
        help=translate("CommandLine", "the enrolment's id"),
    )
    cert.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=_out_help())


def _out_help() -> str:
    return translate("CommandLine", "the PDF file to write")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "a date such as 2026-03-09, not {text}").format(text=text)
        ) from None


def _site_id(code: str) -> str:
    from lam_desk.domain import network

    known = {s.code: s.id for s in network.SITES}
    found = known.get(code.strip().upper())
    if found is None:
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP("CommandLine", "No site has the code {code}: use one of {codes}."),
            code=code,
            codes=", ".join(known),
        )
    return found


# --- sessions --------------------------------------------------------------------------------


def run_sessions(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.cli_members import _desk
    from lam_desk.domain.wallclock import paris_today
    from lam_desk.services import training

    first = args.first_day or paris_today()
    last = args.last_day or first + timedelta(weeks=DEFAULT_WEEKS)
    if last < first:
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP("CommandLine", "--to must not come before --from."),
        )
    site_id = _site_id(args.site) if args.site else None
    with _desk(paths) as (database, site, _served), database.read() as session:
        rows = training.sessions_between(session, first, last, site_id=site_id)
        codes = _site_codes(session)
        enrolments: dict[str, list[EnrolmentRow]] = {}
        if args.enrolments:
            for run_id in dict.fromkeys(row.run_id for row in rows):
                enrolments[run_id] = training.enrolments(session, run_id, viewer_site_id=site.id)
    if args.json:
        objects = [_as_json(row, codes) for row in rows]
        if args.enrolments:
            for row, obj in zip(rows, objects, strict=True):
                obj["enrolments"] = [_enrolment_json(e) for e in enrolments[row.run_id]]
        print(json.dumps(objects, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_table(rows, codes, enrolments)
    return EXIT_OK


def _enrolment_json(row: EnrolmentRow) -> dict[str, object]:
    return {
        "id": row.id,
        "member": row.member_name,
        "card": row.card_number,
        "state": row.state.value,
        "waitlist_position": row.waitlist_position,
    }


def _site_codes(session: Any) -> dict[str, str]:
    from lam_desk.services import node

    return {site.id: site.code for site in node.list_sites(session)}


def _as_json(row: SessionRow, codes: dict[str, str]) -> dict[str, object]:
    return {
        "id": row.id,
        "course": {"code": row.course_code, "title": row.course_title},
        "run": {"id": row.run_id, "label": row.run_label},
        "module": row.module_title,
        "site": codes.get(row.site_id, ""),
        "day": row.day.isoformat(),
        "start": row.slots[0].start if row.slots else None,
        "end": row.slots[-1].end if row.slots else None,
        "half_days": [
            {"half_day": s.half_day.value, "start": s.start, "end": s.end} for s in row.slots
        ],
        "trainer": row.trainer_name,
        "capacity": row.capacity,
        "enrolled": row.seats.enrolled,
        "waitlisted": row.seats.waitlisted,
        "closed": row.closed,
        "sheet_number": row.sheet_number,
    }


def _print_table(
    rows: list[SessionRow],
    codes: dict[str, str],
    enrolments: dict[str, list[EnrolmentRow]] | None = None,
) -> None:
    if not rows:
        print(translate("CommandLine", "No training session in these days."))
        return
    heads = (
        translate("CommandLine", "Day"),
        translate("CommandLine", "Times"),
        translate("CommandLine", "Site"),
        translate("CommandLine", "Course"),
        translate("CommandLine", "Seats"),
        translate("CommandLine", "Waiting"),
        translate("CommandLine", "Session"),
    )
    lines = []
    closed = translate("CommandLine", "closed")
    for row in rows:
        times = " ".join(f"{s.start}-{s.end}" for s in row.slots)
        title = f"{row.course_code} {row.module_title or row.run_label}".strip()
        lines.append(
            (
                row.day.strftime("%d/%m/%Y"),
                times,
                codes.get(row.site_id, ""),
                title[:40],
                f"{row.seats.enrolled}/{row.capacity}",
                str(row.seats.waitlisted),
                row.id + (f" ({closed})" if row.closed else ""),
            )
        )
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(heads)]
    print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(heads)).rstrip())
    for row, line in zip(rows, lines, strict=True):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        for enrolment in (enrolments or {}).get(row.run_id, []):
            print(
                f"    {enrolment.id}  {enrolment.member_name}  {enrolment.card_number}  "
                + _state_text(enrolment)
            )


def _state_text(row: EnrolmentRow) -> str:
    from lam_desk.services.dto_training import EnrolmentState

    if row.state is EnrolmentState.WAITLISTED:
        return translate("CommandLine", "waitlist no. {n}").format(n=row.waitlist_position)
    if row.state is EnrolmentState.CANCELLED:
        return translate("CommandLine", "cancelled")
    return translate("CommandLine", "enrolled")


# --- print -----------------------------------------------------------------------------------


def run_print(args: argparse.Namespace, paths: AppPaths) -> int:
    documents: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
        "attendance-sheet": _print_sheet,
        "certificate": _print_certificate,
    }
    return documents[args.document](args, paths)


def _check_out(out: Path) -> Path:
    out = out.expanduser()
    if out.is_dir() or not out.parent.is_dir():
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP(
                "CommandLine", "Cannot write {file}: give a file in a folder that exists."
            ),
            file=str(out),
        )
    return out


def _write_pdf(out: Path, render: Callable[[Path], int]) -> int:
    """Render to a file beside ``out``, then put it in place: a failure leaves no half PDF."""
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        pages = render(partial)
        partial.replace(out)
    except OSError:
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP("CommandLine", "Cannot write {file}."),
            file=str(out),
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _print_sheet(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.cli import cli_actor
    from lam_desk.cli_members import _desk
    from lam_desk.reports.attendance_sheet import attendance_sheet_pdf
    from lam_desk.services import training

    out = _check_out(args.out)
    with _desk(paths) as (database, _site, _served), database.write() as session:
        if args.run and args.blank:
            sheets = [
                training.attendance_sheet(session, cli_actor(), row.id, blank=True)
                for row in _sessions_of(session, args.run)
            ]
        elif args.run:
            sheets = training.run_sheets(session, cli_actor(), args.run)
        else:
            sheets = [
                training.attendance_sheet(session, cli_actor(), args.session, blank=args.blank)
            ]
        if not sheets:
            raise UserError(
                "CommandLine",
                QT_TRANSLATE_NOOP("CommandLine", "This run has no session yet: no sheet to print."),
            )
        pages = _write_pdf(out, lambda target: attendance_sheet_pdf(sheets, target))
    numbers = ", ".join(sheet.sheet_number for sheet in sheets)
    print(
        translate("CommandLine", "Written: {file} (sheet {numbers}, pages: {pages}).").format(
            file=out, numbers=numbers, pages=pages
        )
    )
    return EXIT_OK


def _print_certificate(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.cli import cli_actor
    from lam_desk.cli_members import _desk
    from lam_desk.reports.certificate import certificate_pdf
    from lam_desk.services import training

    out = _check_out(args.out)
    with _desk(paths) as (database, _site, _served), database.read() as session:
        data = training.certificate(session, cli_actor(), args.enrolment)
    _write_pdf(out, lambda target: certificate_pdf(data, target))
    print(
        translate("CommandLine", "Written: {file} (certificate {reference}).").format(
            file=out, reference=data.reference
        )
    )
    return EXIT_OK


def _sessions_of(session: Any, run_id: str) -> list[SessionRow]:
    from lam_desk.services import training

    training.get_run(session, run_id)  # refused when there is no such run
    return training.run_sessions(session, run_id)
