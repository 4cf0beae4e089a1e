"""Rate limits per client IP, per traveler and per chat user; the request body size limit."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from adapters.telegram.signature import SECRET_HEADER
from bots.app import create_app
from bots.channels.pipeline import LINK_TRIES_BURST
from bots.rate_limit import MAX_KEYS, RateLimiter, refuse_if_limited, retry_after_header
from core.config import Settings
from core.messages import msg
from tests.conftest import start_demo
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import BASE_URL, TOKEN, TRAVELER, WEBHOOK_SECRET, FakeTelegram, attached

# --- the limiter ---------------------------------------------------------------------------------


def test_a_burst_then_one_token_per_interval(clock: FakeClock) -> None:
    limiter = RateLimiter(per_minute=60, burst=3, monotonic=clock.monotonic)
    assert [limiter.retry_after("k") for _ in range(3)] == [None, None, None]
    wait = limiter.retry_after("k")
    assert wait == pytest.approx(1.0)
    clock.advance(seconds=1)
    assert limiter.retry_after("k") is None
    assert limiter.retry_after("k") is not None
    assert limiter.retry_after("other") is None  # keys are independent


def test_zero_per_minute_turns_it_off(clock: FakeClock) -> None:
    limiter = RateLimiter(per_minute=0, burst=None, monotonic=clock.monotonic)
    assert not limiter.enabled
    assert all(limiter.retry_after("k") is None for _ in range(1000))


def test_memory_is_bounded_however_many_keys(clock: FakeClock) -> None:
    limiter = RateLimiter(per_minute=60, burst=1, monotonic=clock.monotonic)
    for n in range(MAX_KEYS + 50):
        limiter.retry_after(f"ip-{n}")
    assert len(limiter._buckets) == MAX_KEYS


def test_retry_after_is_whole_seconds_at_least_one() -> None:
    assert retry_after_header(0.01) == "1"
    assert retry_after_header(2.2) == "3"


# --- over HTTP -----------------------------------------------------------------------------------


@pytest.fixture
def limited_settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'limits.db'}",
        run_jobs_in_web=False,
        enrichment_queue_workers=0,
        rate_limit_chat_per_minute=6,  # burst 2
        rate_limit_per_ip_per_minute=60,  # burst 20
        max_request_body_bytes=4096,
        telegram_bot_token=TOKEN,
        telegram_webhook_secret=WEBHOOK_SECRET,
        telegram_api_base_url=BASE_URL,
    )


@pytest.fixture
async def limited(limited_settings: Settings, clock: FakeClock) -> AsyncIterator[FastAPI]:
    application = create_app(limited_settings, clock=clock)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def http(limited: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=limited)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


async def test_a_traveler_over_the_chat_limit_gets_429_others_do_not(
    http: httpx.AsyncClient, clock: FakeClock
) -> None:
    one, two = await start_demo(http), await start_demo(http)

    async def say(trip: Any) -> httpx.Response:
        return await http.post(
            f"/api/v1/itineraries/{trip.itinerary_id}/chat",
            json={"text": "what's on day 1?"},
            headers=trip.headers,
        )

    assert [(await say(one)).status_code for _ in range(2)] == [200, 200]
    refused = await say(one)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert int(refused.headers["retry-after"]) >= 1
    assert (await say(two)).status_code == 200  # another traveler is not slowed down
    clock.advance(seconds=10)
    assert (await say(one)).status_code == 200


async def test_one_address_flooding_the_api_gets_429(http: httpx.AsyncClient) -> None:
    statuses = [(await http.get("/api/v1/itineraries/nope")).status_code for _ in range(25)]
    assert statuses[:20] == [401] * 20  # refused for the missing token, but counted
    assert set(statuses[20:]) == {429}
    refused = await http.get("/api/v1/itineraries/nope")
    assert refused.headers["retry-after"]
    assert refused.json()["error"]["code"] == "rate_limited"
    assert (await http.get("/healthz")).status_code == 200  # probes are never limited


async def test_demo_sessions_are_limited_per_address(http: httpx.AsyncClient) -> None:
    made = [(await http.post("/api/v1/demo/session")).status_code for _ in range(12)]
    assert made[:10] == [200] * 10
    assert made[10:] == [429, 429]


async def test_oversized_bodies_get_413_declared_or_streamed(http: httpx.AsyncClient) -> None:
    trip = await start_demo(http)
    url = f"/api/v1/itineraries/{trip.itinerary_id}/chat"
    big = json.dumps({"text": "x" * 10_000})
    declared = await http.post(
        url, content=big, headers={**trip.headers, "content-type": "application/json"}
    )
    assert declared.status_code == 413
    assert declared.json()["error"] == {
        "code": "payload_too_large",
        "message": "The request body is too large.",
    }

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 1000

    streamed = await http.post(
        url, content=chunks(), headers={**trip.headers, "content-type": "application/json"}
    )
    assert streamed.status_code == 413
    webhook = await http.post(
        "/webhooks/telegram", content=big, headers={SECRET_HEADER: WEBHOOK_SECRET}
    )
    assert webhook.status_code == 413


async def test_a_chat_user_flooding_a_channel_is_told_once_to_slow_down(
    limited: FastAPI, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    fake = FakeTelegram()
    pipeline = limited.state.services.pipeline
    async with attached(limited, fake, clock, settings=limited.state.services.settings):
        for _ in range(5):
            response = await http.post(
                "/webhooks/telegram",
                content=json.dumps(fake.text_update("what's on day 1?")),
                headers={"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET},
            )
            assert response.status_code == 200  # accepted and kept: never a redelivery storm
            await pipeline.drain()
    texts = [b["text"] for b in fake.bodies("sendMessage") if b["chat_id"] == TRAVELER["id"]]
    answers = [t for t in texts if "Day 1" in t]
    assert len(answers) == 2  # the burst
    assert texts.count(msg("slow_down")) == 1  # one notice, not one per message
    assert await pipeline.inbox.pending() == []  # every delivery was handled


async def test_a_limited_socket_is_accepted_then_closed_with_1013(clock: FakeClock) -> None:
    # Closed before the handshake, a browser would see a bare HTTP 403 and no reason at all.
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "websocket.connect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "websocket", "path": "/api/v1/itineraries/x/events", "client": ("1.2.3.4", 1)}
    await refuse_if_limited(RateLimiter(60, 0, clock.monotonic), scope, receive, send)
    assert sent == [{"type": "websocket.accept"}, {"type": "websocket.close", "code": 1013}]


async def _no_wait(_seconds: float) -> None:
    """The sender's per-chat pacing, skipped: these tests count answers, not their timing."""


