"""The demo network: its accounts (the README lists these logins) and its invented data.

``build_demo_network`` writes a believable network into a new database: the ten sites with
their week, closures and workstations, members with the variety of names heard in the area,
a month (or more) of visits, workstation use, bookings and queues, training runs with their
sessions, enrolments and attendance, the network's calendar and service catalogue. Every
person is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db import indexes
from lam_desk.db.engine import Database
from lam_desk.db.models import FundingLine, LocalNote, Member, StaffUser
from lam_desk.domain import network
from lam_desk.domain.accounts import Role
from lam_desk.errors import RefusedError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.peek import DEMO_AUTO_LOGIN, DEMO_MARK
from lam_desk.services import node, staff
from lam_desk.services.demo.builder import COLLEAGUES, DemoBuilder
from lam_desk.services.demo.state import PARIS, DemoSummary

__all__ = [
    "AUTO_LOGIN",
    "DEMO_HOME_SITE",
    "DEMO_LOGINS",
    "MAX_DAYS",
    "MAX_MEMBERS",
    "DemoLogin",
    "DemoSummary",
    "build_demo_network",
    "seed_demo_accounts",
]


@dataclass(frozen=True)
class DemoLogin:
    username: str
    display_name: str
    role: Role
    site_code: str
    password: str
    pin: str


DEMO_HOME_SITE = "BED"

DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin("camille", "Camille Roux", Role.ANIMATOR, "BED", "accueil-BED-26", "4826"),
    DemoLogin("coordination", "Hélène Marty", Role.COORDINATOR, "BED", "reseau-PHLV-26", "7391"),
    DemoLogin("mathis", "Mathis Azaïs", Role.ANIMATOR, "LUN", "antenne-LUN-26", "5163"),
)

# The desk looks for the mark and the auto-login before the store is open (lam_desk.peek).
AUTO_LOGIN = DEMO_AUTO_LOGIN

MAX_MEMBERS = 500_000
MAX_DAYS = 730


def seed_demo_accounts(session: Session) -> None:
    """Make the demo desk serve Bédarieux and its antennas, with the demo accounts. Idempotent."""
    node.set_home_site(session, network.site_id(DEMO_HOME_SITE))
    if staff.count_accounts(session) > 0:
        return
    coordinator: staff.StaffRow | None = None
    for login in sorted(DEMO_LOGINS, key=lambda d: d.role is not Role.COORDINATOR):
        draft = staff.AccountDraft(
            login.username,
            login.display_name,
            login.role,
            network.site_id(login.site_code),
            login.password,
            login.pin,
        )
        created = staff.create_account(session, coordinator, draft)
        if coordinator is None:
            coordinator = created.account


def build_demo_network(
    database: Database,
    *,
    members: int = 400,
    days: int = 30,
    today: date | None = None,
    seed: int = 1,
    now: datetime | None = None,
) -> DemoSummary:
    """Write the demo network into ``database``, which must be new (or a demo desk's, opened
    before it had any data); returns how many rows of each kind it wrote.

    ``members`` people; ``days`` days of activity ending ``today`` (Europe/Paris; default:
    the real today), with bookings and training planned for the weeks after. ``now`` is the
    moment the build pretends to run at (default: the real now, or 10:30 on an injected
    ``today``): today's visits stop there, some still at the desk. The same arguments give the
    same network.

    The demo accounts are made as the desk makes them (``seed_demo_accounts``); everything
    else is written as the network would have sent it (``Database.apply``): no outbox op is
    made, since a demo desk never syncs. Refused with a UserError when the database already
    has members, or staff accounts other than the demo's.
    """
    if not 1 <= members <= MAX_MEMBERS:
        raise ValueError(f"members must be between 1 and {MAX_MEMBERS}")
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 1 and {MAX_DAYS}")
    if now is None:
        now = (
            datetime.now(UTC)
            if today is None
            else datetime.combine(today, time(10, 30), tzinfo=PARIS).astimezone(UTC)
        )
    if today is None:
        today = now.astimezone(PARIS).date()
    with database.read() as session:
        _refuse_unless_new(session, database)
    with database.write() as session:
        seed_demo_accounts(session)
    with database.apply() as session:
        _refuse_unless_new(session, database)
        staff_ids = dict(session.execute(select(StaffUser.username, StaffUser.id)).tuples().all())
        connection = session.connection()
        builder = DemoBuilder(
            connection,
            members=members,
            days=days,
            today=today,
            now=now,
            seed=seed,
            staff_ids=staff_ids,
        )
        summary = builder.build()
        # The funding files' numbers, invented, as a coordinator would have typed them
        # (Réglages → Financements): the demo's sheets print one.
        for line in session.scalars(select(FundingLine)):
            line.operation_number = DEMO_OPERATION_NUMBERS.get(line.code, line.operation_number)
        session.flush()
        indexes.rebuild_search(connection)
        # Marks the database as the demo's: a demo desk opens nothing else (ensure_demo_network).
        session.merge(LocalNote(key=DEMO_MARK, value=now.isoformat()))
    return summary


DEMO_OPERATION_NUMBERS = {
    "FEDER-2127-INCL": "OC0098123",
    "ETAT-CNFS": "CNFS-34-0412",
    "REGION-PASS": "PN-OCC-2026-118",
    "CD34-SENIORS": "CD34-SEN-2026-07",
}


def ensure_demo_network(database: Database) -> None:
    """What the demo desk does at start: build the network the first time, and refuse a data
    folder that holds a real desk's data (its home site and accounts must not be touched)."""
    with database.read() as session:
        empty = session.scalars(select(Member.id).limit(1)).first() is None
        marked = session.get(LocalNote, DEMO_MARK) is not None
    if empty and not marked:
        build_demo_network(database)
    elif not marked:
        raise RefusedError(
            "Demo",
            QT_TRANSLATE_NOOP(
                "Demo",
                "This data folder holds a desk's own data: the demo opens only in a folder "
                "of its own (leave out --data-dir, or name an empty folder).",
            ),
        )


def _refuse_unless_new(session: Session, database: Database) -> None:
    has_members = session.scalars(select(Member.id).limit(1)).first() is not None
    demo_names = {d.username for d in DEMO_LOGINS} | {c[0] for c in COLLEAGUES}
    names = set(session.scalars(select(StaffUser.username)))
    if has_members or not names <= demo_names:
        raise RefusedError(
            "Demo",
            QT_TRANSLATE_NOOP(
                "Demo",
                "The database {file} already has data (members, or staff accounts other "
                "than the demo's): the demo network is written only into a new database.",
            ),
            file=str(database.path),
        )
