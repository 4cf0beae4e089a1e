"""core.intents.spoken_spanish: regional Spanish made plain before the phrase tables read it."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.spoken_spanish import plain_spanish

TODAY = dt.date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("pa el vierne pon argo de marisco", "pa el viernes pon algo de marisco"),
        ("el lune lo tenemo libre", "el lunes lo tenemos libre"),
        ("er museo del prado a las die", "el museo del prado a las diez"),
        ("mueve la cena, q es mu tarde pa nosotro", "mueve la cena, q es muy tarde pa nosotros"),
        ("busca un sitio de pescaito frito, illo", "busca un sitio de pescadito frito"),
        ("un bar bien valorao pal sabado, plebe", "un bar bien valorado pal sabado"),
        ("quita el zoo, guaje, q llueve", "quita el zoo, q llueve"),
        ("ajá y el castillo? ponlo el martes", "y el castillo? ponlo el martes"),
        ("aupa! como va", "hola! como va"),
        ("nombre, mejor el jueves", "no, mejor el jueves"),
        ("el martes está libre chele, planeamelo vos", "el martes está libre, planeamelo"),
        ("la cena de hoy bomba, algo de tacos", "la cena de hoy, algo de tacos"),
    ],
)
def test_regional_spanish_is_made_plain(said: str, plain: str) -> None:
    assert plain_spanish(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "visitar marte",  # the planet, not a weekday: no article before it
        "una bomba de sabor en la cena",  # a noun with its article stays
        "el nombre del restaurante",  # "nombre" only opens a message as "no hombre"
        "la plaza de la plebe",  # a name with its article stays
    ],
)
def test_plain_words_are_left_alone(said: str) -> None:
    assert plain_spanish(said) == said


@pytest.mark.parametrize(
    ("said", "intent", "query_words"),
    [
        ("pal jueve busca argo de pescao quillo", Intent.ADD, {"pescado"}),
        ("un café pa mañana plebe, q hay?", Intent.ADD, {"cafe"}),
        ("quitale el ultimo dia al viaje guaje", Intent.REMOVE_DAYS, set()),
        ("grasia miarma ere un arte", Intent.SOCIAL, set()),
        ("aupa! q tal?", Intent.SOCIAL, set()),
    ],
)
def test_regional_messages_are_understood(said: str, intent: Intent, query_words: set[str]) -> None:
    op = parse(said, today=TODAY, usual_language="es").ops[0]
    assert op.intent is intent
    assert query_words <= set((op.query or "").replace("é", "e").split())


@pytest.mark.parametrize("said", ["regrésala", "nombre, devuélvela", "no, tráela de vuelta"])
def test_putting_back_what_was_removed_is_an_undo(said: str) -> None:
    assert parse(said, today=TODAY, usual_language="es").ops[0].intent is Intent.UNDO
