"""Members of the public as the statistics see them: statuses, genders, ages, name keys."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lam_desk.i18n import QT_TRANSLATE_NOOP


class Gender(StrEnum):
    FEMALE = "f"
    MALE = "m"
    OTHER = "x"
    NOT_GIVEN = "-"


class Status(StrEnum):
    """Situation of a member on the day (DESIGN.md §6)."""

    JOB_SEEKER = "job_seeker"
    EMPLOYED = "employed"
    RETIRED = "retired"
    PUPIL_STUDENT = "pupil_student"
    OTHER = "other"


GENDER_LABELS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("People", "Woman"),
    Gender.MALE: QT_TRANSLATE_NOOP("People", "Man"),
    Gender.OTHER: QT_TRANSLATE_NOOP("People", "Other"),
    Gender.NOT_GIVEN: QT_TRANSLATE_NOOP("People", "Not given"),
}

STATUS_LABELS = {
    Status.JOB_SEEKER: QT_TRANSLATE_NOOP("People", "Job seeker"),
    Status.EMPLOYED: QT_TRANSLATE_NOOP("People", "Employed"),
    Status.RETIRED: QT_TRANSLATE_NOOP("People", "Retired"),
    Status.PUPIL_STUDENT: QT_TRANSLATE_NOOP("People", "Pupil or student"),
    Status.OTHER: QT_TRANSLATE_NOOP("People", "Other"),
}

# Particles that stand before a family name and that people leave out when they search.
_PARTICLES = (
    "de la ",
    "de l'",
    "du ",
    "des ",
    "de ",
    "d'",
    "le ",
    "la ",
    "l'",
    "van der ",
    "van ",
    "von ",
)
_SEPARATORS = re.compile(r"[\s'’\-‐‑–.]+")


def fold(text: str) -> str:
    """Lower case, without accents, with apostrophes, hyphens and spaces made one space:
    "Lefèvre-Müller" → "lefevre muller", "N’Diaye" → "n diaye"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = (
        bare.replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "o")
        .replace("ł", "l")
        .replace("Ł", "l")
    )
    bare = (
        bare.replace("æ", "ae")
        .replace("Æ", "ae")
        .replace("œ", "oe")
        .replace("Œ", "oe")
        .replace("đ", "d")
    )
    return _SEPARATORS.sub(" ", bare.casefold()).strip()


def search_key(family_name: str, given_name: str) -> str:
    """The text a name search runs on: family then given name, folded, also without particles,
    so that "bedar", "de la fontaine", "fontaine" and "jean fontaine" all find their person."""
    family = fold(family_name)
    given = fold(given_name)
    keys = {f"{family} {given}".strip(), f"{given} {family}".strip()}
    lowered = family_name.casefold()
    for particle in _PARTICLES:
        if lowered.startswith(particle):
            bare_family = fold(family_name[len(particle) :])
            keys.add(f"{bare_family} {given}".strip())
            break
    return "|".join(sorted(keys))


def age_on(birth_year: int | None, day: date) -> int | None:
    """Age reached in the year of ``day`` (only the birth year is kept, DESIGN.md §6)."""
    if birth_year is None:
        return None
    return day.year - birth_year


@dataclass(frozen=True)
class AgeBand:
    code: str
    low: int
    high: int | None  # inclusive; None = no upper bound

    def holds(self, age: int) -> bool:
        return age >= self.low and (self.high is None or age <= self.high)


# The desk's own bands; funders' schemes are mapped from the age kept on each row.
DESK_AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0-14", 0, 14),
    AgeBand("15-25", 15, 25),
    AgeBand("26-44", 26, 44),
    AgeBand("45-59", 45, 59),
    AgeBand("60-74", 60, 74),
    AgeBand("75+", 75, None),
)


def band_of(age: int | None, bands: tuple[AgeBand, ...] = DESK_AGE_BANDS) -> AgeBand | None:
    if age is None:
        return None
    return next((b for b in bands if b.holds(age)), None)
