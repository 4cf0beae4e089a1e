"""Telegram's send limits: about 1 message/s per chat, 20/min per group, 30/s overall."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

Sleep = Callable[[float], Awaitable[None]]

PER_CHAT_SECONDS = 1.0
PER_GROUP_SECONDS = 3.0  # 20 messages a minute
GLOBAL_SECONDS = 1 / 30
_PRUNE_ABOVE = 10_000


class SendSpacing:
    """Spaces sends by reserving slots, so concurrent senders queue instead of bursting.

    Each send takes the next free slot of its chat and of the bot as a whole and sleeps until
    the later one. Time and sleep are injected: tests neither wait nor depend on the wall clock.
    """

    def __init__(self, monotonic: Callable[[], float], sleep: Sleep) -> None:
        self._monotonic = monotonic
        self._sleep = sleep
        self._next_global = 0.0
        self._next_by_chat: dict[str, float] = {}

    async def wait(self, chat_id: str | int) -> None:
        """Sleep until a message to `chat_id` is within the limits, and reserve that slot."""
        now = self._monotonic()
        key = str(chat_id)
        # Group and channel ids are negative; groups get the slower per-minute limit.
        interval = PER_GROUP_SECONDS if key.startswith("-") else PER_CHAT_SECONDS
        chat_slot = max(now, self._next_by_chat.get(key, now))
        global_slot = max(now, self._next_global)
        self._next_by_chat[key] = chat_slot + interval
        self._next_global = global_slot + GLOBAL_SECONDS
        if len(self._next_by_chat) > _PRUNE_ABOVE:
            self._next_by_chat = {k: t for k, t in self._next_by_chat.items() if t > now}
        delay = max(chat_slot, global_slot) - now
        if delay > 0:
            await self._sleep(delay)
