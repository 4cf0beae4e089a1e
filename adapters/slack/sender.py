"""The only Slack I/O: slack-sdk's AsyncWebClient and AsyncWebhookClient, paced and retried."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack.errors import GONE, SlackChatGoneError, SlackSendError
from core.clock import Clock
from core.retry_policy import RetryPolicy
from core.token_bucket import KeyedBuckets

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
WebCall = Callable[..., Awaitable[AsyncSlackResponse]]
RESPONSE_URL_ORIGIN = "https://hooks.slack.com/"
# Slack accepts a response_url five times: one retry at most, so a retry can't use them up.
RESPONSE_URL_ATTEMPTS = 2


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


def _api_error(method: str, exc: SlackApiError) -> SlackSendError:
    """Slack's refusal as SlackSendError, saying whether retrying can help."""
    status, error, retry_after = _failure(exc)
    if status == 429 or error == "ratelimited":
        return SlackSendError(method, error, status, retryable=True, retry_after=retry_after)
    if status is not None and status >= 500:
        return SlackSendError(method, error, status, retryable=True)
    # Slack said no (channel_not_found, invalid_blocks…): retrying won't help.
    error_type = SlackChatGoneError if error in GONE else SlackSendError
    return error_type(method, error, status)


class SlackSender:
    """Posts, edits and answers through slack-sdk's AsyncWebClient and AsyncWebhookClient.

    Paces chat.postMessage to about one message per second per channel (Slack's limit).
    Failures follow the service's one retry policy (core.retry_policy): Retry-After on 429,
    exponential backoff with jitter on 5xx and connection errors, at most 4 attempts, no retry
    later than 30 s after the first; then the call is logged and raises `SlackSendError`. A call
    thus holds its caller for at most the budget plus one request timeout (30 s + 30 s), never
    the hour a Retry-After may ask for.
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
        max_attempts: int | None = None,
        timeout: float = 30.0,
        policy: RetryPolicy | None = None,
    ) -> None:
        self._token = token
        # DESIGN §10: base URLs are origins; the SDK wants the API root ending in "/api/".
        self.base_url = f"{api_base_url.rstrip('/')}/api/"
        self._sleep = sleep
        self._timeout = timeout
        self._policy = policy or RetryPolicy(sleep=sleep, monotonic=clock.monotonic, jitter=jitter)
        self._max_attempts = max_attempts
        self._client: AsyncWebClient | None = None
        self._session: aiohttp.ClientSession | None = None
        self._channels = KeyedBuckets(1 / channel_interval, monotonic=clock.monotonic)

    def _web(self) -> AsyncWebClient:
        # Created on first use: an aiohttp session must be made inside the running event loop.
        if self._client is None or self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self._timeout)
            )
            # No SDK retry handlers: retries follow the service's policy, with its sleep.
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
        data = await self._call("chat.postMessage", self._web().chat_postMessage, message)
        return str(data.get("ts", ""))

    async def update(self, message: dict[str, Any]) -> None:
        """chat.update of one of our messages (by `channel` and `ts`).

        Raises:
            SlackSendError: Slack refused it, or it still failed after the retries.
        """
        await self._call("chat.update", self._web().chat_update, message)

    async def post_ephemeral(self, message: dict[str, Any]) -> None:
        """chat.postEphemeral: a message only `user` sees in `channel`.

        Raises:
            SlackSendError: Slack refused it, or it still failed after the retries.
        """
        await self._call("chat.postEphemeral", self._web().chat_postEphemeral, message)

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

        async def attempt() -> None:
            try:
                answer = await hook.send_dict(message)
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise SlackSendError(
                    "response_url", type(exc).__name__, None, retryable=True
                ) from exc
            if answer.status_code >= 300:
                error = answer.body[:100] or f"http_{answer.status_code}"
                retryable = answer.status_code >= 500
                raise SlackSendError("response_url", error, answer.status_code, retryable=retryable)

        await self._policy.call(
            attempt, what="slack response_url answer", log=log, max_attempts=RESPONSE_URL_ATTEMPTS
        )

    def is_response_url(self, url: str) -> bool:
        """Whether `url` is a Slack response URL (or our configured Slack, for test fakes).

        The URL comes inside a signed delivery; checking its origin anyway keeps the server
        from posting to anywhere a forged or replayed field could name.
        """
        own = self.base_url.removesuffix("api/")
        return url.startswith((RESPONSE_URL_ORIGIN, f"{own}hooks/"))

    async def _pace(self, channel: str) -> None:
        """Reserve the channel's next send slot, waiting for it when it is in the future."""
        delay = self._channels[channel].reserve()
        if delay > 0:
            await self._sleep(delay)

    async def _call(self, method: str, call: WebCall, body: dict[str, Any]) -> dict[str, Any]:
        """One Web API method through the retry policy; Slack's answer as a dict."""

        async def attempt() -> dict[str, Any]:
            try:
                response = await call(**body)
            except SlackApiError as exc:
                raise _api_error(method, exc) from exc
            except (aiohttp.ClientError, TimeoutError) as exc:
                error = f"{type(exc).__name__}: {exc}"
                raise SlackSendError(method, error, None, retryable=True) from exc
            data = response.data
            return data if isinstance(data, dict) else {}

        return await self._policy.call(
            attempt,
            what=f"slack {method} to {body.get('channel')}",
            log=log,
            max_attempts=self._max_attempts,
        )

    async def aclose(self) -> None:
        """Close the HTTP session (a later call opens a new one)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None
        self._client = None
