"""The declarative base: naming convention and the sync columns every synced table carries."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Columns that carry sync state rather than data; they are never captured as fields.
SYNC_COLUMNS = frozenset({"id", "field_clocks", "cl"})


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, str]: JSON}


def deferred_fk(target: str, *, ondelete: str | None = None) -> ForeignKey:
    """A foreign key checked at COMMIT, so a sync page can apply rows in any order."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED", ondelete=ondelete)


class Scope(StrEnum):
    """Who receives a synced table's rows (DESIGN.md §4)."""

    NETWORK = "network"  # every node
    HOME_SITE = "home_site"  # the member's home site (and the coordinator)
    SITE = "site"  # the owning site (and the coordinator)
    NETWORK_SITE_OWNED = "network_site_owned"  # every node; written by the owning site


class Merge(StrEnum):
    """How concurrent writes of a table's rows are merged (DESIGN.md §4, §5.4)."""

    FIELDS = "fields"  # per field, last writer wins on (hlc, node id)
    INSERT_ONLY = "insert_only"  # rows are created, then only cancelled (enrolments)
    APPEND_ONLY = "append_only"  # never changed once written (audit log)


class Writers(StrEnum):
    """Which logins the central store takes a table's rows from (DESIGN.md §4)."""

    ANY = "any"  # any site's (a row with an owner: the owning site's)
    COORDINATOR = "coordinator"  # the coordinator's only (reference rows)
    OWNER = "owner"  # the site the row names, or the coordinator (a row naming none: only it)


class Synced:
    """Mixin of every table that syncs with the central store (DESIGN.md §4-5).

    - ``id``: a UUIDv7 made where the row is created, or a deterministic id for reference rows;
    - ``field_clocks``: the hybrid-logical-clock stamp of the last write of each field, kept
      compact: ``"*"`` is the stamp of every field not listed (see lam_desk.sync.clocks);
    - ``cl``: the causal length: odd means alive, even means deleted; a restore is explicit.

    ``__scope__`` says who receives the rows, ``__owner__`` names the column holding the owning
    site (None for network rows anyone may write), ``__merge__`` how writes merge,
    ``__writers__`` which logins the central store takes the rows from (``Writers.OWNER``:
    the site in ``__writer_column__``, by default ``__owner__``).

    Erasure (DESIGN.md §6), read by the desk and the central store alike:
    ``__erased_column__`` names the column whose non-null value marks the row erased;
    ``__erased_values__`` what each personal field holds once erased (the only value an erased
    row's field may still be given); ``__erased_kept__`` the fields an erasure may keep,
    restricted, as a whole (a learner's identity while funded training is kept): kept
    together or wiped together; ``__erased_with__`` ``(column, table)``: the row is erased
    with the row of ``table`` that ``column`` names (wiped and deleted by causal length).
    """

    __scope__: ClassVar[Scope] = Scope.NETWORK
    __owner__: ClassVar[str | None] = None
    __merge__: ClassVar[Merge] = Merge.FIELDS
    __writers__: ClassVar[Writers] = Writers.ANY
    __writer_column__: ClassVar[str | None] = None
    # Columns that stay on this node: never in an op (secrets kept at their home site).
    __local_fields__: ClassVar[frozenset[str]] = frozenset()
    __erased_column__: ClassVar[str | None] = None
    __erased_values__: ClassVar[Mapping[str, object]] = {}
    __erased_kept__: ClassVar[frozenset[str]] = frozenset()
    __erased_with__: ClassVar[tuple[str, str] | None] = None

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field_clocks: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, nullable=False)
    cl: Mapped[int] = mapped_column(Integer, default=1, nullable=False)

    @property
    def alive(self) -> bool:
        return self.cl % 2 == 1

    @classmethod
    def synced_fields(cls) -> tuple[str, ...]:
        table = cls.__table__  # type: ignore[attr-defined]
        return tuple(
            c.key
            for c in table.columns
            if c.key not in SYNC_COLUMNS and c.key not in cls.__local_fields__
        )


class StatsSnapshot:
    """The member as the statistics see them on the day of the row (DESIGN.md §4): kept on
    visits, enrolments and attendance so figures never change when people do. Ages are a
    range so an anonymous head count can give a band; a member's exact age has low == high."""

    snapshot_age_low: Mapped[int | None] = mapped_column(Integer)
    snapshot_age_high: Mapped[int | None] = mapped_column(Integer)
    snapshot_gender: Mapped[str | None] = mapped_column(String(2))
    snapshot_commune_insee: Mapped[str | None] = mapped_column(String(5))
    snapshot_status: Mapped[str | None] = mapped_column(String(20))
