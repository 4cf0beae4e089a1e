"""core.intents.dropped_visits (through parse): a visit called off then "take it off" is one
removal of that stop; "it" is never asked about again."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

DROPPED: list[tuple[str, str, int | None, str | None]] = [
    (
        "mare, mañana ya no vamos a Elephanta, está lejísimos, quítalo",
        "elephanta",
        None,
        "tomorrow",
    ),
    ("ya no vamos al museo del oro, queda lejos, sácalo", "museo del oro", None, None),
    ("el jueves ya no vamos a monserrate, bórralo porfa", "monserrate", None, "weekday:3"),
    ("no vamos a ir a la candelaria, quítala", "candelaria", None, None),
    ("não vamos mais na ribeira, tá muito cheio, tira isso", "ribeira", None, None),
    ("o dia 3 a gente não vai mais no palácio da bolsa, tira ele", "palacio da bolsa", 3, None),
    ("amanhã não vamos mais ao serralves, chuva demais, tira", "serralves", None, "tomorrow"),
    ("we're not doing the castle anymore, too pricey, drop it", "castle", None, None),
    ("we won't be going to calton hill on day 2, take it off", "calton hill", 2, None),
    ("not going to the bamboo grove anymore, too crowded, remove it", "bamboo grove", None, None),
]


@pytest.mark.parametrize(("text", "place", "day", "day_ref"), DROPPED)
def test_a_visit_called_off_is_one_removal(
    text: str, place: str, day: int | None, day_ref: str | None
) -> None:
    ops = parse(text).ops
    assert [op.intent for op in ops] == [Intent.REMOVE], (text, ops)
    target = ops[0].target
    assert target is not None
    assert place in (target.text or "").lower().replace("á", "a"), (text, target)
    assert (ops[0].day, ops[0].day_ref) == (day, day_ref), text
