"""Several clauses in one message, each with its own day and time; corrections and follow-ups.

A day or a time said in one clause never lands on another; a correction ("no wait", "no,
perdón", "não, pera", "sorry") replaces what it corrects; a short follow-up ("mejor a las 5",
"melhor às 16h", "actually make it 4pm") is about "it", the stop just talked about.
"""

from __future__ import annotations

import pytest

from core.intents.clause_spans import clause_spans, same_clause
from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse
from tests.core.intents.readings import TODAY, only


def ops_of(text: str) -> list[ParsedTurn]:
    return list(parse(text, today=TODAY).ops)


def named(op: ParsedTurn) -> str:
    said = op.query if op.intent is Intent.ADD else (op.target.text if op.target else None)
    return (said or "").lower()


# ---- multi: each clause keeps its own time ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "el Museo del Oro a las 10 y la cena en Andrés pásala a las 8 de la noche",
            "10:00",
            "20:00",
        ),
        (
            "mueve la Alhambra a las 9 y pon la cena del viernes a las 9 de la noche",
            "09:00",
            "21:00",
        ),
        ("el Park Güell a las 11 y la cena pásala a las 10 de la noche", "11:00", "22:00"),
        ("la Sagrada Familia a las 9 y la cena a las 7 de la tarde", "09:00", "19:00"),
        ("o Cristo Redentor às 10 e o jantar na Lapa passa pras 8 da noite", "10:00", "20:00"),
        ("move the Louvre to 10 and dinner to 8pm", "10:00", "20:00"),
    ],
)
def test_a_half_of_the_day_stays_with_its_own_hour(text: str, first: str, second: str) -> None:
    ops = ops_of(text)
    assert [op.time for op in ops] == [first, second]


@pytest.mark.parametrize(
    ("text", "not_this"),
    [
        ("el Museo Soumaya a las 11 y la cena el jueves por la noche", "23:00"),
        ("mueve el Prado a las 10 y agrega un bar el sábado por la noche", "22:00"),
        ("quita el museo por la mañana, pon la playa a las 4", "04:00"),
        ("tira o museu de manhã e coloca a praia às 4", "04:00"),
    ],
)
def test_a_part_of_the_day_said_in_another_clause_does_not_move_an_hour(
    text: str, not_this: str
) -> None:
    timed = [op.time for op in ops_of(text) if op.time is not None]
    assert timed
    assert not_this not in timed


def test_a_part_of_the_day_in_the_same_clause_still_says_the_half() -> None:
    op = only("agrega el mercado de San Telmo mañana por la tarde a las 4")
    assert op.time == "16:00"


@pytest.mark.parametrize(
    ("text", "timed", "dated"),
    [
        (
            "quita el Café Tortoni, pon la Recoleta a las 5 de la tarde y agrega "
            "el Caminito el jueves al atardecer",
            "recoleta",
            "caminito",
        ),
        (
            "tira o Bar Urca, coloca o Pão de Açúcar às 16h e adiciona a Escadaria "
            "Selarón na sexta",
            "pão de açúcar",
            "escadaria selarón",
        ),
        (
            "remove the Shard, add Borough Market at 4pm and add Tate Modern on friday",
            "borough market",
            "tate modern",
        ),
        (
            "saca el Zócalo, mete Coyoacán a las 12 y agrega Xochimilco el domingo",
            "coyoacán",
            "xochimilco",
        ),
    ],
)
def test_a_day_said_in_a_later_clause_stays_there(text: str, timed: str, dated: str) -> None:
    ops = {named(op): op for op in ops_of(text) if op.intent is Intent.ADD}
    assert ops[timed].time is not None
    assert ops[timed].day is None
    assert ops[timed].day_ref is None
    assert ops[dated].day is not None or ops[dated].day_ref is not None


