"""Questions about the stop just talked about (core.intents.place_questions through parse):
its hours, how far, who it suits; nothing but "it" named means the place talked about."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

POINTED: list[tuple[str, str]] = [
    ("isso fica aberto até que horas?", "hours"),
    ("is it open till late?", "hours"),
    ("y abre los lunes?", "hours"),
    ("how far is it from the hotel?", "distance"),
    ("fica longe do hotel?", "distance"),
    ("queda lejos?", "distance"),
    ("is it good for kids?", "about"),
    ("is it stroller friendly?", "about"),
    ("is it wheelchair accessible", "about"),
    ("é bom pra criança?", "about"),
    ("da pra ir com carrinho de bebe?", "about"),
    ("es apto para niños?", "about"),
]


@pytest.mark.parametrize(("text", "aspect"), POINTED)
def test_a_question_naming_no_place_is_about_the_place_talked_about(text: str, aspect: str) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.EXPLAIN, (text, op)
    assert op.question == aspect, text
    assert op.target is not None
    assert op.target.text in {"this", "it", "that"}, text


NAMED: list[tuple[str, str]] = [
    ("tell me about arthurs seat, is it a hard climb for a 70 yr old", "arthurs seat"),
    ("how far is calton hill from the castle", "calton hill"),
    ("o Castillo San Felipe é bom pra criança?", "castillo san felipe"),
    ("is the botanic garden ok for a toddler?", "botanic garden"),
]


@pytest.mark.parametrize(("text", "place"), NAMED)
def test_a_question_with_a_remark_names_only_the_place(text: str, place: str) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.EXPLAIN, (text, op)
    assert op.target is not None
    assert op.target.text == place, text


@pytest.mark.parametrize(
    "text",
    [
        "what can we do with the kids on saturday?",
        "que hay para los niños el viernes?",
        "o que fazer com as crianças amanhã?",
        "we have a 5-year-old, anything fun on saturday?",
    ],
)
def test_something_for_the_kids_is_a_search_not_a_question(text: str) -> None:
    assert all(op.intent is not Intent.EXPLAIN for op in parse(text).ops), text


@pytest.mark.parametrize(
    "text",
    [
        "quero fazer uma reserva",
        "quiero reservar",
        "queria reservar uma mesa",
        "can u get us a reservation",
        "i'd like to make a booking",
        "me reservas mesa?",
        "quisiera reservar en la marisqueira para 2",
        "gostaria de reservar o jantar do dia 2",
    ],
)
def test_a_booking_wished_for_is_a_booking(text: str) -> None:
    assert [op.intent for op in parse(text).ops] == [Intent.BOOK], text


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("reserva uma mesa na marisqueira da foz pra 2 as 8", True),
        ("quiero reservar la cevicheria para 3 a las 8", True),
        ("book the thistle for 2 at 8am", False),
        ("reserva la marisqueira para 2 a las 20h", False),
    ],
)
def test_a_booking_time_said_bare_is_left_to_the_stop(text: str, bare: bool) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.BOOK, text
    assert op.time_said_bare is bare, text
