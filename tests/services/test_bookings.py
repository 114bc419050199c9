"""Bookings at the desk: booking, phone bookings completed at arrival, block bookings,
cancelling, arrivals, no-shows and tomorrow's reminders. Every refusal saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from booking_desk import (
    BED,
    LUN,
    NOW,
    TUESDAY,
    add_member,
    add_stations,
    at,
    open_bedarieux,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from staff_desk import Desk

from lam_desk.db.models import Booking, OutboxOp, Workstation
from lam_desk.errors import UserError
from lam_desk.services import bookings
from lam_desk.services.dto import BookingDraft, BookingRow


@pytest.fixture
def day(desk: Desk) -> tuple[Desk, list[str], dict[str, str]]:
    """Bédarieux open, four workstations, three members (one living at Lunas)."""
    open_bedarieux(desk)
    stations = add_stations(desk.db)
    people = {
        "odile": add_member(desk.db, "Fabre", "Odile", "BED-000101", phone="04 67 00 00 01"),
        "karim": add_member(desk.db, "Benali", "Karim", "BED-000102", phone="06 12 00 00 02"),
        "lucie": add_member(desk.db, "Vidal", "Lucie", "LUN-000007", home=LUN, phone="07 00 00 03"),
    }
    return desk, stations, people


def book(
    desk: Desk,
    station: str,
    start: str,
    end: str,
    *,
    member: str | None = None,
    caller: str = "",
    on: date = TUESDAY,
    now: datetime = NOW,
) -> BookingRow:
    with desk.db.write() as s:
        return bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, station, at(start, on), at(end, on), member, caller),
            now=now,
        )


def refused(desk: Desk, action: Callable[[Session], object]) -> str:
    """The refusal's message; the test also checks nothing was written."""
    with desk.db.read() as s:
        ops = s.scalar(select(func.count()).select_from(OutboxOp))
    with pytest.raises(UserError) as error, desk.db.write() as s:
        action(s)
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == ops, "half-saved"
    return error.value.message


def test_a_member_books_a_workstation_and_the_day_shows_it(day: tuple) -> None:
    desk, stations, people = day
    made = book(desk, stations[0], "09:30", "10:30", member=people["odile"])
    assert (made.person, made.workstation, made.state) == ("FABRE Odile", "Poste 1", "expected")
    with desk.db.read() as s:
        timeline = bookings.day_timeline(s, BED, TUESDAY, now=NOW)
        entity = s.scalars(select(OutboxOp.entity).order_by(OutboxOp.hlc.desc())).first()
    assert [b.id for b in timeline.bookings] == [made.id]
    assert timeline.opening == ((540, 720), (840, 1080))
    assert [st.label for st in timeline.stations] == ["Poste 1", "Poste 2", "Poste 3", "Poste 4"]
    assert entity == "booking"  # captured for sync


def test_a_workstation_already_booked_is_refused_but_cancelled_bookings_free_it(
    day: tuple,
) -> None:
    desk, stations, people = day
    first = book(desk, stations[0], "09:30", "10:30", member=people["odile"])
    message = refused(
        desk,
        lambda s: bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[0], at("10:00"), at("11:00"), people["karim"]),
            now=NOW,
        ),
    )
    assert message == "This workstation is already booked from 09:30 to 10:30."
    with desk.db.write() as s:
        bookings.cancel(s, first, now=NOW)
    again = book(desk, stations[0], "10:00", "11:00", member=people["karim"])
    assert again.person == "BENALI Karim"


@pytest.mark.parametrize(
    ("start", "end", "on", "message"),
    [
        (
            "11:30",
            "12:30",
            TUESDAY,
            "must fit within the opening hours of that day: 09:00–12:00, 14:00–18:00",
        ),
        ("10:00", "10:15", TUESDAY, "at least 30 min"),
        ("14:00", "17:00", TUESDAY, "at most 120 min"),
        ("10:00", "09:00", TUESDAY, "ends before it starts"),
        ("10:00", "11:00", TUESDAY - timedelta(days=1), "not open on that day of the week"),
        ("09:00", "10:00", date(2026, 4, 6), "closed that day (Easter Monday)"),
        ("09:00", "09:45", date(2026, 3, 9), "already past"),
    ],
)
def test_bookings_outside_the_rules_are_refused(
    day: tuple, start: str, end: str, on: date, message: str
) -> None:
    desk, stations, people = day
    text = refused(
        desk,
        lambda s: bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[1], at(start, on), at(end, on), people["odile"]),
            now=NOW,
        ),
    )
    assert message in text


