"""core.intents.undo_words: a whole message that takes the last change back."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.undo_words import said_undo


@pytest.mark.parametrize(
    "text",
    [
        "undo",
        "ugh, undo undo undo",
        "oops my bad, revert that",
        "no no no put it all back",
        "hmm i didn't mean to do that",
        "sorry, changed my mind",
        "that was a mistake, take it back",
        "wait. go back to how it was",
        "nvm take that back",
        "never mind, undo that please",
    ],
)
def test_an_undo_said_with_surprise_or_apology_is_undo(text: str) -> None:
    assert said_undo(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no",
        "sorry",
        "undo the museum and add a bar",
        "put it back on day 3",
        "changed my mind, add a bar instead",
        "go back to the hotel at 5",
        "nvm",
        "undo that there museum and the bar",
    ],
)
def test_anything_more_than_undo_is_not_undo(text: str) -> None:
    assert not said_undo(text)


@pytest.mark.parametrize(
    "text",
    [
        "roll it back",
        "roll back the last change",
        "reverse that",
        "back that out",
        "revertí that please",
        "reviértelo",
        "volvé atrás",
        "volvamos atrás",
        "volta pra trás",
        "voltemos atras",
    ],
)
def test_undo_verbs_of_every_language_are_undo(text: str) -> None:
    assert said_undo(text)


@pytest.mark.parametrize(
    "text",
    [
        "undo the last thing you did",
        "undo what you just did",
        "reverse the last change you made",
        "take back the last thing",
        "can you undo your last change",
        "oops undo the last change you made pls",
        "deshaz lo último que hiciste",
        "deshacé lo que acabás de hacer",
        "revierte lo último que hicimos",
        "no no, deshaz lo ultimo que hiciste porfa",
        "deshaz lo que hiciste recién",
        "desfaz o último que você fez",
        "desfaz o que acabaste de fazer",
        "desfaz o que vc fez pfv",
        "desfaça a última alteração",
    ],
)
def test_undo_of_what_was_just_done_is_undo(text: str) -> None:
    assert [op.intent for op in parse(text).ops] == [Intent.UNDO], text


@pytest.mark.parametrize(
    "said",
    [
        "mejor no chacho, deshaz el ultimo cambio y dejalo como estaba",
        "uy no maño, deshaz eso",
        "quillo deshaz el ultimo cambio",
        "ay no primo, dejalo como estaba",
        "no asere, deshaz eso",
        "nah acho, vuelve atras",
    ],
)
def test_an_undo_with_a_name_called(said: str) -> None:
    assert said_undo(said)
