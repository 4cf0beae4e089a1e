"""FastAPI dependencies as Annotated aliases, so routes read like sentences."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from bots.auth import Principal
from bots.container import Services
from bots.errors import ApiError
from core.services.itinerary import ItineraryService, ItineraryView, NotFoundError
from core.tracing import bind_log_fields

_bearer = HTTPBearer(auto_error=False)


async def get_services(connection: HTTPConnection) -> Services:
    """The process's services (for HTTP requests and WebSockets alike).

    Async although it awaits nothing: FastAPI runs a plain `def` dependency in the thread pool,
    a thread hop on every request.
    """
    services: Services = connection.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def get_session(services: ServicesDep) -> AsyncIterator[AsyncSession]:
    """A database session for one request."""
    async with services.sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def _unauthorized() -> ApiError:
    return ApiError(401, "unauthorized", "Send 'Authorization: Bearer <token>'.")


def is_admin(services: Services, token: str) -> bool:
    """Whether a token is the operator's ADMIN_API_TOKEN (compared in constant time)."""
    admin = services.settings.admin_api_token
    return admin is not None and hmac.compare_digest(admin.get_secret_value(), token)


async def current_traveler(services: ServicesDep, credentials: BearerDep) -> Principal:
    """The traveler whose bearer token came with the request."""
    if credentials is None:
        raise _unauthorized()
    return await authenticated(services, credentials.credentials)


async def authenticated(services: Services, token: str) -> Principal:
    """The traveler owning a bearer token; 401 if the token is not valid."""
    principal = await services.authenticator.authenticate(token)
    if principal is None:
        raise ApiError(401, "unauthorized", "That token is not valid.")
    bind_log_fields(traveler_id=principal.id)  # the request's log lines say whose it is
    return principal


CurrentTraveler = Annotated[Principal, Depends(current_traveler)]


async def require_admin_or_traveler(
    services: Services,
    credentials: HTTPAuthorizationCredentials | None,
    traveler_id: str,
    refusal: str,
) -> None:
    """Allow the operator's admin token, or the bearer token of `traveler_id` itself."""
    if credentials is None:
        raise _unauthorized()
    token = credentials.credentials
    if is_admin(services, token):
        return
    principal = await services.authenticator.authenticate(token)
    if principal is None:
        raise ApiError(401, "unauthorized", "That token is not valid.")
    if principal.id != traveler_id:
        raise ApiError(403, "forbidden", refusal)


async def require_admin(services: ServicesDep, credentials: BearerDep) -> None:
    """Allow only the operator's ADMIN_API_TOKEN."""
    if services.settings.admin_api_token is None:
        raise ApiError(403, "admin_disabled", "Admin routes are off: set ADMIN_API_TOKEN.")
    if credentials is None:
        raise _unauthorized()
    if not is_admin(services, credentials.credentials):
        raise ApiError(403, "forbidden", "That token is not the admin token.")


AdminOnly = Annotated[None, Depends(require_admin)]


async def owned_itinerary(
    itinerary_id: str, traveler: CurrentTraveler, session: SessionDep, services: ServicesDep
) -> ItineraryView:
    """The path's itinerary, if it belongs to the caller (404 unknown, 403 someone else's)."""
    try:
        itinerary = await ItineraryService(session, services.clock).get(itinerary_id)
    except NotFoundError:
        raise ApiError(404, "not_found", f"No itinerary with id {itinerary_id!r}.") from None
    if itinerary.user_id != traveler.id:
        raise ApiError(403, "forbidden", "That itinerary belongs to another traveler.")
    return itinerary


OwnedItinerary = Annotated[ItineraryView, Depends(owned_itinerary)]
