"""The PRD scenarios of DESIGN §5 over HTTP on demo data."""

from __future__ import annotations

from tests.conftest import DemoTrip


async def test_sushi_place_offers_five_cards_sorted_by_rating(trip: DemoTrip) -> None:
    answer = await trip.chat("add a sushi place on day 2")
    assert answer["type"] == "NEEDS_SELECTION"
    cards = answer["data"]["candidates"]
    assert len(cards) == 5
    assert "Sushi Zen" in [card["name"] for card in cards]
    ratings = [card["rating"] for card in cards]
    assert ratings == sorted(ratings, reverse=True)
    assert answer["metadata"]["uiComponent"] == "place-card-grid"
    assert answer["metadata"]["promptId"]
    assert {"placeId", "name", "rating", "ratingCount", "priceLevel", "coordinates"} <= set(
        cards[0]
    )


async def test_the_second_one_answers_the_cards(trip: DemoTrip) -> None:
    cards = (await trip.chat("add a sushi place on day 2"))["data"]["candidates"]
    answer = await trip.chat("the second one")
    assert answer["type"] == "COMPLETE"
    # Day 2 has an open Lunch and Dinner: the chosen place fills the one it is open for.
    assert answer["message"].startswith(f"Added {cards[1]['name']} to day 2 for ")
    assert cards[1]["name"] in await trip.day_titles(2)


async def test_selected_index_answers_the_cards(trip: DemoTrip) -> None:
    cards = (await trip.chat("add a sushi place on day 2"))["data"]["candidates"]
    before = (await trip.itinerary())["version"]
    answer = await trip.chat(selectedIndex=0)
    assert answer["type"] == "COMPLETE"
    assert answer["data"]["toVersion"] == before + 1
    assert cards[0]["name"] in await trip.day_titles(2)


async def test_exact_name_is_added_at_once(trip: DemoTrip) -> None:
    before = (await trip.itinerary())["version"]
    answer = await trip.chat("add Sushi Zen restaurant on day 2")
    assert answer["type"] == "COMPLETE"
    assert answer["message"] == "Added Sushi Zen to day 2 for lunch ✅"
    assert answer["data"]["toVersion"] == before + 1
    assert answer["data"]["diff"][0]["op"] == "replace"  # it fills day 2's open Lunch
    assert "Sushi Zen" in await trip.day_titles(2)


async def test_unknown_place_is_an_error_with_suggestions(trip: DemoTrip) -> None:
    before = await trip.itinerary()
    answer = await trip.chat("add Moon Restaurant on day 2")
    assert answer["type"] == "ERROR"
    assert "Moon Restaurant" in answer["message"]
    assert "Hadibo" in answer["message"]
    assert answer["errors"]
    assert await trip.itinerary() == before


async def test_vague_place_asks_for_details(trip: DemoTrip) -> None:
    answer = await trip.chat("add a place")
    assert answer["type"] in {"ERROR", "NEEDS_INPUT"}
    assert "more details" in answer["message"]


async def test_demo_mode_says_which_cities_it_knows(trip: DemoTrip) -> None:
    created = await trip.client.post(
        "/api/v1/itineraries", headers=trip.headers, json={"destination": "Reykjavik", "days": 2}
    )
    other = DemoTrip(trip.client, trip.user_id, trip.token, created.json()["id"])
    answer = await other.chat("add a museum on day 1")
    assert answer["type"] == "ERROR"
    assert "Reykjavik" in answer["message"]
    assert any("Kyoto" in hint and "GOOGLE_PLACES_API_KEY" in hint for hint in answer["errors"])


async def test_other_demo_cities_work_with_accents(trip: DemoTrip) -> None:
    created = await trip.client.post(
        "/api/v1/itineraries", headers=trip.headers, json={"destination": "Bogota", "days": 2}
    )
    other = DemoTrip(trip.client, trip.user_id, trip.token, created.json()["id"])
    answer = await other.chat("add a museum on day 1")
    assert answer["type"] in {"NEEDS_SELECTION", "COMPLETE"}


async def test_rating_and_price_wishes_filter_the_cards(trip: DemoTrip) -> None:
    rated = await trip.chat("add a sushi place rated 4.5+ on day 2")
    assert rated["type"] == "NEEDS_SELECTION"
    assert rated["data"]["candidates"]
    assert all(card["rating"] >= 4.5 for card in rated["data"]["candidates"])
    assert "4.5+" in rated["message"]
    too_picky = await trip.chat("add a sushi place with 4.9 stars on day 2")
    # no sushi place meets it: the closest sushi places, and a line naming the wish none meets
    assert too_picky["type"] == "NEEDS_SELECTION"
    assert any("4.9+" in line for line in too_picky["warnings"]), too_picky
    closest = [card["rating"] for card in too_picky["data"]["candidates"]]
    assert closest
    assert all(rating < 4.9 for rating in closest)
    assert closest == sorted(closest, reverse=True)
    pricey = await trip.chat("add an expensive sushi place on day 2")
    levels = [c["priceLevel"] for c in pricey["data"]["candidates"]]
    assert levels
    assert all(level >= 3 for level in levels)
