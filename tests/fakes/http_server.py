"""Serve an httpx-style fake (request → response) over real HTTP, for other processes to call.

The fakes answer `httpx.Request` objects (they are MockTransport handlers); server processes
under test reach them through this loopback server instead. The request keeps the host the
fake expects (e.g. telegram.test), so the fake checks it exactly as in in-process tests.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import uvicorn

Handler = Callable[[httpx.Request], httpx.Response]


def _asgi(handler: Handler, host: str) -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        body = b""
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                # The caller died mid-request (a killed worker): a real API never acts on a
                # request that did not fully arrive, so the fake does not record it either.
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        query = scope.get("query_string", b"").decode("latin-1")
        request = httpx.Request(
            scope["method"],
            f"https://{host}{scope['path']}" + (f"?{query}" if query else ""),
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]],
            content=body,
        )
        response = handler(request)
        headers = [
            (k.encode("latin-1"), v.encode("latin-1"))
            for k, v in response.headers.items()
            if k.lower() not in {"content-length", "transfer-encoding"}
        ]
        await send(
            {"type": "http.response.start", "status": response.status_code, "headers": headers}
        )
        await send({"type": "http.response.body", "body": response.content})

    return app


@contextlib.asynccontextmanager
async def serve(handler: Handler, host: str) -> AsyncIterator[str]:
    """Serve `handler` on a free loopback port; yields its origin (http://127.0.0.1:PORT)."""
    config = uvicorn.Config(
        _asgi(handler, host), host="127.0.0.1", port=0, lifespan="off", log_level="warning"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()  # startup failed: raise its error
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
