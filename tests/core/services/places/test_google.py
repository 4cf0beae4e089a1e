"""GooglePlacesProvider against a mocked Places API (New): request, parsing, breaker, quota."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from pydantic import SecretStr

from core.protocol import Coordinates
from core.services.places.base import PlaceQuery, PlaceSearchUnavailableError
from core.services.places.google import (
    SEARCH_FIELD_MASK,
    GooglePhotoResolver,
    GooglePlacesProvider,
    make_google_client,
    parse_place,
)
from core.services.places.guard import CircuitBreaker, DailyQuota
from core.services.places.photo_links import PhotoLinks
from tests.fakes.clock import FakeClock

BASE_URL = "https://places.test"
SEARCH_PATH = "/v1/places:searchText"
API_KEY = "AIzaSy-test-SECRET-key-0123456789"
PHOTO_BASE = "https://chat.test/api/v1/places/photo"
LINKS = PhotoLinks(PHOTO_BASE, SecretStr("photo-link-secret-0123456789"))
PAYLOADS = Path(__file__).resolve().parents[3] / "payloads" / "google"
QUERY = PlaceQuery(text="sushi restaurant in Porto")


def payload(name: str) -> Any:
    return json.loads((PAYLOADS / name).read_text(encoding="utf-8"))


def ok(name: str = "search_text_sushi.json") -> httpx.Response:
    return httpx.Response(200, json=payload(name))


@pytest.fixture
async def http_client() -> AsyncIterator[httpx.AsyncClient]:
    client = make_google_client(BASE_URL)
    yield client
    await client.aclose()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture
def route(api: respx.MockRouter) -> respx.Route:
    return api.post(SEARCH_PATH)


@pytest.fixture
def breaker(clock: FakeClock) -> CircuitBreaker:
    return CircuitBreaker(clock)


@pytest.fixture
def quota(clock: FakeClock) -> DailyQuota:
    return DailyQuota(clock, 1000)


@pytest.fixture
def provider(
    http_client: httpx.AsyncClient, breaker: CircuitBreaker, quota: DailyQuota
) -> GooglePlacesProvider:
    return GooglePlacesProvider(
        http_client, SecretStr(API_KEY), breaker, quota, photo_url=LINKS.url
    )


async def fail_times(provider: GooglePlacesProvider, count: int) -> None:
    for _ in range(count):
        with pytest.raises(PlaceSearchUnavailableError):
            await provider.search(QUERY)


# --- client ------------------------------------------------------------------------------------


def test_client_timeouts_are_5s_connect_and_10s_read() -> None:
    client = make_google_client(BASE_URL)
    assert client.timeout.connect == 5.0
    assert client.timeout.read == 10.0
    assert str(client.base_url).rstrip("/") == BASE_URL


def test_provider_is_not_demo_and_has_no_city_centers(provider: GooglePlacesProvider) -> None:
    assert provider.is_demo is False
    assert provider.city_center("Porto") is None


# --- request -----------------------------------------------------------------------------------


async def test_request_is_a_post_to_search_text_with_key_and_field_mask(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(return_value=ok())

    await provider.search(PlaceQuery(text="sushi restaurant in Porto", max_results=5))

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == "POST"
    assert request.url.host == "places.test"
    assert request.url.path == SEARCH_PATH
    assert request.headers["X-Goog-Api-Key"] == API_KEY
    mask = request.headers["X-Goog-FieldMask"].split(",")
    assert mask == SEARCH_FIELD_MASK.split(",")
    for field in ("places.id", "places.displayName", "places.currentOpeningHours.openNow"):
        assert field in mask
    assert all(field.startswith("places.") for field in mask)
    # The key travels in the header only, never in the URL.
    assert API_KEY not in str(request.url)
    assert json.loads(request.content) == {
        "textQuery": "sushi restaurant in Porto",
        "maxResultCount": 5,
    }


async def test_center_adds_a_location_bias_circle(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(return_value=ok())
    query = PlaceQuery(
        text="sushi",
        city="Porto",
        center=Coordinates(lat=41.1496, lng=-8.6109),
        radius_meters=2500,
        max_results=20,
    )

    await provider.search(query)

    body = json.loads(route.calls.last.request.content)
    assert body == {
        "textQuery": "sushi",
        "maxResultCount": 20,
        "locationBias": {
            "circle": {
                "center": {"latitude": 41.1496, "longitude": -8.6109},
                "radius": 2500.0,
            }
        },
    }


async def test_default_radius_is_5000_meters(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(return_value=ok())

    await provider.search(PlaceQuery(text="sushi", center=Coordinates(lat=1.5, lng=2.5)))

    body = json.loads(route.calls.last.request.content)
    assert body["locationBias"]["circle"]["radius"] == 5000


# --- parsing -----------------------------------------------------------------------------------


async def test_search_parses_every_usable_place_in_order(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(return_value=ok())

    found = await provider.search(QUERY)

    assert [c.place_id for c in found] == [
        "ChIJ7cv00DwsDogRAMDACa2m4K8",
        "ChIJN1t_tDeuEmsRUsoyG83frY4",
        "ChIJ2eUgeAK6j4ARbn5u_wAGqWA",
        "ChIJx9Lr6zBKJA0RfH4Yr0m1c2Q",
    ]
    assert [c.name for c in found] == [
        "Sushi Douro",
        "Kaizen Omakase",
        "Sushi Express Bolhão",
        "Nori & Co.",
    ]
    assert [c.price_level for c in found] == [2, 3, 1, None]
    assert [c.is_open_now for c in found] == [True, False, True, None]
    assert [c.rating for c in found] == [4.6, 4.3, 3.9, None]
    assert [c.rating_count for c in found] == [1287, 562, 88, None]


async def test_search_maps_all_fields_of_a_full_place(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(return_value=ok())

    first = (await provider.search(QUERY))[0]

    assert first.formatted_address == "Rua de Cedofeita 123, 4050-174 Porto, Portugal"
    assert first.coordinates == Coordinates(lat=41.1527283, lng=-8.6184531)
    assert first.cuisine == ["Sushi", "Japanese"]
    assert first.types == [
        "sushi_restaurant",
        "japanese_restaurant",
        "restaurant",
        "food",
        "point_of_interest",
        "establishment",
    ]
    # Only the first photo is used, through our own photo route, signed.
    name = "places/ChIJ7cv00DwsDogRAMDACa2m4K8/photos/AelY_CtXz3nQp9hW1_Tk0aLrYQb8sJ2mFv4uNcDx"
    assert first.photo_url == f"{PHOTO_BASE}/{name}?sig={LINKS.signature(name)}"
    assert first.distance is None


async def test_place_without_rating_price_photos_or_hours_keeps_them_unknown(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(return_value=ok())

    bare = (await provider.search(QUERY))[3]

    assert bare.name == "Nori & Co."
    assert bare.rating is None
    assert bare.rating_count is None
    assert bare.price_level is None
    assert bare.photo_url is None
    assert bare.is_open_now is None
    assert bare.cuisine == []
    assert bare.coordinates == Coordinates(lat=41.1519427, lng=-8.6177755)


async def test_api_key_never_appears_in_any_candidate(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(return_value=ok())

    found = await provider.search(QUERY)

    assert found
    for candidate in found:
        assert API_KEY not in json.dumps(candidate.to_json_dict())
        assert API_KEY not in repr(candidate)
        if candidate.photo_url is not None:
            assert candidate.photo_url.startswith(f"{PHOTO_BASE}/places/")
            assert "key=" not in candidate.photo_url


async def test_without_photo_route_no_photo_url_is_made(
    http_client: httpx.AsyncClient,
    breaker: CircuitBreaker,
    quota: DailyQuota,
    route: respx.Route,
) -> None:
    route.mock(return_value=ok())
    provider = GooglePlacesProvider(http_client, SecretStr(API_KEY), breaker, quota)

    found = await provider.search(QUERY)

    assert len(found) == 4
    assert all(candidate.photo_url is None for candidate in found)


@pytest.mark.parametrize(
    ("enum", "level"),
    [
        ("PRICE_LEVEL_FREE", 0),
        ("PRICE_LEVEL_INEXPENSIVE", 1),
        ("PRICE_LEVEL_MODERATE", 2),
        ("PRICE_LEVEL_EXPENSIVE", 3),
        ("PRICE_LEVEL_VERY_EXPENSIVE", 4),
        ("PRICE_LEVEL_UNSPECIFIED", None),
        (None, None),
    ],
)
def test_parse_place_maps_price_level_enums(enum: str | None, level: int | None) -> None:
    raw: dict[str, Any] = {"id": "p1", "displayName": {"text": "Somewhere"}}
    if enum is not None:
        raw["priceLevel"] = enum

    candidate = parse_place(raw, None)

    assert candidate is not None
    assert candidate.price_level == level


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        ({"openNow": True}, True),
        ({"openNow": False}, False),
        ({"weekdayDescriptions": ["Monday: Closed"]}, None),
        (None, None),
    ],
)
def test_parse_place_maps_open_now(hours: dict[str, Any] | None, expected: bool | None) -> None:
    raw: dict[str, Any] = {"id": "p1", "displayName": {"text": "Somewhere"}}
    if hours is not None:
        raw["currentOpeningHours"] = hours

    candidate = parse_place(raw, None)

    assert candidate is not None
    assert candidate.is_open_now is expected


def test_parse_place_takes_cuisine_only_from_specific_restaurant_types() -> None:
    raw = {
        "id": "p1",
        "displayName": {"text": "Levant"},
        "types": [
            "middle_eastern_restaurant",
            "restaurant",
            "fast_food_restaurant",
            "bar",
            "food",
        ],
    }

    candidate = parse_place(raw, None)

    assert candidate is not None
    assert candidate.cuisine == ["Middle Eastern", "Fast Food"]
    assert candidate.types == raw["types"]


@pytest.mark.parametrize(
    "raw",
    [
        {"displayName": {"text": "No id"}},
        {"id": "", "displayName": {"text": "Empty id"}},
        {"id": "p1"},
        {"id": "p1", "displayName": {"languageCode": "en"}},
        {"id": "p1", "displayName": {"text": ""}},
    ],
)
def test_parse_place_rejects_places_without_id_or_name(raw: dict[str, Any]) -> None:
    assert parse_place(raw, LINKS.url) is None


@pytest.mark.parametrize(
    "location",
    [{}, {"latitude": 41.1}, {"longitude": -8.6}],
)
def test_parse_place_needs_both_coordinates(location: dict[str, float]) -> None:
    candidate = parse_place({"id": "p1", "displayName": {"text": "X"}, "location": location}, None)

    assert candidate is not None
    assert candidate.coordinates is None


def test_parse_place_ignores_a_photo_without_name() -> None:
    raw = {"id": "p1", "displayName": {"text": "X"}, "photos": [{"widthPx": 100}]}

    candidate = parse_place(raw, LINKS.url)

    assert candidate is not None
    assert candidate.photo_url is None


async def test_unusable_items_are_skipped_and_the_rest_kept(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(
        return_value=httpx.Response(
            200,
            json={
                "places": [
                    {"displayName": {"text": "No id"}},
                    {"id": "good", "displayName": {"text": "Good"}},
                    {"id": "nameless"},
                ]
            },
        )
    )

    found = await provider.search(QUERY)

    assert [c.place_id for c in found] == ["good"]


@pytest.mark.parametrize("body", [payload("search_text_empty.json"), {"places": []}])
async def test_empty_answer_gives_no_candidates(
    provider: GooglePlacesProvider, route: respx.Route, body: dict[str, Any]
) -> None:
    route.mock(return_value=httpx.Response(200, json=body))

    assert await provider.search(QUERY) == []


async def test_malformed_json_is_unavailable(
    provider: GooglePlacesProvider, route: respx.Route
) -> None:
    route.mock(
        return_value=httpx.Response(
            200,
            content=b"<html><body>Bad gateway</body></html>",
            headers={"Content-Type": "text/html"},
        )
    )

    with pytest.raises(PlaceSearchUnavailableError):
        await provider.search(QUERY)


@pytest.mark.parametrize("content", [b"[]", b"null", b'"places"', b"42"])
async def test_json_that_is_not_an_object_is_unavailable(
    provider: GooglePlacesProvider, route: respx.Route, content: bytes
) -> None:
    route.mock(
        return_value=httpx.Response(
            200, content=content, headers={"Content-Type": "application/json"}
        )
    )

    with pytest.raises(PlaceSearchUnavailableError):
        await provider.search(QUERY)


# --- failures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
async def test_server_errors_and_rate_limits_are_unavailable(
    provider: GooglePlacesProvider, route: respx.Route, status: int
) -> None:
    route.mock(return_value=httpx.Response(status, json={"error": {"code": status}}))

    with pytest.raises(PlaceSearchUnavailableError) as raised:
        await provider.search(QUERY)

    assert str(status) in raised.value.reason


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectTimeout("connect timed out"),
        httpx.ReadTimeout("read timed out"),
        httpx.PoolTimeout("pool timed out"),
        httpx.ConnectError("connection refused"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
)
async def test_transport_errors_are_unavailable(
    provider: GooglePlacesProvider, route: respx.Route, error: httpx.HTTPError
) -> None:
    route.mock(side_effect=error)

    with pytest.raises(PlaceSearchUnavailableError) as raised:
        await provider.search(QUERY)

    assert isinstance(raised.value.__cause__, type(error))


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503),
        httpx.Response(429),
        httpx.ReadTimeout("read timed out"),
        httpx.ConnectError("connection refused"),
    ],
)
async def test_breaker_opens_after_five_consecutive_failures(
    provider: GooglePlacesProvider,
    route: respx.Route,
    breaker: CircuitBreaker,
    failure: httpx.Response | Exception,
) -> None:
    if isinstance(failure, Exception):
        route.mock(side_effect=failure)
    else:
        route.mock(return_value=failure)

    await fail_times(provider, 4)
    assert breaker.is_open is False
    await fail_times(provider, 1)
    assert breaker.is_open is True
    assert route.call_count == 5

    with pytest.raises(PlaceSearchUnavailableError) as raised:
        await provider.search(QUERY)

    assert route.call_count == 5  # refused without any HTTP call
    assert "circuit" in raised.value.reason


async def test_open_breaker_waits_60_seconds_then_a_success_closes_it(
    provider: GooglePlacesProvider,
    route: respx.Route,
    breaker: CircuitBreaker,
    clock: FakeClock,
) -> None:
    route.mock(return_value=httpx.Response(503))
    await fail_times(provider, 5)

    clock.advance(seconds=59)
    await fail_times(provider, 1)
    assert route.call_count == 5

    clock.advance(seconds=1)
    route.mock(return_value=ok())
    found = await provider.search(QUERY)

    assert len(found) == 4
    assert route.call_count == 6
    assert breaker.is_open is False
    await provider.search(QUERY)
    assert route.call_count == 7


async def test_after_closing_the_failure_count_starts_again(
    provider: GooglePlacesProvider,
    route: respx.Route,
    breaker: CircuitBreaker,
    clock: FakeClock,
) -> None:
    route.mock(return_value=httpx.Response(500))
    await fail_times(provider, 5)
    clock.advance(seconds=60)
    route.mock(return_value=ok())
    await provider.search(QUERY)

    route.mock(return_value=httpx.Response(500))
    await fail_times(provider, 4)

    assert breaker.is_open is False
    assert route.call_count == 10


async def test_failed_half_open_trial_reopens_the_breaker(
    provider: GooglePlacesProvider,
    route: respx.Route,
    breaker: CircuitBreaker,
    clock: FakeClock,
) -> None:
    route.mock(return_value=httpx.Response(503))
    await fail_times(provider, 5)
    clock.advance(seconds=60)

    await fail_times(provider, 1)  # the trial call
    assert route.call_count == 6
    assert breaker.is_open is True

    await fail_times(provider, 1)
    assert route.call_count == 6  # reopened for another full period
    clock.advance(seconds=59)
    await fail_times(provider, 1)
    assert route.call_count == 6

    clock.advance(seconds=1)
    route.mock(return_value=ok())
    assert len(await provider.search(QUERY)) == 4
    assert route.call_count == 7


async def test_a_success_between_failures_resets_the_count(
    provider: GooglePlacesProvider, route: respx.Route, breaker: CircuitBreaker
) -> None:
    failures = [httpx.Response(503) for _ in range(4)]
    route.side_effect = [*failures, ok(), *failures, ok()]

    await fail_times(provider, 4)
    await provider.search(QUERY)
    await fail_times(provider, 4)

    assert breaker.is_open is False
    assert len(await provider.search(QUERY)) == 4
    assert route.call_count == 10


async def test_only_one_trial_call_is_let_through_while_half_open(
    provider: GooglePlacesProvider, route: respx.Route, clock: FakeClock
) -> None:
    route.mock(return_value=httpx.Response(503))
    await fail_times(provider, 5)
    clock.advance(seconds=60)

    release = asyncio.Event()
    trial_requests = 0

    async def slow_success(request: httpx.Request) -> httpx.Response:
        nonlocal trial_requests
        trial_requests += 1
        await release.wait()
        return ok()

    route.mock(side_effect=slow_success)

    async def settle() -> None:
        for _ in range(50):
            await asyncio.sleep(0)

    first = asyncio.create_task(provider.search(QUERY))
    await settle()
    second = asyncio.create_task(provider.search(QUERY))
    await settle()
    try:
        # CircuitBreaker's docstring: "one trial call is let through (half-open)".
        assert trial_requests == 1
    finally:
        release.set()
        outcomes = await asyncio.gather(first, second, return_exceptions=True)
    assert len(outcomes[0]) == 4  # type: ignore[arg-type]
    assert isinstance(outcomes[1], PlaceSearchUnavailableError)


@pytest.mark.parametrize("status", [400, 401, 403, 404])
async def test_client_errors_are_unavailable_but_do_not_open_the_breaker(
    provider: GooglePlacesProvider,
    route: respx.Route,
    breaker: CircuitBreaker,
    status: int,
) -> None:
    body = payload("error_403.json")
    body["error"]["code"] = status
    route.mock(return_value=httpx.Response(status, json=body))

    await fail_times(provider, 8)

    assert route.call_count == 8  # every attempt really went out
    assert breaker.is_open is False


async def test_403_is_logged_without_the_api_key(
    provider: GooglePlacesProvider, route: respx.Route, caplog: pytest.LogCaptureFixture
) -> None:
    route.mock(return_value=httpx.Response(403, json=payload("error_403.json")))

    with caplog.at_level(logging.DEBUG), pytest.raises(PlaceSearchUnavailableError) as raised:
        await provider.search(QUERY)

    assert "403" in raised.value.reason
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert errors[0].getMessage().startswith("Google Places rejected the call: 403 {")
    assert API_KEY not in caplog.text
    assert API_KEY not in raised.value.reason


async def test_transport_failure_logs_do_not_leak_the_api_key(
    provider: GooglePlacesProvider, route: respx.Route, caplog: pytest.LogCaptureFixture
) -> None:
    route.mock(side_effect=httpx.ConnectError(f"refused for key {API_KEY}"))

    with caplog.at_level(logging.DEBUG), pytest.raises(PlaceSearchUnavailableError) as raised:
        await provider.search(QUERY)

    assert API_KEY not in caplog.text
    assert API_KEY not in raised.value.reason


# --- quota -------------------------------------------------------------------------------------


async def test_quota_refuses_at_95_percent_without_calling_google(
    http_client: httpx.AsyncClient,
    breaker: CircuitBreaker,
    clock: FakeClock,
    route: respx.Route,
) -> None:
    route.mock(return_value=ok())
    quota = DailyQuota(clock, 20)  # refuse once 19 (= int(20 * 0.95)) calls are used
    provider = GooglePlacesProvider(http_client, SecretStr(API_KEY), breaker, quota)

    for _ in range(19):
        await provider.search(QUERY)
    assert route.call_count == 19

    with pytest.raises(PlaceSearchUnavailableError) as raised:
        await provider.search(QUERY)

    assert "quota" in raised.value.reason
    assert route.call_count == 19
    assert quota.used == 19
    assert breaker.is_open is False  # a spent quota is not a provider failure


async def test_quota_warns_once_at_80_percent(
    http_client: httpx.AsyncClient,
    breaker: CircuitBreaker,
    clock: FakeClock,
    route: respx.Route,
    caplog: pytest.LogCaptureFixture,
) -> None:
    route.mock(return_value=ok())
    provider = GooglePlacesProvider(http_client, SecretStr(API_KEY), breaker, DailyQuota(clock, 20))

    def quota_warnings() -> list[logging.LogRecord]:
        return [
            r
            for r in caplog.records
            if r.name == "core.services.places.guard" and r.levelno == logging.WARNING
        ]

    with caplog.at_level(logging.WARNING):
        for _ in range(15):
            await provider.search(QUERY)
        assert quota_warnings() == []

        await provider.search(QUERY)  # the 16th call is 80 % of 20
        assert len(quota_warnings()) == 1
        assert "16 of 20" in quota_warnings()[0].getMessage()

        for _ in range(3):
            await provider.search(QUERY)
    assert len(quota_warnings()) == 1


async def test_quota_resets_on_the_next_utc_day(
    http_client: httpx.AsyncClient, route: respx.Route
) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 23, 50, tzinfo=UTC))
    quota = DailyQuota(clock, 10)  # refuse at 9
    provider = GooglePlacesProvider(http_client, SecretStr(API_KEY), CircuitBreaker(clock), quota)
    route.mock(return_value=ok())
    for _ in range(9):
        await provider.search(QUERY)
    await fail_times(provider, 1)

    clock.advance(minutes=9)  # 23:59 UTC: still the same day
    await fail_times(provider, 1)
    assert route.call_count == 9

    clock.advance(minutes=2)  # 00:01 UTC the next day
    assert len(await provider.search(QUERY)) == 4
    assert route.call_count == 10
    assert quota.used == 1


async def test_open_breaker_does_not_spend_quota(
    provider: GooglePlacesProvider, route: respx.Route, quota: DailyQuota
) -> None:
    route.mock(return_value=httpx.Response(503))
    await fail_times(provider, 5)
    assert quota.used == 5

    await fail_times(provider, 3)

    assert quota.used == 5


# --- photo resolver ----------------------------------------------------------------------------

PHOTO_NAME = "places/ChIJ7cv00DwsDogRAMDACa2m4K8/photos/AelY_CtXz3nQp9hW1_Tk0aLrYQb8sJ2mFv4uNcDx"
PHOTO_URI = "https://lh3.googleusercontent.com/places/ANXAkqExample=s400"


@pytest.fixture
def photos(
    http_client: httpx.AsyncClient, breaker: CircuitBreaker, quota: DailyQuota, clock: FakeClock
) -> GooglePhotoResolver:
    return GooglePhotoResolver(
        http_client, SecretStr(API_KEY), breaker, quota, clock.monotonic, ttl_seconds=600
    )


@pytest.fixture
def media(api: respx.MockRouter) -> respx.Route:
    return api.get(f"/v1/{PHOTO_NAME}/media")


async def test_photo_uri_asks_the_media_endpoint_without_redirect(
    photos: GooglePhotoResolver, media: respx.Route
) -> None:
    media.mock(return_value=httpx.Response(200, json={"name": PHOTO_NAME, "photoUri": PHOTO_URI}))

    assert await photos.photo_uri(PHOTO_NAME, max_width_px=640) == PHOTO_URI

    request = media.calls.last.request
    assert request.headers["X-Goog-Api-Key"] == API_KEY
    assert API_KEY not in str(request.url)
    assert dict(request.url.params) == {"maxWidthPx": "640", "skipHttpRedirect": "true"}


async def test_photo_uri_is_cached_until_its_ttl(
    photos: GooglePhotoResolver, media: respx.Route, clock: FakeClock
) -> None:
    media.mock(return_value=httpx.Response(200, json={"photoUri": PHOTO_URI}))

    await photos.photo_uri(PHOTO_NAME)
    clock.advance(seconds=599)
    assert await photos.photo_uri(PHOTO_NAME) == PHOTO_URI
    assert media.call_count == 1

    clock.advance(seconds=2)
    assert await photos.photo_uri(PHOTO_NAME) == PHOTO_URI
    assert media.call_count == 2


@pytest.mark.parametrize(
    "name",
    [
        "places/abc/photos/../../v1/places:searchText",
        "places/abc/photos/ref?key=x",
        "photos/ref",
        "places/abc/photos/",
        "https://evil.test/places/abc/photos/ref",
    ],
)
async def test_photo_uri_rejects_names_that_are_not_photo_resources(
    photos: GooglePhotoResolver, api: respx.MockRouter, name: str
) -> None:
    assert await photos.photo_uri(name) is None
    assert api.calls.call_count == 0


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, json={"photoUri": "http://insecure.test/p.jpg"}),
        httpx.Response(200, json={"photoUri": 42}),
        httpx.Response(200, json={}),
        httpx.Response(200, content=b"not json"),
        httpx.Response(404, json={"error": {"code": 404}}),
        httpx.Response(403, json=payload("error_403.json")),
    ],
)
async def test_photo_uri_is_none_for_unusable_answers(
    photos: GooglePhotoResolver, media: respx.Route, breaker: CircuitBreaker, answer: httpx.Response
) -> None:
    media.mock(return_value=answer)

    for _ in range(6):
        assert await photos.photo_uri(PHOTO_NAME) is None

    if answer.content == b"not json":
        # A garbled answer is a provider failure: five of them open the breaker.
        assert media.call_count == 5
        assert breaker.is_open is True
    elif answer.status_code == 403:
        assert media.call_count == 6  # our key's problem, not the photo's: not remembered
        assert breaker.is_open is False
    else:
        assert media.call_count == 1  # a miss is remembered: asking again costs nothing
        assert breaker.is_open is False  # unusable answers and 4xx are not outages


async def test_photo_uri_is_none_for_json_that_is_not_an_object(
    photos: GooglePhotoResolver, media: respx.Route
) -> None:
    media.mock(return_value=httpx.Response(200, json=["https://lh3.googleusercontent.com/x"]))

    assert await photos.photo_uri(PHOTO_NAME) is None


@pytest.mark.parametrize(
    "failure", [httpx.Response(500), httpx.Response(503), httpx.ReadTimeout("slow")]
)
async def test_photo_outages_count_toward_the_shared_breaker(
    photos: GooglePhotoResolver,
    media: respx.Route,
    breaker: CircuitBreaker,
    failure: httpx.Response | Exception,
) -> None:
    if isinstance(failure, Exception):
        media.mock(side_effect=failure)
    else:
        media.mock(return_value=failure)

    for _ in range(5):
        assert await photos.photo_uri(PHOTO_NAME) is None

    assert breaker.is_open is True
    assert await photos.photo_uri(PHOTO_NAME) is None
    assert media.call_count == 5


async def test_photo_uri_respects_the_quota(
    http_client: httpx.AsyncClient, breaker: CircuitBreaker, clock: FakeClock, media: respx.Route
) -> None:
    quota = DailyQuota(clock, 2)  # refuse at 1
    photos = GooglePhotoResolver(http_client, SecretStr(API_KEY), breaker, quota, clock.monotonic)
    media.mock(return_value=httpx.Response(200, json={"photoUri": PHOTO_URI}))
    other = "places/ChIJ7cv00DwsDogRAMDACa2m4K8/photos/AelY_CsecondPhotoRef9kLmN"

    assert await photos.photo_uri(PHOTO_NAME) == PHOTO_URI
    assert await photos.photo_uri(other) is None  # refused before any request
    assert await photos.photo_uri(PHOTO_NAME) == PHOTO_URI  # the cache needs no quota
    assert media.call_count == 1
    assert quota.used == 1


async def test_a_photo_miss_is_remembered_until_its_ttl(
    http_client: httpx.AsyncClient,
    breaker: CircuitBreaker,
    quota: DailyQuota,
    clock: FakeClock,
    media: respx.Route,
) -> None:
    photos = GooglePhotoResolver(
        http_client, SecretStr(API_KEY), breaker, quota, clock.monotonic, miss_ttl_seconds=600
    )
    media.mock(return_value=httpx.Response(404, json={"error": {"code": 404}}))

    for _ in range(20):
        assert await photos.photo_uri(PHOTO_NAME) is None
    clock.advance(seconds=599)
    assert await photos.photo_uri(PHOTO_NAME) is None
    assert media.call_count == 1
    assert quota.used == 1

    clock.advance(seconds=2)
    media.mock(return_value=httpx.Response(200, json={"photoUri": PHOTO_URI}))
    assert await photos.photo_uri(PHOTO_NAME) == PHOTO_URI
    assert media.call_count == 2


async def test_an_outage_is_not_remembered_as_a_miss(
    photos: GooglePhotoResolver, media: respx.Route
) -> None:
    media.mock(side_effect=[httpx.Response(503), httpx.Response(200, json={"photoUri": PHOTO_URI})])

    assert await photos.photo_uri(PHOTO_NAME) is None
    assert await photos.photo_uri(PHOTO_NAME) == PHOTO_URI
