"""Members of the public at the desk: the search as you type, and reading one card."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from lam_desk.db.models import Member, MemberContact, MemberSearch
from lam_desk.domain import network, people
from lam_desk.services.communes import commune_name
from lam_desk.services.dto import MemberRow
from lam_desk.sync import clocks

S = TypeVar("S", bound=Select[Any])

_SITE_CODES = tuple(site.code for site in network.SITES)
_CLOCKED = (*Member.synced_fields(), "cl")


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
        registered_on=member.registered_on,
        commune_name=commune_name(member.commune_insee),
        clocks=clocks.expand(member.field_clocks, _CLOCKED),
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
    - A phone number (digits, spaces, dots, hyphens, "+33"; four digits or more): the
      beginning of the phone kept in a contact at this desk ("06 12 34", "+33 6 12").

    Order: members whose whole family name was typed first ("martin" lists the Martins before
    Martinez), then the others found by their family name, alphabetically (family, given
    name), then those found only by their given name, alphabetically (given, family name).
    Card numbers come in their order, then the members found by their phone. Erased members and members merged into another are
    never found.
    """
    if limit <= 0:
        return []
    query = people.parse_member_query(text, _SITE_CODES)
    if query.card_prefixes or query.phone_prefix:
        numbered = (
            _by_card_number(session, query.card_prefixes, limit) if query.card_prefixes else []
        )
        if query.phone_prefix and len(numbered) < limit:
            seen = {row.id for row in numbered}
            by_phone = _by_phone(session, query.phone_prefix, limit + len(seen))
            numbered += [row for row in by_phone if row.id not in seen][: limit - len(numbered)]
        return numbered
    if not query.words:
        return []
    if len(query.words) > 1:
        query = _with_narrowest_lead(session, query)
    # Twice a page of family-name matches, so that whole family names can come first: they
    # sort first in their range of the index anyway (a space sorts before any letter).
    by_family = _found_by_keys(session, query, "", 2 * limit)
    by_family.sort(key=lambda row: not people.is_exact_family_match(query, row.family_name))
    found = by_family[:limit]
    if len(found) < limit:
        seen = {row.id for row in found}
        by_given = _found_by_keys(session, query, people.GIVEN_NAME_FIRST, limit + len(seen))
        found += [row for row in by_given if row.id not in seen][: limit - len(found)]
    return [_row(row) for row in found]


# Beyond this many keys, a word is as poor a lead as any other.
_LEAD_COUNT_CAP = 2000


def _with_narrowest_lead(session: Session, query: people.MemberQuery) -> people.MemberQuery:
    """Look a search of several words up by the word that begins the fewest keys (counted up
    to a cap, both kinds of keys, in one statement): "mar xyz" reads the few keys of "xyz"
    rather than the thousands of "mar"."""
    params: dict[str, object] = {"cap": _LEAD_COUNT_CAP}
    for i, word in enumerate(query.words):
        for kind, start in (("f", ""), ("g", people.GIVEN_NAME_FIRST)):
            low, high = people.prefix_range(start + word)
            # (high is None only for a word of U+10FFFF, never a folded one: count nothing)
            params[f"{kind}low{i}"], params[f"{kind}high{i}"] = low, high or low
    counts = session.execute(_count_statement(len(query.words)), params).one()
    narrowest = min(range(len(query.words)), key=lambda i: (counts[i], -len(query.words[i]), i))
    return query.led_by(narrowest)


@functools.cache
def _count_statement(words: int) -> Select[Any]:
    def keys_from(kind: str, i: int) -> ColumnElement[int]:
        capped = (
            select(MemberSearch.key)
            .where(
                MemberSearch.key >= bindparam(f"{kind}low{i}"),
                MemberSearch.key < bindparam(f"{kind}high{i}"),
            )
            .limit(bindparam("cap", type_=Integer))
            .subquery()
        )
        return select(func.count()).select_from(capped).scalar_subquery()

    return select(*(keys_from("f", i) + keys_from("g", i) for i in range(words)))


def _found_by_keys(
    session: Session, query: people.MemberQuery, start: str, wanted: int
) -> list[Row[Any]]:
    """The first ``wanted`` members, in the index's order, with a key that begins with
    ``start`` and the lead word and holds the other words typed: one range scan of the index
    joined to the members found."""
    low, high = people.prefix_range(start + query.lead)
    statement = _name_statement(len(query.other_words), high is not None)
    params: dict[str, object] = {"low": low, "high": high}
    for i, word in enumerate(query.other_words):
        params[f"word{i}"] = f" {word}"
        params[f"part_word{i}"] = f"{people.NAME_PART_END}{word}"
    keys = wanted + 8  # a member may hold a few keys that start alike ("de la", "delafontaine")
    while True:
        rows = session.execute(statement, {**params, "keys": keys}).all()
        found = list({row.id: row for row in rows}.values())  # in order of first key
        if len(rows) < keys or len(found) >= wanted:
            return found[:wanted]
        keys *= 4


