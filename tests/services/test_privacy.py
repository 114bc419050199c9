"""Personal data at the desk: export, erasure, purge, on a real SQLite file (invented people)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from privacy_people import BED, NOW, add_history, member, snapshot
from pypdf import PdfReader
from sqlalchemy import select
from staff_desk import Desk

from lam_desk.db.models import (
    Attendance,
    AuditEntry,
    Booking,
    Enrolment,
    Member,
    MemberContact,
    OutboxOp,
    Visit,
)
from lam_desk.domain.network import site_id
from lam_desk.errors import RefusedError, UserError
from lam_desk.reports.member_export import save_export
from lam_desk.services import members, privacy

SERVED = [site_id(code) for code in ("BED", "LUN", "SGE")]


def _outbox_text(desk: Desk) -> str:
    with desk.db.read() as s:
        return json.dumps([op.fields for op in s.scalars(select(OutboxOp))], ensure_ascii=False)


def _audit(desk: Desk, action: str) -> list[AuditEntry]:
    with desk.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# --- export ----------------------------------------------------------------------------------


def test_export_gives_everything_held_about_the_member_in_json_and_a_readable_pdf(
    desk: Desk, tmp_path: Path
) -> None:
    history = add_history(desk.db)
    with desk.db.write() as s:
        record = privacy.export_member(s, desk.animator, history.duplicate_id, site_id=BED)
    data = record.data
    assert record.member_id == history.member_id  # a merged card leads to the card kept
    assert data["member"]["family_name"] == "Fabre"
    assert [c["card_number"] for c in data["merged_cards"]] == ["BED-000202"]
    assert data["contacts"][0]["phone"] == "06 39 98 44 21"
    assert len(data["visits"]) == 2  # the duplicate card's visit too
    assert data["visits"][0]["workstation_uses"][0]["workstation"] == "Poste 3"
    assert len(data["bookings"]) == 2 and len(data["queue_entries"]) == 1
    assert data["enrolments"][0]["course"].startswith("Certificat de navigation")
    assert data["attendance"][0]["state"] == "present"

    json_path, pdf_path = save_export(record, tmp_path / "export")
    assert "Fabre" not in json_path.name and "BED-000201" in json_path.name
    assert json.loads(json_path.read_text(encoding="utf-8"))["member"]["given_name"] == "Odile"
    text = " ".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    for expected in ("Odile Fabre", "BED-000201", "06 39 98 44 21", "Poste 3", "Visits"):
        assert expected in text
    assert "Certificat de navigation" in text

    (entry,) = _audit(desk, "export_member")
    assert entry.actor == desk.animator.username and entry.row_id == history.member_id
    assert "Fabre" not in json.dumps(entry.changes)
    # Asked again: the first export is in the list of what was done, in words.
    with desk.db.write() as s:
        again = privacy.export_member(s, desk.animator, history.member_id, site_id=BED)
    _json, pdf_again = save_export(again, tmp_path / "again")
    text = " ".join(page.extract_text() for page in PdfReader(pdf_again).pages)
    assert "data exported" in text and "export_member" not in text


def test_an_unknown_or_erased_member_cannot_be_exported(desk: Desk) -> None:
    history = add_history(desk.db)
    with pytest.raises(UserError), desk.db.write() as s:
        privacy.export_member(s, desk.animator, "nobody", site_id=BED)
    with desk.db.write() as s:
        privacy.erase_member(s, desk.coordinator, history.member_id, site_id=BED)
    with pytest.raises(RefusedError), desk.db.write() as s:
        privacy.export_member(s, desk.animator, history.member_id, site_id=BED)


# --- erasure ---------------------------------------------------------------------------------


def _snapshots(desk: Desk) -> list[tuple[object, ...]]:
    with desk.db.read() as s:
        rows: list[tuple[object, ...]] = []
        for model in (Visit, Enrolment, Attendance):
            for row in s.scalars(select(model).order_by(model.id)):
                rows.append(
                    (
                        row.member_id,
                        row.snapshot_age_low,
                        row.snapshot_gender,
                        row.snapshot_commune_insee,
                        row.snapshot_status,
                    )
                )
        return rows


def test_erasure_wipes_the_person_everywhere_at_this_desk_and_keeps_the_statistics(
    desk: Desk,
) -> None:
    history = add_history(desk.db, course="ELUS")  # training nobody funds
    stats_before = _snapshots(desk)
    assert "odile.fabre@example.org" in _outbox_text(desk)
    with desk.db.write() as s:
        done = privacy.erase_member(s, desk.coordinator, history.member_id, site_id=BED)
    assert done.cards == 2 and done.restricted_until is None
    assert done.bookings_cancelled == 1 and done.enrolments_cancelled == 0  # the run is over

    with desk.db.read() as s:
        for card_id in (history.member_id, history.duplicate_id):
            card = s.get(Member, card_id)
            assert card is not None and card.erased_at is not None
            assert (card.family_name, card.given_name, card.birth_year) == ("", "", None)
            assert (card.gender, card.commune_insee, card.status) == ("-", None, "other")
        contact = s.get(MemberContact, history.contact_id)
        assert contact is not None and not contact.alive
        assert (contact.phone, contact.email, contact.address) == ("", "", "")
        future = s.get(Booking, history.future_booking_id)
        assert future is not None and future.cancelled_at is not None and future.caller_name == ""
        assert members.search_members(s, "fabre") == []
        assert members.get_member(s, history.member_id) is None
        # The erasure travels as a synced change of the card.
        ops = s.scalars(
            select(OutboxOp).where(OutboxOp.row_id == history.member_id).order_by(OutboxOp.hlc)
        ).all()
        assert ops[-1].fields["erased_at"]["value"] is not None
    outbox = _outbox_text(desk)
    for trace in ("Fabre", "FABRE", "Odile", "odile.fabre", "06 39 98", "Tilleuls", "Mme Fabre"):
        assert trace not in outbox
    assert _snapshots(desk) == stats_before
    (entry,) = _audit(desk, "erase_member")
    assert entry.actor == desk.coordinator.username
    assert "Fabre" not in json.dumps(entry.changes)


def test_an_erased_member_can_no_longer_be_edited_or_erased_again(desk: Desk) -> None:
    history = add_history(desk.db, course="ELUS")
    with desk.db.write() as s:
        privacy.erase_member(s, desk.animator, history.member_id, site_id=BED)
    with pytest.raises(RefusedError), desk.db.write() as s:
        card = s.get(Member, history.member_id)
        assert card is not None
        card.family_name = "Fabre"
    with pytest.raises(RefusedError), desk.db.write() as s:
        card = s.get(Member, history.member_id)
        assert card is not None
        card.erased_at = None
    with pytest.raises(RefusedError), desk.db.write() as s:
        privacy.erase_member(s, desk.animator, history.member_id, site_id=BED)
    with desk.db.read() as s:
        card = s.get(Member, history.member_id)
        assert card is not None and card.family_name == "" and card.erased_at is not None


def test_an_animator_erases_the_members_of_the_desk_s_sites_and_a_coordinator_any(
    desk: Desk,
) -> None:
    """A member registered at Olonzac is erased there, or by a coordinator: not by an
    animator of Bédarieux's desk, who may still export their record for them."""
    with desk.db.write() as s:
        elsewhere = member("Vidal", "Suzanne", "OLO-000304", registered=date(2018, 1, 9))
        elsewhere.home_site_id = site_id("OLO")
        here = member("Mas", "Élodie", "BED-000303", registered=date(2025, 9, 1))
        s.add_all([elsewhere, here])
    with (
        pytest.raises(RefusedError, match="home site is LAM d'Olonzac") as refused,
        desk.db.write() as s,
    ):
        privacy.erase_member(s, desk.animator, elsewhere.id, site_id=BED)
    assert "Vidal" not in str(refused.value)
    with desk.db.write() as s:
        assert privacy.export_member(s, desk.animator, elsewhere.id, site_id=BED)
        card = s.get(Member, elsewhere.id)
        assert card is not None and card.erased_at is None, "nothing erased half-way"
    with desk.db.write() as s:
        privacy.erase_member(s, desk.animator, here.id, site_id=BED)
        privacy.erase_member(s, desk.coordinator, elsewhere.id, site_id=BED)
    with desk.db.read() as s:
        assert all(s.get(Member, m.id).erased_at is not None for m in (here, elsewhere))  # type: ignore[union-attr]


