"""Adding said as fitting something in: "could we squeeze an izakaya in on tuesday night"."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("ope, could we squeeze an izakaya in on tuesday night", "izakaya"),
        ("could we squeeze a ramen place in on day 2", "ramen"),
        ("fit a museum in on day 3 pls", "museum"),
        ("can u sneak a quick coffee spot in on friday morning", "coffee"),
        ("let's work a beach in on day 4", "beach"),
        ("can we cram one more temple in on day 1", "temple"),
    ],
)
def test_fitting_a_place_in_is_an_add(said: str, word: str) -> None:
    (op,) = parse(said).ops
    assert op.intent is Intent.ADD, op
    assert word in (op.query or ""), op
