"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bots.container import Services, build_services
from core.config import Settings
from core.storage.db import upgrade_schema
from tests.fakes.clock import FakeClock


@pytest.fixture
async def services(settings: Settings, clock: FakeClock) -> AsyncIterator[Services]:
    """The whole service on the test database, its schema migrated, closed after the test."""
    built = build_services(settings, clock)
    await upgrade_schema(built.engine)
    yield built
    await built.close()
