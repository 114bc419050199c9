"""The attendance sheet ("feuille d'émargement") of a séance: the evidence a funder audits
(DESIGN.md §7).

A4 portrait, drawn straight on the canvas so that every page has the same frame: the funding
line's marking, the sheet's number and page x/y, what the séance is (course, module, run,
trainer, date, site, half-days with their times, operation number), then one row per learner
with a blank signature box per half-day (never pre-marked), empty rows for walk-ins, the
totals the trainer writes on the last page, and on every page a row where the trainer signs
each half-day. The footer carries the generation time and the content's SHA-256, which the desk
keeps with the séance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from lam_desk.domain.wallclock import PARIS
from lam_desk.i18n import QT_TRANSLATE_NOOP, translate
from lam_desk.reports.eu_marking import draw_marking_band
from lam_desk.reports.fonts import BOLD, REGULAR, register_fonts
from lam_desk.services.dto_training import HalfDay, SheetData, Slot

INK = colors.HexColor("#1f2a33")
MUTED = colors.HexColor("#5d6b76")
FAINT = colors.HexColor("#9aa5ae")
RULE = colors.HexColor("#7d8a94")
HEAD = colors.HexColor("#e8eef2")
BAND = colors.HexColor("#f4f7f9")
ACCENT = colors.HexColor("#1d5f8a")

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
SIDE: float = 12 * mm
TOP: float = 10 * mm
BOTTOM: float = 9 * mm
WIDTH = PAGE_WIDTH - 2 * SIDE

MARKING_HEIGHT: float = 12 * mm
ROW_HEIGHT: float = 10 * mm  # a learner's row: room for a signature
HEAD_HEIGHT: float = 9 * mm  # the columns' titles
INFO_HEIGHT: float = 25.5 * mm
TOTALS_HEIGHT: float = 10 * mm
TRAINER_HEIGHT: float = 14 * mm
FOOTER_HEIGHT: float = 7 * mm
NUMBER_WIDTH: float = 8 * mm
SIGNATURE_WIDTH: dict[int, float] = {1: 70 * mm, 2: 54 * mm}  # by the number of half-days
MIN_SIGNATURE_WIDTH: float = 36 * mm
MIN_NAME_SIZE = 6.5

WEEKDAYS = (
    QT_TRANSLATE_NOOP("AttendanceSheet", "Monday"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Tuesday"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Wednesday"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Thursday"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Friday"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Saturday"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Sunday"),
)
HALF_DAYS = {
    HalfDay.MORNING: QT_TRANSLATE_NOOP("AttendanceSheet", "Morning"),
    HalfDay.AFTERNOON: QT_TRANSLATE_NOOP("AttendanceSheet", "Afternoon"),
}


def hours_text(hours: float) -> str:
    """ "3 h", "3 h 30", "45 min"."""
    minutes = round(hours * 60)
    whole, rest = divmod(minutes, 60)
    if whole == 0:
        return translate("AttendanceSheet", "{minutes} min").format(minutes=rest)
    if rest == 0:
        return translate("AttendanceSheet", "{hours} h").format(hours=whole)
    return translate("AttendanceSheet", "{hours} h {minutes:02d}").format(hours=whole, minutes=rest)


def slot_text(slot: Slot) -> str:
    return translate("AttendanceSheet", "{start}–{end}").format(start=slot.start, end=slot.end)


@dataclass(frozen=True)
class _Row:
    number: int
    name: str  # "" for an empty row
    walk_in: bool


@dataclass(frozen=True)
class _Page:
    rows: tuple[_Row, ...]
    last: bool


class _Frame:
    """Where things go on every page of one sheet."""

    def __init__(self, sheet: SheetData) -> None:
        self.sheet = sheet
        slots = max(1, len(sheet.slots))
        signature = SIGNATURE_WIDTH.get(slots, max(MIN_SIGNATURE_WIDTH, (WIDTH - 60 * mm) / slots))
        self.signature_width = signature
        self.name_width = WIDTH - NUMBER_WIDTH - signature * len(sheet.slots)
        self.x_name = SIDE + NUMBER_WIDTH
        self.x_slots = [self.x_name + self.name_width + i * signature for i in range(slots)]
        top: float = PAGE_HEIGHT - TOP
        self.marking_top = top
        if sheet.funding is not None:
            top -= MARKING_HEIGHT + 3 * mm
        self.title_top = top
        top -= 9 * mm
        self.info_top = top
        self.info_height = INFO_HEIGHT
        top -= self.info_height
        self.instruction_top = top
        top -= 6 * mm
        self.table_top = top
        self.rows_top = top - HEAD_HEIGHT
        self.footer_top = BOTTOM + FOOTER_HEIGHT
        self.rows_bottom = self.footer_top + 2 * mm + TRAINER_HEIGHT

    def rows_per_page(self, *, last: bool) -> int:
        room = self.rows_top - self.rows_bottom - (TOTALS_HEIGHT if last else 0)
        return max(1, int((room + 0.01) // ROW_HEIGHT))

    def pages(self) -> list[_Page]:
        rows = [_Row(i + 1, name, False) for i, name in enumerate(self.sheet.learners)]
        walk_in = bool(self.sheet.learners)
        rows += [_Row(len(rows) + i + 1, "", walk_in) for i in range(max(0, self.sheet.empty_rows))]
        cuts = _cuts(len(rows), self.rows_per_page(last=False), self.rows_per_page(last=True))
        return [
            _Page(tuple(rows[start:stop]), last=i == len(cuts) - 1)
            for i, (start, stop) in enumerate(cuts)
        ]


def _cuts(rows: int, full: int, last: int) -> list[tuple[int, int]]:
    """Rows by page: full pages, then a last page with room for the totals; at least two rows
    stay with the totals so that they never stand alone."""
    cuts: list[tuple[int, int]] = []
    start = 0
    while rows - start > last:
        take = min(full, rows - start - min(2, rows - start))
        cuts.append((start, start + take))
        start += take
    cuts.append((start, rows))
    return cuts


def rows_on_pages(learners: int, half_days: int = 2, *, funded: bool = True) -> tuple[int, int]:
    """How many rows a sheet's full pages hold, and its last page (which also holds the
    totals), for the services to choose a number of empty rows that fills the last page.
    The rows do not depend on the learners or the half-days; a funded sheet has the funding
    band at the top of each page, so fewer rows."""
    del learners, half_days
    frame = _Frame(_frame_sheet(funded))
    return frame.rows_per_page(last=False), frame.rows_per_page(last=True)


def empty_rows_to_fill(learners: int, *, funded: bool = True, least: int = 5) -> int:
    """How many empty rows (at least ``least``) fill the last page of a sheet for
    ``learners`` learners: the paper is there anyway, walk-ins may use them."""
    full, last = rows_on_pages(learners, funded=funded)
    start, stop = _cuts(learners + least, full, last)[-1]
    return least + max(0, last - (stop - start))


def _frame_sheet(funded: bool) -> SheetData:
    """A sheet with nothing in it: the frame's heights depend only on its funding band."""
    from datetime import UTC, date, datetime

    from lam_desk.services.dto_training import FundingLineRow

    funding = FundingLineRow("", "", "", "eu", "", "", "", "", "", True, (), 0) if funded else None
    return SheetData(
        sheet_number="",
        generated_at=datetime(2026, 1, 1, tzinfo=UTC),
        course_code="",
        course_title="",
        module_title="",
        run_label="",
        site_name="",
        site_address="",
        day=date(2026, 1, 1),
        slots=(),
        trainer_name="",
        learners=(),
        empty_rows=0,
        planned_hours=0,
        funding=funding,
    )


