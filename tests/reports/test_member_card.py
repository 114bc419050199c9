"""The member card and the information notice, read back from their PDFs."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from lam_desk.reports.member_card import render_information_notice, render_member_card
from lam_desk.services.dto import MemberRow

MEMBER = MemberRow(
    id="m1",
    card_number="BED-482100042",
    family_name="Dąbrowski-Nguyễn",
    given_name="Zofia",
    birth_year=1987,
    gender="f",
    commune_insee="34028",
    status="employed",
    home_site_id="s",
)


def test_the_card_is_card_sized_with_the_name_the_number_and_the_site(tmp_path: Path) -> None:
    path = render_member_card(MEMBER, "Antenne de Saint-Pons-de-Thomières", tmp_path / "c.pdf")
    page = PdfReader(path).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width / mm, 1), round(height / mm, 1)) == (85.6, 54.0)
    text = page.extract_text()
    assert "DĄBROWSKI-NGUYỄN" in text and "Zofia" in text
    assert text.count("BED-482100042") == 2  # in words, and under the barcode
    assert "Antenne de Saint-Pons-de-Thomières" in text


def test_the_notice_says_what_is_kept_why_and_the_rights(tmp_path: Path) -> None:
    path = render_information_notice("LAM de Bédarieux", tmp_path / "n.pdf")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "LAM de Bédarieux" in text
    for part in ("public-interest mission", "3 years without a visit", "CNIL", "house charter"):
        assert part in text
