"""Opening and closing a site's day: earlier days' loose ends and settling them, the changes
waiting for the central store, the clôture and the day's tally, on a real desk file."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from desk_day import BED, DAY, add_booking, add_member, add_workstations, minutes, outbox_count
from sqlalchemy import select
from staff_desk import Desk

from lam_desk.db.models import AuditEntry, Booking, OutboxOp, QueueEntry, Visit, WorkstationUse
from lam_desk.domain.wallclock import at_paris
from lam_desk.services import closing, queue, tally, today, visits, workstations
from lam_desk.sync import apply

FRIDAY = DAY - timedelta(days=4)  # DAY is a Tuesday; the desk was closed on Monday
OPENING = at_paris(DAY, "08:55")
CLOSING = at_paris(DAY, "18:05")


def at(day: date, hhmm: str) -> datetime:
    return at_paris(day, hhmm)


def _friday_left_open(desk: Desk) -> dict[str, str]:
    """Friday as the desk left it: a member seated and never ended, a member checked out of
    their workstation but not of the desk, an anonymous ticket left in the queue, a phone
    booking nobody marked."""
    pc1, pc2, pc3 = add_workstations(desk.db, 3)
    fabre = add_member(desk.db)
    azais = add_member(desk.db, "Azaïs", "Jean", card="BED-000102", gender="m", birth_year=1990)
    ids: dict[str, str] = {"pc1": pc1, "pc2": pc2, "pc3": pc3, "fabre": fabre, "azais": azais}
    with desk.db.write() as s:
        seated = visits.check_in_member(
            s, BED, fabre, ["free_access"], desk.animator.id, at(FRIDAY, "14:00")
        )
        workstations.seat(s, BED, seated.id, pc1, 60, at(FRIDAY, "14:02"))
        morning = visits.check_in_member(
            s, BED, azais, ["job_search"], desk.animator.id, at(FRIDAY, "11:00")
        )
        use = workstations.seat(s, BED, morning.id, pc2, 60, at(FRIDAY, "11:00"))
        workstations.end(s, use.id, at(FRIDAY, "11:45"))
        ticket = visits.check_in_anonymous(
            s, BED, ["print_scan"], None, at(FRIDAY, "16:40"), ticket=True
        )
        queue.join(s, BED, ticket.id, at(FRIDAY, "16:41"))
        ids |= {"seated": seated.id, "morning": morning.id, "ticket": ticket.id}
    ids["booking"] = add_booking(
        desk.db, pc2, at(FRIDAY, "10:00"), at(FRIDAY, "11:00"), caller_name="M. Rouquette"
    )
    add_booking(desk.db, pc2, at(FRIDAY, "15:00"), at(FRIDAY, "16:00"), released=True)
    add_booking(desk.db, pc2, at(FRIDAY, "16:00"), at(FRIDAY, "17:00"), cancelled=True)
    with desk.db.write() as s:
        s.add(
            Booking(
                site_id=BED,
                workstation_id=pc1,
                label="Atelier CV",
                block_id="block-1",
                starts_at=at(FRIDAY, "09:00"),
                ends_at=at(FRIDAY, "10:00"),
            )
        )
    return ids


def test_monday_morning_lists_what_friday_left_open_and_when_each_would_close(
    desk: Desk,
) -> None:
    ids = _friday_left_open(desk)
    with desk.db.write() as s:  # this morning's first visitor is no loose end
        visits.check_in_anonymous(s, BED, ["free_access"], None, at(DAY, "08:50"))
    with desk.db.read() as s:
        loose = closing.loose_ends(s, BED, OPENING)
    by_start = {v.started_at: v for v in loose.visits}
    assert sorted(by_start) == [at(FRIDAY, "11:00"), at(FRIDAY, "14:00"), at(FRIDAY, "16:40")]
    fabre = by_start[at(FRIDAY, "14:00")]
    assert fabre.who.name == "FABRE Odile"
    assert (fabre.closes_at, fabre.seated_until) == (at(FRIDAY, "15:02"), True), (
        "closed when the desk's timer ended her session, not at closing time"
    )
    assert by_start[at(FRIDAY, "11:00")].closes_at == at(FRIDAY, "11:45")
    ticket = by_start[at(FRIDAY, "16:40")]
    assert ticket.who.ticket == "T-1"
    assert (ticket.closes_at, ticket.seated_until) == (at(FRIDAY, "16:41"), False)
    (use,) = loose.uses
    assert (use.workstation, use.who.name, use.ends_at) == (
        "Poste 1",
        "FABRE Odile",
        at(FRIDAY, "15:02"),
    )
    assert [(b.person, b.workstation) for b in loose.bookings] == [("M. Rouquette", "Poste 2")]
    assert loose.count == 5
    assert loose.sync.pending > 0 and not loose.sync.configured
    assert loose.last_closing is None
    assert ids


def test_settling_the_loose_ends_closes_each_at_its_last_known_moment_in_one_go(
    desk: Desk,
) -> None:
    ids = _friday_left_open(desk)
    with desk.db.write() as s:
        this_morning = visits.check_in_anonymous(s, BED, ["free_access"], None, at(DAY, "08:50"))
    before = outbox_count(desk.db)
    with desk.db.write() as s:
        done = closing.settle_loose_ends(s, BED, OPENING, desk.animator)
    assert (done.visits_closed, done.uses_ended, done.bookings_released, done.queue_left) == (
        3,
        1,
        1,
        1,
    )
    with desk.db.read() as s:
        ended = {v.id: v.ended_at for v in s.scalars(select(Visit))}
        assert ended[ids["seated"]] == at(FRIDAY, "15:02")
        assert ended[ids["morning"]] == at(FRIDAY, "11:45")
        assert ended[ids["ticket"]] == at(FRIDAY, "16:41")
        assert ended[this_morning.id] is None
        use = s.scalars(
            select(WorkstationUse).where(WorkstationUse.visit_id == ids["seated"])
        ).one()
        assert use.ended_at == at(FRIDAY, "15:02")
        entry = s.scalars(select(QueueEntry)).one()
        assert (entry.left_at, entry.outcome) == (at(FRIDAY, "16:41"), "left")
        booking = s.get(Booking, ids["booking"])
        assert booking is not None
        assert booking.released_at == at(FRIDAY, "10:15"), "released by the bookings rule"
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.action == closing.LOOSE_ENDS_SETTLED)
        ).one()
        assert audit.actor == desk.animator.username
        assert audit.changes["visits_closed"] == 3
        assert "Odile" not in str(audit.changes) and "Rouquette" not in str(audit.changes)
        again = closing.loose_ends(s, BED, OPENING)
    assert again.count == 0
    assert outbox_count(desk.db) > before, "every change is captured for the central store"
    with desk.db.write() as s:
        nothing = closing.settle_loose_ends(s, BED, OPENING, desk.animator)
    assert nothing == type(nothing)(0, 0, 0, 0)


def test_the_changes_waiting_for_the_central_store(desk: Desk) -> None:
    add_workstations(desk.db, 1)
    with desk.db.read() as s:
        waiting = closing.sync_backlog(s)
    assert waiting.pending == outbox_count(desk.db) > 0
    assert not waiting.configured, "no central store's address: synchronisation not configured"
    with desk.db.write() as s:
        for op in s.scalars(select(OutboxOp)):
            op.acked_at = CLOSING
    with desk.db.apply() as s:
        apply.write_state(s.connection(), {"central_url": "postgresql://bed@central/lam"})
    with desk.db.read() as s:
        sent = closing.sync_backlog(s)
    assert (sent.pending, sent.oldest, sent.configured) == (0, None, True)


@pytest.fixture
def closing_day(desk: Desk) -> dict[str, str]:
    """Tuesday just after six: Fabre seated since 16:30 (time over), a ticket waiting in the
    queue, Azaïs came for her booking, a morning booking nobody claimed, one begun five
    minutes ago, one later tonight and one tomorrow; and Friday's loose ends."""
    ids = _friday_left_open(desk)
    pc2 = ids["pc2"]
    with desk.db.write() as s:
        pc4 = workstations.add_workstation(s, BED, "Poste 4")
        fabre = visits.check_in_member(
            s, BED, ids["fabre"], ["admin_procedure"], None, at(DAY, "16:30")
        )
        # Poste 1 is still held by Friday's session nobody ended: Poste 3 then.
        workstations.seat(s, BED, fabre.id, ids["pc3"], 60, at(DAY, "16:30"))
        ticket = visits.check_in_anonymous(
            s, BED, ["free_access"], None, at(DAY, "17:20"), ticket=True
        )
        queue.join(s, BED, ticket.id, at(DAY, "17:21"))
        azais = visits.check_in_member(s, BED, ids["azais"], ["job_search"], None, at(DAY, "14:00"))
        use = workstations.seat(s, BED, azais.id, pc4, 60, at(DAY, "14:00"))
        workstations.end(s, use.id, at(DAY, "15:00"))
        visits.check_out(s, azais.id, at(DAY, "15:05"))
        s.add(
            Booking(
                site_id=BED,
                workstation_id=pc4,
                member_id=ids["azais"],
                starts_at=at(DAY, "14:00"),
                ends_at=at(DAY, "15:00"),
                arrived_at=at(DAY, "14:00"),
            )
        )
    ids |= {
        "today_fabre": fabre.id,
        "today_ticket": ticket.id,
        "morning": add_booking(
            desk.db, pc2, at(DAY, "09:00"), at(DAY, "10:00"), caller_name="Mme Durand"
        ),
        "just_begun": add_booking(
            desk.db, pc2, at(DAY, "18:00"), at(DAY, "19:00"), member_id=ids["azais"]
        ),
        "tonight": add_booking(
            desk.db, pc2, at(DAY, "19:30"), at(DAY, "20:30"), caller_name="M. Vidal"
        ),
        "tomorrow": add_booking(
            desk.db,
            pc2,
            at(DAY + timedelta(days=1), "09:00"),
            at(DAY + timedelta(days=1), "10:00"),
            caller_name="M. Bès",
        ),
    }
    return ids


