"""Twilio slow, 5xx or 429 / 20429: bounded attempts and waits, then TwilioSendError.

Time is the fake clock: the injected sleep moves it, and a slow answer moves it by the
client's timeout before the transport raises, as a real timeout would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.whatsapp.channel import WhatsAppChannel
from adapters.whatsapp.sender import TwilioSender, TwilioSendError
from core.services.outbox import DEAD, PENDING
from core.services.outbox_dispatch import LEASE_MARGIN, MAX_ATTEMPTS, claim_due, send_claimed
from core.services.outbox_routing import Route
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import Chat, add_traveler, outbox_rows, queue_alert
from tests.fakes.whatsapp import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    OUR_NUMBER,
    TRAVELER,
    FakeTwilio,
    RecordedSleeps,
    rate_limited,
    server_error,
    twilio_error,
)

FORM = {"To": TRAVELER, "From": OUR_NUMBER, "Body": "Typhoon warning for Kyoto"}
TIMEOUT = 15.0  # the sender's own client
BUDGET = 30.0  # retry_budget_seconds: no retry starts later than this after the first attempt
MAX_TRIES = 4

Answer = Callable[[], httpx.Response]


class Scripted:
    """Twilio answering every request with `answer()`, or timing out (`slow` names the error)."""

    def __init__(self, clock: FakeClock) -> None:
        self.twilio = FakeTwilio()
        self.clock = clock
        self.answer: Answer | None = None
        self.slow: type[httpx.TimeoutException] | None = None
        self.requests = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.slow is not None:
            self.clock.advance(seconds=TIMEOUT)  # the whole timeout goes by
            raise self.slow("timed out", request=request)
        if self.answer is not None:
            return self.answer()
        return self.twilio.handle(request)


@pytest.fixture
def api(clock: FakeClock) -> Scripted:
    return Scripted(clock)


@pytest.fixture
def sleeps(clock: FakeClock) -> RecordedSleeps:
    return RecordedSleeps(clock)


@pytest.fixture
async def sender(
    api: Scripted, clock: FakeClock, sleeps: RecordedSleeps
) -> AsyncIterator[TwilioSender]:
    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        client=httpx.AsyncClient(transport=httpx.MockTransport(api.handle)),
        sleep=sleeps,
        jitter=lambda: 1.0,  # backoff at its maximum: the worst case
    )
    yield sender
    await sender.aclose()


async def timed_failure(sender: TwilioSender, clock: FakeClock) -> tuple[TwilioSendError, float]:
    started = clock.monotonic()
    with pytest.raises(TwilioSendError) as raised:
        await sender.send(FORM)
    return raised.value, clock.monotonic() - started


async def test_the_senders_own_client_times_out_after_15_seconds(clock: FakeClock) -> None:
    sender = TwilioSender(ACCOUNT_SID, AUTH_TOKEN, clock=clock)
    timeout = sender._client.timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (15.0,) * 4
    await sender.aclose()


# --- slow --------------------------------------------------------------------------------------


async def test_a_slow_answer_is_not_resent_and_fails_after_one_timeout(
    sender: TwilioSender, api: Scripted, sleeps: RecordedSleeps, clock: FakeClock
) -> None:
    # Twilio may have created the message: resending could deliver it twice.
    api.slow = httpx.ReadTimeout
    failure, elapsed = await timed_failure(sender, clock)
    assert failure.status is None
    assert "ReadTimeout" in failure.message
    assert api.requests == 1
    assert sleeps.waits == []
    assert elapsed == TIMEOUT


async def test_a_slow_connect_is_retried_only_within_the_budget(
    sender: TwilioSender, api: Scripted, sleeps: RecordedSleeps, clock: FakeClock
) -> None:
    api.slow = httpx.ConnectTimeout
    failure, elapsed = await timed_failure(sender, clock)
    assert "ConnectTimeout" in failure.message
    # 15 s, 0.5 s backoff, 15 s; a third try would start after the budget (before: 4 tries).
    assert api.requests == 2
    assert sleeps.waits == [0.5]
    assert elapsed == 30.5
    assert elapsed <= BUDGET + TIMEOUT


# --- 5xx ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        server_error,
        lambda: twilio_error(502, 20502, "Bad Gateway"),
        lambda: httpx.Response(503, text="<html>Service Unavailable</html>"),
    ],
    ids=["500", "502", "503-html"],
)
async def test_5xx_every_time_is_four_tries_and_3_5_seconds_of_backoff(
    sender: TwilioSender, api: Scripted, sleeps: RecordedSleeps, clock: FakeClock, answer: Answer
) -> None:
    api.answer = answer
    failure, elapsed = await timed_failure(sender, clock)
    assert failure.status in {500, 502, 503}
    assert api.requests == MAX_TRIES
    assert sleeps.waits == [0.5, 1.0, 2.0]
    assert elapsed == 3.5


# --- 429 / 20429 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "requests", "waits"),
    [
        ("2", MAX_TRIES, [2.0, 2.0, 2.0]),  # short waits: every attempt is used
        ("20", 2, [20.0]),  # 20 s, then 20 more would pass the 30 s budget
        ("3600", 1, []),  # an hour: give up at once (before: 3 resends 30 s apart)
        (None, MAX_TRIES, [0.5, 1.0, 2.0]),  # 20429 without Retry-After: backoff
    ],
)
async def test_429_retry_after_is_honored_only_within_the_budget(
    sender: TwilioSender,
    api: Scripted,
    sleeps: RecordedSleeps,
    clock: FakeClock,
    retry_after: str | None,
    requests: int,
    waits: list[float],
) -> None:
    api.answer = lambda: rate_limited(retry_after)
    failure, elapsed = await timed_failure(sender, clock)
    assert (failure.status, failure.code) == (429, 20429)
    assert api.requests == requests
    assert sleeps.waits == waits
    assert elapsed <= BUDGET


async def test_error_20429_under_another_status_is_slowed_down_too(
    sender: TwilioSender, api: Scripted, sleeps: RecordedSleeps, clock: FakeClock
) -> None:
    api.answer = lambda: twilio_error(400, 20429, "Too Many Requests")
    failure, _ = await timed_failure(sender, clock)
    assert failure.code == 20429
    assert api.requests == MAX_TRIES
    assert sleeps.waits == [0.5, 1.0, 2.0]


async def test_429_then_success_is_sent_once(
    sender: TwilioSender, api: Scripted, sleeps: RecordedSleeps
) -> None:
    api.twilio.answers = [rate_limited("3")]
    assert (await sender.send(FORM)).startswith("SM")
    assert api.twilio.messages == [FORM]
    assert sleeps.waits == [3.0]


# --- through the outbox ------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["slow", "503", "429-hour"])
async def test_a_push_that_keeps_failing_is_retried_later_then_dead_lettered(
    sessions: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    sender: TwilioSender,
    api: Scripted,
    fault: str,
) -> None:
    if fault == "slow":
        api.slow = httpx.ConnectTimeout
    elif fault == "503":
        api.answer = lambda: twilio_error(503, 20503, "Service Unavailable")
    else:
        api.answer = lambda: rate_limited("3600")
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("whatsapp", TRAVELER, clock.now())])
        await queue_alert(session, clock, traveler)
    channel = WhatsAppChannel(auth_token=AUTH_TOKEN, sender_address=OUR_NUMBER, sender=sender)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        (claim,) = await claim_due(sessions, clock, limit=1)
        status = await send_claimed(
            sessions, clock, claim, Route("whatsapp", TRAVELER), channel, lambda: 0.5
        )
        assert clock.now() <= claim.lease_until - LEASE_MARGIN  # gave up inside the lease
        (row,) = await outbox_rows(sessions)
        assert row.attempts == attempt
        assert row.last_error is not None
        assert row.last_error.startswith("TwilioSendError: Twilio ")
        if attempt < MAX_ATTEMPTS:
            assert status == PENDING
            clock.advance(hours=2)
    assert status == row.status == DEAD
