"""Members of the public at the desk: the search as you type, and reading one card."""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime
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

from lam_desk.db.models import (
    AuditEntry,
    Member,
    MemberContact,
    MemberSearch,
    Node,
    Site,
)
from lam_desk.domain import network, people
from lam_desk.errors import FieldError, RefusedError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import uuid7
from lam_desk.services import communes, node
from lam_desk.services.communes import commune_name
from lam_desk.services.dto import (
    CardLookup,
    ContactRow,
    DuplicateCandidate,
    MemberDetails,
    MemberDraft,
    MemberRow,
)
from lam_desk.sync import capture, clocks

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


def search_members(
    session: Session, text: str, *, limit: int = 20, home_first: Collection[str] = ()
) -> list[MemberRow]:
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
    never found. Within each of these ranks, members whose home site is in ``home_first``
    (the sites this desk serves) come before the others.
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
    home = set(home_first)
    by_family.sort(
        key=lambda row: (
            not people.is_exact_family_match(query, row.family_name),
            row.home_site_id not in home,
        )
    )
    found = by_family[:limit]
    if len(found) < limit:
        seen = {row.id for row in found}
        by_given = _found_by_keys(session, query, people.GIVEN_NAME_FIRST, limit + len(seen))
        by_given.sort(key=lambda row: row.home_site_id not in home)
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


def _phone_digits() -> ColumnElement[str]:
    """The phone as the search compares it (lam_desk.domain.people.phone_digits), in SQL."""
    digits: ColumnElement[str] = func.replace(MemberContact.phone, " ", "")
    for sign in (".", "-", "/"):
        digits = func.replace(digits, sign, "")
    return func.replace(digits, "+33", "0")


