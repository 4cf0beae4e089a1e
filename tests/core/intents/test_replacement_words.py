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


LOOSE: list[tuple[str, str, str]] = [
    # instead of X, then what, with no verb of putting
    ("en vez del Fogón Llanero mejor algo italiano", "fogon", "italiano"),
    ("en lugar del museo botero, algo de arte moderno", "botero", "arte"),
    ("en vez de la parrilla, quiero algo vegano", "parrilla", "vegano"),
    ("instead of the wee dram, a cocktail bar", "dram", "cocktail"),
    ("instead of kinkaku-ji maybe a zen garden", "kinkaku", "garden"),
    ("em vez da tasca do cais, algo japonês", "tasca", "japones"),
    ("em vez do Museu de Serralves, melhor um jardim", "serralves", "jardim"),
    # a complaint about a stop, then another of a kind
    ("marisqueira da foz is too pricey for us, some other seafood place?", "marisqueira",
     "seafood"),
    ("the wee dram is way too loud, another whisky bar?", "dram", "whisky"),
    ("el fogón llanero queda muy lejos, otro asadero?", "fogon", "asadero"),
    ("la casona del ajiaco es muy turística, algún otro sitio de comida típica?", "casona",
     "comida"),
    ("a tasca do cais é muito cara, outro restaurante de peixe?", "tasca", "peixe"),
    ("o Cais Port Wine Lodge é caro demais, outra adega?", "cais", "adega"),
]  # fmt: skip


@pytest.mark.parametrize(("said", "old", "new"), LOOSE, ids=[r[0] for r in LOOSE])
def test_a_replacement_said_loosely_replaces(said: str, old: str, new: str) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is Intent.REPLACE, op
    assert op.target is not None
    assert old in _words(op.target.text), op
    assert new in _words(op.query), op


@pytest.mark.parametrize(
    "said",
    [
        "marisqueira da foz is too pricey for us, some other seafood place?",
        "a tasca do cais é muito cara, outro restaurante de peixe?",
        "el fogón llanero es carísimo, otro asadero?",
    ],
)
def test_a_stop_too_dear_asks_for_a_cheaper_one(said: str) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.preferences is not None, op
    assert op.preferences.price_levels is not None, op
    assert max(op.preferences.price_levels) <= 2


@pytest.mark.parametrize(
    ("said", "old"),
    [
        ("not feeling the rooftop kitchen on tuesday, swap it for the italian place", "rooftop"),
        ("drop the wee dram, swap it for a whisky bar", "dram"),
        ("quita el fogón llanero y cámbialo por algo italiano", "fogon"),
        ("tira a tasca do cais, troca por um japonês", "tasca"),
    ],
)
def test_a_removal_then_its_replacement_is_one_replacement(said: str, old: str) -> None:
    ops = parse(said, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.REPLACE], ops
    assert ops[0].target is not None
    assert old in _words(ops[0].target.text)


@pytest.mark.parametrize(
    "said",
    [
        "instead of day 1, put it on day 2",
        "en vez del lunes, el martes",
        "instead of the castle, can we move it to 9",
    ],
)
def test_instead_of_with_a_time_or_a_change_is_no_loose_replacement(said: str) -> None:
    assert replacement(said) is None or "with put" not in (replacement(said) or "")
