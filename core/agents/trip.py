"""TripAgent: day- and trip-scoped changes (swap days, add / remove days, start date, relax)."""

from __future__ import annotations

from core.agents.base import AgentResult, TurnContext, answer
from core.intents.model import ParsedTurn
from core.messages import msg
from core.protocol import AgentResponse


class TripAgent:
    """Changes the shape of the trip rather than one item."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Run one trip-scoped intent."""
        del turn, ctx
        return answer(AgentResponse.needs_input(msg("not_available_yet")))
