"""PlannerAgent over HTTP on demo data: full days, no duplicates, hours respected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.agents.planner import SLOTS
from core.domain.itinerary import open_for
from tests.conftest import DemoTrip

DATASET = json.loads(
    (Path(__file__).resolve().parents[2] / "core" / "data" / "demo_places.json").read_text()
)
PLACES = {p["id"]: p for c in DATASET["cities"] for p in c["places"]}
MARKETS = ["Mumbai", "Bogotá", "Goa", "Kyoto", "Edinburgh", "Cartagena", "Jaipur", "Porto"]
SLOT_BY_TIME = {slot.time: slot for slot in SLOTS}


async def _empty_trip(trip: DemoTrip, destination: str, days: int = 1) -> DemoTrip:
    created = await trip.client.post(
        "/api/v1/itineraries",
        headers=trip.headers,
        json={"destination": destination, "days": days, "startDate": "2027-03-01"},
    )
    assert created.status_code == 201
    return DemoTrip(trip.client, trip.user_id, trip.token, created.json()["id"])


def _check_plan(itinerary: dict[str, Any], days: int) -> None:
    assert len(itinerary["days"]) == days
    seen: set[str] = set()
    for day in itinerary["days"]:
        nodes = day["nodes"]
        assert [n["time"] for n in nodes] == [s.time for s in SLOTS], day
        for node in nodes:
            assert node["placeId"] not in seen, node["title"]
            seen.add(node["placeId"])
            place = PLACES[node["placeId"]]
            slot = SLOT_BY_TIME[node["time"]]
            hours = place["hours"]
            assert open_for(
                (hours["open"], hours["close"]) if hours else None, slot.time, slot.minutes
            ), node["title"]
            is_meal = node["type"] == "meal"
            assert is_meal == (slot.key in {"lunch", "dinner"})
            assert bool({"restaurant", "cafe", "bakery"} & set(place["types"])) == is_meal
            assert "lodging" not in place["types"]


@pytest.mark.parametrize("market", MARKETS)
async def test_three_full_days_in_every_market(trip: DemoTrip, market: str) -> None:
    empty = await _empty_trip(trip, market)
    answer = await empty.chat(f"plan 3 days in {market}")
    assert answer["type"] == "COMPLETE", answer
    assert answer["message"].startswith(f"Planned 3 days in {market}")
    assert answer["warnings"] == []
    itinerary = await empty.itinerary()
    assert itinerary["destination"] == market
    assert itinerary["days"][2]["date"] == "2027-03-03"
    _check_plan(itinerary, 3)


async def test_replacing_a_trip_asks_first_and_can_be_undone(trip: DemoTrip) -> None:
    before = await trip.itinerary()
    ask = await trip.chat("create a 4-day itinerary to Porto")
    assert ask["type"] == "NEEDS_CONFIRMATION"
    assert "Hadibo" in ask["message"]
    assert len(ask["data"]["preview"]["items"]) == 4
    assert (await trip.chat("no"))["message"] == "Okay, I left your trip as it was."
    assert await trip.itinerary() == before
    await trip.chat("create a 4-day itinerary to Porto")
    done = await trip.chat("yes")
    assert done["type"] == "COMPLETE"
    planned = await trip.itinerary()
    assert planned["destination"] == "Porto"
    _check_plan(planned, 4)
    await trip.chat("undo")
    restored = await trip.itinerary()
    assert restored["destination"] == "Hadibo"
    assert restored["days"] == before["days"]


async def test_a_theme_and_a_weekend(trip: DemoTrip) -> None:
    empty = await _empty_trip(trip, "Jaipur")
    answer = await empty.chat("plan a romantic weekend in Jaipur")
    assert answer["type"] == "COMPLETE"
    _check_plan(await empty.itinerary(), 2)


async def test_planner_choices_explain_themselves(trip: DemoTrip) -> None:
    empty = await _empty_trip(trip, "Kyoto")
    await empty.chat("plan 2 days in Kyoto")
    lunch = (await empty.itinerary())["days"][0]["nodes"][1]
    why = await empty.chat(f"why did you pick {lunch['title']}?")
    assert f"I picked {lunch['title']} for lunch on day 1" in why["message"]
    assert "best-rated restaurant in Kyoto open at 1:00 PM" in why["message"]


async def test_unknown_city_and_absurd_lengths(trip: DemoTrip) -> None:
    paris = await trip.chat("plan 3 days in Paris")
    assert paris["type"] == "ERROR"
    assert "Kyoto" in paris["errors"][0]
    too_long = await trip.chat("plan 45 days in Kyoto")
    assert too_long["type"] == "ERROR"
    assert "45" in too_long["message"]
