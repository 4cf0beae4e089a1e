"""core.intents.lexicon: accent-free patterns, phrase rules and number words."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.intents.lexicon import (
    NOT_A_DATE,
    Counting,
    is_open,
    loose,
    number_value,
    replace_with,
    rewrite,
    rules,
)

# --- loose ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("manana", "mañana"),
        ("manana", "MAÑANA"),
        ("manana", "Manana"),
        ("dia", "día"),
        ("dia", "DÍA"),
        ("almoco", "almoço"),
        ("almoco", "ALMOÇO"),
        ("cafe", "café"),
        ("cafe", "Café"),
        ("sabado", "sábado"),
        ("tambem", "também"),
        ("nao", "não"),
        ("ate", "até"),
        ("pequeno almoco", "Pequeno Almoço"),
        ("muestrame", "muéstrame"),
    ],
)
def test_an_accent_free_pattern_matches_accented_spellings_in_any_case(
    pattern: str, text: str
) -> None:
    assert loose(pattern).fullmatch(text), loose(pattern).pattern


@pytest.mark.parametrize(
    ("pattern", "text"), [("dia", "dja"), ("cafe", "cafo"), ("ano", "anos "), ("manana", "manna")]
)
def test_loose_is_not_a_wildcard(pattern: str, text: str) -> None:
    assert loose(pattern).fullmatch(text) is None


def test_escapes_survive() -> None:
    pattern = loose(r"\bdia\s+\d+\b")
    assert pattern.search("el día  12 ")
    assert pattern.search("el diario 12") is None  # \b kept: "diario" is no "dia"
    assert pattern.search("dia x") is None  # \d kept: not turned into an accent class


def test_an_escaped_letter_is_not_expanded() -> None:
    # "\s" is whitespace, not "s"; "\w" a word character; "\n" a newline.
    assert loose(r"a\sb").fullmatch("á b")
    assert loose(r"a\sb").fullmatch("asb") is None
    assert loose(r"\n").fullmatch("\n")


def test_character_classes_are_kept_as_written() -> None:
    pattern = loose(r"[a-c]+o")
    assert pattern.fullmatch("abco")
    assert pattern.fullmatch("abcó")  # the letter outside the class is loosened
    assert pattern.fullmatch("ábco") is None  # inside the class: exactly as written


def test_named_groups_survive_with_their_names() -> None:
    match = loose(r"(?P<name>dia|manana)\s+(?P<n>\d+)").search("Mañana 12")
    assert match is not None
    assert match.group("name") == "Mañana"
    assert match.group("n") == "12"


def test_inline_flags_survive() -> None:
    # (?-i:…) keeps its case-sensitivity: "para Lisboa" is a destination, "para comer" is not.
    pattern = loose(r"\bpara\s+(?=(?-i:[A-Z]))")
    assert pattern.search("pára Lisboa")
    assert pattern.search("para lisboa") is None


def test_non_capturing_groups_and_lookarounds_survive() -> None:
    pattern = loose(r"(?:el|la)\s+(?!noche)(?P<w>\w+)(?<=a)")
    match = pattern.search("la mañana")
    assert match is not None
    assert match.group("w") == "mañana"
    assert pattern.search("la noche") is None


def test_not_a_date_keeps_day_numbers_that_are_dates_out() -> None:
    pattern = loose(r"\bdia\s+(?P<n>\d{1,2})\b" + NOT_A_DATE)
    assert pattern.search("el día 10")
    assert pattern.search("el día 10 de la semana")
    assert pattern.search("el día 10 de diciembre") is None
    assert pattern.search("o dia 10 de dezembro") is None


# A pattern built from ASCII pieces (literals, escapes, classes, groups, flags, quantifiers).
_PIECES = st.sampled_from(
    [
        "a",
        "e",
        "i",
        "o",
        "u",
        "c",
        "n",
        "dia",
        "manana",
        "cafe",
        "Sao",
        "x",
        " ",
        r"\s+",
        r"\d",
        r"\w",
        "[a-c]",
        "[^0-9]",
        "(?:el|la)",
        "(?:o|a)?",
        "(?P<g>ni)",
        "(?-i:Ab)",
        "(?i:cE)",
        "n+",
        "u*",
        "o{1,2}",
        ".",
    ]
)
_PATTERNS = st.lists(_PIECES, min_size=1, max_size=6).map(
    lambda pieces: "".join(dict.fromkeys(pieces))  # one named group at most
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data(), pattern=_PATTERNS)
def test_loose_matches_everything_the_plain_pattern_matches(
    data: st.DataObject, pattern: str
) -> None:
    plain = re.compile(pattern, re.IGNORECASE)
    text = data.draw(st.from_regex(plain, fullmatch=True), label="text")
    assert loose(pattern).fullmatch(text), (loose(pattern).pattern, text)


# --- rules and rewrite ---------------------------------------------------------------------


def test_rewrite_applies_rules_in_order_and_tidies_spaces() -> None:
    table = rules([("anade", "add"), ("manana", "tomorrow"), (r"add\s+tomorrow", "later")])
    assert rewrite("Añade  algo   Mañana", table) == "add algo tomorrow"
    assert rewrite("añade mañana", table) == "later"


def test_a_string_replacement_expands_group_references() -> None:
    table = rules([(r"\blos dias (\d{1,2}) y (\d{1,2})\b", r"day \1 and day \2")])
    assert rewrite("cambia los días 2 y 3", table) == "cambia day 2 and day 3"


def test_a_callable_replacement_gets_the_match() -> None:
    table = rules([(r"(?P<n>\d+) estrellas", lambda m: f"rated {m.group('n')}+")])
    assert rewrite("con 4 estrellas", table) == "con rated 4+"


def test_replacements_are_padded_so_words_never_glue() -> None:
    assert rewrite("xmananax", rules([("manana", "tomorrow")])) == "x tomorrow x"


def test_replace_with_and_is_open_build_the_grammar() -> None:
    old = re.search(r"cambia (?P<old>.+?) por", "cambia la cena por sushi")
    assert old is not None
    assert replace_with(old) == "replace la cena with"
    name = re.search(r"esta abierto (?P<name>.+)", "esta abierto Sushi Zen")
    assert name is not None
    assert is_open(name) == "is Sushi Zen open"


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "language", "value"),
    [
        ("2", "es", 2),
        (" 7 ", "en", 7),
        ("12", "pt", 12),
        ("two", "en", 2),
        ("dos", "es", 2),
        ("quince", "es", 15),
        ("três", "pt", 3),
        ("tres", "pt", 3),
        ("doze", "pt", 12),
        ("Cinco", "es", 5),
    ],
)
def test_number_value_reads_digits_and_number_words(word: str, language: str, value: int) -> None:
    assert number_value(word, language) == value


@pytest.mark.parametrize(("word", "language"), [("hola", "es"), ("", "pt"), ("museum", "en")])
def test_number_value_is_none_for_words_that_are_no_number(word: str, language: str) -> None:
    assert number_value(word, language) is None


SPANISH = Counting("es", {"primer": 1, "segundo": 2, "ultimo": -1})
PORTUGUESE = Counting("pt", {"primeiro": 1, "terceiro": 3})


def _n(text: str) -> re.Match[str]:
    match = re.search(r"(?P<n>\S+)", text)
    assert match is not None
    return match


@pytest.mark.parametrize(
    ("counting", "prefix", "word", "phrase"),
    [
        (SPANISH, "on", "segundo", "on day 2"),
        (SPANISH, "on", "Segundo", "on day 2"),
        (SPANISH, "to", "primer", "to day 1"),
        (SPANISH, "on", "tres", "on day 3"),
        (SPANISH, "on", "4", "on day 4"),
        (SPANISH, "", "dos", "day 2"),
        (PORTUGUESE, "on", "terceiro", "on day 3"),
        (PORTUGUESE, "to", "duas", "to day 2"),
        (PORTUGUESE, "", "5", "day 5"),
    ],
)
def test_counting_turns_numbers_and_ordinals_into_day_phrases(
    counting: Counting, prefix: str, word: str, phrase: str
) -> None:
    assert counting.day(prefix)(_n(word)) == phrase


def test_counting_puts_the_number_into_a_template() -> None:
    assert SPANISH.counted("add {n} days")(_n("cinco")) == "add 5 days"
    assert PORTUGUESE.counted("for {n} people")(_n("quatro")) == "for 4 people"
    assert SPANISH.counted("{n} nights")(_n("3")) == "3 nights"


def test_counting_leaves_a_word_that_is_no_number_as_it_is() -> None:
    assert SPANISH.count("hola") == "hola"
    assert SPANISH.count("siete") == "7"
