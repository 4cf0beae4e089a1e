"""The same guarantees on PostgreSQL (asyncpg): run when it answers on 127.0.0.1:5432."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from bots.app import create_app
from bots.container import build_services
from core.config import Settings
from core.orchestrator import Turn
from core.protocol import ResponseType
from core.services.itinerary import ItineraryService
from core.storage.db import upgrade_schema
from tests.conftest import start_demo
from tests.fakes.clock import FakeClock
from tests.fakes.postgres import throwaway_database

pytestmark = pytest.mark.postgres


@pytest.fixture
async def pg_settings() -> AsyncIterator[Settings]:
    """Settings on a throwaway database of the local PostgreSQL."""
    async with throwaway_database() as url:
        yield Settings(
            _env_file=None,
            run_jobs_in_web=False,
            enrichment_queue_workers=0,
            admin_api_token="admin-secret",
            database_url=url,
        )


async def test_prd_flow_over_http_on_postgres(pg_settings: Settings) -> None:
    application = create_app(pg_settings, clock=FakeClock())
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://pg") as client:
            trip = await start_demo(client)
            cards = await trip.chat("add a sushi place on day 2")
            assert cards["type"] == "NEEDS_SELECTION"
            assert len(cards["data"]["candidates"]) == 5
            done = await trip.chat("the second one")
            assert done["type"] == "COMPLETE"
            assert (await trip.chat("add Moon Restaurant on day 2"))["type"] == "ERROR"
            assert (await trip.chat("undo"))["type"] == "COMPLETE"
            assert (await trip.itinerary())["version"] == 3


async def test_concurrent_answers_and_edits_on_postgres(pg_settings: Settings) -> None:
    clock = FakeClock()
    one, two = build_services(pg_settings, clock), build_services(pg_settings, clock)
    await upgrade_schema(one.engine)
    try:
        application = create_app(pg_settings, clock=clock)
        async with application.router.lifespan_context(application):
            transport = httpx.ASGITransport(app=application)
            async with httpx.AsyncClient(transport=transport, base_url="http://pg") as client:
                trip = await start_demo(client)

        def turn(key: str, **extra: object) -> Turn:
            return Turn(
                conversation_key=key, user_id=trip.user_id, itinerary_id=trip.itinerary_id, **extra
            )  # type: ignore[arg-type]

        cards = await one.orchestrator.handle(turn("a", text="add a sushi place on day 2"))
        prompt_id = cards.response.prompt_id
        answers = await asyncio.gather(
            one.orchestrator.handle(turn("a", selected_index=0, prompt_id=prompt_id)),
            two.orchestrator.handle(turn("a", selected_index=1, prompt_id=prompt_id)),
        )
        assert sorted(a.response.type.value for a in answers) == ["COMPLETE", "ERROR"]

        # Two channels edit at once: the version guard serializes them, both edits land.
        edits = await asyncio.gather(
            one.orchestrator.handle(turn("b", text="add Tokyo Bay on day 1")),
            two.orchestrator.handle(turn("c", text="add Ocean Sushi on day 3")),
        )
        assert [e.response.type for e in edits] == [ResponseType.COMPLETE] * 2
        async with one.sessions() as session:
            view = await ItineraryService(session, clock).get(trip.itinerary_id)
        assert view.version == 4
        titles = [n.title for d in view.days for n in d.nodes]
        assert "Tokyo Bay" in titles
        assert "Ocean Sushi" in titles
    finally:
        await one.close()
        await two.close()
