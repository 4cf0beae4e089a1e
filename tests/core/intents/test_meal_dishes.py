"""A dish wished for beside a meal is what to search for; eating said as the search is food."""

from __future__ import annotations

import pytest

from core.intents.model import Intent, Meal
from core.intents.parse import parse
from tests.core.intents.test_parse import TODAY

DISHES: list[tuple[str, Meal, str]] = [
    ("for lunch on day 2 we want to eat soba noodles", Meal.LUNCH, "soba"),
    ("dinner on friday, my husband really wants to try haggis", Meal.DINNER, "haggis"),
    ("for breakfast on day 3 I'd love to have dosa. any ideas?", Meal.BREAKFAST, "dosa"),
    ("on the last night for dinner we're dying to try goan fish curry", Meal.DINNER, "curry"),
    ("Excuse me, for dinner on day 2 I want to eat kaiseki cuisine.", Meal.DINNER, "kaiseki"),
    ("para la cena del martes queremos probar pulpo a la gallega", Meal.DINNER, "pulpo"),
    ("la cena del viernes que sea de tapas pa picar, porfa", Meal.DINNER, "tapas"),
    ("para el almuerzo del lunes quiero comer ramen, porfa", Meal.LUNCH, "ramen"),
    ("no jantar de quarta a gente quer provar francesinha", Meal.DINNER, "francesinha"),
    ("pro almoço do dia 2 queria experimentar feijoada", Meal.LUNCH, "feijoada"),
]


@pytest.mark.parametrize(("text", "meal", "word"), DISHES, ids=[d[0] for d in DISHES])
def test_a_dish_wished_for_a_meal_is_searched(text: str, meal: Meal, word: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
    assert ops[0].meal is meal
    assert word in (ops[0].query or ""), ops[0]


NOT_DISHES = [
    "for dinner on day 2 we want to eat something cheap",
    "lunch on day 3, we want to have it near the castle",
    "para la cena del martes queremos comer algo barato",
]


@pytest.mark.parametrize("text", NOT_DISHES)
def test_a_wish_that_names_no_dish_adds_no_search_words(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert ops, ops
    assert ops[0].intent is Intent.ADD, ops
    query = ops[0].query or ""
    assert not any(w in query for w in ("something", "algo", "near", "castle", "it")), ops[0]


EATING: list[tuple[str, Meal | None]] = [
    ("need somewhere cheap for scran on day 3", None),
    ("somewhere cheap for grub on day 2 pls", None),
    ("anywhere cheap for food on day 4?", None),
    ("algo barato pra cumê no dia 4", None),
    ("algo baratinho p comer no dia 3", None),
    ("algo baratinho p almoçar no dia 3", Meal.LUNCH),
    ("um lugar barato p jantar no dia 2", Meal.DINNER),
    ("algo barato pa papear el día 2", None),
]


@pytest.mark.parametrize(("text", "meal"), EATING, ids=[e[0] for e in EATING])
def test_eating_said_as_the_search_is_food(text: str, meal: Meal | None) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
    op = ops[0]
    assert op.preferences is not None, op
    assert op.preferences.price_levels, op
    if meal is not None:
        assert op.meal is meal, op
        assert not op.query, op
    else:
        assert op.query in {"restaurant", "restaurante"}, op


OPEN_NOW = [
    "we're starving, anything open right now?",
    "anything open now?",
    "so hungry, anywhere open right now?",
    "is anything open right now for food",
    "hay algo abierto ahorita?",
    "tenemos un hambre que flipas, ¿hay algo abierto ahora mismo?",
    "tô morrendo de fome, tem algo aberto agora p comer?",
]


@pytest.mark.parametrize("text", OPEN_NOW)
def test_anything_open_now_is_somewhere_to_eat_today(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
    op = ops[0]
    assert op.query in {"restaurant", "restaurante"}, op
    assert op.preferences is not None, op
    assert op.preferences.open_now, op
    assert op.day_ref == "today", op


@pytest.mark.parametrize(
    "text", ["põe uma praia no dia 4 di tarde", "djá bota um museu no dia 2 di manhã"]
)
def test_a_spoken_di_before_a_part_of_the_day_is_de(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
    assert "di" not in (ops[0].query or "").split(), ops[0]
    assert ops[0].part_of_day is not None, ops[0]
