"""Unexpected errors: logged with their traceback, shown in a dialog, and the desk goes on."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lam_desk.errors import UserError

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to our log file."""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


class CrashReporter(QObject):
    """Shows unexpected errors from any thread on the main thread.

    Signals:
        error_raised(str): a summary of an unexpected error to show.
    """

    error_raised = Signal(str)

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self.shown = 0
        self._box: QMessageBox | None = None
        self.error_raised.connect(self._on_error_raised)

    def report(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        self.error_raised.emit(type(exc).__name__)

    @Slot(str)
    def _on_error_raised(self, kind: str) -> None:
        self.shown += 1
        parent = QApplication.activeWindow()
        self._box = show_unexpected_error(parent, kind, self.log_file)


def show_unexpected_error(parent: QWidget | None, kind: str, log_file: Path) -> QMessageBox:
    """Shown without blocking: the desk keeps running behind it."""
    box = QMessageBox(parent)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("CrashReporter", "Unexpected error"))
    box.setText(
        QApplication.translate(
            "CrashReporter",
            "Something went wrong ({kind}). What you were doing may not have been saved; "
            "the desk keeps running.",
        ).format(kind=kind)
    )
    box.setInformativeText(
        QApplication.translate("CrashReporter", "The details are in the log file:\n{path}").format(
            path=log_file
        )
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.show()
    return box


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    QMessageBox.warning(
        parent, QApplication.translate("CrashReporter", "Not possible"), error.message
    )


_reporter: CrashReporter | None = None


def install_crash_handlers(log_file: Path) -> CrashReporter:
    """Install sys.excepthook and threading.excepthook before any window exists."""
    global _reporter
    reporter = CrashReporter(log_file)
    _reporter = reporter

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        reporter.report(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    return reporter


def current_reporter() -> CrashReporter | None:
    return _reporter
