"""Render the application icon from resources/icons/lam_desk.svg.

Writes ``lam_desk.png`` (256 px) and ``lam_desk.ico`` (16, 32, 48 and 256 px) beside the SVG.
Run it after editing the SVG and commit the three files:

    QT_QPA_PLATFORM=offscreen uv run python build_spec/make_icons.py

The ICO container is written here rather than by Qt's ``ico`` image plugin, which stores one
image per file. Small sizes are 32-bit BMP entries (what every Windows tool reads, NSIS and the
resource compiler included); the 256 px entry is PNG, as Windows expects since Vista.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "lam_desk.svg"
PNG_SIZE = 256
ICO_SIZES = (16, 32, 48, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit DIB as stored in an ICO: header with doubled height, BGRA rows bottom-up,
    then the 1-bit AND mask (set where the pixel is fully transparent)."""
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    # Format_ARGB32 is 0xAARRGGBB per pixel: B, G, R, A in memory on little-endian machines.
    if sys.byteorder != "little":
        raise RuntimeError("make_icons.py assumes a little-endian machine")
    rows = [bits[y * stride : y * stride + width * 4] for y in range(height)]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        mask = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(mask))
    return header + b"".join(reversed(rows)) + b"".join(reversed(mask_rows))


def ico_bytes(images: list[QImage]) -> bytes:
    payloads = [png_bytes(img) if img.width() >= 256 else bmp_entry(img) for img in images]
    directory = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for image, payload in zip(images, payloads, strict=True):
        side = image.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return directory + b"".join(payloads)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    png = ICONS / "lam_desk.png"
    png.write_bytes(png_bytes(render(renderer, PNG_SIZE)))
    ico = ICONS / "lam_desk.ico"
    ico.write_bytes(ico_bytes([render(renderer, size) for size in ICO_SIZES]))
    for path in (png, ico):
        print(f"wrote {path.relative_to(ICONS.parent.parent)} ({path.stat().st_size:,d} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
