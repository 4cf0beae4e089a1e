"""core.intents.plan_again: the whole trip planned over, around interests said every way."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.plan_again import plan_again

TODAY = dt.date(2026, 11, 23)

AGAIN: list[tuple[str, int | None, set[str]]] = [
    # English
    ("can you redo the whole trip for us? museums and ramen mostly", None, {"museum", "ramen"}),
    ("start over and plan our 4 days around temples and street food", 4, {"temple", "street food"}),
    ("lets start from scratch - 3 days focused on beaches n seafood", 3, {"beach", "seafood"}),
    ("replan the whole itinerary around markets and cafes pls", None, {"market", "cafe"}),
    ("redo my trip from scratch: castles, whisky and pubs", None, {"castle", "whisky", "bar"}),
    ("plan the trip again with parks and gardens", None, {"park", "garden"}),
    # Spanish (Latin America, Spain, no accents)
    ("rehaz el viaje desde cero, enfocado en museos y cafés", None, {"museum", "cafe"}),
    ("armame el itinerario de nuevo pero con templos y ramen", None, {"temple", "ramen"}),
    ("hazme los 3 dias otra vez: playas, mariscos y bares", 3, {"beach", "seafood", "bar"}),
    ("replanea todo el viaje con foco en mercados y comida callejera", None,
     {"market", "street food"}),
    ("empecemos de cero con los 5 dias, centrado en castillos y whisky", 5, {"castle", "whisky"}),
    ("rehazme el plan desde cero porfa, sobre todo parques y miradores", None,
     {"park", "viewpoint"}),
    # In Portuguese, Brazilian and European
    ("refaz os 3 dias do zero com foco em templos e jardins", 3, {"temple", "garden"}),
    ("planeia-me os 4 dias outra vez: vinho do Porto, igrejas e praia", 4,
     {"port wine", "church", "beach"}),
    ("monta o roteiro de novo com praias e frutos do mar", None, {"beach", "seafood"}),
    ("refaz a viagem toda do zero, focado em museus e cafés", None, {"museum", "cafe"}),
    ("recomeça o roteiro do zero pra gente, mais mercados e comida de rua", None,
     {"market", "street food"}),
    ("planeja os 2 dias de novo com foco em parques e miradouros", 2, {"park", "viewpoint"}),
]  # fmt: skip


@pytest.mark.parametrize(("said", "days", "interests"), AGAIN, ids=[a[0] for a in AGAIN])
def test_the_trip_planned_over_keeps_every_interest(
    said: str, days: int | None, interests: set[str]
) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is Intent.PLAN, op
    assert op.destination is None, op
    assert op.day_count == days, op
    assert set(op.interests) == interests, op


@pytest.mark.parametrize(
    "said",
    [
        "plan our 5 days around castles and whisky",
        "plan 4 days around beaches and seafood",
        "plan the trip around temples and gardens",
    ],
)
def test_interests_joined_by_and_are_no_destination(said: str) -> None:
    (op,) = parse(said, today=TODAY).ops
    assert op.intent is Intent.PLAN
    assert op.destination is None
    assert len(op.interests) == 2, op


def test_a_city_before_around_stays_the_destination() -> None:
    (op,) = parse("plan 3 days in Porto around port wine and churches", today=TODAY).ops
    assert op.destination == "Porto"
    assert set(op.interests) == {"port wine", "church"}


@pytest.mark.parametrize(
    "said",
    [
        "muestra el itinerario de nuevo",
        "mostra o roteiro de novo",
        "show me the trip again",
        "agrega el museo de nuevo el dia 2",
        "redo day 2 with museums",
        "thanks, the plan looks great",
    ],
)
def test_again_alone_or_one_day_is_not_a_new_plan(said: str) -> None:
    assert plan_again(said) is None
