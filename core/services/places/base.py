"""What every place provider offers, and the errors it may raise."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from core.protocol import Coordinates, PlaceCandidate

# Place types that are sights to visit, shared by search categories and itinerary node types.
SIGHT_TYPES = frozenset(
    {
        "tourist_attraction",
        "museum",
        "park",
        "viewpoint",
        "beach",
        "temple",
        "church",
        "hiking_area",
        "market",
        "landmark",
    }
)


class PlaceSearchFilters(BaseModel):
    """Filters applied to provider results (PRD §9.1)."""

    model_config = ConfigDict(frozen=True)

    min_rating: float | None = None
    min_review_count: int | None = None
    price_levels: tuple[int, ...] | None = None
    open_now: bool | None = None
    types: tuple[str, ...] | None = None


class PlaceQuery(BaseModel):
    """One text search as sent to a provider."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(min_length=1)
    city: str | None = None
    center: Coordinates | None = None
    radius_meters: float = 5000
    max_results: int = Field(default=8, ge=1, le=20)


class Review(BaseModel):
    """One traveler review as the provider gives it."""

    model_config = ConfigDict(frozen=True)

    author: str | None = None
    rating: float | None = None
    text: str
    when: str | None = None


class PlaceDetails(BaseModel):
    """Everything known about one place beyond a search result (enrichment, explanations)."""

    model_config = ConfigDict(frozen=True)

    place_id: str
    name: str
    rating: float | None = None
    rating_count: int | None = None
    price_level: int | None = None
    formatted_address: str | None = None
    coordinates: Coordinates | None = None
    opening_hours: list[str] = Field(default_factory=list)
    daily_hours: tuple[str, str] | None = None
    always_open: bool = False
    is_open_now: bool | None = None
    photos: list[str] = Field(default_factory=list)
    reviews: list[Review] = Field(default_factory=list)
    description: str | None = None
    # The language `description` is written in ("en"): shown only in answers in that language.
    description_language: str | None = None
    website: str | None = None
    phone: str | None = None

    def to_enrichment(self) -> dict[str, object]:
        """The JSON stored on an itinerary node (camelCase, unknowns left out)."""
        data: dict[str, object] = {
            "rating": self.rating,
            "ratingCount": self.rating_count,
            "priceLevel": self.price_level,
            "formattedAddress": self.formatted_address,
            "coordinates": self.coordinates.model_dump() if self.coordinates else None,
            "openingHours": self.opening_hours or None,
            "dailyHours": list(self.daily_hours) if self.daily_hours else None,
            "alwaysOpen": self.always_open or None,
            "photos": self.photos or None,
            "reviews": [r.model_dump(exclude_none=True) for r in self.reviews] or None,
            "description": self.description,
            "website": self.website,
            "phone": self.phone,
        }
        return {key: value for key, value in data.items() if value is not None}


class PlaceSearchUnavailableError(Exception):
    """The provider cannot answer right now (down, timing out, breaker open, quota spent)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PlaceRequestRejectedError(PlaceSearchUnavailableError):
    """The provider answered and refused this request (4xx): asking again gets the same."""

    def __init__(self, reason: str, status_code: int) -> None:
        super().__init__(reason)
        self.status_code = status_code


class PlaceProvider(Protocol):
    """A source of places. Results are raw: the resolution service filters and sorts them."""

    @property
    def is_demo(self) -> bool:
        """True for the offline demo dataset."""
        ...

    async def search(self, query: PlaceQuery) -> list[PlaceCandidate]:
        """Search by text; raise PlaceSearchUnavailableError when the provider can't answer."""
        ...

    async def details(self, place_id: str) -> PlaceDetails | None:
        """Details of one place (None if unknown); PlaceSearchUnavailableError when down."""
        ...

    def city_center(self, city: str) -> Coordinates | None:
        """A known center for a city name, if the provider has one."""
        ...

    @property
    def covered_cities(self) -> list[str] | None:
        """The only cities this provider knows (demo data), or None for anywhere."""
        ...
