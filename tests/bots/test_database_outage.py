"""The database goes away and comes back: 503s meanwhile (platforms redeliver), nothing lost."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from adapters.telegram.signature import SECRET_HEADER
from bots.app import create_app
from core.config import Settings
from tests.conftest import start_demo
from tests.fakes.clock import FakeClock
from tests.fakes.postgres import PG_PORT, throwaway_database
from tests.fakes.tcp_proxy import CuttableProxy, proxy_to
from tests.fakes.telegram import (
    BASE_URL,
    TOKEN,
    TRAVELER,
    WEBHOOK_SECRET,
    FakeTelegram,
    attached,
)

pytestmark = pytest.mark.postgres

HEADERS = {"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET}


@pytest.fixture
async def proxied() -> AsyncIterator[tuple[CuttableProxy, str]]:
    async with throwaway_database() as url, proxy_to("127.0.0.1", PG_PORT) as proxy:
        yield proxy, url.replace(f":{PG_PORT}/", f":{proxy.port}/")


@pytest.fixture
async def app(proxied: tuple[CuttableProxy, str]) -> AsyncIterator[FastAPI]:
    _, url = proxied
    settings = Settings(
        _env_file=None,
        database_url=url,
        run_jobs_in_web=False,
        enrichment_queue_workers=0,
        telegram_bot_token=TOKEN,
        telegram_webhook_secret=WEBHOOK_SECRET,
        telegram_api_base_url=BASE_URL,
    )
    application = create_app(settings, clock=FakeClock())
    async with application.router.lifespan_context(application):
        yield application


async def test_an_outage_answers_503_and_the_redelivery_is_answered(
    app: FastAPI, proxied: tuple[CuttableProxy, str]
) -> None:
    proxy, _ = proxied
    fake = FakeTelegram()
    pipeline = app.state.services.pipeline
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with (
        attached(app, fake, FakeClock(), settings=app.state.services.settings),
        httpx.AsyncClient(transport=transport, base_url="http://test") as client,
    ):
        trip = await start_demo(client)
        update = fake.text_update("what's on day 1?")

        await proxy.cut()
        webhook = await client.post(
            "/webhooks/telegram", content=json.dumps(update), headers=HEADERS
        )
        assert webhook.status_code == 503, webhook.text
        assert webhook.headers["retry-after"]
        assert webhook.json()["error"]["code"] == "database_unavailable"
        chat = await client.post(
            f"/api/v1/itineraries/{trip.itinerary_id}/chat",
            json={"text": "what's on day 1?"},
            headers=trip.headers,
        )
        assert chat.status_code == 503
        assert "Traceback" not in chat.text
        assert (await client.get("/readyz")).status_code == 503
        assert (await client.get("/healthz")).status_code == 200  # the process itself is fine

        await proxy.restore()
        # Telegram redelivers what it saw refused: this time it is accepted and answered.
        again = await client.post("/webhooks/telegram", content=json.dumps(update), headers=HEADERS)
        assert again.status_code == 200
        await pipeline.drain()
        answers = [b["text"] for b in fake.bodies("sendMessage") if b["chat_id"] == TRAVELER["id"]]
        assert any("Day 1" in text for text in answers), answers
        assert (await trip.chat("what's on day 2?"))["type"] == "COMPLETE"
