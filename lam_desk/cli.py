"""`lam-desk`: the desk with no command, the same services from the command line (DESIGN.md §8).

Exit codes: 0 done, 1 refused (bad input, a rule, a lock), 2 usage, 3 unexpected error; the
message is one line on standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lam_desk import __version__
from lam_desk.errors import LamDeskError, UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.paths import AppPaths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3


# Commands of DESIGN.md §8 that later parts of the product bring, with the part that brings them.
_LATER: dict[str, tuple[str, str]] = {
    "export": (
        QT_TRANSLATE_NOOP("CommandLine", "Export data (members, activity)."),
        QT_TRANSLATE_NOOP("CommandLine", "member management and the desk's day"),
    ),
}


# argparse's own words, marked for lupdate; argparse looks them up through its module-level
# gettext alias, which the command line points at Qt's translations (install_argparse_words).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "argument %s: not allowed with argument %s"),
)


def install_argparse_words() -> None:
    """Make argparse speak the desk's language (its words are looked up when used)."""
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        hint = translate("CommandLine", "see “{command} --help”").format(command=self.prog)
        sys.stderr.write(f"{self.prog}: {message} ({hint})\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=translate("CommandLine", "data folder of the desk (default: the user's data folder)"),
    )
    parser = _Parser(
        prog="lam-desk",
        description=translate(
            "CommandLine",
            "LAM Desk, the reception desk of the network's public digital access points. "
            "With no command, opens the desk.",
        ),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"LAM Desk {__version__}",
        # (Python 3.11's argparse does not translate its own words for this one)
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "CommandLine", "open the desk on the demo network, in its own data folder (never syncs)"
        ),
    )
    parser.add_argument("--selftest", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "COMMAND"))

    commands.add_parser(
        "selftest",
        parents=[common],
        help=translate(
            "CommandLine", "check this installation: database, PDF, translations, keyring"
        ),
    )
    commands.add_parser(
        "backup",
        parents=[common],
        help=translate("CommandLine", "back up the database now (the desk may stay open)"),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate("CommandLine", "replace the database with a backup file"),
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help=translate("CommandLine", "a backup file")
    )
    commands.add_parser(
        "backups", parents=[common], help=translate("CommandLine", "list the backups, newest first")
    )
    _add_demo_data(commands, common)
    from lam_desk.sync import cli as sync_cli

    sync_cli.add_parser(commands, common)
    from lam_desk.central import cli as central_cli

    central_cli.add_parser(commands, common)
    from lam_desk import cli_members

    cli_members.add_parsers(commands, common)
    from lam_desk import cli_training

    cli_training.add_parsers(commands, common)
    for name, (text, part) in _LATER.items():
        commands.add_parser(
            name,
            parents=[common],
            help=translate("CommandLine", text),
            description=translate(
                "CommandLine", "“{command}” is not available yet: it comes with {part}."
            ).format(command=name, part=translate("CommandLine", part)),
        )
    return parser


# The sizes build_demo_network accepts (lam_desk.services.demo.MAX_MEMBERS, MAX_DAYS): written
# here so that building the parser does not import the demo generator.
DEMO_MAX_MEMBERS, DEMO_MAX_DAYS = 500_000, 730


def _add_demo_data(commands: Any, common: argparse.ArgumentParser) -> None:
    demo_data = commands.add_parser(
        "demo-data",
        parents=[common],
        help=translate(
            "CommandLine",
            "write the demo network's database without opening a window "
            "(default: into the demo desk's data folder)",
        ),
    )
    demo_data.add_argument(
        "--members",
        type=_whole_number(1, DEMO_MAX_MEMBERS),
        default=400,
        metavar="N",
        help=translate("CommandLine", "how many members (default: 400)"),
    )
    demo_data.add_argument(
        "--days",
        type=_whole_number(1, DEMO_MAX_DAYS),
        default=30,
        metavar="D",
        help=translate("CommandLine", "how many days of activity, ending today (default: 30)"),
    )


def _whole_number(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("CommandLine", "a whole number from {low} to {high}").format(
                    low=low, high=high
                )
            )
        return value

    return parse


def paths_from(args: argparse.Namespace) -> AppPaths:
    data_dir = getattr(args, "data_dir", None)
    if data_dir is not None:
        return AppPaths.under(data_dir)
    return AppPaths.for_user(demo=bool(getattr(args, "demo", False)))


