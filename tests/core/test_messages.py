"""The message catalog: translations are complete and locales resolve with English fallback."""

from __future__ import annotations

import string

import pytest

from core import messages
from core.locales.es import SPANISH
from core.locales.pt import PORTUGUESE
from core.messages import ENGLISH, msg, use_locale

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


@pytest.mark.parametrize(("language", "table"), TRANSLATIONS)
def test_translation_keeps_english_example_commands(language: str, table: dict[str, str]) -> None:
    # The rule engine understands English commands only, so quoted examples stay in English.
    # Every double-quoted example in the English catalog is such a command.
    for key, english in ENGLISH.items():
        for command in english.split('"')[1::2]:
            assert f'"{command}"' in table[key], f"{language}:{key} lost example {command!r}"


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
