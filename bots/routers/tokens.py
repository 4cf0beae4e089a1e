"""A traveler's bearer token: rotate it, or revoke it (the traveler or the operator)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status

from bots.deps import BearerDep, ServicesDep, SessionDep, require_admin_or_traveler
from bots.errors import ApiError
from bots.responses import ERRORS, TokenIssued

router = APIRouter(prefix="/api/v1/travelers", tags=["travelers"], responses=ERRORS)


def _not_found(traveler_id: str) -> ApiError:
    return ApiError(404, "not_found", f"No traveler with id {traveler_id!r}.")


@router.post("/{traveler_id}/token", response_model=TokenIssued)
async def rotate_token(
    traveler_id: str, session: SessionDep, services: ServicesDep, credentials: BearerDep
) -> dict[str, Any]:
    """A new token for the traveler; every copy of the old one stops working at once.

    The traveler's "log me out everywhere else" (keep working here with the new token), and
    the operator's way to issue a token again after revoking one.
    """
    await require_admin_or_traveler(
        services, credentials, traveler_id, "You can only rotate your own token."
    )
    issued = await services.authenticator.tokens(session).rotate(traveler_id)
    if issued is None:
        raise _not_found(traveler_id)
    await session.commit()
    services.authenticator.forget(traveler_id)
    return {
        "id": traveler_id,
        "token": issued.token,
        "createdAt": issued.created_at.isoformat(),
        "expiresAt": issued.expires_at.isoformat() if issued.expires_at else None,
    }


@router.delete("/{traveler_id}/token", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_token(
    traveler_id: str, session: SessionDep, services: ServicesDep, credentials: BearerDep
) -> Response:
    """Switch the traveler's token off: "log me out everywhere", or the operator's cut-off.

    Nothing works with it any more (this request's token included, for a traveler); the
    operator issues a new one with `POST /api/v1/travelers/{id}/token`.
    """
    await require_admin_or_traveler(
        services, credentials, traveler_id, "You can only revoke your own token."
    )
    if not await services.authenticator.tokens(session).revoke(traveler_id):
        raise _not_found(traveler_id)
    await session.commit()
    services.authenticator.forget(traveler_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
