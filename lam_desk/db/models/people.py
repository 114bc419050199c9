"""Members of the public: the network's directory card, and the contact kept at home."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Boolean, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lam_desk.db.base import Base, Scope, Synced, deferred_fk
from lam_desk.db.types import UTCDateTime


class Member(Synced, Base):
    """A registered person of the public: the minimum the mission needs (DESIGN.md §6).

    Merge: per field. A duplicate is merged by setting ``merged_into_id`` on it (readers follow
    the mark; no other row is rewritten). Erasure wipes the personal fields and sets
    ``erased_at``; later edits are refused.
    """

    __tablename__ = "member"
    __scope__ = Scope.NETWORK
    __erased_column__ = "erased_at"
    # The card number stays (never given twice, it identifies nobody without the card).
    __erased_values__: ClassVar[Mapping[str, object]] = {
        "family_name": "",
        "given_name": "",
        "birth_year": None,
        "gender": "-",
        "commune_insee": None,
        "status": "other",
    }
    # Kept, restricted, while funded training must be kept (lam_desk.services.privacy).
    __erased_kept__ = frozenset({"family_name", "given_name", "birth_year"})

    # Unique across the network even offline: the site code and a sequence of that site
    # ("BED-000123"). No UNIQUE constraint: two rows with one number can only come from a
    # copied database, which takes a new node id; the desk then reissues a number.
    card_number: Mapped[str] = mapped_column(String(20), index=True)
    # The numbers of the cards this member held before (a lost card reissued), each between
    # spaces (" BED-482100007 "): a scan of one of them says the card was replaced. Read only
    # when a number is not found, so no index.
    replaced_cards: Mapped[str] = mapped_column(String(400), default="", server_default="")
    family_name: Mapped[str] = mapped_column(String(80))
    given_name: Mapped[str] = mapped_column(String(80))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str] = mapped_column(String(2), default="-")
    commune_insee: Mapped[str | None] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(20), default="other")
    home_site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    registered_on: Mapped[date] = mapped_column(Date)
    merged_into_id: Mapped[str | None] = mapped_column(
        String(36), deferred_fk("member.id"), index=True
    )
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MemberContact(Synced, Base):
    """Phone, e-mail, address and consents of a member: kept at the member's home site."""

    __tablename__ = "member_contact"
    __scope__ = Scope.HOME_SITE
    __owner__ = "home_site_id"
    # Erasing the member wipes the contact and deletes it (causal length).
    __erased_with__ = ("member_id", "member")
    __erased_values__: ClassVar[Mapping[str, object]] = {
        "phone": "",
        "email": "",
        "address": "",
        "postal_code": "",
        "newsletter_consent": False,
        "photo_consent": False,
        "notice_accepted_on": None,
        "charter_accepted_on": None,
        "parental_authorisation_on": None,
        "guardian_name": "",
    }

    member_id: Mapped[str] = mapped_column(String(36), deferred_fk("member.id"), index=True)
    home_site_id: Mapped[str] = mapped_column(String(36), deferred_fk("site.id"), index=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    newsletter_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    photo_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    notice_accepted_on: Mapped[date | None] = mapped_column(Date)
    charter_accepted_on: Mapped[date | None] = mapped_column(Date)
    # Children under 15: the parent's or guardian's authorisation, and who gave it.
    parental_authorisation_on: Mapped[date | None] = mapped_column(Date)
    guardian_name: Mapped[str] = mapped_column(String(120), default="")


class MemberSearch(Base):
    """Local search index of member names (never synced): one row per word of a member's
    name, holding the folded name rotated to start at that word (lam_desk.domain.people
    ``search_keys``), so a range scan finds a name by the beginning of any of its words.
    Rebuilt from the member rows whenever they change, whatever path changed them."""

    __tablename__ = "member_search"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)

    __table_args__ = (Index("ix_member_search_member_id", "member_id"),)
