"""Local indexes derived from synced rows (never synced themselves): the member name search.

They are kept up to date by a flush hook on every session that writes, the desk's own and the
network's, so a member is found the moment it is saved or pulled. Writes that bypass the ORM
(a bulk load through Core) call ``refresh_search`` or ``rebuild_search`` themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from lam_desk.db.models import LocalNote, Member, MemberSearch
from lam_desk.domain.people import SEARCH_KEY_FORMAT, search_keys

_WATCHED = ("family_name", "given_name", "erased_at", "merged_into_id", "cl")

# The LocalNote that says which format of keys the index holds (see SEARCH_KEY_FORMAT).
SEARCH_FORMAT_NOTE = "member_search_format"

_CHUNK = 500


def member_keys(
    family_name: str | None,
    given_name: str | None,
    *,
    cl: int | None = 1,
    erased_at: datetime | None = None,
    merged_into_id: str | None = None,
) -> tuple[str, ...]:
    """The keys a member is found by; none once erased, merged into another, or deleted."""
    if erased_at is not None or merged_into_id is not None or (cl or 1) % 2 == 0:
        return ()
    return search_keys(family_name or "", given_name or "")


def name_keys(member: Member) -> tuple[str, ...]:
    return member_keys(
        member.family_name,
        member.given_name,
        cl=member.cl,
        erased_at=member.erased_at,
        merged_into_id=member.merged_into_id,
    )


def install(factory: sessionmaker[Any]) -> None:
    @event.listens_for(factory, "before_flush")
    def _collect(session: Session, flush_context: Any, instances: Any) -> None:
        pending: dict[int, Member] = session.info.setdefault("search_pending", {})
        for row in session.new:
            if isinstance(row, Member):
                pending[id(row)] = row
        for row in session.dirty:
            if isinstance(row, Member) and any(
                session.is_modified(row) and _changed(row, name) for name in _WATCHED
            ):
                pending[id(row)] = row

    @event.listens_for(factory, "after_flush")
    def _refresh(session: Session, flush_context: Any) -> None:
        pending: dict[int, Member] = session.info.pop("search_pending", {})
        if not pending:
            return
        refresh_search(session, list(pending.values()))


def refresh_search(session: Session, members: list[Member]) -> None:
    """Replace the search keys of ``members`` (also used after bulk loads)."""
    write_search_keys(session.connection(), ((m.id, name_keys(m)) for m in members), replace=True)


def write_search_keys(
    connection: Connection, keys: Iterable[tuple[str, Iterable[str]]], *, replace: bool
) -> None:
    """Write ``(member id, keys)`` pairs into the index; ``replace`` drops their old keys
    first (a bulk load of new members leaves it False)."""
    pairs = [(member_id, tuple(member_keys)) for member_id, member_keys in keys]
    if replace:
        ids = [member_id for member_id, _ in pairs]
        for start in range(0, len(ids), _CHUNK):
            connection.execute(
                delete(MemberSearch).where(MemberSearch.member_id.in_(ids[start : start + _CHUNK]))
            )
    rows = [{"key": key, "member_id": member_id} for member_id, found in pairs for key in found]
    if rows:
        connection.execute(insert(MemberSearch).prefix_with("OR IGNORE"), rows)


def rebuild_search(connection: Connection) -> int:
    """Make the whole index again from the member rows; returns the number of keys."""
    connection.execute(delete(MemberSearch))
    members = connection.execute(
        select(
            Member.id,
            Member.family_name,
            Member.given_name,
            Member.cl,
            Member.erased_at,
            Member.merged_into_id,
        )
    )
    written = 0
    while batch := members.fetchmany(5000):
        pairs = [
            (
                row.id,
                member_keys(
                    row.family_name,
                    row.given_name,
                    cl=row.cl,
                    erased_at=row.erased_at,
                    merged_into_id=row.merged_into_id,
                ),
            )
            for row in batch
        ]
        written += sum(len(found) for _, found in pairs)
        write_search_keys(connection, pairs, replace=False)
    _set_note(connection, SEARCH_KEY_FORMAT)
    return written


def ensure_search_format(connection: Connection) -> bool:
    """Rebuild the index when it was written with another format of keys (a desk updated to a
    version that finds names differently). True when it was rebuilt."""
    held = connection.execute(
        select(LocalNote.value).where(LocalNote.key == SEARCH_FORMAT_NOTE)
    ).scalar()
    if held == SEARCH_KEY_FORMAT:
        return False
    rebuild_search(connection)
    return True


def _set_note(connection: Connection, value: str) -> None:
    connection.execute(delete(LocalNote).where(LocalNote.key == SEARCH_FORMAT_NOTE))
    connection.execute(insert(LocalNote).values(key=SEARCH_FORMAT_NOTE, value=value))


def _changed(row: Member, name: str) -> bool:
    history = inspect(row).attrs[name].history
    return bool(history.has_changes())
