"""The hybrid logical clock: stamps only go forward, whatever the PC clock does."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from hypothesis import given, strategies as st

from lam_desk.sync.hlc import MAX_COUNTER, REFERENCE_STAMP, HybridLogicalClock, Stamp

WALLS = st.integers(min_value=0, max_value=10**15 - 10**7)
NODE_IDS = st.text(min_size=1, max_size=40)
STAMPS = st.builds(Stamp, WALLS, st.integers(min_value=0, max_value=MAX_COUNTER), NODE_IDS)


def replay(readings: list[int]) -> Iterator[int]:
    """A wall clock that returns the given readings in turn (the PC clock, set by hand)."""
    yield from readings


def clock_reading(readings: list[int], state: tuple[int, int] = (0, 0)) -> HybridLogicalClock:
    source = replay(readings)
    return HybridLogicalClock("node-a", wall=lambda: next(source), state=state)


@given(st.lists(WALLS, min_size=1, max_size=60))
def test_stamps_strictly_increase_even_when_the_wall_clock_goes_back(readings: list[int]) -> None:
    clock = clock_reading(readings)
    stamps = [clock.now() for _ in readings]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    assert all(a.encode() < b.encode() for a, b in itertools.pairwise(stamps))
    # A stamp is never behind the wall clock it was made with.
    assert all(s.wall_ms >= w for s, w in zip(stamps, readings, strict=True))


@given(WALLS, st.integers(min_value=1, max_value=10**7))
def test_a_restarted_clock_resumes_after_its_persisted_state(wall: int, turned_back: int) -> None:
    before = clock_reading([wall])
    last = before.now()
    after = clock_reading([max(wall - turned_back, 0)], state=before.state)
    assert after.now() > last


def test_the_counter_never_outgrows_the_text_so_text_order_holds() -> None:
    clock = clock_reading([5] * 4, state=(1_000, MAX_COUNTER - 1))
    stamps = [clock.now() for _ in range(4)]
    texts = [s.encode() for s in stamps]
    assert texts == sorted(texts)
    assert len(set(texts)) == 4
    assert all(len(t.split(".")[1]) == 6 for t in texts)


@given(st.lists(WALLS, min_size=1, max_size=10), STAMPS)
def test_observe_moves_past_a_remote_stamp(readings: list[int], remote: Stamp) -> None:
    clock = clock_reading([*readings, *readings])
    for _ in readings:
        clock.now()
    clock.observe(remote)
    mine = clock.now()
    assert (mine.wall_ms, mine.counter) > (remote.wall_ms, remote.counter)
    assert mine.encode() > Stamp(remote.wall_ms, remote.counter, "").encode()


@given(WALLS, STAMPS)
def test_observing_an_older_stamp_does_not_move_the_clock_back(wall: int, remote: Stamp) -> None:
    clock = clock_reading([wall, wall])
    first = clock.now()
    clock.observe(remote)
    assert clock.now() > first


@given(STAMPS)
def test_encode_decode_round_trip(stamp: Stamp) -> None:
    assert Stamp.decode(stamp.encode()) == stamp


@given(STAMPS, STAMPS)
def test_text_order_of_stamps_is_their_order(a: Stamp, b: Stamp) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)


@given(STAMPS)
def test_reference_stamp_is_older_than_any_real_write(stamp: Stamp) -> None:
    real = Stamp(max(stamp.wall_ms, 1), stamp.counter, stamp.node_id)
    assert real.encode() > REFERENCE_STAMP
    assert Stamp.decode(REFERENCE_STAMP).encode() == REFERENCE_STAMP
