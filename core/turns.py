"""The turn types the orchestrator takes and gives, and its LLM fallback port."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from core.intents.model import ParsedMessage
from core.protocol import AgentResponse, Coordinates
from core.services.inbox import Claim


@dataclass(frozen=True)
class Classification:
    """What the fallback classifier made of a turn.

    `parsed` holds the message's operations in order and its language, like the rules give, or
    None when it could not tell (or was not asked); `note` is a short sentence for the traveler
    when the fallback was skipped on purpose (e.g. their hourly AI limit is used).
    """

    parsed: ParsedMessage | None
    note: str | None = None


class IntentClassifier(Protocol):
    """A fallback classifier (the LLM) asked only when the rules can't tell."""

    async def classify(self, text: str, *, user_id: str, context: str) -> Classification:
        """Classify `text`; `context` is a short description of the trip and recent turns."""
        ...


@dataclass(frozen=True)
class Turn:
    """One inbound turn, channel-agnostic."""

    conversation_key: str
    user_id: str
    itinerary_id: str
    text: str | None = None
    selected_index: int | None = None
    prompt_id: str | None = None
    locale: str | None = None
    default_day: int | None = None
    actor: str = "traveler"
    channel: str = "web"
    # The inbox delivery this turn answers (channels): its answer is recorded in the turn's
    # own transaction, so the change and "this delivery is answered" commit together.
    delivery: Claim | None = None
    # A location the traveler shared, when this turn searches "near me": searches center on it.
    near: Coordinates | None = None


class Refusal(StrEnum):
    """Why a turn was not run at all (the HTTP layer maps these to 404 / 403)."""

    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class TurnOutcome:
    """The answer, the events it caused, and whether the turn was refused outright."""

    response: AgentResponse
    events: list[dict[str, Any]] = field(default_factory=list)
    refusal: Refusal | None = None
    # What the turn was read as: an intent's value, "choice" (an answer to an open prompt) or
    # "invalid" (refused before classification). Bounded, so it can label metrics.
    intent: str = "invalid"
    # The language the answer is in ("en", "es", "pt"): channels render their own words in it.
    language: str | None = None
