"""Erased members stay erased: the desk's own writes cannot put data back on an erased card.

DESIGN.md §6: later edits to an erased member are refused. The guard sits on the desk's write
sessions (not the network's: a pulled row is the network's decision), whatever service writes:
on a card erased before this flush, a field may only be set to its erased value (the purge
ends a funded-training restriction that way); anything else is refused.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from lam_desk.db.models import Member
from lam_desk.errors import RefusedError
from lam_desk.i18n import QT_TRANSLATE_NOOP

ERASED_VALUES: dict[str, object] = dict(Member.__erased_values__)


def install(factory: sessionmaker[Any]) -> None:
    @event.listens_for(factory, "before_flush")
    def _refuse_edits_of_erased(session: Session, flush_context: Any, instances: Any) -> None:
        for row in session.dirty:
            if isinstance(row, Member) and _erased_before(row) and _edited(row):
                raise RefusedError(
                    "Privacy",
                    QT_TRANSLATE_NOOP(
                        "Privacy", "This member was erased: their card can no longer be changed."
                    ),
                )


def _erased_before(row: Member) -> bool:
    history = instance_state(row).attrs["erased_at"].history
    return any(value is not None for value in (*history.unchanged, *history.deleted))


def _edited(row: Member) -> bool:
    state = instance_state(row)
    for name in Member.synced_fields():
        history = state.attrs[name].history
        if not history.added or list(history.added) == list(history.deleted):
            continue
        if name not in ERASED_VALUES or history.added[-1] != ERASED_VALUES[name]:
            return True
    return False
