"""The chat turn's plain case skips FastAPI; every other request gets FastAPI's own answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from starlette.types import Message, Receive, Scope, Send

from bots import chat_route
from bots.chat_route import ChatRoute
from tests.conftest import DemoTrip, start_demo

# Headers that differ per request whatever the route.
_VARYING = {"x-trace-id", "content-length"}


@pytest.fixture
def handed_over(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of requests the fast route handed to FastAPI's."""
    calls: list[str] = []
    real = chat_route._hand_over

    async def spy(scope: Scope, received: list[Message], receive: Receive, send: Send) -> None:
        calls.append(scope["path"])
        await real(scope, received, receive, send)

    monkeypatch.setattr(chat_route, "_hand_over", spy)
    return calls


@contextmanager
def _without_fast_route(app: FastAPI) -> Iterator[None]:
    routes = app.router.routes
    index = next(i for i, route in enumerate(routes) if isinstance(route, ChatRoute))
    fast = routes.pop(index)
    try:
        yield
    finally:
        routes.insert(index, fast)


async def _post(
    trip: DemoTrip, content: bytes, headers: dict[str, str], itinerary_id: str | None = None
) -> tuple[int, dict[str, str], Any]:
    url = f"/api/v1/itineraries/{itinerary_id or trip.itinerary_id}/chat"
    response = await trip.client.post(url, content=content, headers=headers)
    kept = {k: v for k, v in response.headers.items() if k not in _VARYING}
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    return response.status_code, kept, body


async def _both(
    app: FastAPI, trip: DemoTrip, content: bytes, headers: dict[str, str], **kw: Any
) -> tuple[tuple[int, dict[str, str], Any], tuple[int, dict[str, str], Any]]:
    fast = await _post(trip, content, headers, **kw)
    with _without_fast_route(app):
        slow = await _post(trip, content, headers, **kw)
    return fast, slow


def _json(trip: DemoTrip, **extra: Any) -> tuple[bytes, dict[str, str]]:
    headers = {**trip.headers, "Content-Type": "application/json"}
    return json.dumps(extra).encode(), headers


async def test_a_plain_turn_is_served_without_fastapi(
    app: FastAPI, trip: DemoTrip, handed_over: list[str]
) -> None:
    content, headers = _json(
        trip, text="what's on day 2?", itineraryId=trip.itinerary_id, userId=trip.user_id
    )
    fast, slow = await _both(app, trip, content, headers)
    assert handed_over == []
    assert fast == slow
    assert fast[0] == 200
    assert fast[1]["cache-control"] == "no-store"
    assert fast[1]["content-type"] == "application/json"


async def test_a_turn_that_changes_the_trip_answers_as_before(trip: DemoTrip) -> None:
    answer = await trip.chat("add Sushi Zen restaurant on day 2")
    assert answer["type"] == "COMPLETE"
    assert "Sushi Zen" in await trip.day_titles(2)
    assert (await trip.chat("undo"))["type"] == "COMPLETE"
    assert "Sushi Zen" not in await trip.day_titles(2)


ODD_BODIES: list[Any] = [
    b"",
    b"not json",
    b"[1, 2]",
    b'"text"',
    b"\xff\xfe",
    {"selected_index": 0},
    {"text": "hi", "unknown": 1},
    {"text": 5},
    {"text": "hi", "day": "2"},
    {"text": "hi", "day": 2.0},
    {"text": "hi", "day": True},
    {"text": "hi", "day": 0},
    {"text": "hi", "day": 31},
    {"text": "hi", "selectedIndex": 1001},
    {"text": "hi", "promptId": "p" * 33},
    {"text": "x" * 100_001},
    {"text": "a\u0000b"},
    {"day": 2},
    {},
    {"text": None, "selectedIndex": None},
]


@pytest.mark.parametrize("body", ODD_BODIES, ids=repr)
async def test_an_odd_body_gets_fastapis_answer(
    app: FastAPI, trip: DemoTrip, handed_over: list[str], body: Any
) -> None:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {**trip.headers, "Content-Type": "application/json"}
    fast, slow = await _both(app, trip, content, headers)
    assert fast == slow
    assert handed_over
    assert fast[0] != 500


