"""The hybrid logical clock (DESIGN.md §5.2): wall milliseconds plus a counter.

Stamps are text of fixed width, ``WWWWWWWWWWWWWWW.CCCCCC.<node id>``, so comparing two stamps
as strings gives the total order ``(hlc, node_id)`` that merges use on every side.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

WallClock = Callable[[], int]

# The stamp of reference rows seeded identically on every desk: older than any real write.
REFERENCE_STAMP = "000000000000000.000000.reference"

# How far ahead of the server's clock a desk's clock (and so a stamp) may be: beyond it the
# desk does not push, the central store refuses the stamp, and a pulled stamp does not move
# the desk's clock further than its own wall clock plus this.
MAX_AHEAD_MS = 2 * 60 * 1000

# The widest counter the fixed-width text holds; past it the clock moves on by one millisecond,
# or the text order of stamps would no longer be their order.
MAX_COUNTER = 999_999

_STAMP = re.compile(r"[0-9]{15}\.[0-9]{6}\..+")


def system_wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:06d}.{self.node_id}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, counter, node = text.split(".", 2)
        return cls(int(wall), int(counter), node)

    @classmethod
    def well_formed(cls, text: str) -> bool:
        """Fixed width (15 digits, 6 digits, a node id): only such stamps order as text."""
        return _STAMP.fullmatch(text) is not None


class HybridLogicalClock:
    """Issues stamps that never go backwards, even when the PC clock does.

    The caller persists ``state`` with every write that used a stamp (the node row), and
    restores it at start, so a restart after the clock was turned back stays monotonic.
    """

    def __init__(
        self, node_id: str, *, wall: WallClock = system_wall_ms, state: tuple[int, int] = (0, 0)
    ) -> None:
        self.node_id = node_id
        self._wall = wall
        self._last_wall, self._counter = state

    @property
    def state(self) -> tuple[int, int]:
        return self._last_wall, self._counter

    def now(self) -> Stamp:
        wall = self._wall()
        if wall > self._last_wall:
            self._last_wall, self._counter = wall, 0
        elif self._counter >= MAX_COUNTER:
            self._last_wall, self._counter = self._last_wall + 1, 0
        else:
            self._counter += 1
        return Stamp(self._last_wall, self._counter, self.node_id)

    def observe(self, remote: Stamp) -> None:
        """Move past a stamp seen from another node, so our next stamp orders after it."""
        if (remote.wall_ms, remote.counter) > (self._last_wall, self._counter):
            self._last_wall, self._counter = remote.wall_ms, remote.counter
