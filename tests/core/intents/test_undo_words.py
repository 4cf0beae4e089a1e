"""core.intents.undo_words: a whole message that takes the last change back."""

from __future__ import annotations

import pytest

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
