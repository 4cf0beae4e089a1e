"""Itinerary persistence: create, read, apply ChangeSets as new versions, undo."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.domain.changeset import ChangeSet, apply_changeset
from core.domain.itinerary import Day, Node, sort_key
from core.services import trip_cache
from core.services.itinerary_statements import (
    ADD_VERSION,
    LAST_CHANGE,
    MARK_UNDONE,
    READ,
    SYSTEM_ACTOR_ENRICHMENT,
    WRITE,
)
from core.storage import hot
from core.storage.models import Itinerary, ItineraryVersion

MAX_TRIP_DAYS = 30
__all__ = ["SYSTEM_ACTOR_ENRICHMENT"]  # re-exported: callers import it from here
# Enrichment of several places may commit a few versions in a row while a turn is in flight.
BACKGROUND_RACE_RETRIES = 3


class StaleVersionError(Exception):
    """The itinerary changed since the caller read it; nothing was applied."""

    def __init__(self, expected: int, current: int) -> None:
        super().__init__(f"itinerary is at version {current}, not {expected}")
        self.expected = expected
        self.current = current


class NotFoundError(LookupError):
    """No such itinerary."""


@dataclass(frozen=True)
class ItineraryView:
    """An itinerary as agents and clients see it."""

    id: str
    user_id: str
    destination: str
    start_date: date | None
    version: int
    days: list[Day]

    def to_json(self) -> dict[str, Any]:
        """The GET /itineraries/{id} body."""
        return {
            "id": self.id,
            "userId": self.user_id,
            "destination": self.destination,
            "startDate": self.start_date.isoformat() if self.start_date else None,
            "version": self.version,
            "days": [day.to_json_dict() for day in self.days],
        }


@dataclass(frozen=True)
class ApplyResult:
    """What an applied ChangeSet produced."""

    to_version: int
    diff: list[dict[str, Any]]
    itinerary: ItineraryView


def view_of(row: Itinerary | Row[*tuple[Any, ...]]) -> ItineraryView:
    """The view of an itinerary row (the ORM object, or a row with READ's columns)."""
    return ItineraryView(
        id=row.id,
        user_id=row.user_id,
        destination=row.destination,
        start_date=row.start_date,
        version=row.version,
        days=trip_cache.days_of(row.id, row.version, row.days),
    )


class ItineraryService:
    """Reads and changes itineraries inside the caller's session (the caller commits)."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def create(
        self,
        user_id: str,
        destination: str,
        start_date: date | None,
        day_count: int,
        nodes_by_day: dict[int, list[Node]] | None = None,
    ) -> ItineraryView:
        """A new itinerary at version 1, empty unless seeded with nodes."""
        now = self._clock.now()
        seeded = nodes_by_day or {}
        days = [
            Day(
                day=n,
                date=start_date + timedelta(days=n - 1) if start_date else None,
                nodes=sorted(seeded.get(n, []), key=sort_key),
            )
            for n in range(1, day_count + 1)
        ]
        row = Itinerary(
            id=secrets.token_hex(16),
            user_id=user_id,
            destination=destination,
            start_date=start_date,
            version=1,
            days=[d.to_json_dict() for d in days],
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return view_of(row)

    def today(self) -> date:
        """Today's date (UTC) on the service's clock."""
        return self._clock.now().date()

    async def get(self, itinerary_id: str) -> ItineraryView:
        """The current state; NotFoundError if there is none."""
        row = (await hot.execute(self._session, READ, {"id": itinerary_id})).first()
        if row is None:
            raise NotFoundError(itinerary_id)
        return view_of(row)

    async def latest_for_user(self, user_id: str) -> ItineraryView | None:
        """The traveler's most recently changed itinerary."""
        row = await self._session.scalar(
            select(Itinerary)
            .where(Itinerary.user_id == user_id)
            .order_by(Itinerary.updated_at.desc())
            .limit(1)
        )
        return view_of(row) if row else None

    async def apply(
        self,
        itinerary_id: str,
        changeset: ChangeSet,
        expected_version: int,
        actor: str,
        undoes_version: int | None = None,
        known: ItineraryView | None = None,
    ) -> ApplyResult:
        """Apply as version N+1; StaleVersionError if someone else got there first.

        `known` is the caller's copy of the itinerary at `expected_version`, sparing a re-read;
        the version guard of the UPDATE still catches anyone who changed it meanwhile.
        Raises ChangeSetError (nothing written) when the ChangeSet does not fit.
        """
        fresh = known is not None and known.id == itinerary_id and known.version == expected_version
        current = known if fresh and known is not None else await self.get(itinerary_id)
        if current.version != expected_version:
            raise StaleVersionError(expected_version, current.version)
        applied = apply_changeset(current.days, changeset, current.destination, current.start_date)
        new_version = expected_version + 1
        now = self._clock.now()
        stored = trip_cache.serialized(applied.days)
        # The version guard in WHERE makes concurrent appliers race safely on any backend.
        result = await hot.execute(
            self._session,
            WRITE,
            {
                "itinerary_id": itinerary_id,
                "expected": expected_version,
                "new_version": new_version,
                "new_days": stored,
                "new_destination": applied.destination,
                "new_start": applied.start_date,
                "now": now,
            },
        )
        if getattr(result, "rowcount", 0) != 1:
            latest = await self.get(itinerary_id)
            raise StaleVersionError(expected_version, latest.version)
        # Kept with the text sent: used only if the database holds that text at that version.
        trip_cache.remember(itinerary_id, new_version, stored, applied.days)
        await hot.execute(
            self._session,
            ADD_VERSION,
            {
                "itinerary_id": itinerary_id,
                "version": new_version,
                "summary": changeset.summary[:500],
                "changeset": changeset.to_json_dict(),
                "inverse": applied.inverse.to_json_dict(),
                "diff": applied.diff,
                "undoes_version": undoes_version,
                "undone": False,
                "actor": actor,
                "created_at": now,
            },
        )
        view = ItineraryView(
            current.id,
            current.user_id,
            applied.destination,
            applied.start_date,
            new_version,
            applied.days,
        )
        return ApplyResult(new_version, applied.diff, view)

    async def undo(
        self, current: ItineraryView, actor: str
    ) -> tuple[ApplyResult, list[dict[str, Any]]] | None:
        """Revert the latest change not yet undone, as a new version; None if nothing to undo.

        Returns the new version and the diff of the change it reverted (what the traveler is
        told was undone, worded in their language rather than the stored English summary).
        Background enrichment may commit a version between the caller's read and the guarded
        update (another process, on PostgreSQL): that is not the traveler's change, so the undo
        is retried on the newer version, like an apply. Raises StaleVersionError if someone
        else changed the trip meanwhile, ChangeSetError if the change can no longer be reverted.
        """
        for _ in range(BACKGROUND_RACE_RETRIES):
            try:
                return await self._undo_once(current, actor)
            except StaleVersionError:
                if not await self.only_background_changes_since(current.id, current.version):
                    raise
                current = await self.get(current.id)
        return await self._undo_once(current, actor)

    async def _undo_once(
        self, current: ItineraryView, actor: str
    ) -> tuple[ApplyResult, list[dict[str, Any]]] | None:
        itinerary_id = current.id
        last = (await hot.execute(self._session, LAST_CHANGE, {"id": itinerary_id})).first()
        if last is None:
            return None
        inverse = ChangeSet.model_validate(last.inverse)
        result = await self.apply(
            itinerary_id,
            inverse,
            current.version,
            actor,
            undoes_version=last.version,
            known=current,
        )
        await hot.execute(self._session, MARK_UNDONE, {"version_id": last.id})
        return result, list(last.diff)

    async def only_background_changes_since(self, itinerary_id: str, version: int) -> bool:
        """Whether every version after `version` came from background enrichment."""
        actors = await self._session.scalars(
            select(ItineraryVersion.actor).where(
                ItineraryVersion.itinerary_id == itinerary_id, ItineraryVersion.version > version
            )
        )
        return all(actor == SYSTEM_ACTOR_ENRICHMENT for actor in actors)

    async def last_touched_node_id(self, itinerary_id: str) -> str | None:
        """The item the latest change added, replaced, moved or retimed ('this restaurant')."""
        rows = await self._session.scalars(
            select(ItineraryVersion.diff)
            .where(ItineraryVersion.itinerary_id == itinerary_id)
            .order_by(ItineraryVersion.version.desc())
            .limit(5)
        )
        for diff in rows:
            for entry in reversed(diff):
                if entry.get("op") in {"add", "replace", "move", "retime"}:
                    return str(entry["nodeId"])
        return None

    async def versions(self, itinerary_id: str) -> list[dict[str, Any]]:
        """The version history, newest first."""
        rows = await self._session.scalars(
            select(ItineraryVersion)
            .where(ItineraryVersion.itinerary_id == itinerary_id)
            .order_by(ItineraryVersion.version.desc())
        )
        return [
            {
                "version": row.version,
                "summary": row.summary,
                "diff": row.diff,
                "undoesVersion": row.undoes_version,
                "undone": row.undone,
                "actor": row.actor,
                "createdAt": row.created_at.isoformat(),
            }
            for row in rows
        ] + [
            {
                "version": 1,
                "summary": "Trip created",
                "diff": [],
                "undoesVersion": None,
                "undone": False,
                "actor": "system",
                "createdAt": None,
            }
        ]
