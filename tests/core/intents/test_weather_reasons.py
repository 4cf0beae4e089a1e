"""A weather reason at the end of an edit is a remark (core.intents.weather_reasons)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.weather_reasons import without_weather_reason

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (
            "mira, la ribeira pasadla a mediodía q por la tarde hace frío",
            "mira, la ribeira pasadla a mediodía",
        ),
        (
            "move the beach to the morning because it's too hot in the afternoon",
            "move the beach to the morning",
        ),
        ("passa o jardim pra manhã que à tarde chove", "passa o jardim pra manhã"),
        ("pon el museo el sabado q el domingo va a llover", "pon el museo el sabado"),
        ("swap day 2 and 3 since it will rain on day 2", "swap day 2 and 3"),
        ("muda a praia pro dia 2 pq no dia 3 faz muito frio", "muda a praia pro dia 2"),
        ("put calton hill earlier as it gets windy later", "put calton hill earlier"),
    ],
)
def test_the_reason_goes(said: str, kept: str) -> None:
    assert without_weather_reason(said) == kept


@pytest.mark.parametrize(
    "said",
    [
        "va a llover el sabado?",
        "whats the weather on saturday?",
        "dime que tiempo hace en porto",
        "vai chover amanhã?",
    ],
)
def test_a_weather_question_stays(said: str) -> None:
    assert without_weather_reason(said) == said
    assert parse(said, today=TODAY).first.intent is Intent.INFO


def test_the_edit_runs_instead_of_a_forecast() -> None:
    turn = parse("mira, la ribeira pasadla a mediodía q por la tarde hace frío", today=TODAY).first
    assert (turn.intent, turn.time) == (Intent.RETIME, "12:00")
    assert turn.target is not None
    assert turn.target.text == "ribeira"
