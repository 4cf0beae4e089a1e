"""Telegram slow, 5xx or 429: bounded attempts and waits, then TelegramApiError for the outbox.

Time is fake: `FakeTime` moves when the sender sleeps, and a slow answer moves it by the
client's read timeout before the transport raises ReadTimeout, as a real timeout would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.telegram.channel import TelegramChannel
from adapters.telegram.sender import TelegramApiError, TelegramSender
from core.services.outbox import DEAD, PENDING
from core.services.outbox_dispatch import LEASE_MARGIN, MAX_ATTEMPTS, claim_due, send_claimed
from core.services.outbox_routing import Route
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import Chat, add_traveler, outbox_rows, queue_alert
from tests.fakes.telegram import BASE_URL, TOKEN, FakeTelegram, error, too_many_requests

READ_TIMEOUT = 15.0  # the sender's own client
BUDGET = 30.0  # retry_budget_seconds: no retry starts later than this after the first attempt
MAX_TRIES = 4
HELLO = {"chat_id": 4242, "text": "hello"}

Answer = Callable[[], httpx.Response]


class Clocked:
    """A FakeClock whose sleeps are recorded and move it (the sender's monotonic and sleep)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.clock.monotonic()

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 4))
        self.clock.advance(seconds=seconds)


SLOW = "slow"  # the answer takes longer than the read timeout
OK = "ok"  # the fake Bot API answers normally
Step = Answer | str


class Failing:
    """A Bot API that follows `script` call by call, its last step repeating (OK when empty)."""

    def __init__(self, time: Clocked) -> None:
        self.fake = FakeTelegram()
        self.time = time
        self.script: list[Step] = []
        self.requests = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        step = self.script[min(self.requests, len(self.script)) - 1] if self.script else OK
        if step == SLOW:
            self.time.clock.advance(seconds=READ_TIMEOUT)  # the whole read timeout goes by
            raise httpx.ReadTimeout("timed out", request=request)
        if isinstance(step, str):
            return self.fake.handle(request)
        return step()


@pytest.fixture
def time(clock: FakeClock) -> Clocked:
    return Clocked(clock)


@pytest.fixture
def api(time: Clocked) -> Failing:
    return Failing(time)


@pytest.fixture
async def sender(api: Failing, time: Clocked) -> AsyncIterator[TelegramSender]:
    async with httpx.AsyncClient(transport=httpx.MockTransport(api.handle)) as client:
        yield TelegramSender(
            TOKEN,
            base_url=BASE_URL,
            client=client,
            monotonic=time.monotonic,
            sleep=time.sleep,
            jitter=lambda: 1.0,  # backoff at its maximum: the worst case
        )


async def timed_failure(sender: TelegramSender, time: Clocked) -> tuple[TelegramApiError, float]:
    started = time.monotonic()
    with pytest.raises(TelegramApiError) as raised:
        await sender.call("sendMessage", HELLO)
    return raised.value, time.monotonic() - started


def test_the_senders_own_client_times_out_after_15_seconds() -> None:
    sender = TelegramSender(TOKEN)
    timeout = sender._client.timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (15.0,) * 4


# --- slow --------------------------------------------------------------------------------------


async def test_slow_telegram_is_tried_twice_then_raises_within_45_seconds(
    sender: TelegramSender, api: Failing, time: Clocked
) -> None:
    api.script = [SLOW]
    failure, elapsed = await timed_failure(sender, time)
    assert failure.status is None
    assert "ReadTimeout" in failure.description
    # 15 s timeout, 0.5 s backoff, 15 s timeout; a third try would start after the budget.
    assert api.requests == 2
    assert time.sleeps == [0.5]
    assert elapsed == 30.5
    assert elapsed <= BUDGET + READ_TIMEOUT


async def test_a_slow_answer_after_a_failure_still_ends_within_the_budget(
    sender: TelegramSender, api: Failing, time: Clocked
) -> None:
    api.script = [lambda: error(502, "Bad Gateway"), SLOW]
    failure, elapsed = await timed_failure(sender, time)
    assert "ReadTimeout" in failure.description
    assert time.sleeps == [0.5, 1.0]
    assert elapsed <= BUDGET + READ_TIMEOUT


