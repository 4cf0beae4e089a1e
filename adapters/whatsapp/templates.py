"""Content template SIDs by shape: found or created once, then reused for every message."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from adapters.whatsapp.interactive import NAME_PREFIX, Shape, definition
from core.clock import Clock

log = logging.getLogger(__name__)

# After the Content API failed, numbered text is used for a while before asking again: a
# broken Content API must not cost every answer a failing request.
RETRY_AFTER_SECONDS = 300.0


class ContentApi(Protocol):
    """The Content API calls the cache needs (TwilioSender has them)."""

    async def create_content(self, definition: dict[str, object]) -> str:
        """Create a template; its SID."""
        ...

    async def list_contents(self) -> dict[str, str]:
        """Existing templates, SID by friendly name."""
        ...


class ContentTemplates:
    """The SID of the template for each shape, created at most once per process.

    Templates are named after their shape (`traveloure_list_5d_en_v1`), so a restarted
    process finds the ones it created before (one listing, at first need) instead of
    creating more. Concurrent answers needing the same new shape wait for one creation.
    """

    def __init__(self, api: ContentApi, clock: Clock) -> None:
        self._api = api
        self._clock = clock
        self._sids: dict[Shape, str] = {}
        self._existing: dict[str, str] | None = None
        self._failed_at: float | None = None
        self._lock = asyncio.Lock()

    async def sid(self, shape: Shape) -> str | None:
        """The template's SID, or None when the Content API failed (numbered text then)."""
        if (known := self._sids.get(shape)) is not None:
            return known
        async with self._lock:
            if (known := self._sids.get(shape)) is not None:
                return known
            if self._cooling_down():
                return None
            try:
                sid = await self._find_or_create(shape)
            except Exception as exc:  # whatever went wrong, numbered text still answers
                log.warning(
                    "whatsapp content template %s unavailable: %r", shape, exc, exc_info=True
                )
                self._failed_at = self._clock.monotonic()
                return None
            self._failed_at = None
            self._sids[shape] = sid
            return sid

    def forget(self, shape: Shape) -> None:
        """Drop a SID Twilio no longer accepts (deleted template): made again next time."""
        sid = self._sids.pop(shape, None)
        if self._existing is not None and sid is not None:
            self._existing.pop(shape.friendly_name, None)

    async def _find_or_create(self, shape: Shape) -> str:
        if self._existing is None:
            try:
                listed = await self._api.list_contents()
            except Exception as exc:  # not fatal: creating works without it
                log.info("whatsapp content templates not listed (%r)", exc, exc_info=True)
                listed = {}
            self._existing = {
                name: sid for name, sid in listed.items() if name.startswith(NAME_PREFIX)
            }
        if (sid := self._existing.get(shape.friendly_name)) is not None:
            return sid
        sid = await self._api.create_content(definition(shape))
        self._existing[shape.friendly_name] = sid
        log.info("whatsapp content template %s created", shape.friendly_name)
        return sid

    def _cooling_down(self) -> bool:
        return (
            self._failed_at is not None
            and self._clock.monotonic() - self._failed_at < RETRY_AFTER_SECONDS
        )