def test_the_closure_preview_says_what_it_will_do(desk: Desk, closing_day: dict[str, str]) -> None:
    with desk.db.read() as s:
        seen = closing.preview(s, BED, CLOSING)
    (seated,) = seen.seated
    assert (seated.workstation, seated.who.name, seated.planned_end_at) == (
        "Poste 3",
        "FABRE Odile",
        at(DAY, "17:30"),
    )
    assert [(v.who.name or v.who.ticket, v.workstation, v.waiting) for v in seen.open_visits] == [
        ("FABRE Odile", "Poste 3", False),
        ("T-1", None, True),
    ]
    assert seen.waiting == 1
    assert [b.person for b in seen.unclaimed] == ["Mme Durand", "AZAÏS Jean"]
    assert [b.person for b in seen.ahead] == ["M. Vidal"]
    assert seen.loose.count == 5
    assert seen.closed_today is None


def test_the_closure_ends_closes_releases_and_records_who_in_one_transaction(
    desk: Desk, closing_day: dict[str, str]
) -> None:
    with desk.db.write() as s:
        done = closing.close_day(s, BED, CLOSING, desk.animator)
    assert (done.uses_ended, done.visits_closed, done.queue_left, done.bookings_released) == (
        1,
        2,
        1,
        2,
    )
    assert (done.earlier.visits_closed, done.earlier.uses_ended) == (3, 1)
    assert done.closing.by == desk.animator.display_name and done.closing.at == CLOSING
    with desk.db.read() as s:
        assert s.scalars(select(Visit).where(Visit.ended_at.is_(None))).all() == []
        assert (
            s.scalars(select(WorkstationUse).where(WorkstationUse.ended_at.is_(None))).all() == []
        )
        fabre = s.get(Visit, closing_day["today_fabre"])
        assert fabre is not None and fabre.ended_at == CLOSING
        released = {
            key: (b.released_at if (b := s.get(Booking, closing_day[key])) else None)
            for key in ("morning", "just_begun", "tonight", "tomorrow")
        }
        assert released == {
            "morning": at(DAY, "09:15"),  # the bookings rule: the end of the delay
            "just_begun": CLOSING,  # within the delay when the desk closed
            "tonight": None,
            "tomorrow": None,
        }
        entry = s.scalars(
            select(QueueEntry).where(QueueEntry.visit_id == closing_day["today_ticket"])
        ).one()
        assert (entry.left_at, entry.outcome) == (CLOSING, "left")
        closed = closing.closing_of_day(s, BED, CLOSING)
        assert closed is not None and closed.by == "Mathis Azaïs"
        view = today.opening(s, BED, at(DAY + timedelta(days=1), "08:55"))
    assert view.loose.visits == () and view.loose.uses == ()
    assert [b.person for b in view.loose.bookings] == ["M. Vidal"], "booked after the clôture"
    assert view.loose.last_closing == closed, "the next morning says when the day was closed"
    with desk.db.read() as s:
        evening = closing.loose_ends(s, BED, CLOSING + timedelta(minutes=5))
    assert evening.last_closing == closed, "and so does the desk right after the clôture"
    assert view.closed_today is None
    assert done.sync.pending == outbox_count(desk.db) and not done.sync.configured