@pytest.mark.parametrize(("chat_per_minute", "answered"), [(6, 2), (60, LINK_TRIES_BURST)])
async def test_link_code_guesses_are_rate_limited(
    limited_settings: Settings, clock: FakeClock, chat_per_minute: int, answered: int
) -> None:
    # The chat limit (burst 2 at 6 a minute) and, under a looser one, the link tries' own.
    settings = limited_settings.model_copy(update={"rate_limit_chat_per_minute": chat_per_minute})
    application = create_app(settings, clock=clock)
    fake = FakeTelegram()
    async with (
        application.router.lifespan_context(application),
        attached(application, fake, clock, settings=settings, sleep=_no_wait),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=application), base_url="http://test"
        ) as http,
    ):
        pipeline = application.state.services.pipeline
        for guess in range(8):
            response = await http.post(
                "/webhooks/telegram",
                content=json.dumps(fake.text_update(f"link GUESS{guess:03d}")),
                headers={"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET},
            )
            assert response.status_code == 200
            await pipeline.drain()
    texts = [b["text"] for b in fake.bodies("sendMessage") if b["chat_id"] == TRAVELER["id"]]
    assert texts.count(msg("link_invalid")) == answered
    assert texts.count(msg("slow_down")) == 1


async def test_verified_webhooks_are_not_limited_per_address_unverified_ones_are(
    limited: FastAPI, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    # A busy bot: every delivery comes from the platform's few addresses (here, one).
    fake = FakeTelegram()
    async with attached(limited, fake, clock, settings=limited.state.services.settings):
        for n in range(30):  # past the per-IP burst of 20
            update = fake.text_update("what's on day 1?") | {"update_id": 9000 + n}
            response = await http.post(
                "/webhooks/telegram",
                content=json.dumps(update),
                headers={"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET},
            )
            assert response.status_code == 200, (n, response.text)
        forged = [
            (
                await http.post(
                    "/webhooks/telegram",
                    content=b"{}",
                    headers={"content-type": "application/json", SECRET_HEADER: "forged"},
                )
            ).status_code
            for _ in range(25)
        ]
    assert forged[:20] == [401] * 20
    assert set(forged[20:]) == {429}
