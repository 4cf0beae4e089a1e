"""Operator ingest of destination intelligence: the source of truth when Grok is not configured."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter
from pydantic import Field, ValidationError

from bots.deps import AdminOnly, ServicesDep, SessionDep
from bots.errors import ApiError
from bots.responses import ERRORS, IntelStored
from bots.schemas import ApiModel
from core.services.alerts import alert_travelers
from core.services.intel_items import MARKETS, IntelType, canonical_market, parse_item
from core.services.intelligence import store_item

router = APIRouter(prefix="/api/v1/admin", tags=["admin"], responses=ERRORS)


class IntelIngest(ApiModel):
    """POST /api/v1/admin/intel: one item in the Grok guide's shape."""

    market: str = Field(min_length=1, max_length=100)
    intel_type: IntelType
    data: dict[str, Any]
    valid_until: dt.datetime | None = None
    sources: list[str] | None = Field(default=None, max_length=20)


def _problems(exc: ValidationError) -> str:
    return "; ".join(
        f"data.{'.'.join(map(str, e['loc']))}: {e['msg']}" if e["loc"] else f"data: {e['msg']}"
        for e in exc.errors()
    )


@router.post("/intel", response_model=IntelStored)
async def ingest_intel(
    body: IntelIngest, _admin: AdminOnly, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """Store one item; a new critical/high safety item alerts affected travelers at once."""
    market = canonical_market(body.market)
    if market is None:
        raise ApiError(
            422,
            "unknown_market",
            f"Unknown market {body.market!r}; use one of {', '.join(MARKETS)}.",
        )
    try:
        item = parse_item(body.intel_type, body.data)
    except ValidationError as exc:
        raise ApiError(
            422, "invalid_intel", f"Not a valid {body.intel_type} item: {_problems(exc)}"
        ) from None
    valid_until = body.valid_until
    if valid_until is not None and valid_until.tzinfo is None:
        valid_until = valid_until.replace(tzinfo=dt.UTC)  # an operator's bare time means UTC
    stored = await store_item(
        session, services.clock, market, item, sources=body.sources, valid_until=valid_until
    )
    await session.commit()
    alerts = 0
    if stored.alert:
        # After the item is committed, so a failure here leaves it for the 5-minute job.
        alerts = await alert_travelers(session, services.clock, stored.id)
        await session.commit()
    return {"id": stored.id, "duplicate": not stored.new, "alertsQueued": alerts}
