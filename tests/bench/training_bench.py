"""Benchmarks of training (issue C), each against a floor measured in the same run.

    python tests/bench/training_bench.py [NAME ...]

``attendance_sheet``: the attendance sheet of a séance of 30 learners and 2 half-days (with
5 empty rows for walk-ins and the EU marking: two A4 pages), rendered to a PDF in memory; median
of several renders against a bare reportlab table of the same size (the same rows and columns,
the same bundled font, a platypus document with the header row repeated) in the same run.
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

LEARNERS = 30
EMPTY_ROWS = 5
RENDERS = 15


def _sheet() -> Any:
    from lam_desk.services.dto_training import FundingLineRow, HalfDay, SheetData, Slot

    given = ("Zofia", "Lan", "Sigrid", "Elif", "Aminata", "Anne-Sophie", "Louis", "Odette")
    family = ("DĄBROWSKI", "NGUYỄN THỊ", "ØSTER", "ŞAHIN", "N'DIAYE", "LEFÈVRE-MÜLLER")
    family += ("ALBERT", "BARRAL", "CAZALS", "DELMAS", "ESCANDE", "FABRE", "GALTIER")
    learners = tuple(
        sorted(f"{family[i % len(family)]} {given[i % len(given)]}" for i in range(LEARNERS))
    )
    funding = FundingLineRow(
        id="fl",
        code="FEDER-2127-INCL",
        funder_name="Union européenne — FEDER",
        funder_kind="eu",
        title="Inclusion numérique en territoire rural",
        operation_number="OC0029517",
        programme_period="2021-2027",
        managing_authority="Région Occitanie",
        eu_statement="Cofinancé par l'Union européenne",
        emblem_in_colour=True,
        partner_logos=("Région Occitanie",),
        retention_years=10,
    )
    return SheetData(
        sheet_number="BED-0001-000042",
        generated_at=datetime(2026, 3, 10, 7, 12, tzinfo=UTC),
        course_code="CNI",
        course_title="Certificat de navigation sur Internet",
        module_title="Messagerie et pièces jointes",
        run_label="CNI printemps 2026 — groupe 1",
        site_name="LAM de Bédarieux",
        site_address="Maison des services, Bédarieux",
        day=date(2026, 3, 10),
        slots=(
            Slot(HalfDay.MORNING, "09:00", "12:00"),
            Slot(HalfDay.AFTERNOON, "13:30", "17:00"),
        ),
        trainer_name="Mathis AZAÏS",
        learners=learners,
        empty_rows=EMPTY_ROWS,
        planned_hours=14,
        funding=funding,
    )


def _bare_table(names: tuple[str, ...], empty_rows: int) -> int:
    """The floor: the same rows (a header, the learners, the empty rows) and columns (number,
    name, two signature boxes) as a plain platypus table in the same font; returns pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from lam_desk.reports.fonts import register_fonts

    regular, _ = register_fonts()
    rows = [["No.", "Learner", "Morning 09:00–12:00", "Afternoon 13:30–17:00"]]
    rows += [[str(i + 1), name, "", ""] for i, name in enumerate(names)]
    rows += [[str(len(names) + i + 1), "", "", ""] for i in range(empty_rows)]
    table = Table(
        rows, colWidths=[8 * mm, 70 * mm, 54 * mm, 54 * mm], rowHeights=10 * mm, repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("GRID", (0, 0), (-1, -1), 0.6, "#7d8a94"),
            ]
        )
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([table])
    return int(doc.page)


def bench_attendance_sheet() -> dict[str, object]:
    """The sheet of 30 learners × 2 half-days, median of RENDERS renders, against the bare
    table of the same size."""
    from lam_desk.reports.attendance_sheet import attendance_sheet_pdf

    sheet = _sheet()
    pages = attendance_sheet_pdf([sheet], io.BytesIO())  # warm: fonts registered, modules loaded
    _bare_table(sheet.learners, sheet.empty_rows)
    timings: list[float] = []
    floors: list[float] = []
    for _ in range(RENDERS):  # interleaved, so that both see the same machine
        started = time.perf_counter()
        attendance_sheet_pdf([sheet], io.BytesIO())
        timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        _bare_table(sheet.learners, sheet.empty_rows)
        floors.append(time.perf_counter() - started)
    value, floor = statistics.median(timings) * 1000, statistics.median(floors) * 1000
    return {
        "name": "attendance_sheet",
        "value": round(value, 2),
        "unit": "ms",
        "floor": round(floor, 2),
        "ratio": round(value / floor, 2),
        "budget": "<= 300 ms",
        "within_budget": value <= 300,
        "pages": pages,
        "renders": RENDERS,
    }


BENCHES = {"attendance_sheet": bench_attendance_sheet}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(BENCHES):
        print(json.dumps(BENCHES[name]()), flush=True)