def test_a_later_day_still_reaches_a_list_said_with_one_verb() -> None:
    ops = ops_of("remove the Colosseum and the Pantheon on day 3")
    assert [op.day for op in ops] == [3, 3]


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        (
            "pon el Castillo de Chapultepec a las 10 y la cena del martes llénala con algo barato",
            [Intent.ADD, Intent.FILL_MEALS],
        ),
        (
            "add the Acropolis at 9 and fill dinner on day 2 with something cheap",
            [Intent.ADD, Intent.FILL_MEALS],
        ),
        (
            "ok so first take out the gelato place on day 2 and then add the Vatican on day 2",
            [Intent.REMOVE, Intent.ADD],
        ),
        ("primero quita el bar del dia 2 y luego agrega el parque", [Intent.REMOVE, Intent.ADD]),
        (
            "o Pão de Açúcar muda pro dia 4 e o Museu do Amanhã pras 15h",
            [Intent.MOVE, Intent.RETIME],
        ),
        ("a Livraria Lello muda pra sexta", [Intent.MOVE]),
    ],
)
def test_each_clause_is_its_own_request(text: str, intents: list[Intent]) -> None:
    assert [op.intent for op in ops_of(text)] == intents


@pytest.mark.parametrize(
    ("text", "meal_day"),
    [
        (
            "pon la Ponte Vecchio a las 17h y la cena del jueves llénala con algo barato",
            "weekday:3",
        ),
        ("la Ponte Luís I a las 6 de la tarde", None),
    ],
)
def test_a_name_with_its_article_is_not_a_verb(text: str, meal_day: str | None) -> None:
    ops = ops_of(text)
    assert "ponte" in named(ops[0])
    if meal_day:
        assert ops[-1].day_ref == meal_day


# ---- corrections --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        (
            "can we add a tapas bar wed morning - no wait thursday morning, wed is packed",
            "weekday:3",
        ),
        ("add a brunch spot on monday morning, no wait tuesday morning", "weekday:1"),
        (
            "mete el Museo Picasso el miércoles, no, perdón, el jueves que lo tenemos libre",
            "weekday:3",
        ),
        ("agrega el Mercado de la Boqueria el lunes, no, perdón, el martes", "weekday:1"),
        ("coloca o MASP na segunda, não, pera, na terça", "weekday:1"),
        ("add the Louvre on friday, sorry i mean saturday", "weekday:5"),
    ],
)
def test_a_corrected_day_replaces_the_first(text: str, day_ref: str) -> None:
    op = only(text)
    assert op.intent is Intent.ADD
    assert op.day_ref == day_ref
    assert not any(word in named(op) for word in ("perd", "wait", "pera", "-"))


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("make the Colosseum 10, no sorry 11", "11:00"),
        ("make the Duomo 9, no wait 10", "10:00"),
        ("move the Louvre to 3pm, no sorry 4pm", "16:00"),
    ],
)
def test_a_corrected_time_retimes_the_same_place(text: str, time: str) -> None:
    op = only(text)
    assert op.intent is Intent.RETIME
    assert op.time == time
    assert not any(ch.isdigit() for ch in named(op))


# ---- follow-ups about "it" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("actually make it 4pm", "16:00"),
        ("sorry, 5pm", "17:00"),
        ("mejor a las 5", "17:00"),
        ("o mejor a las 6 de la tarde porfa", "18:00"),
        ("no, mejor a las 11", "11:00"),
        ("melhor às 16h", "16:00"),
        ("ah não, melhor pras 4 da tarde", "16:00"),
        ("melhor às 10 da manhã", "10:00"),
        ("pode ser às 20h?", "20:00"),
        ("e se for às 9 da noite?", "21:00"),
        ("mejor a las 8 de la noche en vez de las 7", "20:00"),
        ("y qué tal a las 10 de la mañana?", "10:00"),
        ("8pm instead?", "20:00"),
        ("ok how about 7pm instead", "19:00"),
        ("hmm can it be at 9pm", "21:00"),
    ],
)
def test_a_short_follow_up_retimes_it(text: str, time: str) -> None:
    op = only(text)
    assert op.intent is Intent.RETIME
    assert op.time == time
    assert named(op) in {"it", "that"}


