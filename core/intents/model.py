"""Intents and the slots extracted from a turn."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

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
    # Trip-scoped changes (core.agents.trip).
    SWAP_DAYS = "swap_days"
    ADD_DAYS = "add_days"
    REMOVE_DAYS = "remove_days"
    SET_START = "set_start"
    RELAX = "relax"
    # The trip's open meal slots (core.operations turns it into one ADD per slot).
    FILL_MEALS = "fill_meals"
    # Social and off-topic turns (core.agents.info).
    SOCIAL = "social"
    INFO = "info"
    # Which pushes to get and when (core.intents.push_preferences).
    PUSH_PREFERENCES = "push_preferences"
    UNKNOWN = "unknown"


class PartOfDay(StrEnum):
    """A part of the day a traveler names instead of a clock time ("in the morning")."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


class Topic(StrEnum):
    """What a SOCIAL or INFO turn is about."""

    GREETING = "greeting"
    THANKS = "thanks"
    BYE = "bye"
    WEATHER = "weather"
    EVENTS = "events"
    SAFETY = "safety"
    COST = "cost"
    SHARE = "share"
    EXPORT = "export"
    UNSHARE = "unshare"
    # "háblame en español": answer in another language from now on (`reply_language`).
    LANGUAGE = "language"
    # "are you a bot?", "who are you": what the assistant is (core.intents.bot_remarks).
    IDENTITY = "identity"
    # "useless bot", "no entiendes nada": the traveler is unhappy with the answers.
    COMPLAINT = "complaint"


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
    """One operation with its slots. Serializable so an open prompt can resume it later.

    Slot meanings beyond the obvious:
    - `day_ref`: a day named relative to the calendar ("today", "tomorrow", "weekday:4" for
      Friday, "date:2027-03-14", "monthday:12-09"); the orchestrator turns it into `day`
      using the trip's dates, and `to_day_ref` into `to_day` ("move it to Friday").
    - `part_of_day`: "in the morning", "tonight" (a default time when no clock time is given).
    - `interests`: what a plan should include ("beaches", "whisky", "castles"), canonical
      English search words, in the order the traveler named them.
    - `topic`: what a SOCIAL / INFO turn is about.
    - ADD_DAYS: `day_count` new days, inserted before day `day` (None: at the end).
      With `trip_days` instead: the trip made that long (days added or, asked first, removed).
      With `date` instead: the trip's new last day (made as long as it takes to end then).
      With `end_ref` instead ("weekday:6"): the new last day said as a weekday, the one
      nearest the trip's current last day ("we're staying till sunday").
    - REMOVE_DAYS: `day` (that day), or `day_count` days off the end, or `trip_days` the new
      total ("shorten the trip to 2 days").
    - SET_START: `date` the new first day. SWAP_DAYS: `day` and `to_day`. RELAX: `day`.
    - `query_language`: the language the place query was written in (search wording).
    - `reply_language`: SOCIAL / LANGUAGE, the language the traveler asks to be answered in.
    """

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
    day_ref: str | None = None
    to_day_ref: str | None = None
    part_of_day: PartOfDay | None = None
    interests: tuple[str, ...] = ()
    topic: Topic | None = None
    date: dt.date | None = None
    trip_days: int | None = None
    # ADD_DAYS: the trip's new last day said as a weekday ("volvemos el jueves").
    end_ref: str | None = None
    query_language: str | None = None
    reply_language: str | None = None
    # The clock time was said without am/pm or a 24-hour form ("at 8:15"): which half of the
    # day it means is the editor's call when the item already has a time.
    time_said_bare: bool = False
    # PLAN of day `day` (or `day_ref`) of the current trip only, keeping what is on it.
    day_only: bool = False
    # "that same day", "ese mismo día", "no mesmo dia", "put it there": the day is the one of
    # the request before, even when that request found it in the trip (a removed item's day).
    same_day: bool = False
    # SET_START without a date: the whole trip moves this many days (negative: earlier).
    shift_days: int | None = None
    # RETIME without a time: the item moves this many minutes (negative: earlier).
    shift_minutes: int | None = None
    # ADD asked as "options for…", "sugiéreme…": cards to choose from, never added at once.
    browse: bool = False
    # "lo mismo pero el viernes": the traveler's previous request again with this turn's day
    # and time (core.intents.said_again; the orchestrator finds the request in the chat).
    again: bool = False
    # ADD said just after another stop ("right after the bamboo grove"): that stop's words;
    # core.anchor_time gives the new stop a time once the trip is known.
    after: str | None = None
    # ADD said just before another stop ("antes de Monserrate", "before the caves").
    before: str | None = None
    confidence: float = 1.0


class ParsedMessage(BaseModel):
    """Everything one message asks for: its operations in order, and its language.

    `language` is None when the text is too short or mixed to tell (e.g. "2", "Sushi Zen").
    """

    model_config = ConfigDict(frozen=True)

    ops: tuple[ParsedTurn, ...] = Field(min_length=1)
    language: str | None = None

    @property
    def first(self) -> ParsedTurn:
        """The first operation (the only one for most messages)."""
        return self.ops[0]
