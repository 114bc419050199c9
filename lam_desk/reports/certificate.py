"""The certificate of attendance or of completion ("attestation") of one learner for one run,
from locked attendance (DESIGN.md §7). It states the figures it is given — hours attended,
hours planned, attendance rate — and computes none."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import translate
from lam_desk.reports.attendance_sheet import hours_text
from lam_desk.reports.eu_marking import draw_marking_band
from lam_desk.reports.fonts import BOLD, REGULAR, register_fonts
from lam_desk.services.dto_training import CertificateData

INK = colors.HexColor("#1f2a33")
MUTED = colors.HexColor("#5d6b76")
RULE = colors.HexColor("#9aa5ae")
BAND = colors.HexColor("#f3f6f8")
ACCENT = colors.HexColor("#1d5f8a")

SIDE: float = 20 * mm
MARKING_HEIGHT: float = 13 * mm
PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
# Where no signatory is known (the command line), the name is written by hand on this line.
HAND_LINE = "_" * 28


def _day(value: object) -> str:
    return value.strftime("%d/%m/%Y")  # type: ignore[attr-defined,no-any-return]


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=11, leading=16, textColor=INK)
    return {
        "site": ParagraphStyle("site", base, fontName=BOLD, fontSize=12, textColor=ACCENT),
        "muted": ParagraphStyle("muted", base, fontSize=9, leading=12, textColor=MUTED),
        "reference": ParagraphStyle(
            "reference", base, fontSize=9, leading=12, textColor=MUTED, alignment=2
        ),
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=22, leading=28, alignment=1, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontSize=10, leading=13, alignment=1, textColor=MUTED
        ),
        "body": base,
        "centre": ParagraphStyle("centre", base, alignment=1),
        "name": ParagraphStyle("name", base, fontName=BOLD, fontSize=18, leading=24, alignment=1),
        "course": ParagraphStyle(
            "course", base, fontName=BOLD, fontSize=13, leading=18, alignment=1
        ),
        "figure": ParagraphStyle(
            "figure", base, fontName=BOLD, fontSize=17, leading=22, alignment=1
        ),
        "caption": ParagraphStyle(
            "caption", base, fontSize=8.5, leading=11, alignment=1, textColor=MUTED
        ),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11.5, textColor=MUTED),
    }


def certificate_title(data: CertificateData) -> str:
    if data.completed:
        return translate("Certificate", "Certificate of completion")
    return translate("Certificate", "Certificate of attendance")


def rate_text(rate: float | None) -> str:
    """ "89%"; "—" when no half-day counts (all excused)."""
    if rate is None:
        return "—"
    return translate("Certificate", "{rate}%").format(rate=round(rate * 100))


def certificate_pdf(data: CertificateData, out: Path | BinaryIO) -> int:
    """Write the certificate (one A4 page); returns the number of pages."""
    styles = _styles()
    top_room = MARKING_HEIGHT + 8 * mm if data.funding is not None else 0
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=14 * mm + top_room,
        bottomMargin=22 * mm,
        title=f"{certificate_title(data)} — {data.reference}",
        author="LAM Desk",
        creator="LAM Desk",
        subject=data.course_title,
    )
    width = doc.width
    story: list[Flowable] = [
        _heading(data, styles, width),
        Spacer(1, 14 * mm),
        Paragraph(escape(certificate_title(data)), styles["title"]),
    ]
    if data.certificate:
        story.append(
            Paragraph(
                escape(
                    translate("Certificate", "Course preparing for: {certificate}").format(
                        certificate=data.certificate
                    )
                ),
                styles["subtitle"],
            )
        )
    story += [Spacer(1, 10 * mm), *_statement(data, styles)]
    story += [Spacer(1, 8 * mm), _figures(data, styles, width), Spacer(1, 3 * mm)]
    story.append(
        Paragraph(
            escape(
                translate(
                    "Certificate",
                    "Hours and rate as recorded in the locked attendance of the run's sessions, "
                    "whose signed attendance sheets are kept by the site.",
                )
            ),
            styles["small"],
        )
    )
    if data.funding is not None:
        story += [Spacer(1, 4 * mm), Paragraph(escape(_funding_text(data)), styles["small"])]
    story += [Spacer(1, 12 * mm), _signature(data, styles, width)]

    def decorate(canvas: Canvas, _doc: object) -> None:
        _decorate(canvas, data)

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return int(doc.page)


def _heading(data: CertificateData, styles: dict[str, ParagraphStyle], width: float) -> Table:
    left = [Paragraph(escape(data.site_name), styles["site"])]
    if data.site_address:
        left.append(Paragraph(escape(data.site_address), styles["muted"]))
    right = [
        Paragraph(
            escape(
                translate("Certificate", "Reference {reference}").format(reference=data.reference)
            ),
            styles["reference"],
        )
    ]
    table = Table([[left, right]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _statement(data: CertificateData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    signer = translate(
        "Certificate", "The undersigned, {signatory}, for {site}, certifies that"
    ).format(signatory=data.signatory.strip() or HAND_LINE, site=data.site_name)
    name = data.member_name
    born = (
        translate("Certificate", "born in {year}").format(year=data.birth_year)
        if data.birth_year is not None
        else ""
    )
    if data.completed:
        verb = translate("Certificate", "has completed the course")
    else:
        verb = translate("Certificate", "has attended the course")
    course = f"{data.course_code} — {data.course_title}" if data.course_code else data.course_title
    if data.first_day == data.last_day:
        when = translate("Certificate", "on {day}").format(day=_day(data.first_day))
    else:
        when = translate("Certificate", "from {first} to {last}").format(
            first=_day(data.first_day), last=_day(data.last_day)
        )
    where = translate("Certificate", "{when}, at {site}").format(when=when, site=data.site_name)
    parts: list[Flowable] = [
        Paragraph(escape(signer), styles["centre"]),
        Spacer(1, 4 * mm),
        Paragraph(escape(name), styles["name"]),
    ]
    if born:
        parts.append(Paragraph(escape(born), styles["subtitle"]))
    parts += [
        Spacer(1, 4 * mm),
        Paragraph(escape(verb), styles["centre"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(course), styles["course"]),
    ]
    if data.run_label:
        parts.append(Paragraph(escape(data.run_label), styles["centre"]))
    parts.append(Paragraph(escape(where), styles["centre"]))
    return parts


def _figures(data: CertificateData, styles: dict[str, ParagraphStyle], width: float) -> Table:
    figures = (
        (hours_text(data.hours_attended), translate("Certificate", "hours attended")),
        (
            hours_text(data.planned_hours) if data.planned_hours else "—",
            translate("Certificate", "hours planned"),
        ),
        (rate_text(data.attendance_rate), translate("Certificate", "attendance rate")),
    )
    row = [
        [Paragraph(escape(big), styles["figure"]), Paragraph(escape(what), styles["caption"])]
        for big, what in figures
    ]
    table = Table([row], colWidths=[width / 3] * 3)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEAFTER", (0, 0), (-2, -1), 0.8, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _funding_text(data: CertificateData) -> str:
    funding = data.funding
    assert funding is not None
    text = translate("Certificate", "Training funded by {funder} — {title}.").format(
        funder=funding.funder_name, title=funding.title
    )
    if funding.operation_number:
        text += " " + translate("Certificate", "Operation No. {number}.").format(
            number=funding.operation_number
        )
    return text


def _signature(data: CertificateData, styles: dict[str, ParagraphStyle], width: float) -> Table:
    generated = data.generated_at.astimezone(PARIS)
    place = data.site_address.rsplit(",", 1)[-1].strip() if data.site_address else ""
    if place:
        made = translate("Certificate", "Made at {place}, on {day}").format(
            place=place, day=_day(generated)
        )
    else:
        made = translate("Certificate", "Made on {day}").format(day=_day(generated))
    block = [
        Paragraph(escape(made), styles["body"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(data.signatory.strip() or HAND_LINE), styles["course"]),
        Paragraph(escape(translate("Certificate", "Signature and stamp")), styles["caption"]),
    ]
    box_width: float = 80 * mm
    table = Table(
        [["", block], ["", _Box(box_width, 28 * mm)]],
        colWidths=[width - box_width, box_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class _Box(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A blank box to sign in."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _decorate(canvas: Canvas, data: CertificateData) -> None:
    canvas.saveState()
    if data.funding is not None:
        draw_marking_band(
            canvas,
            data.funding,
            SIDE,
            PAGE_HEIGHT - 12 * mm,
            PAGE_WIDTH - 2 * SIDE,
            MARKING_HEIGHT,
        )
    generated = data.generated_at.astimezone(PARIS)
    canvas.setFont(REGULAR, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(
        SIDE,
        12 * mm,
        translate(
            "Certificate",
            "Generated by LAM Desk on {day} at {time} (Paris time) · reference {reference}",
        ).format(day=_day(generated), time=generated.strftime("%H:%M"), reference=data.reference),
    )
    canvas.restoreState()
