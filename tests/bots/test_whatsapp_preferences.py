"""Preferences said on WhatsApp in three languages, read back through the API; answers in the
language they were said in."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.bots.test_delivery_status import ADMIN, World, _world
from tests.fakes.clock import FakeClock


@pytest.fixture
async def world(db_url: str, clock: FakeClock) -> AsyncIterator[World]:
    async for made in _world(db_url, clock, None):
        yield made


async def _preferences(world: World) -> dict[str, object]:
    traveler = await world.traveler()
    async with await world.http() as http:
        response = await http.get(f"/api/v1/travelers/{traveler}/preferences", headers=ADMIN)
    assert response.status_code == 200
    body: dict[str, object] = response.json()
    return body


async def test_preferences_in_three_languages(world: World) -> None:
    await world.say("SM" + "1" * 32, "hello")
    await world.say("SM" + "2" * 32, "pausa los resúmenes")
    assert "Resúmenes del viaje: no" in world.twilio.messages[-1]["Body"]
    assert (await _preferences(world))["digests"] is False

    await world.say("SM" + "3" * 32, "no messages after 9pm")
    assert "Quiet hours: 21:00–08:00" in world.twilio.messages[-1]["Body"]
    await world.say("SM" + "4" * 32, "só alertas de segurança")
    assert "Alertas de segurança: sim" in world.twilio.messages[-1]["Body"]
    assert await _preferences(world) == {
        "travelerId": await world.traveler(),
        "alerts": True,
        "digests": False,
        "quietStart": "21:00",
        "quietEnd": "08:00",
    }
    await world.say("SM" + "5" * 32, "no quiero alertas")
    assert (await _preferences(world))["alerts"] is False
    # STOP still stops everything on this chat, START brings it back; preferences stay.
    await world.say("SM" + "6" * 32, "STOP")
    await world.say("SM" + "7" * 32, "START")
    assert (await _preferences(world))["alerts"] is False
