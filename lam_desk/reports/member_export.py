"""The readable copy of a member's data (GDPR Art. 15): the export's JSON, laid out as a PDF
the person can take home, in the desk's language, with the bundled font so every name prints."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lam_desk.domain.people import GENDER_LABELS, STATUS_LABELS, Gender, Status
from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.reports.fonts import REGULAR, register_fonts
from lam_desk.services.dto import MemberRecord

CONTEXT = "MemberExport"
INK = colors.HexColor("#1f2a33")
MUTED = colors.HexColor("#5d6b76")
RULE = colors.HexColor("#c9d2d9")
HEAD = colors.HexColor("#e8eef2")


def export_file_stem(record: MemberRecord) -> str:
    """File names carry the card number and the day, never the person's name (file lists
    are seen by anyone at the desk)."""
    day = record.generated_at.astimezone(PARIS).date().isoformat()
    card = "".join(ch for ch in record.card_number if ch.isalnum() or ch == "-") or "membre"
    return f"lam-desk-{card}-{day}"


def save_export(record: MemberRecord, folder: Path) -> tuple[Path, Path]:
    """Write the JSON and the PDF of an export into ``folder``; returns both paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = export_file_stem(record)
    json_path = folder / f"{stem}.json"
    pdf_path = folder / f"{stem}.pdf"
    json_path.write_text(
        json.dumps(record.data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    render_member_export(record, pdf_path)
    return json_path, pdf_path


# --- the PDF ----------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=17, leading=22),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10.5, leading=14, textColor=MUTED),
        "h2": ParagraphStyle(
            "h2", base, fontName=bold, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4
        ),
        "body": base,
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=8.5, leading=10.5),
        "muted": ParagraphStyle("muted", base, textColor=MUTED),
    }


