"""Wanting a day free is clearing it."""

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "day", "day_ref"),
    [
        ("I want day 3 empty", 3, None),
        ("can u leave day 2 free pls", 2, None),
        ("keep friday free", None, "weekday:4"),
        ("déjame el viernes libre porfa", None, "weekday:4"),
        ("quiero dejar el día 4 completamente libre", 4, None),
        ("quero a quarta livre, tira tudo desse dia", None, "weekday:2"),
        ("deixa o dia 5 vazio", 5, None),
    ],
)
def test_a_day_wanted_free_is_cleared(text: str, day: int | None, day_ref: str | None) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.every
    assert (op.day, op.day_ref) == (day, day_ref)


@pytest.mark.parametrize(
    "text",
    [
        "we want a free walking tour on day 2",
        "is the museum free on day 2?",
        "add something on day 3, we're free after lunch",
        "quiero un tour gratis el día 2",
    ],
)
def test_free_said_of_something_else_clears_nothing(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert not any(op.target is not None and op.target.every for op in ops)
