"""core.intents.when.clock_phrase, alone and through parse() in Spanish and Portuguese."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from core.intents.model import Intent, Meal
from core.intents.parse import parse
from core.intents.when import clock_phrase

# A minimal time phrase with every group clock_phrase reads.
_PHRASE = re.compile(
    r"(?P<hour>\d{1,2}|[a-z]+)(?:(?P<h_suffix>h)(?P<minutes>\d{2})?)?"
    r"(?:\s+(?:y|e)\s+(?P<fraction>media|cuarto|meia|quarto))?"
    r"(?:\s+(?:de\s+la|da|de)\s+(?P<half>\w+))?",
    re.IGNORECASE,
)


def _clock(text: str, language: str = "es") -> str:
    match = _PHRASE.fullmatch(text)
    assert match is not None, text
    return clock_phrase(match, language)


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("8 de la noche", "es", "at 20:00"),
        ("8 de la tarde", "es", "at 20:00"),
        ("ocho de la noche", "es", "at 20:00"),
        ("9 de la manana", "es", "at 09:00"),
        ("12 de la manana", "es", "at 00:00"),
        ("12 de la noche", "es", "at 12:00"),  # 12 is not pushed past noon again
        ("8 y cuarto de la mañana", "es", "at 08:15"),
        ("8 y cuarto de la noche", "es", "at 20:15"),
        ("nove e meia da noite", "pt", "at 21:30"),
        ("9h da manhã", "pt", "at 09:00"),
        ("20h30", "pt", "at 20:30"),
        ("8h da noite", "pt", "at 20:00"),
        ("duas da tarde", "pt", "at 14:00"),
    ],
)
def test_marked_times_become_hh_mm(text: str, language: str, phrase: str) -> None:
    assert _clock(text, language) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("8", "at 8"), ("ocho", "at 8"), ("dos", "at 2"), ("11", "at 11"), ("8 y media", "at 8:30")],
)
def test_a_bare_hour_stays_bare_for_the_meal_to_decide(text: str, phrase: str) -> None:
    assert _clock(text) == phrase


@pytest.mark.parametrize("text", ["25", "99 de la noche", "hola"])
def test_an_impossible_hour_is_left_as_written(text: str) -> None:
    assert _clock(text) == text


def test_minutes_out_of_range_are_left_as_written() -> None:
    assert _clock("20h75", "pt") == "20h75"


def test_hour_24_is_midnight() -> None:
    assert _clock("24h", "pt") == "at 00:00"


TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "time", "meal"),
    [
        ("agrega una cena a las 8 de la noche", "20:00", Meal.DINNER),
        ("agrega un museo a las 8 de la noche", "20:00", None),
        ("agrega una cena a las 8", "20:00", Meal.DINNER),
        ("agrega un desayuno a las 8", "08:00", Meal.BREAKFAST),
        ("agrega un museo a las 10 de la mañana", "10:00", None),
        pytest.param(
            "agrega un almuerzo a la una y media",
            "13:30",
            Meal.LUNCH,
        ),
        pytest.param(
            "adiciona um almoço à uma e meia",
            "13:30",
            Meal.LUNCH,
        ),
        pytest.param(
            "agrega una cena a las 8 y media",
            "20:30",
            Meal.DINNER,
        ),
        pytest.param(
            "adiciona um jantar às 8 e meia",
            "20:30",
            Meal.DINNER,
        ),
        ("agrega una cena a las 9 y media de la noche", "21:30", Meal.DINNER),
        ("agrega un bar a las 22:30", "22:30", None),
        ("adiciona um jantar às 20h30", "20:30", Meal.DINNER),
        ("adiciona um café da manhã às 9h", "09:00", Meal.BREAKFAST),
        ("adiciona um jantar às 8", "20:00", Meal.DINNER),
        ("adiciona um jantar às 8 da noite", "20:00", Meal.DINNER),
        ("adiciona um museu às 10 da manhã", "10:00", None),
        ("adiciona um almoço ao meio-dia", "12:00", Meal.LUNCH),
        ("adiciona um bar às 21:15", "21:15", None),
        ("adiciona um museu às 14h", "14:00", None),
    ],
)
def test_spanish_and_portuguese_times_through_parse(
    text: str, time: str, meal: Meal | None
) -> None:
    op = parse(text, today=TODAY).first
    assert op.intent is Intent.ADD, op
    assert op.time == time, op
    assert op.meal is meal, op
