"""Members of the public: statuses, genders, ages, and the rules of the name search."""

from __future__ import annotations

import hashlib
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


def display_name(family_name: str | None, given_name: str | None) -> str:
    """ "FABRE Odile": the family name in capitals, as the desk reads names everywhere."""
    return f"{(family_name or '').upper()} {given_name or ''}".strip()


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


# --- registering a member (DESIGN.md §6) -----------------------------------------------------

PARENTAL_AUTHORISATION_BELOW = 15
"""Children under this age need a parent's or guardian's authorisation to register."""

OLDEST_BIRTH_YEAR = 1900
NAME_MAX_LENGTH = 80

_NAME_CHARS = re.compile(r"[^\W\d_]+(?:[ '’\-.]+[^\W\d_]+)*\.?")
_SAME_LETTER_RUN = re.compile(r"([^\W\d_])\1{3,}", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]{2,}")
_POSTAL_CODE = re.compile(r"\d{5}")


class MemberRuleError(ValueError):
    """A rule of registration is broken at ``field`` (a MemberDraft field name); ``source``
    is the English text to translate (context "People")."""

    def __init__(self, field: str, source: str, **params: object) -> None:
        super().__init__(source)
        self.field = field
        self.source = source
        self.params = params


def tidy_given_name(text: str) -> str:
    """A given name typed all in small letters or all in capitals, written as a name is
    ("evelyne" → "Evelyne", "JEAN-PIERRE" → "Jean-Pierre", "marie-ève" → "Marie-Ève");
    one typed with its own capitals ("McKenzie") is kept as typed."""
    name = clean_name(text)
    if not name or not (name.islower() or name.isupper()):
        return name
    return re.sub(
        r"[^\W\d_]+", lambda part: part.group(0)[:1].upper() + part.group(0)[1:].lower(), name
    )


def tidy_phone(text: str) -> str:
    """A French number written the French way ("0652279335" → "06 52 27 93 35"); anything
    else as typed, its spaces made single."""
    plain = " ".join(text.split())
    digits = _NOT_A_DIGIT.sub("", plain)
    if len(digits) == 10 and digits.startswith("0") and re.fullmatch(r"[\d .\-]+", plain):
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return plain


_CIVILITY = re.compile(
    r"^\s*(?:m\.|mr\.?|mme\.?|mlle\.?|monsieur|madame|mademoiselle)\s+", re.IGNORECASE
)


def name_to_search(name: str) -> str:
    """What the member search can find of a name given on the phone: "Mme Roussel (tél.)"
    gives "Roussel" (no title, no note)."""
    return " ".join(_CIVILITY.sub("", re.sub(r"\([^)]*\)", " ", name)).split())


