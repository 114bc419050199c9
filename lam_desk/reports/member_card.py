"""The member's card (credit-card size, with a Code 128 barcode of its number) and the
information notice given at registration (DESIGN.md §6), as PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.reports.fonts import BOLD, REGULAR, register_fonts
from lam_desk.services.dto import MemberRow

# ISO/IEC 7810 ID-1, the size of a bank card: it fits a wallet and a card printer.
CARD_SIZE = (85.6 * mm, 53.98 * mm)
_TEAL = colors.HexColor("#12474f")
_AMBER = colors.HexColor("#f2b134")


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits in ``width``."""
    while size > 5 and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def render_member_card(member: MemberRow, site_name: str, out: Path) -> Path:
    """One card: the network's name and the site, the member's name, the card number in
    words and as a barcode a scanner reads."""
    register_fonts()
    width, height = CARD_SIZE
    canvas = Canvas(str(out), pagesize=CARD_SIZE)
    canvas.setTitle(
        translate("MemberCard", "Member card {number}").format(number=member.card_number)
    )
    canvas.setAuthor("LAM Desk")
    margin = 4 * mm

    canvas.setFillColor(_TEAL)
    canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(_AMBER)
    canvas.rect(0, height - 12.8 * mm, width, 0.8 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    title = translate("MemberCard", "Public digital access network")
    canvas.setFont(BOLD, _fit(canvas, title, BOLD, 8.5, width - 2 * margin))
    canvas.drawString(margin, height - 5.5 * mm, title)
    canvas.setFont(REGULAR, _fit(canvas, site_name, REGULAR, 7.5, width - 2 * margin))
    canvas.drawString(margin, height - 9.6 * mm, site_name)

    canvas.setFillColor(colors.black)
    family = member.family_name.upper()
    canvas.setFont(BOLD, _fit(canvas, family, BOLD, 12, width - 2 * margin))
    canvas.drawString(margin, height - 19 * mm, family)
    canvas.setFont(REGULAR, _fit(canvas, member.given_name, REGULAR, 10, width - 2 * margin))
    canvas.drawString(margin, height - 23.5 * mm, member.given_name)

    canvas.setFont(REGULAR, 6.5)
    canvas.setFillColor(colors.HexColor("#55636f"))
    canvas.drawString(margin, height - 28 * mm, translate("MemberCard", "Member card"))
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 9)
    canvas.drawRightString(width - margin, height - 28 * mm, member.card_number)

    barcode = Code128(member.card_number, barHeight=12 * mm, barWidth=0.3 * mm, quiet=True)
    # Scale the bars to the card, keeping the quiet zones a scanner needs.
    usable = width - 2 * margin
    scale = min(1.0, usable / barcode.width)
    canvas.saveState()
    canvas.translate((width - barcode.width * scale) / 2, 5.5 * mm)
    canvas.scale(scale, 1)
    barcode.drawOn(canvas, 0, 0)
    canvas.restoreState()
    canvas.setFont(REGULAR, 6)
    canvas.drawCentredString(width / 2, 2.2 * mm, member.card_number)
    canvas.showPage()
    canvas.save()
    return out


# The information notice (GDPR Art. 13), in English source text; each paragraph is translated
# on its own. What it says follows DESIGN.md §6.
NOTICE_TITLE = QT_TRANSLATE_NOOP("MemberCard", "Information on your personal data")
NOTICE_PARAGRAPHS = (
    QT_TRANSLATE_NOOP(
        "MemberCard",
        "The public digital access points of the network record the minimum needed to welcome "
        "you: your names, birth year, gender if you wish to give it, commune and situation. Your "
        "phone, e-mail and address, if you give them, stay at your home site.",
    ),
    QT_TRANSLATE_NOOP(
        "MemberCard",
        "Why: to register you, to book workstations and training for you, to keep attendance "
        "records required by the funders of the training, and to count the public welcomed "
        "(anonymous statistics). Legal basis: the public-interest mission of the access points.",
    ),
    QT_TRANSLATE_NOOP(
        "MemberCard",
        "Who sees it: the animators of the network and its coordinator. Nothing is sold or "
        "given to anyone else; funders receive only anonymous figures, except the attendance "
        "sheets of funded training.",
    ),
    QT_TRANSLATE_NOOP(
        "MemberCard",
        "How long: your card is deleted after 3 years without a visit. Attendance records of "
        "funded training are kept 10 years, as the funders require.",
    ),
    QT_TRANSLATE_NOOP(
        "MemberCard",
        "Your rights: you may see everything recorded about you, have it corrected, ask for it "
        "to be erased, or object, at any access point of the network. You may also complain to "
        "the CNIL (www.cnil.fr).",
    ),
    QT_TRANSLATE_NOOP(
        "MemberCard",
        "The house charter: the workstations are shared; respect the other users and the "
        "equipment, and ask the animator when in doubt.",
    ),
)


def render_information_notice(site_name: str, out: Path, *, day: date | None = None) -> Path:
    """The notice on one A4 page, to print and give, or to read with the person."""
    register_fonts()
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setTitle(translate("MemberCard", NOTICE_TITLE))
    canvas.setAuthor("LAM Desk")
    width, height = A4
    margin = 22 * mm
    y = height - 30 * mm
    canvas.setFillColor(_TEAL)
    canvas.setFont(BOLD, 16)
    canvas.drawString(margin, y, translate("MemberCard", NOTICE_TITLE))
    y -= 8 * mm
    canvas.setFont(REGULAR, 11)
    canvas.setFillColor(colors.HexColor("#55636f"))
    canvas.drawString(margin, y, site_name)
    y -= 12 * mm
    canvas.setFillColor(colors.black)
    for paragraph in NOTICE_PARAGRAPHS:
        for line in simpleSplit(
            translate("MemberCard", paragraph), REGULAR, 11.5, width - 2 * margin
        ):
            canvas.setFont(REGULAR, 11.5)
            canvas.drawString(margin, y, line)
            y -= 15.5
        y -= 9
    if day is not None:
        canvas.setFont(REGULAR, 9)
        canvas.drawString(margin, 20 * mm, day.strftime("%d/%m/%Y"))
    canvas.showPage()
    canvas.save()
    return out


def notice_text() -> str:
    """The notice as the desk shows it in the member form."""
    return "\n\n".join(translate("MemberCard", p) for p in NOTICE_PARAGRAPHS)
