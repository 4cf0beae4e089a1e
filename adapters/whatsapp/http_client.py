"""twilio's network seam (an `AsyncHttpClient`) over an injected httpx client.

twilio's own AsyncTwilioHttpClient makes its aiohttp session itself; this one takes the httpx
client the rest of the service uses (tests hand in one on a fake Twilio, at the HTTP seam).
twilio turns an error answer into TwilioRestException without its headers, so the Retry-After
of the latest answer is kept here for the sender.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from typing import Any

import httpx
from twilio.http import AsyncHttpClient
from twilio.http.response import Response

log = logging.getLogger(__name__)

# Per task: concurrent sends on one client never see each other's answers.
_retry_after: ContextVar[float | None] = ContextVar("twilio_retry_after", default=None)


def last_retry_after() -> float | None:
    """Seconds from the Retry-After header of the current task's latest Twilio answer."""
    return _retry_after.get()


class HttpxTwilioClient(AsyncHttpClient):  # type: ignore[misc]  # twilio ships no types
    """Sends twilio's requests (forms, or JSON for the Content API) with an httpx client.

    `timeout` (seconds) overrides the client's own for every request made through this one.
    """

    def __init__(self, client: httpx.AsyncClient, timeout: float | None = None) -> None:
        super().__init__(log, True, timeout)
        self.client = client

    async def request(
        self,
        method: str,
        url: str,
        params: dict[str, Any] | None = None,
        data: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - twilio passes it by this name
        allow_redirects: bool = False,
    ) -> Response:
        """One HTTP request, as twilio's client asks for it; httpx errors propagate."""
        _retry_after.set(None)
        as_json = (headers or {}).get("Content-Type") == "application/json"
        wait = timeout or self.timeout
        response = await self.client.request(
            method,
            url,
            params=params,
            data=None if as_json else data,
            json=data if as_json else None,
            headers=headers,
            auth=auth,
            timeout=httpx.USE_CLIENT_DEFAULT if wait is None else wait,
            follow_redirects=allow_redirects,
        )
        _retry_after.set(_seconds(response.headers.get("Retry-After")))
        return Response(response.status_code, response.text, response.headers)


def _seconds(header: str | None) -> float | None:
    """A Retry-After given in seconds (Twilio's form); None when absent or a date."""
    try:
        return max(0.0, float(header or ""))
    except ValueError:
        return None
