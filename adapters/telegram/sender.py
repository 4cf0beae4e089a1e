"""The only Telegram I/O: Bot API calls over httpx, spaced, retried, failures surfaced."""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from adapters.telegram.ratelimit import SendSpacing, Sleep
from core.delivery import ChatUnreachableError

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.telegram.org"
_BOT_TOKEN_IN_URL = re.compile(r"/bot\d+:[\w-]+")


class TelegramApiError(Exception):
    """A Bot API call that finally failed, with Telegram's own words for why."""

    def __init__(
        self, method: str, status: int | None, description: str, retry_after: float | None = None
    ) -> None:
        super().__init__(f"{status or 'no answer'} {description}")
        self.method = method
        self.status = status
        self.description = description
        self.retry_after = retry_after


class TelegramChatBlockedError(TelegramApiError, ChatUnreachableError):
    """403: the person blocked the bot (or left, or deleted their account)."""


@dataclass(frozen=True)
class _Outcome:
    """One attempt: the result, or the error and how long to wait before trying again."""

    result: Any = None
    error: TelegramApiError | None = None
    retry_in: float | None = None  # None with an error: retrying can't help


class TelegramSender:
    """Calls `{base_url}/bot{token}/{method}` with JSON bodies, as the Bot API documents.

    Messages to a chat are spaced to Telegram's limits. A 429 waits `parameters.retry_after`
    and resends; a 5xx or network error backs off exponentially with jitter; both are bounded
    by `max_attempts`, and no retry starts later than `retry_budget_seconds` after the first
    attempt (a wait that would end later fails the call at once). A call thus holds its caller
    for at most the budget plus one request timeout (30 s + 15 s), inside the outbox's lease.
    Other 4xx answers fail at once (resending can't fix them). A call that finally fails is
    logged with Telegram's description and raised as TelegramApiError.
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        client: httpx.AsyncClient | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        max_attempts: int = 4,
        backoff_seconds: float = 0.5,
        max_backoff_seconds: float = 8.0,
        max_retry_after_seconds: float = 60.0,
        retry_budget_seconds: float = 30.0,
    ) -> None:
        self._url = f"{base_url.rstrip('/')}/bot{token}/"
        self._client = client or httpx.AsyncClient(timeout=httpx.Timeout(15.0))
        self._owns_client = client is None
        self._sleep = sleep
        self._jitter = jitter
        self._spacing = SendSpacing(monotonic, sleep)
        self._max_attempts = max_attempts
        self._backoff = backoff_seconds
        self._max_backoff = max_backoff_seconds
        self._max_retry_after = max_retry_after_seconds
        self._retry_budget = retry_budget_seconds
        self._monotonic = monotonic
        _redact_token_in_httpx_logs()

    async def call(
        self,
        method: str,
        payload: Mapping[str, Any],
        *,
        chat_id: str | int | None = None,
        attempts: int | None = None,
        http_timeout: float | None = None,
    ) -> Any:
        """Call a Bot API method and return its `result`.

        Args:
            method: e.g. "sendMessage".
            payload: the JSON body.
            chat_id: the chat a message goes to, for per-chat spacing (None: not spaced).
            attempts: overrides `max_attempts` (a callback answer can't wait long).
            http_timeout: seconds for this request (long polling needs more than the default).

        Raises:
            TelegramApiError: Telegram refused the call, or it kept failing.
        """
        tries = attempts or self._max_attempts
        attempt = 1
        started: float | None = None
        while True:
            if chat_id is not None:
                await self._spacing.wait(chat_id)
            if started is None:
                started = self._monotonic()
            outcome = await self._attempt(method, payload, http_timeout, attempt)
            if outcome.error is None:
                return outcome.result
            # A retry must start within the budget: never hold a turn or an outbox lease longer.
            spent = (
                outcome.retry_in is not None
                and self._monotonic() - started + outcome.retry_in > self._retry_budget
            )
            if outcome.retry_in is None or attempt >= tries or spent:
                hopeless = outcome.retry_in is None  # a 4xx: the request itself is wrong
                log.log(
                    logging.WARNING if hopeless else logging.ERROR,
                    "telegram %s failed after %d attempt(s)%s: %s",
                    method,
                    attempt,
                    " (retry budget spent)" if spent else "",
                    outcome.error,
                )
                raise outcome.error
            log.warning(
                "telegram %s: %s; retrying in %.1fs (attempt %d/%d)",
                method,
                outcome.error,
                outcome.retry_in,
                attempt,
                tries,
            )
            await self._sleep(outcome.retry_in)
            attempt += 1

    async def _attempt(
        self, method: str, payload: Mapping[str, Any], http_timeout: float | None, attempt: int
    ) -> _Outcome:
        try:
            response = await self._client.post(
                self._url + method,
                json=dict(payload),
                timeout=httpx.USE_CLIENT_DEFAULT if http_timeout is None else http_timeout,
            )
        except httpx.TransportError as exc:
            error = TelegramApiError(method, None, f"{type(exc).__name__}: {exc}")
            return _Outcome(error=error, retry_in=self._backoff_delay(attempt))
        body = _json(response)
        if response.is_success and body.get("ok") is True:
            return _Outcome(result=body.get("result"))
        retry_after = (body.get("parameters") or {}).get("retry_after")
        if not isinstance(retry_after, int | float):
            retry_after = None
        description = str(body.get("description") or response.text[:200] or response.reason_phrase)
        error_type = TelegramChatBlockedError if response.status_code == 403 else TelegramApiError
        error = error_type(method, response.status_code, description, retry_after)
        if response.status_code == 429:
            if retry_after is None:
                return _Outcome(error=error, retry_in=self._backoff_delay(attempt))
            # A flood ban of many minutes is not worth holding a turn for: fail and log it.
            too_long = retry_after > self._max_retry_after
            return _Outcome(error=error, retry_in=None if too_long else float(retry_after))
        if response.status_code >= 500:
            return _Outcome(error=error, retry_in=self._backoff_delay(attempt))
        return _Outcome(error=error)

    def _backoff_delay(self, attempt: int) -> float:
        # Exponential, with half of it random so many chats don't retry in lockstep.
        cap = min(self._max_backoff, self._backoff * 2.0 ** (attempt - 1))
        return cap / 2 + cap / 2 * self._jitter()

    async def aclose(self) -> None:
        """Close the HTTP client if this sender created it."""
        if self._owns_client:
            await self._client.aclose()


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}  # a proxy's HTML error page: the status code says enough
    return body if isinstance(body, dict) else {}


class _RedactBotToken(logging.Filter):
    """httpx logs every request URL, and ours carry the bot token: never let it reach a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _BOT_TOKEN_IN_URL.sub("/bot[redacted]", str(arg))
                if isinstance(arg, str | httpx.URL)
                else arg
                for arg in record.args
            )
        return True


def _redact_token_in_httpx_logs() -> None:
    logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactBotToken) for f in logger.filters):
        logger.addFilter(_RedactBotToken())
