"""Bookings asked for in everyday ways: a table wished for, someone of the party who wants it,
"is it possible", an article dropped, "p/ 3", "pour 6", a party counted by adults and kids."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.text import fold

_TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "party", "place"),
    [
        ("We'd like a table at Sushi Zen, 2 adults and 2 kids.", 4, "sushi zen"),
        ("i would like a table at Dishoom for 3 people", 3, "dishoom"),
        ("queremos uma mesa no Tasca do Cais pra 4 pessoas", 4, "tasca do cais"),
        ("quisiera una mesa en la Cevichería Caribe, 2 adultos y 2 niños", 4, "cevicheria"),
        ("my wife wants to book Casa Lucía, 3 adults and 1 kid", 4, "casa lucia"),
        ("mi madre quiere reservar en Casa Lucía para 4", 4, "casa lucia"),
        ("minha mãe quer reservar o Cantinho do Avillez pra nós três", 3, "avillez"),
        ("reserva o Fogón Llanero p/ 5", 5, "fogon llanero"),
        ("dá pra reservar a Tasca do Porto p/ 2 pessoas?", 2, "tasca do porto"),
        ("é possível reservar mesa na Marisqueira da Foz pour 6 pessoas? somos todos", 6, "foz"),
        ("hola! ¿es posible reservar en Casa Lucía para 4? vamos con los abuelos", 4, "casa lucia"),
        ("is it possible to book Sushi Zen for 3 people? we're celebrating", 3, "sushi zen"),
        ("Please make reservation at Kamogawa Kaiseki, 2 persons. Thank you!", 2, "kamogawa"),
    ],
)
def test_a_booking_wished_for_is_a_booking_for_its_party(text: str, party: int, place: str) -> None:
    ops = parse(text, today=_TODAY, usual_language=None).ops
    assert [op.intent for op in ops] == [Intent.BOOK]
    (op,) = ops
    assert op.party_size == party
    assert op.target is not None
    name = fold(op.target.text or "")
    assert place in name
    assert not any(word in name.split() for word in ("p", "pour", "thank", "adults", "can"))


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("mainha quer reservar o Haveli Rooftop Kitchen pra nós dois às 20h, pode?", "20:00"),
        ("Please make reservation at Kamogawa Kaiseki, 2 persons, day 1 7pm.", "19:00"),
        ("mi novia quiere reservar en El Cielo para 2 a las 21:00, ¿puedes?", "21:00"),
    ],
)
def test_the_time_of_a_wished_booking_is_kept(text: str, at: str) -> None:
    (op,) = parse(text, today=_TODAY, usual_language=None).ops
    assert op.intent is Intent.BOOK
    assert op.time == at
    assert op.party_size == 2


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("podés reservar en el Thistle? seríamos 3", 3),
        ("¿me reservas en la Cevichería? somos 5", 5),
        ("pode reservar no Tasca do Cais? seremos 4", 4),
        ("can you book the Wee Dram? we are 6", 6),
    ],
)
def test_who_comes_said_after_the_booking_question_is_its_party(text: str, party: int) -> None:
    ops = parse(text).ops
    assert [(op.intent, op.party_size) for op in ops] == [(Intent.BOOK, party)]


@pytest.mark.parametrize(
    "text",
    [
        "change the time for palacio da bolsa",
        "change the day for the castle",
        "change the timing for Ryoan-ji",
    ],
)
def test_changing_when_a_stop_is_is_no_replacement(text: str) -> None:
    assert all(op.intent is not Intent.REPLACE for op in parse(text).ops)