def attendance_sheet_pdf(sheets: Sequence[SheetData], out: Path | BinaryIO) -> int:
    """Write the sheets into one PDF (each sheet's pages numbered "page x/y" of that sheet,
    its header on every page); returns the number of pages."""
    if not sheets:
        raise ValueError("no attendance sheet to print")
    register_fonts()
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4)
    if len(sheets) == 1:
        canvas.setTitle(
            translate("AttendanceSheet", "Attendance sheet {number}").format(
                number=sheets[0].sheet_number
            )
        )
    else:
        canvas.setTitle(
            translate("AttendanceSheet", "Attendance sheets of {run}").format(
                run=sheets[0].run_label
            )
        )
    canvas.setAuthor("LAM Desk")
    canvas.setCreator("LAM Desk")
    canvas.setSubject(sheets[0].course_title)
    total = 0
    for sheet in sheets:
        frame = _Frame(sheet)
        pages = frame.pages()
        key = f"sheet-{total}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(
            f"{sheet.day.strftime('%d/%m/%Y')} — {sheet.sheet_number}", key, level=0
        )
        for index, page in enumerate(pages):
            _draw_page(canvas, frame, page, index + 1, len(pages))
            canvas.showPage()
        total += len(pages)
    canvas.save()
    return total


# --- one page ------------------------------------------------------------------------------


