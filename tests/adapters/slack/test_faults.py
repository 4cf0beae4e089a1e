"""Slack slow, 5xx or 429: bounded attempts and waits, then SlackSendError for the outbox.

The Web API is a real aiohttp server on 127.0.0.1 (slack-sdk speaks aiohttp). Time is the fake
clock: the injected sleep moves it, and a slow answer moves it by the request timeout it
stands for while the sender's real (short) timeout cuts the request.
"""

from __future__ import annotations

import asyncio
import contextlib
import time as wall
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.slack.channel import SlackChannel
from adapters.slack.errors import SlackSendError
from adapters.slack.sender import SlackSender
from adapters.slack.signature import SlackSignature
from core.services.outbox import DEAD, PENDING
from core.services.outbox_dispatch import LEASE_MARGIN, MAX_ATTEMPTS, claim_due, send_claimed
from core.services.outbox_routing import Route
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import Chat, add_traveler, outbox_rows, queue_alert
from tests.fakes.slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack, RecordingSleep

MESSAGE = {"channel": "D0DMCHAN1", "text": "hi", "blocks": []}
TIMEOUT = 30.0  # the sender's default request timeout (aiohttp total)
BUDGET = 30.0  # retry_budget_seconds: no retry starts later than this after the first attempt
MAX_TRIES = 4  # core.retry_policy, shared by every sender
RATELIMITED = {"ok": False, "error": "ratelimited"}


@pytest.fixture
async def sender(
    fake_slack: FakeSlack, clock: FakeClock, sleep: RecordingSleep
) -> AsyncIterator[SlackSender]:
    # jitter at its maximum: backoffs are at their longest.
    sender = SlackSender(BOT_TOKEN, fake_slack.base_url, clock, sleep=sleep, jitter=lambda: 1.0)
    yield sender
    await sender.aclose()


async def timed_failure(sender: SlackSender, clock: FakeClock) -> tuple[SlackSendError, float]:
    started = clock.monotonic()
    with pytest.raises(SlackSendError) as raised:
        await sender.post(MESSAGE)
    return raised.value, clock.monotonic() - started


# --- slow --------------------------------------------------------------------------------------


@dataclass
class SlowSlack:
    """A Web API that never answers in time; each request moves the clock by `simulated`."""

    clock: FakeClock
    simulated: float
    base_url: str = ""
    calls: list[str] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        self.calls.append(request.match_info["method"])
        self.clock.advance(seconds=self.simulated)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.release.wait(), timeout=10)
        return web.json_response({"ok": True, "ts": "1795424401.000100"})


@contextlib.asynccontextmanager
async def slow_slack(clock: FakeClock, simulated: float) -> AsyncIterator[SlowSlack]:
    slow = SlowSlack(clock, simulated)
    app = web.Application()
    app.router.add_post("/api/{method}", slow.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    slow.base_url = f"http://127.0.0.1:{server.port}"
    try:
        yield slow
    finally:
        slow.release.set()
        await server.close()


async def test_a_request_is_cut_by_the_timeout_and_attempts_are_bounded(
    clock: FakeClock, sleep: RecordingSleep
) -> None:
    async with slow_slack(clock, simulated=0.0) as slow:
        sender = SlackSender(
            BOT_TOKEN, slow.base_url, clock, sleep=sleep, jitter=lambda: 1.0, timeout=0.2
        )
        started = wall.monotonic()
        with pytest.raises(SlackSendError) as raised:
            await sender.post(MESSAGE)
        real = wall.monotonic() - started
        await sender.aclose()
    assert raised.value.status is None
    assert "Timeout" in raised.value.error
    # Four attempts, three waits between them. On a busy machine a 0.2 s timeout may cut a
    # request before the server saw it, so the server counts at most four.
    assert sleep.delays == [0.5, 1.0, 2.0]  # 0.5 s doubling, jitter at its maximum
    assert 1 <= len(slow.calls) <= MAX_TRIES
    assert real < 5  # 4 × 0.2 s: the server held each request for 10 s


async def test_slow_slack_is_not_retried_after_a_full_timeout(
    clock: FakeClock, sleep: RecordingSleep
) -> None:
    async with slow_slack(clock, simulated=TIMEOUT) as slow:
        sender = SlackSender(BOT_TOKEN, slow.base_url, clock, sleep=sleep, timeout=0.2)
        failure, elapsed = await timed_failure(sender, clock)
        await sender.aclose()
    assert "Timeout" in failure.error
    # 30 s went by: any retry would start after the 30 s budget.
    assert slow.calls == ["chat.postMessage"]
    assert sleep.delays == []
    assert elapsed <= BUDGET + TIMEOUT


# --- 5xx ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, {"ok": False, "error": "internal_error"}),
        (502, "<html>Bad Gateway</html>"),
        (503, {"ok": False, "error": "service_unavailable"}),
    ],
)
async def test_5xx_every_time_is_four_tries_and_3_5_seconds_of_backoff(
    sender: SlackSender,
    fake_slack: FakeSlack,
    sleep: RecordingSleep,
    clock: FakeClock,
    status: int,
    body: object,
) -> None:
    fake_slack.fail("chat.postMessage", status, body, times=20)
    failure, elapsed = await timed_failure(sender, clock)
    assert failure.status == status
    assert len(fake_slack.calls) == MAX_TRIES
    assert sleep.delays == [0.5, 1.0, 2.0]
    assert elapsed == sum(sleep.delays) == 3.5


