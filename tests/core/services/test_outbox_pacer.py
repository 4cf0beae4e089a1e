"""Pacing pushes per channel: a pacer that gives a row back rather than wait too long."""

from __future__ import annotations

import pytest

from core.services.outbox_pacer import DEFAULT_RATE, Pacer


async def test_the_pacer_sleeps_its_turn_or_gives_up_beyond_the_wait_allowed() -> None:
    now = [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    pacer = Pacer({"telegram": 10.0}, monotonic=lambda: now[0], sleep=sleep)
    assert await pacer.acquire("telegram", max_wait=1.0)  # the burst: at once
    assert await pacer.acquire("telegram", max_wait=1.0)
    assert slept == [pytest.approx(0.1)]
    assert not await pacer.acquire("telegram", max_wait=0.05)  # would wait 0.2 s
    assert await pacer.acquire("telegram", max_wait=1.0)  # the refused token came back
    assert slept == [pytest.approx(0.1), pytest.approx(0.2)]
    assert await pacer.acquire("sms", max_wait=0)  # unknown channels get DEFAULT_RATE
    assert DEFAULT_RATE > 0
