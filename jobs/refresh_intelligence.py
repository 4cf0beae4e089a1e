"""`refresh_intelligence` (every 30 min): each market's events, safety, trends and weather.

With XAI_API_KEY set, Grok is asked about each of the eight markets in turn
(core.services.intel_refresh). Without a key the job does nothing: operators ingest through
POST /api/v1/admin/intel instead.
"""

from __future__ import annotations

import logging

from apscheduler.triggers.interval import IntervalTrigger

from core.services.grok import GrokClient, make_xai_client
from core.services.intel_items import MARKETS
from core.services.intel_refresh import refresh_market
from jobs.context import JobContext
from jobs.spec import JobSpec

log = logging.getLogger(__name__)

_said: set[str] = set()


async def run_refresh_intelligence(ctx: JobContext, grok: GrokClient | None = None) -> int:
    """Refresh every market from Grok; returns how many new items were stored.

    Args:
        ctx: The process's job context.
        grok: A client to use instead of one built from the settings (tests).
    """
    api_key = ctx.settings.xai_api_key
    if grok is not None:
        client = grok
    elif api_key is not None:
        # One breaker across runs (and shown by the breaker-state gauge): an outage seen by one
        # run keeps the next one from waiting out timeouts while the circuit is open.
        client = GrokClient(
            make_xai_client(ctx.settings.xai_base_url),
            api_key,
            ctx.clock,
            model=ctx.settings.xai_model,
            breaker=ctx.breakers.get("xai"),
        )
        ctx.breakers["xai"] = client.breaker
    else:
        if "no_key" not in _said:  # every 30 minutes would drown the log
            _said.add("no_key")
            log.info("refresh_intelligence: no XAI_API_KEY; intelligence comes from operators")
        return 0
    new = 0
    try:
        for market in MARKETS:
            counts = await refresh_market(ctx.sessions, ctx.clock, client, market)
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
