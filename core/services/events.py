"""Publish/subscribe of itinerary events (progress, updates, enrichment).

Subscribers are local to the process; on PostgreSQL a relay (core.services.event_relay) carries
published events to the other processes of the fleet.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

_QUEUE_LIMIT = 100


class EventBus:
    """Subscribers per itinerary; a slow subscriber loses old events rather than blocking."""

    def __init__(self) -> None:
        self._subscribers: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        # Set by a relay (PostgreSQL fleets): carries published events to the other processes.
        self.forward: Callable[[str, dict[str, Any]], None] | None = None

    @asynccontextmanager
    async def subscribe(self, itinerary_id: str) -> AsyncIterator[asyncio.Queue[dict[str, Any]]]:
        """A queue receiving this itinerary's events while the context is open."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=_QUEUE_LIMIT)
        self._subscribers[itinerary_id].add(queue)
        try:
            yield queue
        finally:
            self._subscribers[itinerary_id].discard(queue)
            if not self._subscribers[itinerary_id]:
                del self._subscribers[itinerary_id]

    def publish(self, itinerary_id: str, event: dict[str, Any]) -> None:
        """Deliver to this process's subscribers of the itinerary, and relay to the others."""
        self.deliver(itinerary_id, event)
        if self.forward is not None:
            self.forward(itinerary_id, event)

    def deliver(self, itinerary_id: str, event: dict[str, Any]) -> None:
        """Deliver to every current subscriber of the itinerary in this process."""
        for queue in list(self._subscribers.get(itinerary_id, ())):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(event)
