"""An option named inside a chat sentence (core.choice_names.name_in_chat)."""

from __future__ import annotations

import pytest

from core.choice_names import name_in_chat

LABELS = ["Casa Rosa", "Tokyo Bay", "Hadibo Sushi", "Ocean Sushi", "Dragon Tree Grill"]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # en
        ("ok Tokyo Bay it is", 1),
        ("hmm, dragon tree I guess", 4),
        ("tokyo bay sounds great thanks", 1),
        ("let's go with casa rosa then", 0),
        ("i think ocean sushi", 3),
        ("the 2nd, Tokyo Bay", 1),
        ("tokio bay pls", 1),  # typo
        # es
        ("me quedo con Casa Rosa entonces", 0),
        ("quiero ir al Dragon Tree porfa", 4),
        ("dale, el tokyo bay", 1),
        ("ese de Hadibo Sushi", 2),
        ("vamos con el dragón", 4),
        # pt
        ("bora no Tokyo Bay", 1),
        ("vou de ocean sushi mesmo", 3),
        ("acho que a casa rosa", 0),
        ("pode ser o Dragon Tree, valeu", 4),
        ("não, o Hadibo Sushi", 2),
    ],
)
def test_an_option_named_in_a_sentence_is_that_option(text: str, index: int) -> None:
    assert name_in_chat(text, LABELS) == index


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo Bay on day 3",
        "remove tokyo bay",
        "book tokyo bay for 4",
        "is tokyo bay open?",
        "tell me about tokyo bay",
        "number 3 - Tokyo Bay",  # the number and the name disagree
        "sushi",  # two options share it
        "the restaurant",
        "cambia Tokyo Bay por Casa Rosa",
        "troca o Dragon Tree pelo Ocean Sushi",
        "",
    ],
)
def test_a_sentence_that_names_no_one_option(text: str) -> None:
    assert name_in_chat(text, LABELS) is None
