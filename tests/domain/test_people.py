"""Rules of the member search: folding names, the index keys, reading what is typed."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, strategies as st

from lam_desk.domain.people import (
    GIVEN_NAME_FIRST,
    NAME_PART_END,
    MemberQuery,
    family_name_forms,
    fold,
    is_exact_family_match,
    key_matches,
    key_words,
    name_matches,
    name_to_search,
    name_words,
    parse_member_query,
    prefix_range,
    search_keys,
    tidy_given_name,
    tidy_phone,
)

# Letters of names met at the desks, with their accents, and what joins the parts of a name.
NAME_LETTERS = "abcdeéèêëfghiïîjklmnoôöpqrsßtuùüvwxyzàâäçñąćęłńóśźżăđễịøşţğıæœ"
name_part = st.text(alphabet=NAME_LETTERS + NAME_LETTERS.upper(), min_size=1, max_size=9)
names = st.lists(name_part, min_size=1, max_size=4).flatmap(
    lambda parts: st.lists(
        st.sampled_from([" ", "-", "'", "’", " - "]),
        min_size=len(parts) - 1,
        max_size=len(parts) - 1,
    ).map(lambda joins: parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=True)))
)
any_text = st.text(max_size=30)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("BÉDARIDE", "bedaride"),
        ("de La Fontaine", "de la fontaine"),
        ("N'Diaye", "n diaye"),
        ("N’Diaye", "n diaye"),
        ("Lefèvre-Müller", "lefevre muller"),
        ("Dąbrowski", "dabrowski"),
        ("Nguyễn Thị", "nguyen thi"),
        ("Øster", "oster"),
        ("Şahin", "sahin"),
        ("Łukasz Đặng", "lukasz dang"),
        ("Yıldız İlker", "yildiz ilker"),
        ("Strauß", "strauss"),
        ("Lætitia Cœur", "laetitia coeur"),
        ("  Saint-Jean  d’Angély ", "saint jean d angely"),
    ],
)
def test_fold(name: str, folded: str) -> None:
    assert fold(name) == folded


@given(any_text)
def test_fold_is_stable_and_leaves_single_spaced_words(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == " ".join(folded.split())
    assert not re.search(r"[^\w ]|_", folded)


@given(names)
def test_fold_ignores_case(name: str) -> None:
    assert fold(name.upper()) == fold(name.lower()) == fold(name)


@given(any_text, any_text)
def test_prefix_range_holds_exactly_the_texts_that_begin_with_the_prefix(
    prefix: str, text: str
) -> None:
    low, high = prefix_range(prefix)
    inside = low <= text and (high is None or text < high)
    assert inside == text.startswith(prefix)
    # SQLite compares UTF-8 bytes: the same order.
    encoded = text.encode()
    inside_bytes = low.encode() <= encoded and (high is None or encoded < high.encode())
    assert inside_bytes == inside


@given(any_text)
def test_prefix_range_of_a_prefix_holds_its_longer_texts(prefix: str) -> None:
    low, high = prefix_range(prefix)
    for text in (prefix, prefix + "a", prefix + "\U0010ffff", prefix + "zzz"):
        assert low <= text and (high is None or text < high)


# --- the index keys ---------------------------------------------------------------------------


def test_keys_of_a_name_with_a_particle() -> None:
    end = NAME_PART_END
    assert search_keys("de La Fontaine", "Jean") == (
        f"{GIVEN_NAME_FIRST}jean{end}de la fontaine delafontaine",
        f"de la fontaine{end}jean delafontaine",
        f"delafontaine{end}jean de la fontaine",
        f"fontaine{end}jean delafontaine de la",
        f"la fontaine{end}jean delafontaine de",
    )


def test_keys_sort_by_the_name_part_then_the_rest() -> None:
    people = [
        ("Martinez", "Bruno"),
        ("Martin-Dupont", "Paul"),
        ("Martin", "Zoé"),
        ("Martin", "Anne"),
    ]

    def family_first(family: str, given_name: str) -> str:
        keys = search_keys(family, given_name)
        return next(k for k in keys if k.startswith(fold(family) + NAME_PART_END))

    assert [f"{f} {g}" for f, g in sorted(people, key=lambda p: family_first(*p))] == [
        "Martin Anne",
        "Martin Zoé",
        "Martin-Dupont Paul",
        "Martinez Bruno",
    ]


@given(names, names)
def test_every_key_holds_every_word_of_the_name_once(family: str, given_name: str) -> None:
    words = sorted(name_words(family, given_name))
    keys = search_keys(family, given_name)
    for key in keys:
        assert sorted(key_words(key)) == words
    starts = {key_words(key)[0] for key in keys}
    assert starts == set(words)
    given_first = [key for key in keys if key.startswith(GIVEN_NAME_FIRST)]
    assert {key_words(k)[0] for k in given_first} == set(fold(given_name).split())


def test_no_keys_for_an_empty_name() -> None:
    assert search_keys("", "") == ()
    assert search_keys(" - ", "'") == ()


@given(names, names, any_text)
def test_the_index_keys_find_exactly_whom_the_rule_names(
    family: str, given_name: str, typed: str
) -> None:
    query = parse_member_query(typed)
    assume(query.words)
    by_keys = any(key_matches(query, key) for key in search_keys(family, given_name))
    assert by_keys == name_matches(query, family, given_name)


@given(names, names, any_text, st.integers(0, 5))
def test_any_word_typed_may_lead_the_index(
    family: str, given_name: str, typed: str, at: int
) -> None:
    query = parse_member_query(typed)
    assume(query.words)
    led = query.led_by(at % len(query.words))
    assert sorted([led.lead, *led.other_words]) == sorted(query.words)
    keys = search_keys(family, given_name)
    assert any(key_matches(led, k) for k in keys) == any(key_matches(query, k) for k in keys)


@st.composite
def typed_for(draw: st.DrawFn, name: tuple[str, str]) -> str:
    """What someone looking for this name may type: beginnings of some of its words, in any
    order, in any case, with the accents or without."""
    words = name_words(*name)
    chosen = draw(st.lists(st.sampled_from(words), min_size=1, max_size=3))
    parts = [w[: draw(st.integers(1, len(w)))] for w in chosen]
    text = draw(st.sampled_from([" ", "-", " '"])).join(parts)
    return text.upper() if draw(st.booleans()) else text


@given(st.tuples(names, names).flatmap(lambda n: st.tuples(st.just(n), typed_for(n))))
def test_beginnings_of_the_words_of_a_name_find_it(case: tuple[tuple[str, str], str]) -> None:
    (family, given_name), typed = case
    query = parse_member_query(typed)
    assert name_matches(query, family, given_name)
    assert any(key_matches(query, key) for key in search_keys(family, given_name))


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("jean font", True),
        ("font jean", True),
        ("FONTAINE", True),
        ("la font", True),
        ("delafont", True),
        ("jean fontaine paul", False),
        ("fontaines", False),
        ("ean", False),
    ],
)
def test_name_matches(typed: str, found: bool) -> None:
    assert name_matches(parse_member_query(typed), "de La Fontaine", "Jean") == found


# --- what is typed --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("Jean  FONT", ("jean", "font")),
        ("n'diaye", ("n", "diaye")),
        ("ndiaye", ("ndiaye",)),
        ("Lefèvre-Mül", ("lefevre", "mul")),
        ("", ()),
        ("  ' - ", ()),
    ],
)
def test_a_name_search_reads_folded_words(typed: str, words: tuple[str, ...]) -> None:
    assert parse_member_query(typed) == MemberQuery(words=words)


@pytest.mark.parametrize(
    ("typed", "prefixes"),
    [
        ("BED-000123", ("BED-000123",)),
        ("bed-0001", ("BED-0001",)),
        ("bed0001", ("BED-0001",)),
        (" Bed 00 ", ("BED-00",)),
        ("0001", ("BED-0001", "LUN-0001")),
        ("marie 2", ()),
        ("BED-00-1", ()),
    ],
)
def test_a_text_with_a_digit_is_a_card_number(typed: str, prefixes: tuple[str, ...]) -> None:
    query = parse_member_query(typed, ["LUN", "BED"])
    assert query.card_prefixes == prefixes
    assert query.words == ()


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz -'ÉÈéè", max_size=20))
def test_a_text_without_digits_is_a_name_search(typed: str) -> None:
    query = parse_member_query(typed, ["BED"])
    assert query.card_prefixes == ()
    assert query.words == tuple(fold(typed).split())


@given(st.lists(st.text(alphabet="abcdefg", min_size=1, max_size=6), min_size=1, max_size=4))
def test_the_lead_word_is_the_longest_and_the_others_are_the_rest(words: list[str]) -> None:
    query = MemberQuery(words=tuple(words))
    assert len(query.lead) == max(len(w) for w in words)
    assert sorted([query.lead, *query.other_words]) == sorted(words)


# --- exact family names ---------------------------------------------------------------------


def test_family_name_forms() -> None:
    assert family_name_forms("de La Fontaine") == {
        "de la fontaine",
        "la fontaine",
        "fontaine",
        "delafontaine",
    }
    assert family_name_forms("N'Diaye") == {"n diaye", "ndiaye"}
    assert family_name_forms("Le") == {"le"}
    assert family_name_forms("") == set()


@pytest.mark.parametrize(
    ("typed", "family", "exact"),
    [
        ("martin", "Martin", True),
        ("MARTIN jean", "Martin", True),
        ("jean martin", "Martin", True),
        ("mart", "Martin", False),
        ("martin", "Martinez", False),
        ("fontaine", "de La Fontaine", True),
        ("jean fontaine", "de La Fontaine", True),
        ("ndiaye", "N'Diaye", True),
        ("muller", "Lefèvre-Müller", False),
    ],
)
def test_exact_family_match(typed: str, family: str, exact: bool) -> None:
    assert is_exact_family_match(parse_member_query(typed), family) == exact


@given(names)
def test_a_family_name_typed_whole_is_an_exact_match(family: str) -> None:
    assume(fold(family))
    assert is_exact_family_match(parse_member_query(family), family)


def test_a_name_reads_family_in_capitals_then_given() -> None:
    from lam_desk.domain.people import display_name

    assert display_name("Fabre", "Odile") == "FABRE Odile"
    assert display_name("de La Roque", "Anne-Marie") == "DE LA ROQUE Anne-Marie"
    assert display_name("N'Diaye", None) == "N'DIAYE"
    assert display_name(None, None) == ""


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("evelyne", "Evelyne"),
        ("JEAN-PIERRE", "Jean-Pierre"),
        ("marie-ève", "Marie-Ève"),
        ("thị hoa", "Thị Hoa"),
        ("McKenzie", "McKenzie"),  # its own capitals: as typed
    ],
)
def test_a_given_name_typed_in_one_case_is_written_as_a_name(typed: str, kept: str) -> None:
    assert tidy_given_name(typed) == kept


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("0652279335", "06 52 27 93 35"),
        ("04.67.00.00.01", "04 67 00 00 01"),
        ("+33 6 52 27 93 35", "+33 6 52 27 93 35"),
        ("06 52  27 93 35", "06 52 27 93 35"),
    ],
)
def test_a_french_phone_number_is_written_in_pairs(typed: str, kept: str) -> None:
    assert tidy_phone(typed) == kept


@pytest.mark.parametrize(
    ("given", "searched"),
    [
        ("Mme Roussel", "Roussel"),
        ("M. Vidal", "Vidal"),
        ("Monsieur Jean Durand", "Jean Durand"),
        ("Rouquette (tél.)", "Rouquette"),
        ("Marie", "Marie"),
    ],
)
def test_the_arrival_of_a_phone_booking_searches_the_name_without_its_title(
    given: str, searched: str
) -> None:
    assert name_to_search(given) == searched