def test_the_closure_keeps_no_name_given_on_the_phone_for_a_booking_that_is_over(
    desk: Desk, closing_day: dict[str, str]
) -> None:
    pc = closing_day["pc1"]
    later = add_booking(desk.db, pc, at(DAY, "18:30"), at(DAY, "19:00"), caller_name="Mme Rey")
    with desk.db.write() as s:
        closing.close_day(s, BED, CLOSING, desk.animator)
    with desk.db.read() as s:
        phone = s.scalars(
            select(Booking).where(Booking.member_id.is_(None), Booking.block_id.is_(None))
        ).all()
        kept = {b.id: b.caller_name for b in phone if b.caller_name}
        friday = s.get(Booking, closing_day["booking"])
        assert friday is not None and friday.caller_name == ""
        assert friday.released_at is not None, "its outcome stays"
    assert kept.get(later) == "Mme Rey", "a booking still to come keeps its name"


def test_the_day_may_be_closed_again_and_the_preview_says_it_was(
    desk: Desk, closing_day: dict[str, str]
) -> None:
    with desk.db.write() as s:
        closing.close_day(s, BED, CLOSING, desk.animator)
    later = CLOSING + minutes(40)
    with desk.db.write() as s:
        visits.check_in_anonymous(s, BED, ["print_scan"], None, later - minutes(10))
    with desk.db.read() as s:
        seen = closing.preview(s, BED, later)
    assert seen.closed_today is not None and seen.closed_today.at == CLOSING
    assert len(seen.open_visits) == 1 and seen.seated == ()
    with desk.db.write() as s:
        again = closing.close_day(s, BED, later, desk.coordinator)
    assert again.visits_closed == 1 and again.tally.visits == 4
    with desk.db.read() as s:
        closed = closing.closing_of_day(s, BED, later)
    assert closed is not None and (closed.at, closed.by) == (later, "Hélène Marty")


