"""Trend digests: at 09:00 on each traveler's own clock, what's on during their trip.

A traveler with a trip to a market starting within 60 days or under way gets, once a day in the
09:00 hour of their time zone and outside their quiet hours, the events that fall inside their
trip dates and the market's top 3 trending experiences. Nothing new since their last digest
(compared by created_at) means no digest. The key "digest:{travelerId}:{local date}" keeps it
to one a day even if the job runs twice in that hour.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.audience import Trip, active_trips, catalog_text, in_quiet_hours, local_now
from core.services.outbox import NORMAL_PRIORITY, enqueue_push
from core.storage.models import DestinationIntelligence, Traveler, TrendingExperience
from core.text import shorten

DIGEST_HOUR = 9
TOP_TRENDS = 3
MAX_EVENTS = 5
TEMPLATE = "digest"
TEXT_CHARS = 1500
VARIABLE_CHARS = 200


@dataclass(frozen=True)
class Section:
    """One market's part of a digest."""

    market: str
    events: list[DestinationIntelligence]
    trends: list[TrendingExperience]

    def rows(self) -> list[DestinationIntelligence | TrendingExperience]:
        """Everything the section shows."""
        return [*self.events, *self.trends]


def digest_due(traveler: Traveler, now: dt.datetime) -> bool:
    """Whether the traveler takes digests and it is 09:00 for them, outside their quiet hours."""
    if not traveler.digests_enabled:
        return False
    local = local_now(traveler, now)
    return local.hour == DIGEST_HOUR and not in_quiet_hours(traveler, local)


def _event_day(row: DestinationIntelligence) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(row.data.get("date")))
    except ValueError:
        return None


async def _section(
    session: AsyncSession, market: str, trips: list[Trip], now: dt.datetime
) -> Section:
    """The events inside any of the traveler's trips to `market`, and its top trends."""
    candidates = await session.scalars(
        select(DestinationIntelligence).where(
            DestinationIntelligence.market == market,
            DestinationIntelligence.intel_type == "event",
            or_(
                DestinationIntelligence.valid_until.is_(None),
                DestinationIntelligence.valid_until > now,
            ),
        )
    )
    dated = [(day, row) for row in candidates if (day := _event_day(row)) is not None]
    inside = [
        (day, row)
        for day, row in dated
        if any(trip.first_day <= day <= trip.last_day for trip in trips)
    ]
    inside.sort(key=lambda pair: (pair[0], pair[1].id))
    trends = await session.scalars(
        select(TrendingExperience)
        .where(
            TrendingExperience.market == market,
            or_(
                TrendingExperience.valid_until.is_(None),
                TrendingExperience.valid_until >= now.date(),
            ),
        )
        .order_by(TrendingExperience.trend_score.desc(), TrendingExperience.id.desc())
        .limit(TOP_TRENDS)
    )
    return Section(market, [row for _day, row in inside[:MAX_EVENTS]], list(trends))


def render(sections: list[Section], locale: str | None) -> str:
    """The digest's text in the traveler's language (names and descriptions as reported)."""
    blocks = []
    for section in sections:
        lines = [catalog_text("digest_title", locale).format(market=section.market)]
        if section.events:
            lines.append(catalog_text("digest_events", locale))
            lines += [
                f"• {row.data.get('name')} ({row.data.get('date')})" for row in section.events
            ]
        if section.trends:
            lines.append(catalog_text("digest_trends", locale))
            for trend in section.trends:
                about = f": {shorten(trend.description, max_chars=90)}" if trend.description else ""
                lines.append(f"• {trend.name}{about}")
        blocks.append("\n".join(lines))
    hint = catalog_text("push_hint", locale)
    body = shorten("\n\n".join(blocks), max_chars=TEXT_CHARS - len(hint) - 1)
    return f"{body}\n{hint}"


def _names(sections: list[Section]) -> str:
    names = [str(row.data.get("name")) for s in sections for row in s.events]
    names += [trend.name for s in sections for trend in s.trends]
    return shorten(", ".join(names), max_chars=VARIABLE_CHARS)


async def queue_digest(
    session: AsyncSession, clock: Clock, traveler_id: str, trips: list[Trip]
) -> bool:
    """Queue today's digest for one traveler and note it; False when nothing is new.

    Args:
        session: The transaction that writes the outbox row and `last_digest_at` together.
        clock: Time source.
        traveler_id: Who the digest is for.
        trips: Their trips within 60 days or under way (from `active_trips`).
    """
    traveler = await session.get(Traveler, traveler_id)
    if traveler is None:
        return False
    now = clock.now()
    markets = sorted({trip.market for trip in trips})
    sections = [
        await _section(session, market, [t for t in trips if t.market == market], now)
        for market in markets
    ]
    sections = [section for section in sections if section.rows()]
    since = traveler.last_digest_at
    if not any(since is None or row.created_at > since for s in sections for row in s.rows()):
        return False
    queued = await enqueue_push(
        session,
        clock,
        key=f"digest:{traveler.id}:{local_now(traveler, now).date().isoformat()}",
        traveler_id=traveler.id,
        kind="digest",
        text=render(sections, traveler.locale),
        priority=NORMAL_PRIORITY,
        template=TEMPLATE,
        variables={"1": ", ".join(s.market for s in sections), "2": _names(sections)},
    )
    if queued:
        traveler.last_digest_at = now
    return queued


async def due_digests(session: AsyncSession, now: dt.datetime) -> dict[str, list[Trip]]:
    """Traveler id → their active trips, for each traveler whose digest hour is now."""
    due: dict[str, list[Trip]] = {}
    async for trips in active_trips(session, now):
        for trip in trips:
            if digest_due(trip.traveler, now):
                due.setdefault(trip.traveler.id, []).append(trip)
    return due
