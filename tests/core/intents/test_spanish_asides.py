"""Remarks and vocatives around a Spanish request: dropped, or kept as the wish they carry."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal
from core.intents.spanish_asides import without_remarks
from tests.core.intents.test_parse import cases, check

ADD, REMOVE, RETIME, BOOK = Intent.ADD, Intent.REMOVE, Intent.RETIME, Intent.BOOK

PHRASINGS: list[Any] = [
    # A subject and its verb after the request.
    (
        "quita el teleférico, a mi mamá le dan miedo las alturas",
        "es",
        [{"intent": REMOVE, "target_has": ["teleférico"]}],
    ),
    (
        "saca la excursión en lancha, el mar me pone mal",
        "es",
        [{"intent": REMOVE, "target_has": ["excursión"], "query": None}],
    ),
    # A reason: "que …", "ya …", "porque …".
    (
        "agrega una pizzería el viernes, que ya vamos a estar cansados de arepas",
        "es",
        [{"intent": ADD, "query_has": ["pizzería"], "query_lacks": ["cansados", "arepas"]}],
    ),
    (
        "busca un bar de vinos pa el sábado, ya probamos todas las cervecerías",
        "es",
        [{"intent": ADD, "query_has": ["vinos"], "query_lacks": ["probamos"]}],
    ),
    # One's own plans and state.
    (
        "un sitio de tacos el jueves, andamos antojados",
        "es",
        [{"intent": ADD, "query_has": ["tacos"], "query_lacks": ["antojados"]}],
    ),
    (
        "agrega el acuario el domingo, vamos a estar cerca del puerto",
        "es",
        [{"intent": ADD, "query_has": ["acuario"], "day_ref": "weekday:6"}],
    ),
    # Whatever you find; a purpose.
    (
        "pa la cena del día 3 algo de pasta, lo que encuentres",
        "es",
        [
            {
                "intent": ADD,
                "query_has": ["pasta"],
                "query_lacks": ["encuentres"],
                "meal": Meal.DINNER,
            }
        ],
    ),
    # A remark that says what the place must be is a wish.
    (
        "algo pa almorzar el día 1, mi esposo no come carne",
        "es",
        [{"intent": ADD, "query_has": ["vegetariano"], "query_lacks": ["esposo"], "day": 1}],
    ),
    (
        "una panadería el martes, mi hija no come gluten",
        "es",
        [{"intent": ADD, "query_has": ["panadería", "gluten"], "query_lacks": ["hija"]}],
    ),
    # Not remarks: a party size, a correction, a later request.
    (
        "reserva en el Bistró Luna, somos 4, a las 9 pm",
        "es",
        [{"intent": BOOK, "party_size": 4, "time": "21:00"}],
    ),
    # Vocatives from several countries.
    ("chamo, quita el museo del oro", "es", [{"intent": REMOVE, "target_has": ["museo", "oro"]}]),
    ("wey agrega unos tacos el martes", "es", [{"intent": ADD, "query_has": ["tacos"]}]),
    (
        "mae pon el volcán el día 2",
        "es",
        [{"intent": ADD, "query_has": ["volcán"], "query_lacks": ["mae"], "day": 2}],
    ),
    (
        "causa, agrega un cevichería el día 3",
        "es",
        [{"intent": ADD, "query_has": ["cevichería"], "query_lacks": ["causa"], "day": 3}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(PHRASINGS))
def test_remarks_and_vocatives(text: str, language: str | None, ops: list[Any]) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mueve el museo al día 2, no, al 4", "mueve el museo al día 2, no, al 4"),
        ("pon la cena a las 9, y el bar a las 11", "pon la cena a las 9, y el bar a las 11"),
        ("sí, todo", "sí, todo"),
        ("agrega el parque, verdad?", "agrega el parque?"),
    ],
)
def test_what_is_not_a_remark_stays(text: str, kept: str) -> None:
    assert without_remarks(text) == kept
