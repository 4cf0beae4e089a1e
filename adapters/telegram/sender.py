"""The only Telegram I/O: python-telegram-bot's `Bot`, spaced, retried, failures surfaced."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

import httpx
from telegram import Bot
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.request import RequestData

# PTB builds RequestData from these; it exports no public way to make one for a raw call.
from telegram.request._requestparameter import RequestParameter

from adapters.telegram.bot_calls import arguments, as_json, bot_method
from adapters.telegram.ratelimit import SendSpacing, Sleep
from adapters.telegram.request import Answer, HttpxJsonRequest, last_answer
from core.delivery import ChatUnreachableError, PlatformCallError
from core.retry_policy import RetryPolicy

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.telegram.org"


class TelegramApiError(PlatformCallError):
    """A Bot API call that finally failed, with Telegram's own words for why."""

    def __init__(
        self,
        method: str,
        status: int | None,
        description: str,
        retry_after: float | None = None,
        *,
        retryable: bool = False,
    ) -> None:
        super().__init__(
            f"{status or 'no answer'} {description}",
            status=status,
            retryable=retryable,
            retry_after=retry_after,
        )
        self.method = method
        self.description = description


class TelegramChatBlockedError(TelegramApiError, ChatUnreachableError):
    """403: the person blocked the bot (or left, or deleted their account)."""


class TelegramSender:
    """Calls the Bot API through PTB's `Bot` at `{base_url}/bot{token}/{method}`.

    Messages to a chat are spaced to Telegram's limits. Failures follow the service's one
    retry policy (core.retry_policy): a 429 waits `parameters.retry_after` and resends; a 5xx,
    timeout or network error backs off exponentially with jitter; at most 4 attempts, and no
    retry starts later than 30 s after the first, so a call holds its caller for at most the
    budget plus one request timeout (30 s + 15 s), inside the outbox's lease. Other 4xx answers
    fail at once (resending can't fix them); a 403 raises TelegramChatBlockedError.
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
        policy: RetryPolicy | None = None,
    ) -> None:
        origin = base_url.rstrip("/")
        self._request = HttpxJsonRequest(client)
        self._client = self._request.client
        self.bot = Bot(
            token,
            base_url=f"{origin}/bot",
            base_file_url=f"{origin}/file/bot",
            request=self._request,
            get_updates_request=self._request,
        )
        self._spacing = SendSpacing(monotonic, sleep)
        self._policy = policy or RetryPolicy(sleep=sleep, monotonic=monotonic, jitter=jitter)

    async def call(
        self,
        method: str,
        payload: Mapping[str, Any],
        *,
        chat_id: str | int | None = None,
        attempts: int | None = None,
        http_timeout: float | None = None,
    ) -> Any:
        """Call a Bot API method through the Bot and return its result as the API's JSON.

        Args:
            method: e.g. "sendMessage".
            payload: the Bot API body.
            chat_id: the chat a message goes to, for per-chat spacing (None: not spaced).
            attempts: overrides the policy's attempts (a callback answer can't wait long).
            http_timeout: seconds to wait for the answer (long polling needs more).

        Raises:
            TelegramApiError: Telegram refused the call, or it kept failing.
        """

        async def attempt() -> Any:
            try:
                if method == "getUpdates":
                    return await self._get_updates(payload, http_timeout)
                timeouts = {} if http_timeout is None else {"read_timeout": http_timeout}
                result = await bot_method(self.bot, method)(**arguments(payload), **timeouts)
            except TelegramError as exc:
                raise _api_error(method, exc, last_answer()) from exc
            return as_json(result)

        pace = None if chat_id is None else (lambda: self._spacing.wait(chat_id))
        return await self._policy.call(
            attempt, what=f"telegram {method}", log=log, pace=pace, max_attempts=attempts
        )

    async def _get_updates(self, payload: Mapping[str, Any], http_timeout: float | None) -> Any:
        # The raw updates, not Bot.get_updates: the inbox keeps each update's JSON as Telegram
        # sent it (PTB's objects don't give it back byte for byte), and one update PTB can't
        # read would fail the whole batch. Same request, errors and retries as the Bot's.
        data = RequestData([RequestParameter.from_input(k, v) for k, v in payload.items()])
        return await self._request.post(
            f"{self.bot.base_url}/getUpdates", data, read_timeout=http_timeout
        )

    async def aclose(self) -> None:
        """Close the HTTP client if this sender created it."""
        await self._request.shutdown()


def _api_error(method: str, exc: TelegramError, answer: Answer | None) -> TelegramApiError:
    """PTB's error as the sender's, saying whether retrying can help (the policy's input)."""
    status = answer.status if answer else None
    description = (answer.description if answer else None) or exc.message
    if isinstance(exc, RetryAfter):
        wait = exc.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        return TelegramApiError(method, 429, description, seconds, retryable=True)
    if isinstance(exc, Forbidden):
        return TelegramChatBlockedError(method, 403, description)
    if isinstance(exc, TimedOut):
        return TelegramApiError(method, None, exc.message, retryable=True)
    if isinstance(exc, NetworkError):
        # A 5xx, a 429 without retry_after or a lost connection retry; another 4xx can't help.
        hopeless = status is not None and 400 <= status < 500 and status != 429
        return TelegramApiError(method, status, description, retryable=not hopeless)
    # BadRequest, InvalidToken, Conflict, ChatMigrated, an unreadable answer: the request
    # itself is wrong.
    return TelegramApiError(method, status, description)
