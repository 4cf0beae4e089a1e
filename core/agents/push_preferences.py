"""PushPreferencesAgent: "stop the digests", "only safety alerts", "what am I subscribed to?"."""

from __future__ import annotations

from core.agents.base import AgentResult, TurnContext, answer
from core.intents.model import ParsedTurn
from core.intents.push_preferences import change_of
from core.messages import msg
from core.protocol import AgentResponse
from core.services.push_preferences import describe


class PushPreferencesAgent:
    """Changes (or reports) which pushes the traveler gets and their quiet hours."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Apply the turn's change and answer with the preferences now in force."""
        if ctx.push_preferences is None:
            return answer(AgentResponse.error(msg("push_prefs_unknown_traveler")))
        change = change_of(turn)
        now = await ctx.push_preferences.change(ctx.user_id, change)
        if now is None:
            return answer(AgentResponse.error(msg("push_prefs_unknown_traveler")))
        summary = describe(now)
        if now.quiet_start and now.alerts:
            summary = f"{summary} {msg('push_prefs_quiet_note')}"
        text = summary if change.is_query else msg("push_prefs_saved", summary=summary)
        return answer(AgentResponse.complete(text))
