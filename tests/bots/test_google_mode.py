"""With GOOGLE_PLACES_API_KEY set, search goes to Google Places (faked at the HTTP seam)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock
from tests.fakes.google_mode import API_KEY, google_mode_app, porto_trip

PAYLOADS = Path(__file__).resolve().parent.parent / "payloads" / "google"
PHOTO_URI = "https://lh3.googleusercontent.com/places/photo-abc=s400"


class FakeGoogle:
    """Answers searchText from a recorded payload; can be told to fail."""

    def __init__(self) -> None:
        self.searches: list[dict[str, Any]] = []
        self.fail: Callable[[], httpx.Response] | None = None

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["X-Goog-Api-Key"] == API_KEY
        if request.url.path == "/v1/places:searchText":
            assert "places.id" in request.headers["X-Goog-FieldMask"]
            self.searches.append(json.loads(request.content))
            if self.fail is not None:
                return self.fail()
            return httpx.Response(200, content=(PAYLOADS / "search_text_sushi.json").read_bytes())
        if request.url.path.endswith("/media"):
            assert request.url.params["skipHttpRedirect"] == "true"
            return httpx.Response(200, json={"name": "x", "photoUri": PHOTO_URI})
        return httpx.Response(404, json={"error": {"code": 404}})


@pytest.fixture
def google() -> FakeGoogle:
    return FakeGoogle()


@pytest.fixture
async def google_app(db_url: str, clock: FakeClock, google: FakeGoogle) -> AsyncIterator[FastAPI]:
    async with google_mode_app(db_url, clock, google.handle) as application:
        yield application


@pytest.fixture
async def porto(google_app: FastAPI) -> AsyncIterator[DemoTrip]:
    async with porto_trip(google_app, days=2) as trip:
        yield trip


async def test_cards_come_from_google_without_demo_labels(
    porto: DemoTrip, google: FakeGoogle
) -> None:
    answer = await porto.chat("add a sushi place on day 1")
    assert answer["type"] == "NEEDS_SELECTION"
    assert google.searches[0]["textQuery"] == "sushi place in Porto"
    cards = answer["data"]["candidates"]
    ratings = [c.get("rating", 0) for c in cards]  # unrated places come last
    assert ratings == sorted(ratings, reverse=True)
    assert not any(c["placeId"].startswith("demo-") for c in cards)
    assert answer["warnings"] == []
    with_photo = [c for c in cards if c.get("photoUrl")]
    assert with_photo
    for card in with_photo:
        assert card["photoUrl"].startswith("https://chat.example/api/v1/place-photos/places/")
        assert API_KEY not in card["photoUrl"]
    done = await porto.chat("the first one")
    assert done["type"] == "COMPLETE"
    assert cards[0]["name"] in await porto.day_titles(1)


async def test_same_search_is_served_from_the_cache(porto: DemoTrip, google: FakeGoogle) -> None:
    await porto.chat("add a sushi place on day 1")
    await porto.chat("add a sushi place on day 2")
    assert len(google.searches) == 1


@pytest.mark.parametrize(
    "failure",
    [
        lambda: httpx.Response(503, text="unavailable"),
        lambda: httpx.Response(429, json={"error": {"code": 429}}),
        lambda: (_ for _ in ()).throw(httpx.ConnectError("no route")),
        lambda: (_ for _ in ()).throw(httpx.ReadTimeout("slow")),
    ],
)
async def test_google_down_is_an_error_answer_not_a_500(
    porto: DemoTrip, google: FakeGoogle, failure: Callable[[], httpx.Response]
) -> None:
    google.fail = failure
    before = await porto.itinerary()
    answer = await porto.chat("add a sushi place on day 1")
    assert answer["type"] == "ERROR"
    assert "temporarily unavailable" in answer["message"]
    assert await porto.itinerary() == before


async def test_breaker_stops_calling_google_after_five_failures(
    porto: DemoTrip, google: FakeGoogle
) -> None:
    google.fail = lambda: httpx.Response(500)
    for attempt in range(7):
        answer = await porto.chat(f"add museum number {attempt} on day 1")
        assert answer["type"] == "ERROR"
    assert len(google.searches) == 5


async def test_photo_route_redirects_without_exposing_the_key(porto: DemoTrip) -> None:
    answer = await porto.chat("add a sushi place on day 1")
    url = next(c["photoUrl"] for c in answer["data"]["candidates"] if c.get("photoUrl"))
    response = await porto.client.get(url.removeprefix("https://chat.example"))
    assert response.status_code == 302
    assert response.headers["location"] == PHOTO_URI
    assert API_KEY not in response.headers["location"]
    unsigned = await porto.client.get(url.removeprefix("https://chat.example").partition("?")[0])
    assert unsigned.status_code == 404  # only links we signed resolve
    bad = await porto.client.get("/api/v1/place-photos/../../etc/passwd")
    assert bad.status_code == 404


async def test_demo_session_is_off_when_a_key_is_set(porto: DemoTrip) -> None:
    response = await porto.client.post("/api/v1/demo/session")
    assert response.status_code == 404
    ready = await porto.client.get("/readyz")
    assert ready.json()["placeSearch"] == "google"
