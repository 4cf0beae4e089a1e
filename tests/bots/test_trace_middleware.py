"""Every response names its trace id; a plain caller request id is kept, anything else is not."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI


async def test_each_response_has_a_fresh_trace_id(client: httpx.AsyncClient) -> None:
    first = (await client.get("/healthz")).headers["x-trace-id"]
    second = (await client.get("/healthz")).headers["x-trace-id"]
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert first != second


async def test_a_plain_request_id_becomes_the_trace_id(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz", headers={"X-Request-Id": "lb-42.abc"})
    assert response.headers["x-trace-id"] == "lb-42.abc"


async def test_an_unsafe_request_id_is_replaced(client: httpx.AsyncClient) -> None:
    for unsafe in ("a b", "x" * 65, "id\u00e9", "<script>"):
        response = await client.get("/healthz", headers={"X-Request-Id": unsafe.encode("utf-8")})
        assert response.headers["x-trace-id"] != unsafe
        assert re.fullmatch(r"[0-9a-f]{16}", response.headers["x-trace-id"])


async def test_errors_name_the_same_trace_id(client: httpx.AsyncClient, app: FastAPI) -> None:
    async def boom() -> None:
        raise RuntimeError("a bug")

    app.router.add_api_route("/boom-for-test", boom)
    # As a server would: the 500 answer goes out, the exception is not re-raised to us.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as server:
        response = await server.get("/boom-for-test")
    assert response.status_code == 500
    trace_id = response.headers["x-trace-id"]
    assert trace_id in response.json()["error"]["message"]
    assert "RuntimeError" not in response.text
    missing = await client.get("/api/v1/itineraries/nope", headers={"X-Request-Id": "r-1"})
    assert missing.headers["x-trace-id"] == "r-1"
