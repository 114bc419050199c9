"""A one-page PDF that proves reportlab and the bundled font work (used by selftest)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lam_desk.reports.fonts import BOLD, REGULAR, register_fonts

SAMPLE_NAMES = ("Dąbrowski", "Nguyễn Thị", "Øster", "Şahin", "N'Diaye", "Lefèvre-Müller")


def render_selftest_page(out: Path) -> Path:
    register_fonts()
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setTitle("LAM Desk selftest")
    _width, height = A4
    canvas.setFont(BOLD, 16)
    canvas.drawString(60, height - 80, "LAM Desk — selftest")
    canvas.setFont(REGULAR, 12)
    for i, name in enumerate(SAMPLE_NAMES):
        canvas.drawString(60, height - 120 - 20 * i, name)
    canvas.showPage()
    canvas.save()
    return out
