"""Members of the public at the desk: the search as you type, and reading one card."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, literal, select, union_all
from sqlalchemy.orm import Session

from lam_desk.db.models import Member, MemberSearch
from lam_desk.domain import network, people
from lam_desk.sync import clocks

S = TypeVar("S", bound=Select[Any])

_SITE_CODES = tuple(site.code for site in network.SITES)


@dataclass(frozen=True)
class MemberRow:
    """A member's card as shown at the desk, with the field clocks it was read with."""

    id: str
    card_number: str
    family_name: str
    given_name: str
    birth_year: int | None
    gender: str
    commune_insee: str | None
    status: str
    home_site_id: str
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)


def member_row(member: Member) -> MemberRow:
    return MemberRow(
        id=member.id,
        card_number=member.card_number,
        family_name=member.family_name,
        given_name=member.given_name,
        birth_year=member.birth_year,
        gender=member.gender,
        commune_insee=member.commune_insee,
        status=member.status,
        home_site_id=member.home_site_id,
        clocks=clocks.expand(member.field_clocks, (*Member.synced_fields(), "cl")),
    )


def get_member(session: Session, member_id: str) -> MemberRow | None:
    """The member's card, following merges to the card that was kept (DESIGN.md §5.4).
    None when there is no such member, or it was deleted or erased."""
    member = session.get(Member, member_id)
    followed = {member_id}
    while member is not None and member.merged_into_id is not None:
        if member.merged_into_id in followed:  # a merge loop: no card survives it
            return None
        followed.add(member.merged_into_id)
        member = session.get(Member, member.merged_into_id)
    if member is None or not member.alive or member.erased_at is not None:
        return None
    return member_row(member)


def search_members(session: Session, text: str, *, limit: int = 20) -> list[MemberRow]:
    """Members found by what is typed in the search box, at most ``limit`` of them.

    - A name: every word typed begins a word of the family or given name, in any order,
      accents, case, hyphens and apostrophes aside ("bedar", "jean font", "font jean",
      "fontaine", "lefevre mul", "n'diaye"); a family name of several words also written as
      one ("ndiaye", "delafontaine"). See lam_desk.domain.people.
    - A card number (the text holds a digit): its beginning, with or without the hyphen
      ("BED-0001", "bed0001"); digits alone look in the cards of every site.

    Order: members whose whole family name was typed first ("martin" lists the Martins before
    Martinez), then the others found by their family name, alphabetically (family, given
    name), then those found only by their given name, alphabetically (given, family name).
    Card numbers come in their order. Erased members and members merged into another are
    never found.
    """
    if limit <= 0:
        return []
    query = people.parse_member_query(text, _SITE_CODES)
    if query.card_prefixes:
        return _by_card_number(session, query.card_prefixes, limit)
    if not query.words:
        return []
    by_family, by_given = _name_hits(session, query, limit)
    # Room to bring whole family names forward: they sort first in their range of the index
    # (a space sorts before any letter), so a few more than a page is enough to see them.
    candidates = by_family[: 2 * limit]
    if len(by_family) < limit:
        candidates += by_given[: limit - len(by_family)]
    found = {
        m.id: m for m in session.scalars(_alive(select(Member)).where(Member.id.in_(candidates)))
    }
    ordered = [found[i] for i in candidates if i in found]
    ordered.sort(key=lambda m: not people.is_exact_family_match(query, m.family_name))
    return [member_row(m) for m in ordered[:limit]]


def _name_hits(
    session: Session, query: people.MemberQuery, limit: int
) -> tuple[list[str], list[str]]:
    """Member ids found by a family-name key and by a given-name key, each in the index's
    order, without repeats. One statement: two range scans of the index."""
    want = 2 * limit
    keys = 4 * want  # a member may hold a few keys that start alike ("de la …", "delafontaine")
    while True:
        sides = [_side(query, start, keys) for start in ("", people.GIVEN_NAME_FIRST)]
        hits = sorted(session.execute(union_all(*sides)).tuples())
        by_family = _distinct(member_id for side, _, member_id in hits if side == 0)
        in_family = set(by_family)
        by_given = _distinct(
            member_id for side, _, member_id in hits if side == 1 and member_id not in in_family
        )
        # A side cut short by the number of keys read may hide members: read more keys, unless
        # enough members were seen (the given-name side only matters below one page).
        family_cut = sum(1 for side, _, _ in hits if side == 0) == keys
        given_cut = sum(1 for side, _, _ in hits if side == 1) == keys
        if (not family_cut or len(by_family) >= want) and (
            not given_cut or len(by_family) + len(by_given) >= limit
        ):
            return by_family, by_given
        keys *= 4


def _side(query: people.MemberQuery, start: str, keys: int) -> Select[tuple[int, str, str]]:
    low, high = people.prefix_range(start + query.lead)
    conditions: list[ColumnElement[bool]] = [MemberSearch.key >= low]
    if high is not None:
        conditions.append(MemberSearch.key < high)
    # Each other word typed begins a word of the key (words are separated by one space).
    conditions += [func.instr(" " + MemberSearch.key, " " + word) > 0 for word in query.other_words]
    side = 0 if not start else 1
    inner = (
        select(literal(side).label("side"), MemberSearch.key, MemberSearch.member_id)
        .where(and_(*conditions))
        .order_by(MemberSearch.key)
        .limit(keys)
        .subquery()
    )
    return select(inner.c.side, inner.c.key, inner.c.member_id)


def _by_card_number(session: Session, prefixes: Sequence[str], limit: int) -> list[MemberRow]:
    """One range scan of the card-number index per prefix, each stopping at ``limit``."""
    scans = []
    for prefix in prefixes:
        low, high = people.prefix_range(prefix)
        scan = _alive(select(Member.id, Member.card_number)).where(Member.card_number >= low)
        if high is not None:
            scan = scan.where(Member.card_number < high)
        scans.append(select(scan.order_by(Member.card_number).limit(limit).subquery()))
    hits = sorted(session.execute(union_all(*scans)).all(), key=lambda h: (h.card_number, h.id))
    ids = [h.id for h in hits[:limit]]
    found = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(ids)))}
    return [member_row(found[i]) for i in ids if i in found]


def _alive(statement: S) -> S:
    """Only members that can be found: not erased, not merged into another, not deleted (the
    index already leaves them out; this holds even for rows written around it)."""
    return statement.where(
        Member.erased_at.is_(None), Member.merged_into_id.is_(None), Member.cl % 2 == 1
    )


def _distinct(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))
