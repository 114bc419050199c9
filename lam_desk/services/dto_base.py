"""The rows the desk needs before its store opens: this node, its sites, staff accounts and
logging in (lam_desk.peek, the login and lock screens). Kept apart from the other rows of
lam_desk.services.dto, which re-exports them, so that the desk's start path loads only these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lam_desk.domain import network
from lam_desk.domain.accounts import Role
from lam_desk.errors import UserError


@dataclass(frozen=True)
class SiteRow:
    id: str
    code: str
    name: str
    kind: str
    parent_site_id: str | None
    commune_insee: str
    place: str

    @property
    def is_antenna(self) -> bool:
        return self.kind == network.ANTENNA


@dataclass(frozen=True)
class NodeInfo:
    node_id: str
    home_site: SiteRow | None
    served_sites: tuple[SiteRow, ...]

    @property
    def configured(self) -> bool:
        return self.home_site is not None


@dataclass(frozen=True)
class StaffRow:
    """An account as shown at the desk, with the field clocks it was read with."""

    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    home_site_id: str | None
    has_pin: bool
    has_recovery_code: bool
    clocks: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR


@dataclass(frozen=True)
class AccountDraft:
    """What the account form gives to the service."""

    username: str
    display_name: str
    role: Role
    home_site_id: str | None
    password: str = ""
    pin: str = ""
    active: bool = True


@dataclass(frozen=True)
class LoginOutcome:
    """The answer to a login or unlock attempt.

    A refusal is returned rather than raised, so the caller's transaction still commits the
    failure it recorded (raising would roll the count back and defeat the lockout).
    """

    account: StaffRow | None
    error: UserError | None = None

    def unwrap(self) -> StaffRow:
        if self.error is not None:
            raise self.error
        assert self.account is not None
        return self.account


@dataclass(frozen=True)
class CreatedAccount:
    account: StaffRow
    recovery_code: str
