"""The day's tally on paper, read back from its PDF."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from lam_desk import i18n
from lam_desk.domain.wallclock import at_paris
from lam_desk.reports.day_tally import render_day_tally
from lam_desk.services.dto import DayClosing, DayTally, StationUse, TallyLine

DAY = date(2026, 3, 10)

TALLY = DayTally(
    site_id="bed",
    day=DAY,
    counted_at=at_paris(DAY, "18:05"),
    visits=23,
    member_visits=17,
    anonymous_people=9,
    by_purpose=(
        TallyLine("free_access", "Accès libre", 6, 5),
        TallyLine("job_search", "Recherche d'emploi", 7, 0),
        TallyLine("admin_procedure", "Démarche administrative", 4, 2),
        TallyLine("print_scan", "Impression ou numérisation", 3, 4),
        TallyLine("school_support", "Accompagnement scolaire", 0, 0),
    ),
    by_age=(
        TallyLine("0-14", "0 to 14", 0, 1),
        TallyLine("15-25", "15 to 25", 2, 0),
        TallyLine("26-44", "26 to 44", 6, 0),
        TallyLine("45-59", "45 to 59", 4, 0),
        TallyLine("60-74", "60 to 74", 4, 3),
        TallyLine("75+", "75 and over", 1, 0),
        TallyLine("?", "Age not given", 0, 5),
    ),
    by_gender=(
        TallyLine("f", "Woman", 10, 4),
        TallyLine("m", "Man", 7, 1),
        TallyLine("x", "Other", 0, 0),
        TallyLine("-", "Not given", 0, 4),
    ),
    stations=(
        StationUse("Poste 1", 5, 275),
        StationUse("Poste 2", 4, 210),
        StationUse("Poste Øster (scanner)", 0, 0),
    ),
    running=0,
    bookings_honoured=6,
    no_shows=2,
    bookings_cancelled=1,
    bookings_pending=0,
    block_bookings=1,
    queue_joined=4,
    queue_seated=3,
    queue_left=1,
    queue_waiting=0,
)


@pytest.fixture(autouse=True)
def source_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English source strings, whatever translator an earlier test installed."""
    monkeypatch.setattr(i18n, "_translator", i18n._untranslated)


def test_the_tally_prints_every_figure_of_the_day_on_one_page(tmp_path: Path) -> None:
    path = render_day_tally(
        TALLY,
        tmp_path / "bilan.pdf",
        site_name="LAM de Bédarieux",
        day_text="mardi 10 mars 2026",
        closing=DayClosing(at_paris(DAY, "18:05"), "Mathis Azaïs"),
        printed_at=at_paris(DAY, "18:06"),
    )
    keep = os.environ.get("LAM_DESK_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(keep) / "day-tally.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "LAM de Bédarieux" in text
    assert "Day's tally — mardi 10 mars 2026" in text
    assert "Day closed at 18:05 by Mathis Azaïs." in text
    assert "26 people welcomed" in text and "17 members, 9 anonymous" in text
    # English without its plural forms says "(s)"; the French says it properly.
    assert "8 h 05 at the workstations" in text and "sessions: 9" in text
    assert "6 bookings honoured" in text and "no-shows: 2" in text
    assert "Recherche d'emploi 7 0 7" in text
    assert "Accompagnement scolaire 0 0 0" in text, "purposes nobody came for are listed"
    assert "60 to 74 4 3 7" in text and "Not given 0 4 4" in text
    assert "Poste 1 5 4 h 35" in text and "Poste Øster (scanner) 0 0 min" in text
    assert "All workstations 9 8 h 05" in text
    assert "Honoured 6" in text and "No-shows (nobody came) 2" in text
    assert "Left without a workstation 1" in text
    assert "Printed on 10/03/2026 18:06." in text


def test_a_tally_taken_before_the_closure_says_so(tmp_path: Path) -> None:
    path = render_day_tally(
        TALLY,
        tmp_path / "bilan.pdf",
        site_name="LAM de Bédarieux",
        day_text="mardi 10 mars 2026",
        closing=None,
        printed_at=at_paris(DAY, "18:06"),
    )
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Counted at 18:05; the day is not closed." in text