def _draw_page(canvas: Canvas, frame: _Frame, page: _Page, number: int, count: int) -> None:
    sheet = frame.sheet
    if sheet.funding is not None:
        draw_marking_band(canvas, sheet.funding, SIDE, frame.marking_top, WIDTH, MARKING_HEIGHT)
        canvas.setStrokeColor(HEAD)
        canvas.setLineWidth(0.8)
        y = frame.marking_top - MARKING_HEIGHT - 2 * mm
        canvas.line(SIDE, y, SIDE + WIDTH, y)
    _draw_title(canvas, frame, number, count)
    _draw_info(canvas, frame)
    _draw_instruction(canvas, frame)
    y = _draw_table_head(canvas, frame)
    for i, row in enumerate(page.rows):
        _draw_row(canvas, frame, row, y, striped=i % 2 == 1)
        y -= ROW_HEIGHT
    if page.last:
        _draw_totals(canvas, frame, y)
        y -= TOTALS_HEIGHT
    _draw_trainer(canvas, frame, y - 2 * mm)
    _draw_footer(canvas, frame, number, count)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float, least: float) -> float:
    while size > least and float(canvas.stringWidth(text, font, size)) > width:
        size -= 0.25
    return size


def _text(
    canvas: Canvas,
    text: str,
    font: str,
    size: float,
    x: float,
    y: float,
    room: float,
    *,
    align: str = "left",
    least: float = 5.5,
) -> float:
    """``text`` on one line at (x, y), smaller if need be to fit ``room`` (whatever the
    language); ``align`` left, right (x is the right end) or centre. Returns its width."""
    size = _fit(canvas, text, font, size, room, least)
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "centre":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)
    return float(canvas.stringWidth(text, font, size))


def _draw_title(canvas: Canvas, frame: _Frame, number: int, count: int) -> None:
    """The title on the left; the sheet's number and the page on the right, same line."""
    sheet = frame.sheet
    baseline = frame.title_top - 6 * mm
    canvas.setFillColor(INK)
    right = SIDE + WIDTH
    page = translate("AttendanceSheet", "Page {page}/{pages}").format(page=number, pages=count)
    right -= _text(canvas, page, BOLD, 10, right, baseline, 40 * mm, align="right") + 6 * mm
    right -= (
        _text(canvas, sheet.sheet_number, BOLD, 12, right, baseline, 60 * mm, align="right")
        + 1.5 * mm
    )
    canvas.setFillColor(MUTED)
    label = translate("AttendanceSheet", "Sheet No.")
    right -= _text(canvas, label, REGULAR, 8, right, baseline, 25 * mm, align="right") + 5 * mm
    canvas.setFillColor(INK)
    title = translate("AttendanceSheet", "Attendance sheet")
    _text(canvas, title, BOLD, 15, SIDE, baseline, right - SIDE, least=9)


_Item = tuple[str, str, bool]  # label, value, bold


