"""Who may do what: the action × role table of DESIGN.md §6."""

from __future__ import annotations

from enum import StrEnum

from lam_desk.domain.accounts import Role


class Action(StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"
    EDIT_SITE_SETTINGS = "edit_site_settings"
    RESTORE_BACKUP = "restore_backup"
    EXPORT_MEMBER = "export_member"
    ERASE_MEMBER = "erase_member"
    PURGE_MEMBERS = "purge_members"
    CORRECT_LOCKED_ATTENDANCE = "correct_locked_attendance"
    BACKUP_NOW = "backup_now"


_ALLOWED: dict[Action, frozenset[Role]] = {
    Action.MANAGE_ACCOUNTS: frozenset({Role.COORDINATOR}),
    Action.EDIT_SITE_SETTINGS: frozenset({Role.COORDINATOR}),
    Action.RESTORE_BACKUP: frozenset({Role.COORDINATOR}),
    Action.EXPORT_MEMBER: frozenset({Role.ANIMATOR, Role.COORDINATOR}),
    Action.ERASE_MEMBER: frozenset({Role.ANIMATOR, Role.COORDINATOR}),
    Action.PURGE_MEMBERS: frozenset({Role.COORDINATOR}),
    Action.CORRECT_LOCKED_ATTENDANCE: frozenset({Role.COORDINATOR}),
    Action.BACKUP_NOW: frozenset({Role.ANIMATOR, Role.COORDINATOR}),
}


def allowed(role: Role | str, action: Action) -> bool:
    return Role(role) in _ALLOWED[action]
