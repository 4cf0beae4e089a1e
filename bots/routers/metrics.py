"""`GET /metrics`: this process's Prometheus series, with shared-state gauges read at scrape."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from bots.container import Services
from bots.deps import ServicesDep
from core.metrics import (
    BREAKER_STATE,
    OUTBOX_MESSAGES,
    OUTBOX_OLDEST_DUE_SECONDS,
    PLACE_CACHE_HIT_RATIO,
    REGISTRY,
)
from core.services.outbox import outbox_depth

log = logging.getLogger(__name__)

router = APIRouter(tags=["health"])

BREAKER_VALUES = {"closed": 0, "half_open": 1, "open": 2}


async def refresh_gauges(services: Services) -> None:
    """Set the gauges that describe state rather than events, as of now."""
    ratio = services.places.cache_hit_ratio
    if ratio is not None:
        PLACE_CACHE_HIT_RATIO.set(ratio)
    for dependency, breaker in services.breakers.items():
        BREAKER_STATE.labels(dependency=dependency).set(BREAKER_VALUES[breaker.state])
    try:
        async with services.sessions() as session:
            depth = await outbox_depth(session, services.clock.now())
    except (OSError, SQLAlchemyError):
        # The scrape still answers (the other series are worth having when the database is
        # down); the outbox gauges keep their last values.
        log.warning("metrics: the outbox could not be read")
        return
    for status, count in depth.counts.items():
        OUTBOX_MESSAGES.labels(status=status).set(count)
    OUTBOX_OLDEST_DUE_SECONDS.set(depth.oldest_due_age_seconds or 0.0)


@router.get("/metrics", include_in_schema=False)
async def metrics(services: ServicesDep) -> Response:
    """Prometheus text exposition of this process's series."""
    await refresh_gauges(services)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
