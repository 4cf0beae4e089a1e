"""core.intents.openers: a polite way in and a name called out come off before the request."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.openers import without_openers
from core.intents.parse import normalize, parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("sería posible mover el museo al jueves?", "mover el museo al jueves?"),
        ("¿habría manera de quitar la cena del dia 2?", "quitar la cena del dia 2?"),
        ("habria forma de poner un bar el lunes", "poner un bar el lunes"),
        ("existe la posibilidad de reservar en Casa Lucio pa 4", "reservar en Casa Lucio pa 4"),
        ("sería posible que pongas un bar de vinos el lunes", "pongas un bar de vinos el lunes"),
        ("me harías el favor de quitar el Prado", "quitar el Prado"),
        ("seria possível mudar o museu pra quinta?", "mudar o museu pra quinta?"),
        ("será que dá pra mudar o jantar pras 9?", "dá pra mudar o jantar pras 9?"),
        ("tem como tirar a igreja do dia 2?", "tirar a igreja do dia 2?"),
        ("mi niño ponme el Retiro el martes", "ponme el Retiro el martes"),
        ("chacho quita el museo del dia 2", "quita el museo del dia 2"),
        ("maño, mueve la cena a las 9", "mueve la cena a las 9"),
        ("asere pon un bar de salsa el viernes", "pon un bar de salsa el viernes"),
    ],
)
def test_the_way_in_comes_off(said: str, rest: str) -> None:
    assert without_openers(normalize(said)) == normalize(rest)


@pytest.mark.parametrize(
    "said",
    [
        "mi niño quiere ir al zoo el martes",
        "es posible",
        "hay forma",
        "primo de mi mujer viene el lunes",
    ],
)
def test_what_is_no_way_in_stays(said: str) -> None:
    assert without_openers(normalize(said)) == normalize(said)


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("sería posible mover el Prado al jueves?", Intent.MOVE),
        ("¿habría manera de quitar la cena del dia 2?", Intent.REMOVE),
        ("existe la posibilidad de reservar en Casa Lucio pa 4", Intent.BOOK),
        ("seria possível mudar o museu pra quinta?", Intent.MOVE),
        ("tem como tirar a igreja do dia 2?", Intent.REMOVE),
        ("mi niña ponme el Retiro el martes tempranito", Intent.ADD),
        ("mejor no chacho, deshaz el ultimo cambio y dejalo como estaba", Intent.UNDO),
    ],
)
def test_the_request_after_it_is_read(said: str, intent: Intent) -> None:
    parsed = parse(said, today=TODAY)
    assert [op.intent for op in parsed.ops] == [intent]
    assert parsed.first.confidence == 1.0 or intent is Intent.MOVE
