"""The demo network's ground: the communes of the Pays, each site's week, closures, holidays."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from lam_desk.paths import resource

# The Pays Haut Languedoc et Vignobles counts 95 communes (DESIGN.md §1). communes.csv says
# nothing of intercommunalities, so the demo takes a list made by a rule anyone can check:
# the communes of the three cantons (2025) that hold the ten sites (Saint-Pons-de-Thomières,
# Clermont-l'Hérault, Cazouls-lès-Béziers: 126 communes), without the Clermontais (postal codes
# 34800, 34230, 34725: the Pays Cœur d'Hérault, 16 communes), and of the 110 left the 95
# nearest to a site. That keeps the Orb and Jaur valleys, the Saint-Chinianais, the Minervois
# around Olonzac, the Capestang plain and the Avant-Monts around Roujan and Murviel; it drops
# the far edges of the Minervois and the Monts de l'Espinouse (Félines-Minervois, La
# Salvetat-sur-Agout, Ceilhes-et-Rocozels…), which are in the real Pays: close enough for a
# demonstration, and every code is a real commune of Hérault.
PAYS_COMMUNES: tuple[str, ...] = (
    "34006", "34008", "34015", "34018", "34019", "34020", "34021", "34026", "34028", "34030",
    "34038", "34040", "34044", "34049", "34052", "34053", "34055", "34061", "34062", "34065",
    "34069", "34070", "34074", "34075", "34080", "34081", "34083", "34086", "34089", "34092",
    "34096", "34100", "34104", "34105", "34109", "34117", "34119", "34121", "34126", "34130",
    "34144", "34147", "34149", "34155", "34158", "34160", "34161", "34167", "34168", "34178",
    "34181", "34187", "34189", "34190", "34191", "34193", "34200", "34201", "34206", "34211",
    "34214", "34216", "34218", "34219", "34223", "34225", "34226", "34228", "34229", "34232",
    "34234", "34235", "34237", "34245", "34250", "34252", "34257", "34258", "34260", "34269",
    "34271", "34273", "34279", "34284", "34291", "34302", "34305", "34308", "34310", "34312",
    "34319", "34331", "34334", "34335", "34339",
)  # fmt: skip


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str
    postal_code: str
    lat: float
    lon: float


@cache
def pays_communes() -> tuple[Commune, ...]:
    """The communes of PAYS_COMMUNES as communes.csv gives them (name, postal code, point)."""
    wanted = set(PAYS_COMMUNES)
    found: dict[str, Commune] = {}
    with resource("data", "communes.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["insee_code"] in wanted:
                found[row["insee_code"]] = Commune(
                    row["insee_code"],
                    row["name"],
                    row["postal_codes"].split()[0],
                    float(row["lat"]),
                    float(row["lon"]),
                )
    missing = wanted - set(found)
    if missing:
        raise LookupError(f"communes.csv lacks the communes {sorted(missing)}")
    return tuple(found[code] for code in PAYS_COMMUNES)


# --- the sites' weeks -----------------------------------------------------------------------

Interval = tuple[str, str]  # Europe/Paris wall clock, "HH:MM"
Week = dict[int, tuple[Interval, ...]]  # 0 = Monday … 6 = Sunday


@dataclass(frozen=True)
class SitePlan:
    """What the demo gives a site: its opening week, its workstations, how many members call
    it home, who records its visits (demo login names), and what it offers."""

    code: str
    week: Week
    workstations: int
    scanner: bool
    member_share: float
    staff: tuple[str, ...]
    out_of_service: str | None = None  # why one of its workstations is out of service


_DAY = (("09:00", "12:00"), ("14:00", "18:00"))

SITE_PLANS: tuple[SitePlan, ...] = (
    SitePlan(
        "BED",
        {1: _DAY, 2: _DAY, 3: _DAY, 4: _DAY, 5: (("09:00", "12:00"),)},
        12,
        True,
        0.20,
        ("camille", "camille", "camille", "coordination"),
    ),
    SitePlan(
        "CAP",
        {0: (("14:00", "18:00"),), **dict.fromkeys((1, 2, 3, 4), (("09:00", "12:30"), ("13:30", "17:30")))},
        8,
        True,
        0.12,
        ("sandrine", "lucas"),
    ),
    SitePlan("OLA", dict.fromkeys((1, 2, 3, 4, 5), _DAY), 6, False, 0.09, ("julien",)),
    SitePlan(
        "OLO",
        dict.fromkeys((0, 1, 2, 3, 4), (("08:30", "12:00"), ("13:30", "17:00"))),
        10,
        True,
        0.14,
        ("nadia",),
    ),
    SitePlan(
        "ROU",
        {
            1: _DAY,
            2: (("09:00", "12:00"), ("14:00", "19:00")),
            3: (("14:00", "18:00"),),
            4: _DAY,
            5: (("09:00", "12:00"),),
        },
        8,
        False,
        0.12,
        ("lucas", "sandrine"),
        out_of_service="Écran en panne : réparation demandée au fournisseur",
    ),
    SitePlan("SCH", {2: (("14:00", "18:00"),), 5: (("09:30", "12:30"),)}, 4, True, 0.08, ("nadia",)),
    SitePlan("SPO", {0: (("14:00", "17:30"),), 2: (("09:00", "12:00"),)}, 3, False, 0.08, ("julien",)),
    SitePlan("LUN", {0: (("14:00", "17:00"),), 3: (("09:00", "12:00"),)}, 2, False, 0.04, ("mathis",)),
    SitePlan(
        "SGE",
        {0: (("09:00", "12:00"),), 2: (("14:00", "17:00"),)},
        2,
        False,
        0.05,
        ("mathis", "camille"),
    ),
    SitePlan("MUR", {0: (("14:00", "18:00"),), 3: (("09:00", "12:00"),)}, 3, False, 0.08, ("lucas",)),
)  # fmt: skip


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def hhmm(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


_WEEKDAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def week_text(week: Week) -> str:
    """The week as a poster says it: "mar.–ven. 9 h–12 h et 14 h–18 h ; sam. 9 h–12 h"."""
    groups: list[tuple[list[int], tuple[Interval, ...]]] = []
    for day in sorted(week):
        if groups and groups[-1][1] == week[day] and groups[-1][0][-1] == day - 1:
            groups[-1][0].append(day)
        else:
            groups.append(([day], week[day]))
    parts = []
    for days, intervals in groups:
        label = _WEEKDAYS_FR[days[0]]
        if len(days) > 1:
            label += "–" + _WEEKDAYS_FR[days[-1]]
        hours = " et ".join(f"{_hour(a)}–{_hour(b)}" for a, b in intervals)
        parts.append(f"{label} {hours}")
    return " ; ".join(parts)


def _hour(text: str) -> str:
    hours, mins = text.split(":")
    return f"{int(hours)} h" + ("" if mins == "00" else f" {mins}")


# --- holidays and closures --------------------------------------------------------------------


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def public_holidays(year: int) -> list[tuple[date, str]]:
    """The public holidays of metropolitan France."""
    sunday = easter(year)
    return [
        (date(year, 1, 1), "Jour de l'an"),
        (sunday + timedelta(days=1), "Lundi de Pâques"),
        (date(year, 5, 1), "Fête du Travail"),
        (date(year, 5, 8), "Victoire 1945"),
        (sunday + timedelta(days=39), "Ascension"),
        (sunday + timedelta(days=50), "Lundi de Pentecôte"),
        (date(year, 7, 14), "Fête nationale"),
        (date(year, 8, 15), "Assomption"),
        (date(year, 11, 1), "Toussaint"),
        (date(year, 11, 11), "Armistice 1918"),
        (date(year, 12, 25), "Noël"),
    ]


def holidays_between(first: date, last: date) -> Iterator[tuple[date, str]]:
    for year in range(first.year, last.year + 1):
        for day, name in public_holidays(year):
            if first <= day <= last:
                yield day, name


def august_week(year: int, site_position: int) -> tuple[date, date]:
    """The summer week a site closes (Monday to Saturday): the sites take turns, so the
    network is never closed all at once."""
    first_monday = date(year, 8, 1) + timedelta(days=(7 - date(year, 8, 1).weekday()) % 7)
    monday = first_monday + timedelta(weeks=site_position % 3 + 1)
    return monday, monday + timedelta(days=5)


def semaine_bleue(year: int) -> date:
    """The Monday the Semaine bleue (national week of older people) starts: early October."""
    first = date(year, 10, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def fete_de_l_internet(year: int) -> date:
    """The Monday of the Fête de l'Internet week, around 20 March."""
    day = date(year, 3, 20)
    return day - timedelta(days=day.weekday())


MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
