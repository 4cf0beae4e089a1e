"""Request bodies larger than MAX_REQUEST_BODY_BYTES get a JSON 413, declared or streamed.

bots.edge refuses a declared length over the limit before the app runs, and counts the bytes
of a streamed body as the app reads them (no memory blow-up).
"""

from __future__ import annotations

from starlette.types import Scope, Send

from bots.errors import send_error


class BodyTooLargeError(Exception):
    """Raised from `receive` once the streamed body passes the limit."""


def declared_too_large(scope: Scope, max_bytes: int) -> bool:
    """Whether the request's Content-Length is over `max_bytes` (or unreadable)."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                declared = int(value)
            except ValueError:
                return True  # unreadable: refuse rather than guess
            return declared > max_bytes
    return False


async def refuse_too_large(send: Send) -> None:
    """Answer 413 and close the connection (the rest of the body is not read)."""
    await send_error(
        send,
        413,
        "payload_too_large",
        "The request body is too large.",
        [(b"connection", b"close")],
    )
