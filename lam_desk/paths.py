"""Where the desk keeps its files: data, configuration, logs, backups, bundled resources."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "LAM Desk"
APP_AUTHOR = "PHLV"
DATABASE_NAME = "lam_desk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one desk. Tests and `--data-dir` give their own root."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def for_user(cls, *, demo: bool = False) -> AppPaths:
        import platformdirs  # the user's folders; not needed with --data-dir

        data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        config = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
        logs = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
        if demo:
            return cls(data / "demo", config / "demo", logs / "demo")
        return cls(data, config, logs)

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder (what `--data-dir DIR` means)."""
        root = root.expanduser().resolve()
        return cls(root, root / "config", root / "logs")

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "lam_desk.lock"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def window_state_file(self) -> Path:
        return self.config_dir / "window-state.ini"

    def create(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resource_root() -> Path:
    """The `resources/` folder: in a PyInstaller bundle, an installed wheel, or the source tree."""
    return _bundled_dir("resources")


def translations_root() -> Path:
    """The folder holding the `.ts` sources and their compiled `.qm` files."""
    return _bundled_dir("i18n")


def _bundled_dir(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    package = Path(__file__).resolve().parent
    candidates += [package / "_bundled" / name, package.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
