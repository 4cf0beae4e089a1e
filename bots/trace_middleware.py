"""Every HTTP request and socket runs under a trace id, echoed back as `X-Trace-Id`.

The middleware that does it is bots.edge (one layer with the other per-request wrappers).
"""

from __future__ import annotations

from starlette.types import Scope

TRACE_HEADER = b"x-trace-id"
# A caller's own request id (a load balancer's, say) becomes the trace id when it is plain.
_INCOMING = (b"x-request-id", TRACE_HEADER)


def incoming_trace_id(scope: Scope) -> str | None:
    """The caller's request id or trace id, if it sent one (core.tracing checks it is plain)."""
    for name, value in scope.get("headers", ()):
        if name in _INCOMING:
            return str(value.decode("latin-1"))
    return None
