"""The trip made longer, shorter or moved, said indirectly (core.intents.trip_changes)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse
from core.intents.trip_changes import trip_change_turn
from tests.core.intents.readings import TODAY, only


def _said(turn: ParsedTurn) -> tuple[Intent, int | None, int | None, str | None, dt.date | None]:
    return (turn.intent, turn.day_count, turn.shift_days, turn.end_ref, turn.date)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we gotta leave a couple days early", 2),
        ("we're flying home two days early now", 2),
        ("have to head back 1 day sooner than planned", 1),
        ("tenemos que irnos un par de días antes", 2),
        ("nos vamos un dia antes al final", 1),
        ("nos regresamos tres días antes", 3),
        ("vamos embora um dia antes", 1),
        ("a gente vai embora dois dias mais cedo", 2),
        ("precisamos voltar 1 dia antes", 1),
    ],
)
def test_leaving_early_takes_days_off_the_end(text: str, count: int) -> None:
    assert _said(only(text)) == (Intent.REMOVE_DAYS, count, None, None, None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we leave two days later now", 2),
        ("flying home a day later", 1),
        ("nos volvemos dos dias despues", 2),
        ("a gente volta um dia depois", 1),
    ],
)
def test_leaving_later_puts_days_on_the_end(text: str, count: int) -> None:
    assert _said(only(text)) == (Intent.ADD_DAYS, count, None, None, None)


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("start the trip two days later", 2),
        ("the trip starts a day earlier now", -1),
        ("empezamos dos dias antes", -2),
        ("el viaje empieza un día después", 1),
        ("a gente chega um dia depois", 1),
        ("a viagem começa dois dias antes", -2),
    ],
)
def test_the_start_moved_by_days_moves_the_trip(text: str, shift: int) -> None:
    assert _said(only(text)) == (Intent.SET_START, None, shift, None, None)


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("we're staying till sunday", 6),
        ("staying thru saturday now", 5),
        ("we're here until friday", 4),
        ("heading home thursday now", 3),
        ("leaving on monday instead", 0),
        ("volvemos el jueves", 3),
        ("nos quedamos hasta el sábado", 5),
        ("el vuelo de vuelta es el domingo", 6),
        ("nos regresamos el martes, cambiaron el vuelo", 1),
        ("a gente volta na quinta", 3),
        ("voltamos sexta agora", 4),
        ("ficamos até domingo", 6),
        ("vamos embora na terça-feira", 1),
    ],
)
def test_a_last_day_said_as_a_weekday(text: str, weekday: int) -> None:
    assert _said(only(text)) == (Intent.ADD_DAYS, None, None, f"weekday:{weekday}", None)


@pytest.mark.parametrize(
    ("text", "last", "month_open"),
    [
        # No month said: the trip agent settles the 9th in the trip's own month
        ("going home on the 9th", dt.date(2026, 12, 9), "monthday:00-09"),
        ("we go back on 12/12 now", dt.date(2026, 12, 12), None),
        ("volvemos el 14 de diciembre", dt.date(2026, 12, 14), None),
        ("a gente volta dia 11 de dezembro", dt.date(2026, 12, 11), None),
    ],
)
def test_a_last_day_said_as_a_date(text: str, last: dt.date, month_open: str | None) -> None:
    assert _said(only(text)) == (Intent.ADD_DAYS, None, None, month_open, last)


@pytest.mark.parametrize(
    ("text", "intent", "count"),
    [
        ("knock a day off", Intent.REMOVE_DAYS, 1),
        ("shave two days off the trip", Intent.REMOVE_DAYS, 2),
        ("trip is now one day shorter", Intent.REMOVE_DAYS, 1),
        ("the trip is 2 days longer now", Intent.ADD_DAYS, 2),
        ("let's extend by three days", Intent.ADD_DAYS, 3),
        ("make it two days longer", Intent.ADD_DAYS, 2),
        ("drop the final 2 days", Intent.REMOVE_DAYS, 2),
        ("cut the last two days", Intent.REMOVE_DAYS, 2),
        ("corta el último día", Intent.REMOVE_DAYS, 1),
        ("quita los dos ultimos dias", Intent.REMOVE_DAYS, 2),
        ("el viaje es un dia mas corto", Intent.REMOVE_DAYS, 1),
        ("a viagem fica dois dias mais curta", Intent.REMOVE_DAYS, 2),
        ("apaga os 3 últimos dias", Intent.REMOVE_DAYS, 3),
    ],
)
def test_days_off_or_on_said_as_a_length(text: str, intent: Intent, count: int) -> None:
    assert _said(only(text)) == (intent, count, None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "leave the museum on friday",
        "hasta el sabado!",
        "vamos el jueves al mercado",
        "we leave the hotel at 9",
        "add the cathedral on sunday",
        "volvemos al hotel a las 6",
        "a gente volta pro hotel cedo",
        "2 more days to plan",
    ],
)
def test_other_requests_are_no_trip_change(text: str) -> None:
    assert trip_change_turn(text, TODAY) is None


def test_a_start_said_after_leaving_early_moves_the_whole_trip() -> None:
    turn = only("nos vamos dos dias antes, el viaje empieza el lunes 7 de diciembre")
    assert (turn.intent, turn.date) == (Intent.SET_START, dt.date(2026, 12, 7))


def test_a_weekday_end_asks_no_trip_dates_of_the_parser() -> None:
    turn = parse("we're staying till sunday").ops[0]
    assert (turn.intent, turn.end_ref, turn.day, turn.day_ref) == (
        Intent.ADD_DAYS,
        "weekday:6",
        None,
        None,
    )
