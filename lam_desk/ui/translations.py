"""Loading the desk's translations into Qt: Qt's own first, then ours (STYLE.md §8)."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lam_desk import i18n
from lam_desk.paths import translations_root

log = logging.getLogger(__name__)

DOMAIN = "lam_desk"

_installed: list[QTranslator] = []


def qm_path(language: str) -> Path:
    return translations_root() / f"{DOMAIN}_{language}.qm"


def ts_path(language: str) -> Path:
    return translations_root() / f"{DOMAIN}_{language}.ts"


def lrelease_program() -> str | None:
    """Qt's lrelease shipped inside the PySide6 wheel (or on PATH)."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(force: bool = False) -> list[Path]:
    """Compile ``i18n/*.ts`` to ``.qm`` where missing or older than the source (a source
    checkout, the tests, the bundle build). Returns the files written."""
    written = []
    program = lrelease_program()
    for ts in sorted(translations_root().glob(f"{DOMAIN}_*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if program is None:
            log.warning("lrelease not found: %s not compiled", ts.name)
            continue
        subprocess.run(
            [program, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        written.append(qm)
    return written


def install_translations(language: str) -> bool:
    """Install Qt's and the desk's translators for ``language`` ("fr" or "en"), and route
    lam_desk.i18n.translate through Qt. Returns False when the desk's file is missing."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if language not in i18n.SUPPORTED_LANGUAGES:
        language = i18n.DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    if translations_root().joinpath(f"{DOMAIN}_{language}.ts").exists():
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError):
            log.warning("translations could not be compiled", exc_info=True)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    ours = QTranslator(app)
    loaded = ours.load(str(qm_path(language)))
    if loaded:
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation file missing: %s", qm_path(language).name)
    i18n.install(_qt_translate)
    return loaded


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
