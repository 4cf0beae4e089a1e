"""core.intents.reason_clauses: why the traveler asks, said after the request, is no request."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import normalize, parse
from core.intents.reason_clauses import without_reasons

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        (
            "pon el Museo Picasso el viernes tempranito, antes de que haga calor",
            "pon el Museo Picasso el viernes tempranito",
        ),
        (
            "mueve la Sagrada Familia al sabado, el viernes dicen que va a llover a cantaros",
            "mueve la Sagrada Familia al sabado",
        ),
        ("el parque guell a las 10, a las 12 hace un calor de muerte", "el parque guell a las 10"),
        (
            "quita el teleferico, que a mi suegra le dan miedo las alturas, tio",
            "quita el teleferico",
        ),
        (
            "pasa la playa al domingo, me dijeron que el sabado hay tormenta",
            "pasa la playa al domingo",
        ),
        (
            "saca el paseo en barco del martes, que mi hijo se marea",
            "saca el paseo en barco del martes",
        ),
        (
            "pon la Alhambra el jueves temprano porque luego se llena",
            "pon la Alhambra el jueves temprano",
        ),
        (
            "el mirador a las 6 de la tarde, a mediodia pega un sol tremendo",
            "el mirador a las 6 de la tarde",
        ),
    ],
)
def test_the_reason_comes_off(said: str, rest: str) -> None:
    assert without_reasons(normalize(said)) == rest


@pytest.mark.parametrize(
    "said",
    [
        "pon un bar el jueves, que sea barato",
        "agrega un restaurante el martes, que a los ninos les encanta la pizza",
        "que tiempo hace el jueves?",
        "el viernes dicen que llueve?",
        "agrega un bar de vinos el martes, el jueves mueve la cena a las 9",
        "agrega un sitio de tapas el lunes y mueve la cena a las 9",
    ],
)
def test_what_is_no_reason_stays(said: str) -> None:
    assert without_reasons(normalize(said)) == normalize(said)


@pytest.mark.parametrize(
    ("said", "intent", "what", "day_ref"),
    [
        (
            "mueve la Sagrada Familia al sabado, el viernes dicen que va a llover",
            Intent.MOVE,
            "Sagrada Familia",
            "weekday:5",
        ),
        (
            "pasa el Retiro al domingo, me dijeron q el sabado hay tormenta",
            Intent.MOVE,
            "Retiro",
            "weekday:6",
        ),
        ("quita el teleferico, que a mi suegra le da vertigo", Intent.REMOVE, "teleferico", None),
    ],
)
def test_the_request_is_read_without_its_reason(
    said: str, intent: Intent, what: str, day_ref: str | None
) -> None:
    parsed = parse(said, today=TODAY, usual_language="es")
    assert [op.intent for op in parsed.ops] == [intent]
    op = parsed.first
    assert op.target is not None
    assert op.target.text == what
    assert op.day_ref == day_ref


def test_a_time_with_the_weather_after_it_is_one_retime() -> None:
    parsed = parse("la Casa Batllo a las 5pm, a las 3 hace un calor fuerte", today=TODAY)
    assert [op.intent for op in parsed.ops] == [Intent.RETIME]
    assert parsed.first.time == "17:00"


def test_an_add_keeps_its_place_without_the_reason() -> None:
    parsed = parse(
        "ponme el Museo Picasso el viernes tempranito, antes de que apriete el sol",
        today=TODAY,
        usual_language="es",
    )
    assert parsed.first.intent is Intent.ADD
    assert parsed.first.query == "Museo Picasso"
    assert parsed.first.day_ref == "weekday:4"
