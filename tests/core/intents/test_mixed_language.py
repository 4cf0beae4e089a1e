"""A Spanish or Portuguese message with English names and chat words in it stays in the
traveler's language; a message really written in English is English."""

from __future__ import annotations

import pytest

from core.intents.parse import parse


@pytest.mark.parametrize(
    ("usual", "text", "language"),
    [
        ("pt", "The Wee Dram às 21h pls", "pt"),
        ("pt", "add Panna Meena ka Kund no dia 3", "pt"),
        ("pt", "add o Thistle & Stag na sexta pls", "pt"),
        ("pt", "ok, The Kitchin às 20h", "pt"),
        ("es", "The Elephant House a las 5 porfa", "es"),
        ("es", "add the wee dram el jueves pls", "es"),
        ("es", "resérvame en the wee dram", None),
        ("pt", "add a cafe on day 2, no rush", "en"),
        ("es", "add museo del oro on day 2 pls", "en"),
        ("pt", "remove the sushi place from day 1", "en"),
    ],
)
def test_world_english_beside_the_travelers_language_is_theirs(
    usual: str, text: str, language: str | None
) -> None:
    said = parse(text, usual_language=usual).language
    assert (said or usual) == (language or usual)  # None: the stored language answers


def test_the_day_said_in_portuguese_is_kept_beside_an_english_verb() -> None:
    (op,) = parse("add Panna Meena ka Kund no dia 3", usual_language="pt").ops
    assert op.day == 3
