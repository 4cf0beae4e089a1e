"""Spanish requests said the chat way: going to a place, a table held, a name called at the end."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "query", "time"),
    [
        ("al Templo Mayor queremos ir bien tempranito, a las 8", "Templo Mayor", "08:00"),
        ("a la Sagrada Familia vamos a ir a las 10", "Sagrada Familia", "10:00"),
        ("al museo del prado quiero ir el martes a las 11", "museo del prado", "11:00"),
        (
            "a la playa de la Concha tenemos que ir a las 5 de la tarde",
            "playa de la Concha",
            "17:00",
        ),
        ("al Retiro nos gustaria ir a las 9 y media", "Retiro", "09:30"),
        ("al mercado de San Miguel pensamos ir a las 12", "mercado de San Miguel", "12:00"),
    ],
)
def test_the_place_said_before_the_going(said: str, query: str, time: str) -> None:
    op = parse(said, today=TODAY, usual_language="es").first
    assert op.intent is Intent.ADD
    assert op.query == query
    assert op.time == time


@pytest.mark.parametrize(
    ("said", "name", "party"),
    [
        ("separame una mesa en La Cabrera pa 3, porfa", "La Cabrera", 3),
        ("apártanos mesa en Casa Lucio para 4 el viernes", "Casa Lucio", 4),
        ("consíguenos una mesa en El Botin pa 2", "El Botin", 2),
        ("guárdame una mesa en Sobrino de Botín para 6", "Sobrino de Botín", 6),
        ("pídeme una mesa en La Bodeguita pa 2", "La Bodeguita", 2),
        ("asegúrame una mesa en Lhardy para 5", "Lhardy", 5),
    ],
)
def test_a_table_held_is_a_booking(said: str, name: str, party: int) -> None:
    op = parse(said, today=TODAY, usual_language="es").first
    assert op.intent is Intent.BOOK
    assert op.target is not None
    assert name.lower() in op.target.text.lower()
    assert op.party_size == party


@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("cambia el Botin por un sitio de ceviche causa", "ceviche"),
        ("pon un bar de tapas el jueves, maño", "bar de tapas"),
        ("agrega un sitio de arepas el lunes chamo", "arepas"),
        ("mete una heladeria el viernes, quillo", "heladeria"),
        ("pon un asador el sabado neno", "asador"),
        ("agrega una pupuseria el domingo cipote", "pupuseria"),
    ],
)
def test_a_name_called_at_the_end_is_no_search_word(said: str, query: str) -> None:
    op = parse(said, today=TODAY, usual_language="es").first
    assert op.query == query


def test_a_dish_called_causa_stays() -> None:
    op = parse("pon un plato de causa el martes", today=TODAY, usual_language="es").first
    assert op.query is not None
    assert "causa" in op.query
