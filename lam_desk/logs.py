"""Logging to one rotating file in the user log folder; never a member's personal data."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import IO

LOG_NAME = "lam_desk.log"
FAULT_NAME = "crash-native.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_fault_file: IO[str] | None = None


def setup_logging(log_dir: Path, *, level: int = logging.INFO, console: bool = True) -> Path:
    """Send the root logger to ``log_dir/lam_desk.log`` (5 × 1 MB), and to the console only
    when there is one (a windowed Windows build has ``sys.stderr = None``) and ``console``
    is asked for (the command line keeps standard error for its one-line message)."""
    global _fault_file
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_lam_desk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._lam_desk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if (
        console
        and sys.stderr is not None
        and not any(
            isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
            for h in root.handlers
        )
    ):
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream._lam_desk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    if _fault_file is None:
        _fault_file = (log_dir / FAULT_NAME).open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return path
