"""Operator routes for travelers, and the demo session of the web chat."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from bots.deps import AdminOnly, ServicesDep, SessionDep
from bots.errors import ApiError
from bots.schemas import TravelerCreate
from core.services.demo_seed import create_demo_trip
from core.services.travelers import TravelerService

router = APIRouter(prefix="/api/v1", tags=["travelers"])


@router.post("/travelers", status_code=status.HTTP_201_CREATED)
async def create_traveler(
    body: TravelerCreate, _admin: AdminOnly, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """Create a traveler; the returned token is shown only this once."""
    created = await TravelerService(session, services.clock).create(
        body.name, body.locale, body.timezone, body.phone
    )
    await session.commit()
    traveler = created.traveler
    return {
        "id": traveler.id,
        "token": created.token,
        "name": traveler.name,
        "locale": traveler.locale,
        "timezone": traveler.timezone,
        "phone": traveler.phone,
    }


@router.post("/demo/session")
async def demo_session(session: SessionDep, services: ServicesDep) -> dict[str, Any]:
    """A fresh demo traveler with a 3-day Hadibo trip (demo mode only)."""
    if services.demo_places is None or not services.settings.is_demo:
        raise ApiError(
            404,
            "not_demo_mode",
            "Demo sessions exist only in demo mode (no provider keys configured).",
        )
    created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    await session.commit()
    return {
        "userId": created.traveler.id,
        "token": created.token,
        "itineraryId": itinerary.id,
        "demo": True,
    }
