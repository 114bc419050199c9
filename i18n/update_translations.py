"""Refresh i18n/*.ts from the sources with Qt's lupdate (run after changing visible strings).

    python i18n/update_translations.py

French gets every string to translate; English is the source language, so its file holds
only the plural forms (lupdate -pluralonly), as Qt recommends.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"


def lupdate() -> str:
    program = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    return str(program)


def sources() -> list[str]:
    files = sorted((ROOT / "lam_desk").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files if "migrations" not in f.parts]


def main() -> int:
    files = sources()
    for language, extra in (("fr", []), ("en", ["-pluralonly"])):
        ts = I18N / f"lam_desk_{language}.ts"
        command = [lupdate(), "-locations", "none", "-no-obsolete", *extra, *files, "-target-language", language, "-ts", str(ts)]
        subprocess.run(command, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
