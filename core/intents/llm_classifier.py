"""The LLM fallback, asked only when the rules can't tell: cache → hourly limit → tool call."""

from __future__ import annotations

import logging
import re
from typing import Any, Protocol, TypeVar

from pydantic import ValidationError

from core.domain.itinerary import NodeType
from core.intents.cache import IntentCache
from core.intents.model import LAST_DAY, Intent, Meal, ParsedTurn, Preferences, Target
from core.messages import msg
from core.orchestrator import Classification

log = logging.getLogger(__name__)

PURPOSE = "intent_classification"
TOOL_NAME = "classify_turn"
MIN_CONFIDENCE = 0.5
MAX_DAY = 30  # MAX_TRIP_DAYS: a bigger number is a misread, not a day
MAX_TEXT = 200
MAX_DAY_COUNT = 30
MAX_PARTY = 50
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_MEALS = [m.value for m in Meal]
E = TypeVar("E", Intent, Meal, NodeType)

_DAY_SCHEMA: dict[str, Any] = {
    "type": "integer",
    "description": "1-based day number of the trip (1 = first day); -1 = the last day.",
}
_TIME_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$",
    "description": "24-hour time HH:MM, e.g. 19:30.",
}

CLASSIFY_TOOL: dict[str, Any] = {
    "name": TOOL_NAME,
    "description": "Record what the traveler wants to do with their itinerary, and its details.",
    "input_schema": {
        "type": "object",
        "properties": {
            "intent": {"type": "string", "enum": [i.value for i in Intent]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "query": {
                "type": "string",
                "description": "The place or kind of place to add or to put in, as the traveler "
                "said it (e.g. 'Sushi Zen', 'a sushi place').",
            },
            "meal": {"type": "string", "enum": _MEALS},
            "day": _DAY_SCHEMA,
            "to_day": {**_DAY_SCHEMA, "description": "Destination day of a move (1-based)."},
            "time": _TIME_SCHEMA,
            "target": {
                "type": "object",
                "description": "The existing itinerary item the turn is about (remove, move, "
                "replace, retime).",
                "properties": {
                    "text": {"type": "string", "description": "Its name in the traveler's words."},
                    "meal": {"type": "string", "enum": _MEALS},
                    "time": _TIME_SCHEMA,
                    "node_type": {"type": "string", "enum": [t.value for t in NodeType]},
                    "every": {
                        "type": "boolean",
                        "description": "True for 'everything' / 'all meals' on the day.",
                    },
                },
            },
            "preferences": {
                "type": "object",
                "properties": {
                    "min_rating": {"type": "number", "minimum": 0, "maximum": 5},
                    "price_levels": {
                        "type": "array",
                        "items": {"type": "integer", "minimum": 0, "maximum": 4},
                        "description": "Acceptable price levels, 0 (free) to 4 (very expensive).",
                    },
                    "open_now": {"type": "boolean"},
                },
            },
            "destination": {"type": "string", "description": "City of a trip to plan."},
            "day_count": {"type": "integer", "minimum": 1, "maximum": MAX_DAY_COUNT},
            "theme": {"type": "string", "description": "Theme of a trip to plan."},
            "party_size": {"type": "integer", "minimum": 1, "maximum": MAX_PARTY},
            "booking_ref": {"type": "string", "description": "A booking reference or name."},
            "question": {"type": "string", "description": "The question, for 'explain'."},
        },
        "required": ["intent", "confidence"],
    },
}

_SYSTEM = """\
You classify one message sent to a travel-itinerary assistant. The assistant edits the \
traveler's day-by-day trip by chat. Call the classify_turn tool exactly once.

Intents, with an example each:
- add: add a place or activity ("could we fit Sushi Zen into day 2")
- remove: take an item out ("day 3 without the museum, please")
- move: move an item to another day or time slot ("lunch should be on day 4 instead")
- replace: swap an item for another place ("the castle is closed, put the aquarium there")
- retime: change only the time of an item ("dinner on day 1 a bit later, 21:00")
- show: show the trip or a day ("what does tomorrow look like" on day 1 → day 2)
- undo: revert the last change ("oops, put it back how it was")
- help: what the assistant can do ("I'm lost, how does this work")
- plan: plan a new trip ("5 days in Lisbon with food as the theme")
- explain: a question about the trip or a place ("why is the fort first on day 2?")
- book: book an item ("reserve a table for 4 at Sushi Zen")
- list_bookings: list reservations ("which reservations have I made")
- cancel_booking: cancel a reservation ("call off the Sushi Zen reservation")
- expert: meet a local guide or expert ("someone local to show us around Goa"); query = interests
- unknown: anything else, or when you are unsure

Rules:
- Days are 1-based numbers (1 = first day of the trip); the last day is -1.
- Times are 24-hour HH:MM ("8pm" → "20:00", "noon" → "12:00").
- Fill only the fields the message states or clearly implies; omit the others.
- Take names and kinds of places from the message, in the traveler's words; use the trip below \
only to understand the message, never to fill a field the message does not mention.
- confidence is how sure you are of the intent (0 to 1). Use intent "unknown" when unsure.

The trip:
<trip>
{context}
</trip>"""


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


def system_prompt(context: str) -> str:
    """The classification instructions with the trip description filled in."""
    return _SYSTEM.format(context=context.strip() or "(no trip details)")


class LlmIntentClassifier:
    """IntentClassifier backed by the cache, the hourly AI limit and one forced tool call."""

    def __init__(self, llm: ToolCaller, cache: IntentCache, *, rate_limit_per_hour: int) -> None:
        self._llm = llm
        self._cache = cache
        self._limit = rate_limit_per_hour

    async def classify(self, text: str, *, user_id: str, context: str) -> Classification:
        """Classify a turn the rules could not.

        Args:
            text: The traveler's message.
            user_id: Whose hourly AI limit the call counts against.
            context: A short description of the trip, given to the model.

        Returns:
            The ParsedTurn when the model is confident; `Classification(None)` when it is not,
            or the call failed; a note for the traveler when their hourly limit is used up.
        """
        cached = self._cache.get(text)
        if cached is not None:
            return Classification(cached)
        if await self._llm.calls_in_last_hour(user_id) >= self._limit:
            log.info("hourly AI limit reached for user %s; rules only", user_id)
            return Classification(None, note=msg("ai_limit_note"))
        raw = await self._llm.tool_call(
            purpose=PURPOSE,
            user_id=user_id,
            system=system_prompt(context),
            user_text=text,
            tool=CLASSIFY_TOOL,
        )
        parsed = to_parsed_turn(raw) if raw is not None else None
        if parsed is None or parsed.intent is Intent.UNKNOWN or parsed.confidence < MIN_CONFIDENCE:
            return Classification(None)
        self._cache.put(text, parsed)
        return Classification(parsed)


def to_parsed_turn(raw: dict[str, Any]) -> ParsedTurn | None:
    """The tool's input → ParsedTurn, dropping every slot that is not valid.

    Args:
        raw: The `input` of the classify_turn tool use, as the model filled it.

    Returns:
        The ParsedTurn, or None when the intent or confidence is missing or invalid.
    """
    intent = _enum(Intent, raw.get("intent"))
    confidence = _number(raw.get("confidence"), 0, 1)
    if intent is None or confidence is None:
        return None
    try:
        return ParsedTurn(
            intent=intent,
            confidence=confidence,
            query=_text(raw.get("query")),
            meal=_enum(Meal, raw.get("meal")),
            day=_day(raw.get("day")),
            to_day=_day(raw.get("to_day")),
            time=_time(raw.get("time")),
            target=_target(raw.get("target")),
            preferences=_preferences(raw.get("preferences")),
            destination=_text(raw.get("destination")),
            day_count=_integer(raw.get("day_count"), 1, MAX_DAY_COUNT),
            theme=_text(raw.get("theme")),
            party_size=_integer(raw.get("party_size"), 1, MAX_PARTY),
            booking_ref=_text(raw.get("booking_ref")),
            question=_text(raw.get("question")),
        )
    except ValidationError:  # every slot is checked above; this is a last line of defense
        log.warning("classify_turn input did not make a ParsedTurn")
        return None


def _enum(kind: type[E], value: object) -> E | None:
    if not isinstance(value, str):
        return None
    try:
        return kind(value.strip().lower())
    except ValueError:
        return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())[:MAX_TEXT]
    return cleaned or None


