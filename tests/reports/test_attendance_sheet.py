"""The attendance sheet as an auditor and a trainer read it: the PDF read back with its words
and its boxes where they are on the page."""

from __future__ import annotations

import io
import os
import re
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from lam_desk import i18n
from lam_desk.reports.attendance_sheet import attendance_sheet_pdf, empty_rows_to_fill
from lam_desk.services.dto_training import FundingLineRow, HalfDay, SheetData, Slot

# Invented people; the first six carry the letters every name must keep.
HARD_NAMES = (
    "DĄBROWSKI Zofia",
    "NGUYỄN THỊ Lan",
    "ØSTER Sigrid",
    "ŞAHIN Elif",
    "N'DIAYE Aminata",
    "LEFÈVRE-MÜLLER Anne-Sophie",
)
OTHER_NAMES = (
    "ALBERT Jeanne",
    "BARRAL Louis",
    "CAZALS Odette",
    "DELMAS Pierre",
    "ESCANDE Rose",
    "FABRE Marius",
    "GALTIER Yvette",
    "HÉRAIL Bruno",
    "ICHARD Lucie",
    "JULIEN Marcel",
    "LAFON Hélène",
    "MAUREL Gilles",
    "NOGUIER Paulette",
    "OLIVE Serge",
    "PAGÈS Suzanne",
    "QUINTARD Émile",
    "ROUQUETTE Josiane",
    "SABATIER Roger",
    "TEISSIER Nadine",
    "VIDAL André",
    "AZAÏS Mathilde",
    "CROS Lise",
    "DURAND Fanny",
    "BOUSQUET Noé",
)
THIRTY = tuple(sorted(HARD_NAMES + OTHER_NAMES))
assert len(THIRTY) == 30

FEDER = FundingLineRow(
    id="fl-feder",
    code="FEDER-2127-INCL",
    funder_name="Union européenne — FEDER",
    funder_kind="eu",
    title="Inclusion numérique en territoire rural",
    operation_number="OC0029517",
    programme_period="2021-2027",
    managing_authority="Région Occitanie",
    eu_statement="Cofinancé par l'Union européenne",
    emblem_in_colour=True,
    partner_logos=("Région Occitanie", "Communauté de communes Grand Orb"),
    retention_years=10,
)
DAY = date(2026, 3, 10)
MORNING = Slot(HalfDay.MORNING, "09:00", "12:00")
AFTERNOON = Slot(HalfDay.AFTERNOON, "13:30", "17:00")


