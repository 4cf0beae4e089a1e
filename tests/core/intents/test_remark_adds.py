"""A statement said after a request is no second request, and never search words."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.test_parse import TODAY

REMARKS: list[tuple[str, str]] = [
    ("put a burger joint on day 2, the kids are sick of curry", "burger"),
    ("add a noodle bar on day 3 pls, my husband hates fancy places", "noodle"),
    ("add a steakhouse for dinner on day 1, my dad loves a good steak", "steakhouse"),
    ("pon una pizzería el jueves, los niños están hartos de pescado", "pizz"),
    ("agrega una taquería el día 2, gastamos mucho ayer", "taquer"),
    ("pon un museo el martes, que a las 12 hace un calor que flipas", "museo"),
    ("coloca uma pizzaria no dia 2, as crianças tão cansadas de peixe", "pizzaria"),
    ("bota um restaurante barato no dia 4, gastamos demais ontem", "restaurante"),
    ("põe um bar no sábado, fazemos anos de casados e quero fazer uma surpresa", "bar"),
]


@pytest.mark.parametrize(("text", "word"), REMARKS, ids=[r[0] for r in REMARKS])
def test_a_statement_after_a_request_adds_nothing(text: str, word: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
    assert word in (ops[0].query or "").lower(), ops[0]


def test_a_statement_joined_to_the_search_is_cut_off() -> None:
    ops = parse("un sitio vegano para cenar el martes y ninguno come carne", today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
    assert "carne" not in (ops[0].query or ""), ops[0]


def test_two_places_asked_together_are_both_added() -> None:
    ops = parse("add a ramen place on day 2, and a sake bar on day 3", today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD, Intent.ADD], ops


SAID_AGAIN = [
    "any really well rated cafe for the morning of day 3? like 4.5 stars or more",
    "a top rated sushi place on day 2? say 4.5 or more",
    "um café bem avaliado no dia 3? tipo 4.5 ou mais",
]


@pytest.mark.parametrize("text", SAID_AGAIN)
def test_a_rating_said_again_is_no_second_add(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops


NOT_SKIPPED = [
    "Could you please add Tenryu-ji to day 3? It's right next to the bamboo grove so it seems "
    "silly to skip it.",
    "add Kinkaku-ji on day 2. it would be a shame to miss it",
    "put the castle on day 1, it's on our way so it seems silly to skip it",
]


@pytest.mark.parametrize("text", NOT_SKIPPED)
def test_a_reason_not_to_skip_removes_nothing(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
