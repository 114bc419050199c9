"""Staff accounts: creation, edits, deactivation, passwords, PINs, recovery codes, login."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lam_desk.db.models import LoginFailure, Site, StaffUser
from lam_desk.domain import accounts
from lam_desk.domain.accounts import AccountRuleError, LockoutPolicy, Role
from lam_desk.domain.passwords import (
    hash_secret,
    new_recovery_code,
    normalise_recovery_code,
    verify_secret,
)
from lam_desk.domain.permissions import Action, allowed
from lam_desk.errors import RefusedError, UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.services.dto import AccountDraft, CreatedAccount, LoginOutcome, StaffRow
from lam_desk.sync import capture, clocks

CONTEXT = "Accounts"


@cache
def _timing_decoy() -> str:
    """A hash of nothing anyone types, checked when the login name is unknown (made on first
    need, not at start: hashing takes a noticeable moment)."""
    return hash_secret("lam-desk timing decoy")


def staff_row(user: StaffUser) -> StaffRow:
    return StaffRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        active=user.active,
        home_site_id=user.home_site_id,
        has_pin=bool(user.pin_hash),
        has_recovery_code=bool(user.recovery_code_hash),
        clocks=clocks.expand(user.field_clocks, (*StaffUser.synced_fields(), "cl")),
    )


def list_accounts(session: Session) -> list[StaffRow]:
    users = session.scalars(
        select(StaffUser)
        .where(StaffUser.cl % 2 == 1)
        .order_by(StaffUser.active.desc(), func.lower(StaffUser.display_name))
    ).all()
    return [staff_row(u) for u in users]


def get_account(session: Session, user_id: str) -> StaffRow:
    return staff_row(_user(session, user_id))


def count_accounts(session: Session) -> int:
    return (
        session.scalar(select(func.count()).select_from(StaffUser).where(StaffUser.cl % 2 == 1))
        or 0
    )


def create_account(session: Session, actor: StaffRow | None, draft: AccountDraft) -> CreatedAccount:
    """Create an account and its one-time recovery code (returned once, to be printed).

    ``actor`` is None only for the first account of a new desk, which must be a coordinator.
    """
    if actor is None:
        if count_accounts(session) > 0:
            _refuse_permission()
        if draft.role is not Role.COORDINATOR:
            raise UserError(
                CONTEXT, QT_TRANSLATE_NOOP("Accounts", "The first account must be a coordinator.")
            )
    else:
        _require(session, actor, Action.MANAGE_ACCOUNTS)
    username = accounts.normalise_username(draft.username)
    _checked(lambda: accounts.check_username(username))
    _checked(lambda: accounts.check_display_name(draft.display_name))
    _checked(lambda: accounts.check_password(draft.password, username))
    if draft.pin:
        _checked(lambda: accounts.check_pin(draft.pin))
    _check_site(session, draft.home_site_id)
    if _find_by_username(session, username) is not None:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Accounts", "The login name “{username}” is already taken."),
            username=username,
        )
    code = new_recovery_code()
    user = StaffUser(
        username=username,
        display_name=draft.display_name.strip(),
        role=draft.role.value,
        active=True,
        home_site_id=draft.home_site_id,
        password_hash=hash_secret(draft.password),
        pin_hash=hash_secret(draft.pin) if draft.pin else None,
        recovery_code_hash=hash_secret(code),
    )
    session.add(user)
    session.flush()
    return CreatedAccount(staff_row(user), code)


def update_account(
    session: Session, actor: StaffRow, seen: StaffRow, draft: AccountDraft
) -> StaffRow:
    """Apply the account form. Empty password or PIN fields leave them as they are."""
    _require(session, actor, Action.MANAGE_ACCOUNTS)
    user = _user(session, seen.id)
    username = accounts.normalise_username(draft.username)
    _checked(lambda: accounts.check_username(username))
    _checked(lambda: accounts.check_display_name(draft.display_name))
    if draft.password:
        _checked(lambda: accounts.check_password(draft.password, username))
    if draft.pin:
        _checked(lambda: accounts.check_pin(draft.pin))
    _check_site(session, draft.home_site_id)
    other = _find_by_username(session, username)
    if other is not None and other.id != user.id:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Accounts", "The login name “{username}” is already taken."),
            username=username,
        )
    if user.id == actor.id and (draft.role is not Role.COORDINATOR or not draft.active):
        raise RefusedError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Accounts",
                "You cannot remove your own coordinator role or deactivate your own account.",
            ),
        )
    if user.role == Role.COORDINATOR and (draft.role is not Role.COORDINATOR or not draft.active):
        _keep_one_coordinator(session, user.id)
    capture.set_base(session, user, seen.clocks)
    user.username = username
    user.display_name = draft.display_name.strip()
    user.role = draft.role.value
    user.active = draft.active
    user.home_site_id = draft.home_site_id
    if draft.password:
        user.password_hash = hash_secret(draft.password)
    if draft.pin:
        user.pin_hash = hash_secret(draft.pin)
    session.flush()
    return staff_row(user)


def set_active(session: Session, actor: StaffRow, seen: StaffRow, active: bool) -> StaffRow:
    """Activate or deactivate an account. Only ``active`` changes: the other fields keep the
    values they have now, even if they changed since ``seen`` was read."""
    current = get_account(session, seen.id)
    draft = AccountDraft(
        current.username, current.display_name, current.role, current.home_site_id, active=active
    )
    return update_account(session, actor, seen, draft)


def change_own_secrets(
    session: Session,
    actor: StaffRow,
    current_password: str,
    *,
    password: str = "",
    pin: str = "",
    policy: LockoutPolicy,
    now: datetime | None = None,
) -> LoginOutcome:
    """An animator edits their own password or PIN, after typing the current password.

    A wrong current password counts towards the lockout like a wrong login (it is returned,
    not raised, so the failure is kept); a new password or PIN that breaks a rule is raised.
    """
    now = now or datetime.now(UTC)
    user = _user(session, actor.id)
    outcome = _check_secret(
        session,
        user,
        policy,
        now,
        verify_secret(current_password, user.password_hash),
        QT_TRANSLATE_NOOP("Accounts", "The current password is wrong."),
    )
    if outcome.error is not None:
        return outcome
    if password:
        _checked(lambda: accounts.check_password(password, user.username))
        user.password_hash = hash_secret(password)
    if pin:
        _checked(lambda: accounts.check_pin(pin))
        user.pin_hash = hash_secret(pin)
    session.flush()
    return LoginOutcome(staff_row(user))


def issue_recovery_code(session: Session, actor: StaffRow, user_id: str) -> str:
    """A new one-time recovery code for an account (the old one stops working)."""
    _require(session, actor, Action.MANAGE_ACCOUNTS)
    user = _user(session, user_id)
    code = new_recovery_code()
    user.recovery_code_hash = hash_secret(code)
    session.flush()
    return code


# --- login -----------------------------------------------------------------------------------


def authenticate(
    session: Session,
    username: str,
    password: str,
    *,
    policy: LockoutPolicy,
    now: datetime | None = None,
) -> LoginOutcome:
    """Check a login. Wrong passwords are counted at this desk; too many lock the account for
    a few minutes. The message never says whether the login name exists."""
    now = now or datetime.now(UTC)
    user = _find_by_username(session, accounts.normalise_username(username))
    if user is None:
        # Spend the time a real check takes, so the answer does not tell which names exist.
        verify_secret(password, _timing_decoy())
        return LoginOutcome(
            None, _wrong(QT_TRANSLATE_NOOP("Accounts", "Wrong login name or password."))
        )
    return _check_secret(
        session,
        user,
        policy,
        now,
        verify_secret(password, user.password_hash),
        QT_TRANSLATE_NOOP("Accounts", "Wrong login name or password."),
    )


def unlock(
    session: Session,
    user_id: str,
    secret: str,
    *,
    policy: LockoutPolicy,
    now: datetime | None = None,
) -> LoginOutcome:
    """Unlock the idle-locked desk for the account that was logged in: PIN or password."""
    now = now or datetime.now(UTC)
    user = _user(session, user_id)
    ok = verify_secret(secret, user.pin_hash) or verify_secret(secret, user.password_hash)
    return _check_secret(
        session, user, policy, now, ok, QT_TRANSLATE_NOOP("Accounts", "Wrong PIN or password.")
    )


def _check_secret(
    session: Session,
    user: StaffUser,
    policy: LockoutPolicy,
    now: datetime,
    secret_ok: bool,
    wrong_text: str,
) -> LoginOutcome:
    locked = _lockout_error(session, user, policy, now)
    if locked is not None:
        return LoginOutcome(None, locked)
    if not secret_ok:
        _record_failure(session, user, now)
        locked = _lockout_error(session, user, policy, now)
        return LoginOutcome(None, locked or _wrong(wrong_text))
    if not user.active:
        return LoginOutcome(
            None,
            RefusedError(
                CONTEXT,
                QT_TRANSLATE_NOOP("Accounts", "This account is deactivated. Ask the coordinator."),
            ),
        )
    _clear_failures(session, user.id)
    return LoginOutcome(staff_row(user))


def _wrong(text: str) -> UserError:
    return UserError(CONTEXT, text)


def recover_with_code(session: Session, username: str, code: str, new_password: str) -> StaffRow:
    """Log in with the printed one-time recovery code and choose a new password. The code is
    used up, the lockout is cleared; the coordinator prints a new code later."""
    user = _find_by_username(session, accounts.normalise_username(username))
    wrong = UserError(CONTEXT, QT_TRANSLATE_NOOP("Accounts", "Wrong login name or recovery code."))
    if user is None or not user.recovery_code_hash:
        verify_secret(code, _timing_decoy())  # as long as a real check: names stay unknown
        raise wrong
    if not verify_secret(normalise_recovery_code(code), user.recovery_code_hash):
        raise wrong
    if not user.active:
        raise RefusedError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Accounts", "This account is deactivated. Ask the coordinator."),
        )
    _checked(lambda: accounts.check_password(new_password, user.username))
    user.password_hash = hash_secret(new_password)
    user.recovery_code_hash = None
    _clear_failures(session, user.id)
    session.flush()
    return staff_row(user)


def locked_until(
    session: Session, user_id: str, *, policy: LockoutPolicy, now: datetime | None = None
) -> datetime | None:
    return policy.locked_until(_failures(session, user_id), now or datetime.now(UTC))


# --- helpers ---------------------------------------------------------------------------------


def _user(session: Session, user_id: str) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None or not user.alive:
        raise UserError(CONTEXT, QT_TRANSLATE_NOOP("Accounts", "This account no longer exists."))
    return user


def _find_by_username(session: Session, username: str) -> StaffUser | None:
    return session.scalars(
        select(StaffUser).where(StaffUser.username == username, StaffUser.cl % 2 == 1)
    ).first()


def _failures(session: Session, user_id: str) -> list[datetime]:
    return list(
        session.scalars(select(LoginFailure.at).where(LoginFailure.staff_user_id == user_id))
    )


def _record_failure(session: Session, user: StaffUser, now: datetime) -> None:
    session.add(LoginFailure(staff_user_id=user.id, at=now))
    session.flush()


def _clear_failures(session: Session, user_id: str) -> None:
    for failure in session.scalars(
        select(LoginFailure).where(LoginFailure.staff_user_id == user_id)
    ):
        session.delete(failure)
    session.flush()


def _lockout_error(
    session: Session, user: StaffUser, policy: LockoutPolicy, now: datetime
) -> RefusedError | None:
    until = policy.locked_until(_failures(session, user.id), now)
    if until is None:
        return None
    minutes = max(1, int((until - now).total_seconds() + 59) // 60)
    return RefusedError(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Accounts",
            "Too many wrong attempts: this account is locked for another {minutes} min. "
            "You can also use your printed recovery code.",
        ),
        minutes=minutes,
    )


def _require(session: Session, actor: StaffRow, action: Action) -> None:
    """The actor's rights as stored now, not as they were read at login: an account
    deactivated or demoted since (at this desk or by a sync) loses them at once."""
    current = session.get(StaffUser, actor.id)
    if (
        current is None
        or not current.alive
        or not current.active
        or not allowed(current.role, action)
    ):
        _refuse_permission()


def _refuse_permission() -> None:
    raise RefusedError(
        CONTEXT, QT_TRANSLATE_NOOP("Accounts", "Only a coordinator can manage staff accounts.")
    )


def _keep_one_coordinator(session: Session, leaving_id: str) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(StaffUser)
        .where(
            StaffUser.role == Role.COORDINATOR.value,
            StaffUser.active.is_(True),
            StaffUser.cl % 2 == 1,
            StaffUser.id != leaving_id,
        )
    )
    if not others:
        raise RefusedError(
            CONTEXT,
            QT_TRANSLATE_NOOP("Accounts", "The network needs at least one active coordinator."),
        )


def _check_site(session: Session, site_id: str | None) -> None:
    if site_id is None:
        return
    site = session.get(Site, site_id)
    if site is None or not site.alive:
        raise UserError(CONTEXT, QT_TRANSLATE_NOOP("Accounts", "Choose a site of the network."))


def _checked(rule: object) -> None:
    try:
        rule()  # type: ignore[operator]
    except AccountRuleError as broken:
        raise UserError(CONTEXT, broken.source, **broken.params) from None


# The rows this service returns, importable from here as before.
__all__ = ["AccountDraft", "CreatedAccount", "LoginOutcome", "StaffRow"]
