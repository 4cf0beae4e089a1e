"""Request bodies larger than MAX_REQUEST_BODY_BYTES get a JSON 413, declared or streamed."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bots.errors import send_error


class _BodyTooLargeError(Exception):
    """Raised from `receive` once the streamed body passes the limit."""


class BodyLimit:
    """Refuses a body over `max_bytes` before the app reads it all (no memory blow-up)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the declared length, then count the bytes as they arrive."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.max_bytes + 1  # unreadable: refuse rather than guess
                if declared > self.max_bytes:
                    await _refuse(send)
                    return
        received = 0
        exceeded = started = False

        async def counted() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise _BodyTooLargeError
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if exceeded:
                # The app turned the interrupted read into an answer of its own (FastAPI: a
                # 400 "error parsing the body"); the caller must learn the real reason.
                if not started and message["type"] == "http.response.start":
                    started = True
                    await _refuse(send)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _BodyTooLargeError:
            if not started:
                await _refuse(send)


async def _refuse(send: Send) -> None:
    await send_error(
        send,
        413,
        "payload_too_large",
        "The request body is too large.",
        [(b"connection", b"close")],
    )
