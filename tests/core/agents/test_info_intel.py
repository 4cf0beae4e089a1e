"""InfoAgent weather, events and safety from stored intelligence, with ages; honest gaps."""

from __future__ import annotations

from typing import Any

import pytest

from bots.container import Services
from core.intents.model import Topic
from core.protocol import ResponseType
from tests.core.agents.info_kit import WEATHER, Trip, ask, kyoto_trip, store
from tests.fakes.clock import FakeClock


@pytest.fixture
async def trip(services: Services) -> Trip:
    return await kyoto_trip(services)


async def test_stored_weather_is_answered_with_its_age(
    services: Services, trip: Trip, clock: FakeClock
) -> None:
    await store(services, "weather", WEATHER)
    clock.advance(hours=3)
    response = await ask(services, trip, Topic.WEATHER)
    assert response.type is ResponseType.COMPLETE
    lines = response.message.splitlines()
    assert lines[0] == "Weather in Kyoto (updated 3 hours ago):"
    assert "Now: 12°C, clear" in lines
    assert "Forecast: clear, 14°C · rain, 9°C · snow, 2°C" in lines
    assert "What to pack: Layers" in lines


async def test_the_newest_report_wins(services: Services, trip: Trip, clock: FakeClock) -> None:
    await store(services, "weather", WEATHER)
    clock.advance(hours=5)
    await store(services, "weather", {**WEATHER, "current": "15°C, sunny"})
    clock.advance(minutes=20)
    message = (await ask(services, trip, Topic.WEATHER)).message
    assert "(updated 20 minutes ago)" in message
    assert "15°C, sunny" in message
    assert "12°C" not in message


@pytest.mark.parametrize(
    "slots",
    [
        pytest.param({"day_ref": "tomorrow"}, id="tomorrow"),
        pytest.param({"day": 2}, id="day-2"),
        pytest.param({"day_ref": "weekday:1"}, id="tuesday"),
        pytest.param({"day_ref": "date:2026-11-24"}, id="date"),
    ],
)
async def test_a_named_day_gets_that_days_forecast(
    services: Services, trip: Trip, slots: dict[str, Any]
) -> None:
    await store(services, "weather", WEATHER)
    message = (await ask(services, trip, Topic.WEATHER, **slots)).message
    assert "Tue, November 24: rain, 9°C" in message
    assert "clear, 14°C" not in message
    assert "snow" not in message


async def test_tomorrow_is_the_travelers_tomorrow(
    services: Services, trip: Trip, clock: FakeClock
) -> None:
    # 16:00 UTC on Monday is already 01:00 on Tuesday in Tokyo: tomorrow is Wednesday.
    await store(services, "weather", WEATHER)
    clock.advance(hours=7)
    message = (await ask(services, trip, Topic.WEATHER, day_ref="tomorrow")).message
    assert "Wed, November 25: snow, 2°C" in message


async def test_a_day_past_the_forecast_is_said_plainly(services: Services, trip: Trip) -> None:
    await store(services, "weather", WEATHER)
    message = (await ask(services, trip, Topic.WEATHER, day_ref="date:2026-12-20")).message
    lines = message.splitlines()
    assert lines[0] == "I have no forecast for Kyoto on Sun, December 20 yet."
    assert lines[1] == "Weather in Kyoto (updated just now):"
    assert "Now: 12°C, clear" in lines


async def test_no_stored_weather_is_an_honest_no_forecast(services: Services, trip: Trip) -> None:
    response = await ask(services, trip, Topic.WEATHER, day_ref="tomorrow")
    assert response.type is ResponseType.COMPLETE
    assert response.message == "I have no forecast for Kyoto yet."


async def test_expired_items_are_ignored(services: Services, trip: Trip, clock: FakeClock) -> None:
    await store(services, "weather", WEATHER)  # valid for a day
    await store(
        services,
        "safety",
        {"type": "security", "severity": "high", "description": "Cordon in Gion."},
    )  # valid for a week
    await store(
        services,
        "event",
        {"name": "Kaomise Kabuki", "date": "2026-11-23"},  # valid until the day after
    )
    clock.advance(days=8)
    assert (await ask(services, trip, Topic.WEATHER)).message == (
        "I have no forecast for Kyoto yet."
    )
    assert (await ask(services, trip, Topic.SAFETY)).message == (
        "I have no safety advisories on record for Kyoto right now."
    )
    events = (await ask(services, trip, Topic.EVENTS, day=1)).message
    assert events == "I have no events on record for Kyoto on Mon, November 23."


async def test_an_expired_advisory_is_left_out_of_current_ones(
    services: Services, trip: Trip
) -> None:
    await store(
        services,
        "safety",
        {"severity": "critical", "description": "Old closure.", "valid_until": "2026-11-22"},
    )
    await store(services, "safety", {"severity": "low", "description": "Crowds at Gion."})
    assert (await ask(services, trip, Topic.SAFETY)).message.splitlines() == [
        "Current safety advisories for Kyoto:",
        "• Low: Crowds at Gion (updated just now)",
    ]


async def test_events_during_the_trip_with_their_age(
    services: Services, trip: Trip, clock: FakeClock
) -> None:
    for name, date in [
        ("Before the trip", "2026-11-22"),
        ("Momiji Light-up", "2026-11-25"),
        ("Kaomise Kabuki", "2026-11-24"),
        ("After the trip", "2026-11-26"),
    ]:
        await store(services, "event", {"name": name, "date": date, "category": "festival"})
    clock.advance(hours=2)
    message = (await ask(services, trip, Topic.EVENTS)).message
    assert message.splitlines() == [
        "Events in Kyoto during your trip (Nov 23\u2009–\u200925):",  # Babel's thin spaces
        "• Kaomise Kabuki, Tue, November 24 (updated 2 hours ago)",
        "• Momiji Light-up, Wed, November 25 (updated 2 hours ago)",
    ]
    none = (await ask(services, trip, Topic.EVENTS, day=1)).message
    assert none == "I have no events on record for Kyoto on Mon, November 23."


async def test_safety_advisories_most_severe_first(
    services: Services, trip: Trip, clock: FakeClock
) -> None:
    await store(
        services,
        "safety",
        {"type": "weather", "severity": "medium", "description": "Heavy rain expected."},
    )
    clock.advance(hours=1)
    await store(
        services,
        "safety",
        {
            "type": "security",
            "severity": "CRITICAL",
            "description": "Police cordon around Gion after a gas leak.",
            "areas_affected": ["Gion", "Higashiyama"],
        },
    )
    clock.advance(minutes=30)
    message = (await ask(services, trip, Topic.SAFETY)).message
    assert message.splitlines() == [
        "Current safety advisories for Kyoto:",
        "• Critical: Police cordon around Gion after a gas leak; areas: Gion, Higashiyama"
        " (updated 30 minutes ago)",
        "• Medium: Heavy rain expected (updated 2 hours ago)",
    ]


async def test_a_destination_we_do_not_follow_gets_no_invented_answer(
    services: Services, trip: Trip
) -> None:
    await store(services, "weather", WEATHER)
    message = (await ask(services, trip, Topic.WEATHER, destination="Lima")).message
    assert message.splitlines()[0] == "I have no forecast for Lima yet."
    assert "Kyoto" in message.splitlines()[1]  # which destinations do have news
    assert "°C" not in message


async def test_another_market_is_read_from_its_own_intel(services: Services, trip: Trip) -> None:
    await store(services, "weather", WEATHER)  # Kyoto's, not Porto's
    assert (await ask(services, trip, Topic.WEATHER, destination="porto")).message == (
        "I have no forecast for Porto yet."
    )
