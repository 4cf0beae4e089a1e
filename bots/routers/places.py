"""Place photos: a redirect to the provider's photo, so the API key never reaches a user."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

from bots.deps import ServicesDep
from bots.errors import ApiError

router = APIRouter(prefix="/api/v1/place-photos", tags=["places"])


@router.get("/{photo_name:path}")
async def place_photo(photo_name: str, services: ServicesDep) -> RedirectResponse:
    """302 to a short-lived public photo URI for a Google photo resource name."""
    uri = await services.photos.photo_uri(photo_name) if services.photos else None
    if uri is None:
        raise ApiError(404, "not_found", "No such photo.")
    return RedirectResponse(
        uri, status_code=302, headers={"Cache-Control": "private, max-age=3000"}
    )
