"""Browser hardening headers on every HTTP response: a strict CSP, nosniff, no framing.

The web chat loads only its own script, style and API (photos may come from Google over https),
so a script injected into the page could neither load more code nor send data elsewhere.
Swagger UI (`/docs`) ships inline code from a CDN: it gets only the framing rule. Stamped on
each response start by bots.edge.
"""

from __future__ import annotations

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
# Headers the app may have set that these replace.
OURS = frozenset({b"content-security-policy", *(name for name, _ in _COMMON)})
_STRICT = (*_COMMON, (b"content-security-policy", STRICT_CSP.encode()))
_FRAMING_ONLY = (*_COMMON, (b"content-security-policy", FRAMING_ONLY_CSP.encode()))


def security_headers(path: str) -> tuple[tuple[bytes, bytes], ...]:
    """The headers a response to `path` gets (built once, not per request)."""
    return _FRAMING_ONLY if path.startswith(_DOC_PATHS) else _STRICT
