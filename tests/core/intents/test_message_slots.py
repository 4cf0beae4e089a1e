"""A day or a diet said in another sentence of the message reaches its one add."""

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("my sister is vegan. find us somewhere for lunch on day 2", "vegan"),
        ("we're all veggie btw, a place for dinner on day 3 pls", "vegetarian"),
        ("mi esposa es vegetariana, busca algo para cenar el día 2", "vegetarian"),
        ("a minha filha é vegana, um restaurante pro almoço do dia 1", "vegan"),
    ],
)
def test_a_diet_said_in_a_remark_narrows_the_food_search(text: str, diet: str) -> None:
    adds = [op for op in parse(text, today=TODAY).ops if op.intent is Intent.ADD]
    assert len(adds) == 1
    assert diet in (adds[0].query or "")


def test_a_diet_does_not_reach_a_search_that_is_not_for_food() -> None:
    (op,) = parse("I'm vegan. add the bamboo grove on day 2", today=TODAY).ops
    assert "vegan" not in (op.query or "")


@pytest.mark.parametrize(
    "text",
    [
        "it's my birthday on day 2!! somewhere fancy for dinner",
        "our anniversary is on day 2 :) a romantic spot for dinner please",
    ],
)
def test_a_day_said_in_a_remark_reaches_the_add(text: str) -> None:
    adds = [op for op in parse(text, today=TODAY).ops if op.intent is Intent.ADD]
    assert [op.day for op in adds] == [2]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("amanhã no almoço quero algo vegetariano e barato", "vegetariano"),
        ("jantar romântico no sábado pq é nosso aniversário", "romântico"),
    ],
)
def test_no_search_ends_on_a_connector(text: str, query: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.query == query


@pytest.mark.parametrize(
    ("text", "meal", "food"),
    [
        ("dinner on day 2 is empty, find us some thai food", "dinner", "thai"),
        ("o café da manhã do dia 2 tá vazio né? acha uma padaria ali", "breakfast", "padaria"),
        ("la cena del martes está libre. ponnos algo de comida mexicana", "dinner", "mexicana"),
        ("falta o almoço de terça, quero um ajiaco", "lunch", "ajiaco"),
    ],
)
def test_a_meal_slot_then_what_to_eat_in_it_is_one_add(text: str, meal: str, food: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.ADD
    assert op.meal is not None
    assert op.meal.value == meal
    assert food in (op.query or "")


@pytest.mark.parametrize(
    "text",
    [
        "add a temple on day 1 and a ramen place for dinner",
        "lunch on day 3 please, and a museum",
    ],
)
def test_a_meal_and_another_kind_of_place_stay_two_adds(text: str) -> None:
    assert len(parse(text, today=TODAY).ops) == 2


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        ("o que tá marcado pra hoje?", "today"),
        ("o que eu tenho pra amanhã?", "tomorrow"),
        ("what have we got on friday", "weekday:4"),
        ("que tengo pal jueves", "weekday:3"),
    ],
)
def test_what_is_on_a_day_shows_it(text: str, day_ref: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert (op.intent, op.day_ref) == (Intent.SHOW, day_ref)


def test_a_vague_add_after_an_add_is_the_same_request() -> None:
    text = "keen for a proper coffee on day 3 before the garden, add somewhere good"
    assert len(parse(text, today=TODAY).ops) == 1


@pytest.mark.parametrize(
    "text",
    [
        "push the serralves museum to our empty day",
        "pasa el museo al día libre",
        "coloca um museu no dia vazio",
    ],
)
def test_the_empty_day_is_a_day_of_the_trip(text: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert "empty" in {op.day_ref, op.to_day_ref}
    said = (op.query or "") + ((op.target and op.target.text) or "")
    assert not said.endswith((" al", " no", " to"))


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        ("el martes dejalo en blanco, cancelá todo lo q hay", "weekday:1"),
        ("friday is a write-off now, remove everything", "weekday:4"),
    ],
)
def test_clearing_everything_is_about_the_day_said_never_the_trip(text: str, day_ref: str) -> None:
    ops = parse(text, today=TODAY).ops
    clears = [op for op in ops if op.target is not None and op.target.every]
    assert clears
    assert all(op.day_ref == day_ref or op.day is not None for op in clears)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Nah, las cuevas de Elephanta mejor no, sácalas", "Elephanta"),
        ("the Wee Dram? nah, drop it", "Wee Dram"),
        ("o Museu de Serralves não, tira ele", "Serralves"),
    ],
)
def test_it_is_the_place_named_just_before(text: str, named: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.target is not None
    assert named in (op.target.text or "")


@pytest.mark.parametrize("text", ["remove it", "ok, remove that", "hmm ok, drop it"])
def test_it_with_nothing_named_before_stays_it(text: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.target is not None
    assert (op.target.text or "").lower() in {"it", "that"}