def _by_phone(session: Session, prefix: str, limit: int) -> list[MemberRow]:
    """Members whose contact phone begins with ``prefix`` (a scan of the contacts kept at
    this desk: only the home sites it serves, so a few thousand rows)."""
    statement = (
        _alive(select(*_MEMBER_COLUMNS))
        .join(MemberContact, MemberContact.member_id == Member.id)
        .where(
            MemberContact.cl % 2 == 1,
            _phone_digits().like(prefix.replace("%", "").replace("_", "") + "%"),
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


# --- registering and editing members ----------------------------------------------------------


def member_details(
    session: Session, member_id: str, served_site_ids: Iterable[str]
) -> MemberDetails | None:
    """A member's card for the desk, with the contact when this desk serves the home site
    (a contact stays at its home site, DESIGN.md §4). None when there is no such member."""
    row = get_member(session, member_id)
    if row is None:
        return None
    member = session.get(Member, row.id)
    assert member is not None
    site = session.get(Site, row.home_site_id)
    kept_here = row.home_site_id in set(served_site_ids)
    contact = _contact_of(session, row.id, row.home_site_id) if kept_here else None
    return MemberDetails(
        member=row,
        home_site_name=site.name if site is not None else "",
        home_site_code=site.code if site is not None else "",
        contact_kept_here=kept_here,
        contact=contact_row(contact) if contact is not None else None,
        replaced_cards=tuple(member.replaced_cards.split()),
    )


def contact_row(contact: MemberContact) -> ContactRow:
    return ContactRow(
        id=contact.id,
        phone=contact.phone,
        email=contact.email,
        address=contact.address,
        postal_code=contact.postal_code,
        notice_accepted_on=contact.notice_accepted_on,
        charter_accepted_on=contact.charter_accepted_on,
        parental_authorisation_on=contact.parental_authorisation_on,
        guardian_name=contact.guardian_name,
        clocks=clocks.expand(contact.field_clocks, (*MemberContact.synced_fields(), "cl")),
    )


def _contact_of(session: Session, member_id: str, home_site_id: str) -> MemberContact | None:
    return session.scalars(
        select(MemberContact)
        .where(
            MemberContact.member_id == member_id,
            MemberContact.home_site_id == home_site_id,
            MemberContact.cl % 2 == 1,
        )
        .order_by(MemberContact.id)
        .limit(1)
    ).first()


def check_draft(draft: MemberDraft, today: date, *, with_contact: bool = True) -> None:
    """Refuse bad input with a FieldError naming the field (nothing is written).
    ``with_contact`` False: the contact and the acceptances are kept at another site, and
    were checked there."""
    try:
        people.check_name("family_name", draft.family_name)
        people.check_name("given_name", draft.given_name)
        people.check_birth_year(draft.birth_year, today)
        if communes.directory().get(draft.commune_insee) is None:
            raise people.MemberRuleError(
                "commune_insee",
                QT_TRANSLATE_NOOP("People", "Choose the commune in the list."),
            )
        if draft.status not in set(people.Status):
            raise people.MemberRuleError(
                "status", QT_TRANSLATE_NOOP("People", "Choose the person's situation.")
            )
        if draft.gender not in set(people.Gender):
            raise people.MemberRuleError(
                "gender", QT_TRANSLATE_NOOP("People", "Choose a gender, or “not given”.")
            )
        if not with_contact:
            return
        people.check_contact(draft.phone, draft.email, draft.postal_code)
        people.check_consents(
            birth_year=draft.birth_year,
            today=today,
            notice_accepted=draft.notice_accepted,
            charter_accepted=draft.charter_accepted,
            parental_authorisation=draft.parental_authorisation,
            guardian_name=draft.guardian_name,
        )
    except people.MemberRuleError as refused:
        raise FieldError(refused.field, "People", refused.source, **refused.params) from None


def find_duplicates(
    session: Session, draft: MemberDraft, *, exclude_id: str | None = None, limit: int = 8
) -> list[DuplicateCandidate]:
    """Members who may be the person of ``draft``: same name (particles, accents and spaces
    aside) and birth year, same phone or e-mail (contacts kept at this desk), or a close
    spelling of the name with a birth year one apart at most."""
    family, given = people.comparable_name(draft.family_name, draft.given_name)
    ids: list[str] = []
    # From the search index, range scans: the whole family name (every member of that name),
    # and the first three letters of each part (a typo is rarely at the start), capped.
    scans = [(family, None)] + [(part[:3], 3000) for part in (family, given) if part[:3]]
    for prefix, cap in scans:
        if not prefix:
            continue
        for key_start in ("", people.GIVEN_NAME_FIRST):
            low, high = people.prefix_range(key_start + prefix)
            statement = select(MemberSearch.member_id).where(MemberSearch.key >= low)
            if high is not None:
                statement = statement.where(MemberSearch.key < high)
            ids += session.scalars(statement.limit(cap) if cap else statement)
    phone = people.phone_digits(draft.phone)
    if len(phone) >= 8:
        ids += session.scalars(
            select(MemberContact.member_id).where(
                MemberContact.cl % 2 == 1, _phone_digits() == phone
            )
        )
    if draft.email.strip():
        ids += session.scalars(
            select(MemberContact.member_id).where(
                MemberContact.cl % 2 == 1,
                func.lower(MemberContact.email) == draft.email.strip().lower(),
            )
        )
    wanted = list(dict.fromkeys(i for i in ids if i != exclude_id))
    new = (draft.family_name, draft.given_name, draft.birth_year, draft.phone, draft.email)
    found: list[DuplicateCandidate] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(_alive(select(*_MEMBER_COLUMNS)).where(Member.id.in_(chunk)))
        members = {row.id: row for row in rows}
        contacts = {
            c.member_id: c
            for c in session.scalars(
                select(MemberContact).where(
                    MemberContact.member_id.in_(list(members)), MemberContact.cl % 2 == 1
                )
            )
        }
        for member_id, row in members.items():
            contact = contacts.get(member_id)
            old = (
                row.family_name,
                row.given_name,
                row.birth_year,
                contact.phone if contact is not None else "",
                contact.email if contact is not None else "",
            )
            reasons = people.duplicate_reasons(new, old)
            if reasons:
                found.append(DuplicateCandidate(_row(row), tuple(str(r) for r in reasons)))
    strength = list(people.DuplicateReason)
    found.sort(
        key=lambda c: (
            min(strength.index(people.DuplicateReason(r)) for r in c.reasons),
            c.member.family_name,
            c.member.given_name,
        )
    )
    return found[:limit]


def create_member(
    session: Session, draft: MemberDraft, *, home_site_id: str, actor: str, today: date
) -> MemberRow:
    """Register a member at ``home_site_id``: the card, a card number of this desk, the
    contact at the home site with the notice, charter and parental authorisation dates."""
    check_draft(draft, today)
    site = session.get(Site, home_site_id)
    if site is None:
        raise RefusedError("People", "This desk's site is unknown: set the desk up again.")
    member = Member(
        id=uuid7(),
        card_number=_next_card_number(session, site.code),
        family_name=people.clean_name(draft.family_name),
        given_name=people.tidy_given_name(draft.given_name),
        birth_year=draft.birth_year,
        gender=draft.gender,
        commune_insee=draft.commune_insee,
        status=draft.status,
        home_site_id=home_site_id,
        registered_on=today,
        replaced_cards="",
    )
    session.add(member)
    contact = MemberContact(id=uuid7(), member_id=member.id, home_site_id=home_site_id)
    _fill_contact(contact, draft, today)
    session.add(contact)
    session.flush()
    _audit(session, actor, "member_created", member.id, home_site_id)
    return member_row(member)


def update_member(
    session: Session,
    seen: MemberDetails,
    draft: MemberDraft,
    *,
    actor: str,
    site_id: str,
    today: date,
) -> MemberRow:
    """Save the edits of a card read as ``seen`` (its clocks are the base of the change);
    the contact too when this desk keeps it."""
    check_draft(draft, today, with_contact=seen.contact_kept_here)
    member = _living(session, seen.member.id)
    capture.set_base(session, member, seen.member.clocks)
    changes = {
        "family_name": people.clean_name(draft.family_name),
        "given_name": people.tidy_given_name(draft.given_name),
        "birth_year": draft.birth_year,
        "gender": draft.gender,
        "commune_insee": draft.commune_insee,
        "status": draft.status,
    }
    changed = [name for name, value in changes.items() if getattr(member, name) != value]
    for name in changed:
        setattr(member, name, changes[name])
    if seen.contact_kept_here:
        contact = _contact_of(session, member.id, member.home_site_id)
        if contact is None:
            contact = MemberContact(
                id=uuid7(), member_id=member.id, home_site_id=member.home_site_id
            )
            session.add(contact)
        elif seen.contact is not None:
            capture.set_base(session, contact, seen.contact.clocks)
        changed += _fill_contact(contact, draft, today)
    session.flush()
    if changed:
        _audit(session, actor, "member_edited", member.id, site_id, {"fields": sorted(changed)})
    return member_row(member)


def reissue_card(
    session: Session, seen: MemberRow, *, site_code: str, actor: str, site_id: str
) -> MemberRow:
    """A lost card: the member gets a new number of this desk; the old one is kept as
    replaced, so a scan of it says so and finds nobody."""
    member = _living(session, seen.id)
    capture.set_base(session, member, seen.clocks)
    old = member.card_number
    member.card_number = _next_card_number(session, site_code)
    member.replaced_cards = f"{member.replaced_cards.strip()} {old}".strip()
    session.flush()
    _audit(session, actor, "card_reissued", member.id, site_id)
    return member_row(member)


def lookup_card(session: Session, text: str) -> CardLookup:
    """The member a card number scanned or typed belongs to; a replaced card says so."""
    number = people.normalise_card_number(text)
    if number is None:
        return CardLookup(text.strip(), None)
    found = session.scalars(
        _alive(select(Member.id)).where(Member.card_number == number).limit(1)
    ).first()
    if found is not None:
        return CardLookup(number, get_member(session, found))
    # Only when the number is not a card of today: a scan of the old numbers.
    replaced = session.scalars(
        _alive(select(Member.id))
        .where(func.instr(" " + Member.replaced_cards + " ", f" {number} ") > 0)
        .limit(1)
    ).first()
    if replaced is not None:
        return CardLookup(number, get_member(session, replaced), replaced=True)
    return CardLookup(number, None)


def _living(session: Session, member_id: str) -> Member:
    """The member to edit: refused when erased, merged away or deleted."""
    row = get_member(session, member_id)
    member = session.get(Member, row.id) if row is not None else None
    if member is None:
        raise RefusedError(
            "People", "This member's card no longer exists (erased or merged): search again."
        )
    return member


def _fill_contact(contact: MemberContact, draft: MemberDraft, today: date) -> list[str]:
    """Write the draft's contact fields; returns the names of those that changed. Acceptance
    dates are set once, on the day the box was first ticked."""
    child = people.needs_parental_authorisation(draft.birth_year, today)
    values: dict[str, object] = {
        "phone": people.tidy_phone(draft.phone),
        "email": draft.email.strip(),
        "address": " ".join(draft.address.split()),
        "postal_code": draft.postal_code.strip(),
        "guardian_name": people.clean_name(draft.guardian_name) if child else "",
    }
    for name, accepted in (
        ("notice_accepted_on", draft.notice_accepted),
        ("charter_accepted_on", draft.charter_accepted),
        ("parental_authorisation_on", draft.parental_authorisation and child),
    ):
        held = getattr(contact, name)
        values[name] = (held or today) if accepted else None
    changed = [name for name, value in values.items() if getattr(contact, name) != value]
    for name in changed:
        setattr(contact, name, values[name])
    return changed


def _audit(
    session: Session,
    actor: str,
    action: str,
    member_id: str,
    site_id: str,
    changes: dict[str, object] | None = None,
) -> None:
    """Who did it, when, and which fields: never the person's values."""
    session.add(
        AuditEntry(
            id=uuid7(),
            site_id=site_id,
            at=datetime.now(UTC),
            actor=actor[:80],
            action=action,
            entity="member",
            row_id=member_id,
            changes=changes or {},
        )
    )


# --- card numbers of this desk ----------------------------------------------------------------

# LocalNote holding "<node id> <desk digits> <last sequence>": the desk digits belong to one
# node id; a copied or restored file takes a new node id and so picks new digits.
CARD_NOTE = "card_numbers"


def _next_card_number(session: Session, site_code: str) -> str:
    node_id = session.scalars(select(Node.node_id)).one()
    return node.next_in_desk_sequence(
        session,
        CARD_NOTE,
        first_digits=lambda: _free_desk_tag(session, node_id),
        number_of=lambda tag, last: people.card_number(site_code, tag, last),
        taken=lambda number: (
            session.scalars(select(Member.id).where(Member.card_number == number)).first()
            is not None
        ),
    )


def _free_desk_tag(session: Session, node_id: str) -> int:
    """Desk digits no card held here already uses (the cards of the other desks, pulled)."""
    for tag in people.desk_tag_candidates(node_id):
        pattern = f"%-{tag:0{people.CARD_DESK_DIGITS}d}" + "_" * people.CARD_SEQUENCE_DIGITS
        used = session.scalars(
            select(Member.id).where(
                or_(Member.card_number.like(pattern), Member.replaced_cards.like(f"%{pattern}%"))
            )
        ).first()
        if used is None:
            return tag
    raise RefusedError("People", "No card number is left for this desk: call the coordinator.")


__all__ = [
    "CardLookup",
    "ContactRow",
    "DuplicateCandidate",
    "MemberDetails",
    "MemberDraft",
    "MemberRow",
]
