"""The model keeps the rules of DESIGN.md §4: scopes, owners, merges, no hidden uniqueness,
UTC times, statistics snapshots, deterministic reference ids."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import DateTime, UniqueConstraint, select

from lam_desk.db.base import Base, Merge, Scope, StatsSnapshot, Synced
from lam_desk.db.models import Course, Funder, FundingLine, VisitPurpose
from lam_desk.db.types import UTCDateTime
from lam_desk.domain import reference
from lam_desk.store import open_database

# DESIGN.md §4, table by table: who receives the rows, which column names the owning site.
EXPECTED: dict[str, tuple[Scope, str | None, Merge]] = {
    "site": (Scope.NETWORK, None, Merge.FIELDS),
    "staff_user": (Scope.NETWORK, None, Merge.FIELDS),
    "visit_purpose": (Scope.NETWORK, None, Merge.FIELDS),
    "funder": (Scope.NETWORK, None, Merge.FIELDS),
    "funding_line": (Scope.NETWORK, None, Merge.FIELDS),
    "course": (Scope.NETWORK, None, Merge.FIELDS),
    "member": (Scope.NETWORK, None, Merge.FIELDS),
    "member_contact": (Scope.HOME_SITE, "home_site_id", Merge.FIELDS),
    "workstation": (Scope.SITE, "site_id", Merge.FIELDS),
    "opening_hours": (Scope.SITE, "site_id", Merge.FIELDS),
    "closure": (Scope.SITE, "site_id", Merge.FIELDS),
    "site_settings": (Scope.SITE, "site_id", Merge.FIELDS),  # with opening hours and closures
    "visit": (Scope.SITE, "site_id", Merge.FIELDS),
    "workstation_use": (Scope.SITE, "site_id", Merge.FIELDS),
    "booking": (Scope.SITE, "site_id", Merge.FIELDS),
    "queue_entry": (Scope.SITE, "site_id", Merge.FIELDS),
    "course_run": (Scope.NETWORK_SITE_OWNED, "site_id", Merge.FIELDS),
    "training_session": (Scope.NETWORK_SITE_OWNED, "site_id", Merge.FIELDS),
    "enrolment": (Scope.NETWORK, None, Merge.INSERT_ONLY),
    "attendance": (Scope.SITE, "site_id", Merge.FIELDS),
    "foad_time": (Scope.SITE, "site_id", Merge.FIELDS),  # FOAD attendance: like attendance
    "event": (Scope.NETWORK, "site_id", Merge.FIELDS),
    "service_offer": (Scope.NETWORK, "site_id", Merge.FIELDS),
    "audit_entry": (Scope.SITE, "site_id", Merge.APPEND_ONLY),
}


def _synced_models() -> dict[str, type[Synced]]:
    return {
        m.class_.__tablename__: m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced)
    }


def test_every_synced_table_declares_the_scope_owner_and_merge_of_the_design() -> None:
    models = _synced_models()
    assert set(models) == set(EXPECTED)
    for name, model in models.items():
        assert (model.__scope__, model.__owner__, model.__merge__) == EXPECTED[name], name
        if model.__owner__ is not None:
            assert model.__owner__ in model.__table__.c, name  # type: ignore[attr-defined]


def test_no_uniqueness_beyond_ids() -> None:
    """A UNIQUE constraint would need a merge rule written next to it (DESIGN.md §4)."""
    for table in Base.metadata.tables.values():
        uniques = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
        unique_indexes = [i for i in table.indexes if i.unique]
        assert not uniques and not unique_indexes, table.name


def test_every_moment_is_stored_in_utc() -> None:
    for table in Base.metadata.tables.values():
        for column in table.columns:
            if isinstance(column.type, DateTime):
                raise AssertionError(f"{table.name}.{column.name} is a naive DateTime")
            if column.name.endswith("_at"):
                assert isinstance(column.type, UTCDateTime), f"{table.name}.{column.name}"


def test_rows_that_feed_statistics_keep_the_snapshot_of_the_day() -> None:
    snapshotted = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, StatsSnapshot)
    }
    assert snapshotted == {"visit", "enrolment", "attendance", "foad_time"}


def test_two_desks_seed_the_same_reference_rows(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a.sqlite3")
    second = open_database(tmp_path / "b.sqlite3")
    try:
        for model in (VisitPurpose, Funder, FundingLine, Course):
            with first.read() as a, second.read() as b:
                rows_a = {(r.id, r.code, r.field_clocks["*"]) for r in a.scalars(select(model))}
                rows_b = {(r.id, r.code, r.field_clocks["*"]) for r in b.scalars(select(model))}
            assert rows_a == rows_b and rows_a, model.__tablename__
    finally:
        first.close()
        second.close()
    assert len({p.id for p in reference.PURPOSES}) == len(reference.PURPOSES)
    assert {c.code for c in reference.COURSES} >= {
        "CNI",
        "C2I",
        "FOAD",
        "EMPLOI",
        "SENIORS",
        "ELUS",
    }


def test_every_foreign_key_column_is_indexed() -> None:
    """Deferred keys are checked at COMMIT: a child row applied before its parent must not make
    every later parent insert scan the child table."""
    missing = []
    for table in Base.metadata.tables.values():
        leading = {next(iter(index.columns)).name for index in table.indexes}
        leading |= (
            {next(iter(table.primary_key.columns)).name} if table.primary_key.columns else set()
        )
        missing += [
            f"{table.name}.{fk.parent.name}"
            for fk in table.foreign_keys
            if fk.parent.name not in leading
        ]
    assert not missing
