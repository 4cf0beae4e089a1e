"""A card or option picked by its position inside a chat sentence (core.choice_position)."""

from __future__ import annotations

import pytest

from core.choice_position import position_in_chat


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # en: different word orders, slang, typos
        ("ok let's go with the third", 3),
        ("i think the 4th one", 4),
        ("gimme number 5", 5),
        ("yeah the last one then", 5),
        ("hmm probably the second", 2),
        ("2nd pls", 2),
        ("option #4", 4),
        ("The 1st, thanks!", 1),
        ("the thrid one", 3),
        ("secnd one plz", 2),
        ("no, the third", 3),
        ("what about the second?", 2),
        ("add the first one", 1),
        # es
        ("pues la cuarta", 4),
        ("me quedo con el 3", 3),
        ("vamos con la opción dos", 2),
        ("creo que la última", 5),
        ("esa tercera porfa", 3),
        ("ok, el número 2", 2),
        ("la segunda opción", 2),
        ("ponme la 4ta", 4),
        ("el 1ro nomás", 1),
        ("no, la segunda", 2),
        # pt
        ("fico com a terceira", 3),
        ("quero a opção 4", 4),
        ("acho que o segundo mesmo", 2),
        ("pode ser a última", 5),
        ("vou de número 1", 1),
        ("essa 2ª aí", 2),
        ("bota o quinto", 5),
        ("a terceria pfv", 3),
        ("não, o primeiro", 1),
    ],
)
def test_a_position_said_in_chat_is_that_option(text: str, position: int) -> None:
    assert position_in_chat(text, 5) == position


@pytest.mark.parametrize(
    "text",
    [
        # a day, people, a time, a count of things
        "the first day",
        "el primer día",
        "o primeiro dia",
        "2 people",
        "somos 2",
        "para 2 personas",
        "a las 2",
        "às 2",
        "at 2",
        "2 museums",
        "2 more options",
        # another request
        "add a museum on day 2",
        "move the second to day 3",
        "quita el segundo",
        "first thing tomorrow",
        # two positions, a negation, a question about an option
        "1 or 2",
        "la 1 o la 2",
        "not the second",
        "não a segunda",
        "what is the second one?",
        "¿el primero está abierto?",
        # nothing at all
        "",
        "the one",
        "wait a second",
    ],
)
def test_a_sentence_that_is_not_a_pick(text: str) -> None:
    assert position_in_chat(text, 5) is None


def test_the_last_depends_on_how_many_options_there_are() -> None:
    assert position_in_chat("ok then the last one", 3) == 3
    assert position_in_chat("la penúltima", 4) == 3


def test_a_position_beyond_the_options_is_still_read() -> None:
    assert position_in_chat("quero a oitava", 5) == 8  # the caller says it is out of range
