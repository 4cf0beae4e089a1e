"""Google Places API (New) calls, guarded by a circuit breaker and a daily quota."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from cachetools import TTLCache
from pydantic import SecretStr

from core.messages import current_language
from core.protocol import Coordinates, PlaceCandidate
from core.services.places.base import (
    PlaceDetails,
    PlaceQuery,
    PlaceRequestRejectedError,
    PlaceSearchUnavailableError,
)
from core.services.places.google_parse import (
    DETAILS_FIELD_MASK,
    MAX_PHOTOS,
    MAX_REVIEWS,
    PRICE_LEVELS,
    SEARCH_FIELD_MASK,
    PhotoUrl,
    parse_details,
    parse_place,
)
from core.services.places.guard import CircuitBreaker, DailyQuota

log = logging.getLogger(__name__)

__all__ = [
    "DETAILS_FIELD_MASK",
    "MAX_PHOTOS",
    "MAX_REVIEWS",
    "PRICE_LEVELS",
    "SEARCH_FIELD_MASK",
    "GooglePhotoResolver",
    "GooglePlacesProvider",
    "guarded_json",
    "make_google_client",
    "parse_details",
    "parse_place",
]

TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def make_google_client(base_url: str) -> httpx.AsyncClient:
    """The HTTP client for Google Places: 5 s to connect, 10 s to read."""
    return httpx.AsyncClient(base_url=base_url, timeout=TIMEOUT)


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
    except BaseException:  # cancelled (a caller's deadline, shutdown): Google said nothing
        breaker.record_abandoned()
        raise
    if response.status_code >= 500 or response.status_code == 429:
        breaker.record_failure()
        log.warning("Google Places answered %d", response.status_code)
        raise PlaceSearchUnavailableError(f"place search answered {response.status_code}")
    if response.status_code >= 400:
        breaker.record_success()
        log.error(
            "Google Places rejected the call: %d %s", response.status_code, response.text[:300]
        )
        raise PlaceRequestRejectedError(
            f"place search rejected ({response.status_code})", response.status_code
        )
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
        photo_url: PhotoUrl | None = None,
    ) -> None:
        self._client = client
        self._api_key = api_key
        self._breaker = breaker
        self._quota = quota
        self._photo_url = photo_url

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
            # The editorial summary comes in the traveler's language where Google has one.
            lambda: self._client.get(
                f"/v1/places/{place_id}",
                headers=headers,
                params={"languageCode": current_language()},
            ),
        )
        return parse_details(answer, self._photo_url)

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
        parsed = (parse_place(raw, self._photo_url) for raw in places if isinstance(raw, dict))
        return [candidate for candidate in parsed if candidate is not None]


_PLACE_ID = re.compile(r"^[A-Za-z0-9_-]{1,300}$")
PHOTO_NAME = re.compile(r"^places/[A-Za-z0-9_-]+/photos/[A-Za-z0-9_-]+$")


class GooglePhotoResolver:
    """Turns a photo resource name into a short-lived public photo URI (no API key in it).

    Give it its own `DailyQuota`: photos are many and cheap to ask for, and must never use
    up the budget place search needs. Answers are cached, and so are misses (a name Google
    does not know, or an answer without a usable URI), so asking again costs nothing.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        api_key: SecretStr,
        breaker: CircuitBreaker,
        quota: DailyQuota,
        clock_seconds: Callable[[], float],
        ttl_seconds: float = 3600,
        miss_ttl_seconds: float = 3600,
    ) -> None:
        self._client = client
        self._api_key = api_key
        self._breaker = breaker
        self._quota = quota
        self._cache: TTLCache[str, str] = TTLCache(
            maxsize=1000, ttl=ttl_seconds, timer=clock_seconds
        )
        self._misses: TTLCache[str, bool] = TTLCache(
            maxsize=1000, ttl=miss_ttl_seconds, timer=clock_seconds
        )

    async def photo_uri(self, photo_name: str, max_width_px: int = 400) -> str | None:
        """Media endpoint with skipHttpRedirect=true → `photoUri`; None if unknown or down."""
        if not PHOTO_NAME.match(photo_name):
            return None
        if (cached := self._cache.get(photo_name)) is not None:
            return cached
        if photo_name in self._misses:
            return None
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
        except PlaceRequestRejectedError as exc:
            if exc.status_code in _UNKNOWN_PHOTO:
                self._misses[photo_name] = True
            return None
        except PlaceSearchUnavailableError:
            return None  # down, or out of budget: not a fact about this photo, not cached
        uri = answer.get("photoUri")
        if not isinstance(uri, str) or not uri.startswith("https://"):
            self._misses[photo_name] = True
            return None
        self._cache[photo_name] = uri
        return uri


# Google's answers for a photo name it does not have (400 malformed, 404 gone); a 403 is our
# key's problem, not the photo's, and is not remembered against it.
_UNKNOWN_PHOTO = frozenset({400, 404})
