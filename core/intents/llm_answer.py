"""The classify_turn tool's input → ParsedMessage, trusting nothing the model wrote.

A slot that is not valid (wrong type, out of bounds) is dropped; an operation without a valid
intent and confidence, or an operation list of the wrong shape, rejects the whole answer.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any, TypeVar

from pydantic import ValidationError

from core.domain.itinerary import NodeType
from core.intents.llm_schema import MAX_DAY, MAX_DAY_COUNT, MAX_INTERESTS, MAX_OPS, MAX_PARTY
from core.intents.model import (
    LAST_DAY,
    Intent,
    Meal,
    ParsedMessage,
    ParsedTurn,
    PartOfDay,
    Preferences,
    Target,
    Topic,
)

log = logging.getLogger(__name__)

MAX_TEXT = 200
MAX_INTEREST = 60
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_WEEKDAY = re.compile(r"^weekday:[0-6]$")
E = TypeVar("E", Intent, Meal, NodeType, PartOfDay, Topic)


def to_parsed_message(raw: dict[str, Any]) -> ParsedMessage | None:
    """The tool's input → ParsedMessage: every operation checked, in the order given.

    Args:
        raw: The `input` of the classify_turn tool use, as the model filled it.

    Returns:
        The ParsedMessage, or None when `operations` is not a list of 1 to MAX_OPS operations
        or any of them has no valid intent and confidence. A bad language is dropped.
    """
    operations = raw.get("operations")
    if not isinstance(operations, list) or not 1 <= len(operations) <= MAX_OPS:
        return None
    ops = [to_parsed_turn(op) if isinstance(op, dict) else None for op in operations]
    turns = [op for op in ops if op is not None]
    if len(turns) != len(ops):
        return None  # one misread operation: running the others alone would change the meaning
    return ParsedMessage(ops=tuple(turns), language=_language(raw.get("language")))


def to_parsed_turn(raw: dict[str, Any]) -> ParsedTurn | None:
    """One operation of the tool's input → ParsedTurn, dropping every slot that is not valid.

    Args:
        raw: One entry of the tool input's `operations`.

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
            query_language=_language(raw.get("query_language")),
            reply_language=_reply_language(raw.get("reply_language")),
            meal=_enum(Meal, raw.get("meal")),
            day=_day(raw.get("day")),
            to_day=_day(raw.get("to_day")),
            day_ref=_day_ref(raw.get("day_ref")),
            to_day_ref=_day_ref(raw.get("to_day_ref")),
            time=_time(raw.get("time")),
            part_of_day=_enum(PartOfDay, raw.get("part_of_day")),
            target=_target(raw.get("target")),
            preferences=_preferences(raw.get("preferences")),
            destination=_text(raw.get("destination")),
            day_count=_integer(raw.get("day_count"), 1, MAX_DAY_COUNT),
            trip_days=_integer(raw.get("trip_days"), 1, MAX_DAY),
            date=_date(raw.get("date")),
            end_ref=_end_ref(raw.get("end_ref")),
            theme=_text(raw.get("theme")),
            interests=_interests(raw.get("interests")),
            topic=_enum(Topic, raw.get("topic")),
            party_size=_integer(raw.get("party_size"), 1, MAX_PARTY),
            booking_ref=_text(raw.get("booking_ref")),
            question=_text(raw.get("question")),
            shift_days=_integer(raw.get("shift_days"), -MAX_DAY_COUNT * 7, MAX_DAY_COUNT * 7),
            shift_minutes=_integer(raw.get("shift_minutes"), -720, 720),
            day_only=raw.get("day_only") is True,
            browse=raw.get("browse") is True,
            after=_text(raw.get("after")),
        )
    except ValidationError:  # every slot is checked above; this is a last line of defense
        log.warning("classify_turn operation did not make a ParsedTurn")
        return None


def _enum(kind: type[E], value: object) -> E | None:
    if not isinstance(value, str):
        return None
    try:
        return kind(value.strip().lower())
    except ValueError:
        return None


def _text(value: object, limit: int = MAX_TEXT) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())[:limit]
    return cleaned or None


def _language(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    # "pt-BR" / "pt_BR" → "pt"; "other", "english" or "" are no language code.
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if _LANGUAGE.match(code) else None


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


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:  # "2027-02-30"
        return None


def _day_ref(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    ref = value.strip().lower()
    if ref in {"today", "tomorrow"} or _WEEKDAY.match(ref):
        return ref
    if ref.startswith("date:") and (day := _date(ref.removeprefix("date:"))) is not None:
        return f"date:{day.isoformat()}"
    return None


def _end_ref(value: object) -> str | None:
    """A last day said as a weekday ("weekday:6"); nothing else is one."""
    if not isinstance(value, str):
        return None
    ref = value.strip().lower()
    return ref if _WEEKDAY.match(ref) else None


def _interests(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    words = (_text(v, MAX_INTEREST) for v in value)
    # Canonical search words: one spelling each, in the order the traveler named them.
    unique = dict.fromkeys(w.lower() for w in words if w is not None)
    return tuple(unique)[:MAX_INTERESTS]


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


def _reply_language(raw: object) -> str | None:
    """A language the service answers in ('en', 'es', 'pt'), else None."""
    code = _language(raw)
    return code if code in {"en", "es", "pt"} else None
