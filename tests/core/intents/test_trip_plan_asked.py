"""core.intents.trip_plan_asked (through parse): the whole trip handed over to be planned, said
in chat, with what the travelers like and how gently, in three languages."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

# (message, interests that must all be read)
PLANNED: list[tuple[str, tuple[str, ...]]] = [
    (
        "planifícame los dos días con museos y jardines, voy con mi madre que camina poco",
        ("museum", "garden"),
    ),
    (
        "ármanos un plan pa los 2 días, nos gustan los templos y la comida callejera",
        ("temple", "street food"),
    ),
    ("oye organízanos los tres días, somos de mercados y miradores", ("market", "viewpoint")),
    ("quiero un itinerario tranqui con parques, vamos con un bebé", ("park",)),
    ("planéame el viaje con playas y mariscos porfa", ("beach", "seafood")),
    ("me armas el itinerario? nos encantan los museos", ("museum",)),
    ("hazme un plan para todos los dias con arte y cafés", ("art",)),
    (
        "oi tudo bem entao a gente vai pra lisboa com um bebe de 8 meses e queria um roteiro "
        "tranquilo com parques e jardins nada muito puxado porque tem o carrinho ne",
        ("park", "garden"),
    ),
    ("monta um roteiro pros 3 dias com praias e frutos do mar", ("beach", "seafood")),
    ("planeja os dois dias pra gente, curtimos museus e mercados", ("museum", "market")),
    ("queria um plano leve com jardins, minha avó anda pouco", ("garden",)),
    ("faz um roteiro pra nossa viagem com templos e comida de rua", ("temple", "street food")),
    (
        "can u put together a plan for the 2 days, we're into temples and street food",
        ("temple", "street food"),
    ),
    (
        "plan out both days for us with museums and gardens, my mom can't walk much",
        ("museum", "garden"),
    ),
    ("we'd like an easy going itinerary with parks, traveling with a toddler", ("park",)),
    (
        "make us a plan for the whole trip, big on markets and viewpoints pls",
        ("market", "viewpoint"),
    ),
    ("plan the trip for us, nothing too hectic, we like gardens", ("garden",)),
]


@pytest.mark.parametrize(("text", "interests"), PLANNED)
def test_the_trip_handed_over_is_planned_around_what_they_like(
    text: str, interests: tuple[str, ...]
) -> None:
    ops = parse(text).ops
    assert [op.intent for op in ops] == [Intent.PLAN], (text, ops)
    assert set(interests) <= set(ops[0].interests), (text, ops[0].interests)
    assert ops[0].day is None, text
    assert ops[0].day_ref is None, text


@pytest.mark.parametrize(
    "text",
    [
        "planifícame los dos días",
        "monta o roteiro pra gente",
        "plan out both days for us",
    ],
)
def test_the_trip_handed_over_without_likes_is_planned(text: str) -> None:
    assert [op.intent for op in parse(text).ops] == [Intent.PLAN], text


@pytest.mark.parametrize(
    "text",
    [
        "qual o roteiro de amanhã?",
        "cuál es el plan del martes?",
        "what's the plan for day 2?",
        "quita el museo del plan",
        "add a park to the plan on day 2",
    ],
)
def test_a_plan_named_in_passing_is_no_trip_plan(text: str) -> None:
    assert all(op.intent is not Intent.PLAN for op in parse(text).ops), text
