"""What every page of an open desk needs: who is at the desk, where, and the tools."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lam_desk.domain.accounts import LockoutPolicy
    from lam_desk.paths import AppPaths
    from lam_desk.services.dto import NodeInfo, SiteRow, StaffRow
    from lam_desk.settings import Settings
    from lam_desk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class DeskContext:
    paths: AppPaths
    settings: Settings
    tasks: TaskRunner
    node: NodeInfo
    account: StaffRow
    site: SiteRow
    demo: bool

    @property
    def lockout(self) -> LockoutPolicy:
        return self.settings.lockout_policy

    def with_settings(self, settings: Settings) -> DeskContext:
        return replace(self, settings=settings)

    def with_account(self, account: StaffRow) -> DeskContext:
        return replace(self, account=account)
