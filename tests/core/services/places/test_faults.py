"""Google Places slow, 5xx or 429: one bounded request per search, a breaker, a clear answer.

No retries: a search waits at most one request timeout (5 s connect + 10 s read), five failed
calls in a row open the breaker for 60 s (later searches fail without a request), and the
traveler gets an ERROR answer with the "search_down" message, never an exception or a 500.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from core.messages import msg
from core.services.places.base import PlaceQuery, PlaceSearchUnavailableError
from core.services.places.google import GooglePlacesProvider, make_google_client
from core.services.places.guard import CircuitBreaker, DailyQuota
from core.services.places.resolution import PlaceResolutionService
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock
from tests.fakes.google_mode import API_KEY, BASE_URL, google_mode_app, porto_trip

PAYLOADS = Path(__file__).resolve().parents[3] / "payloads" / "google"
THRESHOLD = 5  # failures in a row that open the breaker
OPEN_SECONDS = 60

Answer = Callable[[httpx.Request], httpx.Response]


def resource_exhausted(request: httpx.Request) -> httpx.Response:
    """Google's 429 (it sends no Retry-After: the breaker, not a wait, handles it)."""
    body = {
        "error": {
            "code": 429,
            "message": "Quota exceeded for quota metric 'Text Search requests' and limit "
            "'Text Search requests per minute' of service 'places.googleapis.com'.",
            "status": "RESOURCE_EXHAUSTED",
        }
    }
    return httpx.Response(429, json=body)


def unavailable(status: int) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": status, "message": "Backend error", "status": "UNAVAILABLE"}}
        return httpx.Response(status, json=body)

    return answer


def slow(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("read timed out after 10 s", request=request)


def found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=(PAYLOADS / "search_text_sushi.json").read_bytes())


FAULTS = [
    pytest.param(slow, id="slow"),
    pytest.param(unavailable(500), id="500"),
    pytest.param(unavailable(502), id="502"),
    pytest.param(unavailable(503), id="503"),
    pytest.param(resource_exhausted, id="429"),
]


class FakeGoogle:
    """searchText answered by `answer` (recorded); everything else 404."""

    def __init__(self) -> None:
        self.answer: Answer = found
        self.searches: list[dict[str, Any]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["X-Goog-Api-Key"] == API_KEY
        if request.url.path != "/v1/places:searchText":
            return httpx.Response(404, json={"error": {"code": 404}})
        self.searches.append(json.loads(request.content))
        return self.answer(request)


@pytest.fixture
def google() -> FakeGoogle:
    return FakeGoogle()


@pytest.fixture
async def places(
    google: FakeGoogle, clock: FakeClock
) -> AsyncIterator[tuple[PlaceResolutionService, CircuitBreaker]]:
    breaker = CircuitBreaker(clock)
    async with httpx.AsyncClient(
        base_url=BASE_URL, transport=httpx.MockTransport(google.handle)
    ) as client:
        provider = GooglePlacesProvider(
            client, SecretStr(API_KEY), breaker, DailyQuota(clock, 1000)
        )
        yield PlaceResolutionService(provider, clock), breaker


async def search(service: PlaceResolutionService, text: str = "sushi") -> Any:
    return await service.search(text, city="Porto")


def test_a_search_waits_at_most_5_seconds_to_connect_and_10_to_read() -> None:
    timeout = make_google_client(BASE_URL).timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 10.0, 10.0, 10.0)


# --- service: one request per search, then the breaker -----------------------------------------


@pytest.mark.parametrize("answer", FAULTS)
async def test_each_failing_search_makes_one_request_then_the_breaker_stops_them(
    places: tuple[PlaceResolutionService, CircuitBreaker], google: FakeGoogle, answer: Answer
) -> None:
    service, breaker = places
    google.answer = answer
    for attempt in range(1, THRESHOLD + 1):
        with pytest.raises(PlaceSearchUnavailableError):
            await search(service, f"sushi {attempt}")
        assert len(google.searches) == attempt  # never retried: one timeout at most per search
    assert breaker.state == "open"

    for attempt in range(20):
        with pytest.raises(PlaceSearchUnavailableError) as raised:
            await search(service, f"museum {attempt}")
        assert "circuit" in raised.value.reason
    assert len(google.searches) == THRESHOLD  # fast failures, no request


@pytest.mark.parametrize("answer", FAULTS)
async def test_after_60_seconds_one_trial_goes_out_and_decides(
    places: tuple[PlaceResolutionService, CircuitBreaker],
    google: FakeGoogle,
    clock: FakeClock,
    answer: Answer,
) -> None:
    service, breaker = places
    google.answer = answer
    for attempt in range(THRESHOLD):
        with pytest.raises(PlaceSearchUnavailableError):
            await search(service, f"sushi {attempt}")
    clock.advance(seconds=OPEN_SECONDS)
    assert breaker.state == "half_open"

    with pytest.raises(PlaceSearchUnavailableError):  # the trial fails: open again
        await search(service, "trial 1")
    assert len(google.searches) == THRESHOLD + 1
    assert breaker.state == "open"

    clock.advance(seconds=OPEN_SECONDS)
    google.answer = found
    assert await search(service, "trial 2")  # Google is back: closed
    assert breaker.state == "closed"
    assert len(google.searches) == THRESHOLD + 2


