"""The senders' one retry policy: what is retried, the waits, the 30 s budget, the logs."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from core.delivery import ChatUnreachableError, PlatformCallError
from core.retry_policy import RetryPolicy

log = logging.getLogger("tests.retry_policy")


class CallFailedError(PlatformCallError):
    def __init__(
        self, name: str, *, retryable: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(name, retryable=retryable, retry_after=retry_after)


class GoneError(CallFailedError, ChatUnreachableError):
    pass


def busy(retry_after: float | None = None) -> CallFailedError:
    return CallFailedError("busy", retryable=True, retry_after=retry_after)


class Platform:
    """Answers call by call from a script of failures (None: success); time moves by hand."""

    def __init__(self, *script: CallFailedError | None, takes: float = 0.0) -> None:
        self.script = list(script)
        self.calls = 0
        self.now = 100.0
        self.takes = takes  # seconds each attempt lasts (a slow answer)
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 4))
        self.now += seconds

    async def attempt(self) -> str:
        self.calls += 1
        self.now += self.takes
        failure = self.script[min(self.calls, len(self.script)) - 1] if self.script else None
        if failure is not None:
            raise failure
        return "sent"

    def policy(self, jitter: Callable[[], float] = lambda: 1.0) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, monotonic=self.monotonic, jitter=jitter)


async def test_success_at_once_neither_waits_nor_logs(caplog: pytest.LogCaptureFixture) -> None:
    platform = Platform()
    assert await platform.policy().call(platform.attempt, what="x", log=log) == "sent"
    assert (platform.calls, platform.sleeps) == (1, [])
    assert not [r for r in caplog.records if r.name == log.name]


async def test_transient_failures_back_off_exponentially_then_succeed() -> None:
    platform = Platform(busy(), busy(), busy(), None)
    assert await platform.policy().call(platform.attempt, what="x", log=log) == "sent"
    assert platform.sleeps == [0.5, 1.0, 2.0]


async def test_jitter_spreads_each_wait_between_half_and_all_of_it() -> None:
    platform = Platform(busy(), busy(), None)
    await platform.policy(jitter=lambda: 0.0).call(platform.attempt, what="x", log=log)
    assert platform.sleeps == [0.25, 0.5]


async def test_attempts_are_bounded_and_the_last_failure_is_raised_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    platform = Platform(busy())
    with pytest.raises(CallFailedError, match="busy"):
        await platform.policy().call(platform.attempt, what="slack chat.postMessage", log=log)
    assert platform.calls == 4
    assert platform.sleeps == [0.5, 1.0, 2.0]
    retries = [r for r in caplog.records if r.levelno == logging.WARNING]
    [final] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(retries) == 3
    assert final.name == log.name
    assert "slack chat.postMessage failed after 4 attempt(s)" in final.getMessage()


async def test_a_call_may_ask_for_fewer_attempts() -> None:
    platform = Platform(busy())
    with pytest.raises(CallFailedError):
        await platform.policy().call(platform.attempt, what="x", log=log, max_attempts=2)
    assert (platform.calls, platform.sleeps) == (2, [0.5])


async def test_a_refusal_is_not_retried() -> None:
    platform = Platform(CallFailedError("bad request"))
    with pytest.raises(CallFailedError, match="bad request"):
        await platform.policy().call(platform.attempt, what="x", log=log)
    assert (platform.calls, platform.sleeps) == (1, [])


async def test_an_unexpected_exception_is_a_bug_and_not_retried() -> None:
    async def broken() -> str:
        raise KeyError("no such method")

    platform = Platform()
    with pytest.raises(KeyError):
        await platform.policy().call(broken, what="x", log=log)
    assert platform.sleeps == []


async def test_an_unreachable_chat_is_a_warning_not_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    platform = Platform(GoneError("bot was blocked by the user"))
    with pytest.raises(GoneError):
        await platform.policy().call(platform.attempt, what="x", log=log)
    [final] = [r for r in caplog.records if r.name == log.name]
    assert final.levelno == logging.WARNING


@pytest.mark.parametrize(
    ("retry_after", "calls", "sleeps"),
    [
        (3.0, 4, [3.0, 3.0, 3.0]),  # short waits: every attempt is used
        (0.0, 4, [0.0, 0.0, 0.0]),  # "now" is honoured too
        (20.0, 2, [20.0]),  # 20 s, then 20 more would end past the 30 s budget
        (30.0, 2, [30.0]),  # ends exactly at the budget: still allowed
        (45.0, 1, []),  # longer than the budget: give up at once
        (3600.0, 1, []),  # a flood ban: never hold a worker for an hour
    ],
)
async def test_retry_after_is_honoured_only_within_the_budget(
    retry_after: float, calls: int, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    platform = Platform(busy(retry_after))
    started = platform.now
    with pytest.raises(CallFailedError) as raised:
        await platform.policy().call(platform.attempt, what="x", log=log)
    assert raised.value.retry_after == retry_after  # the caller can still see what was asked
    assert (platform.calls, platform.sleeps) == (calls, sleeps)
    assert platform.now - started <= 30.0
    if calls < 4:
        assert "(retry budget spent)" in caplog.text


async def test_time_spent_in_slow_attempts_counts_against_the_budget() -> None:
    platform = Platform(busy(), takes=15.0)  # each attempt times out after 15 s
    started = platform.now
    with pytest.raises(CallFailedError):
        await platform.policy().call(platform.attempt, what="x", log=log)
    # 15 s, 0.5 s backoff, 15 s; a third try would start after the budget.
    assert (platform.calls, platform.sleeps) == (2, [0.5])
    assert platform.now - started == 30.5  # at most the budget plus one request timeout


async def test_pacing_runs_before_every_attempt_and_the_budget_starts_after_the_first() -> None:
    platform = Platform(busy(29.0), None)
    paced: list[float] = []

    async def pace() -> None:
        paced.append(platform.now)
        await platform.sleep(10.0)  # a long queue for this chat

    result = await platform.policy().call(platform.attempt, what="x", log=log, pace=pace)
    assert result == "sent"
    assert paced == [100.0, 139.0]  # after 10 s in the queue and the 29 s wait
    assert platform.sleeps == [10.0, 29.0, 10.0]  # the 29 s fit: the queue time did not count


async def test_calls_are_independent() -> None:
    platform = Platform(busy(), None, busy(), None)
    policy = platform.policy()
    assert await policy.call(platform.attempt, what="x", log=log) == "sent"
    assert await policy.call(platform.attempt, what="x", log=log) == "sent"
    assert platform.sleeps == [0.5, 0.5]  # each call starts its backoff and budget afresh
