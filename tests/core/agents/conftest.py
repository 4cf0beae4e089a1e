"""The services and the demo trip most agent tests drive."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bots.container import Services
from core.config import Settings
from tests.core.agents.trip_kit import Driver, demo_driver, open_services
from tests.fakes.clock import FakeClock


@pytest.fixture
async def services(settings: Settings, clock: FakeClock) -> AsyncIterator[Services]:
    async with open_services(settings, clock) as built:
        yield built


@pytest.fixture
async def trip(services: Services) -> Driver:
    return await demo_driver(services)
