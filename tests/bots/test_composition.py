"""The composition root: a worker builds only what jobs use; the web shares its own with them."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import select

from bots.app import create_app
from bots.composition import build_job_process, job_context, serve_jobs
from bots.leads_slack import LeadDesk
from core.config import Settings
from core.services.inbox import InboxService
from core.services.places.guard import CircuitBreaker
from core.storage.models import InboxEvent
from tests.fakes.clock import FakeClock


def _with_telegram(settings: Settings) -> Settings:
    return settings.model_copy(update={"telegram_bot_token": SecretStr("123:test-token")})


async def test_a_worker_has_the_channels_senders_and_the_lead_desk(
    settings: Settings, clock: FakeClock
) -> None:
    process = build_job_process(_with_telegram(settings), clock)
    try:
        assert set(process.ctx.senders) == {"telegram"}
        assert isinstance(process.ctx.leads, LeadDesk)
        assert process.ctx.breakers == {}
    finally:
        await process.aclose()


async def test_a_worker_leaves_chat_deliveries_to_the_web_processes(
    settings: Settings, clock: FakeClock
) -> None:
    process = build_job_process(_with_telegram(settings), clock)
    inbox = InboxService(process.ctx.sessions, clock)
    update = {"update_id": 1, "message": {"chat": {"id": 7}, "from": {"id": 7}, "text": "hi"}}
    assert await inbox.accept("telegram", "1", update) is not None
    clock.advance(minutes=10)  # long abandoned: a web process's sweep would take it now
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(0.3, stop.set)
    await serve_jobs(build_job_process(_with_telegram(settings), clock), stop, jobs=[])
    async with process.ctx.sessions() as session:
        (status,) = (await session.scalars(select(InboxEvent.status))).all()
    await process.aclose()
    assert status == "pending"


async def test_jobs_in_the_web_use_its_senders_breakers_and_lead_desk(settings: Settings) -> None:
    app: FastAPI = create_app(settings)
    async with app.router.lifespan_context(app):
        services = app.state.services
        ctx = job_context(services)
        ctx.breakers["xai"] = CircuitBreaker(services.clock)
        assert "xai" in services.breakers  # the web's /metrics shows the jobs' breakers
        assert ctx.senders is services.pipeline.channels
        assert ctx.leads is services.leads
        assert ctx.sessions is services.sessions
