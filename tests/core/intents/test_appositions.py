"""core.intents.appositions: a place described, then named, is one target: the name."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.appositions import named_not_described
from core.intents.model import Intent
from core.intents.parse import normalize, parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("quita lo del castillo ese, el Castelo de São Jorge", "quita el Castelo de São Jorge"),
        (
            "mueve la iglesia esa, la Sainte-Chapelle, al viernes",
            "mueve la Sainte-Chapelle, al viernes",
        ),
        ("saca eso del mercado, el Mercado da Ribeira", "saca el Mercado da Ribeira"),
        ("borra el museo aquel, el Reina Sofia", "borra el Reina Sofia"),
        ("tira aquilo do mosteiro, o Jerónimos", "tira o Jerónimos"),
        ("quita lo de los barcos, el Tour en Barco del Sena", "quita el Tour en Barco del Sena"),
    ],
)
def test_the_name_is_kept(said: str, rest: str) -> None:
    assert named_not_described(normalize(said)) == rest


@pytest.mark.parametrize(
    "said",
    [
        "quita el museo ese, el bar y la playa",
        "quita el museo, el bar y la playa",
        "lo del museo ese no me convence",
        "quita el Prado, el Retiro y el Reina Sofia",
    ],
)
def test_a_list_stays(said: str) -> None:
    assert named_not_described(normalize(said)) == normalize(said)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "quita lo del cementerio ese, el Pere Lachaise, que a mi mujer le da yuyu",
            "Pere Lachaise",
        ),
        ("saca eso del mercado, el Mercado da Ribeira, no nos da tiempo", "Mercado da Ribeira"),
        ("borra el museo aquel, el Reina Sofia", "Reina Sofia"),
    ],
)
def test_one_removal_of_the_name(said: str, name: str) -> None:
    parsed = parse(said, today=TODAY, usual_language="es")
    assert [op.intent for op in parsed.ops] == [Intent.REMOVE]
    assert parsed.first.target is not None
    assert parsed.first.target.text == name
