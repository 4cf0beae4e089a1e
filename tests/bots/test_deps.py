"""The request dependencies run on the event loop: no thread-pool hop per request."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.dependencies import utils as dependency_utils

from tests.conftest import DemoTrip


async def test_a_chat_turn_never_hops_to_the_thread_pool(
    trip: DemoTrip, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain `def` dependency is run by FastAPI in the thread pool: a thread hop and a
    wake-up of the event loop on every request (issue #19)."""
    hops: list[str] = []
    original = dependency_utils.run_in_threadpool

    async def counted(func: Any, *args: Any, **kwargs: Any) -> Any:
        hops.append(getattr(func, "__name__", repr(func)))
        return await original(func, *args, **kwargs)

    monkeypatch.setattr(dependency_utils, "run_in_threadpool", counted)
    answer = await trip.chat("what's on day 2?")
    assert answer["type"] != "ERROR"
    assert hops == []
