"""Undo said idiomatically, in three languages (core.intents.undo_words)."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.readings import TODAY


def _intents(text: str) -> list[Intent]:
    return [op.intent for op in parse(text, today=TODAY).ops]


@pytest.mark.parametrize(
    "text",
    [
        "undo what u did",
        "undo last",
        "reverse that edit pls",
        "restore the old version",
        "bring back the previous plan",
        "nah go back to the original plan",
        "hmm can you return to the previous version",
        "ugh revert to the old one",
        "cancel that",
        "nope, cancel it",
        "forget what i asked, go back",
    ],
)
def test_english_undo_idioms(text: str) -> None:
    assert _intents(text) == [Intent.UNDO]


@pytest.mark.parametrize(
    "text",
    [
        "échalo pa atrás",
        "echa para atras porfa",
        "regresa a lo de antes",
        "vuelve a la versión anterior",
        "quiero el plan de antes",
        "cancela eso",
        "no, cancela lo que te dije",
        "olvida lo que te pedí, vuelve",
        "mejor lo anterior",
    ],
)
def test_spanish_undo_idioms(text: str) -> None:
    assert _intents(text) == [Intent.UNDO]


@pytest.mark.parametrize(
    "text",
    [
        "cancela isso",
        "cancela isso pfv",
        "volta ao que tava antes",
        "volta pro roteiro anterior",
        "quero o plano de antes",
        "esquece o que eu pedi, volta",
        "esquece o que eu falei",
        "cancela o que eu pedi",
        "volta pra versão anterior",
    ],
)
def test_portuguese_undo_idioms(text: str) -> None:
    assert _intents(text) == [Intent.UNDO]


@pytest.mark.parametrize(
    "text",
    [
        "cancel the museum",
        "cancela o jantar de sexta",
        "cancela la reserva",
        "el anterior",
        "quiero el anterior",
        "the previous one",
        "go back to the hotel at 5",
        "volta pro hotel às 6",
        "vuelve al mercado el jueves",
    ],
)
def test_a_stop_or_a_choice_is_no_undo(text: str) -> None:
    assert Intent.UNDO not in _intents(text)
