"""ExpertAgent: "find me a local guide for Kyoto" becomes a lead offered to the best experts."""

from __future__ import annotations

import re
from datetime import timedelta

from core.agents.base import AgentResult, TurnContext, error
from core.intents.model import ParsedTurn
from core.locale_format import format_names
from core.messages import current_language, msg
from core.protocol import AgentResponse, LeadData
from core.services.intel_items import MARKETS, canonical_market
from core.services.leads import MAX_LEADS_PER_DAY, LeadDraft, TooManyLeadsError, first_name

_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*", re.IGNORECASE)


class ExpertAgent:
    """Creates a lead from the trip and the traveler's words; matching does the rest."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Ask the market's best local experts; the first to claim contacts the traveler."""
        wanted = turn.destination or ctx.itinerary.destination
        market = canonical_market(wanted)
        if market is None:
            return error(
                msg("expert_no_market", place=wanted),
                msg("expert_markets_hint", markets=format_names(MARKETS)),
            )
        trip = ctx.itinerary
        same_trip = canonical_market(trip.destination) == market
        start = trip.start_date if same_trip else None
        end = start + timedelta(days=len(trip.days) - 1) if start else None
        interests = [part for part in _SPLIT.split(turn.query or "") if part]
        draft = LeadDraft(
            traveler_id=ctx.user_id,
            itinerary_id=trip.id if same_trip else None,
            market=market,
            start_date=start,
            end_date=end,
            interests=interests,
            budget=None,
            languages=[current_language()],
            message=turn.question or "",
        )
        try:
            created = await ctx.leads.create(draft, demo=ctx.places.is_demo)
        except TooManyLeadsError:
            return error(msg("expert_too_many", count=MAX_LEADS_PER_DAY))
        if not created.offered:
            return error(msg("expert_none", market=market))
        names = format_names(first_name(r.expert.name) for r in created.offered)
        response = AgentResponse.complete(
            msg("expert_asked", count=len(created.offered), market=market, names=names),
            LeadData(lead_id=created.lead.id),
        )
        return AgentResult(response, events=[{"event": "lead.created", "leadId": created.lead.id}])
