"""core.intents.replacement_words: one thing of the trip for another, said every way."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.replacement_words import replacement

TODAY = dt.date(2026, 11, 23)

REPLACED: list[tuple[str, str, str]] = [
    # without a verb: "x", "por", "pelo"
    ("la Marisqueira da Foz x sushi", "marisqueira", "sushi"),
    ("el Museo del Oro x algo al aire libre", "oro", "aire"),
    ("Sushi Zen por comida yemeni", "zen", "yemeni"),
    ("o Café Majestic pelo Café Santiago", "majestic", "santiago"),
    ("a Torre dos Clérigos x um miradouro", "clerigos", "miradouro"),
    ("Kinkaku-ji x a zen garden", "kinkaku", "garden"),
    # put Y in X's place
    ("pon un mirador en lugar del castillo", "castillo", "mirador"),
    ("en vez del kaiseki pon un izakaya", "kaiseki", "izakaya"),
    ("mejor pon una playa en vez de la Ciudad Amurallada", "ciudad", "playa"),
    ("põe um templo no lugar da Elephanta", "elephanta", "templo"),
    ("no lugar da Sé coloca uma igreja com azulejos", "se", "igreja"),
    ("bota uma praia em vez do museu", "museu", "praia"),
    ("put a temple in place of the caves", "caves", "temple"),
    ("stick a rooftop bar in instead of the pub", "pub", "rooftop"),
    # the pronoun is the place said in the other clause
    ("a Elephanta é longe demais, põe um templo no lugar dela", "elephanta", "templo"),
    ("el Palacio de la Inquisición no nos llama, pon un museo en lugar de eso", "inquisicion",
     "museo"),
    ("Arthur's Seat is too much of a climb, put a garden in place of it", "arthur", "garden"),
]  # fmt: skip


def _words(text: str | None) -> str:
    from core.text import fold

    return fold(text or "")


@pytest.mark.parametrize(("said", "old", "new"), REPLACED, ids=[r[0] for r in REPLACED])
def test_a_replacement_said_any_way_replaces(said: str, old: str, new: str) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is Intent.REPLACE, op
    assert op.target is not None
    assert old in _words(op.target.text), op
    assert new in _words(op.query), op


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("cambiemos el Kinkaku-ji por un jardín zen", Intent.REPLACE),
        ("vamos a cambiar la cena del día 2 por sushi", Intent.REPLACE),
        ("bora trocar o jantar por um rodízio", Intent.REPLACE),
        ("quitemos el museo del día 2", Intent.REMOVE),
        ("pongamos un bar el viernes", Intent.ADD),
        ("movamos la Sé al día 3", Intent.MOVE),
    ],
)
def test_lets_forms_are_requests(said: str, intent: Intent) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is intent, op


@pytest.mark.parametrize(
    "said",
    [
        "Fort Aguada por la tarde",
        "Livraria Lello por favor",
        "el Museo del Oro por la mañana",
        "Bogotá x 3 días",
        "add the museum on day 2",
        "put castillo san felipe on day 2 instead of day 1",
        "pon el museo a las 3 en vez de a las 5",
        "coloca a praia no sábado em vez de sexta",
    ],
)
def test_a_time_or_manners_after_x_or_por_is_no_replacement(said: str) -> None:
    assert replacement(said) is None
