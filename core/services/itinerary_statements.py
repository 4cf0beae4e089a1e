"""The itinerary's statements on a turn's hot path, built once as SQLAlchemy Core.

Every turn reads its itinerary and every edit writes it with a version row: built per call
through the ORM, these cost more CPU than SQLite spends running them (statement construction,
cache keys, identity map, unit of work; issue #19's profile). Built once here on the tables,
each call only binds values; SQLAlchemy's compiled cache does the rest. Same SQL, same guards.
"""

from __future__ import annotations

from sqlalchemy import Table, bindparam, insert, select, update

from core.services.trip_cache import stored_days_text
from core.storage.models import Itinerary, ItineraryVersion

ITINERARIES: Table = Itinerary.__table__  # type: ignore[assignment]
VERSIONS: Table = ItineraryVersion.__table__  # type: ignore[assignment]
SYSTEM_ACTOR_ENRICHMENT = "enrichment"

_I = ITINERARIES.c
_V = VERSIONS.c

# The current state of the itinerary `id`; its days as the stored text, which the trip cache
# recognises (core.services.trip_cache) and decodes only when it has not seen it.
READ = select(
    _I.id, _I.user_id, _I.destination, _I.start_date, _I.version, stored_days_text(_I.days)
).where(_I.id == bindparam("id"))

# Version N+1, only if the row is still at version N (the optimistic guard in WHERE). Takes
# itinerary_id, expected, new_version, new_days, new_destination, new_start and now (names
# other than the columns': SQLAlchemy reserves those in an UPDATE).
WRITE = (
    update(ITINERARIES)
    .where(_I.id == bindparam("itinerary_id"), _I.version == bindparam("expected"))
    .values(
        version=bindparam("new_version", type_=_I.version.type),
        days=bindparam("new_days", type_=_I.days.type),
        destination=bindparam("new_destination", type_=_I.destination.type),
        start_date=bindparam("new_start", type_=_I.start_date.type),
        updated_at=bindparam("now", type_=_I.updated_at.type),
    )
)

# A version row; the values are the parameters (every column but id).
ADD_VERSION = insert(VERSIONS)

# The latest change a traveler made to itinerary `id` and has not undone.
LAST_CHANGE = (
    select(_V.id, _V.version, _V.inverse, _V.diff)
    .where(
        _V.itinerary_id == bindparam("id"),
        _V.undoes_version.is_(None),
        _V.undone.is_(False),
        # Background details are not the traveler's change: undo skips them.
        _V.actor != SYSTEM_ACTOR_ENRICHMENT,
    )
    .order_by(_V.version.desc())
    .limit(1)
)

# Mark the version row `version_id` undone.
MARK_UNDONE = update(VERSIONS).where(_V.id == bindparam("version_id")).values(undone=True)