def sheet(
    learners: tuple[str, ...] = THIRTY, *, empty_rows: int = 5, **changes: object
) -> SheetData:
    base = SheetData(
        sheet_number="BED-0001-000042",
        generated_at=datetime(2026, 3, 10, 7, 12, tzinfo=UTC),  # 08:12 in Paris
        course_code="CNI",
        course_title="Certificat de navigation sur Internet",
        module_title="Messagerie et pièces jointes",
        run_label="CNI printemps 2026 — groupe 1",
        site_name="LAM de Bédarieux",
        site_address="Maison des services, 12 rue de la République, Bédarieux",
        day=DAY,
        slots=(MORNING, AFTERNOON),
        trainer_name="Mathis AZAÏS",
        learners=learners,
        empty_rows=empty_rows,
        planned_hours=14,
        funding=FEDER,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def source_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English source strings, whatever translator an earlier test installed."""
    monkeypatch.setattr(i18n, "_translator", i18n._untranslated)


def printed(tmp_path: Path, *sheets: SheetData, name: str = "sheet.pdf") -> Path:
    path = tmp_path / name
    pages = attendance_sheet_pdf(list(sheets), path)
    with pdfplumber.open(path) as pdf:
        assert pages == len(pdf.pages)
    keep = os.environ.get("LAM_DESK_SCREENSHOTS")  # to look at them: pdftoppm -png -r 70
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / f"sheet-{tmp_path.name}-{name}")
    return path


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def boxes(page: pdfplumber.page.Page, height_mm: float) -> list[dict[str, float]]:
    """The stroked, unfilled rectangles of a height: signature boxes."""
    return [
        r
        for r in page.rects
        if r["stroke"] and not r["fill"] and abs(r["height"] - height_mm * mm) < 0.5
    ]


LEARNER_BOX_MM = 10
TRAINER_BOX_MM = 14


def test_thirty_learners_sign_on_two_pages_each_with_the_whole_header(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet())
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 2
        texts = [page.extract_text() for page in pdf.pages]
        for number, (page, text) in enumerate(zip(pdf.pages, texts, strict=True), start=1):
            # What the sheet is, on every page: an auditor may get one page on its own.
            for expected in (
                "Attendance sheet",
                "BED-0001-000042",
                f"Page {number}/2",
                f"Sheet BED-0001-000042 · page {number}/2",
                "CNI — Certificat de navigation sur Internet (14 h)",
                "Messagerie et pièces jointes",
                "CNI printemps 2026 — groupe 1",
                "Tuesday 10/03/2026",
                "LAM de Bédarieux",
                "OC0029517",
                "Cofinancé par l'Union européenne",
                "Morning 09:00–12:00",
                "Afternoon 13:30–17:00",
                "Mathis AZAÏS",
            ):
                assert expected in text, (number, expected)
            # ... at the top of the page, above the table.
            title = next(w for w in page.extract_words() if w["text"] == "Attendance")
            assert title["top"] < 40 * mm
            statement = page.search("Cofinancé par l'Union européenne")[0]
            assert statement["top"] < 20 * mm
            assert "Page" in [w["text"] for w in page.extract_words() if w["top"] < 40 * mm]
        everything = flat("\n".join(texts))
        for name in THIRTY:
            assert everything.count(name) == 1, name
        # In the order given (the services sort them), numbered from 1.
        positions = [everything.index(name) for name in THIRTY]
        assert positions == sorted(positions)
        assert re.search(r"\b1 " + re.escape(THIRTY[0]), everything)
        assert re.search(r"\b30 " + re.escape(THIRTY[-1]), everything)
        # The totals are on the last page only.
        assert "Totals" not in texts[0]
        assert "Learners on the list: 30" in texts[1] and "Rows for walk-ins: 5" in texts[1]
        assert texts[1].count("Present:") == 2


def test_every_learner_has_one_blank_box_per_half_day_on_their_line(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet())
    with pdfplumber.open(path) as pdf:
        learner_boxes = [boxes(page, LEARNER_BOX_MM) for page in pdf.pages]
        assert sum(len(b) for b in learner_boxes) == (30 + 5) * 2
        for page, page_boxes in zip(pdf.pages, learner_boxes, strict=True):
            words = page.extract_words()
            for box in page_boxes:
                # Room to sign, and nothing printed in it: never pre-marked.
                assert box["width"] >= 45 * mm
                inside = [
                    w
                    for w in words
                    if w["x0"] >= box["x0"] - 0.5
                    and w["x1"] <= box["x1"] + 0.5
                    and w["top"] >= box["top"] - 0.5
                    and w["bottom"] <= box["bottom"] + 0.5
                ]
                assert inside == []
            # Both boxes of a learner are on the line of the name.
            morning = next(w for w in words if w["text"] == "Morning")
            afternoon = next(w for w in words if w["text"] == "Afternoon")
            for name in THIRTY:
                found = page.search(re.escape(name), regex=True)
                if not found:
                    continue
                middle = (found[0]["top"] + found[0]["bottom"]) / 2
                on_line = [b for b in page_boxes if b["top"] < middle < b["bottom"]]
                assert len(on_line) == 2, name
                left, right = sorted(on_line, key=lambda b: b["x0"])
                assert left["x0"] < morning["x0"] < left["x1"]
                assert right["x0"] < afternoon["x0"] < right["x1"]


def test_the_trainer_signs_each_half_day_on_every_page(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet())
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            trainer = boxes(page, TRAINER_BOX_MM)
            assert len(trainer) == 2
            assert all(box["width"] >= 45 * mm for box in trainer)
            lowest_learner = max(b["bottom"] for b in boxes(page, LEARNER_BOX_MM))
            assert all(box["top"] >= lowest_learner for box in trainer)
            text = page.extract_text()
            assert text.count("Trainer's signature") == 2
            assert "Mathis AZAÏS" in text


def test_the_sheet_says_when_it_was_made_and_the_fingerprint_the_desk_keeps(
    tmp_path: Path,
) -> None:
    data = sheet()
    path = printed(tmp_path, data)
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            text = flat(page.extract_text())
            assert "Generated by LAM Desk on 10/03/2026 at 08:12 (Paris time)" in text
            assert f"Content fingerprint (SHA-256): {data.content_hash()}" in text
            assert "to be kept until 31/12/2036" in text


@pytest.mark.parametrize(
    "change",
    [
        {"funder_name": "Région Occitanie"},
        {"title": "Inclusion numérique (avenant)"},
        {"programme_period": "2014-2020"},
        {"managing_authority": "Préfecture de région"},
        {"eu_statement": "Financé par l'Union européenne"},
        {"partner_logos": ("Région Occitanie",)},
        {"retention_years": 5},  # the sheet says until when it is kept
    ],
    ids=lambda change: next(iter(change)),
)
def test_the_fingerprint_changes_with_the_funding_marking(change: dict[str, object]) -> None:
    before = sheet()
    after = sheet(funding=replace(FEDER, **change))  # type: ignore[arg-type]
    assert after.content_hash() != before.content_hash()


def test_the_fingerprint_changes_with_the_planned_hours() -> None:
    assert sheet(planned_hours=21).content_hash() != sheet().content_hash()
    assert sheet().content_hash() == sheet(sheet_number="BED-0001-000099").content_hash()


def test_a_long_name_is_printed_whole(tmp_path: Path) -> None:
    long_name = "NGUYỄN THỊ DE LA ROCHEFOUCAULD-ØSTERGAARD Marie-Éléonore Anne-Sophie"
    path = printed(tmp_path, sheet(("ALBERT Jeanne", long_name)))
    with pdfplumber.open(path) as pdf:
        (page,) = pdf.pages
        first_box = min(boxes(page, LEARNER_BOX_MM), key=lambda b: b["top"])
        learner = next(w for w in page.extract_words() if w["text"] == "Learner")
        # The name's column, left of the boxes, holds the whole name (on two lines).
        column = page.crop((learner["x0"] - 1, first_box["top"], first_box["x0"], page.height))
        assert long_name in flat(column.extract_text())


def test_a_blank_sheet_has_no_names_only_rows_to_fill(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet((), empty_rows=18))
    with pdfplumber.open(path) as pdf:
        (page,) = pdf.pages
        text = page.extract_text()
        assert len(boxes(page, LEARNER_BOX_MM)) == 18 * 2
        assert "Rows for learners to write in: 18" in text
        assert "Walk-in" not in text
        for name in THIRTY:
            assert name not in text


def test_empty_rows_for_walk_ins_are_said_to_be_so(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet(THIRTY[:3], empty_rows=4))
    with pdfplumber.open(path) as pdf:
        (page,) = pdf.pages
        text = page.extract_text()
        assert text.count("Walk-in: name in capitals") == 4
        assert len(boxes(page, LEARNER_BOX_MM)) == (3 + 4) * 2


def test_the_suggested_empty_rows_fill_the_last_page(tmp_path: Path) -> None:
    for learners in (3, 30):
        rows = empty_rows_to_fill(learners)
        assert rows >= 5
        path = printed(tmp_path, sheet(THIRTY[:learners], empty_rows=rows), name=f"{learners}.pdf")
        more = printed(
            tmp_path, sheet(THIRTY[:learners], empty_rows=rows + 1), name=f"{learners}+1.pdf"
        )
        with pdfplumber.open(path) as full, pdfplumber.open(more) as overflowing:
            assert len(overflowing.pages) == len(full.pages) + 1


def test_a_morning_only_session_has_one_box_per_learner(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet(THIRTY[:8], empty_rows=5, slots=(MORNING,)))
    with pdfplumber.open(path) as pdf:
        (page,) = pdf.pages
        assert len(boxes(page, LEARNER_BOX_MM)) == 13
        assert len(boxes(page, TRAINER_BOX_MM)) == 1
        text = page.extract_text()
        assert "Afternoon" not in text
        assert "09:00–12:00 · 3 h in all" in text


def test_a_run_s_sheets_are_numbered_each_on_its_own(tmp_path: Path) -> None:
    first = sheet()
    second = sheet(
        THIRTY[:10],
        sheet_number="BED-0001-000043",
        day=date(2026, 3, 17),
        module_title="Démarches en ligne",
    )
    path = printed(tmp_path, first, second)
    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
        assert len(texts) == 3
        assert "BED-0001-000042" in texts[0] and "Page 1/2" in texts[0]
        assert "BED-0001-000042" in texts[1] and "Page 2/2" in texts[1]
        assert "BED-0001-000043" in texts[2] and "Page 1/1" in texts[2]
        assert "Tuesday 17/03/2026" in texts[2] and "Démarches en ligne" in texts[2]
        assert "BED-0001-000042" not in texts[2]
        assert len(boxes(pdf.pages[2], LEARNER_BOX_MM)) == (10 + 5) * 2


def _stars(page: pdfplumber.page.Page) -> list[dict[str, object]]:
    """The emblem's stars: closed five-pointed paths (ten corners)."""
    return [c for c in page.curves if c["fill"] and len(c["pts"]) == 11]


def test_the_eu_emblem_is_drawn_in_reflex_blue_and_yellow_or_in_black(tmp_path: Path) -> None:
    colour = printed(tmp_path, sheet(THIRTY[:4]), name="colour.pdf")
    mono = printed(
        tmp_path,
        sheet(THIRTY[:4], funding=replace(FEDER, emblem_in_colour=False)),
        name="mono.pdf",
    )
    with pdfplumber.open(colour) as pdf:
        page = pdf.pages[0]
        stars = _stars(page)
        assert len(stars) == 12
        assert {tuple(s["non_stroking_color"]) for s in stars} == {(1.0, 0.8, 0.0)}
        (flag,) = [r for r in page.rects if r["fill"] and r["non_stroking_color"] == (0, 0.2, 0.6)]
        assert flag["width"] == pytest.approx(1.5 * flag["height"])
        assert all(flag["x0"] < s["x0"] and s["x1"] < flag["x1"] for s in stars)
    with pdfplumber.open(mono) as pdf:
        page = pdf.pages[0]
        stars = _stars(page)
        assert len(stars) == 12
        assert {tuple(s["non_stroking_color"]) for s in stars} == {(0.0, 0.0, 0.0)}
        (outline,) = [r for r in page.rects if r["stroke"] and r["top"] < 20 * mm]
        assert outline["width"] == pytest.approx(1.5 * outline["height"])
        assert tuple(outline["stroking_color"]) == (0.0, 0.0, 0.0)
        assert not [r for r in page.rects if r["non_stroking_color"] == (0, 0.2, 0.6)]
        assert "Cofinancé par l'Union européenne" in page.extract_text()


def test_an_earlier_period_prints_its_own_statement(tmp_path: Path) -> None:
    earlier = replace(
        FEDER,
        programme_period="2014-2020",
        eu_statement="UNION EUROPÉENNE — Fonds européen de développement régional",
    )
    path = printed(tmp_path, sheet(THIRTY[:4], funding=earlier))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        # The statement beside the emblem, one part a line, above the programme's line.
        band = page.crop((0, 0, page.width / 2 + 20 * mm, 25 * mm)).extract_text()
        lines = band.splitlines()
        assert lines[:2] == ["UNION EUROPÉENNE", "Fonds européen de développement régional"]
        assert "programme 2014-2020" in lines[2]


def test_a_line_funded_by_others_names_its_funder_without_the_emblem(tmp_path: Path) -> None:
    region = replace(
        FEDER,
        funder_name="Région Occitanie",
        funder_kind="region",
        title="Pass numérique régional",
        operation_number="PNR-2026-118",
        eu_statement="",
        partner_logos=(),
    )
    path = printed(tmp_path, sheet(THIRTY[:4], funding=region))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert "Funded by Région Occitanie — Pass numérique régional" in text
        assert "PNR-2026-118" in text
        assert "Union européenne" not in text
        assert _stars(page) == []


def test_an_operation_number_missing_at_the_desk_is_said_so(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet(THIRTY[:4], funding=replace(FEDER, operation_number="")))
    with pdfplumber.open(path) as pdf:
        assert "Operation No. not recorded at the desk" in pdf.pages[0].extract_text()


def test_partner_logos_print_as_images_or_as_their_names(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "grand-orb.png"
    Image.new("RGB", (120, 60), (20, 110, 60)).save(logo)
    funding = replace(FEDER, partner_logos=("Région Occitanie", str(logo)))
    path = printed(tmp_path, sheet(THIRTY[:4], funding=funding))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert len(page.images) == 1
        assert page.images[0]["top"] < 25 * mm
        assert "Région Occitanie" in page.extract_text()
        assert str(logo) not in page.extract_text()


def test_a_sheet_without_funding_has_no_marking_and_no_operation(tmp_path: Path) -> None:
    path = printed(tmp_path, sheet(THIRTY[:4], funding=None))
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
        assert "Operation No." not in text and "Funded by" not in text
        assert "to be kept until" not in text
        assert "BED-0001-000042" in text


def test_the_sheet_is_written_to_an_open_file_too() -> None:
    buffer = io.BytesIO()
    assert attendance_sheet_pdf([sheet()], buffer) == 2
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        assert len(pdf.pages) == 2
        assert pdf.metadata["Title"] == "Attendance sheet BED-0001-000042"


def test_no_sheet_is_refused() -> None:
    with pytest.raises(ValueError):
        attendance_sheet_pdf([], io.BytesIO())


def _longer(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A language a third longer than English (French is about that), to see that nothing
    runs off the page or over another text."""
    text = text.replace("%n", str(n)) if n >= 0 else text
    return text + " " + "m" * (len(text) // 3) if len(text) > 2 else text


def _overlapping(words: list[dict[str, float]]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if (
                a["x0"] + 0.5 < b["x1"]
                and b["x0"] + 0.5 < a["x1"]
                and a["top"] + 0.5 < b["bottom"]
                and b["top"] + 0.5 < a["bottom"]
            ):
                found.append((a["text"], b["text"]))
    return found


@pytest.mark.parametrize("funded", [True, False])
def test_a_longer_language_stays_inside_the_page_and_out_of_the_boxes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, funded: bool
) -> None:
    monkeypatch.setattr(i18n, "_translator", _longer)
    data = sheet(funding=FEDER if funded else None)
    path = printed(tmp_path, data, replace(data, learners=(), empty_rows=18), name="long.pdf")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            for word in words:
                assert 12 * mm - 0.5 <= word["x0"] and word["x1"] <= page.width - 12 * mm + 0.5
                assert 5 * mm <= word["top"] and word["bottom"] <= page.height - 5 * mm
            assert _overlapping(words) == []
            for box in boxes(page, LEARNER_BOX_MM):
                assert page.crop((box["x0"], box["top"], box["x1"], box["bottom"])).chars == []
