"""The Grok guide's intelligence items (§14), validated one at a time, and what makes two the same.

The guide's JSON holds events, safety updates, trending experiences and the weather of one of
the eight markets. Each item is checked on its own so a malformed one can be skipped alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from core.text import fold

MARKETS = ("Mumbai", "Bogotá", "Goa", "Kyoto", "Edinburgh", "Cartagena", "Jaipur", "Porto")
ALERT_SEVERITIES = ("critical", "high")
SAFETY_HORIZON = dt.timedelta(days=7)
WEATHER_HORIZON = dt.timedelta(days=1)
TREND_HORIZON = dt.timedelta(days=7)
SENTIMENT_SCORES = {"positive": 0.8, "neutral": 0.0, "negative": -0.8}
IntelType = Literal["event", "safety", "trend", "weather"]
_FOLDED_MARKETS = {fold(name): name for name in MARKETS}


def canonical_market(name: str) -> str | None:
    """The market's own spelling for any casing or accents ('bogota' → 'Bogotá'), else None."""
    return _FOLDED_MARKETS.get(fold(name))


def market_of_destination(destination: str) -> str | None:
    """The market an itinerary goes to: 'Kyoto' or 'Kyoto, Japan' → 'Kyoto'."""
    return canonical_market(destination) or canonical_market(destination.split(",", maxsplit=1)[0])


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


def _round(value: object) -> object:
    return round(value) if isinstance(value, float) else value


Lower = Annotated[str, BeforeValidator(_lower)]


class _Item(BaseModel):
    """Unknown fields are dropped, text is trimmed; what remains is what gets stored."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, populate_by_name=True)


class EventItem(_Item):
    """One entry of `events`."""

    intel_type: ClassVar[str] = "event"
    name: str = Field(min_length=1, max_length=255)
    date: dt.date
    category: Lower = "other"
    impact: Lower | None = None
    description: str = Field(default="", max_length=2000)
    source_url: str | None = None


class SafetyItem(_Item):
    """One entry of `safety_updates`; only the severity decides whether travelers are alerted."""

    intel_type: ClassVar[str] = "safety"
    kind: Lower = Field(default="travel_advisory", alias="type")
    severity: Annotated[Literal["critical", "high", "medium", "low"], BeforeValidator(_lower)]
    description: str = Field(min_length=1, max_length=2000)
    areas_affected: list[str] = Field(default_factory=list)
    valid_until: dt.date | None = None
    source_url: str | None = None


class TrendItem(_Item):
    """One entry of `trending_experiences`."""

    intel_type: ClassVar[str] = "trend"
    name: str = Field(min_length=1, max_length=255)
    category: Lower = Field(default="activity", max_length=32)
    trend_score: Annotated[int, BeforeValidator(_round)] = 0
    sentiment: Lower | None = None
    description: str | None = Field(default=None, max_length=2000)
    price_range: str | None = None
    x_mentions: int = Field(default=0, ge=0)
    recent_reviews: list[str] = Field(default_factory=list)
    source_url: str | None = None

    @model_validator(mode="after")
    def _clamp(self) -> TrendItem:
        # A score of 120 is still "very trending", not a reason to drop the item.
        self.trend_score = max(0, min(100, self.trend_score))
        return self


class WeatherItem(_Item):
    """The `weather` object."""

    intel_type: ClassVar[str] = "weather"
    current: str | None = None
    forecast_7day: list[str] = Field(default_factory=list)
    seasonal_note: str | None = None
    packing_suggestion: str | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> WeatherItem:
        if not (self.current or self.forecast_7day or self.seasonal_note):
            msg = "weather needs current, forecast_7day or seasonal_note"
            raise ValueError(msg)
        return self


Item = EventItem | SafetyItem | TrendItem | WeatherItem
MODELS: dict[str, type[Item]] = {
    "event": EventItem,
    "safety": SafetyItem,
    "trend": TrendItem,
    "weather": WeatherItem,
}
# Where each type sits in the guide's payload.
PAYLOAD_KEYS: tuple[tuple[IntelType, str], ...] = (
    ("event", "events"),
    ("safety", "safety_updates"),
    ("trend", "trending_experiences"),
)


def parse_item(intel_type: str, raw: object) -> Item:
    """Validate one item; raises pydantic's ValidationError when it is unusable."""
    return MODELS[intel_type].model_validate(raw)


def content_hash(item: Item) -> str:
    """A hash of what makes an item the same item, folded so case and spacing do not count.

    Grok rephrases on every run, so events and trends are identified by name (and date), not by
    their wording; a safety update by its source, type, severity and areas (its wording only when
    it has no source). Weather is identified by all of its content.
    """
    data = item.model_dump(mode="json", by_alias=True)
    if isinstance(item, EventItem):
        identity: dict[str, Any] = {"name": fold(item.name), "date": data["date"]}
    elif isinstance(item, TrendItem):
        identity = {"name": fold(item.name)}
    elif isinstance(item, SafetyItem):
        identity = {
            "type": item.kind,
            "severity": item.severity,
            "areas": sorted(fold(area) for area in item.areas_affected),
            "source": item.source_url or fold(item.description),
        }
    else:
        identity = data
    text = json.dumps(identity, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()


def _end_of(day: dt.date) -> dt.datetime:
    """The first instant after `day` (UTC): an item valid until a date is valid all that day."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)


def default_valid_until(item: Item, now: dt.datetime) -> dt.datetime:
    """Events: the day after; safety: its own date or a week; weather: a day; trends: a week."""
    if isinstance(item, EventItem):
        return _end_of(item.date)
    if isinstance(item, SafetyItem):
        return _end_of(item.valid_until) if item.valid_until else now + SAFETY_HORIZON
    if isinstance(item, WeatherItem):
        return now + WEATHER_HORIZON
    return now + TREND_HORIZON
