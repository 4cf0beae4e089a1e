"""InfoAgent: social lines, cost, share/export, no changes to the trip, no English in es/pt."""

from __future__ import annotations

import re
import string
from typing import Any

import pytest

from bots.container import Services
from core.intents.model import Topic
from core.locales import info as info_locale
from core.protocol import ResponseType
from tests.core.agents.info_kit import WEATHER, Trip, ask, kyoto_trip, store, view
from tests.fakes.clock import FakeClock


@pytest.fixture
async def trip(services: Services) -> Trip:
    return await kyoto_trip(services)


async def test_cost_counts_price_levels_and_invents_no_total(
    services: Services, trip: Trip
) -> None:
    lines = (await ask(services, trip, Topic.COST)).message.splitlines()
    assert lines[0] == (
        "Price levels of the 5 places in your trip: 1 free · 1 $ · 1 $$$ · 1 $$$$ · "
        "1 no price on record."
    )
    assert lines[1] == "2 of them are $$$ or more."
    assert "no prices or totals" in lines[2]
    assert not re.search(r"\d+\s*(?:USD|EUR|JPY|€|¥)|[$€¥]\s*\d", "\n".join(lines))
    day_two = (await ask(services, trip, Topic.COST, day=2)).message.splitlines()[0]
    assert day_two == (
        "Price levels of the 3 places on day 2: 1 free · 1 $$$$ · 1 no price on record."
    )
    empty = (await ask(services, trip, Topic.COST, day=3)).message
    assert empty.startswith("There are no places on day 3 yet")


async def test_a_day_outside_the_trip_is_an_error(services: Services, trip: Trip) -> None:
    for topic in (Topic.WEATHER, Topic.EVENTS, Topic.COST):
        response = await ask(services, trip, topic, day=9)
        assert response.type is ResponseType.ERROR
        assert "no day 9" in response.message


async def test_social_answers_are_one_short_line(services: Services, trip: Trip) -> None:
    greeting = await ask(services, trip, Topic.GREETING)
    thanks = await ask(services, trip, Topic.THANKS)
    bye = await ask(services, trip, Topic.BYE)
    for response in (greeting, thanks, bye):
        assert response.type is ResponseType.COMPLETE
        assert "\n" not in response.message
        assert len(response.message) <= 160
        assert "Sushi Kawabata" not in response.message  # no itinerary dump
    assert greeting.message.startswith("Hi!")
    assert "your trip to Kyoto by chat" in greeting.message
    assert thanks.message.startswith("You're welcome")
    assert bye.message.startswith("Goodbye")


async def test_share_and_export_say_what_exists(services: Services, trip: Trip) -> None:
    share = (await ask(services, trip, Topic.SHARE)).message
    export = (await ask(services, trip, Topic.EXPORT)).message
    assert "Sharing a trip isn't available in chat yet" in share
    assert "Calendar export isn't available in chat yet" in export
    for message in (share, export):
        assert "what's on my trip?" in message
        assert "Sushi Kawabata" not in message


async def test_without_a_reader_intel_questions_fail_clearly(
    services: Services, trip: Trip
) -> None:
    response = await ask(services, trip, Topic.SAFETY, wired=False)
    assert response.type is ResponseType.ERROR
    assert "can't look up destination news" in response.message


ALL_TOPICS = list(Topic)


async def test_nothing_in_the_itinerary_changes(services: Services, trip: Trip) -> None:
    await store(services, "weather", WEATHER)
    before = await view(services, trip)
    for topic in ALL_TOPICS:
        response = await ask(services, trip, topic)
        assert response.type is ResponseType.COMPLETE, topic
    after = await view(services, trip)
    assert after.version == before.version
    assert after.days == before.days


def _words(text: str) -> set[str]:
    text = "".join(literal for literal, *_ in string.Formatter().parse(text))
    return set(re.findall(r"[a-z']{3,}", text.lower()))


def _english_only_words() -> set[str]:
    english = set().union(*map(_words, info_locale.MESSAGES["en"].values()))
    # What Babel says in English around ages and dates.
    english |= {"ago", "hour", "hours", "minute", "minutes", "just", "november", "tue"}
    # Words Spanish and Portuguese share with English (kept short, so a leak is still caught).
    return english - {"chat", "local"}


@pytest.mark.parametrize("locale", ["es", "pt"])
async def test_spanish_and_portuguese_answers_have_no_english(
    services: Services, trip: Trip, clock: FakeClock, locale: str
) -> None:
    # Neutral data: reported texts are shown as reported, so only our sentences are checked.
    await store(
        services,
        "weather",
        {"current": "12°C", "forecast_7day": ["14°C", "9°C"], "packing_suggestion": "🧥"},
    )
    await store(services, "event", {"name": "Kaomise Kabuki", "date": "2026-11-24"})
    await store(
        services,
        "safety",
        {"severity": "high", "description": "Gion 🚧", "areas_affected": ["Gion"]},
    )
    clock.advance(hours=3)
    english = _english_only_words()
    cases: list[tuple[Topic, dict[str, Any]]] = [
        *((topic, {}) for topic in Topic),
        (Topic.WEATHER, {"day_ref": "tomorrow"}),
        (Topic.WEATHER, {"day_ref": "date:2026-12-20"}),
        (Topic.WEATHER, {"destination": "Lima"}),
        (Topic.EVENTS, {"day": 3}),
        (Topic.SAFETY, {"destination": "Porto"}),
        (Topic.COST, {"day": 3}),
    ]
    for topic, slots in cases:
        message = (await ask(services, trip, topic, locale, **slots)).message
        leaked = _words(message) & english
        assert not leaked, f"{locale} {topic} {slots}: {leaked} in {message!r}"


async def test_spanish_weather_reads_naturally(services: Services, trip: Trip) -> None:
    await store(services, "weather", WEATHER)
    message = (await ask(services, trip, Topic.WEATHER, "es", day_ref="tomorrow")).message
    assert message.splitlines() == [
        "El tiempo en Kyoto (actualizado hace un momento):",
        "mar, 24 de noviembre: rain, 9°C",
        "Qué llevar: Layers",
    ]
