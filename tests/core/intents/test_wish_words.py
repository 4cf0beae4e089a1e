"""Wishes beside the kind of place: modesty, food as a purpose, moods, where as a remark,
"open now" meaning today, and "brunch" kept as a kind."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal
from core.intents.parse import parse
from tests.core.intents.test_parse import TODAY, check_op

ADD = Intent.ADD
NOT_FANCY = (0, 1, 2)


def _one(text: str) -> Any:
    ops = parse(text, today=TODAY).ops
    assert len(ops) == 1, ops
    return ops[0]


MODEST: list[tuple[str, str]] = [
    ("dinner on monday - smth goan, nothing fancy", "goan"),
    ("add a curry place for dinner on day 2, nothing posh", "curry"),
    ("add a low-key bar on day 1", "bar"),
    ("a no frills seafood place for lunch on day 3", "seafood"),
    ("pon un asadero el martes, sin lujos", "asadero"),
    ("agrega una parrilla pa la cena del lunes, nada lujoso", "parrilla"),
    ("quiero un restaurante de mariscos el día 2, nada elegante", "mariscos"),
    ("põe uma churrascaria no jantar do dia 2, nada chique", "churrascaria"),
    ("coloca um boteco no dia 3, nada muito sofisticado", "boteco"),
    ("bota um restaurante de peixe pro almoço de sexta, sem luxo", "peixe"),
]


@pytest.mark.parametrize(("text", "word"), MODEST, ids=[m[0] for m in MODEST])
def test_nothing_fancy_is_price_two_or_less(text: str, word: str) -> None:
    op = _one(text)
    check_op(op, {"intent": ADD, "query_has": [word], "query_lacks": ["fancy", "nothing"]})
    assert op.preferences is not None, op
    assert op.preferences.price_levels == NOT_FANCY, op


OPEN_NOW: list[tuple[str, str]] = [
    ("need a coffee place thats open rn, near the museum ideally", "coffee"),
    ("tengo hambre ya, algo q este abierto ahorita pa comer", "restaurante"),
    ("to morrendo de fome, me acha um lugar aberto agora pra comer", "restaurante"),
    ("I'm starving, find somewhere to eat thats open now", "restaurant"),
    ("any bakery open right now?", "bakery"),
    ("busca una cafetería abierta ahora", "cafetería"),
    ("tem alguma padaria aberta agora?", "padaria"),
]


@pytest.mark.parametrize(("text", "word"), OPEN_NOW, ids=[m[0] for m in OPEN_NOW])
def test_open_now_without_a_day_is_today(text: str, word: str) -> None:
    op = _one(text)
    check_op(op, {"intent": ADD, "query_has": [word], "day_ref": "today", "day": None})
    assert op.preferences is not None, op
    assert op.preferences.open_now, op
    check_op(op, {"query_lacks": ["museum", "near", "hambre", "fome", "starving", "comer"]})


def test_open_now_on_a_named_day_keeps_the_day() -> None:
    op = _one("add a cafe open now on day 2")
    check_op(op, {"intent": ADD, "day": 2, "day_ref": None})


def test_is_a_place_open_now_stays_a_question() -> None:
    op = _one("is Bar Kawayuka open now?")
    check_op(op, {"intent": Intent.EXPLAIN, "target_has": ["kawayuka"]})


MOODS: list[tuple[str, list[str], list[str]]] = [
    ("add a beach shack for sunset on day 3, beers n prawns vibe", ["shack"], ["vibe", "prawns"]),
    ("add a bar on day 2, chill jazz vibes", ["bar"], ["vibes", "chill"]),
    ("pon un bar el viernes, onda relax", ["bar"], ["onda", "relax"]),
    ("põe um bar no dia 2, clima de praia", ["bar"], ["clima", "praia"]),
    ("add a cafe on day 2 near the castle", ["cafe"], ["castle", "near"]),
    ("agrega un café el día 2 cerca del hotel", ["café"], ["hotel", "cerca"]),
    ("põe um café no dia 2 perto do museu, se der", ["café"], ["museu", "perto"]),
]


@pytest.mark.parametrize(("text", "has", "lacks"), MOODS, ids=[m[0] for m in MOODS])
def test_a_mood_or_a_where_is_no_search_word(text: str, has: list[str], lacks: list[str]) -> None:
    check_op(_one(text), {"intent": ADD, "query_has": has, "query_lacks": lacks})


BRUNCH: list[str] = [
    "add a brunch place on friday",
    "busca un sitio de brunch pal jueves",
    "um brunch no sábado?",
    "brunch on day 2 somewhere nice",
]


@pytest.mark.parametrize("text", BRUNCH)
def test_brunch_is_a_kind_of_place(text: str) -> None:
    check_op(_one(text), {"intent": ADD, "meal": Meal.BREAKFAST, "query_has": ["brunch"]})


OPTIONS: list[str] = [
    "any top rated sushi for dinner tuesday?",
    "hay algún ramen bien calificado pa cenar el martes?",
    "tem algum japonês bem avaliado pro jantar de terça?",
    "any cheap tacos for lunch on day 2?",
]


@pytest.mark.parametrize("text", OPTIONS)
def test_asking_for_rated_options_is_a_search(text: str) -> None:
    assert _one(text).intent is ADD


def test_asking_how_one_place_is_rated_stays_a_question() -> None:
    check_op(_one("is Kuro Sushi well rated?"), {"intent": Intent.EXPLAIN})


CRAVINGS: list[tuple[str, Meal, str]] = [
    ("dinner on day 3 - we're craving octopus", Meal.DINNER, "octopus"),
    ("lunch tomorrow, we're in the mood for ramen", Meal.LUNCH, "ramen"),
    ("dinner on day 2 - I'm dying for some tacos", Meal.DINNER, "tacos"),
    ("cena el día 2, se nos antoja pulpo", Meal.DINNER, "pulpo"),
    ("almuerzo del viernes, tenemos ganas de mariscos", Meal.LUNCH, "mariscos"),
    ("la cena del sabado, con ganas de algo de cordero", Meal.DINNER, "cordero"),
    ("jantar no dia 3, estamos com vontade de polvo", Meal.DINNER, "polvo"),
    ("o almoço de amanhã, bateu uma vontade de comida japonesa", Meal.LUNCH, "japonesa"),
    ("almoço do dia 2, tô com vontade de camarão", Meal.LUNCH, "camarão"),
]


@pytest.mark.parametrize(("text", "meal", "food"), CRAVINGS, ids=[c[0] for c in CRAVINGS])
def test_a_craving_beside_a_meal_is_what_to_eat(text: str, meal: Meal, food: str) -> None:
    check_op(_one(text), {"intent": ADD, "meal": meal, "query_has": [food]})


HUNGRY_NOW = [
    "to morrendo de fome agora, algum lugar aberto pra comer?",
    "estamos famintos, tem algo aberto pra comer agora?",
    "fome!! algum restaurante aberto?",
    "tô com larica, algum sítio aberto pra comer?",
    "tengo hambre, algo abierto pa comer?",
    "me muero de hambre ahorita, qué hay abierto para comer",
    "hambrientos, algún sitio abierto para comer?",
    "starving rn, anywhere open to eat?",
    "so hungry, what is open for food right now",
    "whats open for a bite",
]


@pytest.mark.parametrize("text", HUNGRY_NOW)
def test_open_said_of_no_place_is_a_search_open_now(text: str) -> None:
    op = _one(text)
    assert op.intent is ADD
    assert op.preferences is not None
    assert op.preferences.open_now
    assert op.day_ref == "today"


@pytest.mark.parametrize(
    "text", ["is the castle open for lunch", "o museu está aberto?", "el museo esta abierto hoy?"]
)
def test_open_said_of_a_place_asks_its_hours(text: str) -> None:
    assert _one(text).intent is not ADD


def test_open_at_a_time_is_no_open_now() -> None:
    op = _one("algum café aberto às 7?")
    assert not (op.preferences and op.preferences.open_now)
