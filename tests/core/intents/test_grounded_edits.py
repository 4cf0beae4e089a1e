"""A stop of the trip named by what it is, with the request anywhere in the message."""

from __future__ import annotations

import datetime as dt

import pytest

from core.domain.itinerary import Day, Node, NodeType, PlaceSnapshot
from core.domain.targeting import find_targets
from core.intents.grounded_edits import regrounded
from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


def _stop(node_id: str, time: str, title: str, types: str, keywords: str = "") -> Node:
    place = PlaceSnapshot(
        place_id=f"p-{node_id}", name=title, types=types.split(), keywords=keywords.split(",")
    )
    kind = NodeType.MEAL if "restaurant" in types else NodeType.ATTRACTION
    return Node(id=node_id, title=title, type=kind, time=time, place_id=place.place_id, place=place)


def _meal(node_id: str, time: str, title: str) -> Node:
    return Node(id=node_id, title=title, type=NodeType.MEAL, time=time)


LISBON = [
    Day(
        day=1,
        nodes=[
            _stop("castelo", "09:30", "Castelo de São Jorge", "tourist_attraction", "castle,views"),
            _stop("timeout", "13:00", "Time Out Market", "market", "food hall,market"),
            _stop("miradouro", "18:00", "Miradouro da Graça", "viewpoint", "sunset,views"),
            _stop("taberna", "20:00", "Taberna da Rua das Flores", "restaurant", "petiscos"),
        ],
    ),
    Day(
        day=2,
        nodes=[
            _stop("jeronimos", "10:00", "Mosteiro dos Jerónimos", "church", "monastery"),
            _stop("azulejo", "11:30", "Museu Nacional do Azulejo", "museum", "tiles,museum"),
            _meal("lunch2", "13:00", "Lunch"),
            _stop("belem", "15:30", "Pastéis de Belém", "bakery cafe", "pastry,custard tart"),
            _stop("ponte", "18:30", "Ponte 25 de Abril", "tourist_attraction", "bridge,river"),
        ],
    ),
    Day(
        day=3,
        nodes=[
            _stop("prazeres", "10:00", "Cemitério dos Prazeres", "cemetery", "graveyard,history"),
            _stop("lx", "12:00", "LX Factory", "tourist_attraction", "shopping,street art"),
            _stop("park", "19:00", "Park Rooftop Bar", "bar", "rooftop,cocktails,sunset"),
            _meal("dinner3", "21:00", "Dinner"),
        ],
    ),
]

MEXICO = [
    Day(
        day=1,
        nodes=[
            _stop("frida", "10:00", "Museo Frida Kahlo", "museum", "art,museum"),
            _stop("coyoacan", "12:30", "Mercado de Coyoacán", "market", "tostadas,market"),
            _stop("contramar", "14:30", "Contramar", "restaurant", "seafood,lunch"),
        ],
    ),
    Day(
        day=2,
        nodes=[
            _stop(
                "chapultepec", "09:00", "Castillo de Chapultepec", "tourist_attraction", "castle"
            ),
            _stop("antropologia", "12:00", "Museo Nacional de Antropología", "museum", "museum"),
            _meal("dinner2", "20:00", "Dinner"),
        ],
    ),
    Day(day=3, nodes=[_stop("xochimilco", "11:00", "Xochimilco", "tourist_attraction", "boat")]),
]


def _read(text: str, lang: str, days: list[Day]) -> tuple[ParsedTurn, ...]:
    message = parse(text, today=TODAY, usual_language=lang)
    return regrounded(message, text, message.language or lang, days).ops


def _only(text: str, lang: str, days: list[Day]) -> ParsedTurn:
    ops = _read(text, lang, days)
    assert len(ops) == 1, ops
    return ops[0]


def _node(op: ParsedTurn, days: list[Day] = LISBON) -> str | None:
    """The stop a request is about: named by the reading, or found by the editor's lookup."""
    if op.target is None:
        return None
    if op.target.node_id or not op.target.text:
        return op.target.node_id
    found = find_targets(days, op.target, None)
    return found[0].node.id if len(found) == 1 else None


