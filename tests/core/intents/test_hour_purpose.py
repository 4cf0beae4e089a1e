"""A bare hour read with what it is for (core.intents.hour_purpose)."""

from __future__ import annotations

import pytest

from core.intents.hour_purpose import hour_for
from core.intents.model import Meal
from tests.core.intents.readings import only


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("fancy some tacos on day 2, 8ish", "20:00"),
        ("add a cocktail bar on day 3 at 9", "21:00"),
        ("add a jazz club on day 1 at 10:30", "22:30"),
        ("drinks at 9 on day 2", "21:00"),
        ("un bar de copas el día 2 a las 10", "22:00"),
        ("uma balada no dia 3 às 11", "23:00"),
        ("breakfast at 7 on day 2", "07:00"),
        ("add a brunch on day 2 at 11", "11:00"),
        ("add the castle at 9 on day 2", "09:00"),
        ("add a steakhouse on day 1 at 8", "20:00"),
        ("dinner on day 2 at 8am", "08:00"),
    ],
)
def test_a_bare_hour_takes_its_half_from_what_it_is_for(text: str, time: str) -> None:
    assert only(text).time == time


def test_said_halves_are_kept() -> None:
    assert hour_for("08:00", Meal.DINNER, "dinner", had_marker=True) == "08:00"
    assert hour_for("19:00", Meal.BREAKFAST, "breakfast", had_marker=False) == "07:00"
    assert hour_for("09:00", None, "museum", had_marker=False) == "09:00"
    assert hour_for(None, Meal.DINNER, "dinner", had_marker=False) is None
