"""Rules of staff accounts: roles, what makes a valid username, password and PIN, lockouts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import pairwise

from lam_desk.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ANIMATOR = "animator"
    COORDINATOR = "coordinator"


ROLE_LABELS = {
    Role.ANIMATOR: QT_TRANSLATE_NOOP("Roles", "Animator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Coordinator"),
}

USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,39}$")
PIN_RE = re.compile(r"^[0-9]{4,8}$")
PASSWORD_MIN_LENGTH = 8


class AccountRuleError(ValueError):
    """A rule of accounts is broken; ``source`` is the English text to translate ("Accounts")."""

    def __init__(self, source: str, **params: object) -> None:
        super().__init__(source)
        self.source = source
        self.params = params


def normalise_username(text: str) -> str:
    return text.strip().lower()


def check_username(username: str) -> None:
    if not username:
        raise AccountRuleError(QT_TRANSLATE_NOOP("Accounts", "Enter a login name."))
    if not USERNAME_RE.fullmatch(username):
        raise AccountRuleError(
            QT_TRANSLATE_NOOP(
                "Accounts",
                "The login name must start with a letter and use only lowercase letters, "
                "digits, dots, dashes or underscores (2 to 40 characters).",
            )
        )


def check_display_name(name: str) -> None:
    if not name.strip():
        raise AccountRuleError(QT_TRANSLATE_NOOP("Accounts", "Enter the person's name."))
    if len(name.strip()) > 120:
        raise AccountRuleError(QT_TRANSLATE_NOOP("Accounts", "The name is too long."))


def check_password(password: str, username: str = "") -> None:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise AccountRuleError(
            QT_TRANSLATE_NOOP("Accounts", "The password must have at least {minimum} characters."),
            minimum=PASSWORD_MIN_LENGTH,
        )
    if password.strip() != password:
        raise AccountRuleError(
            QT_TRANSLATE_NOOP("Accounts", "The password must not start or end with a space.")
        )
    if username and username.casefold() in password.casefold():
        raise AccountRuleError(
            QT_TRANSLATE_NOOP("Accounts", "The password must not contain the login name.")
        )
    if len(set(password)) < 3:
        raise AccountRuleError(
            QT_TRANSLATE_NOOP("Accounts", "The password is too easy to guess: vary its characters.")
        )


def check_pin(pin: str) -> None:
    if not PIN_RE.fullmatch(pin):
        raise AccountRuleError(QT_TRANSLATE_NOOP("Accounts", "The PIN must be 4 to 8 digits."))
    if is_trivial_pin(pin):
        raise AccountRuleError(
            QT_TRANSLATE_NOOP(
                "Accounts", "This PIN is too easy to guess (like 0000 or 1234): choose another."
            )
        )


def is_trivial_pin(pin: str) -> bool:
    """One digit repeated, or a run up or down (0000, 1234, 9876)."""
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


@dataclass(frozen=True)
class LockoutPolicy:
    attempts: int = 5
    minutes: int = 5

    def locked_until(self, failures: Iterable[datetime], now: datetime) -> datetime | None:
        """When the account unlocks, or None if it is not locked.

        Locked when the last ``attempts`` failures all fall within ``minutes`` of each other
        and the last one is less than ``minutes`` ago: the lock lasts ``minutes`` from the
        failure that set it, as the message at the desk says. Derived from the failure rows,
        never stored, so nothing can leave an account locked by mistake.
        """
        window = timedelta(minutes=self.minutes)
        past = sorted(f for f in failures if f <= now)
        if len(past) < self.attempts:
            return None
        last = past[-self.attempts :]
        until = last[-1] + window
        if last[-1] - last[0] >= window or now >= until:
            return None
        return until

    def attempts_left(self, failures: Iterable[datetime], now: datetime) -> int:
        """Wrong attempts still allowed before the account locks (0 while it is locked)."""
        failures = list(failures)
        if self.locked_until(failures, now) is not None:
            return 0
        window = timedelta(minutes=self.minutes)
        recent = sum(1 for f in failures if timedelta(0) <= now - f < window)
        return max(self.attempts - recent, 0)