def _info_lines(sheet: SheetData) -> list[tuple[_Item, _Item | None]]:
    """The box's five lines: the course and the run across the box (their titles are long);
    then the module and the date, the trainer and the half-days, the site with its address and
    the operation number."""
    course = f"{sheet.course_code} — {sheet.course_title}" if sheet.course_code else ""
    course = course or sheet.course_title
    if sheet.planned_hours:  # the whole course's length, for the auditor
        course = translate("AttendanceSheet", "{course} ({hours})").format(
            course=course, hours=hours_text(sheet.planned_hours)
        )
    operation: _Item | None = None
    if sheet.funding is not None:
        number = sheet.funding.operation_number
        operation = (
            translate("AttendanceSheet", "Operation No."),
            number or translate("AttendanceSheet", "not recorded at the desk"),
            bool(number),
        )
    weekday = translate("AttendanceSheet", WEEKDAYS[sheet.day.weekday()])
    times = ", ".join(slot_text(slot) for slot in sheet.slots)
    hours = sum(slot.hours for slot in sheet.slots)
    if times:
        times = translate("AttendanceSheet", "{times} · {hours} in all").format(
            times=times, hours=hours_text(hours)
        )
    site = sheet.site_name + (f", {sheet.site_address}" if sheet.site_address else "")
    date_text = f"{weekday} {sheet.day.strftime('%d/%m/%Y')}"
    return [
        ((translate("AttendanceSheet", "Course"), course, True), None),
        ((translate("AttendanceSheet", "Run"), sheet.run_label or "—", False), None),
        (
            (translate("AttendanceSheet", "Module"), sheet.module_title or "—", False),
            (translate("AttendanceSheet", "Date"), date_text, True),
        ),
        (
            (translate("AttendanceSheet", "Trainer"), sheet.trainer_name or "—", True),
            (translate("AttendanceSheet", "Half-days"), times or "—", False),
        ),
        ((translate("AttendanceSheet", "Site"), site, False), operation),
    ]


INFO_LABEL: float = 21 * mm
INFO_STEP: float = 4.6 * mm


def _draw_item(canvas: Canvas, item: _Item, x: float, y: float, room: float) -> None:
    """A label and its value, smaller if need be, cut with "…" only past 7 points."""
    label, value, strong = item
    canvas.setFillColor(MUTED)
    _text(canvas, label, REGULAR, 7.5, x, y, INFO_LABEL - 1.5 * mm)
    font = BOLD if strong else REGULAR
    size = _fit(canvas, value, font, 9, room, 7)
    if canvas.stringWidth(value, font, size) > room:
        value = simpleSplit(value, font, size, room - canvas.stringWidth("…", font, size))[0]
        value = value.rstrip() + "…"
    canvas.setFont(font, size)
    canvas.setFillColor(INK)
    canvas.drawString(x + INFO_LABEL, y, value)


def _draw_info(canvas: Canvas, frame: _Frame) -> None:
    """The séance in a box of five lines."""
    top, height = frame.info_top, frame.info_height
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setFillColor(BAND)
    canvas.roundRect(SIDE, top - height, WIDTH, height, 1.5 * mm, stroke=1, fill=1)
    x, y = SIDE + 3 * mm, top - 4.8 * mm
    whole = WIDTH - 6 * mm
    half = WIDTH * 0.55  # the right column starts there
    lines = _info_lines(frame.sheet)
    for index, (left, right) in enumerate(lines):
        if right is None:
            _draw_item(canvas, left, x, y, whole - INFO_LABEL)
        elif index == len(lines) - 1:
            # The operation number at the right end, the site and its address before it.
            label, number, strong = right
            end = SIDE + WIDTH - 3 * mm
            canvas.setFillColor(INK)
            font = BOLD if strong else REGULAR
            used = _text(canvas, number, font, 9, end, y, 45 * mm, align="right", least=7)
            canvas.setFillColor(MUTED)
            used += _text(
                canvas, label, REGULAR, 7.5, end - used - 2 * mm, y, 25 * mm, align="right"
            )
            _draw_item(canvas, left, x, y, whole - INFO_LABEL - used - 8 * mm)
        else:
            _draw_item(canvas, left, x, y, half - 3 * mm - INFO_LABEL - 4 * mm)
            _draw_item(canvas, right, SIDE + half, y, WIDTH - half - 3 * mm - INFO_LABEL)
        y -= INFO_STEP


