"""A meal asked for with a remark beside it: the remark is a wish or nothing, never a search."""

import datetime as dt

import pytest

from core.intents.model import Intent, Meal, ParsedTurn
from core.intents.parse import parse
from core.text import fold

TODAY = dt.date(2026, 11, 23)


def _add(text: str) -> ParsedTurn:
    adds = [op for op in parse(text, today=TODAY).ops if op.intent is Intent.ADD]
    assert len(adds) == 1, parse(text, today=TODAY).ops
    return adds[0]


@pytest.mark.parametrize(
    "text",
    [
        "um restaurante barato pra jantar no dia 2, sou estudante ne",
        "somos estudiantes, un sitio barato pa cenar el martes",
        "we're students, cheap dinner spot on day 2 pls",
        "pro almoço de quinta algo baratinho, to liso",
        "soy estudiante, algo pa cenar el dia 3",
        "cheap dinner on day 4 pls, we're students",
    ],
)
def test_who_is_asking_is_a_price_not_a_search(text: str) -> None:
    op = _add(text)
    assert op.preferences is not None
    assert op.preferences.price_levels is not None
    assert max(op.preferences.price_levels) <= 1
    for word in ("estudante", "estudiante", "student", "liso", "budget"):
        assert word not in (op.query or "")


@pytest.mark.parametrize(
    "text",
    [
        "pa cenar el jueves algo con buena nota, nada cutre",
        "pa la cena del viernes algo bien valorado",
        "whats the best rated seafood place? for thursday dinner",
        "cual es el mejor sitio de mariscos? para la cena del jueves",
        "um lugar bem avaliado pro jantar de sexta",
        "dinner on day 2 somewhere highly rated",
    ],
)
def test_a_rating_said_is_a_wish(text: str) -> None:
    op = _add(text)
    assert op.meal is Meal.DINNER
    assert op.preferences is not None
    assert (op.preferences.min_rating or 0) >= 4.5
    for word in ("nota", "valorado", "rated", "avaliado", "cutre"):
        assert word not in (op.query or "")


@pytest.mark.parametrize(
    "text",
    [
        "ultima noite, a janta tem q ser num lugar romantico daí, é nossa lua de mel",
        "for dinner on day 3 somewhere romantic, its our honeymoon",
        "la cena del sabado en un sitio romantico, es nuestro aniversario",
        "jantar no dia 2 num lugar romântico, é nossa lua de mel",
    ],
)
def test_an_occasion_is_romantic_not_search_words(text: str) -> None:
    op = _add(text)
    query = fold(op.query or "")
    assert "romant" in query
    for word in ("lua", "luna", "honeymoon", "aniversario", "tem", "daí"):
        assert word not in query.split()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("no almoço do dia 3 quero um udonzinho", "udon"),
        ("quero um sushizinho no almoço de quarta", "sushi"),
        ("un tacito pa la comida del jueves", "taco"),
        ("janta de terça num izakaya com saquê, nada muito caro", "izakaya"),
    ],
)
def test_the_food_is_the_search(text: str, kind: str) -> None:
    op = _add(text)
    assert kind in (op.query or "")
    assert "nada" not in (op.query or "")


def test_nothing_too_dear_is_a_modest_price() -> None:
    op = _add("janta de terça num izakaya com saquê, nada muito caro")
    assert op.preferences is not None
    assert op.preferences.price_levels is not None
    assert max(op.preferences.price_levels) <= 2


@pytest.mark.parametrize(
    "text",
    [
        "frutos do mar pro jantar de sexta, o que tem?",
        "whats the best rated seafood place? for thursday dinner",
        "qual o melhor restaurante de peixe pro jantar de quinta?",
    ],
)
def test_a_meal_question_with_food_and_a_day_offers_places(text: str) -> None:
    op = _add(text)
    assert op.meal is Meal.DINNER
    assert op.day_ref is not None


def test_a_question_about_a_stop_is_not_an_add() -> None:
    ops = parse("is the seafood place on day 3 good for dinner?", today=TODAY).ops
    assert all(op.intent is not Intent.ADD for op in ops)


@pytest.mark.parametrize(
    ("said", "ref"),
    [
        ("wey el miércoles es nuestro aniversario, agrega una cena romántica", "weekday:2"),
        ("el viernes es nuestro aniversario, pon una cena bonita", "weekday:4"),
        ("é nosso aniversário na quarta, adiciona um jantar romântico", "weekday:2"),
        ("é aniversário da minha esposa na sexta, coloca um jantar especial", "weekday:4"),
    ],
)
def test_an_occasion_said_first_keeps_its_day_for_the_request(said: str, ref: str) -> None:
    ops = [op for op in parse(said).ops if op.intent is Intent.ADD]
    assert len(ops) == 1, parse(said).ops
    assert ops[0].meal is Meal.DINNER
    assert ops[0].day_ref == ref
