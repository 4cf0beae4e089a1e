"""PlaceResolutionService: query building, caching, filtering and ranking over a provider."""

from __future__ import annotations

import re

from cachetools import TTLCache
from rapidfuzz import fuzz, process

from core.clock import Clock
from core.domain.itinerary import NodeType
from core.metrics import PLACE_SEARCHES
from core.protocol import Coordinates, PlaceCandidate
from core.services.places.base import (
    PlaceDetails,
    PlaceProvider,
    PlaceQuery,
    PlaceSearchFilters,
)
from core.services.places.geo import distance_meters
from core.text import fold

# "kioto" for Kyoto, "edimburgo"-like typos: a word this close to a known city names it.
CITY_SPELLING_SCORE = 80
_MEAL_WORDS = re.compile(r"\b(breakfast|brunch|lunch|dinner|supper|meal)\b", re.IGNORECASE)
# Breakfast or brunch said alone also says what kind of place (a café, a bakery, a brunch
# spot): searched as such, not as "restaurant".
_MORNING_MEAL = re.compile(r"^\s*(?:breakfast|brunch)\s*$", re.IGNORECASE)
_EATERY_WORDS = frozenset(
    {"restaurant", "restaurants", "cafe", "cafes", "bar", "bars", "bakery", "coffee", "bistro"}
)


def build_search_query(title: str, node_type: NodeType | None, city: str | None) -> str:
    """PRD §9.3: 'Sushi Dinner' + meal + 'Hadibo' → 'Sushi restaurant in Hadibo'."""
    text = title
    if node_type is NodeType.MEAL and _MORNING_MEAL.match(text):
        text = text.strip().lower()
    elif node_type is NodeType.MEAL:
        text = " ".join(_MEAL_WORDS.sub("", text).split())
        if not _EATERY_WORDS & set(fold(text).split()):
            text = f"{text} restaurant".strip()
    text = " ".join(text.split())
    if city and f" {fold(city)} " not in f" {fold(text)} ":
        text = f"{text} in {city}"
    return text


def passes(candidate: PlaceCandidate, filters: PlaceSearchFilters) -> bool:
    """Whether a candidate meets every set filter; unknown values fail a set filter."""
    checks = (
        filters.min_rating is None
        or (candidate.rating is not None and candidate.rating >= filters.min_rating),
        filters.min_review_count is None
        or (
            candidate.rating_count is not None
            and candidate.rating_count >= filters.min_review_count
        ),
        filters.price_levels is None or candidate.price_level in filters.price_levels,
        not filters.open_now or candidate.is_open_now is True,
        filters.types is None or bool(set(filters.types) & set(candidate.types)),
    )
    return all(checks)


def rank(candidates: list[PlaceCandidate]) -> list[PlaceCandidate]:
    """Rating descending, then distance ascending; unknowns last."""
    return sorted(
        candidates,
        key=lambda c: (
            -(c.rating if c.rating is not None else -1),
            c.distance if c.distance is not None else float("inf"),
        ),
    )


PROVIDER_PAGE = 20
CacheKey = tuple[str, str, tuple[float, float] | None, PlaceSearchFilters]


class PlaceResolutionService:
    """Searches places for the agents; results are cached (TTL + LRU) per query and filters."""

    def __init__(
        self,
        provider: PlaceProvider,
        clock: Clock,
        *,
        max_results: int = 8,
        cache_ttl_seconds: float = 3600,
        cache_size: int = 1000,
    ) -> None:
        self.provider = provider
        self._max_results = max_results
        self._cache: TTLCache[CacheKey, list[PlaceCandidate]] = TTLCache(
            maxsize=cache_size, ttl=cache_ttl_seconds, timer=clock.monotonic
        )
        self._details: TTLCache[str, PlaceDetails] = TTLCache(
            maxsize=cache_size, ttl=cache_ttl_seconds, timer=clock.monotonic
        )
        self.cache_hits = 0
        self.cache_misses = 0

    @property
    def cache_hit_ratio(self) -> float | None:
        """Share of searches answered from the cache so far (None before the first)."""
        total = self.cache_hits + self.cache_misses
        return None if total == 0 else self.cache_hits / total

    async def details(self, place_id: str) -> PlaceDetails | None:
        """Details of one place (cached like searches); PlaceSearchUnavailableError when down."""
        if (cached := self._details.get(place_id)) is not None:
            return cached
        found = await self.provider.details(place_id)
        if found is not None:
            self._details[place_id] = found
        return found

    @property
    def is_demo(self) -> bool:
        """True when results come from the demo dataset."""
        return self.provider.is_demo

    def covers(self, city: str) -> bool:
        """Whether search can find anything in `city` (demo data knows only a few cities)."""
        return self.provider.covered_cities is None or self.provider.city_center(city) is not None

    def city_in(self, said: str) -> str:
        """The city a destination phrase names, where search knows only some cities.

        "kioto please" and "Kyoto pra mim" are Kyoto; anywhere else the phrase as said.
        """
        cities = self.covered_cities
        if cities is None or self.covers(said):
            return said
        words = said.split()
        for size in range(min(3, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start : start + size])
                if self.covers(phrase):
                    return phrase
        by_name = {fold(city): city for city in cities}
        for word in words:
            close = process.extractOne(fold(word), list(by_name), scorer=fuzz.ratio)
            if close is not None and close[1] >= CITY_SPELLING_SCORE:
                return by_name[close[0]]
        return said

    @property
    def covered_cities(self) -> list[str] | None:
        """The cities search is limited to, or None for anywhere."""
        return self.provider.covered_cities

    def city_center(self, city: str) -> Coordinates | None:
        """A known center for a city, if the provider has one."""
        return self.provider.city_center(city)

    async def search(
        self,
        text: str,
        *,
        city: str | None,
        center: Coordinates | None = None,
        filters: PlaceSearchFilters | None = None,
        max_results: int | None = None,
    ) -> list[PlaceCandidate]:
        """Ranked candidates for a query; raises PlaceSearchUnavailableError when down."""
        filters = filters or PlaceSearchFilters()
        # Cards shown to a traveler stop at PLACE_SEARCH_MAX_RESULTS; internal callers (the
        # planner) may ask for up to the provider's page of 20.
        limit = max(1, min(max_results or self._max_results, PROVIDER_PAGE))
        rounded = (round(center.lat, 3), round(center.lng, 3)) if center else None
        key: CacheKey = (fold(text), fold(city or ""), rounded, filters)
        cached = self._cache.get(key)
        hit = cached is not None
        PLACE_SEARCHES.labels(result="hit" if hit else "miss").inc()
        if hit:
            self.cache_hits += 1
        else:
            self.cache_misses += 1
        if cached is None:
            found = await self.provider.search(
                PlaceQuery(text=text, city=city, center=center, max_results=20)
            )
            with_distance = [
                c.model_copy(update={"distance": distance_meters(center, c.coordinates)})
                if center is not None and c.coordinates is not None
                else c
                for c in found
            ]
            cached = rank([c for c in with_distance if passes(c, filters)])
            self._cache[key] = cached
        return cached[:limit]