def test_funded_attendance_keeps_the_identity_restricted_until_its_retention_ends(
    desk: Desk,
) -> None:
    history = add_history(desk.db, course="CNI", session_day=date(2025, 11, 10))
    with desk.db.write() as s:
        done = privacy.erase_member(s, desk.coordinator, history.member_id, site_id=BED)
    assert done.restricted_until == date(2035, 11, 10)  # FEDER line: 10 years
    with desk.db.read() as s:
        card = s.get(Member, history.member_id)
        assert card is not None and card.erased_at is not None
        assert (card.family_name, card.given_name, card.birth_year) == ("Fabre", "Odile", 1958)
        assert (card.gender, card.commune_insee) == ("-", None)
        assert members.search_members(s, "fabre") == []  # restricted: found by no search
        attendance = s.get(Attendance, history.attendance_id)
        assert attendance is not None and attendance.member_id == history.member_id
    outbox = _outbox_text(desk)
    assert "odile.fabre" not in outbox and "06 39 98" not in outbox

    # Ten years on, the purge wipes the names that were kept.
    with desk.db.write() as s:
        preview = privacy.purge_preview(
            s, desk.coordinator, served_site_ids=SERVED, today=date(2035, 11, 11)
        )
        assert preview.restrictions_ended == 1
        purged = privacy.purge_members(
            s,
            desk.coordinator,
            served_site_ids=SERVED,
            site_id=BED,
            shown=[],
            now=datetime(2035, 11, 11, 9, tzinfo=UTC),
        )
    assert purged.restrictions_ended == 1
    with desk.db.read() as s:
        card = s.get(Member, history.member_id)
        assert card is not None and (card.family_name, card.given_name) == ("", "")
    assert "Fabre" not in _outbox_text(desk)