@pytest.mark.parametrize(
    ("text", "lang", "node"),
    [
        # named by what it is, the verb anywhere: last, as a pronoun, or a plan given up
        ("the graveyard on day 3, pls take it off", "en", "prazeres"),
        ("we'll skip the bridge, too tired by then", "en", "ponte"),
        ("the tile museum, we're not going anymore, drop it", "en", "azulejo"),
        ("el cementerio ya no vamos, quítalo", "es", "prazeres"),
        ("hoy ya no vamos al castillo", "es", "castelo"),
        ("mejor sin el mercado el primer dia", "es", "timeout"),
        ("el bar de la azotea, bórralo porfa", "es", "park"),
        ("a gente desistiu do cemitério, tira ele", "pt", "prazeres"),
        ("o miradouro no primeiro dia, pode tirar", "pt", "miradouro"),
        ("hoje não vai dar pro castelo, tira", "pt", "castelo"),
        ("a ponte já vimos, retire-a", "pt", "ponte"),
        ("o mosteiro nao vai dar, pode remover", "pt", "jeronimos"),
        ("can we ditch the monastery? not feeling it", "en", "jeronimos"),
        ("we won't make it to the castle, remove it", "en", "castelo"),
        ("al final no vamos al monasterio", "es", "jeronimos"),
        ("nos saltamos el museo de azulejos", "es", "azulejo"),
        ("desistimos do mosteiro", "pt", "jeronimos"),
        ("o cemitério a gente vai pular", "pt", "prazeres"),
        ("já não vamos ao castelo, tira-o", "pt", "castelo"),
    ],
)
def test_a_stop_named_by_what_it_is_is_removed(text: str, lang: str, node: str) -> None:
    op = _only(text, lang, LISBON)
    assert op.intent is Intent.REMOVE
    assert _node(op) == node


@pytest.mark.parametrize(
    ("text", "lang", "node", "to_day", "time"),
    [
        ("the restaurant on day 1 - push it to 9pm", "en", "taberna", None, "21:00"),
        ("that bridge on day 2, can it go on day 3?", "en", "ponte", 3, None),
        ("the bakery on day 2, could it be at 5pm?", "en", "belem", None, "17:00"),
        ("la pastelería del día 2, la podemos pasar al día 3?", "es", "belem", 3, None),
        ("la pastelería del dia 2 muévela a las 17h", "es", "belem", None, "17:00"),
        ("o restaurante do dia 1, passa pras 21h", "pt", "taberna", None, "21:00"),
        ("a ponte do dia 2 pode ir pro dia 3?", "pt", "ponte", 3, None),
        ("a ponte fica pra outro dia, dia 3", "pt", "ponte", 3, None),
        ("a padaria pode ir pro dia 3?", "pt", "belem", 3, None),
        ("el cementerio mejor el día 1", "es", "prazeres", 1, None),
        ("el mercado pásalo al día 3", "es", "timeout", 3, None),
        ("rooftop bar, can it be at 8pm instead?", "en", "park", None, "20:00"),
        ("the viewpoint - could it go to 7pm", "en", "miradouro", None, "19:00"),
    ],
)
def test_a_stop_named_by_what_it_is_changes_day_or_time(
    text: str, lang: str, node: str, to_day: int | None, time: str | None
) -> None:
    op = _only(text, lang, LISBON)
    assert _node(op) == node
    if to_day is not None:
        assert op.intent is Intent.MOVE
        assert op.to_day == to_day
    else:
        assert op.intent in {Intent.RETIME, Intent.MOVE}
        assert op.time == time


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("dinner at Taberna da Rua das Flores, make it later, 9pm", "en", "21:00"),
        ("la cena en la Taberna da Rua das Flores que sea a las 9 de la noche", "es", "21:00"),
        ("o jantar na Taberna da Rua das Flores pode ser às 21h?", "pt", "21:00"),
        ("a visita ao Castelo de São Jorge pode ser às dez e meia", "pt", "10:30"),
        ("la visita al Castelo de São Jorge puede ser a las 10:30", "es", "10:30"),
        ("a Taberna da Rua das Flores às 21h e não 20h", "pt", "21:00"),
        ("a Taberna da Rua das Flores às 21h e não às 20h", "pt", "21:00"),
        ("la Taberna da Rua das Flores a las 21 y no a las 20", "es", "21:00"),
    ],
)
def test_the_stop_named_beats_the_meal_and_its_own_time(text: str, lang: str, time: str) -> None:
    op = _only(text, lang, LISBON)
    assert op.intent in {Intent.RETIME, Intent.MOVE}
    assert _node(op) in {"taberna", "castelo"}
    assert op.time == time


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("let's see the Jeronimos monastery on day 3 instead", "en"),
        ("let's do Jerónimos on day 3 instead", "en"),
    ],
)
def test_a_stop_of_another_day_shown_instead_moves_there(text: str, lang: str) -> None:
    op = _only(text, lang, LISBON)
    assert op.intent is Intent.MOVE
    assert _node(op) == "jeronimos"
    assert op.to_day == 3


