"""The message catalog: translations are complete and locales resolve with English fallback."""

from __future__ import annotations

import re
import string

import pytest

from core import messages
from core.locales.es import SPANISH
from core.locales.pt import PORTUGUESE
from core.messages import ENGLISH, msg, msg_template, use_locale

TRANSLATIONS = [pytest.param("es", SPANISH, id="es"), pytest.param("pt", PORTUGUESE, id="pt")]


def placeholders(template: str) -> set[str]:
    """The `{field}` names a template uses."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def sample_values(template: str) -> dict[str, object]:
    """One distinctive value per placeholder, to fill a template."""
    return {field: f"<{field}>" for field in placeholders(template)}


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_translation_has_every_english_key(language: str, table: dict[str, str]) -> None:
    missing = sorted(ENGLISH.keys() - table.keys())
    assert not missing, f"{language} lacks {missing}"


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_translation_has_no_extra_keys(language: str, table: dict[str, str]) -> None:
    extra = sorted(table.keys() - ENGLISH.keys())
    assert not extra, f"{language} has keys English lacks: {extra}"


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_translation_keeps_placeholders(language: str, table: dict[str, str]) -> None:
    wrong = {
        key: (placeholders(ENGLISH[key]), placeholders(text))
        for key, text in table.items()
        if key in ENGLISH and placeholders(text) != placeholders(ENGLISH[key])
    }
    assert not wrong, f"{language} placeholders differ (english, translated): {wrong}"


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_translation_keeps_layout(language: str, table: dict[str, str]) -> None:
    for key, english in ENGLISH.items():
        text = table[key]
        assert text.strip(), f"{language}:{key} is empty"
        assert text.count("\n") == english.count("\n"), f"{language}:{key} line structure"
        for mark in ("✅", "•", "·"):
            assert text.count(mark) == english.count(mark), f"{language}:{key} lost {mark}"
        if "GOOGLE_PLACES_API_KEY" in english:
            assert "GOOGLE_PLACES_API_KEY" in text


# Words of English commands and answers that never occur in Spanish or Portuguese prose.
ENGLISH_WORDS = frozenset(
    "the add remove day days undo move to on at what's whats with from and or place places "
    "help tell about book for clear replace lunch dinner breakfast items item activities "
    "reviews review free people select confirm pm am more of an your you my is it this that "
    "please sorry yet not".split()
)
# Commands that stay as they are in every language, and a Portuguese verb spelled like English.
KEPT = {"es": {"link", "code", "start"}, "pt": {"link", "code", "start", "remove"}}


def english_words(language: str, template: str) -> set[str]:
    """The English words of a template, placeholders and kept command names aside."""
    text = re.sub(r"\{[^}]*\}", " ", template).replace("GOOGLE_PLACES_API_KEY", " ")
    words = set(re.findall(r"[\w']+", text.lower()))
    return (words & ENGLISH_WORDS) - KEPT[language]


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_translations_contain_no_english(language: str, table: dict[str, str]) -> None:
    leaks = {key: english_words(language, text) for key, text in table.items()}
    assert not {key: words for key, words in leaks.items() if words}


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_translated_examples_are_not_the_english_commands(
    language: str, table: dict[str, str]
) -> None:
    english_examples = {
        example for text in ENGLISH.values() for example in text.split('"')[1::2]
    } - {"link CODE"}  # linking is one command in every language
    for key, text in table.items():
        examples = re.findall(r"«([^»]*)»", text) + text.split('"')[1::2]
        assert not set(examples) & english_examples, f"{language}:{key} quotes an English command"


def test_the_english_word_check_sees_english() -> None:
    found = english_words("es", 'Prueba "add a sushi place on day 2".')
    assert found == {"add", "place", "on", "day"}
    assert english_words("pt", "Por exemplo «remove o almoço do dia 2».") == set()


@pytest.mark.parametrize(
    ("language", "examples"),
    [
        pytest.param("es", ["agrega un lugar de sushi el día 2", "deshacer", "ayuda"], id="es"),
        pytest.param(
            "pt", ["adiciona um restaurante de sushi no dia 2", "desfazer", "ajuda"], id="pt"
        ),
    ],
)
def test_help_teaches_commands_in_the_travelers_language(
    language: str, examples: list[str]
) -> None:
    with use_locale(language):
        text = msg("help") + msg("welcome") + msg("unclear_hint")
    for example in examples:
        assert f"«{example}»" in text


@pytest.mark.parametrize(
    ("locale", "count", "expected"),
    [
        pytest.param("en", 1, "1 activity", id="en-1"),
        pytest.param("en", 3, "3 activities", id="en-3"),
        pytest.param("es", 1, "1 actividad", id="es-1"),
        pytest.param("es", 2, "2 actividades", id="es-2"),
        pytest.param("es", 1_000_000, "1000000 actividades", id="es-many-falls-back-to-other"),
        pytest.param("pt", 1, "1 atividade", id="pt-1"),
        pytest.param("pt", 12, "12 atividades", id="pt-12"),
        pytest.param("pt-PT", 1, "1 atividade", id="pt-PT-1"),
    ],
)
def test_counted_words_follow_the_languages_plural_rules(
    locale: str, count: int, expected: str
) -> None:
    with use_locale(locale):
        assert msg("count_item", count=count) == expected


def test_a_plural_key_without_a_count_uses_its_other_form() -> None:
    with use_locale("es"):
        assert msg_template("count_meal") == SPANISH["count_meal_other"]
        assert msg("planned", count="<count>", city="Kioto") == "Planeé <count> días en Kioto ✅"


def test_a_missing_plural_translation_falls_back_to_english_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partial = {k: v for k, v in SPANISH.items() if not k.startswith("count_meal")}
    monkeypatch.setitem(messages.CATALOG, "es", partial)
    with use_locale("es"):
        assert msg("count_meal", count=1) == "1 meal"
        assert msg("count_meal", count=4) == "4 meals"


@pytest.mark.parametrize(("language", "table"), [("en", ENGLISH), *TRANSLATIONS])
def test_every_plural_family_has_one_and_other(language: str, table: dict[str, str]) -> None:
    families = {key.removesuffix("_other") for key in ENGLISH if key.endswith("_other")}
    for family in families:
        assert f"{family}_one" in table, f"{language}:{family} lacks its 'one' form"
        assert family not in table, f"{language}:{family} is both plain and plural"
        other = placeholders(table[f"{family}_other"])
        assert placeholders(table[f"{family}_one"]) <= other, f"{language}:{family} forms differ"


@pytest.mark.parametrize(
    ("locale", "table"),
    [
        pytest.param("es", SPANISH, id="es"),
        pytest.param("es-CO", SPANISH, id="es-CO"),
        pytest.param("ES_co", SPANISH, id="ES_co"),
        pytest.param("pt", PORTUGUESE, id="pt"),
        pytest.param("pt_PT", PORTUGUESE, id="pt_PT"),
        pytest.param("PT", PORTUGUESE, id="PT"),
        pytest.param("pt-PT", PORTUGUESE, id="pt-PT"),
    ],
)
def test_msg_speaks_the_locale(locale: str, table: dict[str, str]) -> None:
    with use_locale(locale):
        for key, text in table.items():
            values = sample_values(text)
            assert msg(key, **values) == text.format(**values)


@pytest.mark.parametrize("locale", ["fr", "fr-FR", None, "", "en", "en-US"])
def test_unknown_locale_falls_back_to_english(locale: str | None) -> None:
    with use_locale(locale):
        for key, text in ENGLISH.items():
            values = sample_values(text)
            assert msg(key, **values) == text.format(**values)


def test_default_locale_is_english() -> None:
    assert msg("yes") == ENGLISH["yes"]


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_missing_translation_falls_back_to_english(
    language: str, table: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    partial = dict(table)
    del partial["added"]
    monkeypatch.setitem(messages.CATALOG, language, partial)
    with use_locale(language):
        assert msg("added", name="Sushi Zen", day=2) == "Added Sushi Zen to day 2 ✅"
        assert msg("yes") == table["yes"]
    assert "added" in table  # the real translation is untouched


def test_use_locale_restores_previous_locale_when_nested() -> None:
    assert msg("yes") == ENGLISH["yes"]
    with use_locale("es-CO"):
        assert msg("yes") == SPANISH["yes"]
        with use_locale("pt_PT"):
            assert msg("yes") == PORTUGUESE["yes"]
            with use_locale("fr"):
                assert msg("yes") == ENGLISH["yes"]
            assert msg("yes") == PORTUGUESE["yes"]
        assert msg("yes") == SPANISH["yes"]
    assert msg("yes") == ENGLISH["yes"]


def test_use_locale_restores_previous_locale_after_an_error() -> None:
    with use_locale("es"):
        with pytest.raises(RuntimeError), use_locale("pt"):
            raise RuntimeError("boom")
        assert msg("yes") == SPANISH["yes"]
    assert msg("yes") == ENGLISH["yes"]


@pytest.mark.parametrize(
    ("locale", "said"), [("es", "planes en familia"), ("pt", "programas em família")]
)
def test_a_search_word_put_in_by_the_parser_is_echoed_in_the_travelers_words(
    locale: str, said: str
) -> None:
    # "algo pa los peques": the search is "family"; nothing typed says it, the catalog does.
    with use_locale(locale):
        assert said in msg("no_places", query="family", city="Goa")
        assert "family" not in msg("no_places", query="family", city="Goa").replace(said, "")


def test_an_english_answer_echoes_the_search_word_unchanged() -> None:
    with use_locale("en"):
        assert msg("no_places", query="family", city="Goa") == "I couldn't find 'family' near Goa."


@pytest.mark.parametrize(
    ("locale", "title", "shown"),
    [
        ("pt", "Dinner", "Jantar"),
        ("pt", "lunch", "almoço"),
        ("es", "Breakfast", "Desayuno"),
        ("es", "Jantar", "Cena"),
        ("en", "Cena", "Dinner"),
        ("en", "Almoço", "Lunch"),
        ("pt", "Dinner at Sushi Zen", "Dinner at Sushi Zen"),
        ("es", "Kamogawa Kaiseki", "Kamogawa Kaiseki"),
    ],
)
def test_an_open_meal_slot_is_named_in_the_replys_language(
    locale: str, title: str, shown: str
) -> None:
    # A slot made on a trip planned in English is "Dinner"; a Portuguese answer says «Jantar».
    with use_locale(locale):
        assert messages.stop_title(title) == shown


def test_a_meal_slot_named_in_a_sentence_is_translated_too() -> None:
    with use_locale("pt"):
        said = msg("booking_needs_place", title="Dinner", day=2)
    assert said.startswith("Jantar no dia 2")
