"""Members of the public: statuses, genders, ages, and the rules of the name search."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
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

# Words that stand before a family name and that people leave out when they search
# ("Fontaine" for "de La Fontaine"), folded.
_PARTICLES = frozenset(
    {"de", "la", "le", "les", "l", "d", "du", "des", "da", "di", "del", "dos", "van", "der", "von"}
)

# Letters that do not decompose into a base letter and accents (after casefold).
_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "·": ""}
)
_NOT_A_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case, without accents, with anything that is not a letter or digit (apostrophes,
    hyphens, dots, spaces) made one space: "Lefèvre-Müller" → "lefevre muller",
    "N’Diaye" → "n diaye", "Øster" → "oster", "Şahin" → "sahin"."""
    lowered = text.casefold()
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        lowered = bare.casefold().translate(_LETTERS)
    return _NOT_A_WORD.sub(" ", lowered).strip()


# --- the member search ------------------------------------------------------------------------
#
# A name is found when every word typed is the beginning of a word of the name (family or given
# name, in any order), accents, case, hyphens and apostrophes aside: "bedar", "jean font",
# "font jean", "fontaine", "lefevre mul", "n'diaye", "n diaye". A family name of several words
# is also found written as one ("ndiaye", "delafontaine", "lefevremuller").
#
# The local index (lam_desk.db.indexes) stores, for each member, one key per word of the name:
# the words of the name rotated to start at that word, the end of the name part it starts in
# (family or given name) marked with NAME_PART_END: "fontaine⁑jean delafontaine de la" for
# Jean de La Fontaine (⁑ standing for the mark). The index then finds the name by the beginning
# of any of its words with one range scan, and the other words typed are checked against the
# rest of the key. The mark sorts before any letter and the space, so the keys of one range come
# in alphabetical order of the name part, then of the rest: "martin⁑anne", "martin⁑zoe",
# "martin dupont⁑paul", "martinez⁑bruno". Keys that start with a word of the given name
# begin with GIVEN_NAME_FIRST, so people found by their family name can be listed before
# people found by their given name, each in alphabetical order, straight from the index.

GIVEN_NAME_FIRST = " "
"""Mark of the keys that start with a word of the given name (folded text never starts with a
space, so the two kinds of keys are two separate ranges of the index)."""

NAME_PART_END = "\x1f"
"""Mark between the name part a key starts in and the rest of the name (folded text never
holds it; it sorts before the space and every letter)."""

SEARCH_KEY_FORMAT = "3"
"""Changes whenever ``search_keys`` writes other keys: the local index is then rebuilt."""

# A card number as printed ("BED-000123"), or its beginning, with or without the hyphen, or
# the digits alone (any site).
_CARD = re.compile(r"([a-z]{2,4})?\s*[-‐‑–]?\s*(\d+)", re.IGNORECASE)


def name_words(family_name: str, given_name: str) -> tuple[str, ...]:
    """The words a name is found by: family then given name, folded, and the family name
    written as one word when it has several ("n diaye amadou ndiaye")."""
    family = fold(family_name).split()
    given = fold(given_name).split()
    joined = ["".join(family)] if len(family) > 1 else []
    return (*family, *given, *joined)


def search_keys(family_name: str, given_name: str) -> tuple[str, ...]:
    """The keys of a name in the local search index: the words of the name rotated to start
    at each of them, NAME_PART_END after the name part the key starts in; keys starting at a
    given-name word are marked with GIVEN_NAME_FIRST."""
    family = fold(family_name).split()
    given = fold(given_name).split()
    joined = ["".join(family)] if len(family) > 1 else []

    def key(part: list[str], rest: list[str]) -> str:
        return " ".join(part) + NAME_PART_END + " ".join(rest)

    keys = {key(family[i:], [*given, *joined, *family[:i]]) for i in range(len(family))}
    keys |= {key(joined, [*given, *family]) for _ in joined}
    keys |= {
        GIVEN_NAME_FIRST + key(given[j:], [*family, *joined, *given[:j]]) for j in range(len(given))
    }
    return tuple(sorted(keys))


def key_words(key: str) -> list[str]:
    """The words of a key, as the search reads them."""
    return _KEY_WORD_GAP.split(key.removeprefix(GIVEN_NAME_FIRST).strip(" " + NAME_PART_END))


_KEY_WORD_GAP = re.compile(f"[ {NAME_PART_END}]+")