@pytest.mark.parametrize(
    ("text", "lang", "node"),
    [
        ("lose the last thing on day 3, we'll be too tired", "en", "dinner3"),
        ("drop the first stop on day 1", "en", "castelo"),
        ("quita lo último del día 1", "es", "taberna"),
        ("borra la primera actividad del dia 3", "es", "prazeres"),
        ("tira a última coisa do dia 2", "pt", "ponte"),
        ("remove a primeira atividade do dia 2", "pt", "jeronimos"),
        ("a última coisa do dia 1 tira", "pt", "taberna"),
        ("scrap the second thing on day 2", "en", "azulejo"),
    ],
)
def test_a_stop_said_by_its_place_in_a_day(text: str, lang: str, node: str) -> None:
    op = _only(text, lang, LISBON)
    assert op.intent is Intent.REMOVE
    assert _node(op) == node


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the museum - push it to 5pm", "en"),
        ("el museo ya no vamos, quítalo", "es"),
        ("hoje não vai dar pro museu, tira", "pt"),
    ],
)
def test_two_stops_of_that_kind_name_neither(text: str, lang: str) -> None:
    ops = _read(text, lang, MEXICO)
    assert not any(_node(op, MEXICO) for op in ops)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("add a castle on day 3", "en"),
        ("add another bridge on day 3 instead", "en"),
        ("agrega un mercado el dia 3", "es"),
        ("adiciona um bar no dia 2 às 21h", "pt"),
    ],
)
def test_a_new_place_of_a_kind_the_trip_has_is_still_added(text: str, lang: str) -> None:
    ops = _read(text, lang, LISBON)
    assert [op.intent for op in ops] == [Intent.ADD]


def test_each_request_of_a_message_keeps_its_own_stop() -> None:
    ops = _read(
        "hoy ya no vamos al castillo, y mañana en la tarde agrega el Oceanário", "es", LISBON
    )
    assert [op.intent for op in ops] == [Intent.REMOVE, Intent.ADD]
    assert _node(ops[0]) == "castelo"
    ops = _read("amanhã tira o Mercado de Coyoacán e bota o Contramar às 15h", "pt", MEXICO)
    assert ops[0].intent is Intent.REMOVE
    assert _node(ops[0], MEXICO) == "coyoacan"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("uff suena muy caluroso, bórralo entonces", "es"),
        ("hmm sounds way too touristy, remove it then", "en"),
        ("nossa parece muito cheio, tira ele entao", "pt"),
    ],
)
def test_a_remark_before_a_pronoun_leaves_it_pointing_back(text: str, lang: str) -> None:
    op = _only(text, lang, LISBON)
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.text in {"it", "that"}


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("delete the castle.. actually no, keep that, delete the bridge instead", "en", "bridge"),
        ("remove the museum, actually no leave it, remove the bakery", "en", "bakery"),
        ("quita el castillo... no, déjalo, quita el mercado", "es", "mercado"),
        ("tira o castelo... não, deixa, tira a ponte", "pt", "ponte"),
    ],
)
def test_a_request_taken_back_leaves_the_one_after_it(text: str, lang: str, kept: str) -> None:
    op = parse(text, today=TODAY, usual_language=lang).first
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert kept in (op.target.text or "")


@pytest.mark.parametrize(
    ("text", "lang", "intents"),
    [
        ("pon el castillo a las 10 y quita el mercado", "es", [Intent.ADD, Intent.REMOVE]),
        ("castelo às 10 e tira o mercado", "pt", [Intent.ADD, Intent.REMOVE]),
        ("move the bakery to day 3 and clear day 1", "en", [Intent.MOVE, Intent.REMOVE]),
    ],
)
def test_a_request_beside_another_keeps_its_own_verb(
    text: str, lang: str, intents: list[Intent]
) -> None:
    ops = _read(text, lang, LISBON)
    assert [op.intent for op in ops] == intents
    assert ops[0].target is None or _node(ops[0]) != "timeout"
