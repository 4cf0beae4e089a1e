"""core.intents.day_exchange (through parse): two days exchanged, said with a verb of
replacing ("cambia el lunes x el miercoles") or spelled out ("… y al reves")."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.test_parse import cases, check

SWAP = Intent.SWAP_DAYS


def _named(first: int, second: int) -> list[dict[str, Any]]:
    return [{"intent": SWAP, "day_ref": f"weekday:{first}", "to_day_ref": f"weekday:{second}"}]


def _numbered(first: int, second: int) -> list[dict[str, Any]]:
    return [{"intent": SWAP, "day": first, "to_day": second}]


EXCHANGED: list[Any] = [
    (
        "cambia el lunes x el miercoles, o sea lo del lunes pal miercoles y al reves",
        "es",
        _named(0, 2),
    ),
    ("cambia el lunes por el miercoles", "es", _named(0, 2)),
    ("cambia el 1 por el 3", "es", _numbered(1, 3)),
    ("pasa lo del martes al jueves y viceversa", "es", _named(1, 3)),
    ("troca segunda c/ quarta", "pt", _named(0, 2)),
    ("troca o dia 2 pelo 4", "pt", _numbered(2, 4)),
    ("passa o que tem na segunda pra quarta e vice-versa", "pt", _named(0, 2)),
    ("swap mon w/ wed", "en", _named(0, 2)),
    ("change monday for wednesday pls", "en", _named(0, 2)),
    ("change day 2 w day 3", "en", _numbered(2, 3)),
    ("move monday's stuff to wednesday and vice versa", "en", _named(0, 2)),
    ("swap tuesdays plans w thursdays", "en", _named(1, 3)),
]

NOT_EXCHANGED: list[Any] = [
    ("cambia la cena del 1 por sushi", "es", [{"intent": Intent.REPLACE}]),
    ("move day 1 to day 3", "en", [{"intent": Intent.MOVE}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(EXCHANGED))
def test_two_days_exchanged_are_a_swap(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(("text", "language", "ops"), cases(NOT_EXCHANGED))
def test_a_replacement_on_a_day_is_no_swap(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("lo del lunes pasarlo al martes y lo del martes al lunes, o sea cambiarlos", (0, 1)),
        ("lo del jueves pal viernes y lo del viernes pal jueves", (3, 4)),
        ("muda tudo de segunda pra terça e de terça pra segunda", (0, 1)),
        ("passa o que tem na quarta pra quinta e o da quinta pra quarta", (2, 3)),
        ("monday stuff to tuesday and tuesday stuff to monday", (0, 1)),
        ("o do dia 2 passa pro dia 3 e o do dia 3 pro dia 2", (2, 3)),
        ("move everything from day 2 to day 3 and day 3 to day 2", (2, 3)),
    ],
)
def test_two_days_moved_onto_each_other_are_swapped(text: str, days: tuple[int, int]) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.SWAP_DAYS, text
    said = (op.day, op.to_day) if op.day is not None else (op.day_ref, op.to_day_ref)
    expected = days if op.day is not None else tuple(f"weekday:{d}" for d in days)
    assert said == expected, text


def test_two_places_moved_across_two_days_are_two_moves() -> None:
    ops = parse("move the museum from day 2 to day 3 and the bar from day 3 to day 2").ops
    assert [op.intent for op in ops] == [Intent.MOVE, Intent.MOVE]


# Said the way travelers write: borrowed verbs ("swapea", "switchea"), "pásalo"/"muévelo" with
# the pronoun attached, "o roteiro de quarta na sexta", "intercambia", "inverte".
SAID_OTHER_WAYS: list[tuple[str, tuple[int, int]]] = [
    ("swapea el martes con el viernes porfa", (1, 4)),
    ("switchea el lunes con el jueves", (0, 3)),
    ("intercambia el miercoles y el sabado", (2, 5)),
    ("intercambiame el martes por el jueves porfa", (1, 3)),
    ("lo del lunes pásalo al martes y lo del martes al lunes", (0, 1)),
    ("lo del jueves muévelo al sabado y lo del sabado al jueves", (3, 5)),
    ("quiero hacer el plan del martes el jueves y el del jueves el martes", (1, 3)),
    ("quero fazer o roteiro de quarta na sexta e o de sexta na quarta", (2, 4)),
    ("inverte a segunda e a quarta", (0, 2)),
    ("o programa de terca passa pra quinta e o de quinta pra terca", (1, 3)),
    ("swappa a segunda com a sexta pf", (0, 4)),
    ("switch up tuesday and friday", (1, 4)),
    ("swapping monday w thursday", (0, 3)),
    ("do monday's plan on wednesday and wednesday's plan on monday", (0, 2)),
]


@pytest.mark.parametrize(("text", "days"), SAID_OTHER_WAYS)
def test_days_swapped_said_other_ways(text: str, days: tuple[int, int]) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.SWAP_DAYS, (text, op)
    assert (op.day_ref, op.to_day_ref) == tuple(f"weekday:{d}" for d in days), text


PAIRED: list[Any] = [
    ("voltéame el día 2 con el 3 porfa", "es", _numbered(2, 3)),
    ("dale vuelta al martes con el jueves", "es", _named(1, 3)),
    ("Bira a quarta com a quinta, se faz fabor", "pt", _named(2, 3)),
    ("vira o dia 1 com o dia 3", "pt", _numbered(1, 3)),
    ("flip monday with tuesday pls", "en", _named(0, 1)),
    ("switch tuesday w thursday, weather's better", "en", _named(1, 3)),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(PAIRED))
def test_a_day_paired_with_another_is_a_swap_whatever_the_verb(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "podemos hacer lo del lunes el jueves y lo del jueves el lunes?",
            ("weekday:0", "weekday:3"),
        ),
        (
            "can we do monday's stuff on wednesday and wednesday's on monday?",
            ("weekday:0", "weekday:2"),
        ),
        ("dá pra fazer o de terça na quinta e o de quinta na terça?", ("weekday:1", "weekday:3")),
    ],
)
def test_a_crossed_swap_asked_as_a_question(text: str, days: tuple[str, str]) -> None:
    ops = parse(text).ops
    assert [(op.intent, op.day_ref, op.to_day_ref) for op in ops] == [(SWAP, *days)]
