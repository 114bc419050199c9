"""The desk the capture tests write to, and what they read back: rows, clocks, outbox ops."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lam_desk.db.base import Base, Synced
from lam_desk.db.engine import Database
from lam_desk.db.models import OutboxOp
from lam_desk.services import staff

COORD_PASSWORD = "jardin-vert-2026"
ANIM_PASSWORD = "olivier-bleu-2026"

SYNCED_MODELS: list[type[Synced]] = sorted(
    (m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)),
    key=lambda cls: cls.__name__,
)


@dataclass(frozen=True)
class Desk:
    db: Database
    coordinator: staff.StaffRow
    animator: staff.StaffRow
    animator_code: str


def copy_database(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copyfile(part, target.with_name(target.name + suffix))


@dataclass(frozen=True)
class Op:
    """An outbox op as read back from the file."""

    op_id: str
    hlc: str
    entity: str
    row_id: str
    fields: dict[str, Any]
    cl: int
    schema_version: str
    acked_at: datetime | None


def ops(db: Database) -> list[Op]:
    """Every outbox op, in clock order."""
    with db.read() as s:
        return [
            Op(
                o.op_id,
                o.hlc,
                o.entity,
                o.row_id,
                dict(o.fields),
                o.cl,
                o.schema_version,
                o.acked_at,
            )
            for o in s.scalars(select(OutboxOp).order_by(OutboxOp.hlc))
        ]


def snapshot(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row: its captured fields (and causal length) and, apart, its field clocks."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    with db.read() as s:
        for model in SYNCED_MODELS:
            for row in s.scalars(select(model)):
                values = {name: getattr(row, name) for name in (*model.synced_fields(), "cl")}
                values["__clocks__"] = dict(row.field_clocks)
                rows[(model.__tablename__, row.id)] = values  # type: ignore[attr-defined]
    return rows