@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Type": "application/json"},
        {"Content-Type": "application/json", "Authorization": "Basic abc"},
        {"Content-Type": "application/json", "Authorization": "Bearer "},
        {"Content-Type": "application/json", "Authorization": "Bearer  two  spaces"},
        {"Content-Type": "text/plain", "Authorization": "Bearer TOKEN"},
        {"Content-Type": "application/json; charset=utf-8", "Authorization": "Bearer TOKEN"},
        {"Authorization": "Bearer TOKEN"},
    ],
    ids=repr,
)
async def test_odd_headers_get_fastapis_answer(
    app: FastAPI, trip: DemoTrip, handed_over: list[str], headers: dict[str, str]
) -> None:
    headers = {k: v.replace("TOKEN", trip.token) for k, v in headers.items()}
    content = json.dumps({"text": "what's on day 1?"}).encode()
    fast, slow = await _both(app, trip, content, headers)
    assert fast == slow
    assert handed_over


async def test_refusals_are_the_same(app: FastAPI, client: httpx.AsyncClient) -> None:
    trip, other = await start_demo(client), await start_demo(client)
    cases: list[tuple[dict[str, Any], dict[str, str], str | None]] = [
        ({"text": "hi"}, {"Authorization": "Bearer not-a-token"}, None),
        ({"text": "hi", "userId": other.user_id}, trip.headers, None),
        ({"text": "hi", "itineraryId": other.itinerary_id}, trip.headers, None),
        ({"text": "hi"}, trip.headers, "no-such-trip"),
        ({"text": "hi"}, trip.headers, other.itinerary_id),
    ]
    for body, auth, itinerary_id in cases:
        headers = {**auth, "Content-Type": "application/json"}
        content = json.dumps(body).encode()
        fast, slow = await _both(app, trip, content, headers, itinerary_id=itinerary_id)
        assert fast == slow
        assert fast[0] in {401, 403, 404, 422}


async def test_other_methods_and_paths_are_fastapis(app: FastAPI, trip: DemoTrip) -> None:
    url = f"/api/v1/itineraries/{trip.itinerary_id}/chat"
    fast = await trip.client.get(url, headers=trip.headers)
    with _without_fast_route(app):
        slow = await trip.client.get(url, headers=trip.headers)
    assert (fast.status_code, fast.json()) == (slow.status_code, slow.json())
    assert "/api/v1/itineraries/{itinerary_id}/chat" in app.openapi()["paths"]


async def test_the_request_is_counted_under_the_route_template(trip: DemoTrip) -> None:
    await trip.chat("what's on day 1?")
    metrics = (await trip.client.get("/metrics")).text
    assert 'route="/api/v1/itineraries/{itinerary_id}/chat"' in metrics


def test_the_fast_checks_follow_the_request_model() -> None:
    """Every field of ChatRequest is checked by its JSON name with the model's own limits."""
    fields = chat_route.ChatRequest.model_fields
    assert set(chat_route._SNAKE.values()) == set(fields)
    assert chat_route._STRINGS["text"] == 100_000
    assert chat_route._STRINGS["promptId"] == 32
    assert chat_route._NUMBERS["selectedIndex"] == (0, 1000)
    assert set(chat_route._STRINGS) | set(chat_route._NUMBERS) == set(chat_route._SNAKE)


@pytest.mark.parametrize(
    ("field", "value"),
    [("promptId", "x" * 33), ("selectedIndex", 1001), ("day", 0), ("text", 7)],
)
async def test_a_value_past_the_models_limit_is_fastapis(
    app: FastAPI, trip: DemoTrip, handed_over: list[str], field: str, value: object
) -> None:
    content, headers = _json(trip, **{"text": "hi", field: value})
    fast, slow = await _both(app, trip, content, headers)
    assert fast == slow
    assert fast[0] == 422
    assert handed_over
