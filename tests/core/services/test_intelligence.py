"""Intelligence storage: lenient per-item validation, default horizons, dedupe, alert ids."""

from __future__ import annotations

import copy
import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from bots.container import Services
from core.services.intel_items import (
    canonical_market,
    content_hash,
    market_of_destination,
    parse_item,
)
from core.services.intelligence import StoredCounts, store_intelligence
from core.storage.models import DestinationIntelligence, TrendingExperience
from tests.fakes.clock import FakeClock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def payload() -> dict[str, Any]:
    return {
        "events": [
            {
                "name": "Kaomise Kabuki",
                "date": "2026-12-05",
                "category": "Cultural",
                "impact": "high",
                "description": "The year's great kabuki gala at Minamiza.",
                "source_url": "https://example.org/kaomise",
            },
            {"name": "No date festival", "category": "festival"},
        ],
        "safety_updates": [
            {
                "type": "security",
                "severity": "CRITICAL",
                "description": "Police cordon around Gion after a gas leak.",
                "areas_affected": ["Gion", "Higashiyama"],
                "valid_until": "2026-11-26",
                "source_url": "https://example.org/gion",
            },
            {
                "type": "weather",
                "severity": "medium",
                "description": "Heavy rain expected.",
                "areas_affected": [],
            },
            {"type": "health", "severity": "extreme", "description": "Unknown severity"},
            "not even an object",
        ],
        "trending_experiences": [
            {
                "name": "Arashiyama night walk",
                "category": "activity",
                "trend_score": 87,
                "sentiment": "positive",
                "description": "Lantern-lit bamboo grove.",
            },
            {"name": "", "category": "restaurant", "trend_score": 50},
        ],
        "weather": {
            "current": "12°C, clear",
            "forecast_7day": ["clear", "rain"],
            "seasonal_note": "Autumn leaves peak",
            "packing_suggestion": "Layers",
        },
        "last_updated": "2026-11-23T08:55:00Z",
    }


async def ingest(services: Services, data: object, market: str = "Kyoto") -> StoredCounts:
    async with services.sessions() as session, session.begin():
        return await store_intelligence(
            session, services.clock, market, data, source="test", confidence=0.9
        )


async def intel_rows(services: Services) -> dict[str, list[DestinationIntelligence]]:
    async with services.sessions() as session:
        rows = await session.scalars(select(DestinationIntelligence))
        grouped: dict[str, list[DestinationIntelligence]] = {}
        for row in rows:
            grouped.setdefault(row.intel_type, []).append(row)
        return grouped


async def test_bad_items_are_skipped_and_logged_with_the_market(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="core.services.intelligence"):
        counts = await ingest(services, payload())
    assert (counts.new, counts.duplicates, counts.rejected) == (5, 0, 4)
    rows = await intel_rows(services)
    assert {kind: len(items) for kind, items in rows.items()} == {
        "event": 1,
        "safety": 2,
        "weather": 1,
    }
    skipped = [r.getMessage() for r in caplog.records]
    assert len(skipped) == 4
    assert all("Kyoto" in line for line in skipped)
    assert any("severity" in line for line in skipped)


async def test_rows_carry_severity_sources_confidence_and_default_horizons(
    services: Services,
) -> None:
    counts = await ingest(services, payload())
    rows = await intel_rows(services)
    event = rows["event"][0]
    assert event.valid_until == datetime(2026, 12, 6, tzinfo=UTC)
    assert event.data["category"] == "cultural"
    assert event.sources == ["https://example.org/kaomise"]
    assert event.confidence == 0.9
    by_severity = {row.severity: row for row in rows["safety"]}
    critical, medium = by_severity["critical"], by_severity["medium"]
    assert critical.valid_until == datetime(2026, 11, 27, tzinfo=UTC)  # all of the 26th
    assert critical.data["type"] == "security"
    assert medium.valid_until == NOW + timedelta(days=7)
    assert medium.sources == []
    assert rows["weather"][0].valid_until == NOW + timedelta(days=1)
    assert counts.alert_ids == [critical.id]
    async with services.sessions() as session:
        trend = await session.scalar(select(TrendingExperience))
    assert trend is not None
    assert (trend.name, trend.experience_type, trend.trend_score) == (
        "Arashiyama night walk",
        "activity",
        87,
    )
    assert trend.sentiment_score == 0.8
    assert (trend.valid_from, trend.valid_until) == (date(2026, 11, 23), date(2026, 11, 30))


