"""An operator restores an earlier version of a trip, as a new version (history is kept).

The trip at version N is rebuilt by applying, newest first, the stored inverse of every later
version to the current trip; the result is applied as one ResetTrip (plus the start date when it
differs), guarded by the usual optimistic version check, so a traveler's edit made meanwhile
wins and the restore is refused rather than lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.domain.changeset import ChangeSet, ChangeSetError, ResetTrip, apply_changeset
from core.domain.trip_ops import SetStartDate
from core.services.itinerary import (
    BACKGROUND_RACE_RETRIES,
    ItineraryService,
    ItineraryView,
    NotFoundError,
    StaleVersionError,
)
from core.storage.models import ItineraryVersion


@dataclass(frozen=True)
class Restored:
    """The outcome: the new version, or why nothing changed."""

    new_version: int | None
    problem: str | None = None


async def restore_version(
    session: AsyncSession, clock: Clock, itinerary_id: str, target: int, actor: str
) -> Restored:
    """Make the trip look as it did at version `target`, as a new version by `actor`.

    Background enrichment committing a version meanwhile is not an edit to respect: the restore
    is rebuilt on the newer version, like an undo. Anyone else's change refuses it.
    """
    service = ItineraryService(session, clock)
    for _ in range(BACKGROUND_RACE_RETRIES):
        try:
            return await _restore_once(session, service, itinerary_id, target, actor)
        except StaleVersionError as stale:
            if not await service.only_background_changes_since(itinerary_id, stale.expected):
                break
    return Restored(None, "The trip changed meanwhile; look again before restoring.")


async def _restore_once(
    session: AsyncSession, service: ItineraryService, itinerary_id: str, target: int, actor: str
) -> Restored:
    try:
        current: ItineraryView = await service.get(itinerary_id)
    except NotFoundError:
        return Restored(None, "There is no such trip.")
    if not 1 <= target < current.version:
        return Restored(None, f"Pick a version from 1 to {current.version - 1}.")
    later = await session.scalars(
        select(ItineraryVersion)
        .where(ItineraryVersion.itinerary_id == itinerary_id, ItineraryVersion.version > target)
        .order_by(ItineraryVersion.version.desc())
    )
    days, destination, start = current.days, current.destination, current.start_date
    try:
        for row in later:
            back = apply_changeset(days, ChangeSet.model_validate(row.inverse), destination, start)
            days, destination, start = back.days, back.destination, back.start_date
        ops: list[ResetTrip | SetStartDate] = [ResetTrip(destination=destination, days=days)]
        if start != current.start_date:
            ops.append(SetStartDate(date=start, day_dates=[day.date for day in days]))
        result = await service.apply(
            itinerary_id,
            ChangeSet(ops=list(ops), summary=f"Restored version {target}"),
            current.version,
            actor,
            known=current,
        )
    except ChangeSetError as problem:
        return Restored(None, f"That version cannot be rebuilt: {problem}")
    return Restored(result.to_version)
