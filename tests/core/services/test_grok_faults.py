"""xAI slow, 5xx or 429: no waits, a breaker after two outages, the job keeps what it knew.

Grok is only asked by `refresh_intelligence` (every 30 minutes), so nothing is retried or
waited for: a failed market is ledgered and skipped. After two outages in a row the client
stops asking for 20 minutes, so a run against a dead xAI waits out two 60 s timeouts, not
eight.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import date
from typing import Any

import httpx
import pytest
import respx
from pydantic import SecretStr
from sqlalchemy import select

from core.config import Settings
from core.services import grok as grok_module
from core.services.grok import GrokClient, make_xai_client
from core.services.intel_items import MARKETS
from core.storage.models import AiInteraction, DestinationIntelligence
from jobs.context import JobContext
from jobs.refresh_intelligence import run_refresh_intelligence
from tests.fakes.clock import FakeClock
from tests.fakes.xai import market_of, responses_answer
from tests.jobs.people import running_jobs

XAI = "https://xai.test"
API_KEY = "xai-faults-SECRET-key"
TODAY = date(2026, 11, 23)
READ_TIMEOUT = 60.0
OUTAGES_TO_OPEN = 2
OPEN_SECONDS = 20 * 60

Answer = Callable[[httpx.Request], httpx.Response]


def intelligence(request: httpx.Request) -> httpx.Response:
    """Every market has one event (named after it) and the weather."""
    market = market_of(request)
    assert market in MARKETS
    payload = {
        "events": [{"name": f"{market} festival", "date": "2026-12-05", "category": "cultural"}],
        "safety_updates": [],
        "trending_experiences": [],
        "weather": {"current": "Clear"},
    }
    usage = {"input_tokens": 500, "output_tokens": 700}
    return httpx.Response(200, json=responses_answer(json.dumps(payload), usage=usage))


def status(code: int, **headers: str) -> Answer:
    return lambda request: httpx.Response(code, json={"error": "try later"}, headers=headers)


class Xai:
    """The Responses API endpoint: answers with `answer`, or times out (`slow`)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.answer: Answer = intelligence
        self.slow = False
        self.requests = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.slow:
            self.clock.advance(seconds=READ_TIMEOUT)  # the whole read timeout goes by
            raise httpx.ReadTimeout("timed out", request=request)
        return self.answer(request)


FAULTS = ["slow", "500", "502", "503", "429"]


def fail(xai: Xai, fault: str) -> None:
    if fault == "slow":
        xai.slow = True
    elif fault == "429":
        xai.answer = status(429, **{"Retry-After": "3600"})
    else:
        xai.answer = status(int(fault))


@pytest.fixture
def xai(clock: FakeClock) -> Xai:
    return Xai(clock)


@pytest.fixture
async def grok(xai: Xai, clock: FakeClock) -> AsyncIterator[GrokClient]:
    http = httpx.AsyncClient(base_url=XAI, transport=httpx.MockTransport(xai.handle))
    client = GrokClient(http, SecretStr(API_KEY), clock)
    yield client
    await client.aclose()


def test_a_call_waits_at_most_10_seconds_to_connect_and_60_to_read() -> None:
    timeout = make_xai_client(XAI).timeout
    assert (timeout.connect, timeout.read) == (10.0, READ_TIMEOUT)
    assert (grok_module.OUTAGES_TO_OPEN, grok_module.OPEN_SECONDS) == (
        OUTAGES_TO_OPEN,
        OPEN_SECONDS,
    )


# --- client ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", FAULTS)
async def test_two_outages_open_the_breaker_and_later_calls_ask_nothing(
    grok: GrokClient, xai: Xai, clock: FakeClock, fault: str
) -> None:
    fail(xai, fault)
    started = time.monotonic()
    answers = [await grok.intelligence(market, TODAY) for market in MARKETS]
    assert time.monotonic() - started < 1  # nothing waits for a Retry-After or a backoff
    assert xai.requests == OUTAGES_TO_OPEN
    for answer in answers:
        assert answer.payload is None
        assert answer.error is not None
        assert API_KEY not in answer.error
    assert ("ReadTimeout" if fault == "slow" else f"HTTP {fault}") in (answers[0].error or "")
    assert all("circuit open" in (a.error or "") for a in answers[OUTAGES_TO_OPEN:])
    assert grok.breaker.state == "open"

    clock.advance(seconds=OPEN_SECONDS)
    xai.slow, xai.answer = False, intelligence
    back = await grok.intelligence("Kyoto", TODAY)
    assert back.payload is not None
    assert grok.breaker.state == "closed"
    assert xai.requests == OUTAGES_TO_OPEN + 1


