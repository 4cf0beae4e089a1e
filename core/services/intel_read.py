"""Reading destination intelligence for chat answers: a market's still-valid items, newest first.

Rows are written by `core.services.intelligence` (the refresh job and operators). A chat answer
only ever shows what is stored and unexpired; a row whose data no longer validates (an older
shape) is logged and left out rather than shown half-read.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.intel_items import EventItem, SafetyItem, WeatherItem
from core.storage.models import DestinationIntelligence, Traveler

log = logging.getLogger(__name__)

# Enough for every event of a 60-day horizon; chat answers show a handful of them.
MAX_ROWS = 200

ItemT = TypeVar("ItemT", EventItem, SafetyItem, WeatherItem)


@dataclass(frozen=True)
class CurrentItem(Generic[ItemT]):
    """One stored, still-valid item and when it was stored."""

    item: ItemT
    created_at: dt.datetime
    valid_until: dt.datetime | None
    # Where it was reported (URLs; the item's own link first, then the research's citations).
    sources: tuple[str, ...] = ()

    @property
    def source_host(self) -> str | None:
        """The first source's site ('city.kyoto.lg.jp'), for a short citation; None: unsourced."""
        for url in self.sources:
            host = urlsplit(str(url)).hostname
            if host:
                return host.removeprefix("www.")
        return None


class IntelReader:
    """Read-only access to destination intelligence inside the turn's transaction."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    def now(self) -> dt.datetime:
        """The current aware UTC time (ages of items are measured from it)."""
        return self._clock.now()

    async def current(
        self, market: str, model: type[ItemT], *, limit: int = MAX_ROWS
    ) -> list[CurrentItem[ItemT]]:
        """The market's unexpired items of one type, newest first.

        Args:
            market: The market's canonical name (see `market_of_destination`).
            model: EventItem, SafetyItem or WeatherItem: the type to read.
            limit: At most this many rows.

        Returns:
            The items that still validate, with their storage times.
        """
        now = self._clock.now()
        rows = await self._session.scalars(
            select(DestinationIntelligence)
            .where(
                DestinationIntelligence.market == market,
                DestinationIntelligence.intel_type == model.intel_type,
                or_(
                    DestinationIntelligence.valid_until.is_(None),
                    DestinationIntelligence.valid_until > now,
                ),
            )
            .order_by(DestinationIntelligence.created_at.desc(), DestinationIntelligence.id.desc())
            .limit(limit)
        )
        found: list[CurrentItem[ItemT]] = []
        for row in rows:
            try:
                item = model.model_validate(row.data)
            except ValidationError:
                log.warning("intelligence row %s (%s) no longer validates; skipped", row.id, market)
                continue
            links = tuple(str(url) for url in row.sources or ())
            found.append(CurrentItem(item, row.created_at, row.valid_until, links))
        return found

    async def traveler_today(self, user_id: str) -> dt.date:
        """Today's date where the traveler is (their stored time zone, UTC if unknown).

        "Tomorrow" is the traveler's tomorrow, not the server's.
        """
        now = self._clock.now()
        traveler = await self._session.get(Traveler, user_id)
        zone: dt.tzinfo
        try:
            zone = ZoneInfo(traveler.timezone) if traveler and traveler.timezone else dt.UTC
        except (ZoneInfoNotFoundError, ValueError):
            zone = dt.UTC
        return now.astimezone(zone).date()
