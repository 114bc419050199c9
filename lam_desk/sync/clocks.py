"""The per-field clocks of a synced row, kept compact.

A row written whole (created, or pulled whole) stores one stamp for all its fields under
``"*"``; a later write of some fields adds those fields' own stamps. 200,000 members then cost
one stamp each rather than one per field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

ALL = "*"


def clock_of(clocks: Mapping[str, str] | None, field: str) -> str | None:
    """The stamp of the last write of ``field`` (None: never written through capture)."""
    if not clocks:
        return None
    return clocks.get(field, clocks.get(ALL))


def expand(clocks: Mapping[str, str] | None, fields: Iterable[str]) -> dict[str, str]:
    """Every field's stamp, as a plain mapping (what a DTO carries to the screen)."""
    out = {}
    for field in fields:
        stamp = clock_of(clocks, field)
        if stamp is not None:
            out[field] = stamp
    return out


def whole(stamp: str) -> dict[str, str]:
    """The clocks of a row written whole at ``stamp``."""
    return {ALL: stamp}


def stamped(clocks: Mapping[str, str] | None, fields: Iterable[str], stamp: str) -> dict[str, str]:
    """``clocks`` after a write of ``fields`` at ``stamp``."""
    out = dict(clocks or {})
    out.update(dict.fromkeys(fields, stamp))
    return out
