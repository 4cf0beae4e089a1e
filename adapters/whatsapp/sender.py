"""The only network code of the WhatsApp channel: Twilio's Messages and Content APIs over httpx.

Async httpx instead of the twilio SDK's Client, whose calls block: nothing here may block the
event loop. Requests keep Twilio's own paths and form fields, so a fake Twilio sees the real
thing.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from core.clock import Clock

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.twilio.com"
DEFAULT_CONTENT_BASE_URL = "https://content.twilio.com"
# Listing content templates pages through the account's templates: a few pages are plenty to
# find our own, and a huge account must not hold up an answer.
CONTENT_PAGE_SIZE = 500
CONTENT_MAX_PAGES = 4
# A Content API call holds up an answer (numbered text follows if it fails): keep it short.
CONTENT_TIMEOUT_SECONDS = 5.0
TOO_MANY_REQUESTS = 20429  # Twilio's error code for "slow down", also sent with HTTP 429
Sleep = Callable[[float], Awaitable[None]]


class TwilioSendError(Exception):
    """A message Twilio did not accept; carries Twilio's error so it can be logged and shown."""

    def __init__(self, status: int | None, code: int | None, message: str) -> None:
        super().__init__(f"Twilio {status or 'unreachable'} (code {code}): {message}")
        self.status = status
        self.code = code
        self.message = message


