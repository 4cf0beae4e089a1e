"""`refresh_intelligence` (every 30 min): each market's events, safety, trends and weather.

With XAI_API_KEY set, Grok is asked about each of the eight markets in turn; every call is
ledgered in ai_interactions (a failed or garbled one too, with its error) and its items are
stored deduplicated. New critical/high safety items are pushed to affected travelers at once,
not five minutes later. Without a key the job does nothing: operators ingest through
POST /api/v1/admin/intel instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from apscheduler.triggers.interval import IntervalTrigger

from core.services.grok import GrokClient, make_xai_client
from core.services.intel_items import MARKETS
from core.services.intelligence import StoredCounts, store_intelligence
from core.storage.models import AiInteraction
from jobs.safety_alerts import alert_travelers
from jobs.spec import JobSpec

if TYPE_CHECKING:
    from bots.container import Services

log = logging.getLogger(__name__)

PURPOSE = "destination_intelligence"
SOURCE = "grok"
# The guide stores Grok's findings at 0.9 to 0.95; operator ingest is stored at 1.0.
CONFIDENCE = 0.9
_said: set[str] = set()


async def refresh_market(services: Services, grok: GrokClient, market: str) -> StoredCounts:
    """Ask, ledger, store one market's intelligence, then alert for its new critical items."""
    clock = services.clock
    created_at = clock.now()
    answer = await grok.intelligence(market, created_at.date())
    async with services.sessions() as session, session.begin():
        session.add(
            AiInteraction(
                user_id=None,
                purpose=PURPOSE,
                model=answer.model,
                input_tokens=answer.input_tokens,
                output_tokens=answer.output_tokens,
                cost_usd=answer.cost_usd,
                latency_ms=answer.latency_ms,
                success=answer.payload is not None,
                error=answer.error,
                created_at=created_at,
            )
        )
    if answer.payload is None:
        log.warning("intelligence for %s skipped: %s", market, answer.error)
        return StoredCounts(rejected=1)
    async with services.sessions() as session, session.begin():
        counts = await store_intelligence(
            session, clock, market, answer.payload, source=SOURCE, confidence=CONFIDENCE
        )
    for intel_id in counts.alert_ids:
        async with services.sessions() as session, session.begin():
            await alert_travelers(session, clock, intel_id)
    return counts


async def run_refresh_intelligence(services: Services, grok: GrokClient | None = None) -> int:
    """Refresh every market from Grok; returns how many new items were stored.

    Args:
        services: The process's services.
        grok: A client to use instead of one built from the settings (tests).
    """
    api_key = services.settings.xai_api_key
    if grok is not None:
        client = grok
    elif api_key is not None:
        # One breaker across runs (and shown by the breaker-state gauge): an outage seen by one
        # run keeps the next one from waiting out timeouts while the circuit is open.
        client = GrokClient(
            make_xai_client(services.settings.xai_base_url),
            api_key,
            services.clock,
            breaker=services.breakers.get("xai"),
        )
        services.breakers["xai"] = client.breaker
    else:
        if "no_key" not in _said:  # every 30 minutes would drown the log
            _said.add("no_key")
            log.info("refresh_intelligence: no XAI_API_KEY; intelligence comes from operators")
        return 0
    new = 0
    try:
        for market in MARKETS:
            counts = await refresh_market(services, client, market)
            new += counts.new
            log.info(
                "intelligence for %s: %d new, %d known, %d skipped",
                market,
                counts.new,
                counts.duplicates,
                counts.rejected,
            )
    finally:
        if grok is None:
            await client.aclose()
    return new


JOB = JobSpec("refresh_intelligence", IntervalTrigger(minutes=30), run_refresh_intelligence)