@pytest.mark.parametrize(
    ("text", "to_day"),
    [
        ("melhor pro dia 3", 3),
        ("perdón, al día 2", 2),
        ("mejor para el día 4", 4),
    ],
)
def test_a_short_follow_up_moves_it(text: str, to_day: int) -> None:
    op = only(text)
    assert op.intent is Intent.MOVE
    assert op.to_day == to_day


@pytest.mark.parametrize(
    "text", ["a las 5", "às 16h", "at 5pm", "5pm", "how about the museum instead"]
)
def test_a_bare_time_is_not_a_follow_up(text: str) -> None:
    assert only(text).intent is Intent.UNKNOWN


# ---- the splitter ------------------------------------------------------------------------------


def test_clauses_end_at_and_and_at_a_comma_before_a_verb() -> None:
    text = "quita el bar, pon la playa a las 5 de la tarde y agrega el mirador el jueves"
    assert [text[a:b] for a, b in clause_spans(text)] == [
        "quita el bar",
        "pon la playa a las 5 de la tarde",
        "agrega el mirador el jueves",
    ]
    assert same_clause("bien temprano, tipo 7", 0, 16)


# ---- move: a stop and two days, no verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "to_day"),
    [
        ("the Sagrada Familia from day 2 to day 4", 2, 4),
        ("el Museo Larco del día 1 al día 3", 1, 3),
        ("o Museu do Ipiranga do dia 2 pro dia 4, de manhã", 2, 4),
        ("move the Colosseum from day 3 to day 1", 3, 1),
    ],
)
def test_a_stop_from_one_day_to_another_moves(text: str, day: int, to_day: int) -> None:
    op = only(text)
    assert op.intent is Intent.MOVE
    assert (op.day, op.to_day) == (day, to_day)
    assert "day" not in named(op)


@pytest.mark.parametrize(
    ("text", "to_day_ref"),
    [
        ("the walking tour from friday to sunday", "weekday:6"),
        ("el Castillo de San Felipe del sábado al domingo", "weekday:6"),
        ("o Castelo de São Jorge de sábado pra domingo", "weekday:6"),
    ],
)
def test_a_stop_from_one_weekday_to_another_moves(text: str, to_day_ref: str) -> None:
    op = only(text)
    assert op.intent is Intent.MOVE
    assert op.to_day_ref == to_day_ref
    assert not any(day in named(op) for day in ("friday", "saturday", "sunday"))


@pytest.mark.parametrize(
    "text",
    [
        "las bovedas from saturday to the 10th, morning-ish",
        "the Alcázar from monday to the 12th",
        "move the castle to the 10th in the morning",
    ],
)
def test_a_stop_moved_to_a_date_keeps_the_date(text: str) -> None:
    op = only(text)
    assert op.intent is Intent.MOVE
    assert (op.day_ref or "").startswith("monthday:")
    assert "from" not in named(op)


# ---- a day turned down beside another ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        ("the Alhambra on thursday instead of saturday", "weekday:3"),
        ("el Museo Botero el jueves en vez del sábado", "weekday:3"),
        ("el Parque Tayrona el viernes, no el domingo", "weekday:4"),
        ("o Mercado Central na quinta e não no sábado", "weekday:3"),
        ("the Tower of London on friday, not monday", "weekday:4"),
    ],
)
def test_a_stop_said_on_a_day_instead_of_another_moves(text: str, day_ref: str) -> None:
    op = only(text)
    assert op.intent is Intent.MOVE
    assert (op.to_day_ref or op.day_ref) == day_ref
    assert not any(word in named(op) for word in ("instead", "sábado", "not", "domingo"))