def test_the_daily_quota_of_a_person(day: tuple) -> None:
    desk, stations, people = day
    book(desk, stations[0], "09:00", "10:00", member=people["odile"])
    book(desk, stations[1], "14:00", "14:30", member=people["odile"])
    text = refused(
        desk,
        lambda s: bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[2], at("16:00"), at("17:00"), people["odile"]),
            now=NOW,
        ),
    )
    assert text == (
        "Daily quota reached: 120 min a day per person, 90 min already booked that day, "
        "30 min left."
    )
    book(desk, stations[2], "16:00", "16:30", member=people["odile"])


def test_no_booking_on_a_workstation_out_of_service(day: tuple) -> None:
    desk, stations, people = day
    with desk.db.write() as s:
        ws = s.get(Workstation, stations[3])
        assert ws is not None
        ws.out_of_service_reason = "Écran cassé"
    text = refused(
        desk,
        lambda s: bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[3], at("09:00"), at("10:00"), people["odile"]),
            now=NOW,
        ),
    )
    assert text == "Poste 4 is out of service: Écran cassé"


def test_a_phone_booking_is_completed_with_the_member_card_at_arrival(day: tuple) -> None:
    desk, stations, people = day
    phoned = book(desk, stations[0], "09:00", "10:00", caller="  Mme   Durand ")
    assert (phoned.person, phoned.by_phone, phoned.member_id) == ("Mme Durand", True, None)
    arriving = at("09:05")
    text = refused(desk, lambda s: bookings.mark_arrived(s, phoned, now=arriving))
    assert "made on the phone" in text
    with desk.db.write() as s:
        came = bookings.mark_arrived(s, phoned, people["karim"], now=arriving)
    assert (came.state, came.member_id, came.person) == ("arrived", people["karim"], "BENALI Karim")
    assert came.arrived_at == arriving


@pytest.mark.parametrize("name", ["", "   ", "1234", "x" * 121])
def test_a_phone_booking_needs_a_name(day: tuple, name: str) -> None:
    desk, stations, _ = day
    text = refused(
        desk,
        lambda s: bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[0], at("09:00"), at("10:00"), None, name),
            now=NOW,
        ),
    )
    assert "name" in text


def test_a_caller_counts_against_the_quota_by_name(day: tuple) -> None:
    desk, stations, _ = day
    book(desk, stations[0], "09:00", "11:00", caller="Jean Pujol")
    text = refused(
        desk,
        lambda s: bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[1], at("14:00"), at("15:00"), None, "jean  PUJOL"),
            now=NOW,
        ),
    )
    assert "quota" in text


def test_a_block_booking_holds_every_workstation_or_none(day: tuple) -> None:
    desk, stations, people = day
    odile = book(desk, stations[2], "14:30", "15:30", member=people["odile"])
    text = refused(
        desk,
        lambda s: bookings.book_block(
            s, desk.animator, BED, stations, at("14:00"), at("17:00"), "Atelier CV", now=NOW
        ),
    )
    assert text == "Poste 3: This workstation is already booked from 14:30 to 15:30."
    with desk.db.write() as s:
        bookings.cancel(s, odile, now=NOW)
        block = bookings.book_block(
            s, desk.animator, BED, stations, at("14:00"), at("17:00"), "Atelier CV", now=NOW
        )
    assert {b.title for b in block} == {"Atelier CV"} and len({b.block_id for b in block}) == 1
    # Longer than one person's maximum: a workshop may be.
    with desk.db.write() as s:
        cancelled = bookings.cancel(s, block[0], now=NOW)
    assert len(cancelled) == 4 and all(b.state == "cancelled" for b in cancelled)


def test_a_block_booking_needs_a_label(day: tuple) -> None:
    desk, stations, _ = day
    text = refused(
        desk,
        lambda s: bookings.book_block(
            s, desk.animator, BED, stations[:2], at("14:00"), at("16:00"), "  ", now=NOW
        ),
    )
    assert "label" in text


def test_what_cannot_be_cancelled(day: tuple) -> None:
    desk, stations, people = day
    made = book(desk, stations[0], "09:00", "10:00", member=people["odile"])
    with desk.db.write() as s:
        came = bookings.mark_arrived(s, made, now=at("08:55"))
    assert "already arrived" in refused(desk, lambda s: bookings.cancel(s, came, now=NOW))
    other = book(desk, stations[1], "09:00", "10:00", member=people["karim"])
    with desk.db.write() as s:
        gone = bookings.cancel(s, other, now=NOW)[0]
    assert "already cancelled" in refused(desk, lambda s: bookings.cancel(s, gone, now=NOW))


