"""core.intents.openers: hesitations and openers a message starts with."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.openers import without_openers
from core.intents.parse import normalize, parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("hmm nah take it off again", "take it off again"),
        ("mmm no, mejor quitalo", "mejor quitalo"),
        ("nah revertí eso porfa", "revertí eso porfa"),
        ("ok so can you clear friday", "can you clear friday"),
        ("bueno pues quita el museo", "quita el museo"),
        ("olha, tira a igreja", "tira a igreja"),
        ("uai, então muda o jantar", "muda o jantar"),
        ("este, mueve la cena a las 9", "mueve la cena a las 9"),
        ("o sea, pon el museo el lunes", "pon el museo el lunes"),
        ("ya, e como é que eu mudo as coisas?", "e como é que eu mudo as coisas?"),
        ("tipo, tira o museu", "tira o museu"),
        ("meh... remove the castle", "remove the castle"),
        ("uhhh well, add a bar", "add a bar"),
        ("hmm ok", "ok"),  # never emptied: the last word is the answer
    ],
)
def test_openers_come_off(said: str, rest: str) -> None:
    assert without_openers(normalize(said)) == rest


@pytest.mark.parametrize(
    "said",
    [
        "nah",
        "ok",
        "no, day 3",
        "este museo quitalo",
        "ya fuimos al museo",
        "tipo de comida",
        "well known bar on day 2",
        "so what's on day 2",
        "a ver el plan completo",
    ],
)
def test_words_that_start_a_request_stay(said: str) -> None:
    assert without_openers(normalize(said)) == normalize(said)


@pytest.mark.parametrize(
    ("said", "language", "intent"),
    [
        ("hmm nah take it off again", None, Intent.REMOVE),
        ("mmm no, mejor quitalo", None, Intent.REMOVE),
        ("ummm remove the castle", None, Intent.REMOVE),
        ("pues nada, quita el museo del dia 2", "es", Intent.REMOVE),
        ("bueno, mueve la cena a las 9", "es", Intent.RETIME),
        ("olha, tira a igreja do dia 2", "pt", Intent.REMOVE),
        ("então, muda o jantar pro dia 3", "pt", Intent.MOVE),
        ("uhh ok so what's on day 2", None, Intent.SHOW),
    ],
)
def test_a_request_after_openers_is_read(said: str, language: str | None, intent: Intent) -> None:
    assert parse(said, today=TODAY, usual_language=language).first.intent is intent


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("b'y get rid of that bookshop on day 1, the lineup is some long", Intent.REMOVE),
        ("b'y, move the castle to day 2", Intent.MOVE),
        ("brah take da castle off day 2", Intent.REMOVE),
        ("tio drop the museum from day 3", Intent.REMOVE),
        ("b'y clear friday", Intent.REMOVE),
        ("brah swap day 1 and day 2", Intent.SWAP_DAYS),
    ],
)
def test_a_call_before_any_request_verb_is_taken_off(said: str, intent: Intent) -> None:
    assert parse(said, today=TODAY).first.intent is intent
