"""The marking of a funding line on printed documents (DESIGN.md §7): the EU emblem drawn as
vector with the period's statement beside it, the other funders' line, and the partners' logos
(an image when the funding line names an image file, else the partner's name in a box).

The emblem follows the EU's graphic rules: a rectangle 1.5 times as wide as high, twelve
five-pointed stars upright on an invisible circle whose radius is a third of the height, each
star inscribed in a circle of a eighteenth of the height; reflex blue and yellow, or, when only
black is available, a black outline with black stars on white."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from lam_desk.i18n import translate
from lam_desk.reports.fonts import BOLD, REGULAR, register_fonts
from lam_desk.services.dto_training import FundingLineRow

REFLEX_BLUE = colors.HexColor("#003399")
EU_YELLOW = colors.HexColor("#FFCC00")
INK = colors.HexColor("#1f2a33")
MUTED = colors.HexColor("#5d6b76")
RULE = colors.HexColor("#9aa5ae")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
# The inner radius of a regular five-pointed star, as a share of its outer radius.
_STAR_INNER = math.sin(math.radians(18)) / math.sin(math.radians(54))


def draw_eu_emblem(
    canvas: Canvas, x: float, y: float, height: float, *, in_colour: bool = True
) -> float:
    """The EU emblem with its lower left corner at (x, y); returns its width."""
    width = 1.5 * height
    canvas.saveState()
    if in_colour:
        canvas.setFillColor(REFLEX_BLUE)
        canvas.rect(x, y, width, height, stroke=0, fill=1)
        canvas.setFillColor(EU_YELLOW)
    else:
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(max(0.4, height / 60))
        canvas.setFillColor(colors.white)
        canvas.rect(x, y, width, height, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
    centre_x, centre_y = x + width / 2, y + height / 2
    ring, outer = height / 3, height / 18
    path = canvas.beginPath()
    for hour in range(12):
        angle = math.radians(90 - 30 * hour)
        sx, sy = centre_x + ring * math.cos(angle), centre_y + ring * math.sin(angle)
        for point in range(10):  # upright: the first point straight up
            radius = outer if point % 2 == 0 else outer * _STAR_INNER
            a = math.radians(90 + 36 * point)
            px, py = sx + radius * math.cos(a), sy + radius * math.sin(a)
            if point == 0:
                path.moveTo(px, py)
            else:
                path.lineTo(px, py)
        path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return width


@dataclass(frozen=True)
class MarkingBand:
    """What the band at the top of a funded document says."""

    funding: FundingLineRow

    def funded_by(self) -> str:
        """The non-EU funder's line ("Funded by Région Occitanie — Pass numérique régional")."""
        return translate("FundingMarking", "Funded by {funder} — {title}").format(
            funder=self.funding.funder_name, title=self.funding.title
        )

    def programme(self) -> list[str]:
        """The EU line's title, programme and managing authority, under the statement."""
        parts = [self.funding.title]
        if self.funding.programme_period:
            parts.append(
                translate("FundingMarking", "programme {period}").format(
                    period=self.funding.programme_period
                )
            )
        if self.funding.managing_authority:
            parts.append(
                translate("FundingMarking", "managing authority: {name}").format(
                    name=self.funding.managing_authority
                )
            )
        return parts


