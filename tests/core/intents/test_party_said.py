"""Parties said with a breakdown, with 'ppl', or as 'mesa … pa 6' at the end of a booking."""

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
        ("quero reservar no haveli rooftop kitchen, somos 5 (3 adultos e 2 criancas)", 5, "haveli"),
        ("reserva o Cantinho do Avillez, somos 4: 2 adultos e 2 filhos", 4, "avillez"),
        ("reserva en Don Julio, somos 4: 2 adultos y 2 niños", 4, "don julio"),
        ("resérvame en El Cielo, seremos 6 (4 adultos y 2 nenes)", 6, "cielo"),
        ("reserve la casona del ajiaco for lunch monday at noon, 3 ppl", 3, "casona"),
        ("book Dishoom for dinner on day 2, 4 ppl", 4, "dishoom"),
        ("book the Kitchin friday 8pm 5 pax", 5, "kitchin"),
        ("apártanos mesa en la Cevichería Caribe pa 6 ajá", 6, "cevicheria"),
        ("resérvanos mesa en Andrés Carne de Res pa 8 porfa", 8, "andres"),
        ("apartanos una mesa en el Fogon pa 4", 4, "fogon"),
        ("reserva mesa no Tasca do Porto pra 4", 4, "tasca"),
        ("book a table at Dishoom for 4", 4, "dishoom"),
    ],
)
def test_the_party_is_who_comes(text: str, party: int, place: str) -> None:
    ops = parse(text, today=_TODAY, usual_language=None).ops
    assert len(ops) == 1
    (op,) = ops
    assert op.intent is Intent.BOOK
    assert op.party_size == party
    assert op.target is not None
    assert place in fold(op.target.text or "")


@pytest.mark.parametrize(
    "text",
    [
        "book a table at Dishoom for 8pm",
        "reserva mesa en Don Julio para las 9",
        "aparte de eso, agrega el museo del oro",
    ],
)
def test_a_time_or_a_word_is_no_party(text: str) -> None:
    for op in parse(text, today=_TODAY, usual_language=None).ops:
        assert op.party_size is None
