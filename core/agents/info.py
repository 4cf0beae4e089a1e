"""InfoAgent: short, honest answers to social and off-topic turns."""

from __future__ import annotations

from core.agents.base import AgentResult, TurnContext, answer
from core.intents.model import ParsedTurn
from core.messages import msg
from core.protocol import AgentResponse


class InfoAgent:
    """Greetings, thanks, weather / events / safety, cost, share and export questions."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Answer one social or info turn."""
        del turn, ctx
        return answer(AgentResponse.complete(msg("not_available_yet")))
