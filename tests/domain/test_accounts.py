"""Rules of staff accounts: lockout after wrong passwords, login names, passwords, PINs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from lam_desk.domain.accounts import (
    AccountRuleError,
    LockoutPolicy,
    check_display_name,
    check_password,
    check_pin,
    check_username,
    normalise_username,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = LockoutPolicy(attempts=5, minutes=5)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# --- lockout ----------------------------------------------------------------------------------


def test_five_quick_failures_lock_for_five_minutes_from_the_last_one() -> None:
    failures = [at(m) for m in (0, 0.5, 1, 1.5, 2)]
    assert POLICY.locked_until(failures[:4], at(2)) is None
    assert POLICY.locked_until(failures, at(2)) == at(7)
    assert POLICY.attempts_left(failures, at(2)) == 0


def test_the_lock_lasts_as_long_as_the_desk_says() -> None:
    # Failures spread over four minutes: the fifth locks until 5 minutes after it, and the
    # account must stay locked all that time (not unlock when the first failure ages out).
    failures = [at(m) for m in range(5)]
    until = POLICY.locked_until(failures, at(4))
    assert until == at(9)
    for minute in (4.5, 5.5, 7, 8.9):
        assert POLICY.locked_until(failures, at(minute)) == until
        assert POLICY.attempts_left(failures, at(minute)) == 0
    assert POLICY.locked_until(failures, at(9)) is None
    assert POLICY.attempts_left(failures, at(9)) == POLICY.attempts


def test_failures_spread_wider_than_the_window_never_lock() -> None:
    failures = [at(m * 1.3) for m in range(12)]
    for minute in (5.2, 10, 14.3, 20):
        assert POLICY.locked_until(failures, at(minute)) is None


def test_attempts_left_counts_down_within_the_window() -> None:
    failures: list[datetime] = []
    seen = []
    for minute in range(5):
        seen.append(POLICY.attempts_left(failures, at(minute)))
        failures.append(at(minute))
    assert seen == [5, 4, 3, 2, 1]
    assert POLICY.attempts_left([at(0), at(1)], at(5.5)) == 4


minutes_apart = st.lists(st.floats(min_value=0, max_value=3, allow_nan=False), max_size=12)


@given(
    gaps=minutes_apart,
    attempts=st.integers(min_value=3, max_value=6),
    window=st.integers(min_value=2, max_value=10),
    later=st.floats(min_value=0, max_value=15, allow_nan=False),
)
def test_lockout_rules_agree(gaps: list[float], attempts: int, window: int, later: float) -> None:
    policy = LockoutPolicy(attempts=attempts, minutes=window)
    failures, t = [], 0.0
    for gap in gaps:
        t += gap
        failures.append(at(t))
    now = at(t + later)
    until = policy.locked_until(failures, now)
    left = policy.attempts_left(failures, now)
    if until is not None:
        # Locked: no attempt left, and it unlocks exactly `minutes` after the last failure.
        assert left == 0
        assert now < until == max(failures) + timedelta(minutes=window)
        assert policy.locked_until(failures, now + (until - now) / 2) == until  # still locked
        assert policy.locked_until(failures, until) is None
    else:
        # Not locked: exactly `left` more wrong attempts now lock it, one fewer does not.
        assert left >= 1
        assert policy.locked_until(failures + [now] * (left - 1), now) is None
        assert policy.locked_until(failures + [now] * left, now) == now + timedelta(minutes=window)


# --- login names, passwords, PINs -------------------------------------------------------------


@pytest.mark.parametrize("name", ["camille", "j.dupont", "anne-marie", "m_azais2", "ab", "a" * 40])
def test_valid_login_names(name: str) -> None:
    check_username(name)


@pytest.mark.parametrize(
    "name", ["", "a", "a" * 41, "2pac", "jean dupont", "hélène", "Camille", ".x", "x@y"]
)
def test_invalid_login_names_are_refused(name: str) -> None:
    with pytest.raises(AccountRuleError):
        check_username(name)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=40))
def test_typed_login_names_are_normalised_to_a_valid_name(name: str) -> None:
    typed = f"  {name.upper()} "
    assert normalise_username(typed) == name
    check_username(normalise_username(typed))


def test_password_rules() -> None:
    check_password("correct horse")
    check_password("12345678")
    with pytest.raises(AccountRuleError) as short:
        check_password("1234567")
    assert short.value.params == {"minimum": 8}
    for spaced in (" leading-space", "trailing-space "):
        with pytest.raises(AccountRuleError):
            check_password(spaced)
    for weak in ("aaaaaaaa", "abababab"):
        with pytest.raises(AccountRuleError):
            check_password(weak)
    check_password("camille-2026", "hélène")
    for with_login in ("camille.roux", "Camille.Roux-2026"):
        with pytest.raises(AccountRuleError):
            check_password(with_login, "camille.roux")


@pytest.mark.parametrize("pin", ["4826", "13579246", "2468", "1357", "1123"])
def test_valid_pins(pin: str) -> None:
    check_pin(pin)


@pytest.mark.parametrize(
    "pin", ["", "123", "123456789", "12a4", "12 34", "١٢٣٤", "0000", "1234", "98765", "00000000"]
)
def test_invalid_pins_are_refused(pin: str) -> None:
    with pytest.raises(AccountRuleError):
        check_pin(pin)


def test_display_name_rules() -> None:
    check_display_name("Hélène Marty")
    for bad in ("", "   ", "x" * 121):
        with pytest.raises(AccountRuleError):
            check_display_name(bad)
