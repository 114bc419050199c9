"""The preview of a document before it goes to paper: its pages as they print, Print through
the system's dialog, Save as PDF where the animator chooses, Escape closes and the temporary
file (names on it) is gone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from lam_desk.ui.pdf_preview import PdfPreviewDialog
from tests.ui.conftest import save_screenshot


def _two_pages(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=landscape(A4))
    for page in (1, 2):
        sheet.setFont("Helvetica-Bold", 28)
        sheet.drawString(60, 500, f"Feuille d'emargement - page {page}/2")
        sheet.rect(60, 200, 300, 200)
        sheet.showPage()
    sheet.save()
    return path


def _answer_modal(kind: type[QWidget], answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog of ``kind`` once it shows."""

    def find() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            answer(modal)
        else:
            QTimer.singleShot(50, find)

    QTimer.singleShot(50, find)


def test_the_preview_shows_the_pages_prints_saves_and_cleans_up(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _two_pages(tmp_path / "lam-desk-emargement-test.pdf")
    dialog = PdfPreviewDialog(
        document, "Attendance sheet no. BED-0001-000001", "emargement.pdf", note="Sign here."
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.loaded
    # "%n page(s)" until the English plural forms are written (i18n/lam_desk_en.ts).
    assert dialog.pages_label.text().replace("(s)", "s") == "2 pages"
    assert dialog.title_label.text() == "Attendance sheet no. BED-0001-000001"
    assert "Print (Ctrl+P)" in dialog.print_button.toolTip()
    qtbot.wait(200)
    save_screenshot(dialog, "pdf-preview")

    # Ctrl+P: the system's print dialog, answered with a PDF printer: every page prints.
    printed = tmp_path / "printed.pdf"

    def print_to_file(modal: QWidget) -> None:
        assert isinstance(modal, QPrintDialog)
        printer = modal.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        QDialog.accept(modal)  # the printer as set, whatever the dialog's own fields say

    _answer_modal(QPrintDialog, print_to_file)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(PdfReader(printed).pages) == 2
    # Pages go to the printer at 300 dpi at most, not as 1200-dpi images of 500 MB each.
    assert printed.stat().st_size < 12_000_000
    assert dialog.message.text() == "Sent to the printer."

    # Ctrl+S: where to save, a name typed without ".pdf".
    target = tmp_path / "copie"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF")
    )
    dialog.activateWindow()  # the window manager's part, when the print dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = target.with_suffix(".pdf")
    assert saved.exists() and len(PdfReader(saved).pages) == 2
    assert dialog.message.text() == f"Saved: {saved}"

    # A cancelled print dialog prints nothing and says nothing.
    dialog.message.clear()
    _answer_modal(QPrintDialog, lambda modal: modal.close())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ""

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not document.exists(), "the temporary document is removed once closed"
    assert saved.exists(), "the copy saved stays"


def test_an_unreadable_document_says_so_and_offers_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    dialog = PdfPreviewDialog(broken, "Certificate", "attestation.pdf", temporary=False)
    qtbot.addWidget(dialog)
    assert not dialog.loaded
    assert dialog.pages_label.text() == "The document could not be read."
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.reject()
    assert broken.exists()