# --- 429 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "calls", "delays"),
    [
        ("3", MAX_TRIES, [3.0, 3.0, 3.0]),  # short waits: every attempt is used
        ("20", 2, [20.0]),  # 20 s, then 20 more would pass the 30 s budget
        ("3600", 1, []),  # an hour: give up at once (before: 4 sleeps of an hour)
        (None, MAX_TRIES, [0.5, 1.0, 2.0]),  # no header (a proxy dropped it): backoff
    ],
)
async def test_429_retry_after_is_honored_only_within_the_budget(
    sender: SlackSender,
    fake_slack: FakeSlack,
    sleep: RecordingSleep,
    clock: FakeClock,
    retry_after: str | None,
    calls: int,
    delays: list[float],
) -> None:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    fake_slack.fail("chat.postMessage", 429, RATELIMITED, headers, times=20)
    failure, elapsed = await timed_failure(sender, clock)
    assert (failure.status, failure.error) == (429, "ratelimited")
    assert len(fake_slack.calls) == calls
    assert sleep.delays == delays
    assert elapsed <= BUDGET


async def test_edits_and_ephemeral_messages_are_bounded_the_same_way(
    sender: SlackSender, fake_slack: FakeSlack, sleep: RecordingSleep
) -> None:
    fake_slack.fail("chat.update", 429, RATELIMITED, {"Retry-After": "3600"}, times=5)
    fake_slack.fail("chat.postEphemeral", 503, {"ok": False, "error": "x"}, times=20)
    with pytest.raises(SlackSendError):
        await sender.update({"channel": "D0DMCHAN1", "ts": "1.2", "text": "x", "blocks": []})
    with pytest.raises(SlackSendError):
        await sender.post_ephemeral({"channel": "D0DMCHAN1", "user": "U1", "text": "x"})
    assert len(fake_slack.bodies("chat.update")) == 1
    assert len(fake_slack.bodies("chat.postEphemeral")) == MAX_TRIES
    assert sum(sleep.delays) == 3.5


# --- through the outbox ------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["503", "429-hour"])
async def test_a_push_that_keeps_failing_is_retried_later_then_dead_lettered(
    sessions: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    sender: SlackSender,
    fake_slack: FakeSlack,
    fault: str,
) -> None:
    if fault == "503":
        fake_slack.fail("chat.postMessage", 503, {"ok": False, "error": "x"}, times=100)
    else:
        fake_slack.fail("chat.postMessage", 429, RATELIMITED, {"Retry-After": "3600"}, times=100)
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("slack", "D0DMCHAN1")])
        await queue_alert(session, clock, traveler)
    channel = SlackChannel(SlackSignature(SIGNING_SECRET, clock), sender)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        (claim,) = await claim_due(sessions, clock, limit=1)
        status = await send_claimed(
            sessions, clock, claim, Route("slack", "D0DMCHAN1"), channel, lambda: 0.5
        )
        assert clock.now() <= claim.lease_until - LEASE_MARGIN  # gave up inside the lease
        (row,) = await outbox_rows(sessions)
        assert row.attempts == attempt
        assert row.last_error is not None
        assert row.last_error.startswith("SlackSendError: Slack chat.postMessage failed")
        if attempt < MAX_ATTEMPTS:
            assert status == PENDING
            clock.advance(hours=2)
    assert status == row.status == DEAD