async def test_the_same_content_again_changes_nothing(services: Services) -> None:
    await ingest(services, payload())
    before = await intel_rows(services)
    again = await ingest(services, payload())
    assert (again.new, again.duplicates, again.alert_ids) == (0, 5, [])
    after = await intel_rows(services)
    assert {k: [r.id for r in v] for k, v in after.items()} == {
        k: [r.id for r in v] for k, v in before.items()
    }
    assert [r.valid_until for r in after["safety"]] == [r.valid_until for r in before["safety"]]


async def test_reworded_or_rescored_items_are_the_same_item(
    services: Services, clock: FakeClock
) -> None:
    await ingest(services, payload())
    clock.advance(minutes=30)
    reworded = copy.deepcopy(payload())
    reworded["events"][0]["description"] = "Kabuki's biggest night of the year."
    reworded["events"][0]["name"] = "  kaomise   KABUKI "
    reworded["safety_updates"][0]["description"] = "Gion closed by police (gas leak)."
    reworded["safety_updates"][0]["valid_until"] = "2026-11-28"
    reworded["trending_experiences"][0]["trend_score"] = 95
    counts = await ingest(services, reworded)
    assert counts.new == 0
    assert counts.alert_ids == []
    rows = await intel_rows(services)
    critical = next(r for r in rows["safety"] if r.severity == "critical")
    assert critical.valid_until == datetime(2026, 11, 29, tzinfo=UTC)  # the later date is kept
    async with services.sessions() as session:
        trend = await session.scalar(select(TrendingExperience))
    assert trend is not None
    assert trend.trend_score == 95
    assert trend.created_at == NOW  # still "old" for digests


async def test_a_worse_severity_is_a_new_alert(services: Services) -> None:
    first = {"safety_updates": [{"severity": "high", "description": "Strike", "type": "x"}]}
    await ingest(services, first)
    worse = copy.deepcopy(first)
    worse["safety_updates"][0]["severity"] = "critical"
    counts = await ingest(services, worse)
    assert counts.new == 1
    assert len(counts.alert_ids) == 1


async def test_expired_critical_items_are_stored_without_an_alert(services: Services) -> None:
    stale = {
        "safety_updates": [
            {"severity": "critical", "description": "Old flood", "valid_until": "2026-11-01"}
        ]
    }
    counts = await ingest(services, stale)
    assert (counts.new, counts.alert_ids) == (1, [])


async def test_a_payload_that_is_not_an_object_or_has_no_lists_is_rejected(
    services: Services,
) -> None:
    assert (await ingest(services, ["events"])).rejected == 1
    counts = await ingest(services, {"events": "none", "weather": {"current": "Sunny"}})
    assert (counts.new, counts.rejected) == (1, 1)
    async with services.sessions() as session:
        total = await session.scalar(select(func.count()).select_from(DestinationIntelligence))
    assert total == 1


def test_markets_match_without_case_or_accents() -> None:
    assert canonical_market("bogota") == "Bogotá"
    assert canonical_market("  PORTO ") == "Porto"
    assert canonical_market("Lisbon") is None
    assert market_of_destination("Kyoto, Japan") == "Kyoto"
    assert market_of_destination("Bogotá D.C.") is None
    assert market_of_destination("Porto Alegre") is None


def test_items_validate_leniently_but_not_blindly() -> None:
    trend = parse_item("trend", {"name": "Ramen alley", "trend_score": 130.4, "extra": 1})
    assert trend.model_dump()["trend_score"] == 100
    with pytest.raises(ValidationError):
        parse_item("event", {"name": "No date"})
    with pytest.raises(ValidationError):
        parse_item("weather", {"packing_suggestion": "Umbrella"})
    one = parse_item("safety", {"severity": "High", "description": "A", "areas_affected": ["b"]})
    two = parse_item("safety", {"severity": "high", "description": "a", "areas_affected": ["B"]})
    assert content_hash(one) == content_hash(two)
