"""A NUL (U+0000) in a request's path or query gets a JSON 422 before any route reads it.

Ids from the path go straight into database lookups, and PostgreSQL cannot take a NUL in
text (SQLite can): refusing here gives the same answer on both. Bodies are checked by the
request models (`bots/schemas.py`).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from bots.errors import send_error
from core.nul import NUL

# WebSocket close code for a policy violation (RFC 6455).
_POLICY_VIOLATION = 1008


def has_nul_in_url(scope: Scope) -> bool:
    """Whether the decoded path or the raw query string carries a NUL."""
    query = scope.get("query_string", b"").lower()
    return NUL in scope.get("path", "") or b"%00" in query or b"\x00" in query


class NulGuard:
    """Refuses HTTP requests (422) and WebSocket handshakes with a NUL in the URL."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass everything else through untouched."""
        if scope["type"] not in ("http", "websocket") or not has_nul_in_url(scope):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": _POLICY_VIOLATION})
            return
        await send_error(
            send, 422, "validation_error", "The URL must not contain the NUL character (U+0000)."
        )