async def test_one_outage_between_answers_does_not_open_it(grok: GrokClient, xai: Xai) -> None:
    for market in MARKETS:
        xai.answer = status(503) if market in {"Goa", "Jaipur"} else intelligence
        await grok.intelligence(market, TODAY)
    assert xai.requests == len(MARKETS)
    assert grok.breaker.state == "closed"


async def test_a_refusal_is_not_an_outage(grok: GrokClient, xai: Xai) -> None:
    xai.answer = status(401)
    for market in MARKETS[:4]:
        answer = await grok.intelligence(market, TODAY)
        assert answer.error is not None
        assert answer.error.startswith("HTTP 401")
    assert xai.requests == 4  # xAI answered: asking the next market is worth it
    assert grok.breaker.state == "closed"


async def test_a_cancelled_call_does_not_jam_the_breaker(xai: Xai, clock: FakeClock) -> None:
    started = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async with httpx.AsyncClient(base_url=XAI, transport=httpx.MockTransport(hang)) as http:
        grok = GrokClient(http, SecretStr(API_KEY), clock)
        grok.breaker.record_failure()
        grok.breaker.record_failure()  # open
        clock.advance(seconds=OPEN_SECONDS)
        call = asyncio.create_task(grok.intelligence("Goa", TODAY))  # the half-open trial
        await started.wait()
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
    assert grok.breaker.state == "half_open"
    assert grok.breaker.is_open is False


# --- the job -----------------------------------------------------------------------------------


@pytest.fixture
async def ctx(settings: Settings, clock: FakeClock) -> AsyncIterator[JobContext]:
    keyed = Settings(
        _env_file=None, **settings.model_dump() | {"xai_api_key": "xai-key", "xai_base_url": XAI}
    )
    async with running_jobs(keyed, clock) as built:
        yield built


@pytest.fixture
def routed(xai: Xai) -> Iterator[respx.Route]:
    """The job builds its own client (and breaker) each run; respx answers it through `xai`."""
    with respx.mock(base_url=XAI, assert_all_called=False) as router:
        yield router.post("/v1/responses").mock(side_effect=xai.handle)


async def stored(ctx: JobContext) -> list[tuple[str, str, Any]]:
    async with ctx.sessions() as session:
        rows = await session.scalars(select(DestinationIntelligence))
        return sorted((row.market, row.intel_type, row.id) for row in rows)


async def ledgered(ctx: JobContext) -> list[AiInteraction]:
    async with ctx.sessions() as session:
        return list(await session.scalars(select(AiInteraction).order_by(AiInteraction.id)))


@pytest.mark.parametrize("fault", FAULTS)
async def test_the_job_logs_keeps_what_it_knew_and_asks_again_next_run(
    ctx: JobContext,
    xai: Xai,
    routed: respx.Route,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    fault: str,
) -> None:
    assert await run_refresh_intelligence(ctx) > 0
    known = await stored(ctx)
    assert {market for market, _, _ in known} == set(MARKETS)
    asked = xai.requests

    fail(xai, fault)
    clock.advance(minutes=30)
    started = clock.monotonic()
    with caplog.at_level(logging.WARNING, logger="jobs.refresh_intelligence"):
        assert await run_refresh_intelligence(ctx) == 0  # no exception either
    # Two outages, then the other six markets are skipped without a request.
    assert xai.requests - asked == OUTAGES_TO_OPEN
    assert clock.monotonic() - started <= OUTAGES_TO_OPEN * READ_TIMEOUT  # not 8 × 60 s
    assert await stored(ctx) == known  # yesterday's intelligence is still served
    skipped = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING and "skipped" in r.getMessage()
    ]
    assert len(skipped) == len(MARKETS)
    failed = (await ledgered(ctx))[len(MARKETS) :]
    assert len(failed) == len(MARKETS)
    assert not any(row.success for row in failed)
    assert all(row.error for row in failed)

    xai.slow, xai.answer = False, intelligence
    clock.advance(minutes=30)
    await run_refresh_intelligence(ctx)  # the next run starts with a closed breaker
    assert xai.requests - asked == OUTAGES_TO_OPEN + len(MARKETS)
