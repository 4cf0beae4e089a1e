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
