"""The walk-in queue: in the order people came, left or seated, recorded either way."""

from __future__ import annotations

import pytest
from desk_day import BED, NOW, add_member, add_workstations, minutes
from staff_desk import Desk

from lam_desk.db.models import QueueEntry
from lam_desk.errors import UserError
from lam_desk.services import queue, visits, workstations


def test_the_queue_keeps_arrival_order_and_records_who_left_and_who_was_seated(
    desk: Desk,
) -> None:
    ws = add_workstations(desk.db, 1)[0]
    member = add_member(desk.db)
    with desk.db.write() as s:
        first = visits.check_in_member(s, BED, member, ["job_search"], None, NOW)
        second = visits.check_in_anonymous(s, BED, ["print_scan"], None, NOW, ticket=True)
        third = visits.check_in_anonymous(s, BED, ["free_access"], None, NOW, ticket=True)
        a = queue.join(s, BED, first.id, NOW)
        b = queue.join(s, BED, second.id, NOW + minutes(1))
        c = queue.join(s, BED, third.id, NOW + minutes(2))
    with desk.db.read() as s:
        board = workstations.board(s, BED, NOW + minutes(3))
    assert [q.id for q in board.queue] == [a, b, c]
    assert [q.who.ticket for q in board.queue] == [None, "T-1", "T-2"]
    assert board.queue[0].who.name == "FABRE Odile"
    with desk.db.write() as s:
        queue.leave(s, b, NOW + minutes(10))
        workstations.seat(s, BED, first.id, ws, 60, NOW + minutes(12))
    with desk.db.read() as s:
        assert [q.id for q in workstations.board(s, BED, NOW).queue] == [c]
        left, seated = s.get(QueueEntry, b), s.get(QueueEntry, a)
        assert left is not None and seated is not None
        assert (left.outcome, left.left_at) == ("left", NOW + minutes(10))
        assert (seated.outcome, seated.left_at) == ("seated", NOW + minutes(12))
        # Leaving the queue is not leaving the desk.
        assert visits.todays_visits(s, BED, NOW)[1].open
    with pytest.raises(UserError, match="no longer in the queue"), desk.db.write() as s:
        queue.leave(s, b, NOW + minutes(20))


def test_nobody_is_queued_twice_or_while_seated_or_after_check_out(desk: Desk) -> None:
    ws = add_workstations(desk.db, 1)[0]
    with desk.db.write() as s:
        visit = visits.check_in_anonymous(s, BED, ["free_access"], None, NOW, ticket=True)
        queue.join(s, BED, visit.id, NOW)
    with pytest.raises(UserError, match="already in the queue"), desk.db.write() as s:
        queue.join(s, BED, visit.id, NOW)
    with desk.db.write() as s:
        workstations.seat(s, BED, visit.id, ws, 60, NOW)
    with pytest.raises(UserError, match="already sits at a workstation"), desk.db.write() as s:
        queue.join(s, BED, visit.id, NOW)
    with desk.db.write() as s:
        visits.check_out(s, visit.id, NOW + minutes(5))
    with pytest.raises(UserError, match="checked out meanwhile"), desk.db.write() as s:
        queue.join(s, BED, visit.id, NOW + minutes(6))