async def test_a_cancelled_trial_does_not_leave_the_breaker_open_for_good(
    places: tuple[PlaceResolutionService, CircuitBreaker], google: FakeGoogle, clock: FakeClock
) -> None:
    service, breaker = places
    google.answer = unavailable(503)
    for attempt in range(THRESHOLD):
        with pytest.raises(PlaceSearchUnavailableError):
            await search(service, f"sushi {attempt}")
    clock.advance(seconds=OPEN_SECONDS)

    started = asyncio.Event()

    async def hanging(request: httpx.Request) -> httpx.Response:
        google.searches.append({})
        started.set()
        await asyncio.Event().wait()  # Google never answers; the caller gives up
        raise AssertionError("unreachable")

    async with httpx.AsyncClient(
        base_url=BASE_URL, transport=httpx.MockTransport(hanging)
    ) as client:
        provider = GooglePlacesProvider(client, SecretStr(API_KEY), breaker, DailyQuota(clock, 10))
        trial = asyncio.create_task(provider.search(PlaceQuery(text="sushi in Porto")))
        await started.wait()
        assert breaker.is_open  # the trial is under way: others are refused
        trial.cancel()
        with pytest.raises(asyncio.CancelledError):
            await trial

    # Regression: the cancelled trial used to keep `is_open` true forever.
    assert breaker.state == "half_open"
    assert breaker.is_open is False
    google.answer = found
    assert await search(service, "after the cancelled trial")
    assert breaker.state == "closed"


# --- the traveler's answer, over HTTP in Google mode ---------------------------------------------


@pytest.fixture
async def google_app(db_url: str, clock: FakeClock, google: FakeGoogle) -> AsyncIterator[FastAPI]:
    async with google_mode_app(db_url, clock, google.handle) as application:
        yield application


@pytest.fixture
async def porto(google_app: FastAPI) -> AsyncIterator[DemoTrip]:
    async with porto_trip(google_app, days=3) as trip:
        yield trip


def assert_search_down(answer: dict[str, Any]) -> None:
    assert answer["type"] == "ERROR", answer
    assert answer["message"] == msg("search_down")
    assert msg("search_down_hint_1") in json.dumps(answer)


async def breaker_gauge(trip: DemoTrip) -> str:
    metrics = (await trip.client.get("/metrics")).text
    [line] = [x for x in metrics.splitlines() if x.startswith("traveloure_breaker_state{")]
    return line.rsplit(" ", 1)[1]


@pytest.mark.parametrize("answer", FAULTS)
async def test_the_traveler_gets_search_down_then_fast_answers_while_open(
    porto: DemoTrip, google: FakeGoogle, clock: FakeClock, answer: Answer
) -> None:
    google.answer = answer
    before = await porto.itinerary()
    texts = [f"add museum number {n} on day 1" for n in range(THRESHOLD)]
    texts += ["plan 3 days in Porto", "add a sushi place on day 2", "tell me about Sushi Zen"]
    for n, text in enumerate(texts):
        assert_search_down(await porto.chat(text))
        assert len(google.searches) == min(n + 1, THRESHOLD)  # one request per turn, then none
    assert await breaker_gauge(porto) == "2.0"  # open
    assert await porto.itinerary() == before  # nothing half-applied

    clock.advance(seconds=OPEN_SECONDS)
    google.answer = found
    cards = await porto.chat("add a sushi place on day 1")
    assert cards["type"] == "NEEDS_SELECTION"
    assert len(google.searches) == THRESHOLD + 1
    assert await breaker_gauge(porto) == "0.0"


async def test_the_answer_is_in_the_travelers_language(
    google_app: FastAPI, google: FakeGoogle
) -> None:
    google.answer = unavailable(503)
    transport = httpx.ASGITransport(app=google_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        created = await http.post(
            "/api/v1/travelers",
            json={"name": "Ana", "locale": "es-ES"},
            headers={"Authorization": "Bearer admin-secret"},
        )
        traveler = created.json()
        headers = {"Authorization": f"Bearer {traveler['token']}"}
        trip = await http.post(
            "/api/v1/itineraries", headers=headers, json={"destination": "Porto", "days": 2}
        )
        answer = await DemoTrip(http, traveler["id"], traveler["token"], trip.json()["id"]).chat(
            "agrega un lugar de sushi el día 1"
        )
    assert answer["type"] == "ERROR"
    assert answer["message"] == "La búsqueda de lugares no está disponible en este momento."
