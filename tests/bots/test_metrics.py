"""GET /metrics after a short chat: the series the operator watches, with real values.

The registry is process-wide, so every assertion compares a series before and after the
action it is about.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from adapters.telegram.signature import SECRET_HEADER
from core.services.outbox import enqueue_push
from core.services.places.guard import CircuitBreaker
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import WEBHOOK_SECRET, FakeTelegram, attached

Labels = dict[str, str]


async def scrape(client: httpx.AsyncClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(
    samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


async def test_turn_latency_by_channel_and_intent(
    client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    before = await scrape(client)
    await trip.chat("add a sushi place on day 2")
    await trip.chat("the second one")
    await trip.chat("what's on day 2?")
    after = await scrape(client)
    count = "traveloure_turn_seconds_count"
    for intent in ("add", "choice", "show"):
        grown = value(after, count, channel="web", intent=intent)
        assert grown - value(before, count, channel="web", intent=intent) == 1, intent
    total = "traveloure_turn_seconds_sum"
    assert value(after, total, channel="web", intent="add") > value(
        before, total, channel="web", intent="add"
    )
    # Buckets are cumulative: the +Inf bucket holds every turn.
    inf = value(after, "traveloure_turn_seconds_bucket", channel="web", intent="add", le="+Inf")
    assert inf == value(after, count, channel="web", intent="add")


async def test_place_search_cache_hits_and_ratio(client: httpx.AsyncClient, trip: DemoTrip) -> None:
    before = await scrape(client)
    await trip.chat("add a sushi place on day 2")  # cards: the itinerary is unchanged, so
    await trip.chat("add a sushi place on day 2")  # the same search again comes from the cache
    after = await scrape(client)
    name = "traveloure_place_search_total"
    assert value(after, name, result="miss") - value(before, name, result="miss") >= 1
    assert value(after, name, result="hit") - value(before, name, result="hit") >= 1
    ratio = value(after, "traveloure_place_search_cache_hit_ratio")
    assert 0 < ratio < 1


async def test_outbox_depth_and_oldest_due_age(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip, clock: FakeClock
) -> None:
    services = app.state.services
    async with services.sessions() as session, session.begin():
        for n in range(3):
            await enqueue_push(
                session,
                clock,
                key=f"metrics:{n}",
                traveler_id=trip.user_id,
                kind="test",
                text="hello",
            )
    clock.advance(seconds=90)
    samples = await scrape(client)
    assert value(samples, "traveloure_outbox_messages", status="pending") == 3
    assert value(samples, "traveloure_outbox_messages", status="dead") == 0
    assert value(samples, "traveloure_outbox_oldest_due_age_seconds") == pytest.approx(90, abs=1)


async def test_breaker_state_follows_the_breaker(
    app: FastAPI, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    breaker = CircuitBreaker(clock)
    app.state.services.breakers["google_places"] = breaker
    assert value(await scrape(client), "traveloure_breaker_state", dependency="google_places") == 0
    for _ in range(5):
        breaker.record_failure()
    assert value(await scrape(client), "traveloure_breaker_state", dependency="google_places") == 2
    clock.advance(seconds=61)
    assert value(await scrape(client), "traveloure_breaker_state", dependency="google_places") == 1


@pytest.fixture
async def telegram(app: FastAPI, clock: FakeClock) -> AsyncIterator[FakeTelegram]:
    fake = FakeTelegram()

    async def sleep(seconds: float) -> None:
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep):
        yield fake


async def test_inbox_duplicates_and_sends_by_channel(
    app: FastAPI, client: httpx.AsyncClient, telegram: FakeTelegram
) -> None:
    before = await scrape(client)
    update = telegram.text_update("what's on day 1?")
    headers = {"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET}
    for _ in range(3):  # Telegram redelivers when it saw no 200 in time
        response = await client.post(
            "/webhooks/telegram", content=json.dumps(update), headers=headers
        )
        assert response.status_code == 200
    await app.state.services.pipeline.drain()
    after = await scrape(client)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("traveloure_inbox_accepted_total", channel="telegram") == 1
    assert grew("traveloure_inbox_duplicates_total", channel="telegram") == 2
    # The welcome of a new chat goes out directly; the answer is the counted reply.
    assert grew("traveloure_sends_total", channel="telegram", kind="reply", result="sent") == 1
    assert grew("traveloure_turn_seconds_count", channel="telegram", intent="show") == 1


async def test_the_standard_process_and_python_series(client: httpx.AsyncClient) -> None:
    names = {name for name, _labels in await scrape(client)}
    assert {"process_cpu_seconds_total", "process_resident_memory_bytes", "python_info"} <= names
    assert "python_gc_collections_total" in names


async def test_http_requests_by_route_template_method_and_status(
    client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    route = "/api/v1/itineraries/{itinerary_id}"
    before = await scrape(client)
    assert (
        await client.get(f"/api/v1/itineraries/{trip.itinerary_id}", headers=trip.headers)
    ).is_success
    await client.get("/api/v1/itineraries/someone-elses", headers=trip.headers)
    await client.get("/no/such/page")
    after = await scrape(client)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("http_requests_total", method="GET", route=route, status="200") == 1
    assert grew("http_requests_total", method="GET", route=route, status="404") == 1
    assert grew("http_requests_total", method="GET", route="unmatched", status="404") == 1
    assert grew("http_request_duration_seconds_count", method="GET", route=route) == 2
    assert not any("someone-elses" in str(labels) for _name, labels in after)
