"""Telegram's send limits: about 1 message/s per chat, 20/min per group, 30/s overall."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from core.token_bucket import KeyedBuckets, TokenBucket

Sleep = Callable[[float], Awaitable[None]]

PER_CHAT_SECONDS = 1.0
PER_GROUP_SECONDS = 3.0  # 20 messages a minute
GLOBAL_SECONDS = 1 / 30


class SendSpacing:
    """Spaces sends with token buckets of one (per chat, per group, the whole bot).

    Each send reserves a token of its chat's bucket and of the bot's, and sleeps until the
    later one is due: concurrent senders queue instead of bursting. Time and sleep are
    injected: tests neither wait nor depend on the wall clock.
    """

    def __init__(self, monotonic: Callable[[], float], sleep: Sleep) -> None:
        self._sleep = sleep
        self._chats = KeyedBuckets(1 / PER_CHAT_SECONDS, monotonic=monotonic)
        self._groups = KeyedBuckets(1 / PER_GROUP_SECONDS, monotonic=monotonic)
        self._bot = TokenBucket(1 / GLOBAL_SECONDS, monotonic=monotonic)

    async def wait(self, chat_id: str | int) -> None:
        """Sleep until a message to `chat_id` is within the limits, and reserve that slot."""
        key = str(chat_id)
        # Group and channel ids are negative; groups get the slower per-minute limit.
        chats = self._groups if key.startswith("-") else self._chats
        delay = max(chats[key].reserve(), self._bot.reserve())
        if delay > 0:
            await self._sleep(delay)
