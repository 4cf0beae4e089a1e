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


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("fíjate que ya no son 3 días sino 4", "ya no son 3 días sino 4"),
        ("resulta que llegamos el martes", "llegamos el martes"),
        ("voltéame el viernes con el sábado", "intercambia el viernes con el sábado"),
        ("échanos una heladería pal domingo", "pon una heladería pal domingo"),
        ("echa ahi un mirador el dia 2", "pon un mirador el dia 2"),
        ("un bar baratito pa hoy", "un bar barato pa hoy"),
        ("una cena baratucha", "una cena barata"),
        ("échale un ojo al menú", "échale un ojo al menú"),  # a look, not a put
    ],
)
def test_regional_verbs_and_openers_are_made_plain(said: str, plain: str) -> None:
    assert plain_spanish(said) == plain


@pytest.mark.parametrize(
    ("said", "more", "days"),
    [
        ("fijate que ya no son 4 dias sino 5, nos quedamos uno mas", True, 5),
        ("en vez de 5 días van a ser 4", False, 4),
        ("ya no serán tres días sino dos", False, 2),
        ("now it's 6 days instead of 5", True, 6),
        ("turns out the trip is no longer 3 days but 4", True, 4),
        ("agora são 5 dias e não 4", True, 5),
        ("em vez de 6 dias serão 7", True, 7),
    ],
)
def test_a_new_trip_length_said_against_the_old(said: str, more: bool, days: int) -> None:
    op = parse(said, today=TODAY, usual_language="es").ops[0]
    assert op.intent is (Intent.ADD_DAYS if more else Intent.REMOVE_DAYS)
    assert op.trip_days == days


@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("canvia... cambia el bar por una heladería", None),
        ("una pastisseria... una pasteleria pal desayuno del dia 4", "pasteleria"),
        ("add the musuem... the museum on day 2", "museum"),
        ("põe a padaira... a padaria no dia 2", "padaria"),
    ],
)
def test_a_word_started_again_is_read_as_said_the_second_time(said: str, query: str | None) -> None:
    op = parse(said, today=TODAY, usual_language="es").ops[0]
    if query:
        assert op.query == query
    else:
        assert op.intent is Intent.REPLACE


@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("cambia la cevichería por algo más barato q esto no es Miami", None),
        ("cambia el ramen por un sitio de tempura, doncs ramen ya hemos comido", "tempura"),
        ("pon un templo el dia 2, el q sea mas bonito q tu veas", "templo"),
        ("pon un mirador el dia 3, la que tú prefieras", "mirador"),
    ],
)
def test_a_reason_or_a_choice_left_to_us_is_no_search(said: str, query: str | None) -> None:
    ops = parse(said, today=TODAY, usual_language="es").ops
    assert len(ops) == 1
    assert ops[0].query == query


@pytest.mark.parametrize(
    "said",
    [
        "pásame con alguien de allá q sepa, un experto local",
        "comunícanos con un guía de la zona",
        "pasame con alguien local porfa",
    ],
)
def test_being_handed_over_to_a_person_asks_for_an_expert(said: str) -> None:
    assert parse(said, today=TODAY, usual_language="es").ops[0].intent is Intent.EXPERT


def test_a_place_name_that_is_also_slang_keeps_its_word() -> None:
    # "morro" calls a kid in Mexico and is a hill in Portuguese names: "Jardim do Morro"
    assert plain_spanish("pon el Jardim do Morro el viernes") == "pon el Jardim do Morro el viernes"
