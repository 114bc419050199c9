"""Print a PDF the desk made (reportlab) through the system's print dialog, or keep a copy."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# Sharp for text and lines on office printers, and a page's image stays near 35 MB.
PRINT_DPI = 300


def print_pdf(path: Path, parent: QWidget) -> bool:
    """Ask where to print and print every page of ``path``, scaled to the printer's page.
    False when the dialog was cancelled or the PDF could not be read."""
    from PySide6.QtPdf import QPdfDocument  # loaded when first printing
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            on_paper = QRect(0, 0, int(size.width() * scale), int(size.height() * scale))
            # Each page as an image of at most PRINT_DPI (a 1200-dpi printer would otherwise
            # take half a gigabyte a page), drawn to the page's size on paper.
            dpi = min(PRINT_DPI, printer.resolution())
            image = document.render(
                page, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
            )
            painter.drawImage(on_paper, image)
    finally:
        painter.end()
        document.close()
    return True


def save_pdf_copy(path: Path, parent: QWidget, title: str, suggested_name: str) -> Path | None:
    """Let the animator keep a copy of ``path`` where they choose; returns it, or None."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / suggested_name),
        QCoreApplication.translate("PdfPrinting", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    shutil.copyfile(path, target)
    return target


# Paper with names on it is written to a private temporary file, removed once printed or
# saved (or when that failed); what a crash left behind goes at the next start.
TEMPORARY_PREFIX = "lam-desk-"


def temporary_pdf(stem: str) -> Path:
    """A private temporary file (readable by this user only) for a document to print."""
    handle, name = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{stem}-", suffix=".pdf")
    os.close(handle)
    return Path(name)


def removed_on_failure(path: Path, write: Callable[[], Path]) -> Callable[[], Path]:
    """``write`` for a task on the worker thread, that leaves no file behind if it fails."""

    def run() -> Path:
        try:
            return write()
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    return run


def sweep_temporary_pdfs(older_than_s: float = 3600, folder: Path | None = None) -> int:
    """Remove the desk's temporary documents older than ``older_than_s`` (left by a crash or
    a closed window). Returns how many went."""
    removed = 0
    cutoff = time.time() - older_than_s
    for path in (folder or Path(tempfile.gettempdir())).glob(f"{TEMPORARY_PREFIX}*.pdf"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
