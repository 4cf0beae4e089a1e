"""Questions about one place's price, hours, rating, visit length, distance or what it is."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.place_questions import place_question


@pytest.mark.parametrize(
    ("said", "aspect", "place"),
    [
        ("how much does it cost to get into holyrood palace?", "price", "holyrood palace"),
        ("whats the admission for the city palace", "price", "city palace"),
        ("cuánto cobran por entrar al museo del oro", "price", "museo del oro"),
        ("quanto custa o bilhete da torre dos clérigos?", "price", "torre dos clerigos"),
        ("what are the opening hours of dean village?", "hours", "dean village"),
        ("el castillo de san felipe cierra los lunes?", "hours", "castillo de san felipe"),
        ("a que horas fecha o mercado do bolhão?", "hours", "mercado do bolhao"),
        ("is monserrate well rated?", "rating", "monserrate"),
        (
            "qué tal las reseñas del palacio de la inquisición?",
            "rating",
            "palacio de la inquisicion",
        ),
        ("a praia de baga é bem avaliada?", "rating", "praia de baga"),
        ("how long does fushimi inari take?", "duration", "fushimi inari"),
        ("cuánto tiempo se tarda en el jardín botánico?", "duration", "jardin botanico"),
        ("quanto tempo demora a visita ao palácio da bolsa", "duration", "palacio da bolsa"),
        ("how far is calton hill", "distance", "calton hill"),
        ("queda muy lejos la quinta de bolívar?", "distance", "quinta de bolivar"),
        ("is amber fort worth the trip out?", "about", "amber fort"),
        ("qué tiene de especial la catedral de sal?", "about", "catedral de sal"),
        ("o que é o jardim do morro?", "about", "jardim do morro"),
    ],
)
def test_the_aspect_and_the_place_asked_about(said: str, aspect: str, place: str) -> None:
    asked = place_question(said)
    assert asked is not None
    assert asked.intent is Intent.EXPLAIN
    assert (asked.question, asked.target.text if asked.target else None) == (aspect, place)


@pytest.mark.parametrize(
    "said",
    [
        "is that place any good?",
        "y ese sitio q horario tiene",
        "o que tem de bom nesse lugar?",
        "what time does it close?",
    ],
)
def test_the_last_place_talked_about(said: str) -> None:
    asked = place_question(said)
    assert asked is not None
    assert asked.target is not None
    assert asked.target.text == "this"


@pytest.mark.parametrize(
    "said",
    [
        "how much will the whole trip cost?",
        "cuánto me va a salir todo el viaje?",
        "how much is it?",
        "add a temple rated 4.5 or more on day 2",
        "book tickets for the castle",
        "is dinner on day 2 expensive?",
        "quanto custa o dia 3?",
    ],
)
def test_what_is_no_question_about_one_place(said: str) -> None:
    assert place_question(said) is None


def test_parse_asks_about_the_place_not_the_trip() -> None:
    asked = parse("how much is the entrance fee at the red fort").first
    assert (asked.intent, asked.question) == (Intent.EXPLAIN, "price")


@pytest.mark.parametrize(
    ("said", "aspect", "place"),
    [
        ("whats the address of the wee dram", "address", "wee dram"),
        ("where's calton hill exactly? the address", "address", "calton hill"),
        ("how do i get to fushimi inari", "address", "fushimi inari"),
        ("location of the city palace?", "address", "city palace"),
        ("cual es la direccion del museo del oro?", "address", "museo del oro"),
        ("donde queda la cevicheria caribe", "address", "cevicheria caribe"),
        ("como llego al castillo san felipe?", "address", "castillo san felipe"),
        ("qual o endereço do mandi house?", "address", "mandi house"),
        ("onde fica a livraria lello?", "address", "livraria lello"),
        ("como chego na torre dos clerigos", "address", "torre dos clerigos"),
        ("la cevicheria caribe es cara? cuanto sale mas o menos", "price", "cevicheria caribe"),
        ("is the kitchin expensive?", "price", "kitchin"),
        ("o mandi house é caro?", "price", "mandi house"),
        ("es buena la cevicheria caribe?", "rating", "cevicheria caribe"),
        ("a tasca do cais é boa mesmo?", "rating", "tasca do cais"),
        ("is the wee dram actually good?", "rating", "wee dram"),
    ],
)
def test_address_price_and_is_it_good(said: str, aspect: str, place: str) -> None:
    asked = place_question(said)
    assert asked is not None
    assert (asked.question, asked.target.text if asked.target else None) == (aspect, place)


@pytest.mark.parametrize(
    ("said", "aspect"),
    [
        ("e esse lugar é bom msm?", "rating"),
        ("ese sitio es bueno?", "rating"),
        ("where is it?", "address"),
        ("dónde queda eso?", "address"),
        ("onde fica esse lugar?", "address"),
    ],
)
def test_asked_of_the_place_just_talked_about(said: str, aspect: str) -> None:
    asked = parse(said).first
    assert asked.intent is Intent.EXPLAIN
    assert asked.question == aspect
    assert asked.target is not None
    assert asked.target.text == "this"


@pytest.mark.parametrize(
    "said",
    ["where should we eat tonight?", "where is dinner on day 2?", "hi, how are you?"],
)
def test_where_of_the_trip_is_no_address(said: str) -> None:
    assert parse(said).first.question != "address"


@pytest.mark.parametrize(
    "text",
    [
        "¿ese lugar tiene opciones vegetarianas?",
        "ese sitio tiene comida vegana?",
        "tienen opciones sin gluten ahí?",
        "esse lugar tem opções vegetarianas?",
        "e esse restaurante, tem cardápio vegano?",
        "does that place have vegetarian options?",
        "does it have vegan food?",
    ],
)
def test_what_the_place_talked_about_serves_is_a_question_about_it(text: str) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.EXPLAIN, text
    assert op.target is not None, text
    assert op.target.text == "this", text


@pytest.mark.parametrize(
    "text", ["any vegetarian place for dinner?", "add a vegan restaurant on day 2"]
)
def test_a_diet_asked_of_no_place_is_a_search(text: str) -> None:
    assert [op.intent for op in parse(text).ops] == [Intent.ADD], text


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("que tal es la Casa Mila? tiene buenas reseñas?", "casa mila"),
        ("qué tal es el Museo Botero? tiene buenas opiniones?", "museo botero"),
        ("que tal esta el Majestic? vale la pena?", "majestic"),
        ("q tal es el Mercado de Paloquemao?", "mercado de paloquemao"),
        ("el Cafe Tortoni tiene buenas reseñas?", "cafe tortoni"),
        ("la Bodeguita del Medio tiene buenas calificaciones?", "bodeguita del medio"),
    ],
)
def test_how_a_named_place_is_asked_of_it(said: str, name: str) -> None:
    op = parse(said).first
    assert op.intent is Intent.EXPLAIN
    assert op.target is not None
    assert op.target.text == name
