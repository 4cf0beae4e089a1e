"""Every HTTP request and socket runs under a trace id, echoed back as `X-Trace-Id`."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.tracing import traced

TRACE_HEADER = b"x-trace-id"
# A caller's own request id (a load balancer's, say) becomes the trace id when it is plain.
_INCOMING = (b"x-request-id", TRACE_HEADER)


class TraceMiddleware:
    """Pure ASGI (no extra task per request): sets the trace id around the app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request under its trace id and add the id to the response headers."""
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        incoming = None
        for name, value in scope.get("headers", ()):
            if name in _INCOMING:
                incoming = value.decode("latin-1")
                break
        with traced(incoming) as trace_id:
            # The 500 handler runs outside this middleware: it finds the id in the scope.
            scope.setdefault("state", {})["trace_id"] = trace_id

            async def send_with_trace(message: Message) -> None:
                if message["type"] == "http.response.start":
                    headers = [h for h in message.get("headers", []) if h[0] != TRACE_HEADER]
                    headers.append((TRACE_HEADER, trace_id.encode("ascii")))
                    message = {**message, "headers": headers}
                await send(message)

            await self.app(scope, receive, send_with_trace)
