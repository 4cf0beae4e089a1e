"""uvicorn's HTTP protocol with deadlines for a request's head and body and a connection cap.

uvicorn bounds only the idle time between keep-alive requests: a client that sends its headers
or its body a byte at a time holds a connection (and a task waiting on the body) for as long as
it likes, and nothing caps how many such connections are open. This protocol closes a request
whose head is not complete within the header timeout or whose body is not complete within the
body timeout (408, when no answer has started), refuses heads larger than a limit (431), and
answers 503 to connections beyond the cap, at once.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from core.config import Settings

# The head (request line and headers) of anything we serve fits in far less.
MAX_HEAD_BYTES = 64 * 1024


def _raw_error(status: int, reason: str, code: str, message: str) -> bytes:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode() + body


TOO_SLOW = _raw_error(408, "Request Timeout", "request_timeout", "The request took too long.")
HEAD_TOO_LARGE = _raw_error(
    431, "Request Header Fields Too Large", "headers_too_large", "The headers are too large."
)
BUSY = _raw_error(
    503, "Service Unavailable", "busy", "The server has too many open connections; retry soon."
)


class GuardedHttpTools(HttpToolsProtocol):
    """HttpToolsProtocol plus head/body deadlines, a head size limit and a connection cap."""

    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_connections: int = 2048

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._in_head = True
        self._head_bytes = 0

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _refuse(self, answer: bytes) -> None:
        self._disarm()
        cycle = self.cycle
        if cycle is None or not cycle.response_started:
            self.transport.write(answer)
        if cycle is not None and not cycle.response_complete:
            # The app waiting on the body hears "disconnected" rather than waiting on.
            cycle.disconnected = True
            cycle.message_event.set()
        self.transport.close()

    def _too_slow(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self._refuse(TOO_SLOW)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Accept the connection, or answer 503 when the cap is reached; start the head clock."""
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self.logger.warning("connection refused: %d open connections", len(self.connections))
            self._refuse(BUSY)
            return
        self._arm(self.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the clock with the connection."""
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Parse, and refuse a head that is still incomplete after MAX_HEAD_BYTES."""
        if self._in_head:
            self._head_bytes += len(data)
        super().data_received(data)
        if self._in_head and self._head_bytes > MAX_HEAD_BYTES and not self.transport.is_closing():
            self._refuse(HEAD_TOO_LARGE)

    def on_message_begin(self) -> None:
        """A new request on the connection: its head has `header_timeout` to arrive."""
        super().on_message_begin()
        self._in_head = True
        self._arm(self.header_timeout)

    def on_headers_complete(self) -> None:
        """The head is in: the body has `body_timeout` to arrive."""
        self._in_head = False
        self._head_bytes = 0
        self._arm(self.body_timeout)
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        """The whole request is in: the app takes the time it needs."""
        self._disarm()
        super().on_message_complete()

    def handle_websocket_upgrade(self) -> None:
        """A WebSocket owns the connection from here (uvicorn pings it)."""
        self._disarm()
        super().handle_websocket_upgrade()


def guarded_protocol(settings: Settings) -> type[GuardedHttpTools]:
    """The protocol class with the configured timeouts and connection cap."""
    return type(
        "ConfiguredHttpTools",
        (GuardedHttpTools,),
        {
            "header_timeout": settings.server_header_timeout_seconds,
            "body_timeout": settings.server_body_timeout_seconds,
            "max_connections": settings.server_max_connections,
        },
    )
