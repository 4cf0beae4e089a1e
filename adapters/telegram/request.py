"""python-telegram-bot's network seam (a `BaseRequest`) over an injected httpx client, in JSON.

PTB's own HTTPXRequest builds its client itself and posts forms; this one takes the client
(tests hand in one on a fake Bot API, at the HTTP seam) and posts the JSON bodies Telegram
documents. PTB still turns every answer into its errors (RetryAfter, Forbidden, BadRequest,
TimedOut, NetworkError); the answer behind the latest one is kept for the sender: its HTTP
status tells a 5xx (worth retrying) from other answers PTB reports as NetworkError, and its
description is Telegram's own words (PTB rewrites them: "Bad Request: " cut, case changed).
"""

from __future__ import annotations

import json
import logging
import re
from contextvars import ContextVar
from dataclasses import dataclass

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT_SECONDS = 15.0
_BOT_TOKEN_IN_URL = re.compile(r"/bot\d+:[\w-]+")


@dataclass(frozen=True)
class Answer:
    """What Telegram answered: the HTTP status and, for an error, its description."""

    status: int
    description: str | None = None


# Per task: concurrent calls on one client never see each other's answers.
_last_answer: ContextVar[Answer | None] = ContextVar("telegram_last_answer", default=None)


def last_answer() -> Answer | None:
    """The latest Bot API answer in the current task (None: none came, e.g. a timeout)."""
    return _last_answer.get()


class HttpxJsonRequest(BaseRequest):
    """Posts Bot API calls as JSON with an httpx client it is given (or makes, and then owns)."""

    def __init__(self, client: httpx.AsyncClient | None = None) -> None:
        self.client = client or httpx.AsyncClient(timeout=httpx.Timeout(DEFAULT_TIMEOUT_SECONDS))
        self._owns_client = client is None
        _redact_tokens_in_logs()

    @property
    def read_timeout(self) -> float | None:
        """The client's read timeout (PTB adds a long poll's wait to it for getUpdates)."""
        return self.client.timeout.read

    async def initialize(self) -> None:
        """Nothing to set up: the client exists from the start."""

    async def shutdown(self) -> None:
        """Close the client if this request created it."""
        if self._owns_client:
            await self.client.aclose()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One HTTP request; (status, body) for PTB to read, or its TimedOut / NetworkError."""
        _last_answer.set(None)
        defaults = self.client.timeout
        timeout = httpx.Timeout(
            connect=_given(connect_timeout, defaults.connect),
            read=_given(read_timeout, defaults.read),
            write=_given(write_timeout, defaults.write),
            pool=_given(pool_timeout, defaults.pool),
        )
        try:
            if request_data is not None and request_data.contains_files:
                response = await self.client.request(
                    method,
                    url,
                    data=request_data.json_parameters,
                    files=request_data.multipart_data,
                    timeout=timeout,
                )
            else:
                body = request_data.parameters if request_data is not None else None
                response = await self.client.request(method, url, json=body, timeout=timeout)
        except httpx.TimeoutException as exc:
            raise TimedOut(f"Timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise NetworkError(f"httpx.{type(exc).__name__}: {exc}") from exc
        _last_answer.set(Answer(response.status_code, _description(response)))
        return response.status_code, response.content


def _description(response: httpx.Response) -> str | None:
    if response.is_success:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None  # a proxy's HTML page: PTB's message names the status
    description = body.get("description") if isinstance(body, dict) else None
    return description if isinstance(description, str) else None


def _given(value: object, default: float | None) -> float | None:
    """A timeout PTB passed, or the client's own when it passed none (DEFAULT_NONE)."""
    if isinstance(value, int | float):
        return float(value)
    return None if value is None else default


class _RedactBotToken(logging.Filter):
    """Bot API URLs carry the token: never let one reach a log.

    httpx logs every request's URL, and PTB's Bot its base URL at debug level.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _BOT_TOKEN_IN_URL.sub("/bot[redacted]", str(arg))
                if isinstance(arg, str | httpx.URL)
                else arg
                for arg in record.args
            )
        return True


def _redact_tokens_in_logs() -> None:
    # A logger's filters see only its own records: each logger that writes URLs gets one.
    for name in ("httpx", "telegram.Bot"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactBotToken) for f in logger.filters):
            logger.addFilter(_RedactBotToken())