class TwilioSender:
    """Sends Messages API requests for one account and sender, paced and retried.

    Pacing: one request per `1 / per_second` seconds (Twilio's default WhatsApp throughput is
    about 10 messages/s per sender). 429 / error 20429: wait Retry-After (or back off) and
    resend. 5xx and connection failures: bounded exponential backoff with jitter. Other 4xx
    (bad number, template problem) fail at once: resending would fail the same way. No retry
    starts later than `retry_budget_seconds` after the first attempt: a wait that would end
    later (a Retry-After of an hour) fails the send at once, so a send holds its caller for at
    most the budget plus one request timeout (30 s + 15 s), inside the outbox's lease.
    """

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        clock: Clock,
        base_url: str = DEFAULT_BASE_URL,
        content_base_url: str | None = None,
        client: httpx.AsyncClient | None = None,
        sleep: Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        per_second: float = 10.0,
        max_attempts: int = 4,
        backoff_seconds: float = 0.5,
        max_wait_seconds: float = 30.0,
        retry_budget_seconds: float = 30.0,
        status_callback: str | None = None,
    ) -> None:
        self._sid = account_sid
        self._auth = httpx.BasicAuth(account_sid, auth_token)
        self._url = f"{base_url.rstrip('/')}/2010-04-01/Accounts/{account_sid}/Messages.json"
        if content_base_url is None:
            # Like TWILIO_API_BASE_URL: a redirected sender sends every request there.
            redirected = base_url.rstrip("/") != DEFAULT_BASE_URL
            content_base_url = base_url if redirected else DEFAULT_CONTENT_BASE_URL
        self._content_url = f"{content_base_url.rstrip('/')}/v1/Content"
        self._client = client or httpx.AsyncClient(timeout=15.0)
        self._clock = clock
        self._sleep = sleep
        self._jitter = jitter
        self._interval = 1.0 / per_second
        self._max_attempts = max_attempts
        self._backoff = backoff_seconds
        self._max_wait = max_wait_seconds
        self._retry_budget = retry_budget_seconds
        self._status_callback = status_callback
        self._next_slot = 0.0
        self._slot_lock = asyncio.Lock()

    @property
    def clock(self) -> Clock:
        """The clock this sender paces by (the channel keeps time by it too)."""
        return self._clock

    async def send(self, form: Mapping[str, str]) -> str:
        """Create one message; returns its SID ("SM…").

        Raises:
            TwilioSendError: Twilio refused it, or kept failing until the attempts ran out
                (logged with Twilio's error code and message first).
        """
        if self._status_callback and "StatusCallback" not in form:
            # Every message reports its delivery (delivered, read, failed 63016 …) there.
            form = {**form, "StatusCallback": self._status_callback}
        failure = TwilioSendError(None, None, "not sent")
        started: float | None = None
        for attempt in range(1, self._max_attempts + 1):
            await self._pace()
            if started is None:
                started = self._clock.monotonic()
            try:
                response = await self._client.post(self._url, data=dict(form), auth=self._auth)
            except httpx.TransportError as exc:
                failure = TwilioSendError(None, None, repr(exc))
                if not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
                    break  # it may have reached Twilio: resending could send it twice
                delay = self._backoff_delay(attempt)  # never reached Twilio: safe to resend
            else:
                if response.status_code in {200, 201}:
                    return str(response.json()["sid"])
                failure = _error(response)
                if response.status_code == 429 or failure.code == TOO_MANY_REQUESTS:
                    delay = _retry_after(response) or self._backoff_delay(attempt)
                elif response.status_code >= 500:
                    delay = self._backoff_delay(attempt)
                else:
                    break
            if attempt == self._max_attempts:
                break
            if self._clock.monotonic() - started + delay > self._retry_budget:
                log.warning("twilio: a %.1fs wait outlasts the retry budget", delay)
                break
            log.warning(
                "twilio send attempt %d failed (%s); retrying in %.2fs", attempt, failure, delay
            )
            await self._sleep(min(delay, self._max_wait))
        log.error("whatsapp message to %s not sent: %s", _masked(form.get("To", "")), failure)
        raise failure

    async def create_content(self, definition: Mapping[str, Any]) -> str:
        """Create a content template (`POST /v1/Content`, JSON); returns its SID ("HX…").

        One attempt: the caller falls back to numbered text and tries again later, so a
        slow or failing Content API never holds up an answer with retries.

        Raises:
            TwilioSendError: Twilio refused it, was unreachable, or answered without a SID.
        """
        try:
            response = await self._client.post(
                self._content_url,
                json=dict(definition),
                auth=self._auth,
                timeout=CONTENT_TIMEOUT_SECONDS,
            )
        except httpx.TransportError as exc:
            raise TwilioSendError(None, None, repr(exc)) from exc
        if response.status_code not in {200, 201}:
            raise _error(response)
        sid = _json(response).get("sid")
        if not isinstance(sid, str) or not sid.startswith("HX"):
            raise TwilioSendError(response.status_code, None, "no content SID in the answer")
        return sid

    async def list_contents(self) -> dict[str, str]:
        """The account's content templates, SID by friendly name (first pages only).

        Raises:
            TwilioSendError: Twilio refused the listing or was unreachable.
        """
        found: dict[str, str] = {}
        url: str | None = f"{self._content_url}?PageSize={CONTENT_PAGE_SIZE}"
        for _ in range(CONTENT_MAX_PAGES):
            if url is None:
                break
            try:
                response = await self._client.get(
                    url, auth=self._auth, timeout=CONTENT_TIMEOUT_SECONDS
                )
            except httpx.TransportError as exc:
                raise TwilioSendError(None, None, repr(exc)) from exc
            if response.status_code != 200:
                raise _error(response)
            body = _json(response)
            for content in body.get("contents") or []:
                if isinstance(content, dict):
                    name, sid = content.get("friendly_name"), content.get("sid")
                    if isinstance(name, str) and isinstance(sid, str) and sid.startswith("HX"):
                        found.setdefault(name, sid)
            meta = body.get("meta")
            next_url = meta.get("next_page_url") if isinstance(meta, dict) else None
            # Only ever follow pages of the same endpoint: the answer names the next page.
            same_endpoint = isinstance(next_url, str) and next_url.startswith(self._content_url)
            url = str(next_url) if same_endpoint else None
        return found

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._client.aclose()

    async def _pace(self) -> None:
        """Wait for this sender's next free slot; slots are reserved in call order."""
        async with self._slot_lock:
            now = self._clock.monotonic()
            start = max(now, self._next_slot)
            self._next_slot = start + self._interval
        if start > now:
            await self._sleep(start - now)

    def _backoff_delay(self, attempt: int) -> float:
        """0.5 s, 1 s, 2 s, … (capped), each scaled by a random 50-100 % so retries spread."""
        base = min(self._max_wait, self._backoff * 2.0 ** (attempt - 1))
        return base * (0.5 + self._jitter() / 2)


def _error(response: httpx.Response) -> TwilioSendError:
    """Twilio's error body: {"code": 21211, "message": "...", "more_info": ..., "status": 400}."""
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return TwilioSendError(response.status_code, None, response.text[:200])
    code = body.get("code")
    return TwilioSendError(
        response.status_code,
        int(code) if isinstance(code, int | str) and str(code).isdigit() else None,
        str(body.get("message", response.text[:200])),
    )


def _json(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of an answer, or {} when it is not one."""
    try:
        body: Any = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a Retry-After header, when Twilio sent one as a number."""
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


def _masked(address: str) -> str:
    """'whatsapp:+…1234': enough to find the chat in logs without writing the whole number."""
    return f"{address[: address.find('+') + 1]}…{address[-4:]}" if len(address) > 4 else address
