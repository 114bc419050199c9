# ruff: noqa: F811 - the lam_desk fixture comes from test_cli
"""`lam-desk import members`, `members export|erase` and `purge`, run as an administrator would
(a real process, a real data folder, the real sample spreadsheets; invented people)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select
from test_cli import RunCli, fr, lam_desk, make_desk  # noqa: F401 - the fixture

from lam_desk.db.models import AuditEntry, Member
from lam_desk.domain.network import site_id
from lam_desk.lockfile import DataFolderLock
from lam_desk.paths import AppPaths
from lam_desk.services import members
from lam_desk.store import open_database

DATA = Path(__file__).parent.parent / "data"
SAMPLE = DATA / "adherents_bedarieux_windows1252.csv"


def _desk(tmp_path: Path) -> AppPaths:
    paths = AppPaths.under(tmp_path / "desk")
    make_desk(paths, "helene")
    return paths


def _member_count(paths: AppPaths) -> int:
    db = open_database(paths.database)
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Member)) or 0
    finally:
        db.close()


def _add_member(paths: AppPaths, family: str, given: str, card: str, registered: date) -> None:
    db = open_database(paths.database)
    try:
        with db.write() as s:
            s.add(
                Member(
                    card_number=card,
                    family_name=family,
                    given_name=given,
                    birth_year=1950,
                    gender="f",
                    commune_insee="34028",
                    status="retired",
                    home_site_id=site_id("BED"),
                    registered_on=registered,
                )
            )
    finally:
        db.close()


def test_import_dry_run_lists_each_line_and_writes_nothing(
    lam_desk: RunCli, tmp_path: Path
) -> None:
    paths = _desk(tmp_path)
    done = lam_desk("import", "members", SAMPLE, "--dry-run", "--data-dir", paths.data_dir)
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert "Windows-1252" in lines[0]
    by_number = {
        line.split()[1]: line
        for line in lines
        if line.split()[0] == fr("CommandLine", "line {line}").split()[0]
    }
    assert fr("CommandLine", "refused") in by_number["7"] and "31/02/1965" in by_number["7"]
    assert fr("CommandLine", "created") in by_number["2"] and "ROUQUETTE Mireille" in by_number["2"]
    assert fr("CommandLine", "Dry run: nothing was written.") == lines[-1]
    assert _member_count(paths) == 0


def test_import_is_all_or_nothing_unless_the_valid_lines_only_are_asked_for(
    lam_desk: RunCli, tmp_path: Path
) -> None:
    paths = _desk(tmp_path)
    refused = lam_desk("import", "members", SAMPLE, "--data-dir", paths.data_dir)
    assert refused.code == 1
    assert len(refused.err_lines) == 1 and "4" in refused.err
    assert _member_count(paths) == 0
    done = lam_desk("import", "members", SAMPLE, "--valid-only", "--data-dir", paths.data_dir)
    assert done.code == 0, done.err
    assert _member_count(paths) == 11


def test_import_of_a_file_that_is_not_a_spreadsheet(lam_desk: RunCli, tmp_path: Path) -> None:
    paths = _desk(tmp_path)
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    done = lam_desk("import", "members", picture, "--data-dir", paths.data_dir)
    assert done.code == 1 and done.out == ""
    assert len(done.err_lines) == 1 and "CSV" in done.err
    missing = lam_desk("import", "members", tmp_path / "absent.csv", "--data-dir", paths.data_dir)
    assert missing.code == 1 and "absent.csv" in missing.err


def test_import_is_refused_while_the_desk_is_open(lam_desk: RunCli, tmp_path: Path) -> None:
    paths = _desk(tmp_path)
    with DataFolderLock(paths.lock_file):
        done = lam_desk("import", "members", SAMPLE, "--valid-only", "--data-dir", paths.data_dir)
    assert done.code == 1
    assert "LAM Desk" in done.err and len(done.err_lines) == 1
    assert _member_count(paths) == 0


def test_export_then_erase_a_member(lam_desk: RunCli, tmp_path: Path) -> None:
    paths = _desk(tmp_path)
    _add_member(paths, "Fabre", "Odile", "BED-000201", date(2021, 5, 3))
    out = tmp_path / "export"
    done = lam_desk("members", "export", "BED-000201", "--out", out, "--data-dir", paths.data_dir)
    assert done.code == 0, done.err
    (json_file,) = out.glob("*.json")
    (pdf_file,) = out.glob("*.pdf")
    assert json.loads(json_file.read_text(encoding="utf-8"))["member"]["family_name"] == "Fabre"
    assert "Odile Fabre" in PdfReader(pdf_file).pages[0].extract_text()

    unconfirmed = lam_desk("members", "erase", "BED-000201", "--data-dir", paths.data_dir)
    assert unconfirmed.code == 1 and "--yes" in unconfirmed.err
    erased = lam_desk("members", "erase", "BED-000201", "--yes", "--data-dir", paths.data_dir)
    assert erased.code == 0, erased.err
    db = open_database(paths.database)
    try:
        with db.read() as s:
            assert members.search_members(s, "fabre") == []
            actors = {a.actor for a in s.scalars(select(AuditEntry))}
            assert any(actor.startswith("cli:") for actor in actors)
    finally:
        db.close()
    again = lam_desk("members", "export", "BED-000201", "--out", out, "--data-dir", paths.data_dir)
    assert again.code == 1
    unknown = lam_desk("members", "erase", "BED-999999", "--yes", "--data-dir", paths.data_dir)
    assert unknown.code == 1 and "BED-999999" in unknown.err


def test_purge_previews_then_erases_the_inactive(lam_desk: RunCli, tmp_path: Path) -> None:
    paths = _desk(tmp_path)
    _add_member(paths, "Cabrol", "Germaine", "BED-000301", date(2019, 1, 9))
    _add_member(paths, "Mas", "Élodie", "BED-000302", date.today())
    preview = lam_desk("purge", "--dry-run", "--data-dir", paths.data_dir)
    assert preview.code == 0, preview.err
    assert "CABROL Germaine" in preview.out and "MAS" not in preview.out
    assert _member_count(paths) == 2
    bad = lam_desk("purge", "--dry-run", "--years", "0", "--data-dir", paths.data_dir)
    assert bad.code == 1
    done = lam_desk("purge", "--yes", "--data-dir", paths.data_dir)
    assert done.code == 0, done.err
    db = open_database(paths.database)
    try:
        with db.read() as s:
            assert members.search_members(s, "cabrol") == []
            assert len(members.search_members(s, "mas")) == 1
    finally:
        db.close()
