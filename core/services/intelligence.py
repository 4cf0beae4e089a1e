"""Destination intelligence storage: a payload in the Grok guide's shape, stored item by item.

Every item is validated on its own (core/services/intel_items.py): a bad item is logged with the
market and skipped, the rest are kept, so one malformed event never costs a critical safety update.
Items are deduplicated by their content hash: the same content ingested twice adds no row, so it
can never alert or digest anyone twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.intel_items import (
    ALERT_SEVERITIES,
    PAYLOAD_KEYS,
    SENTIMENT_SCORES,
    Item,
    SafetyItem,
    TrendItem,
    WeatherItem,
    content_hash,
    default_valid_until,
    parse_item,
)
from core.storage.models import DestinationIntelligence, TrendingExperience

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredItem:
    """The row an item landed in, whether it is new, and whether it must alert travelers."""

    id: int
    new: bool
    alert: bool = False


@dataclass
class StoredCounts:
    """What one payload produced."""

    new: int = 0
    duplicates: int = 0
    rejected: int = 0
    alert_ids: list[int] = field(default_factory=list)


async def _insert_new(
    session: AsyncSession,
    table: type[DestinationIntelligence] | type[TrendingExperience],
    values: dict[str, Any],
) -> int | None:
    """Insert unless the (market, …, content_hash) key exists: the new id, or None."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(table).values(**values).on_conflict_do_nothing().returning(table.id)
    new_id: int | None = await session.scalar(statement)
    return new_id


async def store_item(
    session: AsyncSession,
    clock: Clock,
    market: str,
    item: Item,
    *,
    sources: list[str] | None = None,
    confidence: float = 1.0,
    valid_until: dt.datetime | None = None,
    alert_unsourced: bool = True,
) -> StoredItem:
    """Store one validated item of `market` (canonical spelling) inside the caller's transaction.

    A duplicate adds nothing; only a later validity (and a trend's fresh score) is carried over,
    so an advisory that is still reported stays active.
    """
    now = clock.now()
    until = valid_until or default_valid_until(item, now)
    digest = content_hash(item)
    own_link = None if isinstance(item, WeatherItem) else item.source_url
    links = sources or ([own_link] if own_link else [])
    if isinstance(item, TrendItem):
        return await _store_trend(session, now, market, item, digest, links, until.date())
    intel_type = item.intel_type
    severity = item.severity if isinstance(item, SafetyItem) else None
    new_id = await _insert_new(
        session,
        DestinationIntelligence,
        {
            "market": market,
            "intel_type": intel_type,
            "content_hash": digest,
            "data": item.model_dump(mode="json", by_alias=True),
            "severity": severity,
            "sources": links,
            "confidence": confidence,
            "valid_until": until,
            "created_at": now,
        },
    )
    if new_id is not None:
        # A critical claim nobody can check is kept for the record, never pushed.
        sourced = bool(links) or alert_unsourced
        alert = severity in ALERT_SEVERITIES and until > now and sourced
        return StoredItem(new_id, new=True, alert=alert)
    row = await session.scalar(
        select(DestinationIntelligence).where(
            DestinationIntelligence.market == market,
            DestinationIntelligence.intel_type == intel_type,
            DestinationIntelligence.content_hash == digest,
        )
    )
    assert row is not None  # noqa: S101 - the insert just conflicted with it
    if row.valid_until is not None and until > row.valid_until:
        row.valid_until = until
    return StoredItem(row.id, new=False)


async def _store_trend(
    session: AsyncSession,
    now: dt.datetime,
    market: str,
    item: TrendItem,
    digest: str,
    links: list[str],
    until: dt.date,
) -> StoredItem:
    values: dict[str, Any] = {
        "market": market,
        "content_hash": digest,
        "experience_type": item.category[:32],
        "name": item.name,
        "description": item.description,
        "trend_score": item.trend_score,
        "sentiment_score": SENTIMENT_SCORES.get(item.sentiment or ""),
        "web_sources": links,
        "valid_from": now.date(),
        "valid_until": until,
        "created_at": now,
    }
    new_id = await _insert_new(session, TrendingExperience, values)
    if new_id is not None:
        return StoredItem(new_id, new=True)
    row = await session.scalar(
        select(TrendingExperience).where(
            TrendingExperience.market == market, TrendingExperience.content_hash == digest
        )
    )
    assert row is not None  # noqa: S101 - the insert just conflicted with it
    # A trend's score moves from run to run; its creation time (what digests call new) does not.
    row.trend_score = item.trend_score
    if row.valid_until is None or until > row.valid_until:
        row.valid_until = until
    return StoredItem(row.id, new=False)


async def store_intelligence(
    session: AsyncSession,
    clock: Clock,
    market: str,
    payload: object,
    *,
    source: str,
    confidence: float,
    citations: list[str] | None = None,
    alert_unsourced: bool = True,
) -> StoredCounts:
    """Store a whole payload in the guide's shape; bad items are logged with the market, skipped.

    Args:
        session: The caller's transaction (the caller commits).
        clock: Time source.
        market: The market's canonical name (see `canonical_market`).
        payload: The parsed JSON object.
        source: Who produced it ("grok", "operator"), for the logs.
        confidence: Stored with every row (0 to 1).
        citations: The research's sources (Grok's citations), stored with every item after
            the item's own `source_url`.
        alert_unsourced: False: an item with no source at all is stored, never alerted.

    Returns:
        Counts, and the ids of new, unexpired critical/high safety items to alert travelers of.
    """
    counts = StoredCounts()
    if not isinstance(payload, dict):
        log.warning("%s intelligence for %s is not a JSON object; skipped", source, market)
        counts.rejected += 1
        return counts
    entries: list[tuple[str, object]] = []
    for intel_type, key in PAYLOAD_KEYS:
        items = payload.get(key) or []
        if not isinstance(items, list):
            log.warning("%s intelligence for %s: %s is not a list; skipped", source, market, key)
            counts.rejected += 1
            continue
        entries += [(intel_type, raw) for raw in items]
    if payload.get("weather"):
        entries.append(("weather", payload["weather"]))
    for kind, raw in entries:
        try:
            item = parse_item(kind, raw)
        except ValidationError as exc:
            counts.rejected += 1
            log.warning(
                "%s intelligence for %s: skipped a bad %s item: %s",
                source,
                market,
                kind,
                "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()),
            )
            continue
        own = None if isinstance(item, WeatherItem) else item.source_url
        links = list(dict.fromkeys([*([own] if own else []), *(citations or [])]))
        stored = await store_item(
            session,
            clock,
            market,
            item,
            sources=links or None,
            confidence=confidence,
            alert_unsourced=alert_unsourced,
        )
        counts.new += stored.new
        counts.duplicates += not stored.new
        if stored.alert:
            counts.alert_ids.append(stored.id)
    return counts
