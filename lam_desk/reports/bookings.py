"""Printed paper of bookings: the slip a person takes home, and the list of people to remind."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import translate
from lam_desk.reports.fonts import register_fonts
from lam_desk.services.dto import BookingRow, ReminderLine

CONTEXT = "BookingPaper"
INK = colors.HexColor("#1f2a33")
MUTED = colors.HexColor("#5d6b76")
RULE = colors.HexColor("#c9d2d9")
HEAD = colors.HexColor("#e8eef2")
ACCENT = colors.HexColor("#1d5f8a")


def _wall(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%H:%M")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=11, leading=15, textColor=INK)
    return {
        "site": ParagraphStyle("site", base, fontName=bold, fontSize=12, textColor=ACCENT),
        "muted": ParagraphStyle("muted", base, fontSize=9, leading=12, textColor=MUTED),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=15, leading=20),
        "big": ParagraphStyle("big", base, fontName=bold, fontSize=22, leading=28),
        "large": ParagraphStyle("large", base, fontSize=16, leading=21),
        "body": base,
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=9, leading=12),
    }


def render_booking_slip(
    booking: BookingRow,
    path: Path,
    *,
    site_name: str,
    site_place: str,
    day_text: str,
    no_show_minutes: int,
    printed_at: datetime,
) -> Path:
    """An A5 slip in large type: the day, the times, the workstation, the person's name, and
    what happens when they are late. ``day_text`` is the day as the desk writes it
    ("mardi 10 mars 2026")."""
    styles = _styles()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A5,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=translate("BookingPaper", "Workstation booking"),
        author=site_name,
    )
    story = [
        Paragraph(escape(site_name), styles["site"]),
        Paragraph(escape(site_place), styles["muted"]),
        Spacer(1, 8 * mm),
        Paragraph(escape(translate("BookingPaper", "Workstation booking")), styles["title"]),
        Spacer(1, 4 * mm),
        Paragraph(escape(day_text), styles["large"]),
        Paragraph(
            escape(
                translate("BookingPaper", "{start} to {end}").format(
                    start=_wall(booking.starts_at), end=_wall(booking.ends_at)
                )
            ),
            styles["big"],
        ),
        Paragraph(escape(booking.workstation), styles["large"]),
        Spacer(1, 6 * mm),
    ]
    if booking.title:
        story.append(
            Paragraph(
                escape(translate("BookingPaper", "For: {name}").format(name=booking.title)),
                styles["body"],
            )
        )
    if booking.card_number:
        story.append(
            Paragraph(
                escape(
                    translate("BookingPaper", "Member card: {card}").format(
                        card=booking.card_number
                    )
                ),
                styles["body"],
            )
        )
    story += [
        Spacer(1, 8 * mm),
        Paragraph(
            escape(
                translate(
                    "BookingPaper",
                    "Please come on time: if nobody has come {minutes} minutes after the start, "
                    "the workstation is given to someone else.",
                ).format(minutes=no_show_minutes)
            ),
            styles["body"],
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                translate(
                    "BookingPaper", "Cannot come? Tell the desk, so that someone else can use it."
                )
            ),
            styles["body"],
        ),
        Spacer(1, 10 * mm),
        Paragraph(
            escape(
                translate("BookingPaper", "Printed on {when}").format(
                    when=printed_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")
                )
            ),
            styles["muted"],
        ),
    ]
    doc.build(story)
    return path


def render_reminders(
    lines: Sequence[ReminderLine],
    path: Path,
    *,
    site_name: str,
    day_text: str,
    printed_at: datetime,
) -> Path:
    """An A4 list of the people booked on a day, with a box to tick once called."""
    styles = _styles()
    path.parent.mkdir(parents=True, exist_ok=True)
    width = A4[0] - 30 * mm
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=translate("BookingPaper", "People to remind"),
        author=site_name,
    )
    story: list[Flowable] = [
        Paragraph(escape(site_name), styles["site"]),
        Paragraph(
            escape(
                translate("BookingPaper", "People to remind of their booking — {day}").format(
                    day=day_text
                )
            ),
            styles["title"],
        ),
        Paragraph(
            escape(
                translate("BookingPaper", "Printed on {when}").format(
                    when=printed_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")
                )
            ),
            styles["muted"],
        ),
        Spacer(1, 5 * mm),
    ]
    if not lines:
        story.append(
            Paragraph(
                escape(translate("BookingPaper", "Nobody is booked that day.")), styles["body"]
            )
        )
    else:
        head = [
            translate("BookingPaper", "Time"),
            translate("BookingPaper", "Workstation"),
            translate("BookingPaper", "Person"),
            translate("BookingPaper", "Card"),
            translate("BookingPaper", "Phone"),
            translate("BookingPaper", "Called"),
        ]
        data = [[Paragraph(escape(h), styles["head"]) for h in head]]
        for line in lines:
            if line.phone:
                phone = line.phone
            elif line.by_phone:
                phone = translate("BookingPaper", "booked by phone")
            elif line.contact_here:
                phone = translate("BookingPaper", "no phone recorded")
            else:
                phone = translate("BookingPaper", "not kept at this desk")
            data.append(
                [
                    Paragraph(f"{_wall(line.starts_at)}–{_wall(line.ends_at)}", styles["cell"]),
                    Paragraph(escape(", ".join(line.workstations)), styles["cell"]),
                    Paragraph(escape(line.person), styles["cell"]),
                    Paragraph(escape(line.card_number), styles["cell"]),
                    Paragraph(escape(phone), styles["cell"]),
                    Paragraph("☐", styles["large"]),
                ]
            )
        shares = (0.14, 0.15, 0.26, 0.16, 0.20, 0.09)
        table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 1), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ]
            )
        )
        story.append(table)
    doc.build(story)
    return path
