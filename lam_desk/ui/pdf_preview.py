"""The preview of a document the desk made (an attendance sheet, a certificate): its pages as
they will print, then Print (the system's dialog) or Save as PDF. Escape closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.2


class PdfPreviewDialog(QDialog):
    """Shows the PDF at ``path``. When ``temporary`` the file is removed once the dialog
    closes (paper with names on it is not left lying in the temporary folder).

    Signals:
    printed(): the document was sent to a printer.
    saved(Path): a copy was saved there.
    """

    printed = Signal()
    saved = Signal(object)

    def __init__(
        self,
        path: Path,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        temporary: bool = True,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.suggested_name = suggested_name
        self.temporary = temporary
        self.setWindowTitle(title)
        self.setModal(True)
        self.resize(920, 760)
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        if screen is not None:  # a 768-pixel screen keeps the buttons in sight
            room = screen.availableGeometry()
            self.resize(min(920, room.width() - 40), min(760, room.height() - 60))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setObjectName("CardTitle")
        top.addWidget(self.title_label, 1)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("HintLabel")
        top.addWidget(self.pages_label)
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.fit_button = QPushButton(self.tr("Fit width"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(40)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)
        self.note_label = QLabel(note)
        self.note_label.setObjectName("HintLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("PdfPreview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.view, 1)

        self.message = QLabel()
        self.message.setObjectName("DoneLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("Primary")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.reject)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        for keys, text, slot, shown_on in (
            ("Ctrl+P", self.tr("Print"), self.print_document, self.print_button),
            ("Ctrl+S", self.tr("Save as PDF"), self.save_copy, self.save_button),
            ("Ctrl++", self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP), self.zoom_in_button),
            ("Ctrl+=", self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP), None),
            ("Ctrl+-", self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP), self.zoom_out_button),
            ("Ctrl+0", self.tr("Fit width"), self.fit_width, self.fit_button),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            if shown_on is not None:
                shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                shown_on.setToolTip(self.tr("{action} ({keys})").format(action=text, keys=shown))

        self.loaded = self.document.load(str(path)) == QPdfDocument.Error.None_
        if self.loaded:
            self.pages_label.setText(self.tr("%n page(s)", "", self.page_count))
        else:
            self.pages_label.setText(self.tr("The document could not be read."))
        self.print_button.setEnabled(self.loaded)
        self.save_button.setEnabled(self.loaded)
        self.finished.connect(self._on_finished)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # --- actions -------------------------------------------------------------------------

    def print_document(self) -> bool:
        """The system's print dialog, then every page to the printer chosen."""
        from lam_desk.ui.pdf_printing import print_pdf

        if not self.loaded:
            return False
        done = print_pdf(self.path, self)
        if done:
            self.message.setText(self.tr("Sent to the printer."))
            self.printed.emit()
        return done

    def save_copy(self) -> Path | None:
        from lam_desk.ui.pdf_printing import save_pdf_copy

        if not self.loaded:
            return None
        target = save_pdf_copy(self.path, self, self.tr("Save as PDF"), self.suggested_name)
        if target is not None:
            self.message.setText(self.tr("Saved: {file}").format(file=str(target)))
            self.saved.emit(target)
        return target

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, 0.25), 5.0))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- closing -------------------------------------------------------------------------

    def _on_finished(self, _result: int) -> None:
        self._release()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._release()

    def _release(self) -> None:
        self.document.close()
        if self.temporary:
            self.path.unlink(missing_ok=True)
