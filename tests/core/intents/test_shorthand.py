"""core.intents.shorthand: chat shorthand written out in the language that uses it."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.shorthand import expand_shorthand

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("tell me abt the aquarium", "tell me about the aquarium"),
        ("swap day 2 n day 3", "swap day 2 and day 3"),
        ("a gelato place b4 the show", "a gelato place before the show"),
        ("skip the zoo bc it rains", "skip the zoo because it rains"),
        ("agrega la heladería tmb", "agrega la heladería también"),
        ("quita el zoo dsp del almuerzo", "quita el zoo después del almuerzo"),
        ("cambia el bar x una heladería", "cambia el bar por una heladería"),
        ("coloca a feira tmb", "coloca a feira também"),
        ("na vdd tira o zoológico", "na verdade tira o zoológico"),
    ],
)
def test_shorthand_is_written_out(said: str, written: str) -> None:
    assert expand_shorthand(said) == written


@pytest.mark.parametrize(
    "said",
    [
        "a gente n vai no zoológico",  # Portuguese "n" is "não"
        "quero 2 x 3 mesas",  # no noun phrase after the "x"
        "tb quero o museu",  # the Portuguese table reads "tb" itself
    ],
)
def test_shorthand_of_another_language_stays(said: str) -> None:
    assert expand_shorthand(said) == said


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("tell me abt the aquarium", Intent.EXPLAIN),
        ("cámbiala x una heladería", Intent.REPLACE),
        ("agrega la heladería el día 2 tmb", Intent.ADD),
    ],
)
def test_written_out_shorthand_is_read(text: str, intent: Intent) -> None:
    assert [op.intent for op in parse(text, today=TODAY).ops] == [intent]


def test_a_trailing_tambien_ends_its_request() -> None:
    (op,) = parse("agrega la heladería tambien", today=TODAY).ops
    assert op.query == "heladería"


def test_changing_ones_mind_is_a_remark() -> None:
    (op,) = parse("tira essa, mudei de ideia", today=TODAY).ops
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.text == "that"


def test_a_booking_said_with_hazme_la_reserva() -> None:
    (op,) = parse("haceme la reserva en el Bar Luna para 4", today=TODAY).ops
    assert op.intent is Intent.BOOK
    assert op.party_size == 4