def test_a_booking_nobody_claims_is_released_after_the_no_show_delay(day: tuple) -> None:
    desk, stations, people = day
    made = book(desk, stations[0], "09:00", "10:00", member=people["odile"])
    with desk.db.write() as s:
        assert bookings.release_no_shows(s, BED, now=at("09:14")) == 0
    with desk.db.read() as s:
        assert bookings.get_booking(s, made.id, now=at("09:14")).state == "late"
    with desk.db.write() as s:
        assert bookings.release_no_shows(s, BED, now=at("09:40")) == 1
        assert bookings.release_no_shows(s, BED, now=at("09:41")) == 0
    with desk.db.read() as s:
        row = bookings.get_booking(s, made.id, now=at("09:40"))
        found = bookings.no_shows(s, BED, TUESDAY, TUESDAY)
    assert row.state == "no_show" and row.released_at == at("09:15")
    assert [b.id for b in found] == [made.id]
    # The rest of the hour is free again; the late-comer is told plainly.
    book(desk, stations[0], "09:45", "10:30", member=people["karim"], now=at("09:40"))
    text = refused(desk, lambda s: bookings.mark_arrived(s, row, now=at("09:42")))
    assert "released at 09:15 as nobody came" in text


def test_the_no_show_delay_is_a_setting_of_the_site(desk: Desk) -> None:
    open_bedarieux(desk, no_show_minutes=5)
    stations = add_stations(desk.db)
    member = add_member(desk.db, "Fabre", "Odile", "BED-000101")
    book(desk, stations[0], "09:00", "10:00", member=member)
    with desk.db.write() as s:
        assert bookings.release_no_shows(s, BED, now=at("09:06")) == 1


def test_tomorrow_s_reminders_give_the_phone_kept_at_this_desk(day: tuple) -> None:
    desk, stations, people = day
    book(desk, stations[0], "09:00", "10:00", member=people["odile"])
    book(desk, stations[1], "09:00", "10:00", member=people["lucie"])
    book(desk, stations[2], "14:00", "15:00", caller="Mme Durand")
    gone = book(desk, stations[3], "16:00", "17:00", member=people["karim"])
    with desk.db.write() as s:
        bookings.cancel(s, gone, now=NOW)
        bookings.book_block(
            s, desk.animator, BED, stations[:2], at("16:00"), at("17:30"), "Atelier", now=NOW
        )
    with desk.db.read() as s:
        served_here = bookings.reminders(s, BED, TUESDAY, [BED])
        served_with_lunas = bookings.reminders(s, BED, TUESDAY, [BED, LUN])
    assert [(r.person, r.phone, r.by_phone) for r in served_here] == [
        ("FABRE Odile", "04 67 00 00 01", False),
        ("VIDAL Lucie", "", False),  # her contact is kept at Lunas
        ("Mme Durand", "", True),
    ]
    assert served_with_lunas[1].phone == "07 00 00 03"
    # Whether "no phone" means none recorded, or kept elsewhere:
    assert [r.contact_here for r in served_here] == [True, False, False]


def test_the_people_to_remind_are_those_of_the_next_day_the_site_opens(day: tuple) -> None:
    """Bédarieux opens Tuesday to Saturday morning: on Saturday, the list is Tuesday's; the
    day before Ascension Thursday, it is Friday's. A site with no hours set: tomorrow."""
    desk, _stations, _people = day
    saturday, ascension_eve = date(2026, 3, 14), date(2026, 5, 13)
    with desk.db.read() as s:
        assert bookings.next_open_day(s, BED, TUESDAY) == TUESDAY + timedelta(days=1)
        assert bookings.next_open_day(s, BED, saturday) == date(2026, 3, 17)
        assert bookings.next_open_day(s, BED, ascension_eve) == date(2026, 5, 15)
        assert bookings.next_open_day(s, LUN, saturday) == saturday + timedelta(days=1)


def test_the_week_reads_seven_days_with_their_opening(day: tuple) -> None:
    desk, stations, people = day
    book(desk, stations[0], "09:00", "10:00", member=people["odile"])
    book(
        desk, stations[0], "09:00", "10:00", member=people["odile"], on=TUESDAY + timedelta(days=3)
    )
    with desk.db.read() as s:
        week = bookings.week_timeline(s, BED, TUESDAY, now=NOW)
    assert week.monday == TUESDAY - timedelta(days=1)
    assert [len(d.bookings) for d in week.days] == [0, 1, 0, 0, 1, 0, 0]
    assert week.days[0].opening == () and week.days[5].opening == ((540, 720),)


