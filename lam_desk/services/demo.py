"""The demo network's accounts (the README lists these logins). Demo data is invented."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from lam_desk.domain import network
from lam_desk.domain.accounts import Role
from lam_desk.services import node, staff


@dataclass(frozen=True)
class DemoLogin:
    username: str
    display_name: str
    role: Role
    site_code: str
    password: str
    pin: str


DEMO_HOME_SITE = "BED"

DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin("camille", "Camille Roux", Role.ANIMATOR, "BED", "demo-camille", "1234"),
    DemoLogin("coordination", "Hélène Marty", Role.COORDINATOR, "BED", "demo-coordination", "4321"),
    DemoLogin("mathis", "Mathis Azaïs", Role.ANIMATOR, "LUN", "demo-mathis", "5678"),
)

AUTO_LOGIN = "camille"


def seed_demo_accounts(session: Session) -> None:
    """Make the demo desk serve Bédarieux and its antennas, with the demo accounts. Idempotent."""
    node.set_home_site(session, network.site_id(DEMO_HOME_SITE))
    if staff.count_accounts(session) > 0:
        return
    coordinator: staff.StaffRow | None = None
    for login in sorted(DEMO_LOGINS, key=lambda d: d.role is not Role.COORDINATOR):
        draft = staff.AccountDraft(
            login.username,
            login.display_name,
            login.role,
            network.site_id(login.site_code),
            login.password,
            login.pin,
        )
        created = staff.create_account(session, coordinator, draft)
        if coordinator is None:
            coordinator = created.account