def clean_name(text: str) -> str:
    """A name as kept: composed accents (NFC), outer spaces off, inner runs of spaces made
    one."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def check_name(field: str, text: str) -> None:
    """A family or given name: letters (any alphabet), with spaces, hyphens, apostrophes or
    dots between words; not empty, not too long, no digit, no letter typed five times."""
    name = clean_name(text)
    if not name:
        raise MemberRuleError(
            field,
            QT_TRANSLATE_NOOP("People", "Enter the family name.")
            if field == "family_name"
            else QT_TRANSLATE_NOOP("People", "Enter the given name."),
        )
    if len(name) > NAME_MAX_LENGTH:
        raise MemberRuleError(
            field,
            QT_TRANSLATE_NOOP("People", "A name has at most {count} characters."),
            count=NAME_MAX_LENGTH,
        )
    if not _NAME_CHARS.fullmatch(name) or _SAME_LETTER_RUN.search(name):
        raise MemberRuleError(
            field,
            QT_TRANSLATE_NOOP(
                "People",
                "This does not look like a name: use letters, with spaces, hyphens or "
                "apostrophes between words.",
            ),
        )


def check_birth_year(birth_year: int | None, today: date) -> None:
    if birth_year is None:
        raise MemberRuleError("birth_year", QT_TRANSLATE_NOOP("People", "Enter the birth year."))
    if birth_year > today.year:
        raise MemberRuleError(
            "birth_year", QT_TRANSLATE_NOOP("People", "The birth year cannot be in the future.")
        )
    if birth_year < OLDEST_BIRTH_YEAR:
        raise MemberRuleError(
            "birth_year",
            QT_TRANSLATE_NOOP("People", "The birth year cannot be before {year}."),
            year=OLDEST_BIRTH_YEAR,
        )


def needs_parental_authorisation(birth_year: int | None, today: date) -> bool:
    age = age_on(birth_year, today)
    return age is not None and age < PARENTAL_AUTHORISATION_BELOW


def check_contact(phone: str, email: str, postal_code: str) -> None:
    if phone.strip():
        digits = phone_digits(phone)
        if not _PHONE.fullmatch(phone.strip()) or not 8 <= len(digits) <= 15:
            raise MemberRuleError(
                "phone",
                QT_TRANSLATE_NOOP(
                    "People",
                    "This phone number is not complete: 10 digits, such as 06 12 34 56 78.",
                ),
            )
    if email.strip() and not _EMAIL.fullmatch(email.strip()):
        raise MemberRuleError(
            "email",
            QT_TRANSLATE_NOOP("People", "This e-mail address is not complete (name@example.fr)."),
        )
    if postal_code.strip() and not _POSTAL_CODE.fullmatch(postal_code.strip()):
        raise MemberRuleError(
            "postal_code", QT_TRANSLATE_NOOP("People", "A postal code has 5 digits.")
        )


def check_consents(
    *,
    birth_year: int | None,
    today: date,
    notice_accepted: bool,
    charter_accepted: bool,
    parental_authorisation: bool,
    guardian_name: str,
) -> None:
    """The information notice and the house charter accepted; for a child under 15, the
    authorisation of a parent or guardian, and their name."""
    if not notice_accepted:
        raise MemberRuleError(
            "notice_accepted",
            QT_TRANSLATE_NOOP(
                "People", "The person must have read or heard the information notice."
            ),
        )
    if not charter_accepted:
        raise MemberRuleError(
            "charter_accepted",
            QT_TRANSLATE_NOOP("People", "The person must accept the house charter."),
        )
    if needs_parental_authorisation(birth_year, today):
        if not parental_authorisation:
            raise MemberRuleError(
                "parental_authorisation",
                QT_TRANSLATE_NOOP(
                    "People",
                    "Under {age}, a parent's or guardian's authorisation is needed.",
                ),
                age=PARENTAL_AUTHORISATION_BELOW,
            )
        if not clean_name(guardian_name):
            raise MemberRuleError(
                "guardian_name",
                QT_TRANSLATE_NOOP("People", "Enter the name of the parent or guardian."),
            )


# --- likely duplicates --------------------------------------------------------------------------


class DuplicateReason(StrEnum):
    SAME_NAME_AND_YEAR = "same_name_and_year"
    SAME_PHONE = "same_phone"
    SAME_EMAIL = "same_email"
    SIMILAR_NAME = "similar_name"


DUPLICATE_REASON_LABELS = {
    DuplicateReason.SAME_NAME_AND_YEAR: QT_TRANSLATE_NOOP("People", "same name and birth year"),
    DuplicateReason.SAME_PHONE: QT_TRANSLATE_NOOP("People", "same phone"),
    DuplicateReason.SAME_EMAIL: QT_TRANSLATE_NOOP("People", "same e-mail"),
    DuplicateReason.SIMILAR_NAME: QT_TRANSLATE_NOOP("People", "similar name"),
}


def comparable_name(family_name: str, given_name: str) -> tuple[str, str]:
    """Family and given name as duplicates are compared: folded, particles and spaces off
    ("de La Fontaine" and "Lafontaine" compare equal)."""
    family = fold(family_name).split()
    while len(family) > 1 and family[0] in _PARTICLES:
        family = family[1:]
    return "".join(family), "".join(fold(given_name).split())


def edit_distance(a: str, b: str, *, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), stopped at ``limit``."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) >= limit:
            return limit
        previous2, previous = previous, current
    return min(previous[-1], limit)


def similar_names(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Close spellings of one person's name: each part within one typo (two for long parts),
    or the family and given names typed the other way round."""

    def close(x: str, y: str) -> bool:
        if not x or not y:
            return False
        allowed = 1 if max(len(x), len(y)) < 8 else 2
        return edit_distance(x, y, limit=allowed + 1) <= allowed

    straight = close(a[0], b[0]) and close(a[1], b[1])
    swapped = close(a[0], b[1]) and close(a[1], b[0])
    return straight or swapped


