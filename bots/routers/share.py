"""Shared trips: the traveler makes or ends links; anyone holding a live link may only read.

`/share/{secret}` and `/share/{secret}/trip.ics` answer 404 for unknown, malformed and revoked
links alike, so a probe learns nothing; the page is never cached and sends no referrer.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from bots.deps import OwnedItinerary, ServicesDep, SessionDep
from bots.responses import ERRORS, ShareLinks
from bots.web.html import document, h
from bots.web.share_page import CSS, share_page
from core.services.calendar_export import build_calendar
from core.services.destination_zone import destination_zone
from core.services.itinerary import ItineraryService, ItineraryView, NotFoundError
from core.services.trip_links import TripLinks
from core.storage.models import Traveler

router = APIRouter(tags=["sharing"], responses=ERRORS)
_ICS: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/calendar": {"schema": {"type": "string"}}}}
}
_PRIVATE = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}


def _gone() -> HTMLResponse:
    page = document("Not found", CSS, h("main", None, h("h1", None, "This link does not work.")))
    return HTMLResponse(page, status_code=404, headers=_PRIVATE)


async def _shared(session: SessionDep, services: ServicesDep, secret: str) -> ItineraryView | None:
    itinerary_id = await TripLinks(session, services.clock).resolve(secret)
    if itinerary_id is None:
        return None
    try:
        return await ItineraryService(session, services.clock).get(itinerary_id)
    except NotFoundError:
        return None


def _calendar(
    itinerary: ItineraryView, zone_fallback: str | None, services: ServicesDep
) -> Response:
    zone = destination_zone(itinerary.destination, zone_fallback)
    body = build_calendar(itinerary, zone, services.clock.now())
    return Response(
        body.encode("utf-8"),
        media_type="text/calendar; charset=utf-8",
        headers={**_PRIVATE, "Content-Disposition": 'attachment; filename="trip.ics"'},
    )


@router.post("/api/v1/itineraries/{itinerary_id}/share", response_model=ShareLinks)
async def create_share_link(
    itinerary: OwnedItinerary, session: SessionDep, services: ServicesDep
) -> ShareLinks:
    """A new read-only link to the trip (`url`) and to its calendar file (`calendarUrl`)."""
    link = await TripLinks(session, services.clock).create(itinerary.id, itinerary.user_id)
    await session.commit()
    url = f"{services.settings.public_base_url.rstrip('/')}/share/{link.secret}"
    return ShareLinks(url=url, calendar_url=f"{url}/trip.ics")


@router.delete("/api/v1/itineraries/{itinerary_id}/share", status_code=204)
async def stop_sharing(
    itinerary: OwnedItinerary, session: SessionDep, services: ServicesDep
) -> Response:
    """End every link of the trip at once."""
    await TripLinks(session, services.clock).revoke_all(itinerary.id, itinerary.user_id)
    await session.commit()
    return Response(status_code=204)


@router.get(
    "/api/v1/itineraries/{itinerary_id}/calendar.ics", response_class=Response, responses=_ICS
)
async def calendar_file(
    itinerary: OwnedItinerary, session: SessionDep, services: ServicesDep
) -> Response:
    """The trip as an iCalendar file (for the traveler's own token)."""
    zone = await session.scalar(select(Traveler.timezone).where(Traveler.id == itinerary.user_id))
    return _calendar(itinerary, zone, services)


@router.get("/share/{secret}", include_in_schema=False)
async def shared_trip(secret: str, session: SessionDep, services: ServicesDep) -> Response:
    """The shared trip's page."""
    itinerary = await _shared(session, services, secret)
    if itinerary is None:
        return _gone()
    locale = await session.scalar(select(Traveler.locale).where(Traveler.id == itinerary.user_id))
    page = share_page(itinerary, locale or "en", f"/share/{secret}/trip.ics")
    return HTMLResponse(page, headers=_PRIVATE)


@router.get("/share/{secret}/trip.ics", include_in_schema=False)
async def shared_calendar(secret: str, session: SessionDep, services: ServicesDep) -> Response:
    """The shared trip's calendar file."""
    itinerary = await _shared(session, services, secret)
    if itinerary is None:
        return _gone()
    zone = await session.scalar(select(Traveler.timezone).where(Traveler.id == itinerary.user_id))
    return _calendar(itinerary, zone, services)
