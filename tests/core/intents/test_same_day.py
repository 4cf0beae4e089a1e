"""core.intents.same_day: "that same day" and "put it there" said in three languages make a
request take the day of the one before it; the words never reach a place query."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent
from core.intents.same_day import said_same_day
from tests.core.intents.test_parse import cases, check

ADD, REMOVE, MOVE = Intent.ADD, Intent.REMOVE, Intent.MOVE

SAME_DAY: list[Any] = [
    (
        "pasa el Museo Botero al día 3 y añade la Zona T ese mismo día",
        "es",
        [
            {"intent": MOVE, "to_day": 3},
            {"intent": ADD, "query_has": ["zona t"], "query_lacks": ["mismo"], "day": 3},
        ],
    ),
    (
        "mueve el Fuerte Aguada al sábado y agrega Anjuna Beach el mismo día",
        "es",
        [
            {"intent": MOVE, "day_ref": "weekday:5"},  # where it goes (core.operations)
            {"intent": ADD, "query_has": ["anjuna"], "day_ref": "weekday:5", "same_day": True},
        ],
    ),
    (
        "muda o Palácio da Bolsa pro dia 4 e adiciona a Ribeira no mesmo dia",
        "pt",
        [
            {"intent": MOVE, "to_day": 4},
            {"intent": ADD, "query_has": ["ribeira"], "query_lacks": ["mesmo"], "day": 4},
        ],
    ),
    (
        "coloca o Cais de Gaia na quinta e o Jardim do Morro nesse mesmo dia",
        "pt",
        [
            {"intent": ADD, "query_has": ["gaia"], "day_ref": "weekday:3"},
            {"intent": ADD, "query_has": ["morro"], "day_ref": "weekday:3"},
        ],
    ),
    (
        "move the castle to day 2 and add Dean Village that same day",
        "en",
        [
            {"intent": MOVE, "to_day": 2},
            {"intent": ADD, "query_has": ["dean village"], "query_lacks": ["same"], "day": 2},
        ],
    ),
    (
        "add a pub on day 4 and move calton hill there too",
        "en",
        [
            {"intent": ADD, "day": 4},
            {"intent": MOVE, "target_has": ["calton hill"], "to_day": 4, "same_day": True},
        ],
    ),
    (
        "tira a Livraria Lello e mete lá o Mercado do Bolhão",
        "pt",
        [
            {"intent": REMOVE, "target_has": ["lello"]},
            {"intent": ADD, "query_has": ["bolhão"], "query_lacks": ["lá"], "same_day": True},
        ],
    ),
    (
        "borra el Museo del Oro y pon ahí la Casa de Nariño",
        "es",
        [
            {"intent": REMOVE, "target_has": ["oro"]},
            {"intent": ADD, "query_has": ["nariño"], "query_lacks": ["ahí"], "same_day": True},
        ],
    ),
    (
        "quita el Gion District y agrega el Pontocho ese mismo día",
        "es",
        [
            {"intent": REMOVE, "target_has": ["gion"]},
            {"intent": ADD, "query_has": ["pontocho"], "day": None, "same_day": True},
        ],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(SAME_DAY))
def test_same_day_words_give_the_day_of_the_request_before(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(
    ("said_text", "left", "said"),
    [
        ("add Dean Village that same day", "add Dean Village", True),
        ("add Dean Village on the same day", "add Dean Village", True),
        ("add a bar same day too", "add a bar", True),
        ("move calton hill there too", "move calton hill", True),
        ("move calton hill there on day 3", "move calton hill there on day 3", False),
        ("add a bar there", "add a bar", True),
        ("what is there to do", "what is there to do", False),
        ("add a museum on day 2", "add a museum on day 2", False),
    ],
)
def test_said_same_day_takes_the_words_out(said_text: str, left: str, said: bool) -> None:
    assert said_same_day(said_text) == (left, said)
