"""Who may do what at the desk: the action × role table (DESIGN.md §6)."""

from __future__ import annotations

import pytest

from lam_desk.domain.accounts import Role
from lam_desk.domain.permissions import Action, allowed

COORDINATOR_ONLY = {
    Action.MANAGE_ACCOUNTS,
    Action.EDIT_SITE_SETTINGS,
    Action.RESTORE_BACKUP,
    Action.PURGE_MEMBERS,
    Action.CORRECT_LOCKED_ATTENDANCE,
}


@pytest.mark.parametrize("action", list(Action))
def test_the_coordinator_may_do_everything(action: Action) -> None:
    assert allowed(Role.COORDINATOR, action)


@pytest.mark.parametrize("action", list(Action))
def test_an_animator_may_do_the_desk_work_only(action: Action) -> None:
    assert allowed(Role.ANIMATOR, action) == (action not in COORDINATOR_ONLY)


def test_roles_stored_as_text_are_understood() -> None:
    assert allowed("coordinator", Action.MANAGE_ACCOUNTS)
    assert not allowed("animator", Action.MANAGE_ACCOUNTS)


def test_an_unknown_role_is_refused_loudly() -> None:
    with pytest.raises(ValueError):
        allowed("visitor", Action.BACKUP_NOW)
