"""When, said the Spanish way: parts of the day, local meal names, verbless retimes."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal, PartOfDay
from tests.core.intents.test_parse import cases, check

ADD, RETIME = Intent.ADD, Intent.RETIME

PHRASINGS: list[Any] = [
    # A bare hour takes the half of the day said with it.
    (
        "pon el mirador el día 2 bien tempranito, como a las 6",
        "es",
        [{"intent": ADD, "query_has": ["mirador"], "time": "06:00", "query_lacks": ["bien"]}],
    ),
    (
        "agrega un café el día 1 por la tarde, tipo 4 y media",
        "es",
        [{"intent": ADD, "query_has": ["café"], "day": 1, "time": "16:30"}],
    ),
    # Parts of the day from Mexico to the River Plate.
    (
        "sumá la feria artesanal el viernes a la mañana",
        "es",
        [{"intent": ADD, "query_has": ["feria"], "part_of_day": PartOfDay.MORNING}],
    ),
    (
        "agrega el malecón el día 3 a la puesta del sol",
        "es",
        [{"intent": ADD, "query_has": ["malecón"], "day": 3, "part_of_day": PartOfDay.EVENING}],
    ),
    (
        "pon la cascada x la tarde el día 2",
        "es",
        [{"intent": ADD, "query_has": ["cascada"], "part_of_day": PartOfDay.AFTERNOON}],
    ),
    # The afternoon meal by its local names.
    (
        "algo pa la merienda del día 4",
        "es",
        [{"intent": ADD, "query_has": ["cafe"], "day": 4, "part_of_day": PartOfDay.AFTERNOON}],
    ),
    (
        "queremos tomar onces el domingo",
        "es",
        [{"intent": ADD, "query_has": ["cafe"], "part_of_day": PartOfDay.AFTERNOON}],
    ),
    # Asking what we eat, or saying where we eat, is adding the meal.
    (
        "¿qué cenamos el día 2? algo con pescado",
        "es",
        [{"intent": ADD, "meal": Meal.DINNER, "day": 2, "query_has": ["pescado"]}],
    ),
    (
        "el sábado almorzamos en La Mar",
        "es",
        [{"intent": ADD, "meal": Meal.LUNCH, "query_has": ["mar"], "day_ref": "weekday:5"}],
    ),
    # "the thing" with a new time and no verb: a retime.
    (
        "el teatro a las 7 de la tarde mejor",
        "es",
        [{"intent": RETIME, "target_has": ["teatro"], "time": "19:00"}],
    ),
    (
        "la cena del día 2, mejor a las 10 de la noche",
        "es",
        [{"intent": RETIME, "meal": Meal.DINNER, "time": "22:00"}],
    ),
    # Not a retime: something new, or a day said first.
    (
        "el día 2 a las 8 un bar de jazz",
        "es",
        [{"intent": ADD, "query_has": ["jazz"], "day": 2}],
    ),
    # "para 2" is a party, not a time.
    (
        "reserva una mesa para 2 esta noche",
        "es",
        [{"intent": Intent.BOOK, "party_size": 2}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(PHRASINGS))
def test_when_said_the_spanish_way(text: str, language: str | None, ops: list[Any]) -> None:
    check(text, language, ops)
