"""A scanned page (JPEG or PNG) made into a one-page PDF, so the desk's preview shows, prints
and saves it as it does the sheets it prints itself."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

MARGIN: float = 8 * mm


def scan_as_pdf(source: Path, target: Path, title: str = "") -> Path:
    """Write ``source`` (an image) to ``target``: one A4 page, turned to the image's
    orientation, the image as large as fits within the margins, its proportions kept."""
    from PIL import Image, ImageOps

    with Image.open(source) as opened:
        # A phone photo says which way up it was taken: turn it so before placing it.
        upright = ImageOps.exif_transpose(opened)
        upright.load()
    image = ImageReader(upright)
    width, height = image.getSize()
    page = landscape(A4) if width > height else A4
    scale = min((page[0] - 2 * MARGIN) / width, (page[1] - 2 * MARGIN) / height)
    shown = (width * scale, height * scale)
    canvas = Canvas(str(target), pagesize=page)
    if title:
        canvas.setTitle(title)
    canvas.drawImage(
        image,
        (page[0] - shown[0]) / 2,
        (page[1] - shown[1]) / 2,
        width=shown[0],
        height=shown[1],
    )
    canvas.showPage()
    canvas.save()
    return target
