"""The only Slack I/O: chat.postMessage and chat.update with pacing, 429 and 5xx handling."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack.errors import GONE, SlackChatGoneError, SlackSendError
from core.clock import Clock

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
RESPONSE_URL_ORIGIN = "https://hooks.slack.com/"


@dataclass(frozen=True)
class _Failure:
    status: int | None
    error: str
    retryable: bool
    retry_after: float | None = None  # Slack's wait (429); None: exponential backoff


def _failure(exc: SlackApiError) -> tuple[int | None, str, float | None]:
    """(HTTP status, Slack's error code, Retry-After seconds) of a failed call."""
    response = exc.response
    # A non-JSON answer (a proxy's 502 page) leaves the raw aiohttp response here instead.
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    data = getattr(response, "data", None)
    error = str(data.get("error", "")) if isinstance(data, dict) else ""
    headers = getattr(response, "headers", None) or {}
    try:
        retry_after = float(headers.get("Retry-After") or headers.get("retry-after") or "")
    except ValueError:
        retry_after = None
    return status, error or f"http_{status}", retry_after


class SlackSender:
    """Posts and edits messages through slack-sdk's AsyncWebClient.

    Paces chat.postMessage to about one message per second per channel (Slack's limit), waits
    Retry-After on 429, backs off exponentially with jitter on 5xx and connection errors, and
    logs then raises `SlackSendError` when a call finally fails. No retry starts later than
    `retry_budget_seconds` after the first attempt: a Retry-After (or backoff) that would end
    later fails the call at once, so a call holds its caller for at most the budget plus one
    request timeout (30 s + 30 s), never the hour a Retry-After may ask for.
    """

    def __init__(
        self,
        token: str,
        api_base_url: str,
        clock: Clock,
        *,
        sleep: Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        channel_interval: float = 1.0,
        max_attempts: int = 5,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        timeout: float = 30.0,
        retry_budget_seconds: float = 30.0,
    ) -> None:
        self._token = token
        # DESIGN §10: base URLs are origins; the SDK wants the API root ending in "/api/".
        self.base_url = f"{api_base_url.rstrip('/')}/api/"
        self._clock = clock
        self._sleep = sleep
        self._jitter = jitter
        self._interval = channel_interval
        self._max_attempts = max_attempts
        self._base_delay = base_delay
        self._max_delay = max_delay
        self._timeout = timeout
        self._retry_budget = retry_budget_seconds
        self._client: AsyncWebClient | None = None
        self._session: aiohttp.ClientSession | None = None
        self._next_slot: dict[str, float] = {}

    def _web(self) -> AsyncWebClient:
        # Created on first use: an aiohttp session must be made inside the running event loop.
        if self._client is None or self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self._timeout)
            )
            # No SDK retry handlers: retries live here, with the injected sleep.
            self._client = AsyncWebClient(
                token=self._token, base_url=self.base_url, session=self._session, retry_handlers=[]
            )
        return self._client

    async def post(self, message: dict[str, Any]) -> str:
        """chat.postMessage; returns the new message's ts.

        Raises:
            SlackSendError: Slack refused it, or it still failed after the retries.
        """
        await self._pace(str(message["channel"]))
        data = await self._call("chat.postMessage", message)
        return str(data.get("ts", ""))

    async def update(self, message: dict[str, Any]) -> None:
        """chat.update of one of our messages (by `channel` and `ts`).

        Raises:
            SlackSendError: Slack refused it, or it still failed after the retries.
        """
        await self._call("chat.update", message)

    async def post_ephemeral(self, message: dict[str, Any]) -> None:
        """chat.postEphemeral: a message only `user` sees in `channel`.

        Raises:
            SlackSendError: Slack refused it, or it still failed after the retries.
        """
        await self._call("chat.postEphemeral", message)

    async def respond(self, response_url: str, message: dict[str, Any]) -> None:
        """Answer a slash command or an interaction through its `response_url`.

        It works where the bot is not a member (chat.postEphemeral fails there) and is
        ephemeral unless `response_type` says "in_channel". One retry on 5xx or a lost
        connection: Slack accepts a response_url only five times.

        Raises:
            SlackSendError: the URL is not Slack's, or Slack refused the message.
        """
        if not self.is_response_url(response_url):
            raise SlackSendError("response_url", "foreign_url", None)
        hook = AsyncWebhookClient(response_url, timeout=int(self._timeout), retry_handlers=[])
        for attempt in (1, 2):
            try:
                answer = await hook.send_dict(message)
            except (aiohttp.ClientError, TimeoutError) as exc:
                status, error = None, type(exc).__name__
            else:
                if answer.status_code < 300:
                    return
                status, error = answer.status_code, answer.body[:100] or f"http_{status}"
            if attempt == 1 and (status is None or status >= 500):
                await self._sleep(self._backoff(attempt))
                continue
            break
        log.error("slack response_url answer failed: %s (HTTP %s)", error, status)
        raise SlackSendError("response_url", error, status)

    def is_response_url(self, url: str) -> bool:
        """Whether `url` is a Slack response URL (or our configured Slack, for test fakes).

        The URL comes inside a signed delivery; checking its origin anyway keeps the server
        from posting to anywhere a forged or replayed field could name.
        """
        own = self.base_url.removesuffix("api/")
        return url.startswith((RESPONSE_URL_ORIGIN, f"{own}hooks/"))

    async def _pace(self, channel: str) -> None:
        """Reserve the channel's next send slot, waiting for it when it is in the future."""
        now = self._clock.monotonic()
        if len(self._next_slot) > 1000:  # forget channels that have been quiet
            self._next_slot = {c: t for c, t in self._next_slot.items() if t > now}
        slot = max(now, self._next_slot.get(channel, now))
        self._next_slot[channel] = slot + self._interval
        if slot > now:
            await self._sleep(slot - now)

    def _backoff(self, attempt: int) -> float:
        """Base · 2^(attempt-1) plus up to one base of jitter, capped."""
        delay = self._base_delay * 2 ** (attempt - 1) + self._jitter() * self._base_delay
        return float(min(self._max_delay, delay))

    async def _attempt(self, method: str, body: dict[str, Any]) -> dict[str, Any] | _Failure:
        """One call: Slack's answer, or why it failed and whether a retry can help."""
        try:
            response = await self._web().api_call(method, json=body)
        except SlackApiError as exc:
            status, error, retry_after = _failure(exc)
            if status == 429 or error == "ratelimited":
                # Slack always sends Retry-After with a 429; one second if a proxy dropped it.
                return _Failure(status, error, True, 1.0 if retry_after is None else retry_after)
            if status is not None and status >= 500:
                return _Failure(status, error, True)
            # Slack said no (channel_not_found, invalid_blocks…): retrying won't help.
            return _Failure(status, error, False)
        except (aiohttp.ClientError, TimeoutError) as exc:
            return _Failure(None, f"{type(exc).__name__}: {exc}", True)
        data = response.data
        return data if isinstance(data, dict) else {}

    async def _call(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        channel = body.get("channel")
        attempt = 0
        started = self._clock.monotonic()
        while True:
            attempt += 1
            outcome = await self._attempt(method, body)
            if not isinstance(outcome, _Failure):
                return outcome
            if not outcome.retryable or attempt >= self._max_attempts:
                break
            delay = outcome.retry_after
            if delay is None:
                delay = self._backoff(attempt)
            if self._clock.monotonic() - started + delay > self._retry_budget:
                log.warning(
                    "slack %s to %s: a %.1fs wait outlasts the retry budget", method, channel, delay
                )
                break
            log.warning(
                "slack %s to %s: %s (HTTP %s), retry %d in %.1fs",
                method,
                channel,
                outcome.error,
                outcome.status,
                attempt,
                delay,
            )
            await self._sleep(delay)
        log.error(
            "slack %s to %s failed after %d attempt(s): %s (HTTP %s)",
            method,
            channel,
            attempt,
            outcome.error,
            outcome.status,
        )
        error_type = SlackChatGoneError if outcome.error in GONE else SlackSendError
        raise error_type(method, outcome.error, outcome.status)

    async def aclose(self) -> None:
        """Close the HTTP session (a later call opens a new one)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None
        self._client = None
