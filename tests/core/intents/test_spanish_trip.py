"""Spanish changes to the trip and its days, wishes about price and rating, corrections."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.test_parse import cases, check

ADD, MOVE, REMOVE, UNDO = Intent.ADD, Intent.MOVE, Intent.REMOVE, Intent.UNDO

PHRASINGS: list[Any] = [
    ("súmale un día más al viaje", "es", [{"intent": Intent.ADD_DAYS, "day_count": 1}]),
    ("alárgale tres días al viaje", "es", [{"intent": Intent.ADD_DAYS, "day_count": 3}]),
    (
        "al final nos quedamos solo 3 días, recorta el viaje",
        "es",
        [{"intent": Intent.REMOVE_DAYS, "trip_days": 3}],
    ),
    (
        "arrancamos el 20 de enero",
        "es",
        [{"intent": Intent.SET_START, "date": dt.date(2027, 1, 20)}],
    ),
    (
        "la fecha de inicio es el quince de diciembre, no el 7",
        "es",
        [{"intent": Intent.SET_START, "date": dt.date(2026, 12, 15)}],
    ),
    (
        "cambia lo del jueves al viernes y lo del viernes al jueves",
        "es",
        [{"intent": Intent.SWAP_DAYS, "day_ref": "weekday:3", "to_day_ref": "weekday:4"}],
    ),
    (
        "prefiero ver el día 3 primero y el 2 después",
        "es",
        [{"intent": Intent.SWAP_DAYS, "day": 3, "to_day": 2}],
    ),
    (
        "déjame libre el domingo",
        "es",
        [{"intent": REMOVE, "every": True, "day_ref": "weekday:6"}],
    ),
    (
        "pon el acuario el día 1, no perdona, el 2",
        "es",
        [{"intent": ADD, "query_has": ["acuario"], "day": 2}],
    ),
    (
        "mueve la feria al día 3, no espera, mejor al 5",
        "es",
        [{"intent": MOVE, "target_has": ["feria"], "to_day": 5}],
    ),
    ("uy, me confundí, deshazlo", "es", [{"intent": UNDO}]),
    # Price and rating.
    (
        "una pizzería el lunes, pero nada muy cara",
        "es",
        [{"intent": ADD, "query_has": ["pizzería"], "query_lacks": ["nada"]}],
    ),
    (
        "un bar con muy buenas reseñas el martes, mínimo 4.4 estrellas",
        "es",
        [{"intent": ADD, "query_has": ["bar"], "query_lacks": ["reseñas", "estrellas"]}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(PHRASINGS))
def test_spanish_trip_changes(text: str, language: str | None, ops: list[Any]) -> None:
    check(text, language, ops)


def test_not_expensive_is_cheap() -> None:
    op = parse("algo de sushi el día 2 que no salga caro").first
    assert op.preferences is not None
    assert op.preferences.price_levels == (0, 1)
    rated = parse("un café el día 1, mínimo 4.5 estrellas").first
    assert rated.preferences is not None
    assert rated.preferences.min_rating == 4.5
