"""Push preferences of a traveler: which kinds they get, and their quiet hours."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import field_validator, model_validator

from bots.deps import BearerDep, ServicesDep, SessionDep, require_admin_or_traveler
from bots.errors import ApiError
from bots.responses import ERRORS, Preferences
from bots.schemas import ApiModel
from core.domain.itinerary import check_time
from core.intents.push_preferences import PreferenceChange
from core.services.push_preferences import change_preferences

router = APIRouter(prefix="/api/v1", tags=["travelers"], responses=ERRORS)
REFUSAL = "You can only read or change your own preferences."


class PreferencesPatch(ApiModel):
    """PATCH /api/v1/travelers/{id}/preferences: the fields given change, the others stay.

    `quietStart` and `quietEnd` go together; both null turns quiet hours off.
    """

    alerts: bool | None = None
    digests: bool | None = None
    quiet_start: str | None = None
    quiet_end: str | None = None

    _clock_times = field_validator("quiet_start", "quiet_end")(check_time)

    @model_validator(mode="after")
    def _both_or_neither(self) -> PreferencesPatch:
        given = {"quiet_start", "quiet_end"} & self.model_fields_set
        if given and (len(given) == 1 or (self.quiet_start is None) != (self.quiet_end is None)):
            msg = "give both quietStart and quietEnd (HH:MM, or both null), or neither"
            raise ValueError(msg)
        if self.alerts is None and "alerts" in self.model_fields_set:
            raise ValueError("alerts must be true or false")
        if self.digests is None and "digests" in self.model_fields_set:
            raise ValueError("digests must be true or false")
        return self

    def change(self) -> PreferenceChange:
        """The same change a chat message would make."""
        quiet_given = "quiet_start" in self.model_fields_set
        return PreferenceChange(
            alerts=self.alerts,
            digests=self.digests,
            quiet_start=self.quiet_start,
            quiet_end=self.quiet_end,
            clear_quiet=quiet_given and self.quiet_start is None,
        )


async def _apply(
    traveler_id: str,
    change: PreferenceChange,
    session: SessionDep,
    services: ServicesDep,
    credentials: BearerDep,
) -> dict[str, Any]:
    await require_admin_or_traveler(services, credentials, traveler_id, REFUSAL)
    preferences = await change_preferences(session, traveler_id, change)
    if preferences is None:
        raise ApiError(404, "not_found", f"No traveler with id {traveler_id!r}.")
    await session.commit()
    return {"travelerId": traveler_id, **preferences.to_json()}


@router.get("/travelers/{traveler_id}/preferences", response_model=Preferences)
async def get_preferences(
    traveler_id: str, session: SessionDep, services: ServicesDep, credentials: BearerDep
) -> dict[str, Any]:
    """Which pushes the traveler gets (alerts, digests) and their quiet hours."""
    return await _apply(traveler_id, PreferenceChange(), session, services, credentials)


@router.patch("/travelers/{traveler_id}/preferences", response_model=Preferences)
async def patch_preferences(
    traveler_id: str,
    body: PreferencesPatch,
    session: SessionDep,
    services: ServicesDep,
    credentials: BearerDep,
) -> dict[str, Any]:
    """Change some of the traveler's push preferences; the preferences after the change."""
    return await _apply(traveler_id, body.change(), session, services, credentials)
