"""Booking requests over HTTP: always a request, never reported as booked."""

from __future__ import annotations

from tests.conftest import DemoTrip


async def test_table_request_needs_a_yes_and_stays_pending(trip: DemoTrip) -> None:
    await trip.chat("add Sushi Zen restaurant on day 2")
    ask = await trip.chat("reserve a table at this restaurant for 2 at 8pm")
    assert ask["type"] == "NEEDS_CONFIRMATION"
    assert "Sushi Zen" in ask["message"]
    assert "not booked" in ask["message"]
    assert (await trip.chat("bookings"))["message"].startswith("You have no booking requests")
    done = await trip.chat("yes")
    assert done["type"] == "COMPLETE"
    booking = done["data"]["booking"]
    assert booking["status"] == "pending_review"
    assert booking["partySize"] == 2
    assert booking["time"] == "20:00"
    assert "pending review" in done["message"]
    assert "Nothing is booked yet" in done["message"]
    listing = await trip.chat("my bookings")
    assert booking["ref"] in listing["message"]
    assert listing["data"]["bookings"][0]["status"] == "pending_review"


async def test_party_size_is_asked_when_missing(trip: DemoTrip) -> None:
    ask = await trip.chat("book the Corniche Fish Grill")
    assert ask["type"] == "NEEDS_SELECTION"
    assert "how many" in ask["message"]
    confirm = await trip.chat("4")
    assert confirm["type"] == "NEEDS_CONFIRMATION"
    assert "table for 4" in confirm["message"]
    assert (await trip.chat("no"))["message"] == "Okay, I left your trip as it was."
    assert (await trip.chat("my bookings"))["data"]["bookings"] == []


async def test_places_not_on_the_trip_or_without_a_place_are_refused(trip: DemoTrip) -> None:
    unknown = await trip.chat("book a table at Zanzibar Moon Bistro for 2")
    assert unknown["type"] == "ERROR"
    assert "Zanzibar Moon Bistro" in unknown["message"]
    # A place of the city the trip lacks is added first (core.booking_adds): with no day
    # said, the traveler is asked which day, and nothing is booked yet.
    missing = await trip.chat("book a table at Tokyo Bay for 2")
    assert missing["type"] == "NEEDS_SELECTION"
    assert not (await trip.chat("my bookings"))["data"].get("bookings")
    placeholder = await trip.chat("book lunch on day 2 for 2")
    assert placeholder["type"] == "ERROR"
    assert "no place yet" in placeholder["message"]


async def test_duplicate_and_cancel(trip: DemoTrip) -> None:
    await trip.chat("book Corniche Fish Grill for 3")
    first = await trip.chat("yes")
    ref = first["data"]["booking"]["ref"]
    await trip.chat("book Corniche Fish Grill for 3")
    again = await trip.chat("yes")
    assert "already have a pending request" in again["message"]
    cancelled = await trip.chat(f"cancel booking {ref}")
    assert ref in cancelled["message"]
    listing = await trip.chat("my bookings")
    assert listing["data"]["bookings"][0]["status"] == "cancelled"
    nothing = await trip.chat("cancel my reservation at Corniche Fish Grill")
    assert "no pending booking request" in nothing["message"]
