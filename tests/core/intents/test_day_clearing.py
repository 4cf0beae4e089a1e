"""core.intents.day_clearing: emptying a whole day, with a "whole" word or a remark beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "language", "day", "day_ref"),
    [
        ("vacia el dia 3 completo, lo dejamos libre", "es", 3, None),
        ("limpia el primer dia entero porfa, llegamos muy tarde", "es", 1, None),
        ("despeja el martes completito que vamos a la playa", "es", None, "weekday:1"),
        ("vaciame el jueves entero, nos vamos de excursión", "es", None, "weekday:3"),
        ("can u empty friday? might do a day trip to st andrews", None, None, "weekday:4"),
        ("clear out the whole of thursday pls, we'll wing it", None, None, "weekday:3"),
        ("free up all of day 4, my cousin's visiting", None, 4, None),
        ("esvazia o sábado inteiro, vamos fazer um bate-volta", "pt", None, "weekday:5"),
        ("libera a sexta toda, vamos pra praia", "pt", None, "weekday:4"),
        ("limpa o dia 2 todinho pf, a gente vai descansar", "pt", 2, None),
    ],
)
def test_a_day_emptied_in_other_words_is_cleared(
    said: str, language: str | None, day: int | None, day_ref: str | None
) -> None:
    ops = parse(said, today=TODAY, usual_language=language).ops
    assert len(ops) == 1
    op = ops[0]
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.every
    assert (op.day, op.day_ref) == (day, day_ref)


@pytest.mark.parametrize(
    "said",
    ["clear the cathedral from day 3, it's closed", "remove the castle from day 2"],
)
def test_one_item_taken_off_a_day_stays_one_item(said: str) -> None:
    op = parse(said, today=TODAY).first
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert not op.target.every
