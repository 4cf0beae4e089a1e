"""Intents and the slots extracted from a turn."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from core.domain.itinerary import NodeType

LAST_DAY = -1


class Intent(StrEnum):
    """What the traveler wants to do."""

    ADD = "add"
    REMOVE = "remove"
    MOVE = "move"
    REPLACE = "replace"
    RETIME = "retime"
    SHOW = "show"
    UNDO = "undo"
    HELP = "help"
    PLAN = "plan"
    EXPLAIN = "explain"
    BOOK = "book"
    LIST_BOOKINGS = "list_bookings"
    CANCEL_BOOKING = "cancel_booking"
    EXPERT = "expert"
    UNKNOWN = "unknown"


class Meal(StrEnum):
    """Meals a traveler names."""

    BREAKFAST = "breakfast"
    LUNCH = "lunch"
    DINNER = "dinner"


class Target(BaseModel):
    """Which existing itinerary item a turn is about."""

    model_config = ConfigDict(frozen=True)

    text: str | None = None
    meal: Meal | None = None
    time: str | None = None
    node_type: NodeType | None = None
    every: bool = False
    node_id: str | None = None


class Preferences(BaseModel):
    """How the traveler wants places filtered ("cheap", "4+ stars", "open now")."""

    model_config = ConfigDict(frozen=True)

    min_rating: float | None = None
    price_levels: tuple[int, ...] | None = None
    open_now: bool | None = None


class ParsedTurn(BaseModel):
    """An intent with its slots. Serializable so an open prompt can resume it later."""

    model_config = ConfigDict(frozen=True)

    intent: Intent
    query: str | None = None
    meal: Meal | None = None
    day: int | None = None
    to_day: int | None = None
    time: str | None = None
    target: Target | None = None
    preferences: Preferences | None = None
    destination: str | None = None
    day_count: int | None = None
    theme: str | None = None
    party_size: int | None = None
    booking_ref: str | None = None
    question: str | None = None
    confidence: float = 1.0
