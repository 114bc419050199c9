# ruff: noqa: F811 - the lam_desk fixture comes from test_cli
"""`lam-desk sessions` and `lam-desk print attendance-sheet|certificate`, run as an
administrator would: a real process, a real data folder, PDFs read back (invented people)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from test_cli import RunCli, fr, lam_desk, make_desk  # noqa: F401 - the fixture

from lam_desk.domain.network import site_id
from lam_desk.domain.reference import COURSES
from lam_desk.domain.wallclock import at_paris, paris_today
from lam_desk.paths import AppPaths
from lam_desk.services import members, node, staff, training
from lam_desk.services.dto import MemberDraft
from lam_desk.services.dto_training import RunDraft, SessionDraft
from lam_desk.store import open_database

CNI = next(c for c in COURSES if c.code == "CNI")


def _desk_with_a_run(tmp_path: Path) -> tuple[AppPaths, dict[str, str]]:
    """Bédarieux's desk with a CNI run: a séance last Monday-ish (closed) and one next week,
    Dąbrowski and Şahin enrolled."""
    paths = AppPaths.under(tmp_path / "desk")
    make_desk(paths, "helene")
    today = paris_today()
    past, coming = today - timedelta(days=3), today + timedelta(days=7)
    db = open_database(paths.database)
    try:
        with db.write() as s:
            node.set_home_site(s, site_id("BED"))
            coordinator = staff.list_accounts(s)[0]
            run = training.create_run(
                s, coordinator, RunDraft(CNI.id, site_id("BED"), "CNI d'automne", 8, past, coming)
            )
            ids = {"run": run.id}
            for key, day in (("past", past), ("coming", coming)):
                ids[key] = training.add_session(
                    s,
                    coordinator,
                    SessionDraft(run.id, day, ("09:00", "12:00"), ("14:00", "17:00"),
                                 module_title="Naviguer", trainer_name="Léa Roux"),
                    now=at_paris(past - timedelta(days=10), "10:00"),
                ).id  # fmt: skip
            for key, family, given in (("jan", "Dąbrowski", "Jan"), ("elif", "Şahin", "Elif")):
                member = members.create_member(
                    s,
                    MemberDraft(family, given, 1975, "34028", "job_seeker", "f",
                                notice_accepted=True, charter_accepted=True),
                    home_site_id=site_id("BED"), actor="helene", today=past - timedelta(days=30),
                )  # fmt: skip
                ids[key] = training.enrol(
                    s,
                    coordinator,
                    site_id("BED"),
                    run.id,
                    member.id,
                    now=at_paris(past - timedelta(days=5), "10:00"),
                ).id
            now = at_paris(past, "17:00")
            training.mark_all_present(s, coordinator, ids["past"], now=now)
            training.close_session(s, coordinator, ids["past"], now=now)
    finally:
        db.close()
    return paths, ids


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def test_sessions_json_lists_the_network_s_sessions(lam_desk: RunCli, tmp_path: Path) -> None:
    paths, ids = _desk_with_a_run(tmp_path)
    first = (paris_today() - timedelta(days=10)).isoformat()
    done = lam_desk("sessions", "--json", "--from", first, "--data-dir", paths.data_dir)
    assert done.code == 0, done.err
    listed = json.loads(done.out)
    assert [row["id"] for row in listed] == [ids["past"], ids["coming"]]
    row = listed[1]
    assert row["course"] == {"code": "CNI", "title": CNI.title}
    assert (row["site"], row["start"], row["end"]) == ("BED", "09:00", "17:00")
    assert (row["capacity"], row["enrolled"], row["waitlisted"]) == (8, 2, 0)
    assert row["day"] == (paris_today() + timedelta(days=7)).isoformat()
    assert listed[0]["closed"] and not row["closed"]
    other = lam_desk("sessions", "--json", "--site", "olo", "--from", first, "--data-dir",
                     paths.data_dir)  # fmt: skip
    assert other.code == 0 and json.loads(other.out) == []


def test_sessions_as_a_table_and_bad_input(lam_desk: RunCli, tmp_path: Path) -> None:
    paths, ids = _desk_with_a_run(tmp_path)
    done = lam_desk("sessions", "--data-dir", paths.data_dir)
    assert done.code == 0, done.err
    assert ids["coming"] in done.out and "2/8" in done.out and ids["past"] not in done.out
    bad_day = lam_desk("sessions", "--from", "09/03/2026", "--data-dir", paths.data_dir)
    assert bad_day.code == 2 and "09/03/2026" in bad_day.err
    bad_site = lam_desk("sessions", "--site", "XYZ", "--data-dir", paths.data_dir)
    assert bad_site.code == 1 and "XYZ" in bad_site.err and "BED" in bad_site.err
    backwards = lam_desk("sessions", "--from", "2026-03-09", "--to", "2026-03-01",
                         "--data-dir", paths.data_dir)  # fmt: skip
    assert backwards.code == 1 and len(backwards.err_lines) == 1


def test_print_the_attendance_sheet_of_a_session(lam_desk: RunCli, tmp_path: Path) -> None:
    paths, ids = _desk_with_a_run(tmp_path)
    out = tmp_path / "feuille.pdf"
    done = lam_desk("print", "attendance-sheet", "--session", ids["coming"], "--out", out,
                    "--data-dir", paths.data_dir)  # fmt: skip
    assert done.code == 0, done.err
    text = _text(out)
    assert "DĄBROWSKI Jan" in text and "ŞAHIN Elif" in text
    number = done.out.split("BED-")[1].split()[0].rstrip(",")
    assert f"BED-{number}" in text
    again = lam_desk("print", "attendance-sheet", "--session", ids["coming"], "--out", out,
                     "--data-dir", paths.data_dir)  # fmt: skip
    assert f"BED-{number}" in again.out  # the same content keeps its number
    blank = tmp_path / "vierge.pdf"
    done = lam_desk("print", "attendance-sheet", "--session", ids["coming"], "--blank",
                    "--out", blank, "--data-dir", paths.data_dir)  # fmt: skip
    assert done.code == 0, done.err
    assert "DĄBROWSKI" not in _text(blank)


def test_print_a_run_s_sheets_in_one_pdf(lam_desk: RunCli, tmp_path: Path) -> None:
    paths, ids = _desk_with_a_run(tmp_path)
    out = tmp_path / "session.pdf"
    done = lam_desk("print", "attendance-sheet", "--run", ids["run"], "--out", out,
                    "--data-dir", paths.data_dir)  # fmt: skip
    assert done.code == 0, done.err
    text = _text(out)
    assert text.count("DĄBROWSKI Jan") == 2
    for day in (paris_today() - timedelta(days=3), paris_today() + timedelta(days=7)):
        assert day.strftime("%d/%m/%Y") in text


def test_the_enrolments_to_print_a_certificate_are_listed(lam_desk: RunCli, tmp_path: Path) -> None:
    paths, ids = _desk_with_a_run(tmp_path)
    first = (paris_today() - timedelta(days=10)).isoformat()
    done = lam_desk("sessions", "--json", "--enrolments", "--from", first, "--data-dir",
                    paths.data_dir)  # fmt: skip
    assert done.code == 0, done.err
    enrolled = json.loads(done.out)[0]["enrolments"]
    assert ids["jan"] in [e["id"] for e in enrolled]
    jan = next(e for e in enrolled if e["id"] == ids["jan"])
    assert (jan["member"], jan["state"]) == ("DĄBROWSKI Jan", "enrolled")
    table = lam_desk("sessions", "--enrolments", "--from", first, "--data-dir", paths.data_dir)
    assert table.code == 0 and ids["jan"] in table.out and "DĄBROWSKI Jan" in table.out


def test_print_a_certificate_from_locked_attendance(lam_desk: RunCli, tmp_path: Path) -> None:
    paths, ids = _desk_with_a_run(tmp_path)
    out = tmp_path / "attestation.pdf"
    done = lam_desk("print", "certificate", "--enrolment", ids["jan"], "--out", out,
                    "--data-dir", paths.data_dir)  # fmt: skip
    assert done.code == 0, done.err
    text = _text(out)
    assert "DĄBROWSKI Jan" in text and "Certificat de navigation sur Internet" in text
    # No signatory from the command line: a line to write the name on, not ", ,".
    undersigned = fr("Certificate", "The undersigned, {signatory}, for {site}, certifies that")
    assert undersigned.split("{signatory}")[0] + "____" in text
    assert ", ," not in text


def test_print_refuses_what_cannot_be_printed_and_writes_no_file(
    lam_desk: RunCli, tmp_path: Path
) -> None:
    paths, ids = _desk_with_a_run(tmp_path)
    out = tmp_path / "x.pdf"
    unknown = lam_desk("print", "attendance-sheet", "--session", "nope", "--out", out,
                       "--data-dir", paths.data_dir)  # fmt: skip
    assert unknown.code == 1
    assert fr("Training", "This session no longer exists.") in unknown.err
    no_folder = lam_desk("print", "certificate", "--enrolment", ids["jan"], "--out",
                         tmp_path / "missing" / "x.pdf", "--data-dir", paths.data_dir)  # fmt: skip
    assert no_folder.code == 1 and len(no_folder.err_lines) == 1
    both = lam_desk("print", "attendance-sheet", "--session", ids["past"], "--run", ids["run"],
                    "--out", out, "--data-dir", paths.data_dir)  # fmt: skip
    assert both.code == 2
    assert not out.exists()
