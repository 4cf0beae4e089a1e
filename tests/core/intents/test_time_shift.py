"""Moving one item by an amount of time, the item said first and the verb after it."""

import pytest

from core.intents.model import Intent
from core.intents.parse import normalize
from core.intents.shorthand import expand_shorthand
from core.intents.time_shift import time_shift_turn
from core.intents.verb_forms import respell


def _read(text: str):  # type: ignore[no-untyped-def]
    return time_shift_turn(respell(expand_shorthand(normalize(text))))


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("el Fogón Llanero atrasalo una hora", 60),
        ("o jantar adianta ele meia hora", -30),
        ("the museum, push it back an hour", 60),
        ("la cena, adelantala media hora porfa", -30),
    ],
)
def test_the_item_first_then_the_verb(text: str, minutes: int) -> None:
    turn = _read(text)
    assert turn is not None
    assert (turn.intent, turn.shift_minutes) == (Intent.RETIME, minutes)


def test_no_way_said_is_no_shift() -> None:
    assert _read("the museum, move it 2 hours") is None
