"""Request bodies of the HTTP API (camelCase on the wire)."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

from core.domain.itinerary import check_time
from core.nul import has_nul
from core.services.itinerary import MAX_TRIP_DAYS

# Bounds that keep numbers inside a database integer (and inside reason): a price or budget in
# the traveler's currency, a count of reviews, a response time of at most a year.
MAX_AMOUNT = 10_000_000
MAX_COUNT = 100_000_000
MAX_MINUTES = 525_600


class ApiModel(BaseModel):
    """camelCase JSON, unknown fields rejected so typos are noticed; no NUL in any text."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        # PostgreSQL cannot store U+0000 (SQLite can): refuse it up front, the same on both.
        if has_nul(data):
            msg = "text must not contain the NUL character (U+0000)"
            raise ValueError(msg)
        return data


class TravelerCreate(ApiModel):
    """POST /api/v1/travelers."""

    name: str = Field(min_length=1, max_length=200)
    locale: str = Field(default="en", pattern=r"^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})?$")
    timezone: str = "UTC"
    phone: str | None = Field(default=None, pattern=r"^\+[1-9]\d{6,14}$")
    quiet_start: str | None = None
    quiet_end: str | None = None

    _clock_times = field_validator("quiet_start", "quiet_end")(check_time)

    @model_validator(mode="after")
    def _both_or_neither(self) -> TravelerCreate:
        if (self.quiet_start is None) != (self.quiet_end is None):
            msg = "give both quietStart and quietEnd (HH:MM), or neither"
            raise ValueError(msg)
        return self

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            msg = f"unknown time zone {value!r} (use an IANA name like 'Europe/Lisbon')"
            raise ValueError(msg) from None
        return value


class ItineraryCreate(ApiModel):
    """POST /api/v1/itineraries."""

    user_id: str | None = None
    destination: str = Field(min_length=1, max_length=200)
    start_date: date | None = None
    days: int = Field(ge=1, le=MAX_TRIP_DAYS)

    @field_validator("destination")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            msg = "destination must not be blank"
            raise ValueError(msg)
        return value.strip()


class ChatRequest(ApiModel):
    """PRD §12.5: text or selectedIndex (which answers the open prompt)."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")

    text: str | None = Field(default=None, max_length=100_000)
    itinerary_id: str | None = None
    user_id: str | None = None
    scope: str | None = None
    day: int | None = Field(default=None, ge=1, le=MAX_TRIP_DAYS)
    selected_index: int | None = Field(default=None, ge=0, le=1000)
    prompt_id: str | None = Field(default=None, max_length=32)

    @model_validator(mode="after")
    def _text_or_choice(self) -> ChatRequest:
        if self.text is None and self.selected_index is None:
            msg = "send 'text' or 'selectedIndex'"
            raise ValueError(msg)
        return self


class LeadCreate(ApiModel):
    """POST /api/v1/leads."""

    traveler_id: str = Field(min_length=1, max_length=32)
    itinerary_id: str | None = Field(default=None, max_length=32)
    market: str = Field(min_length=1, max_length=100)
    start_date: date | None = None
    end_date: date | None = None
    interests: list[str] = Field(default_factory=list, max_length=30)
    budget: int | None = Field(default=None, ge=0, le=MAX_AMOUNT)
    languages: list[str] = Field(default_factory=list, max_length=20)
    message: str = Field(default="", max_length=10_000)

    @model_validator(mode="after")
    def _dates_in_order(self) -> LeadCreate:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            msg = "endDate must not be before startDate"
            raise ValueError(msg)
        if not self.market.strip():
            msg = "market must not be blank"
            raise ValueError(msg)
        return self


class ExpertCreate(ApiModel):
    """POST /api/v1/admin/experts."""

    name: str = Field(min_length=1, max_length=200)
    market: str = Field(min_length=1, max_length=100)
    specialties: list[str] = Field(default_factory=list, max_length=50)
    languages: list[str] = Field(default_factory=list, max_length=20)
    price_min: int = Field(default=0, ge=0, le=MAX_AMOUNT)
    price_max: int = Field(default=0, ge=0, le=MAX_AMOUNT)
    rating: float = Field(default=0.0, ge=0, le=5)
    review_count: int = Field(default=0, ge=0, le=MAX_COUNT)
    median_response_minutes: int = Field(default=60, ge=0, le=MAX_MINUTES)
    slack_user_id: str | None = Field(default=None, max_length=32)

    @model_validator(mode="after")
    def _range(self) -> ExpertCreate:
        if self.price_max < self.price_min:
            msg = "priceMax must not be below priceMin"
            raise ValueError(msg)
        return self


class ExpertUpdate(ApiModel):
    """PATCH /api/v1/admin/experts/{id}: only the fields given change."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    market: str | None = Field(default=None, min_length=1, max_length=100)
    specialties: list[str] | None = Field(default=None, max_length=50)
    languages: list[str] | None = Field(default=None, max_length=20)
    price_min: int | None = Field(default=None, ge=0, le=MAX_AMOUNT)
    price_max: int | None = Field(default=None, ge=0, le=MAX_AMOUNT)
    rating: float | None = Field(default=None, ge=0, le=5)
    review_count: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    median_response_minutes: int | None = Field(default=None, ge=0, le=MAX_MINUTES)
    slack_user_id: str | None = Field(default=None, max_length=32)