def _when(value: object) -> str:
    """ISO text of the export as the desk reads it: Paris wall-clock time, dd/mm/yyyy."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        if "T" in value:
            return datetime.fromisoformat(value).astimezone(PARIS).strftime("%d/%m/%Y %H:%M")
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return value


def _yes_no(value: object) -> str:
    return translate("MemberExport", "yes") if value else translate("MemberExport", "no")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


Columns = Sequence[tuple[str, Callable[[Mapping[str, Any]], str], float]]


def _table(
    rows: Sequence[Mapping[str, Any]], columns: Columns, styles: Mapping[str, ParagraphStyle]
) -> Table | Paragraph:
    if not rows:
        return Paragraph(escape(translate("MemberExport", "Nothing.")), styles["muted"])
    width = A4[0] - 36 * mm
    data = [
        [Paragraph(escape(translate(CONTEXT, label)), styles["head"]) for label, _f, _w in columns]
    ]
    for row in rows:
        data.append([Paragraph(escape(text(row)), styles["cell"]) for _l, text, _w in columns])
    table = Table(data, colWidths=[width * w for _l, _t, w in columns], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _pairs(pairs: Sequence[tuple[str, str]], styles: Mapping[str, ParagraphStyle]) -> Table:
    width = A4[0] - 36 * mm
    data = [
        [
            Paragraph(escape(translate(CONTEXT, label)), styles["head"]),
            Paragraph(escape(value), styles["cell"]),
        ]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[width * 0.32, width * 0.68])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _gender(code: object) -> str:
    try:
        return translate("People", GENDER_LABELS[Gender(str(code))])
    except ValueError:
        return _text(code)


def _status(code: object) -> str:
    try:
        return translate("People", STATUS_LABELS[Status(str(code))])
    except ValueError:
        return _text(code)


def _card_pairs(card: Mapping[str, Any]) -> list[tuple[str, str]]:
    commune = card.get("commune") or ""
    if card.get("commune_insee"):
        commune = f"{commune} ({card['commune_insee']})".strip()
    return [
        (QT_TRANSLATE_NOOP("MemberExport", "Card number"), _text(card.get("card_number"))),
        (QT_TRANSLATE_NOOP("MemberExport", "Family name"), _text(card.get("family_name"))),
        (QT_TRANSLATE_NOOP("MemberExport", "Given name"), _text(card.get("given_name"))),
        (QT_TRANSLATE_NOOP("MemberExport", "Birth year"), _text(card.get("birth_year"))),
        (QT_TRANSLATE_NOOP("MemberExport", "Gender"), _gender(card.get("gender"))),
        (QT_TRANSLATE_NOOP("MemberExport", "Commune"), commune),
        (QT_TRANSLATE_NOOP("MemberExport", "Status"), _status(card.get("status"))),
        (QT_TRANSLATE_NOOP("MemberExport", "Home site"), _text(card.get("home_site"))),
        (QT_TRANSLATE_NOOP("MemberExport", "Registered on"), _when(card.get("registered_on"))),
    ]


def render_member_export(record: MemberRecord, out: Path) -> Path:
    styles = _styles()
    data: Mapping[str, Any] = record.data
    story: list[Any] = []
    name = f"{record.given_name} {record.family_name}".strip()
    story.append(
        Paragraph(
            escape(translate("MemberExport", "Personal data held about {name}").format(name=name)),
            styles["title"],
        )
    )
    story.append(
        Paragraph(
            escape(
                translate(
                    "MemberExport", "Card {card} — printed on {when} by {actor}, {site}"
                ).format(
                    card=record.card_number,
                    when=_when(data.get("generated_at")),
                    actor=_text(data.get("generated_by")),
                    site=_text(data.get("desk_site")),
                )
            ),
            styles["subtitle"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            escape(
                translate(
                    "MemberExport",
                    "This document lists everything this desk of the network's public digital "
                    "access points holds about you (GDPR, article 15). Your visits to other "
                    "sites are kept by those sites. You may ask for your data to be corrected "
                    "or erased at any desk; attendance at funded training is kept, restricted, "
                    "for the period the funder requires.",
                )
            ),
            styles["body"],
        )
    )

    def section(title: str, *flowables: Any) -> None:
        story.append(
            KeepTogether([Paragraph(escape(translate(CONTEXT, title)), styles["h2"]), flowables[0]])
        )
        story.extend(flowables[1:])

    member = data.get("member") or {}
    section(
        QT_TRANSLATE_NOOP("MemberExport", "Membership card"), _pairs(_card_pairs(member), styles)
    )
    for merged in data.get("merged_cards") or []:
        section(
            QT_TRANSLATE_NOOP("MemberExport", "Card merged into this one"),
            _pairs(_card_pairs(merged), styles),
        )
    contacts = data.get("contacts") or []
    if contacts:
        for contact in contacts:
            section(
                QT_TRANSLATE_NOOP("MemberExport", "Contact details"),
                _pairs(
                    [
                        (QT_TRANSLATE_NOOP("MemberExport", "Phone"), _text(contact.get("phone"))),
                        (QT_TRANSLATE_NOOP("MemberExport", "E-mail"), _text(contact.get("email"))),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "Address"),
                            _text(contact.get("address")),
                        ),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "Postal code"),
                            _text(contact.get("postal_code")),
                        ),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "Newsletter"),
                            _yes_no(contact.get("newsletter_consent")),
                        ),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "Photos"),
                            _yes_no(contact.get("photo_consent")),
                        ),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "Information notice accepted on"),
                            _when(contact.get("notice_accepted_on")),
                        ),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "House charter accepted on"),
                            _when(contact.get("charter_accepted_on")),
                        ),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "Parental authorisation on"),
                            _when(contact.get("parental_authorisation_on")),
                        ),
                        (
                            QT_TRANSLATE_NOOP("MemberExport", "Parent or guardian"),
                            _text(contact.get("guardian_name")),
                        ),
                    ],
                    styles,
                ),
            )
    else:
        section(
            QT_TRANSLATE_NOOP("MemberExport", "Contact details"),
            Paragraph(
                escape(translate("MemberExport", "No contact details are kept at this desk.")),
                styles["muted"],
            ),
        )

    def uses(row: Mapping[str, Any]) -> str:
        return ", ".join(
            f"{u.get('workstation', '')} {_when(u.get('started_at'))[-5:]}–{_when(u.get('ended_at'))[-5:]}"
            for u in row.get("workstation_uses") or []
        )

    section(
        QT_TRANSLATE_NOOP("MemberExport", "Visits"),
        _table(
            data.get("visits") or [],
            [
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Arrived"),
                    lambda r: _when(r.get("started_at")),
                    0.2,
                ),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Left"),
                    lambda r: _when(r.get("ended_at")),
                    0.2,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "Site"), lambda r: _text(r.get("site")), 0.2),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Purposes"),
                    lambda r: _text(r.get("purposes")),
                    0.2,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "Workstations"), uses, 0.2),
            ],
            styles,
        ),
    )
    section(
        QT_TRANSLATE_NOOP("MemberExport", "Workstation bookings"),
        _table(
            data.get("bookings") or [],
            [
                (
                    QT_TRANSLATE_NOOP("MemberExport", "From"),
                    lambda r: _when(r.get("starts_at")),
                    0.2,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "To"), lambda r: _when(r.get("ends_at")), 0.2),
                (QT_TRANSLATE_NOOP("MemberExport", "Site"), lambda r: _text(r.get("site")), 0.22),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Workstation"),
                    lambda r: _text(r.get("workstation")),
                    0.14,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "What happened"), _booking_outcome, 0.24),
            ],
            styles,
        ),
    )
    section(
        QT_TRANSLATE_NOOP("MemberExport", "Waiting for a workstation"),
        _table(
            data.get("queue_entries") or [],
            [
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Joined"),
                    lambda r: _when(r.get("joined_at")),
                    0.3,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "Left"), lambda r: _when(r.get("left_at")), 0.3),
                (QT_TRANSLATE_NOOP("MemberExport", "Site"), lambda r: _text(r.get("site")), 0.4),
            ],
            styles,
        ),
    )
    section(
        QT_TRANSLATE_NOOP("MemberExport", "Training enrolments"),
        _table(
            data.get("enrolments") or [],
            [
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Course"),
                    lambda r: _text(r.get("course")),
                    0.34,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "Group"), lambda r: _text(r.get("run")), 0.2),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Requested on"),
                    lambda r: _when(r.get("requested_at")),
                    0.2,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "Site"), lambda r: _text(r.get("site")), 0.14),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Cancelled"),
                    lambda r: _when(r.get("cancelled_at")),
                    0.12,
                ),
            ],
            styles,
        ),
    )
    section(
        QT_TRANSLATE_NOOP("MemberExport", "Training attendance"),
        _table(
            data.get("attendance") or [],
            [
                (QT_TRANSLATE_NOOP("MemberExport", "Day"), lambda r: _when(r.get("day")), 0.14),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Half-day"),
                    lambda r: translate(CONTEXT, _HALF_DAYS.get(str(r.get("half_day")), "")),
                    0.14,
                ),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Course"),
                    lambda r: _text(r.get("course")),
                    0.34,
                ),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "Presence"),
                    lambda r: translate(CONTEXT, _PRESENCE.get(str(r.get("state")), "")),
                    0.14,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "Site"), lambda r: _text(r.get("site")), 0.24),
            ],
            styles,
        ),
    )
    section(
        QT_TRANSLATE_NOOP("MemberExport", "Changes recorded about you"),
        _table(
            data.get("audit_entries") or [],
            [
                (QT_TRANSLATE_NOOP("MemberExport", "When"), lambda r: _when(r.get("at")), 0.2),
                (QT_TRANSLATE_NOOP("MemberExport", "Who"), lambda r: _text(r.get("actor")), 0.2),
                (
                    QT_TRANSLATE_NOOP("MemberExport", "What"),
                    lambda r: _action(r.get("action")),
                    0.25,
                ),
                (QT_TRANSLATE_NOOP("MemberExport", "Why"), lambda r: _text(r.get("reason")), 0.35),
            ],
            styles,
        ),
    )

    document = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=translate("MemberExport", "Personal data held about {name}").format(name=name),
        author="LAM Desk",
    )
    footer = translate("MemberExport", "LAM Desk — card {card} — page {page}")

    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, 10 * mm, footer.format(card=record.card_number, page=doc.page))
        canvas.restoreState()

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out


_HALF_DAYS = {
    "morning": QT_TRANSLATE_NOOP("MemberExport", "morning"),
    "afternoon": QT_TRANSLATE_NOOP("MemberExport", "afternoon"),
}
_PRESENCE = {
    "present": QT_TRANSLATE_NOOP("MemberExport", "present"),
    "absent": QT_TRANSLATE_NOOP("MemberExport", "absent"),
    "excused": QT_TRANSLATE_NOOP("MemberExport", "excused"),
    "late": QT_TRANSLATE_NOOP("MemberExport", "late"),
}


def _booking_outcome(row: Mapping[str, Any]) -> str:
    if row.get("cancelled_at"):
        return translate("MemberExport", "cancelled")
    if row.get("arrived_at"):
        return translate("MemberExport", "came")
    if row.get("released_at"):
        return translate("MemberExport", "did not come")
    return translate("MemberExport", "booked")


# What the audit log's codes mean, in the words of the person reading their export.
_ACTIONS = {
    "member_created": QT_TRANSLATE_NOOP("MemberExport", "registered"),
    "member_imported": QT_TRANSLATE_NOOP("MemberExport", "registered from a spreadsheet"),
    "member_edited": QT_TRANSLATE_NOOP("MemberExport", "record changed"),
    "card_reissued": QT_TRANSLATE_NOOP("MemberExport", "new card (the old one replaced)"),
    "export_member": QT_TRANSLATE_NOOP("MemberExport", "data exported"),
    "erase_member": QT_TRANSLATE_NOOP("MemberExport", "erased"),
    "purge_member": QT_TRANSLATE_NOOP("MemberExport", "erased after years without activity"),
    "end_restriction": QT_TRANSLATE_NOOP("MemberExport", "end of the funded-training retention"),
}


def _action(code: object) -> str:
    text = _ACTIONS.get(str(code or ""))
    return translate("MemberExport", text) if text else _text(code)
