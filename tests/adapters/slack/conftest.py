from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fakes.clock import FakeClock
from tests.fakes.slack import FakeSlack, RecordingSleep, running_fake_slack


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    async with running_fake_slack() as fake:
        yield fake


@pytest.fixture
def sleep(clock: FakeClock) -> RecordingSleep:
    return RecordingSleep(clock)
