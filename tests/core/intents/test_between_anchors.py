"""core.intents.between_anchors: a stop said between two others, in en/es/pt."""

from __future__ import annotations

import pytest

from core.intents.between_anchors import split_between
from core.intents.model import Intent
from tests.core.intents.readings import only


@pytest.mark.parametrize(
    ("text", "intent", "words", "day", "after", "before"),
    [
        ("add a museum between the cathedral and lunch on day 1", Intent.ADD, "museum", 1,
         "cathedral", "lunch"),
        ("agrega un museo entre la catedral y la comida el día 1", Intent.ADD, "museo", 1,
         "catedral", "comida"),
        ("adiciona um museu depois da catedral e antes do almoço no dia 1", Intent.ADD, "museu",
         1, "catedral", "almoço"),
        ("add a gelato place after the fort but before dinner on day 2", Intent.ADD,
         "gelato place", 2, "fort", "dinner"),
        ("coloca uma sorveteria entre o mercado e o jantar no dia 2", Intent.ADD, "sorveteria",
         2, "mercado", "jantar"),
        ("pon una heladería antes de la cena pero después del castillo el día 3", Intent.ADD,
         "heladería", 3, "castillo", "cena"),
        ("squeeze in a bookshop between the palace and the harbour walk", Intent.ADD,
         "bookshop", None, "palace", "harbour walk"),
        ("mete una librería después del palacio y antes del almuerzo", Intent.ADD, "librería",
         None, "palacio", "almuerzo"),
    ],
)  # fmt: skip
def test_a_stop_between_two_keeps_both_sides(
    text: str, intent: Intent, words: str, day: int | None, after: str, before: str
) -> None:
    op = only(text)
    assert op.intent is intent
    assert op.query == words
    assert (op.day, op.after, op.before) == (day, after, before)


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("move the cathedral between the museum and lunch", "museum", "lunch"),
        ("mueve la catedral entre el museo y la comida", "museo", "comida"),
        ("passa a catedral pra depois do museu e antes do almoço", "museu", "almoço"),
    ],
)
def test_a_stop_moved_between_two(text: str, after: str, before: str) -> None:
    op = only(text)
    assert op.intent in {Intent.MOVE, Intent.RETIME}
    assert (op.after, op.before) == (after, before)


@pytest.mark.parametrize(
    "text",
    [
        "add a bar between 6 and 8pm",
        "nothing between today and tomorrow",
        "entre semana y domingo",
        "add the museum after the cathedral",
    ],
)
def test_times_days_and_single_anchors_are_no_between(text: str) -> None:
    assert split_between(text) is None
