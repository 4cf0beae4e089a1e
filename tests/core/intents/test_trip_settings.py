"""A new start date or length for the trip, said naturally (core.intents.trip_settings)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.trip_settings import trip_setting_turn

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("our flight got moved, can the trip start on the 9th instead?", dt.date(2026, 12, 9)),
        ("we only get in on the 11th now", dt.date(2026, 12, 11)),
        ("we land on dec 10 so start it then", dt.date(2026, 12, 10)),
        ("could we start on the 12th?", dt.date(2026, 12, 12)),
        ("arriving the 8th, not the 7th", dt.date(2026, 12, 8)),
        ("llegamos el martes 8 y nos vamos el jueves 10", dt.date(2026, 12, 8)),
        ("ojo q el viaje empieza el 14 de dic, no el 7", dt.date(2026, 12, 14)),
        ("a gente só chega na terça dia 8, dá pra começar nesse dia?", dt.date(2026, 12, 8)),
        ("a gente só chega dia 8 de dezembro, começa a viagem nesse dia", dt.date(2026, 12, 8)),
        ("só chegamos no dia 9 de dezembro", dt.date(2026, 12, 9)),
        ("a viagem começa o dia 10 agora", dt.date(2026, 12, 10)),
        ("chego em 12 de dezembro", dt.date(2026, 12, 12)),
        ("al final llegamos el 9", dt.date(2026, 12, 9)),
        ("arrancamos el 20 de enero", dt.date(2027, 1, 20)),
        ("we land on the 3rd of january", dt.date(2027, 1, 3)),
        ("el viaje empieza el 10 de diciembre", dt.date(2026, 12, 10)),
        ("arrancamos el 11, el vuelo se atrasó", dt.date(2026, 12, 11)),
        ("q el viaje empiece el 8 porfa", dt.date(2026, 12, 8)),
    ],
)
def test_a_start_said_with_a_calendar_date(text: str, date: dt.date | None) -> None:
    turn = trip_setting_turn(text, TODAY)
    if date is None:
        assert turn is None
        return
    assert turn is not None
    assert turn.intent is Intent.SET_START
    assert turn.date == date


@pytest.mark.parametrize(
    "text",
    [
        "add a museum on the 9th",
        "we arrive at the hotel on day 2",
        "chegamos no dia 2 de manhã, bota um café",
        "reserva la cena del 9",
        "start with the castle on day 1",
    ],
)
def test_a_date_of_something_else_is_no_start(text: str) -> None:
    turn = trip_setting_turn(text, TODAY)
    assert turn is None or turn.intent is not Intent.SET_START


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("necesito q el viaje sea de 4 dias no de 3", 4),
        ("el viaje ahora es de cinco días", 5),
        ("que sean 4 dias", 4),
        ("dejalo en 2 dias", 2),
        ("a viagem agora é de 5 dias", 5),
        ("a viagem vai ser de 3 dias só", 3),
        ("deixa a viagem com 4 dias", 4),
        ("make it a 4-day trip", 4),
        ("make the trip 6 days long", 6),
        ("the trip is now 5 days", 5),
        ("4 days instead of 3", 4),
        ("we now have 2 days", 2),
    ],
)
def test_a_length_as_a_target(text: str, total: int) -> None:
    turn = trip_setting_turn(text, TODAY)
    assert turn is not None
    assert (turn.intent, turn.trip_days) == (Intent.ADD_DAYS, total)


@pytest.mark.parametrize(
    ("text", "intent", "count"),
    [
        ("one day less", Intent.REMOVE_DAYS, 1),
        ("make it one day shorter", Intent.REMOVE_DAYS, 1),
        ("un dia menos", Intent.REMOVE_DAYS, 1),
        ("um dia a menos", Intent.REMOVE_DAYS, 1),
        ("dos dias mas", Intent.ADD_DAYS, 2),
        ("um dia a mais na viagem", Intent.ADD_DAYS, 1),
        ("a day more please", Intent.ADD_DAYS, 1),
    ],
)
def test_one_day_off_or_on(text: str, intent: Intent, count: int) -> None:
    turn = trip_setting_turn(text, TODAY)
    assert turn is not None
    assert (turn.intent, turn.day_count) == (intent, count)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("pushed back two days", 2),
        ("everything got delayed by a day", 1),
        ("we got pushed back 1 week", 7),
        ("moved forward a day", -1),
        ("se atrasó todo dos días", 2),
        ("atrasaram tudo 2 dias", 2),
    ],
)
def test_the_whole_trip_pushed(text: str, days: int) -> None:
    turn = trip_setting_turn(text, TODAY)
    assert turn is not None
    assert (turn.intent, turn.shift_days) == (Intent.SET_START, days)


@pytest.mark.parametrize(
    "text",
    [
        "plan 4 days in kyoto",
        "planifica un viaje de 3 días a Cartagena",
        "quiero ir 3 dias a Bogotá, me arman el itinerario?",
        "monta uma viagem de 4 dias no Porto",
    ],
)
def test_a_plan_of_n_days_is_no_new_length(text: str) -> None:
    assert trip_setting_turn(text, TODAY) is None
    if text.startswith("plan"):
        assert parse(text, today=TODAY).first.intent is Intent.PLAN


def test_adding_days_is_no_target() -> None:
    assert trip_setting_turn("add 2 days at the end", TODAY) is None


def test_one_day_less_with_a_reason_after_it() -> None:
    turn = trip_setting_turn("un dia menos, nos volvemos antes", TODAY)
    assert turn is not None
    assert (turn.intent, turn.day_count) == (Intent.REMOVE_DAYS, 1)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("good news we're staying 3 more days!", 3),
        ("we got 2 extra days!!", 2),
        ("turns out we're staying on for another 2 days", 2),
        ("nos quedamos dos días más en Lima", 2),
        ("al final nos quedamos 3 dias mas, q emoción", 3),
        ("buenas noticias: nos suman 2 días más", 2),
        ("vamos ficar mais 2 dias, oba", 2),
        ("ficamos uns 3 dias a mais em Lisboa", 3),
        ("boas notícias, ganhamos mais 2 dias", 2),
    ],
)
def test_staying_longer_adds_days(text: str, count: int) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.ADD_DAYS, op
    assert op.day_count == count, op


@pytest.mark.parametrize(
    "text",
    ["we have 2 more days to plan", "temos mais 2 dias pra planejar", "we stay 2 days in porto"],
)
def test_days_left_to_plan_add_no_days(text: str) -> None:
    assert trip_setting_turn(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("start date should be 14 dec, flights changed", dt.date(2026, 12, 14)),
        ("the start date is now the 9th of december", dt.date(2026, 12, 9)),
        ("we now begin on 10/12", dt.date(2026, 12, 10)),
        ("adianta a viagem pra começar em 5/12", dt.date(2026, 12, 5)),
        ("a data de início mudou pra 8/12", dt.date(2026, 12, 8)),
        ("a gente chega dia 6/12 agora", dt.date(2026, 12, 6)),
        ("la fecha de inicio ahora es el 9/12", dt.date(2026, 12, 9)),
        ("empezamos el 3/1 al final", dt.date(2027, 1, 3)),
        ("llegamos el 12/12/2026", dt.date(2026, 12, 12)),
    ],
)
def test_a_new_start_said_with_a_numeric_or_short_date(text: str, date: dt.date) -> None:
    turn = trip_setting_turn(text, TODAY)
    assert turn is not None
    assert turn.intent is Intent.SET_START
    assert turn.date == date


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("a viagem vai ter so 2 dias, corta o ultimo", 2),
        ("nossa viagem vai ter só 3 dias agora", 3),
        ("el viaje va a tener solo 4 días", 4),
        ("the trip will have just 5 days", 5),
    ],
)
def test_the_length_said_with_have(text: str, days: int) -> None:
    turn = trip_setting_turn(text, TODAY)
    assert turn is not None
    assert turn.trip_days == days


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("um dia a menos, temos q voltar antes", Intent.REMOVE_DAYS),
        ("um dia a mais pfv", Intent.ADD_DAYS),
        ("un día menos, nos volvemos antes", Intent.REMOVE_DAYS),
    ],
)
def test_one_day_off_or_on_said_with_um(text: str, intent: Intent) -> None:
    ops = parse(text, today=TODAY).ops
    assert [(op.intent, op.day_count) for op in ops] == [(intent, 1)]
