"""The walk-in queue ("file d'attente"): people checked in who wait for the next free
workstation, in the order they came; who left without a seat is recorded."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db.models import QueueEntry, WorkstationUse
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import uuid7
from lam_desk.services import visits

_CONTEXT = "Queue"
SEATED = "seated"
LEFT = "left"


def join(session: Session, site_id: str, visit_id: str, now: datetime) -> str:
    """Put a checked-in person (or an anonymous ticket) at the end of the queue; returns the
    entry's id."""
    visit = visits.open_visit(session, visit_id)
    if visit.site_id != site_id:
        raise UserError(_CONTEXT, QT_TRANSLATE_NOOP("Queue", "This visit belongs to another site."))
    seated = session.scalars(
        select(WorkstationUse.id).where(
            WorkstationUse.visit_id == visit_id,
            WorkstationUse.ended_at.is_(None),
            WorkstationUse.cl % 2 == 1,
        )
    ).first()
    if seated is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Queue", "This person already sits at a workstation."),
        )
    if _waiting_entry(session, visit_id) is not None:
        raise UserError(
            _CONTEXT, QT_TRANSLATE_NOOP("Queue", "This person is already in the queue.")
        )
    entry = QueueEntry(
        id=uuid7(), site_id=site_id, visit_id=visit_id, joined_at=now, left_at=None, outcome=None
    )
    session.add(entry)
    session.flush()
    return entry.id


def leave(session: Session, entry_id: str, now: datetime) -> None:
    """The person gave up waiting: their place ends as "left" (their visit stays open)."""
    entry = session.get(QueueEntry, entry_id)
    if entry is None or not entry.alive or entry.left_at is not None:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Queue", "This person is no longer in the queue."),
        )
    entry.left_at = max(now, entry.joined_at)
    entry.outcome = LEFT


def _waiting_entry(session: Session, visit_id: str) -> QueueEntry | None:
    return session.scalars(
        select(QueueEntry)
        .where(
            QueueEntry.visit_id == visit_id,
            QueueEntry.left_at.is_(None),
            QueueEntry.cl % 2 == 1,
        )
        .limit(1)
    ).first()
