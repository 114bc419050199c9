"""The desk's day: visits and their purposes, workstation use, bookings, the walk-in queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from lam_desk.db.base import Base, Scope, StatsSnapshot, Synced, Writers, deferred_fk
from lam_desk.db.types import UTCDateTime


class VisitPurpose(Synced, Base):
    """Why people come (free access, job search, administrative procedure…). Reference row
    with a deterministic id; the coordinator edits the list."""

    __tablename__ = "visit_purpose"
    __scope__ = Scope.NETWORK
    __writers__ = Writers.COORDINATOR

    code: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Visit(StatsSnapshot, Synced, Base):
    """One check-in at the desk ("passage"): a member, or an anonymous head count."""

    __tablename__ = "visit"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(String(36), deferred_fk("member.id"), index=True)
    # Anonymous visitors: how many people this row counts (1 for a member's visit).
    head_count: Mapped[int] = mapped_column(Integer, default=1)
    # An anonymous ticket ("T-12") so a person who gives no name can be seated.
    ticket: Mapped[str | None] = mapped_column(String(12))
    purpose_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    staff_user_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("staff_user.id"), index=True
    )

    # The day's visits of a site (opening, closing, statistics) are one range scan.
    __table_args__ = (Index("ix_visit_site_id_started_at", "site_id", "started_at"),)


class WorkstationUse(Synced, Base):
    """A person seated at a workstation: from when, until when planned, when it ended.
    A move to another workstation ends this row and starts another."""

    __tablename__ = "workstation_use"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(
        String(36), deferred_fk("workstation.id"), index=True
    )
    visit_id: Mapped[str] = mapped_column(String(36), deferred_fk("visit.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    planned_end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # The board reads who sits where now: the few open rows among a year of ended ones.
    __table_args__ = (
        Index("ix_workstation_use_open", "site_id", sqlite_where=text("ended_at IS NULL")),
    )


class Booking(Synced, Base):
    """A workstation held for a person and a time range ("réservation de poste").

    What happened to it is kept as moments, not as a status: cancelled, arrived, released as a
    no-show. A block booking (a workshop, a group) shares ``block_id`` and ``label``.
    Overlaps of one workstation are arbitrated by the central store (DESIGN.md §5.4).
    """

    __tablename__ = "booking"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(
        String(36), deferred_fk("workstation.id"), index=True
    )
    member_id: Mapped[str | None] = mapped_column(String(36), deferred_fk("member.id"), index=True)
    # Booked by phone for someone not registered yet: the name said, completed at arrival.
    caller_name: Mapped[str] = mapped_column(String(120), default="")
    label: Mapped[str] = mapped_column(String(120), default="")
    block_id: Mapped[str | None] = mapped_column(String(36))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("staff_user.id"), index=True
    )
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class QueueEntry(Synced, Base):
    """A person waiting for the next free workstation ("file d'attente")."""

    __tablename__ = "queue_entry"
    __scope__ = Scope.SITE
    __owner__ = "site_id"

    site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    visit_id: Mapped[str] = mapped_column(String(36), deferred_fk("visit.id"), index=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # "seated" or "left" once it ended; None while waiting.
    outcome: Mapped[str | None] = mapped_column(String(12))

    # The board reads who waits now, not the year of people who waited.
    __table_args__ = (
        Index("ix_queue_entry_waiting", "site_id", sqlite_where=text("left_at IS NULL")),
    )
