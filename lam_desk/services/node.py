"""This desk as a node of the network: its id, the site it serves, the reference rows it seeds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db.base import Synced
from lam_desk.db.models import (
    Course,
    Funder,
    FundingLine,
    LocalNote,
    Node,
    Site,
    StaffUser,
    VisitPurpose,
)
from lam_desk.domain import network, reference
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import uuid7
from lam_desk.services.dto import NodeInfo, SiteRow
from lam_desk.sync import clocks
from lam_desk.sync.hlc import REFERENCE_STAMP


def site_row(site: Site) -> SiteRow:
    return SiteRow(
        site.id,
        site.code,
        site.name,
        site.kind,
        site.parent_site_id,
        site.commune_insee,
        site.place,
    )


def prepare(session: Session) -> None:
    """Make the node row and seed the reference rows. Run in an apply (network) session:
    every desk seeds the same rows with the same ids and clocks, so nothing is captured, and
    when desks meet each row exists once (DESIGN.md §4)."""
    if session.scalars(select(Node.node_id)).first() is None:
        session.add(Node(node_id=uuid7(), created_at=datetime.now(UTC), hlc_wall=0, hlc_counter=0))
    seed_reference_rows(session)


def seed_reference_rows(session: Session) -> None:
    rows: list[Synced] = []
    for site in network.SITES:
        rows.append(
            Site(
                id=site.id,
                code=site.code,
                name=site.name,
                kind=site.kind,
                parent_site_id=network.site_id(site.parent_code) if site.parent_code else None,
                commune_insee=site.commune_insee,
                place=site.place,
            )
        )
    for position, purpose in enumerate(reference.PURPOSES):
        rows.append(
            VisitPurpose(
                id=purpose.id,
                code=purpose.code,
                label=purpose.label,
                position=position,
                active=True,
            )
        )
    for funder in reference.FUNDERS:
        rows.append(Funder(id=funder.id, code=funder.code, name=funder.name, kind=funder.kind))
    for line in reference.FUNDING_LINES:
        rows.append(
            FundingLine(
                id=line.id,
                code=line.code,
                funder_id=line.funder_id,
                title=line.title,
                operation_number=line.operation_number,
                programme_period=line.programme_period,
                managing_authority=line.managing_authority,
                eu_statement=line.eu_statement,
                emblem_in_colour=True,
                partner_logos=[],
                retention_years=10,
            )
        )
    for course in reference.COURSES:
        rows.append(
            Course(
                id=course.id,
                code=course.code,
                title=course.title,
                description=course.description,
                themes=list(course.themes),
                level=course.level,
                planned_hours=course.planned_hours,
                certificate=course.certificate,
                funding_line_id=course.funding_line_id,
                site_ids=[],
                is_foad=course.is_foad,
            )
        )
    existing: set[str] = set()
    for model in {type(row) for row in rows}:
        ids = [row.id for row in rows if type(row) is model]
        existing.update(session.scalars(select(model.id).where(model.id.in_(ids))))
    for row in rows:
        if row.id not in existing:
            row.cl = 1
            row.field_clocks = clocks.whole(REFERENCE_STAMP)
            session.add(row)


def list_sites(session: Session) -> list[SiteRow]:
    sites = session.scalars(select(Site).where(Site.cl % 2 == 1)).all()
    order = {seed.code: i for i, seed in enumerate(network.SITES)}
    return [site_row(s) for s in sorted(sites, key=lambda s: (order.get(s.code, 99), s.name))]


def node_info(session: Session) -> NodeInfo:
    node = session.scalars(select(Node)).one()
    if node.home_site_id is None:
        return NodeInfo(node.node_id, None, ())
    sites = list_sites(session)
    home = next((s for s in sites if s.id == node.home_site_id), None)
    if home is None:
        return NodeInfo(node.node_id, None, ())
    served = tuple(s for s in sites if s.id == home.id or s.parent_site_id == home.id)
    return NodeInfo(node.node_id, home, served)


def is_first_run(session: Session) -> bool:
    """True until a site is chosen and the first coordinator account exists."""
    node = session.scalars(select(Node)).one()
    has_account = session.scalars(select(StaffUser.id).limit(1)).first() is not None
    return node.home_site_id is None or not has_account


def set_home_site(session: Session, site_id: str) -> NodeInfo:
    site = session.get(Site, site_id)
    if site is None or not site.alive:
        raise UserError("Setup", QT_TRANSLATE_NOOP("Setup", "Choose a site of the network."))
    node = session.scalars(select(Node)).one()
    node.home_site_id = site.id
    session.flush()
    return node_info(session)


def renew_node_id(session: Session) -> str:
    """A copied or restored file takes a new node id before it writes (DESIGN.md §5.6)."""
    node = session.scalars(select(Node)).one()
    new_id = uuid7()
    node.node_id = new_id
    return new_id


# The rows this service returns, importable from here as before.
__all__ = ["NodeInfo", "SiteRow"]


# --- numbers a desk gives out on its own (member cards, attendance sheets) --------------------


def desk_sequence(session: Session, key: str) -> tuple[int, int] | None:
    """This desk's digits and the last number of its sequence ``key`` (kept in a local note),
    None before it gave its first one, or when the file now belongs to another node."""
    node_id = session.scalars(select(Node.node_id)).one()
    note = session.get(LocalNote, key)
    held = note.value.split() if note is not None else []
    if len(held) == 3 and held[0] == node_id:
        return int(held[1]), int(held[2])
    return None


def next_in_desk_sequence(
    session: Session,
    key: str,
    *,
    first_digits: Callable[[], int],
    number_of: Callable[[int, int], str],
    taken: Callable[[str], bool],
) -> str:
    """The next number of this desk's sequence ``key``: its digits (``first_digits`` the first
    time), its own counter; a number already seen here (a restored backup, a pulled row) is
    skipped. Unique in the network even offline, as long as each desk's digits are its own."""
    node_id = session.scalars(select(Node.node_id)).one()
    tag, last = desk_sequence(session, key) or (first_digits(), 0)
    while True:
        last += 1
        number = number_of(tag, last)
        if not taken(number):
            break
    value = f"{node_id} {tag} {last}"
    note = session.get(LocalNote, key)
    if note is None:
        session.add(LocalNote(key=key, value=value))
    else:
        note.value = value
    return number
