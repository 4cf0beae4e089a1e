"""Every response carries the browser hardening headers; /docs keeps a CSP it can run under."""

from __future__ import annotations

import httpx
import pytest

from bots.security_headers import FRAMING_ONLY_CSP, STRICT_CSP


@pytest.mark.parametrize("path", ["/", "/healthz", "/api/v1/itineraries/nope", "/static/app.js"])
async def test_pages_and_api_answers_carry_the_strict_headers(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path)
    assert response.headers["content-security-policy"] == STRICT_CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


async def test_swagger_ui_is_only_kept_out_of_frames(client: httpx.AsyncClient) -> None:
    response = await client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == FRAMING_ONLY_CSP
    assert response.headers["x-content-type-options"] == "nosniff"
