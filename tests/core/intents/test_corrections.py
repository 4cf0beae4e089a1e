"""A traveler correcting a day or a time inside one message: the request keeps its place."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from tests.core.intents.readings import only


@pytest.mark.parametrize(
    ("text", "to_day"),
    [
        ("move the castle to day 1, no wait, day 2", 2),
        ("pasa el museo al día 3, no espera, mejor al 1", 1),
        ("move o museu pro dia 2... não pera, dia 3", 3),
        ("move the castle to day 1... I mean 3", 3),
    ],
)
def test_a_corrected_day_moves_the_same_place(text: str, to_day: int) -> None:
    op = only(text)
    assert op.intent is Intent.MOVE
    assert op.to_day == to_day
    assert op.target is not None
    assert not any(ch.isdigit() for ch in op.target.text or "")


def test_a_corrected_day_keeps_an_add_and_drops_the_reason_after_it() -> None:
    op = only("agrega el mercado el día 1, no perdón, el 2, el 1 ya está lleno")
    assert (op.intent, op.day) == (Intent.ADD, 2)
    assert op.query is not None
    assert "lleno" not in op.query


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("make the dinner 7pm, actually 7.30", "19:30"),  # still the evening
        ("move the castle to 10am, wait, 11am", "11:00"),
    ],
)
def test_a_corrected_time_retimes_the_same_place(text: str, time: str) -> None:
    op = only(text)
    assert op.intent in {Intent.MOVE, Intent.RETIME}
    assert op.time == time


def test_instead_of_a_day_moves_to_the_new_day() -> None:
    op = only("could we do the botanic garden on friday instead of monday")
    assert op.intent is Intent.MOVE
    assert op.day_ref == "weekday:4"
    assert op.target is not None
    assert "monday" not in (op.target.text or "")


def test_instead_of_a_time_retimes_to_the_new_time() -> None:
    op = only("can we have lunch at 2 instead of 1")
    assert op.intent in {Intent.MOVE, Intent.RETIME}
    assert op.time in {"14:00", "02:00"}
    assert op.target is not None
    assert "instead" not in (op.target.text or "")


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("el mirador mejor el viernes en vez del martes", "weekday:4"),
        ("pasa la catedral al sábado en lugar del jueves", "weekday:5"),
        ("a ribeira na sexta em vez do sábado", "weekday:4"),
        ("muda o jardim pra terça em vez da quarta", "weekday:1"),
    ],
)
def test_instead_of_a_weekday_keeps_the_new_one_in_spanish_and_portuguese(
    text: str, weekday: str
) -> None:
    op = only(text)
    assert weekday in {op.day_ref, op.to_day_ref}
    assert "vez" not in (op.query or "") + ((op.target and op.target.text) or "")


@pytest.mark.parametrize(
    ("text", "day", "day_ref"),
    [
        ("add a ramen place on day 2... ah no, day 3 pls", 3, None),
        ("coloca um lugar de ramen no dia 2... ah não, no dia 3 pfv", 3, None),
        ("bota um café no dia 1, aliás, no dia 4", 4, None),
        (
            "agrega Dean Village el martes, no perdon, el jueves q lo tenemos libre",
            None,
            "weekday:3",
        ),
        ("pon un bar el lunes, digo, el miercoles", None, "weekday:2"),
        ("add a pub on friday, no wait, saturday", None, "weekday:5"),
        ("add a pub on friday, oops sorry, on saturday", None, "weekday:5"),
    ],
)
def test_a_later_day_replaces_the_earlier_one(
    text: str, day: int | None, day_ref: str | None
) -> None:
    op = only(text)
    assert op.intent is Intent.ADD
    assert (op.day, op.day_ref) == (day, day_ref)
    assert op.query is not None
    assert not any(w in op.query.lower() for w in ("perdon", "pfv", "please", "sorry", "libre"))


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("put the castle at 10, actually make it 11", "11:00"),
        ("castle at 11 rather than half nine pls", "11:00"),
        ("the castle at half ten pls, not half nine", "10:30"),
        ("o jantar no Thistle pode ser às 19h30... não pera, 20h é melhor", "20:00"),
        ("muda o jantar pras 19h, quer dizer, 20h", "20:00"),
        ("mueve la cena a las 8, digo, a las 9", "21:00"),
        ("the castle at 3pm, sorry, make it 4pm", "16:00"),
    ],
)
def test_a_later_time_replaces_the_earlier_one(text: str, time: str) -> None:
    op = only(text)
    assert op.intent in {Intent.MOVE, Intent.RETIME}
    assert op.time == time
    assert op.target is not None


def test_the_place_said_with_a_time_and_no_day_is_the_trips() -> None:
    op = only("put the castle at 11")
    assert op.intent is Intent.RETIME
    assert op.target is not None
    assert op.target.text == "castle"


@pytest.mark.parametrize(
    ("text", "day", "day_ref"),
    [
        ("pon el museo el lunes, o mejor el martes", None, "weekday:1"),
        ("agrega un bar el lunes, mejor el martes", None, "weekday:1"),
        ("agrega un ramen el dia 2, o sea, el dia 3", 3, None),
        ("bota um bar na segunda, melhor na terça", None, "weekday:1"),
        ("coloca um bar no dia 2, ou seja, no dia 3", 3, None),
    ],
)
def test_mejor_and_o_sea_correct_the_day_in_spanish_and_portuguese(
    text: str, day: int | None, day_ref: str | None
) -> None:
    op = only(text)
    assert op.intent is Intent.ADD
    assert (op.day, op.day_ref) == (day, day_ref)


def test_no_mejor_corrects_the_time() -> None:
    op = only("mueve la cena a las 8, no, mejor a las 9")
    assert op.intent is Intent.RETIME
    assert op.time == "21:00"


@pytest.mark.parametrize(
    ("text", "intent", "day", "day_ref"),
    [
        ("remove the museum on day 2, sorry i mean the one on day 3", Intent.REMOVE, 3, None),
        (
            "replace konkan coast kitchen w/ something veg on day 3.. sorry i mean the one today",
            Intent.REPLACE,
            None,
            "today",
        ),
        ("quita el museo del día 2, perdón, el del día 3", Intent.REMOVE, 3, None),
        ("tira o museu do dia 2, digo, o do dia 3", Intent.REMOVE, 3, None),
    ],
)
def test_the_one_on_another_day_corrects_the_day(
    text: str, intent: Intent, day: int | None, day_ref: str | None
) -> None:
    op = only(text)
    assert op.intent is intent, op
    assert (op.day, op.day_ref) == (day, day_ref), op
