"""Rules of a check-in: the purposes chosen, an anonymous head count, the statistics snapshot
of the day, the anonymous tickets."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from lam_desk.domain.people import DESK_AGE_BANDS, AgeBand, Gender, Status, age_on
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Visits"
MAX_HEAD_COUNT = 60
TICKET_PREFIX = "T-"
_TICKET = re.compile(r"^T-(\d+)$")


@dataclass(frozen=True)
class Snapshot:
    """The StatsSnapshot columns of a visit (DESIGN.md §4): a member as they are on the day;
    a member's exact age has low == high, an anonymous band gives its range."""

    age_low: int | None = None
    age_high: int | None = None
    gender: str | None = None
    commune_insee: str | None = None
    status: str | None = None


def member_snapshot(
    day: date, birth_year: int | None, gender: str, commune_insee: str | None, status: str
) -> Snapshot:
    age = age_on(birth_year, day)
    return Snapshot(age, age, gender, commune_insee, status)


def anonymous_snapshot(band_code: str | None, gender: str | None) -> Snapshot:
    """A head count's optional age band (a code of DESK_AGE_BANDS) and gender."""
    band = age_band(band_code)
    if gender is not None and gender not in {g.value for g in Gender}:
        raise ValueError(f"unknown gender code {gender!r}")
    return Snapshot(
        band.low if band else None,
        band.high if band else None,
        gender if gender != Gender.NOT_GIVEN else None,
        None,
        None,
    )


def age_band(code: str | None) -> AgeBand | None:
    if code is None:
        return None
    for band in DESK_AGE_BANDS:
        if band.code == code:
            return band
    raise ValueError(f"unknown age band {code!r}")


def check_purposes(chosen: Sequence[str], known: Collection[str]) -> list[str]:
    """The purposes of a visit: at least one, each from the site's list, each once, in the
    order given."""
    unique = list(dict.fromkeys(chosen))
    if not unique:
        raise UserError(
            _CONTEXT, QT_TRANSLATE_NOOP("Visits", "Tick at least one reason for the visit.")
        )
    unknown = [code for code in unique if code not in known]
    if unknown:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "Visits", "This reason for a visit is not in the list any more: {code}."
            ),
            code=unknown[0],
        )
    return unique


def check_head_count(count: int) -> None:
    if not 1 <= count <= MAX_HEAD_COUNT:
        raise UserError(
            _CONTEXT,
            QT_TRANSLATE_NOOP("Visits", "Count from 1 to {most} people at a time."),
            most=MAX_HEAD_COUNT,
        )


def next_ticket(tickets_today: Iterable[str | None]) -> str:
    """The next anonymous ticket of the day ("T-1", "T-2"…): one more than the highest."""
    highest = 0
    for ticket in tickets_today:
        match = _TICKET.match(ticket or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{TICKET_PREFIX}{highest + 1}"


# The statuses a snapshot may hold (the member's status is copied as it is).
STATUSES = frozenset(s.value for s in Status)
