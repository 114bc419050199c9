"""The French communes with their postal codes (resources/data/communes.csv): names for the
desk, and the commune picker's search by postal code or name."""

from __future__ import annotations

import csv
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from lam_desk.domain import people
from lam_desk.paths import resource
from lam_desk.services.dto import CommuneRow

# What people type for the words communes spell out ("st pons", "ste croix").
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


@dataclass(frozen=True)
class _Entry:
    row: CommuneRow
    folded: str  # folded name, words separated by one space
    words: tuple[str, ...]
    lat: float
    lon: float


class CommuneDirectory:
    """Every commune, loaded once; looked up by INSEE code, searched by what is typed."""

    def __init__(self, entries: Sequence[_Entry]) -> None:
        self._entries = tuple(entries)
        self._by_insee = {e.row.insee: e for e in self._entries}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, insee: str | None) -> CommuneRow | None:
        entry = self._by_insee.get(insee or "")
        return entry.row if entry is not None else None

    def name_of(self, insee: str | None) -> str:
        entry = self._by_insee.get(insee or "")
        return entry.row.name if entry is not None else ""

    def search(self, text: str, *, near: str | None = None, limit: int = 30) -> list[CommuneRow]:
        """Communes whose postal code or INSEE code begins with the digits typed, or whose
        name holds words beginning with every word typed (accents, case, hyphens and "st"
        for "saint" aside). Order: a name typed whole first, then the communes nearest to
        the commune ``near`` (the desk's own: the area's communes come first), then by name.
        """
        typed = text.strip()
        if not typed:
            return []
        if typed[:1].isdigit():
            digits = "".join(ch for ch in typed if ch.isdigit())
            found = [
                e
                for e in self._entries
                if e.row.insee.startswith(digits)
                or any(code.startswith(digits) for code in e.row.postal_codes)
            ]
            exact: set[str] = set()
        else:
            words = [_ABBREVIATIONS.get(w, w) for w in people.fold(typed).split()]
            if not words:
                return []
            found = [e for e in self._entries if _holds(e.words, words)]
            whole = " ".join(words)
            exact = {e.row.insee for e in found if e.folded == whole}
        origin = self._by_insee.get(near or "")
        area = origin.row.department_code if origin is not None else None

        def order(entry: _Entry) -> tuple[bool, bool, float, str]:
            distance = _km(origin, entry) if origin is not None else 0.0
            elsewhere = entry.row.department_code != area
            return (elsewhere, entry.row.insee not in exact, distance, entry.folded)

        found.sort(key=order)
        return [e.row for e in found[:limit]]


def _holds(name_words: tuple[str, ...], typed: list[str]) -> bool:
    return all(any(word.startswith(t) for word in name_words) for t in typed)


def _km(a: _Entry, b: _Entry) -> float:
    """Distance on the ground, close enough to order communes by."""
    lat = math.radians((a.lat + b.lat) / 2)
    dx = (b.lon - a.lon) * math.cos(lat)
    dy = b.lat - a.lat
    return 111.2 * math.hypot(dx, dy)


_lock = threading.Lock()
_directory: CommuneDirectory | None = None


def directory() -> CommuneDirectory:
    """The communes, read from the reference list on first use (about 0.1 s), then kept."""
    global _directory
    with _lock:
        if _directory is None:
            _directory = _load()
        return _directory


def _load() -> CommuneDirectory:
    entries = []
    with resource("data", "communes.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            folded = people.fold(row["name"])
            entries.append(
                _Entry(
                    CommuneRow(
                        insee=row["insee_code"],
                        name=row["name"],
                        postal_codes=tuple(row["postal_codes"].split()),
                        department_code=row["department_code"],
                    ),
                    folded,
                    tuple(folded.split()),
                    float(row["lat"] or 0.0),
                    float(row["lon"] or 0.0),
                )
            )
    return CommuneDirectory(entries)


def commune_name(insee: str | None) -> str:
    return directory().name_of(insee)
