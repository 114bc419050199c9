"""The day's tally of a site on paper: the figures of the clôture, kept with the day's papers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import translate
from lam_desk.reports.fonts import register_fonts
from lam_desk.services.dto import DayClosing, DayTally, TallyLine

INK = colors.HexColor("#1f2a33")
MUTED = colors.HexColor("#5d6b76")
FAINT = colors.HexColor("#9aa5ae")
RULE = colors.HexColor("#c9d2d9")
HEAD = colors.HexColor("#e8eef2")
BAND = colors.HexColor("#f3f6f8")
ACCENT = colors.HexColor("#1d5f8a")
# Number columns wide enough for their header on one line ("Anonymous", "Adhérents").
MEMBERS_WIDTH, ANONYMOUS_WIDTH, TOTAL_WIDTH = 19.5 * mm, 21.5 * mm, 14 * mm
NUMBER_WIDTH = 20 * mm
GUTTER = 5 * mm


def _wall(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%H:%M")


def duration_text(minutes: int) -> str:
    """ "45 min", "2 h", "2 h 35"."""
    if minutes < 60:
        return translate("DayTallyPaper", "{minutes} min").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return translate("DayTallyPaper", "{hours} h").format(hours=hours)
    return translate("DayTallyPaper", "{hours} h {minutes:02d}").format(hours=hours, minutes=rest)


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=10, leading=13, textColor=INK)
    return {
        "site": ParagraphStyle("site", base, fontName=bold, fontSize=12, textColor=ACCENT),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=21),
        "muted": ParagraphStyle("muted", base, fontSize=8.5, leading=11, textColor=MUTED),
        "section": ParagraphStyle(
            "section", base, fontName=bold, fontSize=11, leading=15, textColor=ACCENT
        ),
        "figure": ParagraphStyle(
            "figure", base, fontName=bold, fontSize=18, leading=22, alignment=1
        ),
        "caption": ParagraphStyle(
            "caption", base, fontSize=8.5, leading=11, textColor=MUTED, alignment=1
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12),
        "faint": ParagraphStyle("faint", base, fontSize=9, leading=12, textColor=FAINT),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=9, leading=12),
        "number": ParagraphStyle("number", base, fontSize=9, leading=12, alignment=2),
        "number_faint": ParagraphStyle(
            "number_faint", base, fontSize=9, leading=12, alignment=2, textColor=FAINT
        ),
        "number_head": ParagraphStyle(
            "number_head", base, fontName=bold, fontSize=8, leading=11, alignment=2
        ),
    }


def render_day_tally(
    tally: DayTally,
    path: Path,
    *,
    site_name: str,
    day_text: str,
    closing: DayClosing | None,
    printed_at: datetime,
) -> Path:
    """An A4 page of the day's figures. ``day_text`` is the day as the desk writes it
    ("mardi 10 mars 2026"); ``closing`` the clôture it follows (None: counted during the day)."""
    styles = _styles()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=translate("DayTallyPaper", "Day's tally"),
        author=site_name,
    )
    width = doc.width - 12  # the frame keeps 6 pt on each side
    if closing is not None:
        when = translate("DayTallyPaper", "Day closed at {time} by {name}.").format(
            time=_wall(closing.at), name=closing.by
        )
    else:
        when = translate("DayTallyPaper", "Counted at {time}; the day is not closed.").format(
            time=_wall(tally.counted_at)
        )
    story: list[Flowable] = [
        Paragraph(escape(site_name), styles["site"]),
        Paragraph(
            escape(translate("DayTallyPaper", "Day's tally — {day}").format(day=day_text)),
            styles["title"],
        ),
        Paragraph(
            escape(
                when
                + " "
                + translate("DayTallyPaper", "Printed on {when}.").format(
                    when=printed_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")
                )
            ),
            styles["muted"],
        ),
        Spacer(1, 4 * mm),
        _figures(tally, styles, width),
        Spacer(1, 5 * mm),
    ]
    story += _section(
        translate("DayTallyPaper", "Visits by purpose"),
        _people_table(tally.by_purpose, translate("DayTallyPaper", "Purpose"), styles, width),
        styles,
        note=translate(
            "DayTallyPaper",
            "A visit may have several purposes: their lines add up to more than the people.",
        ),
    )
    half = (width - GUTTER) / 2
    side_by_side = _pair(
        _people_table(tally.by_age, translate("DayTallyPaper", "Age"), styles, half),
        _people_table(tally.by_gender, translate("DayTallyPaper", "Gender"), styles, half),
        half,
    )
    story += _section(
        translate("DayTallyPaper", "People by age and gender"),
        side_by_side,
        styles,
        note=translate(
            "DayTallyPaper",
            "As each person was on the day; anonymous visitors as the desk counted them.",
        ),
    )
    story += _section(
        translate("DayTallyPaper", "Workstations"), _stations_table(tally, styles, width), styles
    )
    story += _section(
        translate("DayTallyPaper", "Bookings and the queue"),
        _pair(_bookings_table(tally, styles, half), _queue_table(tally, styles, half), half),
        styles,
    )
    doc.build(story)
    return path


def _section(
    title: str,
    body: Flowable,
    styles: dict[str, ParagraphStyle],
    *,
    note: str = "",
) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(escape(title), styles["section"]), Spacer(1, 1.5 * mm)]
    parts.append(body)
    if note:
        parts += [Spacer(1, 1 * mm), Paragraph(escape(note), styles["muted"])]
    return [KeepTogether(parts), Spacer(1, 4 * mm)]


def _figures(tally: DayTally, styles: dict[str, ParagraphStyle], width: float) -> Table:
    # (counts as plain names: lupdate skips a call whose count is an attribute)
    sessions, no_shows, left = tally.use_sessions, tally.no_shows, tally.queue_left
    figures = [
        (
            str(tally.people),
            translate("DayTallyPaper", "people welcomed"),
            translate("DayTallyPaper", "{members} members, {anonymous} anonymous").format(
                members=tally.member_visits, anonymous=tally.anonymous_people
            ),
        ),
        (
            duration_text(tally.use_minutes),
            translate("DayTallyPaper", "at the workstations"),
            translate("DayTallyPaper", "sessions: {count}").format(count=sessions),
        ),
        (
            str(tally.bookings_honoured),
            translate("DayTallyPaper", "bookings honoured"),
            translate("DayTallyPaper", "no-shows: {count}").format(count=no_shows),
        ),
        (
            str(tally.queue_joined),
            translate("DayTallyPaper", "in the queue"),
            translate("DayTallyPaper", "left without a workstation: {count}").format(count=left),
        ),
    ]
    row = [
        [
            Paragraph(escape(big), styles["figure"]),
            Paragraph(escape(what), styles["caption"]),
            Paragraph(escape(detail), styles["caption"]),
        ]
        for big, what, detail in figures
    ]
    table = Table([row], colWidths=[width / len(figures)] * len(figures))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _people_table(
    lines: Sequence[TallyLine], first: str, styles: dict[str, ParagraphStyle], width: float
) -> Table:
    head = [
        Paragraph(escape(first), styles["head"]),
        Paragraph(escape(translate("DayTallyPaper", "Members")), styles["number_head"]),
        Paragraph(escape(translate("DayTallyPaper", "Anonymous")), styles["number_head"]),
        Paragraph(escape(translate("DayTallyPaper", "Total")), styles["number_head"]),
    ]
    data = [head]
    for line in lines:
        quiet = line.total == 0
        text, number = ("faint", "number_faint") if quiet else ("cell", "number")
        data.append(
            [
                Paragraph(escape(line.label), styles[text]),
                Paragraph(str(line.members), styles[number]),
                Paragraph(str(line.anonymous), styles[number]),
                Paragraph(str(line.total), styles[number]),
            ]
        )
    table = Table(
        data,
        colWidths=[
            width - MEMBERS_WIDTH - ANONYMOUS_WIDTH - TOTAL_WIDTH,
            MEMBERS_WIDTH,
            ANONYMOUS_WIDTH,
            TOTAL_WIDTH,
        ],
        repeatRows=1,
    )
    table.setStyle(_grid())
    return table


def _stations_table(tally: DayTally, styles: dict[str, ParagraphStyle], width: float) -> Table:
    data = [
        [
            Paragraph(escape(translate("DayTallyPaper", "Workstation")), styles["head"]),
            Paragraph(escape(translate("DayTallyPaper", "Sessions")), styles["number_head"]),
            Paragraph(escape(translate("DayTallyPaper", "Time in use")), styles["number_head"]),
        ]
    ]
    for station in tally.stations:
        text, number = ("cell", "number") if station.sessions else ("faint", "number_faint")
        data.append(
            [
                Paragraph(escape(station.workstation), styles[text]),
                Paragraph(str(station.sessions), styles[number]),
                Paragraph(escape(duration_text(station.minutes)), styles[number]),
            ]
        )
    data.append(
        [
            Paragraph(escape(translate("DayTallyPaper", "All workstations")), styles["head"]),
            Paragraph(str(tally.use_sessions), styles["number_head"]),
            Paragraph(escape(duration_text(tally.use_minutes)), styles["number_head"]),
        ]
    )
    number_width = 28 * mm
    table = Table(
        data, colWidths=[width - 2 * number_width, number_width, number_width], repeatRows=1
    )
    style = _grid()
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)
    table.setStyle(style)
    return table


def _pair(left: Flowable, right: Flowable, half: float) -> Table:
    """Two tables side by side, ``half`` wide each, with a gutter between."""
    pair = Table([[left, right]], colWidths=[half + GUTTER, half])
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), GUTTER),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return pair


def _bookings_table(tally: DayTally, styles: dict[str, ParagraphStyle], width: float) -> Table:
    return _count_table(
        translate("DayTallyPaper", "Bookings"),
        [
            (translate("DayTallyPaper", "Honoured"), tally.bookings_honoured),
            (translate("DayTallyPaper", "No-shows (nobody came)"), tally.no_shows),
            (translate("DayTallyPaper", "Cancelled"), tally.bookings_cancelled),
            (translate("DayTallyPaper", "Still to come"), tally.bookings_pending),
            (translate("DayTallyPaper", "Held for workshops and groups"), tally.block_bookings),
        ],
        styles,
        width,
    )


def _queue_table(tally: DayTally, styles: dict[str, ParagraphStyle], width: float) -> Table:
    return _count_table(
        translate("DayTallyPaper", "Walk-in queue"),
        [
            (translate("DayTallyPaper", "Joined the queue"), tally.queue_joined),
            (translate("DayTallyPaper", "Seated from the queue"), tally.queue_seated),
            (translate("DayTallyPaper", "Left without a workstation"), tally.queue_left),
            (translate("DayTallyPaper", "Still waiting"), tally.queue_waiting),
        ],
        styles,
        width,
    )


def _count_table(
    title: str,
    rows: Sequence[tuple[str, int]],
    styles: dict[str, ParagraphStyle],
    width: float,
) -> Table:
    data = [[Paragraph(escape(title), styles["head"]), ""]]
    data += [
        [
            Paragraph(escape(label), styles["cell" if count else "faint"]),
            Paragraph(str(count), styles["number" if count else "number_faint"]),
        ]
        for label, count in rows
    ]
    table = Table(data, colWidths=[width - NUMBER_WIDTH, NUMBER_WIDTH])
    table.setStyle(_grid())
    return table


def _grid() -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands.insert(0, ("BACKGROUND", (0, 0), (-1, 0), HEAD))
    return TableStyle(commands)
