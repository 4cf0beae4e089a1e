"""Safety answers name where each advisory was reported, in the traveler's language."""

from __future__ import annotations

import pytest

from bots.container import Services
from core.intents.model import Topic
from core.services.intel_items import parse_item
from core.services.intelligence import store_item
from tests.core.agents.info_kit import Trip, ask, kyoto_trip

LEAK = {"type": "security", "severity": "high", "description": "Gas leak in Gion."}


@pytest.fixture
async def trip(services: Services) -> Trip:
    return await kyoto_trip(services)


@pytest.mark.parametrize(
    ("locale", "cited"),
    [("en", "source: city.kyoto.lg.jp"), ("es", "fuente: city.kyoto.lg.jp"), ("pt", "fonte: ")],
)
async def test_a_sourced_advisory_names_its_site(
    services: Services, trip: Trip, locale: str, cited: str
) -> None:
    async with services.sessions() as session, session.begin():
        await store_item(
            session,
            services.clock,
            "Kyoto",
            parse_item("safety", LEAK),
            sources=["https://www.city.kyoto.lg.jp/news/gas-leak", "https://x.com/i/status/1"],
        )
    message = (await ask(services, trip, Topic.SAFETY, locale)).message
    assert cited in message
    assert "x.com" not in message  # one site is enough for a chat line


async def test_an_unsourced_advisory_says_only_its_age(services: Services, trip: Trip) -> None:
    async with services.sessions() as session, session.begin():
        await store_item(session, services.clock, "Kyoto", parse_item("safety", LEAK))
    message = (await ask(services, trip, Topic.SAFETY)).message
    assert "source:" not in message
    assert "updated" in message