def test_a_no_set_off_by_a_comma_still_corrects() -> None:
    op = only("agrega el Museo Nacional el jueves, no, el sábado")
    assert (op.intent, op.day_ref) == (Intent.ADD, "weekday:5")


@pytest.mark.parametrize(
    "text",
    [
        "el Museo Frida Kahlo pásalo al martes y la cena ponla a las 9",
        "o Museu Oscar Niemeyer passa pra terça e o jantar coloca ele às 21h",
        "the Louvre on tuesday and dinner put it at 9",
    ],
)
def test_a_meal_put_at_a_time_in_its_own_clause_is_retimed(text: str) -> None:
    last = ops_of(text)[-1]
    assert last.intent is Intent.RETIME
    assert last.time == "21:00"


@pytest.mark.parametrize(
    ("text", "days", "times"),
    [
        (
            "agrega el Museo Larco el martes a las 10 y el Parque Kennedy el miércoles a las 12",
            ["weekday:1", "weekday:2"],
            ["10:00", "12:00"],
        ),
        (
            "coloca o Museu Paulista na terça às 10 e o Mercadão na quarta ao meio-dia",
            ["weekday:1", "weekday:2"],
            ["10:00", "12:00"],
        ),
        (
            "add the Rijksmuseum on tuesday at 10 and the Jordaan on wednesday at 8pm",
            ["weekday:1", "weekday:2"],
            ["10:00", "20:00"],
        ),
    ],
)
def test_two_adds_keep_their_own_days_and_times(
    text: str, days: list[str], times: list[str]
) -> None:
    ops = ops_of(text)
    assert [op.day_ref for op in ops] == days
    assert [op.time for op in ops] == times


# ---- a place taken back because the trip has it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "query", "day", "day_ref"),
    [
        (
            "entao no sabado eu queria colocar a ribeira nao pera a ribeira ja ta o que eu "
            "quero e o jardim botanico no fim da tarde",
            "jardim botanico",
            None,
            "weekday:5",
        ),
        (
            "coloca o MASP no dia 3... não pera, o MASP já tá, quero o Ibirapuera",
            "ibirapuera",
            3,
            None,
        ),
        (
            "add the castle on day 2, no wait the castle is already there, I want the lighthouse",
            "lighthouse",
            2,
            None,
        ),
        (
            "pon el mercado el jueves, no espera, el mercado ya está, lo que quiero es el mirador",
            "mirador",
            None,
            "weekday:3",
        ),
    ],
)
def test_a_place_the_trip_already_has_is_swapped_for_the_one_wanted(
    text: str, query: str, day: int | None, day_ref: str | None
) -> None:
    op = only(text)
    assert op.intent is Intent.ADD
    assert named(op) == query
    assert (op.day, op.day_ref) == (day, day_ref)


# ---- "both": a day said of every request ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "day_ref"),
    [
        ("add the Uffizi and the Boboli Gardens, both on friday", None, "weekday:4"),
        ("add the Louvre at 10 and the Orsay at 3pm, both on day 2", 2, None),
        ("agrega el Museo Dolores Olmedo y el Anahuacalli, ambos el viernes", None, "weekday:4"),
        ("pon el Prado a las 10 y el Reina Sofía a las 12, los dos el viernes", None, "weekday:4"),
        (
            "coloca o MASP às 10 e adiciona a Pinacoteca ao meio-dia, os dois na sexta",
            None,
            "weekday:4",
        ),
    ],
)
def test_a_day_said_of_both_reaches_every_request(
    text: str, day: int | None, day_ref: str | None
) -> None:
    ops = ops_of(text)
    assert len(ops) == 2
    assert all((op.day, op.day_ref) == (day, day_ref) for op in ops)
    assert not any(word in named(op) for op in ops for word in ("both", "ambos", "dos", "dois"))


def test_both_of_us_is_not_a_day() -> None:
    op = only("book a table at Quimet for both of us on friday")
    assert op.intent is Intent.BOOK
