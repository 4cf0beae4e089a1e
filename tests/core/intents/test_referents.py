"""Targets that point back at the item last talked about, in English, Spanish, Portuguese."""

from __future__ import annotations

import pytest

from core.intents.referents import points_back


@pytest.mark.parametrize(
    "text",
    [
        "it",
        "that one",
        "the last one",
        "the last one I added",
        "last one i just added",
        "the one I just put in",
        "that same one",
        "the same place",
        "this restaurant",
        "el último",
        "la última que agregué",
        "esa misma",
        "ese mismo lugar",
        "el que acabo de agregar",
        "lo último que puse",
        "ele",
        "ela",
        "essa mesma",
        "o último",
        "a última que adicionei",
        "o que acabei de adicionar",
        "esse lugar",
        "aquele restaurante",
    ],
)
def test_pointing_words_point_back(text: str) -> None:
    assert points_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "lunch",
        "the museum on day 2",
        "the last day",
        "el último día",
        "o último dia",
        "Sushi Zen",
        "the one at 3pm",
        "la cena",
        "the temple",
        "lo mismo pero el viernes",
    ],
)
def test_names_and_other_words_do_not(text: str | None) -> None:
    assert not points_back(text)