def draw_marking_band(
    canvas: Canvas, funding: FundingLineRow, x: float, top: float, width: float, height: float
) -> None:
    """The funding line's marking in a band ``height`` high whose top left is (x, top): the
    emblem and statement on the left (EU lines), or the funder's line; the partners' logos on
    the right."""
    register_fonts()
    band = MarkingBand(funding)
    logos_width = _draw_partner_logos(canvas, funding.partner_logos, x + width, top, height)
    text_right = x + width - logos_width - (4 * mm if logos_width else 0)
    if funding.is_eu:
        emblem_height = height
        emblem_width = draw_eu_emblem(
            canvas, x, top - emblem_height, emblem_height, in_colour=funding.emblem_in_colour
        )
        left = x + emblem_width + 3 * mm
        room = text_right - left
        statement = funding.eu_statement or translate(
            "FundingMarking", "Co-funded by the European Union"
        )
        small = 6.5
        size, lines, details, leading, gap = _statement_block(
            statement, band.programme(), room, height, small
        )
        small_leading = small * 1.25
        block = size * 0.75 + (len(lines) - 1) * leading
        if details:
            block += gap + (len(details) - 1) * small_leading + small * 0.25
        y = top - max(0.0, (height - block) / 2) - size * 0.75
        canvas.setFillColor(REFLEX_BLUE if funding.emblem_in_colour else colors.black)
        canvas.setFont(BOLD, size)
        for i, line in enumerate(lines):
            canvas.drawString(left, y - i * leading, line)
        y -= (len(lines) - 1) * leading + gap
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, small)
        for i, line in enumerate(details):
            canvas.drawString(left, y - i * small_leading, line)
    else:
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 9)
        lines = simpleSplit(band.funded_by(), BOLD, 9, text_right - x)[:2]
        y = top - height / 2 - 3 - (len(lines) - 1) * 5.5  # centred in the band
        for line in lines:
            canvas.drawString(x, y, line)
            y -= 11


def _statement_block(
    statement: str, details: list[str], room: float, height: float, small: float
) -> tuple[float, list[str], list[str], float, float]:
    """The statement's size and lines, and the detail lines that fit under it in the band.
    A statement in parts ("UNION EUROPÉENNE — Fonds …") that does not fit on one line puts
    each part on a line of its own."""
    for size in (11.0, 10.0, 9.0, 8.0):
        lines = simpleSplit(statement, BOLD, size, room)
        if len(lines) > 1 and " — " in statement:
            parts = statement.split(" — ")
            lines = [line for part in parts for line in simpleSplit(part, BOLD, size, room)]
        leading, gap = size * 1.2, small * 1.6
        used = size * 0.75 + (len(lines) - 1) * leading
        if used > height:
            continue
        fits = 0  # how many detail lines fit under the statement
        while fits < 2 and used + gap + fits * small * 1.25 + small * 0.25 <= height:
            fits += 1
        # As many parts as fit, whole: never a line cut in the middle of a part.
        for count in range(len(details), 0, -1):
            detail_lines = simpleSplit(" · ".join(details[:count]), REGULAR, small, room)
            if len(detail_lines) <= fits:
                return size, lines, detail_lines, leading, gap
        if len(lines) == 1 or size == 8.0:
            return size, lines, [], leading, gap
    return size, lines, [], leading, gap


def _draw_partner_logos(
    canvas: Canvas, logos: tuple[str, ...], right: float, top: float, height: float
) -> float:
    """The partners' logos from the right edge leftwards; returns the width they take."""
    taken = 0.0
    gap: float = 2.5 * mm
    for logo in reversed(logos[:4]):
        image = _image(logo)
        if image is not None:
            iw, ih = (float(v) for v in image.getSize())
            w: float = height * iw / ih if ih else height
            canvas.drawImage(
                image, right - taken - w, top - height, w, height, preserveAspectRatio=True
            )
        else:
            w = _text_logo(canvas, logo, right - taken, top, height)
        taken += w + gap
    return max(0.0, taken - gap)


def _image(logo: str) -> ImageReader | None:
    path = Path(logo)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    try:
        if path.is_file():
            return ImageReader(str(path))
    except (OSError, ValueError):
        return None
    return None


def _text_logo(canvas: Canvas, name: str, right: float, top: float, height: float) -> float:
    """A partner without an image: its name in a box, on up to three lines."""
    size = 7.5
    max_width: float = 38 * mm
    lines = simpleSplit(name, BOLD, size, max_width - 4 * mm)[:3]
    widest = max((float(canvas.stringWidth(line, BOLD, size)) for line in lines), default=0.0)
    width: float = max(widest + 4 * mm, 18 * mm)
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(right - width, top - height, width, height, 1.5 * mm, stroke=1, fill=0)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, size)
    leading = size * 1.2
    y = top - (height - len(lines) * leading) / 2 - size * 0.85
    for line in lines:
        canvas.drawCentredString(right - width / 2, y, line)
        y -= leading
    canvas.restoreState()
    return width
