"""core.intents.fill_words: filling the trip's open meal slots, in three languages."""

from __future__ import annotations

import pytest

from core.intents.fill_words import fill_meals_turn
from core.intents.model import Intent, Meal
from core.intents.parse import parse
from core.text import fold


@pytest.mark.parametrize(
    ("text", "meal", "day", "query"),
    [
        ("fill in dinner on day 2 pls", Meal.DINNER, 2, None),
        ("fill the lunch gap on day 2 with something local", Meal.LUNCH, 2, "local"),
        ("el almuerzo del martes esta vacio, recomiendame algo rico", Meal.LUNCH, None, None),
        ("llena las comidas q me faltan porfa", None, None, None),
        ("Rellena los huecos de comida del dia 3", None, 3, None),
        ("preenche as refeicoes vazias do dia 2 pra mim", None, 2, None),
        ("o dia 2 ta sem almoco e sem jantar, resolve ai", None, 2, None),
        ("fill all the empty meals", None, None, None),
        ("fill the dinner gap on day 1 with seafood", Meal.DINNER, 1, "seafood"),
    ],
)
def test_filling_open_meals(
    text: str, meal: Meal | None, day: int | None, query: str | None
) -> None:
    turn = fill_meals_turn(text)
    assert turn is not None
    assert (turn.intent, turn.meal, turn.day, turn.query) == (Intent.FILL_MEALS, meal, day, query)


@pytest.mark.parametrize(
    "text",
    [
        "add lunch on day 2",
        "recomiendame una cena sin gluten",
        "replace dinner on day 2 with sushi",
        "a gluten free dinner on day 2",
        "fill day 3 with museums",
        "recommend a dinner place for tomorrow",
        "add sushi on day 1 and fill the dinner gap on day 2",
        "añade sushi el dia 1 y llena la cena del dia 2",
    ],
)
def test_other_meal_requests_are_not_fills(text: str) -> None:
    assert fill_meals_turn(text) is None


def test_each_meal_said_with_its_own_wish_is_its_own_fill() -> None:
    from core.intents.fill_words import fill_meals_turns
    from core.intents.model import Meal

    fills = fill_meals_turns("fill lunch on day 2 with a yemeni place and dinner with seafood")
    assert [(f.meal, f.query, f.day) for f in fills] == [
        (Meal.LUNCH, "a yemeni place", 2),
        (Meal.DINNER, "seafood", 2),
    ]
    one = fill_meals_turns("fill lunch and dinner with seafood")
    assert [(f.meal, f.query) for f in one] == [(None, "seafood")]
    assert fill_meals_turns("add a museum") == []


# A meal to fill said after another request: two requests, the second fills the meal.
FILL_AFTER_ANOTHER = [
    ("pasa getsemani al dia 4 y llena el almuerzo del dia 5 con algo vegetariano", "es", 5),
    ("quita el museo, y rellena la cena del dia 2 con algo de mariscos", "es", 2),
    ("mueve el castillo al dia 3 y completa el almuerzo del dia 1 con algo barato", "es", 1),
    ("passa o museu pro dia 3 e preenche o almoço do dia 5 com algo vegetariano", "pt", 5),
    ("tira a praia e completa o jantar do dia 2 com frutos do mar", "pt", 2),
    ("move the museum to day 3 and fill lunch on day 5 with something vegetarian", "en", 5),
    ("drop the castle, and fill in dinner on day 2 with seafood", "en", 2),
    ("remove the pub and sort out dinner on day 4 with something veggie", "en", 4),
]


@pytest.mark.parametrize(("text", "language", "day"), FILL_AFTER_ANOTHER)
def test_a_meal_filled_after_another_request_is_a_second_request(
    text: str, language: str, day: int
) -> None:
    import datetime as dt

    from core.intents.model import Intent
    from core.intents.parse import parse

    parsed = parse(text, today=dt.date(2026, 11, 23))
    assert parsed.language == language
    assert len(parsed.ops) == 2, parsed
    assert parsed.ops[0].intent in {Intent.MOVE, Intent.REMOVE}, parsed
    fill = parsed.ops[1]
    assert fill.intent in {Intent.REPLACE, Intent.FILL_MEALS}, parsed
    assert fill.meal is not None, parsed
    assert fill.day == day, parsed
    assert fill.query or fill.preferences, parsed


@pytest.mark.parametrize(
    ("said", "meal"),
    [
        ("preenche o almoço do dia 1 pra mim, qualquer coisa serve", Meal.LUNCH),
        ("rellena el almuerzo del dia 2 porfa", Meal.LUNCH),
        ("llena la cena del dia 3", Meal.DINNER),
        ("tenho uns jantares em aberto né? resolve o de quarta pra mim", Meal.DINNER),
        ("o almoço de quinta ta pendente, resolve ai", Meal.LUNCH),
        ("the dinners are still open, sort out wednesday's for me", Meal.DINNER),
    ],
)
def test_a_meal_to_fill_in_everyday_words(said: str, meal: Meal) -> None:
    turn = fill_meals_turn(said)
    assert turn is not None
    assert turn.meal is meal


@pytest.mark.parametrize(
    ("said", "meal", "word"),
    [
        ("dinner on monday is still empty - a rooftop place with a view?", Meal.DINNER, "rooftop"),
        ("lunch on day 2 is still free, something with sushi?", Meal.LUNCH, "sushi"),
        ("la cena del lunes sigue vacía, algo con terraza?", Meal.DINNER, "rooftop"),
        ("o jantar de segunda ainda tá vazio, algum lugar com vista?", Meal.DINNER, "view"),
        ("el almuerzo del martes todavía está libre, algo de mariscos?", Meal.LUNCH, "mariscos"),
    ],
)
def test_a_meal_said_empty_then_what_to_put_there(said: str, meal: Meal, word: str) -> None:
    ops = [op for op in parse(said).ops if op.intent is Intent.ADD]
    assert len(ops) == 1, ops
    assert ops[0].meal is meal
    assert word in fold(ops[0].query or "")


@pytest.mark.parametrize(
    ("said", "ref"),
    [
        ("after arthurs seat on wed we'll be starving, fill the lunch slot with something hearty",
         "weekday:2"),
        ("on friday after the hike we'll be so hungry, fill lunch with something local",
         "weekday:4"),
    ],
)  # fmt: skip
def test_a_day_said_in_a_remark_of_hunger_stays(said: str, ref: str) -> None:
    (op,) = parse(said).ops
    assert op.day_ref == ref
