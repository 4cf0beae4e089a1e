"""Shared fixtures: settings on a throwaway database, the app, an HTTP client, a demo trip.

Every test that asks for `db_url` (directly or through `settings`, `app`, `client`, `trip`, …)
or `empty_db_url` runs twice: `[sqlite]` on a temporary SQLite file and `[postgres]` (marked
`postgres`) on a database of the local PostgreSQL, skipped with the reason when it does not
answer. `db_url` is at the migrations' head already (a copy of a template migrated once per
session; on PostgreSQL an emptied, reused copy, see tests/fakes/postgres.py), so the app's
`upgrade_schema` finds nothing to do; `empty_db_url` has no tables at all.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bots.app import create_app
from core.config import Settings
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema
from tests.fakes import postgres
from tests.fakes.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session", autouse=True)
def _postgres_cleanup() -> Iterator[None]:
    """At the end of the session, drop this run's PostgreSQL databases (if any were made)."""
    yield
    postgres.shutdown()


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs on: "sqlite" or "postgres" (a test id part)."""
    backend: str = request.param
    return backend


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once per session; each test gets a copy of it."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"

    async def migrate() -> None:
        engine = make_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await upgrade_schema(engine)
        finally:
            await engine.dispose()

    # Its own thread and loop: a session fixture must not touch the tests' event loops.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, migrate()).result()
    return path


def _database(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, *, migrated: bool
) -> Iterator[str]:
    if backend == "postgres":
        with postgres.postgres_database(migrated=migrated) as url:
            yield url
        return
    path = tmp_path / "test.db"
    if migrated:
        template: Path = request.getfixturevalue("_sqlite_template")
        for suffix in ("", "-wal"):  # the WAL is folded in on close; copied if it was not
            if (source := template.with_name(template.name + suffix)).exists():
                shutil.copyfile(source, path.with_name(path.name + suffix))
    yield f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def db_url(request: pytest.FixtureRequest, db_backend: str, tmp_path: Path) -> Iterator[str]:
    """A database for the test, a copy of a template migrated once per session: upgrades find
    the schema at head and do nothing."""
    yield from _database(request, db_backend, tmp_path, migrated=True)


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, db_backend: str, tmp_path: Path) -> Iterator[str]:
    """A database without any table, for tests of the migrations themselves."""
    yield from _database(request, db_backend, tmp_path, migrated=False)


@pytest.fixture
async def sessions(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the test's database (at the migrations' head), for tests below the app."""
    engine = make_engine(db_url)
    await upgrade_schema(engine)
    yield make_sessionmaker(engine)
    await engine.dispose()


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