def run(argv: Sequence[str]) -> int:
    _keep_log_off_stderr()
    if not _is_command_line(argv):
        # The desk itself: its two options are read here, without building every command's
        # parser (the window's start is budgeted, DESIGN.md §9).
        args = _desk_options(argv)
        command = None
    else:
        _install_cli_translations()
        install_argparse_words()
        parser = build_parser()
        args, extra = parser.parse_known_args(list(argv))
        if extra and getattr(args, "command", None) not in _LATER:
            parser.error(translate("argparse", "unrecognized arguments: %s") % " ".join(extra))
        command = args.command or ("selftest" if args.selftest else None)
    try:
        if command is None:
            from lam_desk.app import run_desk

            return run_desk(paths_from(args), demo=args.demo)
        _log_to_file(paths_from(args))
        handler = _HANDLERS.get(command)
        if handler is None:
            _text, part = _LATER[command]
            raise UserError(
                "CommandLine",
                QT_TRANSLATE_NOOP(
                    "CommandLine", "“{command}” is not available yet: it comes with {part}."
                ),
                command=command,
                part=translate("CommandLine", part),
            )
        return handler(args)
    except UserError as error:
        _say(error.message)
        return EXIT_REFUSED
    except LamDeskError as error:
        _say(translate("CommandLine", "Refused: {reason}").format(reason=error))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except Exception as error:
        log.exception("unexpected error in command %s", command)
        _say(
            translate("CommandLine", "Unexpected error ({kind}); see the log.").format(
                kind=type(error).__name__
            )
        )
        return EXIT_UNEXPECTED


def _is_command_line(argv: Sequence[str]) -> bool:
    """True unless the desk window is being opened (which installs its own translations):
    anything beyond ``--demo`` and ``--data-dir DIR`` is the command line speaking."""
    words = list(argv)
    while words:
        word = words.pop(0)
        if word == "--demo" or word.startswith("--data-dir="):
            continue
        if word == "--data-dir" and words:
            words.pop(0)
            continue
        return True
    return False


def _desk_options(argv: Sequence[str]) -> argparse.Namespace:
    """``--demo`` and ``--data-dir DIR`` (the only words _is_command_line lets through)."""
    options = argparse.Namespace(demo="--demo" in argv)
    words = list(argv)
    for index, word in enumerate(words):
        if word.startswith("--data-dir="):
            options.data_dir = Path(word.partition("=")[2])
        elif word == "--data-dir" and index + 1 < len(words):
            options.data_dir = Path(words[index + 1])
    return options


def _keep_log_off_stderr() -> None:
    """Standard error carries the one-line message only: until the log file is set up, logged
    warnings go nowhere rather than to the console (Python's last-resort handler)."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _log_to_file(paths: AppPaths) -> None:
    """Commands log to the data folder's log file (what "see the log" points to)."""
    from lam_desk.logs import setup_logging

    with contextlib.suppress(OSError):  # an unusable folder is reported by the command itself
        setup_logging(paths.log_dir, console=False)


def _say(message: str) -> None:
    # One line; non-breaking spaces of French typography stay as they are.
    sys.stderr.write(re.sub(r"[ \t\r\n]+", " ", message).strip() + "\n")


def _install_cli_translations() -> None:
    """French by default, English when the settings or LANG say so, as at the desk."""
    try:
        from lam_desk.app import install_translations_for_cli
    except ImportError:  # pragma: no cover - Qt missing: English source texts
        return
    install_translations_for_cli()


# --- commands --------------------------------------------------------------------------------


