"""`lam-desk sync --once`: one sync cycle with the central store, headless (DESIGN.md §8)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.paths import AppPaths

PASSWORD_VARIABLE = "LAM_DESK_SYNC_PASSWORD"

SUMMARY = QT_TRANSLATE_NOOP(
    "Sync",
    "Synchronised: {pushed} changes sent ({applied} applied, {duplicate} already there, "
    "{rejected} refused), {pulled} rows received ({pulled_applied} applied).",
)


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help=translate("CommandLine", "Synchronise with the network's central store."),
        description=translate(
            "CommandLine",
            "Run one synchronisation cycle with the central store: send this desk's changes, "
            "receive the network's. The site's password is read from the environment "
            "variable {variable}, or else from standard input; it is never stored.",
        ).format(variable=PASSWORD_VARIABLE),
    )
    sync.add_argument(
        "--once",
        action="store_true",
        help=translate("CommandLine", "one cycle, then stop (the desk itself syncs continuously)"),
    )
    sync.add_argument(
        "--url",
        metavar="URL",
        help=translate(
            "CommandLine",
            "the central store, postgresql://lam_site_CODE@HOST/DATABASE?sslmode=verify-full "
            "(default: the one this desk used last)",
        ),
    )


def read_password() -> str | None:
    """The site's password: the environment, else standard input (typed unseen at a
    terminal). None when nothing is given (a server that asks for none)."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        typed = getpass.getpass(translate("Sync", "Password of the site's login: "))
    else:
        typed = sys.stdin.readline()
    typed = typed.rstrip("\r\n")
    return typed or None


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from lam_desk.store import lock_data_folder, open_database
    from lam_desk.sync import apply
    from lam_desk.sync.client import run_once

    if not args.once:
        raise UserError(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync", "Add --once: continuous synchronisation runs in the desk itself."
            ),
        )
    lock = lock_data_folder(paths)
    try:
        database = open_database(paths.database)
        try:
            url = args.url
            if not url:
                with database.read() as session:
                    url = apply.read_state(session.connection())["central_url"]
            if not url:
                raise UserError(
                    "Sync",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "This desk has never synchronised: give the central store with --url.",
                    ),
                )
            summary = run_once(database, url, read_password())
        finally:
            database.close()
    finally:
        lock.release()
    print(
        translate("Sync", SUMMARY).format(
            pushed=summary.pushed,
            applied=summary.applied,
            duplicate=summary.duplicate,
            rejected=summary.rejected,
            pulled=summary.pulled,
            pulled_applied=summary.pulled_applied,
        )
    )
    if summary.push_refused_skew_ms is not None:
        raise UserError(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "Changes not sent: this computer's clock is {minutes} min off the central "
                "store's. Set the clock right; the changes are kept.",
            ),
            minutes=round(summary.push_refused_skew_ms / 60000),
        )
    return 0
