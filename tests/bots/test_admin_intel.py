"""POST /api/v1/admin/intel: operator ingest, validation, dedupe, and alerts fanned out at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from bots.app import create_app
from bots.container import Services
from bots.routers import admin_intel
from core.config import Settings
from core.storage.models import DestinationIntelligence, TrendingExperience
from tests.fakes.clock import FakeClock
from tests.jobs.people import add_traveler, outbox
from tests.test_postgres import pg_settings  # noqa: F401 - its throwaway-database fixture

ADMIN = {"Authorization": "Bearer admin-secret"}
GAS_LEAK = {
    "type": "security",
    "severity": "critical",
    "description": "Police cordon around Gion after a gas leak.",
    "areas_affected": ["Gion"],
    "valid_until": "2026-11-30",
    "source_url": "https://example.org/gion",
}


@pytest.fixture
async def app(settings: Settings, clock: FakeClock) -> AsyncIterator[FastAPI]:
    application = create_app(settings, clock=clock)
    if not any(getattr(r, "path", "") == "/api/v1/admin/intel" for r in application.routes):
        application.include_router(admin_intel.router)  # until create_app includes it
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
def services(app: FastAPI) -> Services:
    built: Services = app.state.services
    return built


async def ingest(client: httpx.AsyncClient, **body: Any) -> httpx.Response:
    return await client.post("/api/v1/admin/intel", json=body, headers=ADMIN)


async def test_a_critical_kyoto_item_alerts_each_kyoto_traveler_once(
    client: httpx.AsyncClient, services: Services
) -> None:
    soon = await add_traveler(services, "Kyoto", 10)
    under_way = await add_traveler(services, "Kyoto", -1, days=4)
    await add_traveler(services, "Kyoto", 90)
    await add_traveler(services, "Porto", 10)

    response = await ingest(client, market="kyoto", intelType="safety", data=GAS_LEAK)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["duplicate"] is False
    assert body["alertsQueued"] == 2
    rows = await outbox(services)
    assert sorted(row.traveler_id for row in rows) == sorted([soon, under_way])
    assert {row.idempotency_key for row in rows} == {
        f"alert:{body['id']}:{soon}",
        f"alert:{body['id']}:{under_way}",
    }

    again = await ingest(client, market="Kyoto", intelType="safety", data=GAS_LEAK)
    assert again.status_code == 200
    assert again.json() == {"id": body["id"], "duplicate": True, "alertsQueued": 0}
    assert len(await outbox(services)) == 2
    async with services.sessions() as session:
        stored = list(await session.scalars(select(DestinationIntelligence)))
    assert len(stored) == 1
    assert (stored[0].market, stored[0].severity) == ("Kyoto", "critical")
    assert stored[0].sources == ["https://example.org/gion"]


async def test_unknown_market_or_invalid_data_is_a_readable_422(
    client: httpx.AsyncClient,
) -> None:
    lisbon = await ingest(client, market="Lisbon", intelType="safety", data=GAS_LEAK)
    assert lisbon.status_code == 422
    assert lisbon.json()["error"]["code"] == "unknown_market"
    assert "Bogotá" in lisbon.json()["error"]["message"]

    no_severity = {k: v for k, v in GAS_LEAK.items() if k != "severity"}
    bad = await ingest(client, market="Kyoto", intelType="safety", data=no_severity)
    assert bad.status_code == 422
    assert bad.json()["error"]["message"] == (
        "Not a valid safety item: data.severity: Field required"
    )
    wrong = await ingest(
        client, market="Kyoto", intelType="safety", data={**GAS_LEAK, "severity": "big"}
    )
    assert "data.severity: Input should be" in wrong.json()["error"]["message"]

    kind = await ingest(client, market="Kyoto", intelType="rumour", data={})
    assert kind.status_code == 422
    assert "intelType" in kind.json()["error"]["message"]


async def test_only_the_admin_may_ingest(client: httpx.AsyncClient) -> None:
    body = {"market": "Kyoto", "intelType": "safety", "data": GAS_LEAK}
    anonymous = await client.post("/api/v1/admin/intel", json=body)
    assert anonymous.status_code == 401
    other = await client.post(
        "/api/v1/admin/intel", json=body, headers={"Authorization": "Bearer nope"}
    )
    assert other.status_code == 403


async def test_events_trends_and_weather_are_stored_without_alerts(
    client: httpx.AsyncClient, services: Services
) -> None:
    await add_traveler(services, "Bogotá", 3)
    event = await ingest(
        client,
        market="Bogota",
        intelType="event",
        data={"name": "Festival de Verano", "date": "2026-11-28", "category": "festival"},
        sources=["https://example.org/verano"],
    )
    trend = await ingest(
        client,
        market="Bogotá",
        intelType="trend",
        data={"name": "Usaquén market", "trend_score": 70},
    )
    weather = await ingest(
        client, market="Bogotá", intelType="weather", data={"current": "Rain, 14°C"}
    )
    medium = await ingest(
        client,
        market="Bogotá",
        intelType="safety",
        data={"severity": "medium", "description": "Protest downtown"},
        validUntil="2026-11-24T18:00:00",
    )
    assert [r.status_code for r in (event, trend, weather, medium)] == [200] * 4
    assert await outbox(services) == []
    async with services.sessions() as session:
        rows = {r.intel_type: r for r in await session.scalars(select(DestinationIntelligence))}
        trends = list(await session.scalars(select(TrendingExperience)))
    assert rows["event"].market == "Bogotá"
    assert rows["event"].sources == ["https://example.org/verano"]
    assert rows["safety"].valid_until is not None
    assert rows["safety"].valid_until.isoformat() == "2026-11-24T18:00:00+00:00"
    assert [t.id for t in trends] == [trend.json()["id"]]


@pytest.mark.postgres
async def test_ingest_and_alert_on_postgres(pg_settings: Settings) -> None:  # noqa: F811
    application = create_app(pg_settings, clock=FakeClock())
    application.include_router(admin_intel.router)
    async with application.router.lifespan_context(application):
        services: Services = application.state.services
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://pg") as client:
            soon = await add_traveler(services, "Kyoto, Japan", 10)
            await add_traveler(services, "Kyoto", 90)
            first = await ingest(client, market="Kyoto", intelType="safety", data=GAS_LEAK)
            again = await ingest(client, market="Kyoto", intelType="safety", data=GAS_LEAK)
            trend = {"name": "Night walk", "trend_score": 80}
            await ingest(client, market="Kyoto", intelType="trend", data=trend)
            rescored = await ingest(
                client, market="Kyoto", intelType="trend", data={**trend, "trend_score": 90}
            )
        # Read while the app still runs: afterwards its engine is disposed.
        assert [row.traveler_id for row in await outbox(services)] == [soon]
    assert first.json()["alertsQueued"] == 1
    assert again.json()["duplicate"] is True
    assert rescored.json()["duplicate"] is True
