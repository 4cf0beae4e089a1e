"""Operator routes for travelers, and the demo session of the web chat."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, status

from bots.deps import AdminOnly, BearerDep, ServicesDep, SessionDep, require_admin_or_traveler
from bots.errors import ApiError
from bots.rate_limit import retry_after_header
from bots.responses import ERRORS, DemoSession, LinkCode, TravelerCreated
from bots.schemas import TravelerCreate
from core.services.demo_seed import create_demo_trip
from core.services.identity import IdentityService
from core.services.travelers import TravelerService

router = APIRouter(prefix="/api/v1", tags=["travelers"], responses=ERRORS)


@router.post("/travelers", status_code=status.HTTP_201_CREATED, response_model=TravelerCreated)
async def create_traveler(
    body: TravelerCreate, _admin: AdminOnly, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """Create a traveler; the returned token is shown only this once."""
    created = await TravelerService(session, services.clock).create(
        body.name, body.locale, body.timezone, body.phone
    )
    traveler = created.traveler
    traveler.quiet_start, traveler.quiet_end = body.quiet_start, body.quiet_end
    await session.commit()
    return {
        "id": traveler.id,
        "token": created.token,
        "name": traveler.name,
        "locale": traveler.locale,
        "timezone": traveler.timezone,
        "phone": traveler.phone,
        "quietStart": traveler.quiet_start,
        "quietEnd": traveler.quiet_end,
    }


@router.post("/demo/session", response_model=DemoSession)
async def demo_session(
    request: Request, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """A fresh demo traveler with a 3-day Hadibo trip (demo mode only)."""
    if services.demo_places is None or not services.settings.is_demo:
        raise ApiError(
            404,
            "not_demo_mode",
            "Demo sessions exist only in demo mode (no provider keys configured).",
        )
    client = request.client.host if request.client else "unknown"
    limiter = services.demo_limiter
    if limiter is not None and (wait := limiter.retry_after(client)) is not None:
        raise ApiError(
            429,
            "rate_limited",
            "Too many new demo sessions from your address; try again in a minute.",
            headers={"Retry-After": retry_after_header(wait)},
        )
    created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    await session.commit()
    return {
        "userId": created.traveler.id,
        "token": created.token,
        "itineraryId": itinerary.id,
        "demo": True,
    }


@router.post("/travelers/{traveler_id}/link-code", response_model=LinkCode)
async def link_code(
    traveler_id: str, session: SessionDep, services: ServicesDep, credentials: BearerDep
) -> dict[str, Any]:
    """A one-time code that attaches a Telegram/Slack/WhatsApp chat to this traveler."""
    await require_admin_or_traveler(
        services, credentials, traveler_id, "You can only create link codes for yourself."
    )
    if await TravelerService(session, services.clock).get(traveler_id) is None:
        raise ApiError(404, "not_found", f"No traveler with id {traveler_id!r}.")
    code, row = await IdentityService(
        session, services.clock, services.demo_places
    ).issue_link_code(traveler_id)
    await session.commit()
    return {
        "code": code,
        "expiresAt": row.expires_at.isoformat(),
        "telegram": f"/start {code}",
        "anyChannel": f"link {code}",
    }