# --- 5xx ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        lambda: error(500, "Internal Server Error"),
        lambda: error(502, "Bad Gateway"),
        lambda: httpx.Response(503, text="<html>Service Unavailable</html>"),
    ],
    ids=["500", "502", "503-html"],
)
async def test_5xx_every_time_is_four_tries_and_3_5_seconds_of_backoff(
    sender: TelegramSender, api: Failing, time: Clocked, answer: Answer
) -> None:
    api.script = [answer]
    failure, elapsed = await timed_failure(sender, time)
    assert failure.status in {500, 502, 503}
    assert api.requests == MAX_TRIES
    assert time.sleeps == [0.5, 1.0, 2.0]
    assert elapsed == sum(time.sleeps) == 3.5


# --- 429 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "requests", "sleeps"),
    [
        (3, MAX_TRIES, [3.0, 3.0, 3.0]),  # short waits: every attempt is used
        (20, 2, [20.0]),  # 20 s, then 20 more would pass the 30 s budget
        (45, 1, []),  # under the 60 s cap, but longer than the budget: give up at once
        (3600, 1, []),  # a flood ban: never block a worker for an hour
    ],
)
async def test_429_retry_after_is_honored_only_within_the_budget(
    sender: TelegramSender,
    api: Failing,
    time: Clocked,
    retry_after: int,
    requests: int,
    sleeps: list[float],
) -> None:
    api.script = [lambda: too_many_requests(retry_after)]
    failure, elapsed = await timed_failure(sender, time)
    assert failure.status == 429
    assert failure.retry_after == retry_after  # the dispatcher can see how long Telegram asked
    assert api.requests == requests
    assert time.sleeps == sleeps
    assert elapsed <= BUDGET


async def test_429_then_success_sends_once_more_after_the_wait(
    sender: TelegramSender, api: Failing, time: Clocked
) -> None:
    api.script = [lambda: too_many_requests(5), OK]
    result = await sender.call("sendMessage", HELLO)
    assert result["text"] == "hello"
    assert time.sleeps == [5.0]
    assert api.requests == 2


async def test_a_callback_answer_with_two_attempts_waits_at_most_once(
    sender: TelegramSender, api: Failing, time: Clocked
) -> None:
    api.script = [lambda: error(502, "Bad Gateway")]
    with pytest.raises(TelegramApiError):
        await sender.call("answerCallbackQuery", {"callback_query_id": "1"}, attempts=2)
    assert api.requests == 2
    assert time.sleeps == [0.5]


# --- through the outbox ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    ["slow", "503", "429-flood"],
)
async def test_a_push_that_keeps_failing_is_retried_later_then_dead_lettered(
    sessions: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    sender: TelegramSender,
    api: Failing,
    fault: str,
) -> None:
    faults: dict[str, Step] = {
        "slow": SLOW,
        "503": lambda: error(503, "Service Unavailable"),
        "429-flood": lambda: too_many_requests(3600),
    }
    api.script = [faults[fault]]
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "4242")])
        await queue_alert(session, clock, traveler)
    channel = TelegramChannel(sender, "secret")
    for attempt in range(1, MAX_ATTEMPTS + 1):
        (claim,) = await claim_due(sessions, clock, limit=1)
        status = await send_claimed(
            sessions, clock, claim, Route("telegram", "4242"), channel, lambda: 0.5
        )
        # The sender gave up before the lease (minus its margin) ran out: no other worker
        # could have claimed the row meanwhile and sent it a second time.
        assert clock.now() <= claim.lease_until - LEASE_MARGIN
        (row,) = await outbox_rows(sessions)
        assert row.attempts == attempt
        assert row.last_error is not None
        assert row.last_error.startswith("TelegramApiError: ")
        if attempt < MAX_ATTEMPTS:
            assert status == PENDING
            clock.advance(hours=2)
    assert status == row.status == DEAD