def _draw_instruction(canvas: Canvas, frame: _Frame) -> None:
    text = translate(
        "AttendanceSheet",
        "Each learner signs in person, in ink, in the box of each half-day attended. "
        "A box left empty means absent.",
    )
    canvas.setFillColor(INK)
    if float(canvas.stringWidth(text, BOLD, 6.5)) <= WIDTH:
        _text(canvas, text, BOLD, 8, SIDE, frame.instruction_top - 4.2 * mm, WIDTH, least=6.5)
        return
    canvas.setFont(BOLD, 6.5)
    y = frame.instruction_top - 2.6 * mm
    for line in simpleSplit(text, BOLD, 6.5, WIDTH)[:2]:
        canvas.drawString(SIDE, y, line)
        y -= 7.5


def _draw_table_head(canvas: Canvas, frame: _Frame) -> float:
    sheet = frame.sheet
    top = frame.table_top
    canvas.setFillColor(HEAD)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.rect(SIDE, top - HEAD_HEIGHT, WIDTH, HEAD_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(INK)
    number = translate("AttendanceSheet", "No.")
    _text(
        canvas,
        number,
        BOLD,
        8,
        SIDE + NUMBER_WIDTH / 2,
        top - 5.5 * mm,
        NUMBER_WIDTH - 1 * mm,
        align="centre",
    )
    x, room = frame.x_name + 2 * mm, frame.name_width - 4 * mm
    _text(canvas, translate("AttendanceSheet", "Learner"), BOLD, 8, x, top - 4 * mm, room)
    canvas.setFillColor(MUTED)
    hint = translate("AttendanceSheet", "FAMILY NAME Given name")
    _text(canvas, hint, REGULAR, 7, x, top - 7.3 * mm, room)
    room = frame.signature_width - 3 * mm
    for x, slot in zip(frame.x_slots, sheet.slots, strict=False):
        centre = x + frame.signature_width / 2
        canvas.setFillColor(INK)
        title = translate("AttendanceSheet", "{half_day} {times}").format(
            half_day=translate("AttendanceSheet", HALF_DAYS[slot.half_day]),
            times=slot_text(slot),
        )
        _text(canvas, title, BOLD, 8.5, centre, top - 4 * mm, room, align="centre")
        canvas.setFillColor(MUTED)
        signature = translate("AttendanceSheet", "Learner's signature")
        _text(canvas, signature, REGULAR, 7, centre, top - 7.3 * mm, room, align="centre")
    _grid_lines(canvas, frame, top, top - HEAD_HEIGHT, outline=True)
    return top - HEAD_HEIGHT


def _grid_lines(canvas: Canvas, frame: _Frame, top: float, bottom: float, *, outline: bool) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    xs = [SIDE, frame.x_name, *frame.x_slots, SIDE + WIDTH]
    for x in xs:
        canvas.line(x, top, x, bottom)
    canvas.line(SIDE, bottom, SIDE + WIDTH, bottom)
    if outline:
        canvas.line(SIDE, top, SIDE + WIDTH, top)


def _draw_row(canvas: Canvas, frame: _Frame, row: _Row, top: float, *, striped: bool) -> None:
    bottom = top - ROW_HEIGHT
    if striped:
        canvas.setFillColor(BAND)
        canvas.rect(SIDE, bottom, NUMBER_WIDTH + frame.name_width, ROW_HEIGHT, stroke=0, fill=1)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(SIDE, bottom, frame.x_name + frame.name_width, bottom)
    canvas.line(SIDE, top, SIDE, bottom)
    canvas.line(frame.x_name, top, frame.x_name, bottom)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 8)
    canvas.drawCentredString(SIDE + NUMBER_WIDTH / 2, bottom + ROW_HEIGHT / 2 - 3, str(row.number))
    if row.name:
        _draw_name(canvas, row.name, frame.x_name + 2 * mm, bottom, frame.name_width - 4 * mm)
    elif row.walk_in:
        canvas.setFillColor(FAINT)
        _text(
            canvas,
            translate("AttendanceSheet", "Walk-in: name in capitals"),
            REGULAR,
            6,
            frame.x_name + 1.5 * mm,
            top - 2.5 * mm,
            frame.name_width - 3 * mm,
            least=4.5,
        )
    # The signature boxes: one rectangle each, blank, so that they can be counted.
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.7)
    for x in frame.x_slots[: len(frame.sheet.slots)]:
        canvas.rect(x, bottom, frame.signature_width, ROW_HEIGHT, stroke=1, fill=0)


