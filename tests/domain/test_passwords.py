"""Hashing of passwords, PINs and recovery codes; the printed recovery code as people type it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from lam_desk.domain.passwords import (
    hash_secret,
    new_recovery_code,
    normalise_recovery_code,
    verify_secret,
)

CODE_RE = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$")
LOOKALIKES = set("01ILO")


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_secret("Mot de passe 2026 é")


def test_the_right_secret_verifies(stored: str) -> None:
    assert verify_secret("Mot de passe 2026 é", stored)


@pytest.mark.parametrize(
    "typed", ["", "mot de passe 2026 é", "Mot de passe 2026 e", "Mot de passe 2026 é "]
)
def test_a_wrong_secret_fails(stored: str, typed: str) -> None:
    assert not verify_secret(typed, stored)


def test_the_hash_is_salted_and_keeps_no_secret_in_clear() -> None:
    first, second = hash_secret("1234"), hash_secret("1234")
    assert first != second
    assert "1234" not in first
    assert first.startswith("scrypt$")
    assert verify_secret("1234", second)


@pytest.mark.parametrize(
    "broken", [None, "", "scrypt$garbage", "bcrypt$16384$8$1$AAAA$AAAA", "scrypt$x$8$1$AA$AA"]
)
def test_a_missing_or_broken_hash_never_verifies(broken: str | None) -> None:
    assert not verify_secret("1234", broken)


def test_recovery_codes_are_printable_groups_without_lookalikes() -> None:
    codes = [new_recovery_code() for _ in range(200)]
    assert all(CODE_RE.fullmatch(code) for code in codes)
    assert not LOOKALIKES & set("".join(codes))
    assert all(normalise_recovery_code(code) == code for code in codes)
    assert len(set(codes)) == len(codes)


def _typed_variants(code: str) -> list[str]:
    bare = code.replace("-", "")
    return [
        code.lower(),
        bare,
        bare.lower(),
        " ".join(code.split("-")),
        f"  {code}\n",
        "-".join(bare[i : i + 2] for i in range(0, 16, 2)),
    ]


@given(st.text(alphabet="ABCDEFGHJKMNPQRSTUVWXYZ23456789", min_size=16, max_size=16))
def test_a_code_typed_loosely_normalises_to_the_printed_code(raw: str) -> None:
    code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
    for typed in _typed_variants(code):
        assert normalise_recovery_code(typed) == code


def test_zero_and_letter_o_one_and_letter_i_read_the_same() -> None:
    assert normalise_recovery_code("0o0O-1i1I-abcd-2345") == normalise_recovery_code(
        "OOOO-IIII-ABCD-2345"
    )


def test_a_typed_recovery_code_verifies_against_the_stored_hash() -> None:
    code = new_recovery_code()
    stored = hash_secret(code)
    assert verify_secret(normalise_recovery_code(code.lower().replace("-", " ")), stored)
    other_last = "2" if code[-1] != "2" else "3"
    assert not verify_secret(normalise_recovery_code(code[:-1] + other_last), stored)
