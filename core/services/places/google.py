"""Google Places API (New) text search, guarded by a circuit breaker and a daily quota."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from cachetools import TTLCache
from pydantic import SecretStr

from core.protocol import Coordinates, PlaceCandidate
from core.services.places.base import (
    PlaceDetails,
    PlaceQuery,
    PlaceSearchUnavailableError,
    Review,
)
from core.services.places.guard import CircuitBreaker, DailyQuota

log = logging.getLogger(__name__)

SEARCH_FIELD_MASK = ",".join(
    f"places.{field}"
    for field in (
        "id",
        "displayName",
        "rating",
        "userRatingCount",
        "priceLevel",
        "formattedAddress",
        "location",
        "photos",
        "currentOpeningHours.openNow",
        "types",
        "primaryTypeDisplayName",
    )
)
DETAILS_FIELD_MASK = ",".join(
    (
        "id",
        "displayName",
        "rating",
        "userRatingCount",
        "priceLevel",
        "formattedAddress",
        "location",
        "regularOpeningHours.weekdayDescriptions",
        "currentOpeningHours.openNow",
        "photos",
        "reviews",
        "editorialSummary",
        "websiteUri",
        "nationalPhoneNumber",
    )
)
MAX_PHOTOS = 5
MAX_REVIEWS = 5
PRICE_LEVELS = {
    "PRICE_LEVEL_FREE": 0,
    "PRICE_LEVEL_INEXPENSIVE": 1,
    "PRICE_LEVEL_MODERATE": 2,
    "PRICE_LEVEL_EXPENSIVE": 3,
    "PRICE_LEVEL_VERY_EXPENSIVE": 4,
}
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
_NON_CUISINE_SUFFIX = "_restaurant"


def make_google_client(base_url: str) -> httpx.AsyncClient:
    """The HTTP client for Google Places: 5 s to connect, 10 s to read."""
    return httpx.AsyncClient(base_url=base_url, timeout=TIMEOUT)


def parse_place(raw: dict[str, Any], photo_url_base: str | None) -> PlaceCandidate | None:
    """One `places[]` item of a searchText answer → PlaceCandidate (None if unusable)."""
    place_id = raw.get("id")
    name = (raw.get("displayName") or {}).get("text")
    if not place_id or not name:
        return None
    location = raw.get("location") or {}
    coordinates = (
        Coordinates(lat=location["latitude"], lng=location["longitude"])
        if "latitude" in location and "longitude" in location
        else None
    )
    photos = raw.get("photos") or []
    photo_url = None
    if photos and photo_url_base and photos[0].get("name"):
        # Our own photo route resolves the media URL server-side: the API key never leaves us.
        photo_url = f"{photo_url_base}/{photos[0]['name']}"
    types = [str(t) for t in raw.get("types") or []]
    cuisine = [
        t.removesuffix(_NON_CUISINE_SUFFIX).replace("_", " ").title()
        for t in types
        if t.endswith(_NON_CUISINE_SUFFIX)
    ]
    return PlaceCandidate(
        place_id=place_id,
        name=name,
        rating=raw.get("rating"),
        rating_count=raw.get("userRatingCount"),
        price_level=PRICE_LEVELS.get(raw.get("priceLevel", "")),
        formatted_address=raw.get("formattedAddress"),
        coordinates=coordinates,
        photo_url=photo_url,
        is_open_now=(raw.get("currentOpeningHours") or {}).get("openNow"),
        cuisine=cuisine,
        types=types,
    )


async def guarded_json(
    breaker: CircuitBreaker,
    quota: DailyQuota,
    send: Callable[[], Awaitable[httpx.Response]],
) -> dict[str, Any]:
    """One Google call behind the breaker and the quota; every failure is Unavailable.

    5xx, 429, timeouts, network errors and garbled answers count as provider failures; a 4xx
    means Google answered (our request or key is wrong), so it does not open the breaker.
    """
    if breaker.is_open:
        raise PlaceSearchUnavailableError("circuit open after repeated failures")
    if not quota.try_acquire():
        raise PlaceSearchUnavailableError("daily place search quota nearly used up")
    if not breaker.allow_request():
        raise PlaceSearchUnavailableError("circuit half-open: a trial call is under way")
    try:
        response = await send()
    except httpx.HTTPError as exc:
        breaker.record_failure()
        log.warning("Google Places call failed: %s", type(exc).__name__)
        raise PlaceSearchUnavailableError("place search did not answer") from exc
    if response.status_code >= 500 or response.status_code == 429:
        breaker.record_failure()
        log.warning("Google Places answered %d", response.status_code)
        raise PlaceSearchUnavailableError(f"place search answered {response.status_code}")
    if response.status_code >= 400:
        breaker.record_success()
        log.error(
            "Google Places rejected the call: %d %s", response.status_code, response.text[:300]
        )
        raise PlaceSearchUnavailableError(f"place search rejected ({response.status_code})")
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        breaker.record_failure()
        raise PlaceSearchUnavailableError("place search sent an unreadable answer")
    breaker.record_success()
    return body


class GooglePlacesProvider:
    """Text search on Google Places API (New)."""

    is_demo = False

    def __init__(
        self,
        client: httpx.AsyncClient,
        api_key: SecretStr,
        breaker: CircuitBreaker,
        quota: DailyQuota,
        photo_url_base: str | None = None,
    ) -> None:
        self._client = client
        self._api_key = api_key
        self._breaker = breaker
        self._quota = quota
        self._photo_url_base = photo_url_base

    covered_cities = None

    async def details(self, place_id: str) -> PlaceDetails | None:
        """GET /v1/places/{id} with the details field mask."""
        if not _PLACE_ID.match(place_id):
            return None
        headers = {
            "X-Goog-Api-Key": self._api_key.get_secret_value(),
            "X-Goog-FieldMask": DETAILS_FIELD_MASK,
        }
        answer = await guarded_json(
            self._breaker,
            self._quota,
            lambda: self._client.get(f"/v1/places/{place_id}", headers=headers),
        )
        return parse_details(answer, self._photo_url_base)

    def city_center(self, city: str) -> Coordinates | None:
        """Google needs no center: the city name in the query biases the search."""
        return None

    async def search(self, query: PlaceQuery) -> list[PlaceCandidate]:
        """POST /v1/places:searchText with a field mask; errors become PlaceSearchUnavailable."""
        body: dict[str, Any] = {"textQuery": query.text, "maxResultCount": query.max_results}
        if query.center is not None:
            body["locationBias"] = {
                "circle": {
                    "center": {"latitude": query.center.lat, "longitude": query.center.lng},
                    "radius": query.radius_meters,
                }
            }
        headers = {
            "X-Goog-Api-Key": self._api_key.get_secret_value(),
            "X-Goog-FieldMask": SEARCH_FIELD_MASK,
        }
        answer = await guarded_json(
            self._breaker,
            self._quota,
            lambda: self._client.post("/v1/places:searchText", json=body, headers=headers),
        )
        places = answer.get("places") or []
        if not isinstance(places, list):
            raise PlaceSearchUnavailableError("place search sent an unreadable answer")
        parsed = (parse_place(raw, self._photo_url_base) for raw in places if isinstance(raw, dict))
        return [candidate for candidate in parsed if candidate is not None]


def parse_details(raw: dict[str, Any], photo_url_base: str | None) -> PlaceDetails | None:
    """A Place Details answer → PlaceDetails; photos become our own redirect URLs."""
    basic = parse_place(raw, None)
    if basic is None:
        return None
    photos = [
        f"{photo_url_base}/{photo['name']}"
        for photo in (raw.get("photos") or [])[:MAX_PHOTOS]
        if photo_url_base and isinstance(photo, dict) and photo.get("name")
    ]
    reviews = [
        Review(
            author=(review.get("authorAttribution") or {}).get("displayName"),
            rating=review.get("rating"),
            text=text,
            when=review.get("relativePublishTimeDescription"),
        )
        for review in (raw.get("reviews") or [])[:MAX_REVIEWS]
        if isinstance(review, dict)
        and (text := ((review.get("text") or {}).get("text") or "").strip())
    ]
    hours = (raw.get("regularOpeningHours") or {}).get("weekdayDescriptions") or []
    return PlaceDetails(
        place_id=basic.place_id,
        name=basic.name,
        rating=basic.rating,
        rating_count=basic.rating_count,
        price_level=basic.price_level,
        formatted_address=basic.formatted_address,
        coordinates=basic.coordinates,
        opening_hours=[str(line) for line in hours],
        is_open_now=basic.is_open_now,
        photos=photos,
        reviews=reviews,
        description=(raw.get("editorialSummary") or {}).get("text"),
        website=raw.get("websiteUri"),
        phone=raw.get("nationalPhoneNumber"),
    )


_PLACE_ID = re.compile(r"^[A-Za-z0-9_-]{1,300}$")
PHOTO_NAME = re.compile(r"^places/[A-Za-z0-9_-]+/photos/[A-Za-z0-9_-]+$")


class GooglePhotoResolver:
    """Turns a photo resource name into a short-lived public photo URI (no API key in it)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        api_key: SecretStr,
        breaker: CircuitBreaker,
        quota: DailyQuota,
        clock_seconds: Callable[[], float],
        ttl_seconds: float = 3600,
    ) -> None:
        self._client = client
        self._api_key = api_key
        self._breaker = breaker
        self._quota = quota
        self._cache: TTLCache[str, str] = TTLCache(
            maxsize=1000, ttl=ttl_seconds, timer=clock_seconds
        )

    async def photo_uri(self, photo_name: str, max_width_px: int = 400) -> str | None:
        """Media endpoint with skipHttpRedirect=true → `photoUri`; None if unknown or down."""
        if not PHOTO_NAME.match(photo_name):
            return None
        if (cached := self._cache.get(photo_name)) is not None:
            return cached
        try:
            answer = await guarded_json(
                self._breaker,
                self._quota,
                lambda: self._client.get(
                    f"/v1/{photo_name}/media",
                    params={"maxWidthPx": max_width_px, "skipHttpRedirect": "true"},
                    headers={"X-Goog-Api-Key": self._api_key.get_secret_value()},
                ),
            )
        except PlaceSearchUnavailableError:
            return None
        uri = answer.get("photoUri")
        if not isinstance(uri, str) or not uri.startswith("https://"):
            return None
        self._cache[photo_name] = uri
        return uri
