"""A scanned page made into a PDF page: a phone photo comes out the way it was held."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from lam_desk.reports.scan import scan_as_pdf


def _photo(path: Path, size: tuple[int, int], orientation: int | None) -> Path:
    image = Image.new("RGB", size, "white")
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation  # how the phone was held
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def _page_shape(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


def test_a_photo_taken_upright_prints_on_a_portrait_page(tmp_path: Path) -> None:
    # Stored 1600 wide, 1200 high, with "turn 90° to view": the sheet is upright, portrait.
    turned = _photo(tmp_path / "turned.jpg", (1600, 1200), 6)
    width, height = _page_shape(scan_as_pdf(turned, tmp_path / "turned.pdf", "Feuille"))
    assert height > width
    assert PdfReader(tmp_path / "turned.pdf").metadata.title == "Feuille"  # type: ignore[union-attr]


def test_a_landscape_scan_gets_a_landscape_page_with_one_image(tmp_path: Path) -> None:
    wide = _photo(tmp_path / "wide.jpg", (1600, 1200), None)
    out = scan_as_pdf(wide, tmp_path / "wide.pdf")
    width, height = _page_shape(out)
    assert width > height
    assert len(PdfReader(out).pages[0].images) == 1