def duplicate_reasons(
    new: tuple[str, str, int | None, str, str],
    old: tuple[str, str, int | None, str, str],
) -> tuple[DuplicateReason, ...]:
    """Why ``old`` may be the person being registered as ``new``; each is
    (family name, given name, birth year, phone, e-mail)."""
    new_name, old_name = comparable_name(new[0], new[1]), comparable_name(old[0], old[1])
    reasons = []
    same_year = new[2] is not None and new[2] == old[2]
    if new_name == old_name and same_year:
        reasons.append(DuplicateReason.SAME_NAME_AND_YEAR)
    new_phone, old_phone = phone_digits(new[3]), phone_digits(old[3])
    if len(new_phone) >= 8 and new_phone == old_phone:
        reasons.append(DuplicateReason.SAME_PHONE)
    if new[4].strip() and new[4].strip().casefold() == old[4].strip().casefold():
        reasons.append(DuplicateReason.SAME_EMAIL)
    near_year = new[2] is None or old[2] is None or abs(new[2] - old[2]) <= 1
    if (
        DuplicateReason.SAME_NAME_AND_YEAR not in reasons
        and near_year
        and (new_name == old_name or similar_names(new_name, old_name))
    ):
        reasons.append(DuplicateReason.SIMILAR_NAME)
    return tuple(reasons)


# --- card numbers ---------------------------------------------------------------------------
#
# A card number is the site code, a hyphen, the four digits of the desk that issued it and that
# desk's own sequence on five digits: "BED-482100042". Two desks of one site never share their
# four digits (a desk picks them from its node id, skipping those of cards it already holds from
# other desks, and picks again whenever its node id changes: a copied or restored database), so
# their numbers cannot meet, offline or not. Older numbers ("BED-000123") stay valid.

CARD_DESK_DIGITS = 4
CARD_SEQUENCE_DIGITS = 5


def card_number(site_code: str, desk_tag: int, sequence: int) -> str:
    return f"{site_code.upper()}-{desk_tag:0{CARD_DESK_DIGITS}d}{sequence:0{CARD_SEQUENCE_DIGITS}d}"


def desk_tag_candidates(node_id: str) -> Iterable[int]:
    """The desk digits a node tries in turn (1000-9999), from its id: the same node id
    always tries the same ones."""
    for attempt in range(10_000):
        digest = hashlib.sha256(f"{node_id}:{attempt}".encode()).digest()
        yield 1000 + int.from_bytes(digest[:4], "big") % 9000


def normalise_card_number(text: str) -> str | None:
    """A card number as typed or scanned ("bed-482100042", "BED482100042", " BED-000123 "),
    in the form it is kept; None when it is not one."""
    found = _WHOLE_CARD.fullmatch(text.strip())
    if found is None:
        return None
    return f"{found.group(1).upper()}-{found.group(2)}"


_WHOLE_CARD = re.compile(r"([A-Za-z]{2,4})\s*[-‐‑–]?\s*(\d{4,12})")
