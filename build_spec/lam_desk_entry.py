"""Entry script of the PyInstaller build (build_spec/lam_desk.spec): `lam-desk` as installed."""

import os
import sys


def _give_windowed_build_a_console() -> None:
    """The Windows build is windowed, so Python starts with no standard streams. When the
    command line is used from a console (`lam-desk selftest` in cmd or PowerShell), write to
    that console; otherwise (Start menu, a scheduled task) send output to nowhere instead of
    failing on a missing stream."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    attached = False
    if sys.platform == "win32":
        try:
            import ctypes

            attach_parent_process = -1
            attached = bool(ctypes.windll.kernel32.AttachConsole(attach_parent_process))
        except (AttributeError, OSError):
            attached = False
    target = "CONOUT$" if attached else os.devnull
    if sys.stdout is None:
        sys.stdout = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115


if __name__ == "__main__":
    _give_windowed_build_a_console()

    from lam_desk.__main__ import main

    sys.exit(main())
