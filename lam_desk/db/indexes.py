"""Local indexes derived from synced rows (never synced themselves): the member name search.

They are kept up to date by a flush hook on every session that writes, the desk's own and the
network's, so a member is found the moment it is saved or pulled.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, event, insert
from sqlalchemy.orm import Session, sessionmaker

from lam_desk.db.models import Member, MemberSearch
from lam_desk.domain.people import search_key

_WATCHED = ("family_name", "given_name", "erased_at", "merged_into_id", "cl")


def name_keys(member: Member) -> list[str]:
    """The keys a member is found by; none once erased, merged into another, or deleted."""
    if member.erased_at is not None or member.merged_into_id is not None or member.cl % 2 == 0:
        return []
    return search_key(member.family_name or "", member.given_name or "").split("|")


def install(factory: sessionmaker[Any]) -> None:
    @event.listens_for(factory, "before_flush")
    def _collect(session: Session, flush_context: Any, instances: Any) -> None:
        pending: dict[str, Member] = session.info.setdefault("search_pending", {})
        for row in session.new:
            if isinstance(row, Member):
                pending[row.id] = row
        for row in session.dirty:
            if isinstance(row, Member) and any(
                session.is_modified(row) and _changed(row, name) for name in _WATCHED
            ):
                pending[row.id] = row

    @event.listens_for(factory, "after_flush")
    def _refresh(session: Session, flush_context: Any) -> None:
        pending: dict[str, Member] = session.info.pop("search_pending", {})
        if not pending:
            return
        refresh_search(session, list(pending.values()))


def refresh_search(session: Session, members: list[Member]) -> None:
    """Replace the search keys of ``members`` (also used after bulk loads)."""
    connection = session.connection()
    ids = [m.id for m in members]
    for start in range(0, len(ids), 500):
        connection.execute(
            delete(MemberSearch).where(MemberSearch.member_id.in_(ids[start : start + 500]))
        )
    rows = [{"key": key, "member_id": m.id} for m in members for key in name_keys(m)]
    if rows:
        connection.execute(insert(MemberSearch).prefix_with("OR IGNORE"), rows)


def _changed(row: Member, name: str) -> bool:
    from sqlalchemy import inspect

    history = inspect(row).attrs[name].history
    return bool(history.has_changes())
