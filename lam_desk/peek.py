"""A first look at a desk's database, without the ORM, so the window shows at once.

Importing SQLAlchemy, the ORM and the models costs several times what showing a Qt window
does (DESIGN.md §9: the desk opens within 3× a bare window). At start the desk therefore reads
the few rows it needs to show the login or the demo desk — this node, its sites, the demo's
animator — with the standard library's sqlite3, opens the store in the background, and hands
its tasks to the store when it is ready (lam_desk.ui.tasks.TaskRunner.attach).

Anything unexpected (no file, an older or damaged file, a desk not set up yet) gives ``None``:
the desk then opens the store first, as it always did, with its migrations and repairs.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lam_desk.domain import network
from lam_desk.domain.accounts import Role
from lam_desk.services.dto_base import NodeInfo, SiteRow, StaffRow

log = logging.getLogger(__name__)

# The LocalNote key that marks a database as the demo network's (lam_desk.services.demo).
DEMO_MARK = "demo_network"
# The demo desk opens logged in as this animator.
DEMO_AUTO_LOGIN = "camille"


@dataclass(frozen=True)
class FirstLook:
    """What the desk shows before the store is open. The rows carry no field clocks: the desk
    reads them again from the store before anything edits them."""

    node: NodeInfo
    demo_account: StaffRow | None


def first_look(path: Path, *, demo: bool) -> FirstLook | None:
    """The node and, for the demo, its auto-login account; None when the store must open first."""
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, demo=demo)
    except sqlite3.Error as error:
        log.info("first look at the database gave way to a full open (%s)", type(error).__name__)
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, *, demo: bool) -> FirstLook | None:
    node = connection.execute("SELECT node_id, home_site_id FROM node").fetchall()
    if len(node) != 1 or node[0][1] is None:
        return None  # first run: the wizard needs the store
    node_id, home_id = node[0]
    if demo != _has_demo_mark(connection):
        return None  # a demo folder without its network, or a real desk asked to be the demo
    if connection.execute("SELECT 1 FROM staff_user LIMIT 1").fetchone() is None:
        return None
    sites = [
        SiteRow(*row)
        for row in connection.execute(
            "SELECT id, code, name, kind, parent_site_id, commune_insee, place FROM site "
            "WHERE cl % 2 = 1"
        )
    ]
    order = {seed.code: i for i, seed in enumerate(network.SITES)}
    sites.sort(key=lambda s: (order.get(s.code, 99), s.name))
    home = next((s for s in sites if s.id == home_id), None)
    if home is None:
        return None
    served = tuple(s for s in sites if s.id == home.id or s.parent_site_id == home.id)
    info = NodeInfo(node_id, home, served)
    if not demo:
        return FirstLook(info, None)
    account = _account(connection, DEMO_AUTO_LOGIN)
    return None if account is None else FirstLook(info, account)


def _has_demo_mark(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT 1 FROM local_note WHERE key = ?", (DEMO_MARK,)).fetchone()
    return row is not None


def _account(connection: sqlite3.Connection, username: str) -> StaffRow | None:
    row = connection.execute(
        "SELECT id, username, display_name, role, active, home_site_id, pin_hash, "
        "recovery_code_hash FROM staff_user WHERE username = ? AND cl % 2 = 1 AND active",
        (username,),
    ).fetchone()
    if row is None:
        return None
    user_id, name, display, role, active, home, pin_hash, recovery_hash = row
    return StaffRow(
        id=user_id,
        username=name,
        display_name=display,
        role=Role(role),
        active=bool(active),
        home_site_id=home,
        has_pin=bool(pin_hash),
        has_recovery_code=bool(recovery_hash),
    )
