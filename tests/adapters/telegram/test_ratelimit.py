"""Telegram's send limits as token buckets: per chat, per group and for the whole bot."""

from __future__ import annotations

import pytest

from adapters.telegram.ratelimit import SendSpacing


class FakeTime:
    """Monotonic time that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 4))
        self.now += seconds


async def test_messages_to_one_chat_are_a_second_apart_and_other_chats_dont_wait() -> None:
    time = FakeTime()
    spacing = SendSpacing(time.monotonic, time.sleep)
    for _ in range(3):
        await spacing.wait(4242)
    await spacing.wait(77)
    assert time.sleeps == [1.0, 1.0]


async def test_spacing_limits_groups_and_the_whole_bot() -> None:
    time = FakeTime()
    spacing = SendSpacing(time.monotonic, time.sleep)
    await spacing.wait(-100123)
    await spacing.wait(-100123)
    assert time.sleeps == [3.0]  # 20 messages a minute in a group
    time = FakeTime()
    spacing = SendSpacing(time.monotonic, time.sleep)
    for chat in range(31):
        await spacing.wait(chat)
    assert time.now - 1000.0 == pytest.approx(1.0)  # 30 a second overall
