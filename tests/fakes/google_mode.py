"""The app in Google mode (a Places key; the API faked at the HTTP seam) and a trip in it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI

from bots.app import create_app
from core.config import Settings
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock

API_KEY = "test-google-key"
BASE_URL = "https://places.test"
ADMIN = {"Authorization": "Bearer admin-secret"}


@asynccontextmanager
async def google_mode_app(
    db_url: str,
    clock: FakeClock,
    handler: Callable[[httpx.Request], httpx.Response],
    **overrides: Any,
) -> AsyncIterator[FastAPI]:
    """A running app whose Google Places calls `handler` answers; `overrides` are settings."""
    settings = Settings(
        _env_file=None,
        **{
            "database_url": db_url,
            "admin_api_token": "admin-secret",
            "google_places_api_key": API_KEY,
            "public_base_url": "https://chat.example",
            "run_jobs_in_web": False,
            "enrichment_queue_workers": 0,
            **overrides,
        },
    )
    client = httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    application = create_app(settings, clock=clock, google_client=client)
    async with application.router.lifespan_context(application):
        yield application


@asynccontextmanager
async def porto_trip(app: FastAPI, days: int) -> AsyncIterator[DemoTrip]:
    """A new traveler (en-GB) with a trip of `days` days to Porto, chatting over HTTP."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        created = await http.post(
            "/api/v1/travelers", json={"name": "Rui", "locale": "en-GB"}, headers=ADMIN
        )
        traveler = created.json()
        headers = {"Authorization": f"Bearer {traveler['token']}"}
        trip = await http.post(
            "/api/v1/itineraries", headers=headers, json={"destination": "Porto", "days": days}
        )
        yield DemoTrip(http, traveler["id"], traveler["token"], trip.json()["id"])