def test_the_tally_counts_the_day_from_its_rows(desk: Desk, closing_day: dict[str, str]) -> None:
    with desk.db.write() as s:
        visits.check_in_anonymous(
            s, BED, ["free_access", "print_scan"], None, at(DAY, "10:00"), head_count=3,
            age_band="60-74", gender="f",
        )  # fmt: skip
        visits.check_in_anonymous(s, BED, ["print_scan"], None, at(DAY, "11:00"), age_band="0-14")
    with desk.db.write() as s:
        done = closing.close_day(s, BED, CLOSING, desk.animator)
    counted = done.tally
    with desk.db.read() as s:
        assert tally.day_tally(s, BED, DAY, CLOSING) == counted, "the same from the rows"
    assert counted.visits == 5
    assert (counted.member_visits, counted.anonymous_people, counted.people) == (2, 5, 7)
    purposes = {line.code: (line.members, line.anonymous) for line in counted.by_purpose}
    assert purposes["free_access"] == (0, 4)
    assert purposes["print_scan"] == (0, 4)
    assert purposes["admin_procedure"] == (1, 0)
    assert purposes["job_search"] == (1, 0)
    assert purposes["training"] == (0, 0), "every purpose the site offers is listed"
    ages = {line.code: line.total for line in counted.by_age}
    assert ages == {"0-14": 1, "15-25": 0, "26-44": 1, "45-59": 0, "60-74": 4, "75+": 0, "?": 1}
    genders = {line.code: (line.members, line.anonymous) for line in counted.by_gender}
    assert genders == {"f": (1, 3), "m": (1, 0), "x": (0, 0), "-": (0, 2)}
    uses = {s.workstation: (s.sessions, s.minutes) for s in counted.stations}
    assert uses == {
        "Poste 1": (0, 0),  # Friday's session is Friday's
        "Poste 2": (0, 0),
        "Poste 3": (1, 60),  # 16:30 to its planned end (time was up before the clôture)
        "Poste 4": (1, 60),
    }
    assert (counted.use_sessions, counted.use_minutes, counted.running) == (2, 120, 0)
    assert (counted.bookings_honoured, counted.no_shows) == (1, 2)
    assert (counted.bookings_cancelled, counted.bookings_pending, counted.block_bookings) == (
        0,
        1,
        0,
    )
    assert (counted.queue_joined, counted.queue_seated, counted.queue_left) == (1, 0, 1)
    assert counted.queue_waiting == 0


def test_an_empty_day_tallies_zeros_and_closes_quietly(desk: Desk) -> None:
    with desk.db.write() as s:
        done = closing.close_day(s, BED, CLOSING, desk.animator)
    assert (done.uses_ended, done.visits_closed, done.bookings_released) == (0, 0, 0)
    assert done.tally.people == 0 and done.tally.stations == ()
    assert all(line.total == 0 for line in done.tally.by_purpose)


def test_the_closure_is_one_transaction_with_its_caller(
    desk: Desk, closing_day: dict[str, str]
) -> None:
    before = outbox_count(desk.db)
    with pytest.raises(RuntimeError), desk.db.write() as s:
        closing.close_day(s, BED, CLOSING, desk.animator)
        raise RuntimeError("the PC was switched off")
    with desk.db.read() as s:
        assert closing.closing_of_day(s, BED, CLOSING) is None
        assert len(s.scalars(select(Visit).where(Visit.ended_at.is_(None))).all()) == 5
        assert closing.loose_ends(s, BED, CLOSING).count == 5
    assert outbox_count(desk.db) == before, "nothing half-done waits to be sent either"
