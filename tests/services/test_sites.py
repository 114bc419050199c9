"""The settings of a site: read with defaults, saved by a coordinator only, all or nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from booking_desk import BED, NOW, TUESDAY, WEEK, draft_of, open_bedarieux
from sqlalchemy import func, select
from staff_desk import Desk

from lam_desk.db.models import Closure, OpeningHours, OutboxOp, SiteSettings
from lam_desk.errors import RefusedError, UserError
from lam_desk.services import sites
from lam_desk.services.dto import ClosureRow, OpeningIntervalRow


def test_a_site_never_set_has_the_defaults_and_is_open_all_day(desk: Desk) -> None:
    with desk.db.read() as s:
        row = sites.site_settings(s, BED, today=TUESDAY)
        calendar = sites.opening_calendar(s, BED)
    assert (row.booking_min_minutes, row.booking_max_minutes, row.no_show_minutes) == (30, 120, 15)
    assert row.purpose_codes is None and len(row.offered_purposes) == 11
    assert row.opening == () and not calendar.configured
    assert calendar.wall_intervals(TUESDAY) == ((0, 24 * 60),)


def test_a_coordinator_saves_the_week_the_lengths_and_the_purposes(desk: Desk) -> None:
    saved = open_bedarieux(
        desk,
        booking_quota_minutes=90,
        no_show_minutes=10,
        purpose_codes=("free_access", "job_search"),
    )
    assert saved.opening == tuple(sorted(WEEK, key=lambda i: (i.weekday, i.opens)))
    assert saved.booking_quota_minutes == 90 and saved.no_show_minutes == 10
    assert [p.code for p in saved.offered_purposes] == ["free_access", "job_search"]
    with desk.db.read() as s:
        rules = sites.booking_rules(s, BED)
        calendar = sites.opening_calendar(s, BED)
        ops = s.scalars(select(OutboxOp.entity)).all()
    assert rules.daily_quota_minutes == 90 and rules.no_show_minutes == 10
    assert calendar.wall_intervals(TUESDAY) == ((540, 720), (840, 1080))
    assert calendar.wall_intervals(TUESDAY - timedelta(days=1)) == ()  # closed on Mondays
    assert "site_settings" in ops and "opening_hours" in ops  # captured for sync


def test_saving_the_same_week_again_changes_no_row(desk: Desk) -> None:
    open_bedarieux(desk)
    with desk.db.read() as s:
        before = s.scalar(select(func.count()).select_from(OutboxOp))
    open_bedarieux(desk)
    with desk.db.read() as s:
        hours = s.scalar(
            select(func.count()).select_from(OpeningHours).where(OpeningHours.cl % 2 == 1)
        )
        ops = s.scalars(select(OutboxOp.entity).offset(before)).all()
    assert hours == len(WEEK)
    assert "opening_hours" not in ops


def test_an_animator_reads_but_cannot_save(desk: Desk) -> None:
    with desk.db.write() as s:
        seen = sites.site_settings(s, BED, today=TUESDAY)
        with pytest.raises(RefusedError) as refused:
            sites.update_site_settings(s, desk.animator, seen, draft_of(seen, opening=WEEK))
    assert "Only a coordinator" in refused.value.message
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(OpeningHours)) == 0
        assert s.scalar(select(func.count()).select_from(SiteSettings)) == 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"opening": (OpeningIntervalRow(1, "14:00", "12:00"),)},
            "Tuesday: the interval 14:00–12:00 ends before it starts.",
        ),
        (
            {
                "opening": (
                    OpeningIntervalRow(2, "09:00", "12:30"),
                    OpeningIntervalRow(2, "12:00", "18:00"),
                )
            },
            "Wednesday: the intervals 09:00–12:30 and 12:00–18:00 overlap or touch",
        ),
        ({"opening": (OpeningIntervalRow(2, "9h", "12:00"),)}, "“9h” is not a time"),
        ({"booking_quota_minutes": -30}, "The daily quota cannot be negative"),
        ({"booking_min_minutes": 0}, "above 0"),
        ({"booking_min_minutes": 150}, "shortest booking cannot be longer"),
        ({"session_default_minutes": 300}, "usual length of a session"),
        ({"no_show_minutes": 45}, "no-show delay must be shorter"),
        ({"purpose_codes": ()}, "at least one purpose"),
        (
            {"closures": (ClosureRow(None, TUESDAY, TUESDAY - timedelta(days=2), "Travaux"),)},
            "A closure ends before it starts",
        ),
    ],
)
def test_bad_settings_are_refused_with_a_clear_message_and_nothing_is_saved(
    desk: Desk, changes: dict[str, object], message: str
) -> None:
    open_bedarieux(desk)
    with desk.db.read() as s:
        before = sites.site_settings(s, BED, today=TUESDAY)
        ops = s.scalar(select(func.count()).select_from(OutboxOp))
    # The refused draft also holds a valid change of another field: it is not kept either.
    draft = draft_of(before, session_max_minutes=180, **changes)
    with pytest.raises(UserError) as refused, desk.db.write() as s:
        sites.update_site_settings(s, desk.coordinator, before, draft, now=NOW)
    assert message in refused.value.message
    with desk.db.read() as s:
        assert sites.site_settings(s, BED, today=TUESDAY) == before
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == ops


def test_closures_are_added_changed_and_removed_and_past_ones_kept(desk: Desk) -> None:
    with desk.db.write() as s:
        s.add(Closure(site_id=BED, first_day=TUESDAY - timedelta(days=40),
                      last_day=TUESDAY - timedelta(days=35), reason="Hiver"))  # fmt: skip
    first = open_bedarieux(
        desk,
        closures=(
            ClosureRow(None, TUESDAY, TUESDAY, "Formation des animateurs"),
            ClosureRow(None, TUESDAY + timedelta(days=30), TUESDAY + timedelta(days=35), "Travaux"),
        ),
    )
    assert [c.reason for c in first.closures] == ["Formation des animateurs", "Travaux"]
    works = first.closures[1]
    with desk.db.write() as s:
        second = sites.update_site_settings(
            s,
            desk.coordinator,
            first,
            draft_of(
                first,
                closures=(
                    ClosureRow(works.id, works.first_day, works.last_day, "Travaux : câblage"),
                ),
            ),
            now=NOW,
        )
    assert [(c.id, c.reason) for c in second.closures] == [(works.id, "Travaux : câblage")]
    with desk.db.read() as s:
        alive = s.scalars(select(Closure.reason).where(Closure.cl % 2 == 1)).all()
        calendar = sites.opening_calendar(s, BED)
    assert sorted(alive) == ["Hiver", "Travaux : câblage"]
    assert calendar.wall_intervals(TUESDAY) != ()
    closed = calendar.closed_day(works.first_day)
    assert closed is not None and closed.reason == "Travaux : câblage"


def test_two_desks_writing_a_site_s_settings_make_one_row(desk: Desk) -> None:
    open_bedarieux(desk)
    with desk.db.read() as s:
        ids = s.scalars(select(SiteSettings.id)).all()
    assert ids == [sites.settings_id("BED")]
