"""Wiring: settings, logging, translations, the data folder, and the desk's windows."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from lam_desk import i18n
from lam_desk.logs import setup_logging
from lam_desk.paths import AppPaths
from lam_desk.settings import load_settings

if TYPE_CHECKING:
    from lam_desk.ui.desk import DeskController

log = logging.getLogger(__name__)


def cli_language() -> str:
    language = os.environ.get("LAM_DESK_LANG", i18n.DEFAULT_LANGUAGE)
    return language if language in i18n.SUPPORTED_LANGUAGES else i18n.DEFAULT_LANGUAGE


def install_translations_for_cli() -> None:
    """The command line speaks the desk's language too (French unless LAM_DESK_LANG=en)."""
    from lam_desk.ui.translations import install_translations

    if QCoreApplication.instance() is None:
        QCoreApplication(["lam-desk"])
    install_translations(cli_language())


def check_pdf_reading(path: Path) -> tuple[bool, str]:
    """For selftest: Qt's PDF module (printing and preview) reads a PDF the desk made."""
    from PySide6.QtPdf import QPdfDocument

    if QCoreApplication.instance() is None:
        QCoreApplication(["lam-desk-selftest"])
    document = QPdfDocument()
    try:
        loaded = document.load(str(path)) == QPdfDocument.Error.None_
        pages = document.pageCount()
    finally:
        document.close()
    return loaded and pages > 0, f"read back by Qt PDF: {pages} page(s)"


def check_translations() -> tuple[bool, str]:
    """For selftest: both languages load and a known string comes back in French."""
    from lam_desk.ui.translations import install_translations, qm_path

    if QCoreApplication.instance() is None:
        QCoreApplication(["lam-desk-selftest"])
    loaded = [lang for lang in i18n.SUPPORTED_LANGUAGES if install_translations(lang)]
    install_translations("fr")
    sample = QCoreApplication.translate("MainWindow", "Settings")
    ok = len(loaded) == len(i18n.SUPPORTED_LANGUAGES) and sample == "Réglages"
    return (
        ok,
        f"{', '.join(loaded) or 'none'} loaded from {qm_path('fr').parent}; “Settings” → “{sample}”",
    )


def run_desk(paths: AppPaths, *, demo: bool = False) -> int:
    """Open the desk. Returns the process exit code."""
    from lam_desk.ui.crash import install_crash_handlers, qt_message_handler
    from lam_desk.ui.desk import DeskController
    from lam_desk.ui.translations import install_translations

    paths.create()
    log_file = setup_logging(paths.log_dir)
    qInstallMessageHandler(qt_message_handler)
    settings = load_settings(paths.settings_file)
    QApplication.setApplicationName("LAM Desk")
    QApplication.setOrganizationName("PHLV")
    QApplication.setApplicationDisplayName("LAM Desk")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(settings.language)
    install_crash_handlers(log_file)
    collector = _collect_garbage_on_the_main_thread(app)
    controller = DeskController(paths, settings, demo=demo)
    if not controller.start():
        return controller.exit_code
    QTimer.singleShot(10_000, _sweep_temporary_documents)
    bench_quit = os.environ.get("LAM_DESK_BENCH_QUIT_WHEN_IDLE")
    if bench_quit:
        QTimer.singleShot(0, lambda: _bench_quit(Path(bench_quit), controller))
    code = app.exec()
    collector.stop()
    controller.shutdown()
    return code or controller.exit_code


def _sweep_temporary_documents() -> None:
    """Documents with names on them that a crash left in the temporary folder go."""
    from lam_desk.ui.pdf_printing import sweep_temporary_pdfs

    removed = sweep_temporary_pdfs()
    if removed:
        log.info("removed %d temporary document(s) left by an earlier run", removed)


def _collect_garbage_on_the_main_thread(app: QCoreApplication) -> QTimer:
    """Python's cyclic garbage collector runs on whichever thread allocates when its
    thresholds trip; on a task's worker thread it may free a closed window's Qt objects while
    the main thread builds widgets, and Qt's lock and Python's lock then wait on each other
    (seen as a frozen desk). So automatic collection is off, and the main thread collects:
    the young generations often, everything now and then."""
    gc.disable()
    ticks = 0

    def collect() -> None:
        nonlocal ticks
        ticks += 1
        gc.collect(2 if ticks % 60 == 0 else 1)

    timer = QTimer(app)
    timer.setInterval(5_000)
    timer.timeout.connect(collect)
    timer.start()
    return timer


def _bench_quit(marker: Path, controller: DeskController) -> None:
    """Benchmarks: note the moment the window is shown and the event loop idle, then the
    moment the desk is ready (its store open, the home page filled), then quit.

    The marker's first line is the first moment (what CI checks); the next give the second
    ("ready_at T") and, where the system tells, the process's resident memory then and at
    its peak ("rss_kb N", "peak_rss_kb N").
    """
    import time

    shown = time.time()

    def when_ready() -> None:
        if not controller.ready:
            QTimer.singleShot(10, when_ready)
            return
        lines = [f"{shown:.6f}", f"ready_at {time.time():.6f}", *_memory_lines()]
        marker.write_text("\n".join(lines) + "\n", encoding="utf-8")
        QApplication.quit()

    when_ready()


def _memory_lines() -> list[str]:
    try:
        status = Path("/proc/self/status").read_text("utf-8", "replace").splitlines()
    except OSError:  # not Linux
        return []
    names = {"VmRSS:": "rss_kb", "VmHWM:": "peak_rss_kb"}
    return [
        f"{names[parts[0]]} {parts[1]}"
        for parts in (line.split() for line in status)
        if parts and parts[0] in names
    ]
