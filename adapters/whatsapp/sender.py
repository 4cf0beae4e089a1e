"""The only network code of the WhatsApp channel: twilio's async client (Messages, Content).

twilio's `Client` runs async over `HttpxTwilioClient` (the service's httpx client); its
domains are pointed at TWILIO_API_BASE_URL and TWILIO_CONTENT_BASE_URL (its documented
`base_url`), so requests keep Twilio's own paths and form fields and a fake Twilio sees the
real thing.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx
from twilio.base.exceptions import TwilioException, TwilioRestException, TwilioServiceException
from twilio.rest import Client
from twilio.rest.content.v1.content import ContentList

from adapters.whatsapp.http_client import HttpxTwilioClient, last_retry_after
from core.clock import Clock
from core.delivery import PlatformCallError
from core.retry_policy import RetryPolicy
from core.token_bucket import TokenBucket

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
# The message form's fields as the keyword arguments of twilio's messages.create.
_CREATE_ARGUMENTS = {
    "To": "to",
    "From": "from_",
    "Body": "body",
    "ContentSid": "content_sid",
    "ContentVariables": "content_variables",
    "StatusCallback": "status_callback",
}
Sleep = Callable[[float], Awaitable[None]]


class TwilioSendError(PlatformCallError):
    """A message Twilio did not accept; carries Twilio's error so it can be logged and shown."""

    def __init__(
        self,
        status: int | None,
        code: int | None,
        message: str,
        *,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            f"Twilio {status or 'unreachable'} (code {code}): {message}",
            status=status,
            retryable=retryable,
            retry_after=retry_after,
        )
        self.code = code
        self.message = message


class TwilioSender:
    """Sends Messages API requests for one account and sender, paced and retried.

    Pacing: one request per `1 / per_second` seconds (Twilio's default WhatsApp throughput is
    about 10 messages/s per sender). Failures follow the service's one retry policy
    (core.retry_policy): 429 / error 20429 wait Retry-After (or back off); 5xx and connections
    that never reached Twilio back off; a timeout after the request went out is not resent
    (Twilio may have created the message: it would arrive twice). Other 4xx (bad number,
    template problem) fail at once. A send holds its caller for at most the 30 s budget plus
    one request timeout (15 s), inside the outbox's lease.
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
        policy: RetryPolicy | None = None,
        status_callback: str | None = None,
    ) -> None:
        if content_base_url is None:
            # Like TWILIO_API_BASE_URL: a redirected sender sends every request there.
            redirected = base_url.rstrip("/") != DEFAULT_BASE_URL
            content_base_url = base_url if redirected else DEFAULT_CONTENT_BASE_URL
        self._client = client or httpx.AsyncClient(timeout=15.0)
        self._twilio = Client(account_sid, auth_token, http_client=HttpxTwilioClient(self._client))
        self._twilio.api.base_url = base_url.rstrip("/")
        # Content calls get their own short timeout, hence their own client over the same pool.
        content = HttpxTwilioClient(self._client, timeout=CONTENT_TIMEOUT_SECONDS)
        self._content = Client(account_sid, auth_token, http_client=content).content
        self._content.base_url = content_base_url.rstrip("/")
        self._content_url = f"{self._content.base_url}/v1/Content"
        self._clock = clock
        self._sleep = sleep
        self._bucket = TokenBucket(per_second, monotonic=clock.monotonic)
        self._policy = policy or RetryPolicy(sleep=sleep, monotonic=clock.monotonic, jitter=jitter)
        self._status_callback = status_callback

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
        fields = {_CREATE_ARGUMENTS[name]: value for name, value in form.items()}

        async def attempt() -> str:
            try:
                message = await self._twilio.messages.create_async(**fields)
            except (TwilioRestException, TwilioServiceException) as exc:
                raise _refusal(exc) from exc
            except httpx.TransportError as exc:
                # Only a request that never reached Twilio is safe to resend.
                never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
                raise TwilioSendError(None, None, repr(exc), retryable=never_sent) from exc
            return str(message.sid)

        what = f"whatsapp message to {_masked(form.get('To', ''))}"
        return await self._policy.call(attempt, what=what, log=log, pace=self._pace)

    async def create_content(self, definition: Mapping[str, Any]) -> str:
        """Create a content template (`POST /v1/Content`, JSON); returns its SID ("HX…").

        One attempt: the caller falls back to numbered text and tries again later, so a
        slow or failing Content API never holds up an answer with retries.

        Raises:
            TwilioSendError: Twilio refused it, was unreachable, or answered without a SID.
        """
        request = ContentList.ContentCreateRequest(dict(definition))
        try:
            created = await self._content.v1.contents.create_async(request)
        except TwilioException as exc:
            raise _refusal(exc) from exc
        except httpx.TransportError as exc:
            raise TwilioSendError(None, None, repr(exc)) from exc
        sid = created.sid
        if not isinstance(sid, str) or not sid.startswith("HX"):
            raise TwilioSendError(201, None, "no content SID in the answer")
        return sid

    async def list_contents(self) -> dict[str, str]:
        """The account's content templates, SID by friendly name (first pages only).

        Raises:
            TwilioSendError: Twilio refused the listing or was unreachable.
        """
        contents = self._content.v1.contents
        found: dict[str, str] = {}
        try:
            page = await contents.page_async(page_size=CONTENT_PAGE_SIZE)
            for number in range(1, CONTENT_MAX_PAGES + 1):
                for content in page:
                    name, sid = content.friendly_name, content.sid
                    if isinstance(name, str) and isinstance(sid, str) and sid.startswith("HX"):
                        found.setdefault(name, sid)
                next_url = page.next_page_url
                # Only ever follow pages of the same endpoint: the answer names the next page.
                if number == CONTENT_MAX_PAGES or not _same_endpoint(next_url, self._content_url):
                    break
                page = await contents.get_page_async(next_url)
        except TwilioException as exc:
            raise _refusal(exc) from exc
        except httpx.TransportError as exc:
            raise TwilioSendError(None, None, repr(exc)) from exc
        return found

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._client.aclose()

    async def _pace(self) -> None:
        """Wait for this sender's next free slot; slots are reserved in call order."""
        delay = self._bucket.reserve()
        if delay > 0:
            await self._sleep(delay)


def _refusal(exc: TwilioException) -> TwilioSendError:
    """Twilio's error answer as TwilioSendError, saying whether resending can help."""
    status = getattr(exc, "status", None)
    code = getattr(exc, "code", None)
    if isinstance(exc, TwilioServiceException):
        message = str(exc.detail or exc.title)
    elif isinstance(exc, TwilioRestException):
        message = str(exc.msg).removeprefix("Unable to create record: ")
    else:  # a page that would not load: twilio keeps the answer in its arguments
        answer = exc.args[1] if len(exc.args) > 1 else None
        status = getattr(answer, "status_code", None)
        message = str(exc.args[0]) if exc.args else type(exc).__name__
    if not isinstance(code, int) or code == status:
        code = None  # twilio puts the HTTP status there when the body had no error code
    slow_down = status == 429 or code == TOO_MANY_REQUESTS
    return TwilioSendError(
        status,
        code,
        message,
        retryable=slow_down or (status is not None and status >= 500),
        retry_after=last_retry_after() if slow_down else None,
    )


def _same_endpoint(url: object, endpoint: str) -> bool:
    return isinstance(url, str) and url.startswith(endpoint)


def _masked(address: str) -> str:
    """'whatsapp:+…1234': enough to find the chat in logs without writing the whole number."""
    return f"{address[: address.find('+') + 1]}…{address[-4:]}" if len(address) > 4 else address
