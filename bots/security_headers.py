"""Browser hardening headers on every HTTP response: a strict CSP, nosniff, no framing.

The web chat loads only its own script, style and API (photos may come from Google over https),
so a script injected into the page could neither load more code nor send data elsewhere.
Swagger UI (`/docs`) ships inline code from a CDN: it gets only the framing rule.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
FRAMING_ONLY_CSP = "frame-ancestors 'none'"
_DOC_PATHS = ("/docs", "/redoc")
_COMMON = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
_OURS = {b"content-security-policy", *(name for name, _ in _COMMON)}


class SecurityHeaders:
    """Pure ASGI: adds the headers to each response start."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; stamp the headers on its response."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        csp = FRAMING_ONLY_CSP if path.startswith(_DOC_PATHS) else STRICT_CSP
        extra = [*_COMMON, (b"content-security-policy", csp.encode())]

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in _OURS]
                message = {**message, "headers": [*headers, *extra]}
            await send(message)

        await self.app(scope, receive, stamped)
