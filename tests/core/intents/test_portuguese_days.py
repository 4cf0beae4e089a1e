"""The trip's days reshaped in Portuguese (and a length said as a target in any language)."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.readings import TODAY


def _one(text: str, language: str = "pt") -> dict[str, object]:
    ops = parse(text, today=TODAY, usual_language=language).ops
    assert len(ops) == 1, ops
    return ops[0].model_dump(exclude_defaults=True)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("égua, ganhei mais 2 dias de folga! aumenta a viagem pra 6 dias", 6),
        ("estica a viagem para 5 dias pfv", 5),
        ("encurta a viagem pra 3 dias, o voo mudou", 3),
        ("prolonga a nossa viagem pra sete dias", 7),
        ("extend the trip to 6 days", 6),
        ("alarga el viaje a 6 dias", 6),
        ("extiende el viaje hasta 5 días", 5),
    ],
)
def test_a_length_said_as_a_target_is_the_trips_new_length(text: str, total: int) -> None:
    turn = _one(text)
    assert turn["intent"] is Intent.ADD_DAYS
    assert turn["trip_days"] == total
    assert "day_count" not in turn


def test_extending_by_some_days_still_adds_them() -> None:
    assert _one("extend the trip by 2 days", "en")["day_count"] == 2


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mano faz o dia 2 virar o dia 1 e o 1 virar o 2, tlgd", (2, 1)),
        ("deixa o dia 3 ser o dia 4", (3, 4)),
    ],
)
def test_one_day_made_the_other_is_a_swap(text: str, days: tuple[int, int]) -> None:
    turn = _one(text)
    assert turn["intent"] is Intent.SWAP_DAYS
    assert (turn["day"], turn["to_day"]) == days


@pytest.mark.parametrize(
    "text",
    [
        "Seria possível trocar o programa de segunda-feira pelo de quarta-feira?",
        "troca os passeios de segunda com os de quarta",
        "inverte o roteiro da segunda pelo da quarta, se faz favor",
    ],
)
def test_two_days_plans_traded_are_a_swap(text: str) -> None:
    turn = _one(text)
    assert turn["intent"] is Intent.SWAP_DAYS
    assert {turn["day_ref"], turn["to_day_ref"]} == {"weekday:0", "weekday:2"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("sugere um roteiro pro dia 4, ta em branco", {"day": 4}),
        ("monta-me um programa pra sexta", {"day_ref": "weekday:4"}),
        ("cria um plano para o dia 2", {"day": 2}),
    ],
)
def test_a_plan_suggested_for_a_day_plans_that_day(text: str, day: dict[str, object]) -> None:
    turn = _one(text)
    assert turn["intent"] is Intent.PLAN
    assert turn.items() >= day.items()


@pytest.mark.parametrize("text", ["ctrl+z kkk desfaz a ultima mudança", "ctrl z, desfaz isso"])
def test_ctrl_z_beside_an_undo_is_an_undo(text: str) -> None:
    assert _one(text)["intent"] is Intent.UNDO


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("seria possível mudar o museu pro dia 2?", Intent.MOVE),
        ("será que dá pra tirar o museu?", Intent.REMOVE),
        ("é possível você colocar o mercado no sábado?", Intent.ADD),
    ],
)
def test_a_polite_way_in_leaves_the_request(text: str, intent: Intent) -> None:
    assert _one(text)["intent"] is intent
