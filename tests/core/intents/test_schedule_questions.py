"""core.intents.schedule_questions (through parse): when a stop is scheduled, asked in chat,
is a question about that stop, never an add."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

ASKED: list[tuple[str, str]] = [
    ("what time we go to ribeira on monday?", "ribeira"),
    ("when are we doing the bamboo grove?", "bamboo grove"),
    ("what day is nijo castle again?", "nijo castle"),
    ("what time do we visit the gateway of india", "gateway of india"),
    ("when r we going to calton hill", "calton hill"),
    ("which day do we see the hawa mahal?", "hawa mahal"),
    ("a qué hora vamos al museo del oro?", "museo del oro"),
    ("cuándo toca el palacio de la inquisición?", "palacio de la inquisicion"),
    ("qué día vamos a monserrate?", "monserrate"),
    ("y cuando visitamos las bovedas", "bovedas"),
    ("que horas a gente vai na ribeira?", "ribeira"),
    ("quando é a livraria lello?", "livraria lello"),
    ("que dia vamos no palácio da bolsa?", "palacio da bolsa"),
    ("e quando a gente vai pro cais de gaia?", "cais de gaia"),
]


@pytest.mark.parametrize(("text", "place"), ASKED)
def test_when_a_stop_is_scheduled_is_asked_not_added(text: str, place: str) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.EXPLAIN, (text, op)
    assert op.question == "when", text
    assert op.target is not None
    assert op.target.text == place, text


@pytest.mark.parametrize(
    "text",
    [
        "when does the castle open?",
        "a qué hora cierra el museo del oro?",
        "what time is lunch on day 2?",
        "when do we go back home",
        "quando é o almoço?",
    ],
)
def test_hours_and_meals_are_no_stop_asked_for(text: str) -> None:
    ops = parse(text).ops
    assert not any(op.question == "when" for op in ops), (text, ops)
