"""The LLM fallback, asked only when the rules can't tell: cache → hourly limit → tool call.

The model answers the same shape the rules give: the message's language and its operations in
the order asked (core.intents.llm_schema), checked slot by slot (core.intents.llm_answer).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from core.clock import Clock
from core.intents.cache import IntentCache
from core.intents.llm_answer import to_parsed_message, to_parsed_turn
from core.intents.llm_prompt import system_prompt
from core.intents.llm_schema import CLASSIFY_TOOL, MAX_OPS, TOOL_NAME
from core.intents.model import Intent, ParsedMessage
from core.messages import msg
from core.turns import Classification

__all__ = [
    "CLASSIFY_TOOL",
    "MAX_OPS",
    "MAX_TOKENS",
    "MIN_CONFIDENCE",
    "PURPOSE",
    "TOOL_NAME",
    "LlmIntentClassifier",
    "ToolCaller",
    "confident",
    "system_prompt",
    "to_parsed_message",
    "to_parsed_turn",
]

log = logging.getLogger(__name__)

PURPOSE = "intent_classification"
MIN_CONFIDENCE = 0.5
# Up to MAX_OPS operations with their slots: one operation takes about 60 output tokens.
MAX_TOKENS = 800


class ToolCaller(Protocol):
    """What the classifier needs of the LLM client (core.services.llm.LlmClient)."""

    async def tool_call(
        self,
        *,
        purpose: str,
        user_id: str | None,
        system: str,
        user_text: str,
        tool: dict[str, Any],
        max_tokens: int = 300,
    ) -> dict[str, Any] | None:
        """The forced tool's input, or None on failure."""
        ...

    async def calls_in_last_hour(self, user_id: str) -> int:
        """Calls made for `user_id` in the last hour."""
        ...


def confident(message: ParsedMessage) -> bool:
    """Whether every operation has a known intent and enough confidence to be run.

    Args:
        message: What the model made of the message.

    Returns:
        False when any operation is UNKNOWN or below MIN_CONFIDENCE: running only the parts it
        understood would do something the traveler did not ask for.
    """
    return all(
        op.intent is not Intent.UNKNOWN and op.confidence >= MIN_CONFIDENCE for op in message.ops
    )


class LlmIntentClassifier:
    """IntentClassifier backed by the cache, the hourly AI limit and one forced tool call."""

    def __init__(
        self,
        llm: ToolCaller,
        cache: IntentCache,
        *,
        rate_limit_per_hour: int,
        clock: Clock | None = None,
    ) -> None:
        """Wire the classifier.

        Args:
            llm: The LLM client.
            cache: What earlier phrasings were read as.
            rate_limit_per_hour: LLM calls allowed per traveler per hour.
            clock: Gives the model today's date (so "May 3" gets a year); None leaves it out.
        """
        self._llm = llm
        self._cache = cache
        self._limit = rate_limit_per_hour
        self._clock = clock

    async def classify(self, text: str, *, user_id: str, context: str) -> Classification:
        """Classify a message the rules could not.

        Args:
            text: The traveler's message.
            user_id: Whose hourly AI limit the call counts against.
            context: A short description of the trip, given to the model.

        Returns:
            The ParsedMessage when the model is confident of every operation;
            `Classification(None)` when it is not, or the call failed; a note for the traveler
            when their hourly limit is used up.
        """
        cached = self._cache.get(text)
        if cached is not None:
            return Classification(cached)
        if await self._llm.calls_in_last_hour(user_id) >= self._limit:
            log.info("hourly AI limit reached for user %s; rules only", user_id)
            return Classification(None, note=msg("ai_limit_note"))
        today = self._clock.now().date() if self._clock is not None else None
        raw = await self._llm.tool_call(
            purpose=PURPOSE,
            user_id=user_id,
            system=system_prompt(context, today),
            user_text=text,
            tool=CLASSIFY_TOOL,
            max_tokens=MAX_TOKENS,
        )
        parsed = to_parsed_message(raw) if raw is not None else None
        if parsed is None or not confident(parsed):
            return Classification(None)
        self._cache.put(text, parsed)
        return Classification(parsed)
