"""ExplainAgent over HTTP: answers come from the itinerary and place data only."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import DemoTrip

DATASET = json.loads(
    (Path(__file__).resolve().parents[2] / "core" / "data" / "demo_places.json").read_text()
)


def _demo(name: str) -> dict[str, object]:
    return next(p for c in DATASET["cities"] for p in c["places"] if p["name"] == name)


async def test_why_cites_the_traveler_s_own_choice(trip: DemoTrip) -> None:
    cards = await trip.chat("add a sushi place on day 2")
    await trip.chat("the second one")
    second = cards["data"]["candidates"][1]["name"]
    why = await trip.chat("why did you pick this restaurant?")
    assert why["type"] == "COMPLETE"
    assert second in why["message"]
    assert "from 5 matches" in why["message"]
    assert "#2" in why["message"]


async def test_about_uses_dataset_facts_only(trip: DemoTrip) -> None:
    await trip.chat("add Sushi Zen restaurant on day 2")
    about = await trip.chat("tell me about Sushi Zen")
    facts = _demo("Sushi Zen")
    assert facts["description"] in about["message"]
    assert f"★ {facts['rating']} ({facts['ratingCount']} reviews)" in about["message"]
    assert facts["address"] in about["message"]
    hours = facts["hours"]
    assert f"{hours['open']}–{hours['close']}" in about["message"]  # type: ignore[index]


async def test_places_not_on_the_trip_are_described_as_such(trip: DemoTrip) -> None:
    about = await trip.chat("tell me about Tokyo Bay")
    assert "not on your trip" in about["message"]
    unknown = await trip.chat("tell me about the Moon Restaurant")
    assert unknown["type"] == "ERROR"


async def test_opening_hours_question(trip: DemoTrip) -> None:
    answer = await trip.chat("is Sushi Zen open now?")
    assert answer["message"].startswith("Sushi Zen is ")
    assert "11:00–22:00" in answer["message"]


async def test_why_for_items_with_no_recorded_reason_says_so(trip: DemoTrip) -> None:
    answer = await trip.chat("why did you choose Corniche Fish Grill")
    assert "before I kept track" in answer["message"]


async def test_explain_answers_match_the_itinerary(trip: DemoTrip) -> None:
    itinerary = await trip.itinerary()
    for day in itinerary["days"]:
        answer = await trip.chat(f"what's on day {day['day']}?")
        for node in day["nodes"]:
            assert node["title"] in answer["message"]
