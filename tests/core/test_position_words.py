"""Cards answered by where they sit, said the chat way (core.position_words)."""

from __future__ import annotations

import pytest

from core.choices import Outcome, PromptKind
from core.typed_reply import resolve_typed_reply

FIVE = ["Casa Lobo", "Tasca Rio", "Mirante Sol", "Bar Fado", "Horta Viva"]
FOUR = FIVE[:4]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # en
        ("the one just before the last", 3),
        ("second to last pls", 3),
        ("the middle one mate", 2),
        ("number four cheers", 3),
        ("the 3rd one bro", 2),
        ("last one u sent", 4),
        ("the first one you showed me", 0),
        ("fifth innit", 4),
        ("the very last one", 4),
        ("the top one", 0),
        ("last 1 pls", 4),
        # es
        ("la de en medio porfa", 2),
        ("el anteúltimo", 3),
        ("me quedo con la cuarta nomás wey", 3),
        ("la primerita", 0),
        ("el último que me pasaste", 4),
        ("la 2da po", 1),
        ("el del medio", 2),
        ("la tercera de la lista", 2),
        ("la de abajo", 4),
        # pt
        ("a do meio msm", 2),
        ("o penúltimo", 3),
        ("a quartinha", 3),
        ("o primeirinho q vc mandou", 0),
        ("a ultima q vc me passou", 4),
        ("pode ser a 3ª", 2),
        ("fico com o segundo mano", 1),
        ("a terceira ta ótima", 2),
        ("a antes da última", 3),
        ("quero a de número quatro", 3),
        ("a do meiooo", 2),
        ("a de cima", 0),
    ],
)
def test_a_position_said_in_chat_picks_that_card(text: str, index: int) -> None:
    said = resolve_typed_reply(text, FIVE, PromptKind.SELECTION)
    assert (said.outcome, said.index) == (Outcome.CHOSEN, index)


@pytest.mark.parametrize("text", ["the middle one", "la del medio", "o do meio"])
def test_the_middle_of_an_even_list_is_one_of_two(text: str) -> None:
    said = resolve_typed_reply(text, FOUR, PromptKind.SELECTION)
    assert (said.outcome, said.matches) == (Outcome.AMBIGUOUS, (1, 2))


@pytest.mark.parametrize(
    "text",
    [
        "la segunda vez",
        "a segunda vez",
        "the second time",
        "something in the middle of town",
        "ao meio dia",
        "the one you sent yesterday was closed",
        "add a middle eastern place",
    ],
)
def test_not_a_pick_by_position(text: str) -> None:
    said = resolve_typed_reply(text, FIVE, PromptKind.SELECTION)
    assert said.outcome is Outcome.NOT_A_CHOICE
