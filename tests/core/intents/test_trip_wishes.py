"""core.intents.trip_wishes: a trip wished for and handed over; every day to fill."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.trip_wishes import trip_wish

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "place", "days"),
    [
        ("quiero ir 3 dias a Bogotá, me arman el itinerario? comida local y museos", "Bogotá", 3),
        ("vamos 5 dias a Lima, me armas un plan? ceviche y museos", "Lima", 5),
        ("queremos pasar 4 dias en Cartagena, nos armas el plan? playa y comida", "Cartagena", 4),
        ("quero ir 4 dias pra Lisboa, monta o roteiro pra mim? museus e comida", "Lisboa", 4),
        ("quero passar 3 dias em Porto, faz um roteiro pra mim", "Porto", 3),
        ("we're going to Lisbon for 4 days, can you plan it? museums and seafood", "Lisbon", 4),
    ],
)
def test_a_wished_trip_handed_over_is_planned(said: str, place: str, days: int) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is Intent.PLAN
    assert op.destination == place
    assert op.day_count == days


def test_the_interests_said_beside_are_kept() -> None:
    (op,) = parse(
        "quiero ir 3 dias a Bogotá, me arman el itinerario? comida local y museos", today=TODAY
    ).ops
    assert set(op.interests) == {"local food", "museum"}


@pytest.mark.parametrize(
    "said",
    [
        "can you fill both days for me? first time in kyoto",
        "fill all the days pls",
        "llena todos los dias porfa",
        "preenche os dias pra mim",
        "rellena los dos dias con lo que quieras",
    ],
)
def test_every_day_to_fill_is_a_plan(said: str) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is Intent.PLAN
    assert op.day is None


@pytest.mark.parametrize(
    "said",
    [
        "quiero ir al museo el dia 3",
        "passa o museu pro dia 3",
        "fill day 2 for me",
        "vamos a ir a Monserrate el dia 2",
    ],
)
def test_other_requests_are_left_alone(said: str) -> None:
    assert trip_wish(said) is None


@pytest.mark.parametrize(
    ("said", "interests"),
    [
        ("planeja tudo pra gente! curtimos templos e comida de rua", {"temple", "street food"}),
        ("plan everything for us, we love museums and ramen", {"museum", "ramen"}),
        ("ármame todo, nos encantan los museos y la comida callejera", {"museum", "street food"}),
        ("monta tudo pra mim, gosto muito de praia", {"beach"}),
        ("can you fill both days for me? we're into gardens", {"garden"}),
    ],
)
def test_what_they_like_beside_the_hand_over_is_the_plans_interests(
    said: str, interests: set[str]
) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is Intent.PLAN
    assert set(op.interests) == interests
