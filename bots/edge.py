"""One pure-ASGI layer for what every request passes before the app.

Trace id, metrics, security headers, the per-address rate limit, the body limit and the NUL
guard were six middlewares, each wrapping `send` (some `receive` too) in a closure of its own
and adding call frames to every message of every request (issue #19). Here they run in the
same order as before, outermost first, around one `send` wrapper:

1. the trace id (`X-Trace-Id`; the caller's `X-Request-Id` when plain), for HTTP and sockets;
2. metrics: every HTTP request counted and timed once answered, refusals below included;
3. security headers on every HTTP response (bots.security_headers);
4. the per-address rate limit (bots.rate_limit): 429, or a socket closed with 1013;
5. the body limit (bots.body_limit): 413 for a declared or streamed body over the limit;
6. the NUL guard (bots.nul_guard): 422, or a socket closed with 1008.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bots.body_limit import BodyTooLargeError, declared_too_large, refuse_too_large
from bots.http_metrics import record_request
from bots.nul_guard import has_nul_in_url, refuse_nul
from bots.rate_limit import RateLimiter, refuse_if_limited
from bots.security_headers import OURS, security_headers
from bots.trace_middleware import TRACE_HEADER, incoming_trace_id
from core.tracing import traced

_REPLACED = OURS | {TRACE_HEADER}


class Edge:
    """Pure ASGI (no extra task per request): the per-request wrappers in one layer."""

    def __init__(self, app: ASGIApp, *, limiter: RateLimiter, max_bytes: int) -> None:
        self.app = app
        self.limiter = limiter
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request under its trace id, through the checks, then the app."""
        kind = scope["type"]
        if kind not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        with traced(incoming_trace_id(scope)) as trace_id:
            # The 500 handler runs outside this layer: it finds the id in the scope.
            scope.setdefault("state", {})["trace_id"] = trace_id
            if kind == "websocket":
                await self._socket(scope, receive, send)
            else:
                await self._http(scope, receive, send, trace_id)

    async def _socket(self, scope: Scope, receive: Receive, send: Send) -> None:
        if await refuse_if_limited(self.limiter, scope, receive, send):
            return
        if has_nul_in_url(scope):
            await refuse_nul(scope, send)
            return
        await self.app(scope, receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send, trace_id: str) -> None:
        started = time.perf_counter()
        status = 500  # an exception that escapes the app is answered 500 outside it
        stamped = (*security_headers(str(scope.get("path", ""))), (TRACE_HEADER, trace_id.encode()))

        async def edge_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [h for h in message.get("headers", ()) if h[0] not in _REPLACED]
                message = {**message, "headers": [*headers, *stamped]}
            await send(message)

        try:
            if await refuse_if_limited(self.limiter, scope, receive, edge_send):
                return
            if declared_too_large(scope, self.max_bytes):
                await refuse_too_large(edge_send)
                return
            if has_nul_in_url(scope):
                await refuse_nul(scope, edge_send)
                return
            await self._counted(scope, receive, edge_send)
        finally:
            record_request(scope, status, time.perf_counter() - started)

    async def _counted(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app, its streamed body counted against the limit as it reads it."""
        received = 0
        exceeded = started = False
        limit = self.max_bytes

        async def counted() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise BodyTooLargeError
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if exceeded:
                # The app turned the interrupted read into an answer of its own (FastAPI: a
                # 400 "error parsing the body"); the caller must learn the real reason.
                if not started and message["type"] == "http.response.start":
                    started = True
                    await refuse_too_large(send)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLargeError:
            if not started:
                await refuse_too_large(send)
