"""The durable enrichment queue's rows: queue a node, claim the next due task, mark it done.

Statements are built once as SQLAlchemy Core on the table (issue #19): an add queues a task
inside the turn's transaction, and each task is claimed and finished by a worker; through the
ORM each of these cost more CPU to build than to run, and the claimed ORM object's bumped
attempt count was flushed as one more UPDATE per claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, and_, bindparam, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.storage.models import EnrichmentTask, Itinerary, Traveler

PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"
# A details fetch takes seconds (10 s timeouts): a claim older than this was abandoned.
CLAIM_LEASE = timedelta(minutes=5)

_TASKS: Table = EnrichmentTask.__table__  # type: ignore[assignment]
_T = _TASKS.c
_WHEN = _T.updated_at.type

_QUEUE = insert(_TASKS)
# The next due task, or one a dead process left running (picked up without a restart), with
# its traveler's locale for the "details added" line.
_NEXT = (
    select(_T.id, _T.itinerary_id, _T.node_id, _T.place_id, _T.status, _T.attempts)
    .add_columns(Traveler.__table__.c.locale)
    .outerjoin(Itinerary.__table__, Itinerary.__table__.c.id == _T.itinerary_id)
    .outerjoin(Traveler.__table__, Traveler.__table__.c.id == Itinerary.__table__.c.user_id)
    .where(
        or_(
            and_(_T.status == PENDING, _T.run_after <= bindparam("now", type_=_WHEN)),
            and_(_T.status == RUNNING, _T.updated_at <= bindparam("abandoned", type_=_WHEN)),
        )
    )
    .order_by(_T.run_after, _T.id)
    .limit(2)  # the second says whether to look again after this one
)
# Every claim counts an attempt: a changed count (or status) means another got it first.
_CLAIM = (
    update(_TASKS)
    .where(
        _T.id == bindparam("task_id"),
        _T.status == bindparam("seen_status"),
        _T.attempts == bindparam("seen_attempts"),
    )
    .values(
        status=RUNNING,
        attempts=bindparam("new_attempts", type_=_T.attempts.type),
        updated_at=bindparam("now", type_=_WHEN),
    )
)
# Done, in the transaction that applied the details; says whether a chat answer awaits an edit.
_DONE = (
    update(_TASKS)
    .where(_T.id == bindparam("task_id"))
    .values(status=DONE, last_error=None, updated_at=bindparam("now", type_=_WHEN))
    .returning(_T.reply_id)
)


@dataclass(frozen=True)
class ClaimedTask:
    """What a worker needs of the task it claimed (the claim counted this attempt)."""

    id: int
    itinerary_id: str
    node_id: str
    place_id: str
    attempts: int


@dataclass(frozen=True)
class Claimed:
    """A claimed task and its traveler's locale (read with the claim, not again after).

    `more`: another task was due too, so the worker looks again at once.
    """

    task: ClaimedTask
    locale: str | None
    more: bool = False


async def enqueue_enrichment(
    session: AsyncSession,
    clock: Clock,
    itinerary_id: str,
    node_id: str,
    place_id: str,
    *,
    inbox_event_id: int | None = None,
) -> None:
    """Queue a node for enrichment inside the caller's transaction (durable from commit on).

    `inbox_event_id`: the chat delivery whose turn added the place; its answer is edited with
    the details once they arrive (core.services.reply_edits).
    """
    now = clock.now()
    await session.execute(
        _QUEUE,
        {
            "itinerary_id": itinerary_id,
            "node_id": node_id,
            "place_id": place_id,
            "status": PENDING,
            "attempts": 0,
            "run_after": now,
            "created_at": now,
            "updated_at": now,
            "inbox_event_id": inbox_event_id,
        },
    )


async def claim_next(session: AsyncSession, now: datetime) -> Claimed | None:
    """Claim the next due task in the caller's transaction; None if none (or another won)."""
    found = (await session.execute(_NEXT, {"now": now, "abandoned": now - CLAIM_LEASE})).all()
    if not found:
        return None
    row = found[0]
    claimed = await session.execute(
        _CLAIM,
        {
            "task_id": row.id,
            "seen_status": row.status,
            "seen_attempts": row.attempts,
            "new_attempts": row.attempts + 1,
            "now": now,
        },
    )
    if getattr(claimed, "rowcount", 0) != 1:
        return None  # another worker or instance took it first
    task = ClaimedTask(row.id, row.itinerary_id, row.node_id, row.place_id, row.attempts + 1)
    return Claimed(task, row.locale, more=len(found) > 1)


async def mark_done(session: AsyncSession, task_id: int, now: datetime) -> bool:
    """Mark a task done; whether a sent chat answer names its place (and awaits an edit)."""
    result = await session.execute(_DONE, {"task_id": task_id, "now": now})
    return result.scalar_one_or_none() is not None
