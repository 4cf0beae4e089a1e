"""The one weekday table: every language's whole names and chat short forms agree."""

from __future__ import annotations

import pytest

from core.intents.weekday_numbers import (
    IBERIAN_WEEKDAY_NUMBERS,
    SHORT_WEEKDAY_NUMBERS,
    WEEKDAY_NUMBERS,
)


@pytest.mark.parametrize(
    ("names", "number"),
    [
        (("monday", "lunes", "segunda", "mon", "seg"), 0),
        (("wednesday", "miercoles", "quarta", "wed", "mie", "qua"), 2),
        (("saturday", "sabado", "sat", "sab"), 5),
        (("sunday", "domingo", "sun", "dom"), 6),
    ],
)
def test_a_weekday_has_one_number_in_every_language(names: tuple[str, ...], number: int) -> None:
    table = {**WEEKDAY_NUMBERS, **SHORT_WEEKDAY_NUMBERS}
    assert {table[name] for name in names} == {number}


def test_the_iberian_names_leave_the_english_ones_out() -> None:
    assert "monday" not in IBERIAN_WEEKDAY_NUMBERS
    assert IBERIAN_WEEKDAY_NUMBERS["sexta"] == 4
    assert IBERIAN_WEEKDAY_NUMBERS["jueves"] == 3
    assert len(IBERIAN_WEEKDAY_NUMBERS) == 12
