"""Days said as ordinals or dressed-up weekdays, in a request or as the answer to "which
day?" (core.intents.weekday_forms, core.intents.answer_words)."""

from __future__ import annotations

import pytest

from core.intents.answer_words import read_answer
from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.readings import TODAY, only

MON, TUE, WED, THU, FRI, SAT, SUN = (f"weekday:{n}" for n in range(7))


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        # pt: augmentatives, diminutives, vowels dropped, numbered
        ("bota um barzinho no sabadão", SAT),
        ("quero uma feijoada no domingão", SUN),
        ("sextinha a noite um samba", FRI),
        ("pro sabadinho um passeio de barco", SAT),
        ("na sxta um rodízio", FRI),
        ("um museu na 3ª", TUE),
        ("uma trilha na qnta de manhã", THU),
        # es
        ("el sabadito un asado", SAT),
        ("pon un museo el juev", THU),
        ("el dominguito un brunch", SUN),
        ("un tour el mié", WED),
    ],
)
def test_a_weekday_said_the_chat_way_names_it(text: str, day_ref: str) -> None:
    turn = only(text)
    assert turn.intent is Intent.ADD
    assert turn.day_ref == day_ref


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        ("sabadão", SAT),
        ("domingão", SUN),
        ("sxta", FRI),
        ("sxta feira", FRI),
        ("segundona", MON),
        ("5ª", THU),
        ("sáb.", SAT),
        ("vie", FRI),
        ("juev", THU),
        ("mié", WED),
        ("el sabadito", SAT),
    ],
)
def test_a_weekday_answers_which_day(text: str, day_ref: str) -> None:
    said = read_answer(text, None)
    assert (said.day, said.day_ref, said.rest) == (None, day_ref, "")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("day two", 2),
        ("the second day pls", 2),
        ("3rd day", 3),
        ("el tercer día", 3),
        ("pal segundo día", 2),
        ("día dos", 2),
        ("o segundo dia", 2),
        ("dia três", 3),
        ("no primeiro dia", 1),
        ("pro terceiro dia", 3),
    ],
)
def test_an_ordinal_day_answers_which_day(text: str, day: int) -> None:
    said = read_answer(text, None)
    assert (said.day, said.rest) == (day, "")


@pytest.mark.parametrize(
    "text",
    [
        "é a segunda vez que peço isso",
        "pela segunda vez, não gostei",
        "es la segunda vez que pregunto",
        "segunda vez que vengo",
        "the second time",
        "a sexta vez",
    ],
)
def test_an_ordinal_before_vez_is_no_day(text: str) -> None:
    turn = parse(text, today=TODAY).first
    assert (turn.day_ref, turn.day) == (None, None)