def test_bookings_are_only_read_for_their_site(day: tuple) -> None:
    desk, _, people = day
    lunas = add_stations(desk.db, 1, LUN)
    with desk.db.write() as s:
        s.add(
            Booking(
                site_id=LUN,
                workstation_id=lunas[0],
                member_id=people["lucie"],
                starts_at=at("09:00"),
                ends_at=at("10:00"),
            )
        )
    with desk.db.read() as s:
        assert bookings.day_timeline(s, BED, TUESDAY, now=NOW).bookings == ()
    text = refused(
        desk,
        lambda s: bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, lunas[0], at("09:00"), at("10:00"), people["odile"]),
            now=NOW,
        ),
    )
    assert text == "Choose a workstation of this site."


# --- the booking and the seat agree -----------------------------------------------------------


def test_a_member_seated_for_their_booking_is_not_a_no_show(
    day: tuple[Desk, list[str], dict[str, str]],
) -> None:
    from lam_desk.services import tally, visits, workstations

    desk, stations, people = day
    with desk.db.write() as s:
        bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[2], at("10:00"), at("11:00"), people["odile"]),
            now=NOW,
        )
    with desk.db.write() as s:
        visit = visits.check_in_member(s, BED, people["odile"], ["free_access"], None, at("09:50"))
        placed = workstations.seat_or_queue(s, BED, visit.id, at("09:50"))
    assert placed.workstation == "Poste 3"  # the workstation booked for her
    with desk.db.write() as s:
        assert bookings.release_no_shows(s, BED, now=at("10:20")) == 0
    with desk.db.read() as s:
        figures = tally.day_tally(s, BED, TUESDAY, at("10:20"))
    assert (figures.no_shows, figures.bookings_honoured) == (0, 1)


def test_a_workstation_in_use_cannot_be_booked_before_its_session_ends(
    day: tuple[Desk, list[str], dict[str, str]],
) -> None:
    from lam_desk.services import visits, workstations

    desk, stations, people = day
    with desk.db.write() as s:
        visit = visits.check_in_member(s, BED, people["odile"], ["free_access"], None, at("10:00"))
        workstations.seat(s, BED, visit.id, stations[0], 60, at("10:00"))
    with desk.db.write() as s, pytest.raises(UserError) as refused:
        bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[0], at("10:30"), at("11:30"), people["karim"]),
            now=at("10:05"),
        )
    assert "in use until 11:00" in refused.value.message
    with desk.db.write() as s:
        later = bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[0], at("11:00"), at("12:00"), people["karim"]),
            now=at("10:05"),
        )
    assert later.workstation == "Poste 1"


def test_a_phone_booking_given_its_member_at_arrival_keeps_the_member_s_rules(
    day: tuple[Desk, list[str], dict[str, str]],
) -> None:
    desk, stations, people = day
    with desk.db.write() as s:
        bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[0], at("14:00"), at("16:00"), people["odile"]),
            now=NOW,
        )
        phone = bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[1], at("14:00"), at("15:00"), None, "Mme Fabre"),
            now=NOW,
        )
    with desk.db.write() as s, pytest.raises(UserError) as refused:
        bookings.mark_arrived(s, phone, people["odile"], now=at("13:55"))
    assert "already has a booking from 14:00 to 16:00" in refused.value.message
    with desk.db.read() as s:
        unchanged = bookings.get_booking(s, phone.id, now=at("13:56"))
    assert unchanged.member_id is None and unchanged.caller_name == "Mme Fabre"


def test_an_arrival_checks_the_person_in_and_seats_them_at_the_booked_workstation(
    day: tuple[Desk, list[str], dict[str, str]],
) -> None:
    from lam_desk.services import visits, workstations

    desk, stations, people = day
    with desk.db.write() as s:
        made = bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[1], at("10:00"), at("11:00"), people["odile"]),
            now=NOW,
        )
        taken = bookings.book(
            s,
            desk.animator,
            BookingDraft(BED, stations[2], at("10:00"), at("11:00"), people["karim"]),
            now=NOW,
        )
    with desk.db.write() as s:  # someone still sits at Poste 3
        walk_in = visits.check_in_anonymous(s, BED, ["free_access"], None, at("09:00"), ticket=True)
        workstations.seat(s, BED, walk_in.id, stations[2], 60, at("09:00"))
    with desk.db.write() as s:
        came = bookings.mark_arrived(s, made, now=at("09:58"), staff_user_id=desk.animator.id)
        waiting = bookings.mark_arrived(s, taken, now=at("10:02"))
    assert came.seated_until == at("11:00") and came.state == "arrived"
    assert waiting.seated_until is None and waiting.state == "arrived"
    with desk.db.read() as s:
        today = visits.todays_visits(s, BED, at("10:05"))
        board = workstations.board(s, BED, at("10:05"))
    assert sorted(v.who.member_id for v in today if v.who.member_id) == sorted(
        [people["odile"], people["karim"]]
    )
    seated = board.workstations[1].use
    assert seated is not None and seated.who.member_id == people["odile"]
