"""The classify_turn tool the LLM fallback is forced to call, and its bounds.

One answer holds the message's language and its operations in the order asked, each with every
intent and slot of core.intents.model, so odd phrasing and several requests in one message come
back as the same ParsedMessage the rules give.
"""

from __future__ import annotations

from typing import Any

from core.domain.itinerary import NodeType
from core.intents.model import Intent, Meal, PartOfDay, Topic

TOOL_NAME = "classify_turn"
MAX_OPS = 5
MAX_DAY = 30  # MAX_TRIP_DAYS: a bigger number is a misread, not a day
MAX_DAY_COUNT = 30
MAX_PARTY = 50
MAX_INTERESTS = 10

_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$"
_LANGUAGE: dict[str, Any] = {
    "type": "string",
    "pattern": "^[a-z]{2}$",
}
_MEALS: dict[str, Any] = {"type": "string", "enum": [m.value for m in Meal]}
_DAY: dict[str, Any] = {
    "type": "integer",
    "description": "1-based day number of the trip (1 = first day); -1 = the last day.",
}
_TIME: dict[str, Any] = {
    "type": "string",
    "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$",
    "description": "24-hour time HH:MM, e.g. 19:30.",
}

OPERATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "intent": {"type": "string", "enum": [i.value for i in Intent]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "query": {
            "type": "string",
            "description": "The place or kind of place to add or to put in. Names as the "
            "traveler wrote them ('Sushi Zen', 'Museo del Oro'); kind-of-place words in English "
            "('un lugar de mariscos' → 'seafood place'). For expert: what they should know.",
        },
        "query_language": {
            **_LANGUAGE,
            "description": "Two-letter code of the language the query is written in.",
        },
        "time_said_bare": {
            "type": "boolean",
            "description": "True when the time was said without am/pm or a 24-hour clock "
            "('at 8:15', 'a las 8'), so it may mean either half of the day.",
        },
        "meal": _MEALS,
        "day": _DAY,
        "to_day": {**_DAY, "description": "Destination day of a move, or the other swapped day."},
        "day_ref": {
            "type": "string",
            "pattern": "^(today|tomorrow|weekday:[0-6]|date:\\d{4}-\\d{2}-\\d{2})$",
            "description": "A day named by the calendar instead of a trip day number: 'today', "
            "'tomorrow', 'weekday:N' (0 = Monday … 6 = Sunday) or 'date:YYYY-MM-DD'.",
        },
        "to_day_ref": {
            "type": "string",
            "pattern": "^(today|tomorrow|weekday:[0-6]|date:\\d{4}-\\d{2}-\\d{2})$",
            "description": "The day a move goes to, named by the calendar (as day_ref).",
        },
        "time": _TIME,
        "part_of_day": {
            "type": "string",
            "enum": [p.value for p in PartOfDay],
            "description": "A part of the day named instead of a clock time.",
        },
        "target": {
            "type": "object",
            "description": "The existing itinerary item the operation is about (remove, move, "
            "replace, retime).",
            "properties": {
                "text": {"type": "string", "description": "Its name in the traveler's words."},
                "meal": _MEALS,
                "time": _TIME,
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
        "destination": {
            "type": "string",
            "description": "City of a trip to plan, or where a local expert is wanted.",
        },
        "day_count": {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_DAY_COUNT,
            "description": "Days of a trip to plan, or days to add or take off.",
        },
        "trip_days": {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_DAY,
            "description": "The trip's new total length in days ('make it 3 days').",
        },
        "end_ref": {
            "type": "string",
            "pattern": "^weekday:[0-6]$",
            "description": "For add_days: the trip's new last day said as a weekday, "
            "weekday:0 (Monday) to weekday:6 ('we're staying till sunday' → weekday:6).",
        },
        "date": {
            "type": "string",
            "pattern": _DATE_PATTERN,
            "description": "A calendar date YYYY-MM-DD (the trip's new first day).",
        },
        "shift_days": {
            "type": "integer",
            "minimum": -MAX_DAY_COUNT * 7,
            "maximum": MAX_DAY_COUNT * 7,
            "description": "For set_start without a date: move the whole trip this many days "
            "(negative: earlier) ('push everything back a week' → 7).",
        },
        "shift_minutes": {
            "type": "integer",
            "minimum": -720,
            "maximum": 720,
            "description": "For retime without a time: move the item this many minutes "
            "(negative: earlier) ('dinner an hour later' → 60).",
        },
        "day_only": {
            "type": "boolean",
            "description": "For plan: plan only day `day` of the current trip, keeping what "
            "is on it ('plan day 4 for me', 'organiza el sábado').",
        },
        "browse": {
            "type": "boolean",
            "description": "For add: the traveler asked to see options or suggestions "
            "('options for dinner on day 3?', 'sugiéreme museos'): show cards, add nothing yet.",
        },
        "after": {
            "type": "string",
            "description": "For add: the trip's stop the new one goes just after, in the "
            "traveler's words ('right after the bamboo grove' → 'bamboo grove').",
        },
        "before": {
            "type": "string",
            "description": "For add: the trip's stop the new one goes just before, in the "
            "traveler's words ('antes de Monserrate' → 'Monserrate').",
        },
        "same_day": {
            "type": "boolean",
            "description": "True when an operation with no day of its own is said to be on the "
            "day of the operation before it ('ese mismo día', 'that same day', 'put it there').",
        },
        "again": {
            "type": "boolean",
            "description": "True when the message only asks to repeat the traveler's previous "
            "request on another day or time ('lo mismo pero el viernes', 'same but at 8'): "
            "intent unknown, with the new day / day_ref / time.",
        },
        "theme": {"type": "string", "description": "Theme of a trip to plan."},
        "interests": {
            "type": "array",
            "maxItems": MAX_INTERESTS,
            "items": {"type": "string"},
            "description": "What a plan or a local expert should cover, as canonical English "
            "search words in the order named ('playas y whisky' → ['beaches', 'whisky']).",
        },
        "topic": {"type": "string", "enum": [t.value for t in Topic]},
        "party_size": {"type": "integer", "minimum": 1, "maximum": MAX_PARTY},
        "booking_ref": {"type": "string", "description": "A booking reference or name."},
        "question": {"type": "string", "description": "The question, for 'explain'."},
        "reply_language": {
            **_LANGUAGE,
            "description": "For social with topic 'language': the language the traveler asks "
            "to be answered in from now on ('háblame en inglés' → 'en').",
        },
    },
    "required": ["intent", "confidence"],
}

CLASSIFY_TOOL: dict[str, Any] = {
    "name": TOOL_NAME,
    "description": "Record what the traveler's message asks for: its language, and each "
    "operation on their itinerary with its details, in the order asked.",
    "input_schema": {
        "type": "object",
        "properties": {
            "language": {
                **_LANGUAGE,
                "description": "Two-letter code of the message's language ('en', 'es', 'pt', "
                "or another); omit when the message is too short or mixed to tell.",
            },
            "operations": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_OPS,
                "items": OPERATION_SCHEMA,
            },
        },
        "required": ["operations"],
    },
}