@dataclass(frozen=True)
class MemberQuery:
    """What was typed in the member search box, made ready for the index.

    ``words``: the folded words of a name search; ``card_prefixes``: for a card-number search
    (the text holds a digit), the beginnings of card numbers to look for; ``phone_prefix``:
    the beginning of a phone number, as ``phone_digits`` writes it. ``lead_at`` picks
    the word the index looks up (``led_by``); by default the longest.
    """

    words: tuple[str, ...] = ()
    card_prefixes: tuple[str, ...] = ()
    lead_at: int | None = None
    phone_prefix: str = ""

    @property
    def lead(self) -> str:
        """The word the index looks up; any word finds the same people, and the fewer keys
        begin with it, the shorter the range scan (the longest is a fair guess)."""
        if self.lead_at is not None:
            return self.words[self.lead_at]
        return max(self.words, key=len)

    @property
    def other_words(self) -> tuple[str, ...]:
        """The words checked against the keys the lead word found."""
        at = self.words.index(self.lead) if self.lead_at is None else self.lead_at
        return self.words[:at] + self.words[at + 1 :]

    def led_by(self, at: int) -> MemberQuery:
        """The same search, looked up by its word at ``at``."""
        return replace(self, lead_at=at)


def parse_member_query(text: str, site_codes: Iterable[str] = ()) -> MemberQuery:
    """Read the search box: a card number (whole or its beginning: "BED-0001", "bed0001";
    digits alone look in the cards of every site in ``site_codes``) when the text holds a
    digit, else the folded words of a name."""
    if any(ch.isdigit() for ch in text):
        phone = phone_digits(text) if _PHONE.fullmatch(text.strip()) else ""
        if len(phone) < PHONE_SEARCH_MIN_DIGITS or not _PHONE_START.match(phone):
            phone = ""
        card = _CARD.fullmatch(text.strip())
        if card is None:
            return MemberQuery(phone_prefix=phone)
        code, digits = card.groups()
        codes = [code.upper()] if code else sorted({c.upper() for c in site_codes})
        return MemberQuery(card_prefixes=tuple(f"{c}-{digits}" for c in codes), phone_prefix=phone)
    return MemberQuery(words=tuple(fold(text).split()))


# A phone number as people type it: digits, spaces, dots, hyphens, a leading "+".
_PHONE = re.compile(r"\+?[\d .\-‐‑/()]+")
_NOT_A_DIGIT = re.compile(r"\D+")

PHONE_SEARCH_MIN_DIGITS = 4
"""Fewer digits typed than this look only for card numbers (every number starts with 0)."""

# How a phone number begins: 0 and a digit that is not 0 in France, 00 abroad ("+").
# Anything else ("0001") can only be a card number.
_PHONE_START = re.compile(r"0[1-9]|00[1-9]")


def phone_digits(text: str) -> str:
    """A phone number as the search compares it: its digits, the French national form for
    "+33" and "0033" numbers ("+33 6 12 34 56 78" → "0612345678")."""
    digits = _NOT_A_DIGIT.sub("", text)
    if text.strip().startswith("+33") or digits.startswith("0033"):
        digits = "0" + digits.removeprefix("00").removeprefix("33").removeprefix("0")
    elif text.strip().startswith("+"):
        digits = "00" + digits
    return digits


def name_matches(query: MemberQuery, family_name: str, given_name: str) -> bool:
    """The rule of the name search, as people read it: every word typed begins a word of the
    name (the index gives the same answer through ``key_matches``)."""
    words = name_words(family_name, given_name)
    return bool(query.words) and all(
        any(word.startswith(typed) for word in words) for typed in query.words
    )


def key_matches(query: MemberQuery, key: str) -> bool:
    """What the index checks on one key: it begins with the lead word, and every other word
    typed begins one of its words, after a space or NAME_PART_END (the SQL does the same with
    ``instr``)."""
    body = key.removeprefix(GIVEN_NAME_FIRST)
    spaced = f" {body}"
    return body.startswith(query.lead) and all(
        f" {w}" in spaced or f"{NAME_PART_END}{w}" in spaced for w in query.other_words
    )


def family_name_forms(family_name: str) -> frozenset[str]:
    """The family name as it may be typed whole: folded, without its leading particles, and
    written as one word ("de la fontaine", "la fontaine", "fontaine", "delafontaine")."""
    words = fold(family_name).split()
    if not words:
        return frozenset()
    forms = {" ".join(words), "".join(words)}
    while len(words) > 1 and words[0] in _PARTICLES:
        words = words[1:]
        forms.add(" ".join(words))
    return frozenset(forms)


def is_exact_family_match(query: MemberQuery, family_name: str) -> bool:
    """The typed words hold the whole family name (such members are listed first)."""
    typed = query.words
    runs = {" ".join(typed[i:j]) for i in range(len(typed)) for j in range(i + 1, len(typed) + 1)}
    return not runs.isdisjoint(family_name_forms(family_name))


def prefix_range(prefix: str) -> tuple[str, str | None]:
    """``(low, high)`` such that a text starts with ``prefix`` exactly when
    ``low <= text < high`` (``high`` None: no upper bound). Code-point order, which is also
    SQLite's order of UTF-8 text, so the index answers with a range scan."""
    chars = list(prefix)
    while chars:
        following = ord(chars.pop()) + 1
        if 0xD800 <= following <= 0xDFFF:  # surrogates are never in text
            following = 0xE000
        if following <= 0x10FFFF:
            return prefix, "".join(chars) + chr(following)
    return prefix, None


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