_MEMBER_COLUMNS = (
    Member.id,
    Member.card_number,
    Member.family_name,
    Member.given_name,
    Member.birth_year,
    Member.gender,
    Member.commune_insee,
    Member.status,
    Member.home_site_id,
    Member.registered_on,
    Member.field_clocks,
)


@functools.cache
def _name_statement(other_words: int, bounded: bool) -> Select[Any]:
    """The keys in ``[low, high)`` that hold every ``word<i>`` (a word typed) at the
    beginning of one of their words, the ``keys`` first of them, with their members. Made
    once per shape, so typing does not rebuild it."""
    conditions: list[ColumnElement[bool]] = [MemberSearch.key >= bindparam("low")]
    if bounded:
        conditions.append(MemberSearch.key < bindparam("high"))
    # Words of a key are separated by a space or NAME_PART_END: " " + key holds one of them
    # and the word typed exactly when a word of the key begins with it.
    conditions += [
        or_(
            func.instr(" " + MemberSearch.key, bindparam(f"word{i}")) > 0,
            func.instr(MemberSearch.key, bindparam(f"part_word{i}")) > 0,
        )
        for i in range(other_words)
    ]
    hits = (
        select(MemberSearch.key, MemberSearch.member_id)
        .where(*conditions)
        .order_by(MemberSearch.key)
        .limit(bindparam("keys", type_=Integer))
        .subquery()
    )
    return _alive(
        select(hits.c.key, *_MEMBER_COLUMNS)
        .join_from(hits, Member, Member.id == hits.c.member_id)
        .order_by(hits.c.key)
    )


def _by_card_number(session: Session, prefixes: Sequence[str], limit: int) -> list[MemberRow]:
    """One range scan of the card-number index per prefix, each stopping at ``limit``."""
    scans = []
    for prefix in prefixes:
        low, high = people.prefix_range(prefix)
        scan = _alive(select(*_MEMBER_COLUMNS)).where(Member.card_number >= low)
        if high is not None:
            scan = scan.where(Member.card_number < high)
        scans.append(scan.order_by(Member.card_number).limit(limit))
    if len(scans) == 1:
        rows = list(session.execute(scans[0]))
    else:
        rows = list(session.execute(union_all(*(select(scan.subquery()) for scan in scans))))
    rows.sort(key=lambda row: (row.card_number, row.id))
    return [_row(row) for row in rows[:limit]]


# The phone as the search compares it (lam_desk.domain.people.phone_digits), in SQL.
_PHONE_DIGITS = func.replace(
    func.replace(
        func.replace(func.replace(func.replace(MemberContact.phone, " ", ""), ".", ""), "-", ""),
        "/",
        "",
    ),
    "+33",
    "0",
)


def _by_phone(session: Session, prefix: str, limit: int) -> list[MemberRow]:
    """Members whose contact phone begins with ``prefix`` (a scan of the contacts kept at
    this desk: only the home sites it serves, so a few thousand rows)."""
    statement = (
        _alive(select(*_MEMBER_COLUMNS))
        .join(MemberContact, MemberContact.member_id == Member.id)
        .where(
            MemberContact.cl % 2 == 1,
            _PHONE_DIGITS.like(prefix.replace("%", "").replace("_", "") + "%"),
        )
        .order_by(Member.family_name, Member.given_name, Member.id)
        .limit(limit)
    )
    rows = list({row.id: row for row in session.execute(statement)}.values())
    return [_row(row) for row in rows]


def _row(row: Row[Any]) -> MemberRow:
    return MemberRow(
        id=row.id,
        card_number=row.card_number,
        family_name=row.family_name,
        given_name=row.given_name,
        birth_year=row.birth_year,
        gender=row.gender,
        commune_insee=row.commune_insee,
        status=row.status,
        home_site_id=row.home_site_id,
        registered_on=row.registered_on,
        commune_name=commune_name(row.commune_insee),
        clocks=clocks.expand(row.field_clocks, _CLOCKED),
    )


def _alive(statement: S) -> S:
    """Only members that can be found: not erased, not merged into another, not deleted (the
    index already leaves them out; this holds even for rows written around it)."""
    # "+merged_into_id": SQLite must not pick the foreign-key index for this filter (nearly
    # every member matches it); the search's own index drives the query.
    return statement.where(
        Member.erased_at.is_(None),
        literal_column("+member.merged_into_id").is_(None),
        Member.cl % 2 == 1,
    )


__all__ = ["MemberRow", "get_member", "member_row", "search_members"]