def test_funded_foad_time_keeps_the_identity_restricted_like_attendance(desk: Desk) -> None:
    """A FOAD learner of a funded run works at the site's workstation: their hours are the
    funder's to audit, so their name stays, restricted, for the retention period."""
    from lam_desk.db.models import Course, CourseRun, FoadTime, FundingLine

    with desk.db.write() as s:
        feder = s.scalars(select(FundingLine).where(FundingLine.code == "FEDER-2127-INCL")).one()
        foad = s.scalars(select(Course).where(Course.code == "FOAD")).one()
        learner = member("Roques", "Ginette", "BED-000305", registered=date(2024, 1, 9))
        s.add(learner)
        run = CourseRun(
            course_id=foad.id,
            site_id=BED,
            label="FOAD 2025",
            capacity=8,
            starts_on=date(2025, 9, 1),
            ends_on=date(2025, 12, 19),
            funding_line_id=feder.id,
        )
        s.add(run)
        s.flush()
        enrolment = Enrolment(
            member_id=learner.id,
            course_run_id=run.id,
            site_id=BED,
            requested_at=datetime(2025, 8, 20, 9, tzinfo=UTC),
            **snapshot(),
        )
        s.add(enrolment)
        s.flush()
        s.add(
            FoadTime(
                enrolment_id=enrolment.id,
                member_id=learner.id,
                site_id=BED,
                time_in=datetime(2025, 10, 6, 8, tzinfo=UTC),
                time_out=datetime(2025, 10, 6, 10, tzinfo=UTC),
            )
        )
        learner_id = learner.id
    with desk.db.write() as s:
        done = privacy.erase_member(
            s, desk.coordinator, learner_id, site_id=BED, now=datetime(2026, 1, 5, 9, tzinfo=UTC)
        )
    assert done.restricted_until == date(2035, 10, 6)  # FEDER line: 10 years
    with desk.db.read() as s:
        card = s.get(Member, learner_id)
        assert card is not None and card.erased_at is not None
        assert (card.family_name, card.given_name) == ("Roques", "Ginette")
        assert members.search_members(s, "roques") == []


def test_who_may_do_what(desk: Desk) -> None:
    history = add_history(desk.db, course="ELUS")
    with pytest.raises(RefusedError), desk.db.write() as s:
        privacy.purge_preview(s, desk.animator, served_site_ids=SERVED)
    with desk.db.write() as s:
        privacy.purge_preview(s, desk.coordinator, served_site_ids=SERVED)
        privacy.purge_preview(s, "cli:admin", served_site_ids=SERVED)
        privacy.export_member(s, desk.animator, history.member_id, site_id=BED)


