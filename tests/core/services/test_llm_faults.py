"""Anthropic slow, 5xx or 429: one bounded retry, a capped Retry-After, a deadline, a rules answer.

The SDK's own retries are off (it sleeps whatever Retry-After says, an hour included); the
client retries once with an injected sleep, and a traveler never waits longer than the
deadline (15 s) however the attempts go.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx2
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.messages import msg
from core.services import llm as llm_module
from core.services.llm import LlmClient
from core.storage.models import AiInteraction
from tests.conftest import DemoTrip
from tests.fakes.anthropic import FakeAnthropic, demo_with_llm, llm_clients, raising
from tests.fakes.clock import FakeClock

API_KEY = "sk-ant-api03-faults-test-key"
TOOL: dict[str, Any] = {
    "name": "classify_turn",
    "description": "Record the intent.",
    "input_schema": {"type": "object", "properties": {"intent": {"type": "string"}}},
}
UNFAMILIAR = "how about Sushi Zen for the second day"  # beyond the rules

Failure = Callable[[], httpx2.Response]


def overloaded(status: int) -> Failure:
    kind = "overloaded_error" if status == 529 else "api_error"
    return lambda: httpx2.Response(
        status, json={"type": "error", "error": {"type": kind, "message": "try later"}}
    )


def rate_limited(**headers: str) -> Failure:
    body = {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}
    return lambda: httpx2.Response(429, json=body, headers=headers)


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def make_llm(
    sessions: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    fake: FakeAnthropic,
    sleeps: Sleeps,
) -> AsyncIterator[Callable[..., LlmClient]]:
    async with llm_clients(sessions, clock, fake, API_KEY) as make:
        yield lambda handler=None, **options: make(handler, sleep=sleeps, **options)


async def ask(client: LlmClient) -> dict[str, Any] | None:
    return await client.tool_call(
        purpose="intent_classification",
        user_id="u1",
        system="You classify.",
        user_text=UNFAMILIAR,
        tool=TOOL,
    )


async def ledger(sessions: async_sessionmaker[AsyncSession]) -> list[AiInteraction]:
    async with sessions() as session:
        return list(await session.scalars(select(AiInteraction).order_by(AiInteraction.id)))


def test_timeouts_retries_and_the_deadline() -> None:
    assert (llm_module.TIMEOUT.connect, llm_module.TIMEOUT.read) == (5.0, 10.0)
    assert llm_module.MAX_RETRIES == 1
    assert llm_module.MAX_RETRY_AFTER_SECONDS == 2.0
    assert llm_module.DEADLINE_SECONDS == 15.0


async def test_the_sdk_does_not_retry_on_its_own(make_llm: Callable[..., LlmClient]) -> None:
    assert make_llm()._anthropic.max_retries == 0


# --- slow --------------------------------------------------------------------------------------


async def test_a_read_timeout_is_retried_once_then_none(
    make_llm: Callable[..., LlmClient],
    fake: FakeAnthropic,
    sleeps: Sleeps,
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    fake.fail = raising(httpx2.ReadTimeout("read timed out"))
    assert await ask(make_llm()) is None
    assert len(fake.requests) == 2
    assert sleeps.waits == [0.5]
    [row] = await ledger(sessions)
    assert row.success is False
    assert row.error is not None
    assert row.error.startswith("APITimeoutError")


async def test_the_deadline_cuts_an_answer_that_never_comes(
    make_llm: Callable[..., LlmClient], sessions: async_sessionmaker[AsyncSession]
) -> None:
    calls = 0

    async def never(request: httpx2.Request) -> httpx2.Response:
        nonlocal calls
        calls += 1
        await asyncio.sleep(30)  # trickling or hung: the per-read timeout alone would not cut it
        return httpx2.Response(500)

    started = time.monotonic()
    assert await ask(make_llm(never, deadline_seconds=0.2)) is None
    assert time.monotonic() - started < 2
    assert calls == 1
    [row] = await ledger(sessions)
    assert row.success is False
    assert row.error is not None
    assert row.error.startswith("TimeoutError")


# --- 5xx ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 529])
async def test_5xx_every_time_is_two_tries_and_half_a_second(
    make_llm: Callable[..., LlmClient], fake: FakeAnthropic, sleeps: Sleeps, status: int
) -> None:
    fake.fail = overloaded(status)
    assert await ask(make_llm()) is None
    assert len(fake.requests) == 2
    assert sleeps.waits == [0.5]


# --- 429 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "requests", "waits"),
    [
        ({"retry-after": "1"}, 2, [1.0]),
        ({"retry-after": "2"}, 2, [2.0]),
        ({"retry-after-ms": "1500", "retry-after": "2"}, 2, [1.5]),
        ({}, 2, [0.5]),
        ({"retry-after": "Wed, 21 Oct 2026 07:28:00 GMT"}, 2, [0.5]),
        ({"retry-after": "3"}, 1, []),  # longer than a traveler should wait: rules answer now
        ({"retry-after": "3600"}, 1, []),  # the SDK would have slept for an hour here
    ],
    ids=["1s", "2s", "ms", "none", "http-date", "3s", "hour"],
)
async def test_429_retry_after_is_waited_only_when_short(
    make_llm: Callable[..., LlmClient],
    fake: FakeAnthropic,
    sleeps: Sleeps,
    headers: dict[str, str],
    requests: int,
    waits: list[float],
) -> None:
    fake.fail = rate_limited(**headers)
    started = time.monotonic()
    assert await ask(make_llm()) is None
    assert time.monotonic() - started < 2
    assert len(fake.requests) == requests
    assert sleeps.waits == waits


async def test_429_then_an_answer_is_the_answer(
    make_llm: Callable[..., LlmClient], fake: FakeAnthropic, sleeps: Sleeps
) -> None:
    failures = [rate_limited(**{"retry-after": "1"})]

    def once() -> httpx2.Response:
        fake.fail = None
        return failures.pop()()

    fake.fail = once
    assert await ask(make_llm()) == fake.tool_input
    assert len(fake.requests) == 2
    assert sleeps.waits == [1.0]


# --- the traveler's answer, over HTTP ------------------------------------------------------------


@pytest.fixture
def chat_as(db_url: str, clock: FakeClock, fake: FakeAnthropic) -> Callable[..., Any]:
    @asynccontextmanager
    async def start() -> AsyncIterator[DemoTrip]:
        async with demo_with_llm(db_url, clock, fake, API_KEY) as (trip, _services):
            yield trip

    return start


@pytest.mark.parametrize(
    "failure",
    [
        raising(httpx2.ReadTimeout("slow")),
        overloaded(503),
        overloaded(529),
        rate_limited(**{"retry-after": "3600"}),
    ],
    ids=["slow", "503", "529", "429-hour"],
)
async def test_llm_down_still_answers_from_the_rules_quickly(
    chat_as: Callable[..., Any], fake: FakeAnthropic, failure: Failure
) -> None:
    fake.fail = failure
    async with chat_as() as trip:
        before = await trip.itinerary()
        started = time.monotonic()
        answer = await trip.chat(UNFAMILIAR)  # HTTP 200, not a 500
        assert time.monotonic() - started < 3  # at most one 0.5 s backoff
        assert answer["type"] == "NEEDS_INPUT"
        assert msg("unclear") in answer["message"]
        assert len(fake.requests) <= 2
        assert await trip.itinerary() == before
        # The rules still handle what they know while the LLM is down.
        assert (await trip.chat("add Sushi Zen restaurant on day 2"))["type"] == "COMPLETE"
