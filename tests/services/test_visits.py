"""Check-in at the desk: a member's visit with its purposes and the day's snapshot, anonymous
head counts and tickets, check-out, today's visits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from desk_day import BED, DAY, NOW, add_member, add_workstations, minutes, outbox_count
from sqlalchemy import func, select
from staff_desk import Desk

from lam_desk.db.models import Member, QueueEntry, SiteSettings, Visit, WorkstationUse
from lam_desk.errors import UserError
from lam_desk.services import queue, visits, workstations


def test_a_member_s_visit_keeps_the_purposes_the_animator_and_the_member_as_of_today(
    desk: Desk,
) -> None:
    member = add_member(desk.db, birth_year=1958, gender="f", commune="34028", status="retired")
    with desk.db.write() as s:
        line = visits.check_in_member(
            s, BED, member, ["admin_procedure", "print_scan"], desk.animator.id, NOW
        )
    assert line.who.name == "FABRE Odile"
    assert line.who.card_number == "BED-000101"
    assert line.purposes == ("Démarche administrative", "Impression ou numérisation")
    assert line.open and line.started_at == NOW
    # The member moves and finds a job: the visit's statistics stay as they were that day.
    with desk.db.write() as s:
        card = s.get(Member, member)
        assert card is not None
        card.commune_insee, card.status = "34052", "employed"
    with desk.db.read() as s:
        visit = s.get(Visit, line.id)
        assert visit is not None
        assert visit.staff_user_id == desk.animator.id
        assert visit.purpose_codes == ["admin_procedure", "print_scan"]
        assert (visit.snapshot_age_low, visit.snapshot_age_high) == (68, 68)
        assert visit.snapshot_gender == "f"
        assert visit.snapshot_commune_insee == "34028"
        assert visit.snapshot_status == "retired"
        assert visit.head_count == 1 and visit.ticket is None


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        ([], "Tick at least one reason for the visit."),
        (["astrology"], "This reason for a visit is not in the list any more: astrology."),
    ],
)
def test_a_visit_without_a_known_purpose_is_refused_and_nothing_is_saved(
    desk: Desk, chosen: list[str], message: str
) -> None:
    member = add_member(desk.db)
    before = outbox_count(desk.db)
    with pytest.raises(UserError, match=message), desk.db.write() as s:
        visits.check_in_member(s, BED, member, chosen, desk.animator.id, NOW)
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
    assert outbox_count(desk.db) == before


def test_a_member_already_checked_in_is_not_checked_in_twice(desk: Desk) -> None:
    member = add_member(desk.db)
    with desk.db.write() as s:
        visits.check_in_member(s, BED, member, ["free_access"], desk.animator.id, NOW)
    with pytest.raises(UserError, match="already checked in, since 10:00"), desk.db.write() as s:
        visits.check_in_member(s, BED, member, ["free_access"], desk.animator.id, NOW + minutes(5))
    # Once checked out, the same person may come back later in the day.
    with desk.db.read() as s:
        first = visits.todays_visits(s, BED, NOW)[0]
    with desk.db.write() as s:
        visits.check_out(s, first.id, NOW + minutes(30))
        visits.check_in_member(s, BED, member, ["print_scan"], desk.animator.id, NOW + minutes(90))
    with desk.db.read() as s:
        assert [v.open for v in visits.todays_visits(s, BED, NOW + minutes(90))] == [True, False]


def test_an_erased_or_unknown_card_is_refused(desk: Desk) -> None:
    member = add_member(desk.db)
    with desk.db.write() as s:
        card = s.get(Member, member)
        assert card is not None
        card.erased_at = NOW - timedelta(days=1)
    for member_id in (member, "no-such-member"):
        with pytest.raises(UserError, match="no longer in the directory"), desk.db.write() as s:
            visits.check_in_member(s, BED, member_id, ["free_access"], desk.animator.id, NOW)


def test_anonymous_visitors_are_counted_with_an_optional_band_and_tickets_follow_each_other(
    desk: Desk,
) -> None:
    with desk.db.write() as s:
        group = visits.check_in_anonymous(
            s,
            BED,
            ["free_access"],
            desk.animator.id,
            NOW,
            head_count=3,
            age_band="60-74",
            gender="m",
        )
        first = visits.check_in_anonymous(s, BED, ["print_scan"], None, NOW, ticket=True)
        second = visits.check_in_anonymous(
            s, BED, ["admin_procedure"], None, NOW + minutes(1), ticket=True
        )
    assert group.who.anonymous and group.who.head_count == 3 and group.who.ticket is None
    assert (first.who.ticket, second.who.ticket) == ("T-1", "T-2")
    with desk.db.read() as s:
        row = s.get(Visit, group.id)
        assert row is not None
        assert (row.snapshot_age_low, row.snapshot_age_high, row.snapshot_gender) == (60, 74, "m")
        assert row.member_id is None and row.snapshot_commune_insee is None
        plain = s.get(Visit, first.id)
        assert plain is not None and plain.snapshot_age_low is None
    # The next day starts again at T-1.
    with desk.db.write() as s:
        tomorrow = visits.check_in_anonymous(
            s, BED, ["free_access"], None, NOW + timedelta(days=1), ticket=True
        )
    assert tomorrow.who.ticket == "T-1"


@pytest.mark.parametrize("count", [0, -2, 61, 1000])
def test_an_absurd_head_count_is_refused(desk: Desk, count: int) -> None:
    with pytest.raises(UserError, match="Count from 1 to 60 people"), desk.db.write() as s:
        visits.check_in_anonymous(s, BED, ["free_access"], None, NOW, head_count=count)
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0


def test_check_out_ends_the_visit_the_seat_and_the_place_in_the_queue(desk: Desk) -> None:
    ws = add_workstations(desk.db, 1)[0]
    a, b = add_member(desk.db), add_member(desk.db, "Roux", "Paul", card="BED-000102")
    with desk.db.write() as s:
        seated = visits.check_in_member(s, BED, a, ["free_access"], None, NOW)
        use = workstations.seat(s, BED, seated.id, ws, 60, NOW)
        waiting = visits.check_in_member(s, BED, b, ["free_access"], None, NOW)
        entry = queue.join(s, BED, waiting.id, NOW)
    with desk.db.read() as s:
        lines = {v.id: v for v in visits.todays_visits(s, BED, NOW)}
    assert lines[seated.id].workstation == "Poste 1" and not lines[seated.id].waiting
    assert lines[waiting.id].waiting and lines[waiting.id].workstation is None
    with desk.db.write() as s:
        visits.check_out(s, seated.id, NOW + minutes(20))
        visits.check_out(s, waiting.id, NOW + minutes(25))
    with desk.db.read() as s:
        row = s.get(WorkstationUse, use.id)
        assert row is not None and row.ended_at == NOW + minutes(20)
        place = s.get(QueueEntry, entry)
        assert place is not None
        assert (place.left_at, place.outcome) == (NOW + minutes(25), "left")
        assert all(not v.open for v in visits.todays_visits(s, BED, NOW))
    with pytest.raises(UserError, match="already closed at 10:20"), desk.db.write() as s:
        visits.check_out(s, seated.id, NOW + minutes(30))


def test_today_s_visits_are_today_s_only_the_latest_first(desk: Desk) -> None:
    with desk.db.write() as s:
        visits.check_in_anonymous(s, BED, ["free_access"], None, NOW - timedelta(days=1))
        early = visits.check_in_anonymous(s, BED, ["free_access"], None, NOW - minutes(60))
        late = visits.check_in_anonymous(s, BED, ["print_scan"], None, NOW)
    with desk.db.read() as s:
        assert [v.id for v in visits.todays_visits(s, BED, NOW)] == [late.id, early.id]
    assert DAY.weekday() == 1


def test_the_purposes_offered_are_the_network_s_list_in_order(desk: Desk) -> None:
    with desk.db.read() as s:
        offered = visits.purposes(s)
    assert offered[0].label == "Accès libre"
    assert len(offered) == 11 and offered[-1].code == "other"


def test_a_site_offers_the_purposes_its_settings_choose(desk: Desk) -> None:
    with desk.db.write() as s:
        s.add(SiteSettings(site_id=BED, purpose_codes=["print_scan", "free_access"]))
    with desk.db.read() as s:
        assert [p.code for p in visits.purposes(s, BED)] == ["print_scan", "free_access"]
    with (
        pytest.raises(UserError, match="not in the list any more: job_search"),
        desk.db.write() as s,
    ):
        visits.check_in_anonymous(s, BED, ["job_search"], None, NOW)
