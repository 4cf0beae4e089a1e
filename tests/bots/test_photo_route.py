"""The place-photo route spends Google's quota only on photos we handed out (issue #14.3).

Google is faked at the HTTP seam; every request it gets is counted by path.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.bots.test_google_mode import PAYLOADS, PHOTO_URI
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock
from tests.fakes.google_mode import API_KEY, google_mode_app, porto_trip


class CountingGoogle:
    """Search answers from a recording; media answers for names it knows; counts every call."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.known_photos: set[str] = set()

    @property
    def media_calls(self) -> int:
        return sum(n for path, n in self.calls.items() if path.endswith("/media"))

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["X-Goog-Api-Key"] == API_KEY
        self.calls[request.url.path] += 1
        if request.url.path == "/v1/places:searchText":
            raw = json.loads((PAYLOADS / "search_text_sushi.json").read_bytes())
            for place in raw["places"]:
                self.known_photos |= {p["name"] for p in place.get("photos", [])}
            return httpx.Response(200, json=raw)
        name = request.url.path.removeprefix("/v1/").removesuffix("/media")
        if name in self.known_photos:
            return httpx.Response(200, json={"name": name, "photoUri": PHOTO_URI})
        return httpx.Response(404, json={"error": {"code": 404, "status": "NOT_FOUND"}})


@pytest.fixture
def google() -> CountingGoogle:
    return CountingGoogle()


@pytest.fixture
async def app(db_url: str, clock: FakeClock, google: CountingGoogle) -> AsyncIterator[FastAPI]:
    async with google_mode_app(
        db_url,
        clock,
        google.handle,
        rate_limit_per_ip_per_minute=0,  # the route itself must hold, not the IP limit
        google_places_daily_quota=1000,
        google_places_photo_daily_quota=3,
    ) as application:
        yield application


@pytest.fixture
async def porto(app: FastAPI) -> AsyncIterator[DemoTrip]:
    async with porto_trip(app, days=2) as trip:
        yield trip


def photo_urls(answer: dict[str, Any]) -> list[str]:
    return [c["photoUrl"] for c in answer["data"]["candidates"] if c.get("photoUrl")]


async def test_an_unauthenticated_flood_costs_nothing_upstream(
    app: FastAPI, porto: DemoTrip, google: CountingGoogle
) -> None:
    first = await porto.chat("add a sushi place on day 1")
    assert first["type"] == "NEEDS_SELECTION"
    [real_name, *_] = [
        url.removeprefix("https://chat.example/api/v1/place-photos/").partition("?")[0]
        for url in photo_urls(first)
    ]
    flood = [f"places/ChIJflood{n}/photos/AelY_{n}" for n in range(400)]
    flood += [f"{real_name}?sig={'0' * 32}", real_name, f"{real_name}?sig="]  # forged, none
    flood += [f"places/ChIJflood{n}/photos/AelY_{n}?sig=deadbeef" for n in range(597)]
    assert len(flood) == 1000
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://attacker") as stranger:
        for path in flood:
            response = await stranger.get(f"/api/v1/place-photos/{path}")
            assert response.status_code == 404, path
            assert response.json()["error"]["code"] == "not_found"

    assert google.media_calls == 0
    for n in range(3):  # search keeps working for travelers
        answer = await porto.chat(f"add a ramen place number {n} on day 2")
        assert answer["type"] == "NEEDS_SELECTION", answer["message"]


async def test_card_photo_links_resolve_and_repeats_and_misses_are_cached(
    porto: DemoTrip, google: CountingGoogle
) -> None:
    answer = await porto.chat("add a sushi place on day 1")
    urls = photo_urls(answer)
    assert urls
    for url in urls:
        assert url.startswith("https://chat.example/api/v1/place-photos/places/")
        assert "?sig=" in url
        assert API_KEY not in url
    path = urls[0].removeprefix("https://chat.example")
    for _ in range(50):
        response = await porto.client.get(path)  # no token: <img> and Slack send none
        assert response.status_code == 302
        assert response.headers["location"] == PHOTO_URI
    assert google.media_calls == 1

    google.known_photos.clear()  # Google no longer has the second photo
    second = urls[1].removeprefix("https://chat.example")
    for _ in range(20):
        assert (await porto.client.get(second)).status_code == 404
    assert google.media_calls == 2


async def test_photos_have_their_own_budget(
    app: FastAPI, porto: DemoTrip, google: CountingGoogle
) -> None:
    links = app.state.services.photo_links
    names = [f"places/ChIJbudget{n}/photos/AelY_{n}" for n in range(10)]
    google.known_photos |= set(names)
    statuses = [
        (await porto.client.get(links.url(name).removeprefix("https://chat.example"))).status_code
        for name in names
    ]
    assert statuses.count(302) == 2  # the photo quota (3) refuses at 95 %
    assert google.media_calls == 2
    answer = await porto.chat("add a sushi place on day 1")
    assert answer["type"] == "NEEDS_SELECTION", answer["message"]
