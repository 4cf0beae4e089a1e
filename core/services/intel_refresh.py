"""One market's refresh from Grok: ask, ledger the call, store the items, alert at once.

Every call is ledgered in ai_interactions (a failed or garbled one too, with its error) and its
items are stored deduplicated. New critical/high safety items are pushed to affected travelers
right away, not at the next safety_alerts run.
"""

from __future__ import annotations

import logging

from core.clock import Clock
from core.services.alerts import alert_travelers
from core.services.grok import GrokClient
from core.services.intelligence import StoredCounts, store_intelligence
from core.services.outbox_routing import Sessions
from core.storage.models import AiInteraction

log = logging.getLogger(__name__)

PURPOSE = "destination_intelligence"
SOURCE = "grok"
# The guide stores Grok's findings at 0.9 to 0.95; operator ingest is stored at 1.0.
CONFIDENCE = 0.9


async def refresh_market(
    sessions: Sessions, clock: Clock, grok: GrokClient, market: str
) -> StoredCounts:
    """Ask, ledger, store one market's intelligence, then alert for its new critical items."""
    created_at = clock.now()
    answer = await grok.intelligence(market, created_at.date())
    async with sessions() as session, session.begin():
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
                tools=",".join(answer.tools_used)[:200] or None,
            )
        )
    if answer.payload is None:
        log.warning("intelligence for %s skipped: %s", market, answer.error)
        return StoredCounts(rejected=1)
    async with sessions() as session, session.begin():
        counts = await store_intelligence(
            session,
            clock,
            market,
            answer.payload,
            source=SOURCE,
            confidence=CONFIDENCE,
            citations=list(answer.citations),
            alert_unsourced=False,
        )
    for intel_id in counts.alert_ids:
        async with sessions() as session, session.begin():
            await alert_travelers(session, clock, intel_id)
    return counts
