"""The planner honours every interest the traveler named, on demo data.

Plans are PLAN turns with `interests` routed by the orchestrator (the parser fills that slot);
the assertions are on the planned itinerary.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from core.agents.planner import EVENING, SLOTS
from core.domain.itinerary import Node, NodeType, open_for
from core.intents.model import Intent
from core.protocol import AgentResponse, ResponseType
from core.services.itinerary import ItineraryView
from tests.core.agents.trip_kit import Driver

DATASET = json.loads(
    (Path(__file__).resolve().parents[3] / "core" / "data" / "demo_places.json").read_text()
)
PLACES: dict[str, dict[str, Any]] = {p["id"]: p for c in DATASET["cities"] for p in c["places"]}
SLOT_BY_TIME = {slot.time: slot for slot in (*SLOTS, EVENING)}


async def plan(
    trip: Driver, city: str, days: int, *interests: str, locale: str = "en", **slots: Any
) -> tuple[AgentResponse, ItineraryView]:
    empty = await trip.create(city, days, date(2027, 3, 1))
    empty.locale = locale
    answer = await empty.turn(
        Intent.PLAN, destination=city, day_count=days, interests=interests, **slots
    )
    assert answer.type is ResponseType.COMPLETE, answer
    return answer, await empty.view()


def nodes(view: ItineraryView) -> list[tuple[int, Node]]:
    return [(day.day, node) for day in view.days for node in day.nodes]


def check_plan(view: ItineraryView) -> None:
    """No place twice, each open for its slot, the usual four slots filled every day."""
    seen: set[str] = set()
    for day in view.days:
        times = [n.time for n in day.nodes]
        assert times[:4] == [slot.time for slot in SLOTS], day
        for node in day.nodes:
            assert node.place_id is not None
            assert node.place_id not in seen, node.title
            seen.add(node.place_id)
            hours = PLACES[node.place_id]["hours"]
            slot = SLOT_BY_TIME[node.time or ""]
            window = (hours["open"], hours["close"]) if hours else None
            assert open_for(window, slot.time, slot.minutes), node.title
            assert "lodging" not in PLACES[node.place_id]["types"]


def picked_for(view: ItineraryView, interest: str) -> list[tuple[int, Node]]:
    return [(d, n) for d, n in nodes(view) if n.origin and n.origin.get("interest") == interest]


async def test_goa_beach(trip: Driver) -> None:
    answer, view = await plan(trip, "Goa", 3, "beach")
    assert answer.warnings == []
    check_plan(view)
    beaches = [n for _, n in nodes(view) if "beach" in PLACES[n.place_id or ""]["types"]]
    assert beaches
    [(_, pick)] = picked_for(view, "beach")
    assert pick.type is NodeType.ATTRACTION
    # The best-rated beach of the demo data.
    assert pick.title == "Anjuna Beach"


async def test_edinburgh_whisky_and_castle_on_different_days(trip: Driver) -> None:
    answer, view = await plan(trip, "Edinburgh", 3, "whisky", "castle")
    assert answer.warnings == []
    check_plan(view)
    [(whisky_day, whisky)] = picked_for(view, "whisky")
    [(castle_day, castle)] = picked_for(view, "castle")
    assert whisky.title == "The Wee Dram"
    assert whisky.time == EVENING.time  # a bar without food: after dinner
    assert castle.title == "Edinburgh Castle"  # named for it, not a garden with castle views
    assert castle.type is NodeType.ATTRACTION
    assert whisky_day != castle_day


async def test_kyoto_temple_and_ramen(trip: Driver) -> None:
    answer, view = await plan(trip, "Kyoto", 2, "temple", "ramen")
    assert answer.warnings == []
    check_plan(view)
    [(_, temple)] = picked_for(view, "temple")
    [(_, ramen)] = picked_for(view, "ramen")
    assert "temple" in PLACES[temple.place_id or ""]["types"]
    assert ramen.type is NodeType.MEAL
    assert "Ramen" in PLACES[ramen.place_id or ""]["cuisine"]


async def test_an_evening_eatery_goes_to_dinner(trip: Driver) -> None:
    _, view = await plan(trip, "Goa", 2, "street food")
    [(_, pick)] = picked_for(view, "street food")
    assert pick.title == "Ros Omelette Corner"  # opens at 18:00: never lunch
    assert pick.time == "19:30"
    check_plan(view)


async def test_more_interests_than_slots_are_reported(trip: Driver) -> None:
    answer, view = await plan(trip, "Goa", 1, "beach", "church", "fort")
    served = {i for i in ("beach", "church", "fort") if picked_for(view, i)}
    assert len(served) == 2  # one day has two visits
    [warning] = answer.warnings
    [missing] = {"beach", "church", "fort"} - served
    assert missing in warning
    check_plan(view)


async def test_an_interest_the_data_cannot_serve_is_a_warning(trip: Driver) -> None:
    answer, view = await plan(trip, "Goa", 2, "skiing", "beach")
    assert len(answer.warnings) == 1
    assert "skiing" in answer.warnings[0]
    assert picked_for(view, "beach")
    check_plan(view)


async def test_warnings_speak_the_travelers_language(trip: Driver) -> None:
    known, _ = await plan(trip, "Goa", 1, "castle", locale="es")
    [warning] = known.warnings
    assert "castillos" in warning
    assert "castle" not in warning
    unknown, _ = await plan(trip, "Goa", 1, "skiing", locale="pt")
    [warning] = unknown.warnings
    assert "skiing" not in warning
    assert "interesses" in warning


async def test_interests_with_a_theme_and_no_repeats(trip: Driver) -> None:
    answer, view = await plan(trip, "Kyoto", 3, "whisky", "temple", theme="romantic")
    assert answer.warnings == []
    check_plan(view)
    [(_, bar)] = picked_for(view, "whisky")
    assert bar.title == "Bar Kawayuka"
    assert bar.time == EVENING.time


async def test_no_interests_plans_the_usual_four_slots(trip: Driver) -> None:
    _, view = await plan(trip, "Edinburgh", 2)
    check_plan(view)
    assert all(len(day.nodes) == 4 for day in view.days)
    assert not any(n.origin and n.origin.get("interest") for _, n in nodes(view))