def _draw_name(canvas: Canvas, name: str, x: float, bottom: float, room: float) -> None:
    """The name on one line, smaller if need be, else on two lines."""
    canvas.setFillColor(INK)
    size = _fit(canvas, name, REGULAR, 10, room, 8)
    if canvas.stringWidth(name, REGULAR, size) <= room:
        canvas.setFont(REGULAR, size)
        canvas.drawString(x, bottom + ROW_HEIGHT / 2 - size * 0.35, name)
        return
    size = 8.0
    lines = simpleSplit(name, REGULAR, size, room)
    while len(lines) > 2 and size > MIN_NAME_SIZE:
        size -= 0.5
        lines = simpleSplit(name, REGULAR, size, room)
    canvas.setFont(REGULAR, size)
    leading = size * 1.15
    y = bottom + ROW_HEIGHT / 2 + (len(lines) - 1) * leading / 2 - size * 0.35
    for line in lines:
        canvas.drawString(x, y, line)
        y -= leading


def _draw_totals(canvas: Canvas, frame: _Frame, top: float) -> None:
    """The last page: what the sheet holds, and per half-day a line for the number present."""
    sheet = frame.sheet
    bottom = top - TOTALS_HEIGHT
    canvas.setFillColor(HEAD)
    canvas.rect(SIDE, bottom, WIDTH, TOTALS_HEIGHT, stroke=0, fill=1)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    for x in (SIDE, *frame.x_slots, SIDE + WIDTH):
        canvas.line(x, top, x, bottom)
    canvas.line(SIDE, bottom, SIDE + WIDTH, bottom)
    x = SIDE + 2 * mm
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 8.5)
    totals = translate("AttendanceSheet", "Totals")
    canvas.drawString(x, top - 4 * mm, totals)
    # Counts are written "label: n" (no plural forms outside Qt's tr(); see i18n.translate),
    # each on its line: the learners beside "Totals", the empty rows under it.
    room = frame.x_slots[0] - x - 2 * mm
    learners, empty = len(sheet.learners), sheet.empty_rows
    if learners:
        enrolled = translate("AttendanceSheet", "Learners on the list: {count}").format(
            count=learners
        )
        after = canvas.stringWidth(totals, BOLD, 8.5) + 3 * mm
        canvas.setFont(REGULAR, _fit(canvas, enrolled, REGULAR, 7.5, room - after, 5.5))
        canvas.drawString(x + after, top - 4 * mm, enrolled)
        rows = translate("AttendanceSheet", "Rows for walk-ins: {count}").format(count=empty)
    else:
        rows = translate("AttendanceSheet", "Rows for learners to write in: {count}").format(
            count=empty
        )
    canvas.setFont(REGULAR, _fit(canvas, rows, REGULAR, 7.5, room, 5.5))
    canvas.drawString(x, top - 7.8 * mm, rows)
    present = translate("AttendanceSheet", "Present:")
    for x_slot, slot in zip(frame.x_slots, sheet.slots, strict=False):
        right = x_slot + frame.signature_width - 2 * mm
        canvas.setFillColor(MUTED)
        hours = _text(
            canvas,
            hours_text(slot.hours),
            REGULAR,
            7,
            right,
            top - 6.5 * mm,
            15 * mm,
            align="right",
        )
        blank: float = 14 * mm  # where the trainer writes the number
        room = frame.signature_width - 4 * mm - hours - blank - 3 * mm
        canvas.setFillColor(INK)
        label = _text(canvas, present, BOLD, 8, x_slot + 2 * mm, top - 6.5 * mm, room)
        start = x_slot + 2 * mm + label + 1.5 * mm
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.line(start, top - 7 * mm, start + blank, top - 7 * mm)


