"""core.intents.chat_language: slang thanks, praise, hellos and yes words tell the language."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.language import detect_language
from core.intents.model import Intent
from core.intents.parse import parse

_TODAY = dt.date(2026, 3, 2)

SOCIAL = {
    "en": ["chur bro", "shiok lah thanks", "ta very much", "cheers heaps", "thanx legend"],
    "es": ["grax", "grasias compa", "qué chivo, gracias", "bacanísimo", "está de lujo, gracias",
           "gracias mi reina"],
    "pt": ["vlw", "tmj", "obg", "brigado viu", "mto obrigado msm", "valeu, tmj", "obrigadinho"],
}  # fmt: skip


@pytest.mark.parametrize(("language", "text"), [(k, t) for k, v in SOCIAL.items() for t in v])
def test_slang_manners_are_social_in_their_language(language: str, text: str) -> None:
    message = parse(text, today=_TODAY, usual_language="en")
    assert [op.intent for op in message.ops] == [Intent.SOCIAL], text
    assert message.language == language, text


@pytest.mark.parametrize("text", ["asante sana", "terima kasih", "arigatou"])
def test_thanks_in_other_languages_are_social_and_tell_nothing(text: str) -> None:
    message = parse(text, today=_TODAY, usual_language="en")
    assert [op.intent for op in message.ops] == [Intent.SOCIAL], text
    assert message.language is None, text


YES_WORDS = {
    "es": ["ándale", "sale pues", "cabal", "chivo", "ajá", "sisas", "bacán"],
    "pt": ["bora", "fechou", "demorou", "ss", "falou", "okay bora", "um cafezinho rapidinho"],
    "en": ["aye", "chur", "cheers mate", "righto"],
}


@pytest.mark.parametrize(("language", "text"), [(k, t) for k, v in YES_WORDS.items() for t in v])
def test_slang_words_tell_the_language(language: str, text: str) -> None:
    assert detect_language(text) == language, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tira o rooftop bar do dia 2, valeu", "pt"),
        ("bota um brunch cozy no sábado", "pt"),
        ("quiero un spot chido para cenar el viernes", "es"),
        ("cambia el beach club por un museo", "es"),
        ("kkkk", None),
        ("perfect", None),
        ("top", None),
    ],
)
def test_a_loanword_does_not_change_the_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language, text
