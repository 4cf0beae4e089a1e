"""A change worded from its diff in the traveler's language (what "undo" says it undid)."""

from __future__ import annotations

from typing import Any

import pytest

from core.agents.change_text import describe_change
from core.domain.changeset import (
    AddNode,
    ChangeSet,
    EnrichNode,
    MoveNode,
    RemoveNode,
    ReplaceNode,
    ResetTrip,
    RetimeNode,
    apply_changeset,
)
from core.domain.itinerary import Day, Node
from core.messages import use_locale

ZEN = Node(id="zen", title="Sushi Zen", time="20:00")
BAY = Node(id="bay", title="Tokyo Bay", time="13:00")
MARKET = Node(id="market", title="Old Market")
DAYS = [Day(day=1, nodes=[BAY]), Day(day=2, nodes=[ZEN, MARKET]), Day(day=3)]


def diff_of(*ops: Any) -> list[dict[str, Any]]:
    """The diff applying these ops to DAYS records, as stored with a version."""
    return apply_changeset(DAYS, ChangeSet(ops=list(ops), summary="x"), "Hadibo").diff


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "Added Café Central to day 3"),
        ("es", "agregar Café Central al día 3"),
        ("pt", "adicionar Café Central ao dia 3"),
    ],
)
def test_an_add(locale: str, text: str) -> None:
    diff = diff_of(AddNode(day=3, node=Node(title="Café Central")))
    with use_locale(locale):
        assert describe_change(diff) == text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "Removed Sushi Zen and Old Market from day 2"),
        ("es", "quitar Sushi Zen y Old Market del día 2"),
        ("pt", "remover Sushi Zen e Old Market do dia 2"),
    ],
)
def test_removes_of_one_day_are_one_sentence(locale: str, text: str) -> None:
    diff = diff_of(RemoveNode(node_id="zen"), RemoveNode(node_id="market"))
    with use_locale(locale):
        assert describe_change(diff) == text


def test_many_removes_are_counted_per_day() -> None:
    days = [Day(day=1, nodes=[Node(id=f"n{i}", title=f"Stop {i}") for i in range(6)]), Day(day=2)]
    ops = [RemoveNode(node_id=f"n{i}") for i in range(6)]
    diff = apply_changeset(days, ChangeSet(ops=ops, summary="x")).diff
    with use_locale("es"):
        assert describe_change(diff) == "quitar 6 actividades del día 1"
    assert describe_change(diff[:1]) == "Removed Stop 0 from day 1"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "Moved Sushi Zen on day 2 to 9:30 PM"),
        ("es", "mover Sushi Zen del día 2 a las 21:30"),
        ("pt", "mudar Sushi Zen do dia 2 para as 21:30"),
    ],
)
def test_a_retime_shows_the_new_time_on_the_languages_clock(locale: str, text: str) -> None:
    diff = diff_of(RetimeNode(node_id="zen", time="21:30"))
    with use_locale(locale):
        assert describe_change(diff) == text


def test_a_cleared_time() -> None:
    with use_locale("pt"):
        assert describe_change(diff_of(RetimeNode(node_id="zen"))) == (
            "retirar a hora de Sushi Zen no dia 2"
        )


def test_moves_between_days_and_within_one() -> None:
    with use_locale("es"):
        assert describe_change(diff_of(MoveNode(node_id="bay", to_day=3))) == (
            "mover Tokyo Bay del día 1 al día 3"
        )
        assert describe_change(diff_of(MoveNode(node_id="bay", to_day=1, time="15:00"))) == (
            "mover Tokyo Bay del día 1 a las 15:00"
        )


def test_a_replace_names_both_places() -> None:
    diff = diff_of(ReplaceNode(node_id="bay", node=Node(title="Hadibo Sushi")))
    with use_locale("pt"):
        assert describe_change(diff) == "substituir Tokyo Bay por Hadibo Sushi no dia 1"
    assert describe_change(diff) == "Replaced Tokyo Bay with Hadibo Sushi on day 1"


@pytest.mark.parametrize(
    ("locale", "days", "text"),
    [
        ("en", 1, "Planned 1 day in Kyoto"),
        ("en", 3, "Planned 3 days in Kyoto"),
        ("es", 1, "planear 1 día en Kyoto"),
        ("es", 3, "planear 3 días en Kyoto"),
        ("pt", 2, "planear 2 dias em Kyoto"),
    ],
)
def test_a_plan_counts_its_days(locale: str, days: int, text: str) -> None:
    plan = [Day(day=n) for n in range(1, days + 1)]
    diff = diff_of(ResetTrip(destination="Kyoto", days=plan))
    with use_locale(locale):
        assert describe_change(diff) == text


def test_details_updates() -> None:
    diff = diff_of(EnrichNode(node_id="zen", enrichment={"hours": "x"}))
    with use_locale("es"):
        assert describe_change(diff) == "actualizar los detalles de Sushi Zen"


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        ({"op": "swap_days", "day": 1, "toDay": 3}, "intercambiar el día 1 con el día 3"),
        ({"op": "insert_days", "days": [4], "items": 0}, "agregar el día 4"),
        ({"op": "insert_days", "days": [4, 5], "items": 0}, "agregar los días 4 y 5"),
        ({"op": "remove_days", "days": [2], "items": 3}, "quitar el día 2"),
        (
            {"op": "set_start", "fromDate": None, "toDate": "2027-04-14"},
            "hacer que el viaje empiece el mié, 14 abr",
        ),
        (
            {"op": "set_start", "fromDate": "2027-04-14", "toDate": None},
            "quitar la fecha de inicio del viaje",
        ),
    ],
)
def test_trip_wide_changes(entry: dict[str, Any], text: str) -> None:
    with use_locale("es"):
        assert describe_change([entry]) == text


def test_an_unknown_step_says_nothing_rather_than_guess() -> None:
    assert describe_change([]) == ""
    assert describe_change([{"op": "teleport", "day": 2}]) == ""


def test_several_kinds_of_step_are_each_told() -> None:
    diff = diff_of(RemoveNode(node_id="market"), MoveNode(node_id="bay", to_day=3))
    with use_locale("es"):
        assert describe_change(diff) == (
            "quitar Old Market del día 2; mover Tokyo Bay del día 1 al día 3"
        )
