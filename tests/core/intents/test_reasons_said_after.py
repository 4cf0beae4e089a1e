"""Reasons said after a whole request (core.intents.stated_reasons), in phrasings of our own:
after a question, a refusal, a topic then who, how it has to be, two qualities and no noun."""

from __future__ import annotations

from typing import Any

import pytest

from core.choice_position import position_in_chat
from core.intents.model import Intent
from tests.core.intents.test_parse import cases, check

ADD, MOVE, RETIME, REMOVE, REPLACE = (
    Intent.ADD,
    Intent.MOVE,
    Intent.RETIME,
    Intent.REMOVE,
    Intent.REPLACE,
)

READ: list[Any] = [
    (
        "Pode mudar o Mercado Central pra sexta? Meu pai só chega na quinta",
        "pt",
        [{"intent": MOVE, "target_has": ["mercado", "central"]}],
    ),
    (
        "O jantar no Bar Luiz pode ser às 21h? Nha filha sai tarde do trabalho",
        "pt",
        [{"intent": RETIME, "time": "21:00"}],
    ),
    ("Café Girondino às 9h, 8h não dá", "pt", [{"intent": ADD, "time": "09:00"}]),
    ("tira o aquário, aquário num dá, a criançada enjoa", "pt", [{"intent": REMOVE}]),
    (
        "troca o Bar do Mané por um de frutos do mar, pizza a gente come toda semana em Recife",
        "pt",
        [{"intent": REPLACE, "target_has": ["mané"], "query_lacks": ["recife", "pizza"]}],
    ),
    (
        "bota um bar pra sexta à noite, é a nossa despedida tem de ser bom",
        "pt",
        [{"intent": ADD, "query": "bar"}],
    ),
    ("coloca um museu no dia 2, um pequeno e calmo", "pt", [{"intent": ADD, "query": "museu"}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(READ))
def test_reason_after_request_dropped(text: str, language: str, ops: list[Any]) -> None:
    check(text, language, ops)


PICKS = [
    ("macho, o último aí", 4),
    ("a terceira, se faz favor", 3),
    ("o sigundo, sô", 2),
    ("el primero, güey", 1),
    ("the second one dude", 2),
    ("the third, mate", 3),
]


@pytest.mark.parametrize(("said", "position"), PICKS, ids=[s for s, _ in PICKS])
def test_pick_said_with_a_name(said: str, position: int) -> None:
    assert position_in_chat(said, 4) == position