# --- purge -----------------------------------------------------------------------------------


def test_a_foad_learner_working_at_a_workstation_is_not_inactive(desk: Desk) -> None:
    from lam_desk.db.models import FoadTime

    history = add_history(desk.db, course="ELUS")
    with desk.db.write() as s:
        learner = member("Roques", "Ginette", "BED-000305", registered=date(2018, 1, 9))
        s.add(learner)
        s.flush()
        s.add(
            FoadTime(
                enrolment_id=history.enrolment_id,
                member_id=learner.id,
                site_id=BED,
                time_in=datetime.now(UTC) - timedelta(days=40),
                time_out=None,
            )
        )
    with desk.db.read() as s:
        preview = privacy.purge_preview(s, "cli:admin", served_site_ids=SERVED)
    assert "Roques" not in [c.family_name for c in preview.candidates]


def test_purge_erases_only_the_inactive_members_shown_in_the_preview(desk: Desk) -> None:
    active = add_history(desk.db, course="ELUS")  # visits 30 and 120 days ago
    with desk.db.write() as s:
        old = member("Sénégas", "Paulette", "BED-000301", registered=date(2019, 4, 1))
        older = member("Cabrol", "Germaine", "BED-000302", registered=date(2018, 1, 9))
        new = member("Mas", "Élodie", "BED-000303", registered=date(2025, 9, 1))
        elsewhere = member("Vidal", "Suzanne", "OLO-000304", registered=date(2018, 1, 9))
        elsewhere.home_site_id = site_id("OLO")
        s.add_all([old, older, new, elsewhere])
        s.flush()
        s.add(
            Visit(
                site_id=BED,
                member_id=older.id,
                started_at=datetime(2021, 6, 1, 9, tzinfo=UTC),
                purpose_codes=[],
            )
        )
        ids = {"old": old.id, "older": older.id, "new": new.id}
    with desk.db.read() as s:
        preview = privacy.purge_preview(s, "cli:admin", served_site_ids=SERVED)
    assert [c.family_name for c in preview.candidates] == ["Cabrol", "Sénégas"]
    by_name = {c.family_name: c for c in preview.candidates}
    assert by_name["Cabrol"].last_activity == date(2021, 6, 1)
    assert by_name["Sénégas"].last_activity == date(2019, 4, 1)
    assert preview.years == 3

    with desk.db.write() as s:
        done = privacy.purge_members(
            s, desk.coordinator, served_site_ids=SERVED, site_id=BED, shown=[ids["old"]]
        )
    assert done.erased == 1
    with desk.db.read() as s:
        assert s.get(Member, ids["old"]).erased_at is not None  # type: ignore[union-attr]
        assert s.get(Member, ids["older"]).erased_at is None  # type: ignore[union-attr]
        assert s.get(Member, active.member_id).erased_at is None  # type: ignore[union-attr]
    (entry,) = _audit(desk, "purge_member")
    assert entry.row_id == ids["old"] and "3 years" in entry.reason

    with desk.db.read() as s:
        longer = privacy.purge_preview(s, "cli:admin", served_site_ids=SERVED, years=6)
    assert [c.family_name for c in longer.candidates] == []  # Cabrol came in 2021
    with pytest.raises(UserError), desk.db.read() as s:
        privacy.purge_preview(s, "cli:admin", served_site_ids=SERVED, years=0)


def test_a_member_is_found_by_card_number_for_the_command_line(desk: Desk) -> None:
    history = add_history(desk.db)
    with desk.db.read() as s:
        assert privacy.find_member_id(s, "bed-000201") == history.member_id
        assert privacy.find_member_id(s, history.member_id) == history.member_id
        with pytest.raises(UserError):
            privacy.find_member_id(s, "BED-999999")


def test_now_is_used_for_the_erasure_moment(desk: Desk) -> None:
    history = add_history(desk.db, course="ELUS")
    with desk.db.write() as s:
        privacy.erase_member(s, "cli:admin", history.member_id, site_id=BED, now=NOW)
    with desk.db.read() as s:
        card = s.get(Member, history.member_id)
        assert card is not None and card.erased_at == NOW
