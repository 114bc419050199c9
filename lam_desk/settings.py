"""Typed settings of one desk, kept as JSON in the user configuration folder."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lam_desk.domain.accounts import LockoutPolicy
from lam_desk.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Settings:
    """What an animator or coordinator may change in Réglages. Window geometry lives apart."""

    schema_version: int = SCHEMA_VERSION
    language: str = DEFAULT_LANGUAGE
    idle_lock_minutes: int = 5
    lockout_attempts: int = 5
    lockout_minutes: int = 5
    backup_keep: int = 30
    last_username: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def lockout_policy(self) -> LockoutPolicy:
        return LockoutPolicy(self.lockout_attempts, self.lockout_minutes)

    def validated(self) -> Settings:
        """Bring every field back into its range (a hand-edited file must not break the desk)."""
        language = self.language if self.language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
        return dataclasses.replace(
            self,
            language=language,
            idle_lock_minutes=min(max(int(self.idle_lock_minutes), 1), 60),
            lockout_attempts=min(max(int(self.lockout_attempts), 3), 20),
            lockout_minutes=min(max(int(self.lockout_minutes), 1), 120),
            backup_keep=min(max(int(self.backup_keep), 1), 365),
        )


def load_settings(path: Path) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults (and is logged)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("settings file unreadable, defaults used: %s", path)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in dataclasses.fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    try:
        return Settings(**values).validated()
    except (TypeError, ValueError):
        log.warning("settings file has invalid values, defaults used: %s", path)
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically, so a crash mid-write never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(dataclasses.asdict(settings.validated()), indent=2, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
