"""Place photos: a redirect to the provider's photo, so the API key never reaches a user."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import RedirectResponse

from bots.deps import ServicesDep
from bots.errors import ApiError
from bots.responses import ERRORS

router = APIRouter(prefix="/api/v1/place-photos", tags=["places"], responses=ERRORS)


@router.get(
    "/{photo_name:path}",
    response_class=RedirectResponse,
    status_code=302,
    responses={302: {"description": "Redirect to the photo's short-lived public URI"}},
)
async def place_photo(
    photo_name: str,
    services: ServicesDep,
    sig: Annotated[str | None, Query(max_length=64)] = None,
) -> RedirectResponse:
    """302 to a short-lived public photo URI for a photo name this service handed out.

    The URL must carry the signature we put on it (cards, enrichment): any other name is a
    404 before Google is asked, so requests for made-up names spend none of the quota.
    """
    links, photos = services.photo_links, services.photos
    if links is None or photos is None or not links.is_signed(photo_name, sig):
        raise ApiError(404, "not_found", "No such photo.")
    uri = await photos.photo_uri(photo_name)
    if uri is None:
        raise ApiError(404, "not_found", "No such photo.")
    return RedirectResponse(
        uri, status_code=302, headers={"Cache-Control": "private, max-age=3000"}
    )
