"""The one-time recovery code of an account: shown once, printed or saved as PDF."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lam_desk.services.dto import SiteRow, StaffRow
from lam_desk.ui.formatting import local_datetime_text


def recovery_sheet(account: StaffRow, code: str, site: SiteRow) -> QTextDocument:
    """The printed sheet: who it is for, the code, and how to use it."""
    now = local_datetime_text(datetime.now(UTC))
    title = QCoreApplication.translate("RecoveryCodeDialog", "LAM Desk — recovery code")
    holder = QCoreApplication.translate("RecoveryCodeDialog", "For: {name} (login “{login}”)")
    where = QCoreApplication.translate("RecoveryCodeDialog", "Site: {site}")
    printed = QCoreApplication.translate("RecoveryCodeDialog", "Printed on {date}")
    how = QCoreApplication.translate(
        "RecoveryCodeDialog",
        "If you forget your password or your account is locked, click “I forgot my password” "
        "at the login screen, type your login and this code, then choose a new password.",
    )
    keep = QCoreApplication.translate(
        "RecoveryCodeDialog",
        "This code works once. Keep this sheet in a locked drawer, never next to the desk PC. "
        "After using it, ask the coordinator for a new one.",
    )
    e = html.escape
    document = QTextDocument()
    document.setHtml(
        f"""
        <h2 style="color:#12474f">{e(title)}</h2>
        <p>{e(holder.format(name=account.display_name, login=account.username))}<br/>
        {e(where.format(site=site.name))}<br/>
        {e(printed.format(date=now))}</p>
        <p style="font-size:22pt; font-family:monospace; font-weight:bold">{e(code)}</p>
        <p>{e(how)}</p>
        <p><b>{e(keep)}</b></p>
        """
    )
    return document


class RecoveryCodePanel(QWidget):
    """The code in large print, with buttons to print it or save it as PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: StaffRow | None = None
        self.code = ""
        self.site: SiteRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.code_label = QLabel()
        self.code_label.setObjectName("RecoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)

    def show_code(self, account: StaffRow, code: str, site: SiteRow) -> None:
        self.account, self.code, self.site = account, code, site
        self.intro.setText(
            self.tr(
                "Here is the one-time recovery code of {name}. Print it or write it down now: "
                "it will not be shown again."
            ).format(name=account.display_name)
        )
        self.code_label.setText(code)

    def _on_print_clicked(self) -> None:
        if self.account is None or self.site is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when first printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            recovery_sheet(self.account, self.code, self.site).print_(printer)

    def _on_pdf_clicked(self) -> None:
        if self.account is None or self.site is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery code"),
            str(Path.home() / f"code-de-secours-{self.account.username}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            save_sheet_pdf(self.account, self.code, self.site, Path(name))


class RecoveryCodeDialog(QDialog):
    """Shows a freshly made recovery code; it is never shown again once this closes."""

    def __init__(
        self, account: StaffRow, code: str, site: SiteRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.panel = RecoveryCodePanel()
        self.panel.show_code(account, code, site)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Done"))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)


def save_sheet_pdf(account: StaffRow, code: str, site: SiteRow, path: Path) -> Path:
    from PySide6.QtPrintSupport import QPrinter  # loaded when first printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    recovery_sheet(account, code, site).print_(printer)
    return path
