"""Shared fixtures: settings on a temporary SQLite file, the app, an HTTP client, a demo trip."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from bots.app import create_app
from core.config import Settings
from tests.fakes.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def settings(db_url: str) -> Settings:
    # No background workers: tests drive enrichment explicitly, so versions stay predictable.
    return Settings(
        _env_file=None,
        database_url=db_url,
        admin_api_token="admin-secret",
        run_jobs_in_web=False,
        enrichment_queue_workers=0,
    )


@pytest.fixture
async def app(settings: Settings, clock: FakeClock) -> AsyncIterator[FastAPI]:
    application = create_app(settings, clock=clock)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@dataclass
class DemoTrip:
    """A demo traveler's session and a way to chat as them."""

    client: httpx.AsyncClient
    user_id: str
    token: str
    itinerary_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def chat(self, text: str | None = None, **extra: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"itineraryId": self.itinerary_id, "userId": self.user_id, **extra}
        if text is not None:
            body["text"] = text
        response = await self.client.post(
            f"/api/v1/itineraries/{self.itinerary_id}/chat", json=body, headers=self.headers
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def itinerary(self) -> dict[str, Any]:
        response = await self.client.get(
            f"/api/v1/itineraries/{self.itinerary_id}", headers=self.headers
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def day_titles(self, day: int) -> list[str]:
        itinerary = await self.itinerary()
        return [node["title"] for node in itinerary["days"][day - 1]["nodes"]]


async def start_demo(client: httpx.AsyncClient) -> DemoTrip:
    response = await client.post("/api/v1/demo/session")
    assert response.status_code == 200, response.text
    body = response.json()
    return DemoTrip(client, body["userId"], body["token"], body["itineraryId"])


@pytest.fixture
async def trip(client: httpx.AsyncClient) -> DemoTrip:
    return await start_demo(client)
