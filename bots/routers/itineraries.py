"""Itineraries: create, read, versions, chat (PRD §12.5) and the live events socket."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from fastapi import APIRouter, Response, WebSocket, WebSocketDisconnect, status
from fastapi.responses import JSONResponse
from websockets.exceptions import WebSocketException

from bots.auth import Principal
from bots.container import Services
from bots.deps import CurrentTraveler, OwnedItinerary, ServicesDep, SessionDep
from bots.errors import ApiError
from bots.rate_limit import retry_after_header
from bots.responses import ERRORS, Itinerary, VersionList
from bots.schemas import ChatRequest, ItineraryCreate
from core.orchestrator import Refusal, Turn
from core.protocol import AgentResponse
from core.services.itinerary import ItineraryService, ItineraryView, NotFoundError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/itineraries", tags=["itineraries"], responses=ERRORS)
# How often an idle events socket checks that its token is still valid (revocation, expiry).
RECHECK_SECONDS = 30.0


def _itinerary_json(
    view: ItineraryView, services: ServicesDep, status_code: int = status.HTTP_200_OK
) -> JSONResponse:
    # Sent as the domain's own wire form (items leave out what they don't have), which the
    # declared `Itinerary` model describes; FastAPI would add nulls if it serialized again.
    body = {**view.to_json(), "demo": services.places.is_demo}
    return JSONResponse(body, status_code=status_code)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Itinerary)
async def create_itinerary(
    body: ItineraryCreate, traveler: CurrentTraveler, session: SessionDep, services: ServicesDep
) -> JSONResponse:
    """A new empty itinerary for the caller."""
    if body.user_id is not None and body.user_id != traveler.id:
        raise ApiError(403, "forbidden", "userId does not match the token's traveler.")
    view = await ItineraryService(session, services.clock).create(
        traveler.id, body.destination, body.start_date, body.days
    )
    await session.commit()
    return _itinerary_json(view, services, status.HTTP_201_CREATED)


@router.get("/{itinerary_id}", response_model=Itinerary)
async def get_itinerary(itinerary: OwnedItinerary, services: ServicesDep) -> JSONResponse:
    """The current itinerary."""
    return _itinerary_json(itinerary, services)


@router.get("/{itinerary_id}/versions", response_model=VersionList)
async def list_versions(
    itinerary: OwnedItinerary, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """Every version with its diff, newest first."""
    versions = await ItineraryService(session, services.clock).versions(itinerary.id)
    return {"itineraryId": itinerary.id, "version": itinerary.version, "versions": versions}


@router.post(
    "/{itinerary_id}/chat",
    response_model=AgentResponse,
    responses={200: {"description": "The AgentResponse (PRD §7)"}},
)
async def chat(
    itinerary_id: str,
    body: ChatRequest,
    traveler: CurrentTraveler,
    services: ServicesDep,
) -> Response:
    """One chat turn → AgentResponse (PRD §12.5)."""
    # The plain case is served before this route by bots.chat_route, through answer_chat too.
    return await answer_chat(itinerary_id, body, traveler, services)


CHAT_PATH = f"{router.prefix}/{{itinerary_id}}/chat"


async def answer_chat(
    itinerary_id: str, body: ChatRequest, traveler: Principal, services: Services
) -> Response:
    """The turn of a checked chat request, answered (or an ApiError)."""
    if body.user_id is not None and body.user_id != traveler.id:
        raise ApiError(403, "forbidden", "userId does not match the token's traveler.")
    limiter = services.chat_limiter
    if limiter is not None and (wait := limiter.retry_after(traveler.id)) is not None:
        raise ApiError(
            429,
            "rate_limited",
            "You are sending messages faster than I can answer; wait a moment.",
            headers={"Retry-After": retry_after_header(wait)},
        )
    if body.itinerary_id is not None and body.itinerary_id != itinerary_id:
        raise ApiError(422, "validation_error", "itineraryId does not match the URL.")
    outcome = await services.orchestrator.handle(
        Turn(
            conversation_key=f"web:{traveler.id}:{itinerary_id}",
            user_id=traveler.id,
            itinerary_id=itinerary_id,
            text=body.text,
            selected_index=body.selected_index,
            prompt_id=body.prompt_id,
            locale=traveler.locale,
            default_day=body.day,
            actor=f"web:{traveler.id}",
        )
    )
    if outcome.refusal is Refusal.NOT_FOUND:
        raise ApiError(404, "not_found", f"No itinerary with id {itinerary_id!r}.")
    if outcome.refusal is Refusal.FORBIDDEN:
        raise ApiError(403, "forbidden", "That itinerary belongs to another traveler.")
    # Serialized by pydantic in one pass, skipping FastAPI's generic encoder on the hot path.
    content = outcome.response.model_dump_json(by_alias=True, exclude_none=True)
    return Response(content, media_type="application/json", headers={"Cache-Control": "no-store"})


# What a send on a socket the browser is closing raises, depending on where the close is:
# Starlette's disconnect, uvicorn's ClientDisconnected (an OSError), the websockets library's
# InvalidState / ConnectionClosed, or Starlette's RuntimeError after the close frame.
_SOCKET_GONE = (WebSocketDisconnect, OSError, RuntimeError, WebSocketException)


async def _drain(websocket: WebSocket) -> None:
    with contextlib.suppress(WebSocketDisconnect):
        while True:
            await websocket.receive_text()


@router.websocket("/{itinerary_id}/events")
async def events(websocket: WebSocket, itinerary_id: str, services: ServicesDep) -> None:
    """Pushes itinerary events (updates, enrichment) to the web chat; auth by ?token=."""
    token = websocket.query_params.get("token", "")
    traveler = await services.authenticator.authenticate(token)
    async with services.sessions() as session:
        try:
            owner = (await ItineraryService(session, services.clock).get(itinerary_id)).user_id
        except NotFoundError:
            owner = None
    await websocket.accept()
    if traveler is None or owner != traveler.id:
        # Accepted first: a socket closed before the handshake is an HTTP 403 for the browser,
        # and the page could not tell "not yours" (4403) from a network error.
        await websocket.close(code=4403)
        return
    async with services.events.subscribe(itinerary_id) as queue:
        receiver = asyncio.create_task(_drain(websocket))
        try:
            while True:
                getter = asyncio.create_task(queue.get())
                done, _ = await asyncio.wait(
                    {getter, receiver},
                    timeout=RECHECK_SECONDS,
                    return_when=asyncio.FIRST_COMPLETED,
                )
                if receiver in done:
                    getter.cancel()
                    return
                # A revoked, rotated or expired token ends the socket too, not just new requests.
                if await services.authenticator.authenticate(token) is None:
                    getter.cancel()
                    await websocket.close(code=4403)
                    return
                if getter in done:
                    await websocket.send_json(getter.result())
                else:
                    getter.cancel()
        except _SOCKET_GONE:
            # The page closed while an event was on its way: nothing to tell anyone.
            log.debug("events socket for %s closed while sending", itinerary_id)
        finally:
            receiver.cancel()