def _cmd_selftest(args: argparse.Namespace) -> int:
    from lam_desk.selftest import run_selftest

    results = run_selftest(paths_from(args) if getattr(args, "data_dir", None) else None)
    failed = False
    for check in results:
        mark = "-- " if check.skipped else ("ok " if check.ok else "FAIL")
        print(f"{mark} {check.name}: {check.detail}")
        failed = failed or not (check.ok or check.skipped)
    return EXIT_UNEXPECTED if failed else EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from lam_desk.db import backup
    from lam_desk.settings import load_settings

    paths = paths_from(args)
    if not paths.database.exists():
        raise UserError(
            "CommandLine",
            QT_TRANSLATE_NOOP("CommandLine", "There is no database in {folder} yet."),
            folder=str(paths.data_dir),
        )
    settings = load_settings(paths.settings_file)
    made = backup.make_backup(paths.database, paths.backup_dir, keep=settings.backup_keep)
    print(translate("CommandLine", "Backup written: {file}").format(file=made.path))
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from lam_desk.db import backup

    for item in backup.list_backups(paths_from(args).backup_dir):
        print(f"{item.taken_at:%Y-%m-%d %H:%M:%S} UTC  {item.size:>12,d}  {item.path}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from lam_desk.store import lock_data_folder, restore_backup

    paths = paths_from(args)
    lock = lock_data_folder(paths)
    try:
        kept = restore_backup(paths, args.file.expanduser().resolve())
    finally:
        lock.release()
    print(translate("CommandLine", "Database restored from {file}.").format(file=args.file))
    if kept is not None:
        print(
            translate("CommandLine", "The previous database was kept as {file}.").format(file=kept)
        )
    return EXIT_OK


# What each count of the demo network is called, in the order the summary prints them.
_DEMO_COUNTS: tuple[tuple[str, str], ...] = (
    ("sites", QT_TRANSLATE_NOOP("CommandLine", "Sites")),
    ("workstations", QT_TRANSLATE_NOOP("CommandLine", "Workstations")),
    ("opening_hours", QT_TRANSLATE_NOOP("CommandLine", "Opening hours")),
    ("closures", QT_TRANSLATE_NOOP("CommandLine", "Closures")),
    ("staff_accounts", QT_TRANSLATE_NOOP("CommandLine", "Staff accounts")),
    ("members", QT_TRANSLATE_NOOP("CommandLine", "Members")),
    ("member_contacts", QT_TRANSLATE_NOOP("CommandLine", "Member contacts")),
    ("visits", QT_TRANSLATE_NOOP("CommandLine", "Visits")),
    ("workstation_uses", QT_TRANSLATE_NOOP("CommandLine", "Workstation uses")),
    ("bookings", QT_TRANSLATE_NOOP("CommandLine", "Bookings")),
    ("queue_entries", QT_TRANSLATE_NOOP("CommandLine", "Queue entries")),
    ("course_runs", QT_TRANSLATE_NOOP("CommandLine", "Course runs")),
    ("training_sessions", QT_TRANSLATE_NOOP("CommandLine", "Training sessions")),
    ("enrolments", QT_TRANSLATE_NOOP("CommandLine", "Enrolments")),
    ("attendance", QT_TRANSLATE_NOOP("CommandLine", "Attendance records")),
    ("events", QT_TRANSLATE_NOOP("CommandLine", "Events")),
    ("service_offers", QT_TRANSLATE_NOOP("CommandLine", "Service offers")),
)


def _cmd_demo_data(args: argparse.Namespace) -> int:
    import time

    from lam_desk.services.demo import build_demo_network
    from lam_desk.store import lock_data_folder, open_database

    data_dir = getattr(args, "data_dir", None)
    paths = AppPaths.under(data_dir) if data_dir is not None else AppPaths.for_user(demo=True)
    lock = lock_data_folder(paths)
    try:
        started = time.perf_counter()
        database = open_database(paths.database)
        try:
            summary = build_demo_network(database, members=args.members, days=args.days)
        finally:
            database.close()
        elapsed = time.perf_counter() - started
    finally:
        lock.release()
    line = translate("CommandLine", "{label}: {count}")
    for key, label in _DEMO_COUNTS:
        print(line.format(label=translate("CommandLine", label), count=getattr(summary, key)))
    print(
        translate("CommandLine", "Demo network written to {file} in {seconds} s.").format(
            file=paths.database, seconds=max(1, round(elapsed))
        )
    )
    return EXIT_OK


def _cmd_central(args: argparse.Namespace) -> int:
    from lam_desk.central import cli as central_cli

    return central_cli.run(args)


def _cmd_import(args: argparse.Namespace) -> int:
    from lam_desk import cli_members

    return cli_members.run_import(args, paths_from(args))


def _cmd_members(args: argparse.Namespace) -> int:
    from lam_desk import cli_members

    return cli_members.run_members(args, paths_from(args))


def _cmd_purge(args: argparse.Namespace) -> int:
    from lam_desk import cli_members

    return cli_members.run_purge(args, paths_from(args))


def _cmd_sessions(args: argparse.Namespace) -> int:
    from lam_desk import cli_training

    return cli_training.run_sessions(args, paths_from(args))


def _cmd_print(args: argparse.Namespace) -> int:
    from lam_desk import cli_training

    return cli_training.run_print(args, paths_from(args))


def _cmd_sync(args: argparse.Namespace) -> int:
    from lam_desk.sync import cli as sync_cli

    return sync_cli.run(args, paths_from(args))


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "selftest": _cmd_selftest,
    "backup": _cmd_backup,
    "backups": _cmd_backups,
    "restore": _cmd_restore,
    "demo-data": _cmd_demo_data,
    "sync": _cmd_sync,
    "central": _cmd_central,
    "import": _cmd_import,
    "members": _cmd_members,
    "purge": _cmd_purge,
    "sessions": _cmd_sessions,
    "print": _cmd_print,
}


def cli_actor() -> str:
    """How the audit log names the command line (DESIGN.md §6)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = os.environ.get("USERNAME", "unknown")
    return f"cli:{user}"
