"""Secrets of the desk (the site's sync password) in the operating system's keyring only."""

from __future__ import annotations

import logging
import secrets

import keyring
import keyring.errors
from keyring.backends import fail

log = logging.getLogger(__name__)

SERVICE = "lam-desk"


def backend_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def store_secret(name: str, secret: str) -> None:
    keyring.set_password(SERVICE, name, secret)


def load_secret(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError:
        log.warning("the keyring could not be read")
        return None


def keyring_round_trip() -> tuple[bool | None, str]:
    """Write, read back and delete a throwaway secret. None when no backend exists here."""
    if not backend_available():
        return None, "no keyring backend on this machine: the desk works offline without one"
    name = f"selftest-{secrets.token_hex(4)}"
    value = secrets.token_urlsafe(16)
    try:
        store_secret(name, value)
        ok = load_secret(name) == value
        keyring.delete_password(SERVICE, name)
    except keyring.errors.KeyringError as error:
        return False, f"keyring error: {type(error).__name__}"
    return ok, f"round trip through {type(keyring.get_keyring()).__name__}"
