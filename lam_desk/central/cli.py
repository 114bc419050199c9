"""`lam-desk central init|add-site|revoke|status`: the central store from the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, datetime
from typing import Any

from lam_desk.i18n import QT_TRANSLATE_NOOP, translate

URL_VARIABLE = "LAM_DESK_CENTRAL_URL"

HELP = QT_TRANSLATE_NOOP(
    "CommandLine", "Administer the central store: init, add-site, status, revoke."
)


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The ``central`` command and its subcommands."""
    central = commands.add_parser(
        "central",
        parents=[common],
        help=translate("CommandLine", HELP),
        description=translate(
            "Central",
            "Administer the network's central PostgreSQL store. The administrator's login "
            "needs CREATEROLE and ownership of the database, not superuser rights. Its "
            "password comes from the URL, PGPASSWORD or standard input; it is never stored.",
        ),
    )
    url = argparse.ArgumentParser(add_help=False)
    url.add_argument(
        "--url",
        default=os.environ.get(URL_VARIABLE),
        required=URL_VARIABLE not in os.environ,
        metavar="URL",
        help=translate(
            "Central",
            "the central store as a PostgreSQL URL, e.g. "
            "postgresql://lam_admin@host/lam_central?sslmode=verify-full "
            "(default: the LAM_DESK_CENTRAL_URL variable)",
        ),
    )
    actions = central.add_subparsers(
        dest="central_command", metavar=translate("Central", "ACTION"), required=True
    )
    init = actions.add_parser(
        "init",
        parents=[common, url],
        help=translate(
            "Central", "create the central store, or bring it up to date (safe to run again)"
        ),
    )
    init.add_argument(
        "--new-incarnation",
        action="store_true",
        help=translate(
            "Central",
            "after restoring the store from a backup (pg_dump/restore, a point in time) or "
            "moving it: every desk sends its recent changes again and resyncs",
        ),
    )
    add_site = actions.add_parser(
        "add-site",
        parents=[common, url],
        help=translate("Central", "create the login of a site; its password is shown once, here"),
    )
    add_site.add_argument(
        "code", metavar="CODE", help=translate("Central", "the site's code, e.g. BED")
    )
    add_site.add_argument(
        "--coordinator",
        action="store_true",
        help=translate("Central", "the coordinator's login: it receives every site's rows"),
    )
    revoke = actions.add_parser(
        "revoke",
        parents=[common, url],
        help=translate("Central", "revoke the login of a site: it can no longer connect"),
    )
    revoke.add_argument("code", metavar="CODE", help=translate("Central", "the site's code"))
    actions.add_parser(
        "status",
        parents=[common, url],
        help=translate(
            "Central", "list the desks with their last push and pull and what waits for them"
        ),
    )


def run(args: argparse.Namespace) -> int:
    from lam_desk.central import admin

    url: str = args.url
    password = _administrator_password(url)
    action = args.central_command
    if action == "init":
        renew = bool(getattr(args, "new_incarnation", False))
        report = admin.init_store(url, password, new_incarnation=renew)
        print(
            translate(
                "Central",
                "Central store ready at {where}: schema version {version}, {entities} synced "
                "tables.",
            ).format(where=admin.describe(url), version=report.version, entities=report.entities)
        )
        if renew and report.migrated_from > 0:
            print(
                translate(
                    "Central",
                    "New incarnation {incarnation}: each desk sends its recent changes again "
                    "and resyncs at its next synchronisation.",
                ).format(incarnation=report.incarnation)
            )
    elif action == "add-site":
        login = admin.add_site(url, args.code, coordinator=args.coordinator, password=password)
        print(translate("Central", "Site: {code}").format(code=login.site_code))
        print(translate("Central", "Login: {role}").format(role=login.role_name))
        print(translate("Central", "Password: {password}").format(password=login.password))
        print(
            translate(
                "Central",
                "Give this password to the site's desk now: it is shown only this once.",
            )
        )
    elif action == "revoke":
        role = admin.revoke_site(url, args.code, password)
        print(translate("Central", "Login {role} revoked.").format(role=role))
    else:
        _print_status(admin.store_status(url, password))
    return 0


def _administrator_password(url: str) -> str | None:
    """From the URL or PGPASSWORD (libpq reads them itself), else from standard input."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        if conninfo_to_dict(url).get("password") or os.environ.get("PGPASSWORD"):
            return None
    except Exception:  # a bad URL is reported when connecting
        return None
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        return getpass.getpass(translate("Central", "Password of the administrator's login: "))
    line = sys.stdin.readline().rstrip("\r\n")
    return line or None


def _print_status(status: Any) -> None:
    print(
        translate("Central", "Schema version {version}, incarnation {incarnation}.").format(
            version=status.version, incarnation=status.incarnation
        )
    )
    print(
        translate("Central", "{changes} changes logged, {conflicts} conflicts recorded.").format(
            changes=status.changes, conflicts=status.conflicts
        )
    )
    from lam_desk.central.admin import HELD_BACK_WARNING_S

    held = status.held_back_s
    if held is not None and held > HELD_BACK_WARNING_S:
        print(
            translate(
                "Central",
                "Pulls are held back: a change committed {minutes} min ago waits behind a "
                "transaction still open (see pg_stat_activity; a site's login ends its own "
                "after 60 s idle).",
            ).format(minutes=int(held // 60))
        )
    never = translate("Central", "never")

    def when(moment: datetime | None) -> str:
        return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if moment else never

    print(translate("Central", "Logins:"))
    if not status.logins:
        print("  " + translate("Central", "none yet (central add-site CODE)"))
    for login in status.logins:
        state = (
            translate("Central", "revoked {date}").format(date=f"{login.revoked_at:%Y-%m-%d}")
            if login.revoked_at
            else translate("Central", "active")
        )
        kind = translate("Central", "coordinator") if login.coordinator else ""
        print(f"  {login.site_code:<4} {login.role_name:<20} {state} {kind}".rstrip())
    print(translate("Central", "Desks:"))
    if not status.nodes:
        print("  " + translate("Central", "none has synced yet"))
    header = translate("Central", "node | site | last push | last pull | changes waiting")
    if status.nodes:
        print("  " + header)
    for node in status.nodes:
        push, pull = when(node.last_push_at), when(node.last_pull_at)
        print(f"  {node.node_id} | {node.site_code} | {push} | {pull} | {node.waiting}")
