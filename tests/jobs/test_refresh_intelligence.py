"""refresh_intelligence: Grok per market; every call ledgered, news stored, critical alerts sent."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select

from core.config import Settings
from core.services.intel_items import MARKETS
from core.storage.models import AiInteraction, DestinationIntelligence
from jobs import refresh_intelligence
from jobs.context import JobContext
from jobs.refresh_intelligence import run_refresh_intelligence
from tests.fakes.clock import FakeClock
from tests.fakes.xai import market_of, responses_answer
from tests.jobs.people import add_traveler, outbox, running_jobs

XAI = "https://xai.test"
KYOTO = {
    "events": [{"name": "Kaomise Kabuki", "date": "2026-12-05", "category": "cultural"}],
    "safety_updates": [
        {
            "type": "security",
            "severity": "critical",
            "description": "Gion closed after a gas leak.",
            "areas_affected": ["Gion"],
            "source_url": "https://example.org/gion",
        }
    ],
    "trending_experiences": [{"name": "Night walk", "trend_score": 90}],
    "weather": {"current": "Clear, 12°C"},
}


SOURCES = ["https://example.org/kyoto-news", "https://x.com/i/status/1975607901571199086"]
USAGE = {"input_tokens": 500, "output_tokens": 700, "cost_in_usd_ticks": 25_000_000}


def answer(request: httpx.Request) -> httpx.Response:
    """The Responses API: Kyoto has news with sources, Goa a garbled answer, Jaipur an
    unsourced critical item, the rest nothing."""
    market = market_of(request)
    citations: list[str] = []
    if market == "Kyoto":
        content, citations = json.dumps(KYOTO), SOURCES
    elif market == "Goa":
        content = "I could not find anything, sorry!"
    elif market == "Jaipur":
        unsourced = {**KYOTO["safety_updates"][0], "description": "Rumoured unrest."}  # type: ignore[dict-item]
        del unsourced["source_url"]
        content = json.dumps({"safety_updates": [unsourced]})
    else:
        content = json.dumps({"events": [], "safety_updates": [], "trending_experiences": []})
    body = responses_answer(content, citations=citations, usage=USAGE)
    return httpx.Response(200, json=body)


@pytest.fixture
def keyed(settings: Settings) -> Settings:
    values = settings.model_dump() | {"xai_api_key": "xai-key", "xai_base_url": XAI}
    return Settings(_env_file=None, **values)


@pytest.fixture
async def grok_ctx(keyed: Settings, clock: FakeClock) -> AsyncIterator[JobContext]:
    async with running_jobs(keyed, clock) as built:
        yield built


@pytest.fixture
def xai() -> Iterator[respx.Route]:
    with respx.mock(base_url=XAI, assert_all_called=False) as router:
        yield router.post("/v1/responses").mock(side_effect=answer)


async def test_every_market_is_asked_stored_ledgered_and_critical_news_alerted(
    grok_ctx: JobContext, xai: respx.Route
) -> None:
    kyoto = await add_traveler(grok_ctx, "Kyoto", 10)
    await add_traveler(grok_ctx, "Kyoto", 90)
    await add_traveler(grok_ctx, "Porto", 10)
    await add_traveler(grok_ctx, "Jaipur", 10)

    assert await run_refresh_intelligence(grok_ctx) == 5
    assert xai.call_count == len(MARKETS)
    assert xai.calls.last.request.headers["Authorization"] == "Bearer xai-key"
    rows = await outbox(grok_ctx)
    assert [(row.traveler_id, row.kind) for row in rows] == [(kyoto, "alert")]
    async with grok_ctx.sessions() as session:
        ledger = list(await session.scalars(select(AiInteraction)))
        intel = list(await session.scalars(select(DestinationIntelligence)))
    assert len(ledger) == len(MARKETS)
    assert {row.purpose for row in ledger} == {"destination_intelligence"}
    failed = [row for row in ledger if not row.success]
    assert len(failed) == 1
    assert failed[0].error is not None
    assert "not JSON" in failed[0].error
    assert {(row.market, row.intel_type) for row in intel} == {
        ("Kyoto", "event"),
        ("Kyoto", "safety"),
        ("Kyoto", "weather"),
        ("Jaipur", "safety"),
    }
    # Every call's tools, tokens and cost (xAI's own figure, in ticks) are in the ledger.
    assert {row.tools for row in ledger} == {"web_search,x_search"}
    assert {(row.model, row.input_tokens, row.output_tokens) for row in ledger} == {
        ("grok-4-1-fast", 500, 700)
    }
    assert [row.cost_usd for row in ledger] == [pytest.approx(0.0025)] * len(ledger)
    # The research's citations are each item's sources, after the item's own link.
    safety = next(row for row in intel if (row.market, row.intel_type) == ("Kyoto", "safety"))
    assert safety.sources == ["https://example.org/gion", *SOURCES]
    weather = next(row for row in intel if row.intel_type == "weather")
    assert weather.sources == SOURCES
    # A critical item nobody sourced is kept, and pushed to nobody (the Jaipur traveler).
    jaipur = next(row for row in intel if row.market == "Jaipur")
    assert (jaipur.severity, jaipur.sources) == ("critical", [])

    assert await run_refresh_intelligence(grok_ctx) == 0  # the same news again
    assert len(await outbox(grok_ctx)) == 1


async def test_without_a_key_nothing_is_asked_and_it_says_so_once(
    ctx: JobContext,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(refresh_intelligence, "_said", set())
    with respx.mock(assert_all_called=False) as router, caplog.at_level(logging.INFO):
        assert await run_refresh_intelligence(ctx) == 0
        assert await run_refresh_intelligence(ctx) == 0
        assert router.calls.call_count == 0
    notes = [r for r in caplog.records if "XAI_API_KEY" in r.getMessage()]
    assert len(notes) == 1


async def test_the_job_runs_every_thirty_minutes() -> None:
    job = refresh_intelligence.JOB
    assert job.name == "refresh_intelligence"
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval.total_seconds() == 1800
    assert job.run is run_refresh_intelligence
