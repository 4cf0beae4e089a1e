"""create_app(): the FastAPI application with its lifespan, routers and error handlers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import ModuleType

import httpx
import httpx2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from adapters.slack.setup import credentials as slack_credentials
from bots.chat_route import ChatRoute
from bots.composition import jobs_in_web
from bots.container import build_services
from bots.edge import Edge
from bots.errors import install_error_handlers
from bots.logs import install_redaction
from bots.rate_limit import RateLimiter
from bots.routers import (
    admin_intel,
    admin_outbox,
    console,
    delivery_status,
    health,
    itineraries,
    leads,
    metrics,
    places,
    preferences,
    share,
    tokens,
    travelers,
    web,
    webhooks,
)
from bots.routers.web import STATIC_DIR
from core.clock import Clock, SystemClock
from core.config import Settings, get_settings
from core.storage.db import upgrade_schema

log = logging.getLogger(__name__)


def create_app(
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    google_client: httpx.AsyncClient | None = None,
    anthropic_client: httpx2.AsyncClient | None = None,
) -> FastAPI:
    """The web service; migrations are applied when it starts."""
    settings = settings or get_settings()
    install_redaction()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = build_services(settings, clock, google_client, anthropic_client)
        await upgrade_schema(services.engine)
        await services.start()
        app.state.services = services
        if services.places.is_demo:
            log.warning("DEMO MODE: place data is illustrative demo data, not real listings")
        try:
            async with jobs_in_web(services):
                yield
        finally:
            await services.close()

    app = FastAPI(title="Traveloure chat service", version="0.1.0", lifespan=lifespan)
    install_error_handlers(app)
    per_ip = RateLimiter(
        settings.rate_limit_per_ip_per_minute, None, (clock or SystemClock()).monotonic
    )
    app.state.per_ip_limiter = per_ip  # webhooks charge it for deliveries that fail verification
    # Trace id, metrics, security headers, per-address limit, body limit, NUL guard: one layer.
    app.add_middleware(Edge, limiter=per_ip, max_bytes=settings.max_request_body_bytes)
    routers = (
        health,
        metrics,
        travelers,
        preferences,
        tokens,
        itineraries,
        places,
        leads,
        delivery_status,
        *_slack_routes(settings),  # before the other webhooks' "/webhooks/{channel}"
        webhooks,
        admin_intel,
        admin_outbox,
        share,
        web,
    )
    for module in routers:
        app.include_router(module.router)
    # First: a chat turn's plain case skips FastAPI's per-request work (bots.chat_route).
    app.router.routes.insert(0, ChatRoute())
    console.install(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def _slack_routes(settings: Settings) -> list[ModuleType]:
    """Slack's webhook route when Slack is configured: only then is slack-bolt imported."""
    if slack_credentials(settings) is None:
        return []
    from bots.routers import slack  # noqa: PLC0415

    return [slack]
