"""A NUL (U+0000) in a request's path or query gets a JSON 422 before any route reads it.

Ids from the path go straight into database lookups, and PostgreSQL cannot take a NUL in
text (SQLite can): refusing here gives the same answer on both. Bodies are checked by the
request models (`bots/schemas.py`). Applied by bots.edge.
"""

from __future__ import annotations

from starlette.types import Scope, Send

from bots.errors import send_error
from core.nul import NUL

# WebSocket close code for a policy violation (RFC 6455).
_POLICY_VIOLATION = 1008


def has_nul_in_url(scope: Scope) -> bool:
    """Whether the decoded path or the raw query string carries a NUL."""
    query = scope.get("query_string", b"").lower()
    return NUL in scope.get("path", "") or b"%00" in query or b"\x00" in query


async def refuse_nul(scope: Scope, send: Send) -> None:
    """A 422 for an HTTP request; a policy-violation close for a WebSocket handshake."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": _POLICY_VIOLATION})
        return
    await send_error(
        send, 422, "validation_error", "The URL must not contain the NUL character (U+0000)."
    )
