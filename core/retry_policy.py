"""The one retry policy of the channel senders (tenacity): what is retried, how long it waits.

Only a `PlatformCallError` that says `retryable` (429, 5xx, timeouts, lost connections) is
tried again; a refusal fails at once. A retry waits the platform's Retry-After when it named
one, else an exponential backoff with jitter. It stops after `max_attempts`, and no retry
starts later than `budget_seconds` after the first attempt: a wait that would end later fails
the call at once. A call thus holds its caller (a turn, or an outbox row's lease) for at most
the budget plus one request timeout; what still fails goes back to the durable outbox.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from core.delivery import ChatUnreachableError, PlatformCallError

Result = TypeVar("Result")
Sleep = Callable[[float], Awaitable[None]]
Pace = Callable[[], Awaitable[None]]


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, PlatformCallError) and exc.retryable


@dataclass(frozen=True)
class RetryPolicy:
    """How a sender retries a platform call; time, sleep and jitter are injected for tests."""

    sleep: Sleep = asyncio.sleep
    monotonic: Callable[[], float] = time.monotonic
    jitter: Callable[[], float] = random.random
    max_attempts: int = 4
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0
    budget_seconds: float = 30.0

    def backoff(self, attempt: int) -> float:
        """0.5 s, 1 s, 2 s … (capped) after attempt 1, 2, 3 …, each a random 50–100 % of it.

        Half of it random, so many chats failing at once don't retry in lockstep.
        """
        cap = min(self.max_backoff_seconds, self.backoff_seconds * 2.0 ** (attempt - 1))
        return cap / 2 + cap / 2 * self.jitter()

    async def call(
        self,
        attempt: Callable[[], Awaitable[Result]],
        *,
        what: str,
        log: logging.Logger,
        pace: Pace | None = None,
        max_attempts: int | None = None,
    ) -> Result:
        """Run `attempt` until it succeeds, fails for good, or the attempts or budget run out.

        Args:
            attempt: one platform call; raises PlatformCallError when it fails.
            what: names the call in the logs ("telegram sendMessage").
            log: the sender's logger: each retry is a warning, a final failure an error (a
                warning when the chat is unreachable: that is the person's choice, not a fault).
            pace: awaited before every attempt (a rate limit); the budget starts after the
                first one.
            max_attempts: overrides the policy's (a callback answer can't wait long).

        Raises:
            PlatformCallError: the last failure, once logged.
        """
        tries = max_attempts or self.max_attempts
        started: float | None = None
        made = 0

        async def paced() -> Result:
            nonlocal started, made
            if pace is not None:
                await pace()
            if started is None:
                started = self.monotonic()
            made += 1
            return await attempt()

        def out_of_budget(state: RetryCallState) -> bool:
            spent = self.monotonic() - (started if started is not None else self.monotonic())
            return spent + state.upcoming_sleep > self.budget_seconds

        def stop(state: RetryCallState) -> bool:
            return state.attempt_number >= tries or out_of_budget(state)

        def before_sleep(state: RetryCallState) -> None:
            log.warning(
                "%s: %s; retrying in %.1fs (attempt %d/%d)",
                what,
                _failure(state),
                state.upcoming_sleep,
                state.attempt_number,
                tries,
            )

        retrying = AsyncRetrying(
            sleep=self.sleep,
            stop=stop,
            wait=self._wait,
            retry=retry_if_exception(_retryable),
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            return await retrying(paced)
        except PlatformCallError as exc:
            spent = exc.retryable and made < tries
            unreachable = isinstance(exc, ChatUnreachableError)
            log.log(
                logging.WARNING if unreachable else logging.ERROR,
                "%s failed after %d attempt(s)%s: %s",
                what,
                made,
                " (retry budget spent)" if spent else "",
                exc,
            )
            raise

    def _wait(self, state: RetryCallState) -> float:
        failure = _failure(state)
        retry_after = failure.retry_after if isinstance(failure, PlatformCallError) else None
        return retry_after if retry_after is not None else self.backoff(state.attempt_number)


def _failure(state: RetryCallState) -> BaseException | None:
    return state.outcome.exception() if state.outcome is not None else None
