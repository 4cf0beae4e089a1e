"""A job context on a fresh database (each test runs on SQLite and on PostgreSQL), for job tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.config import Settings
from jobs.context import JobContext
from tests.fakes.clock import FakeClock
from tests.jobs.people import running_jobs


@pytest.fixture
async def ctx(settings: Settings, clock: FakeClock) -> AsyncIterator[JobContext]:
    async with running_jobs(settings, clock) as built:
        yield built