def _number(value: object, low: float, high: float) -> float | None:
    # bool is an int in Python; "true" is never a number here.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if low <= value <= high else None


def _integer(value: object, low: int, high: int) -> int | None:
    number = _number(value, low, high)
    return int(number) if number is not None and number.is_integer() else None


def _day(value: object) -> int | None:
    if _number(value, LAST_DAY, LAST_DAY) is not None:
        return LAST_DAY
    return _integer(value, 1, MAX_DAY)


def _time(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    match = _TIME.match(value.strip())
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else None


def _target(value: object) -> Target | None:
    if not isinstance(value, dict):
        return None
    every = value.get("every")
    target = Target(
        text=_text(value.get("text")),
        meal=_enum(Meal, value.get("meal")),
        time=_time(value.get("time")),
        node_type=_enum(NodeType, value.get("node_type")),
        every=every if isinstance(every, bool) else False,
    )
    return target if target != Target() else None


def _preferences(value: object) -> Preferences | None:
    if not isinstance(value, dict):
        return None
    levels = value.get("price_levels")
    price_levels = (
        tuple(sorted({n for n in (_integer(v, 0, 4) for v in levels) if n is not None}))
        if isinstance(levels, list)
        else ()
    )
    open_now = value.get("open_now")
    preferences = Preferences(
        min_rating=_number(value.get("min_rating"), 0, 5),
        price_levels=price_levels or None,
        open_now=open_now if isinstance(open_now, bool) else None,
    )
    return preferences if preferences != Preferences() else None