def _draw_trainer(canvas: Canvas, frame: _Frame, top: float) -> None:
    """The trainer signs each half-day, on every page."""
    sheet = frame.sheet
    bottom = top - TRAINER_HEIGHT
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(SIDE, top, frame.x_name + frame.name_width, top)
    canvas.line(SIDE, bottom, frame.x_name + frame.name_width, bottom)
    canvas.line(SIDE, top, SIDE, bottom)
    x = SIDE + 2 * mm
    room = NUMBER_WIDTH + frame.name_width - 4 * mm
    canvas.setFillColor(MUTED)
    _text(canvas, translate("AttendanceSheet", "Trainer"), REGULAR, 7, x, top - 3.5 * mm, room)
    name = sheet.trainer_name or "—"
    size = _fit(canvas, name, BOLD, 10, room, 7)
    canvas.setFont(BOLD, size)
    canvas.setFillColor(INK)
    canvas.drawString(x, top - 7.5 * mm, name)
    canvas.setFont(REGULAR, 6.5)
    canvas.setFillColor(MUTED)
    note = translate(
        "AttendanceSheet",
        "certifies the attendance on this page; at the end of each half-day, strikes through "
        "the empty boxes and signs",
    )
    y = top - 10.5 * mm
    for line in simpleSplit(note, REGULAR, 6.5, room)[:2]:
        canvas.drawString(x, y, line)
        y -= 7.5
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.9)
    for x_slot in frame.x_slots[: len(sheet.slots)]:
        canvas.rect(x_slot, bottom, frame.signature_width, TRAINER_HEIGHT, stroke=1, fill=0)
        canvas.setFillColor(FAINT)
        label = translate("AttendanceSheet", "Trainer's signature")
        _text(
            canvas,
            label,
            REGULAR,
            6,
            x_slot + 1.5 * mm,
            top - 2.7 * mm,
            frame.signature_width - 3 * mm,
            least=4.5,
        )


def _draw_footer(canvas: Canvas, frame: _Frame, number: int, count: int) -> None:
    sheet = frame.sheet
    top = frame.footer_top
    canvas.setStrokeColor(HEAD)
    canvas.setLineWidth(0.8)
    canvas.line(SIDE, top, SIDE + WIDTH, top)
    generated = sheet.generated_at.astimezone(PARIS)
    left = translate(
        "AttendanceSheet", "Generated by LAM Desk on {day} at {time} (Paris time)"
    ).format(day=generated.strftime("%d/%m/%Y"), time=generated.strftime("%H:%M"))
    if sheet.kept_until_year is not None:
        left += " · " + translate("AttendanceSheet", "to be kept until 31/12/{year}").format(
            year=sheet.kept_until_year
        )
    canvas.setFillColor(INK)
    page = translate("AttendanceSheet", "Sheet {number} · page {page}/{pages}").format(
        number=sheet.sheet_number, page=number, pages=count
    )
    right = _text(canvas, page, BOLD, 7.5, SIDE + WIDTH, top - 4.3 * mm, 70 * mm, align="right")
    room = WIDTH - right - 4 * mm
    fingerprint = translate("AttendanceSheet", "Content fingerprint (SHA-256): {hash}").format(
        hash=sheet.content_hash()
    )
    canvas.setFillColor(MUTED)
    _text(canvas, left, REGULAR, 6.5, SIDE, top - 3 * mm, room, least=4.5)
    _text(canvas, fingerprint, REGULAR, 6.5, SIDE, top - 5.8 * mm, room, least=4.5)
