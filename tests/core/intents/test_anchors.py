"""A new stop said just after another: the anchor leaves the search and goes to `after`."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.test_parse import TODAY

ANCHORED: list[tuple[str, str, str]] = [
    ("Add Tenryu-ji day 3, right after the bamboo grove", "tenryu-ji", "bamboo grove"),
    ("add the castle on day 2 just after the museum", "castle", "museum"),
    ("put gion on day 2 straight after kiyomizu-dera", "gion", "kiyomizu-dera"),
    ("pon el tenryu-ji el día 3 justo después del bosque de bambú", "tenryu-ji", "bosque de bambú"),
    ("agrega la muralla el viernes después del castillo", "muralla", "castillo"),
    ("mete el museo del oro el día 2 luego del cerro", "museo", "cerro"),
    ("coloca o tenryu-ji no dia 3 logo depois do bambuzal", "tenryu-ji", "bambuzal"),
    ("adiciona a ribeira no dia 2 depois da torre dos clérigos", "ribeira", "torre dos clérigos"),
    ("mete a Sé no dia 4 a seguir à Livraria Lello", "sé", "Livraria Lello"),
    ("poe o bolhao no dia 2 logo a seguir ao palacio da bolsa", "bolhao", "palacio da bolsa"),
    ("coloca o jardim no dia 3 após o museu de serralves", "jardim", "museu de serralves"),
    ("bota a feira no sábado apos a catedral", "feira", "catedral"),
    ("pon las bóvedas el jueves tras el castillo", "bóvedas", "castillo"),
    ("agrega el mirador el día 2 tras de la catedral", "mirador", "catedral"),
]


@pytest.mark.parametrize(("text", "query", "after"), ANCHORED, ids=[a[0] for a in ANCHORED])
def test_after_a_stop_is_an_anchor_not_a_search_word(text: str, query: str, after: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.ADD, op
    assert op.query is not None
    assert query in op.query.lower(), op
    assert op.after == after, op


NOT_ANCHORS = [
    "add a bar after dinner on day 2",
    "add the castle the day after tomorrow",
    "pon un bar el lunes después de la cena",
    "põe o museu no dia 2 depois do almoço",
    "add the museum on day 2 after 3pm",
    "coloca o museu depois de amanhã",
    "põe um bar a seguir ao jantar no dia 2",
    "agrega un bar tras la cena el viernes",
    "coloca um café no dia 3 após o almoço",
]


@pytest.mark.parametrize("text", NOT_ANCHORS)
def test_meals_times_and_days_are_no_anchor(text: str) -> None:
    assert all(op.after is None for op in parse(text, today=TODAY).ops)


def test_a_clock_time_wins_and_the_anchor_still_leaves_the_search() -> None:
    (op,) = parse("añade el albert hall museum al dia 3 despues del fuerte, tipo 2 de la tarde",
                  today=TODAY).ops  # fmt: skip
    assert op.time == "14:00"
    assert op.after is None
    assert op.query == "albert hall museum"


BEFORE: list[tuple[str, str, str]] = [
    ("we wanna see the castle tmrw morning before the museum", "castle", "museum"),
    ("add a bakery day 2 right before the cathedral", "bakery", "cathedral"),
    ("squeeze in the flower market on day 3 ahead of the boat tour", "flower market", "boat tour"),
    ("pls add the old bridge friday before the castle", "old bridge", "castle"),
    ("agrégale un coffee shop el martes temprano, antes de la catedral", "coffee shop", "catedral"),
    ("mete el mercado el día 2 antes del museo del oro", "mercado", "museo del oro"),
    ("pon una panaderia el jueves justo antes de las bovedas", "panaderia", "bovedas"),
    ("coloca o mercado do bolhao no dia 2 antes da torre", "mercado do bolhao", "torre"),
    ("bota uma padaria na sexta antes do museu", "padaria", "museu"),
    ("quero ver o jardim no dia 3 logo antes do palácio", "jardim", "palácio"),
]


@pytest.mark.parametrize(("text", "query", "before"), BEFORE, ids=[b[0] for b in BEFORE])
def test_before_a_stop_is_an_anchor_not_a_search_word(text: str, query: str, before: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.ADD, op
    assert op.query is not None
    assert query in op.query.lower(), op
    assert "antes" not in op.query.lower(), op
    assert "before" not in op.query.lower(), op
    assert op.before == before, op


NOT_BEFORE = [
    "add a bar before dinner on day 2",
    "pon un cafe el lunes antes del almuerzo",
    "coloca um café no dia 2 antes do almoço",
    "add the museum on day 2 before noon",
    "add a bakery on friday before we leave",
    "pon el museo el lunes antes de irnos",
]


@pytest.mark.parametrize("text", NOT_BEFORE)
def test_meals_times_and_leaving_are_no_before_anchor(text: str) -> None:
    assert all(op.before is None for op in parse(text, today=TODAY).ops)
