"""The durable enrichment queue's rows: queue a node, claim the next due task, mark it done.

Statements are built once as SQLAlchemy Core on the table (issue #19): an add queues a task
inside the turn's transaction, and each task is claimed and finished by a worker; through the
ORM each of these cost more CPU to build than to run, and the claimed ORM object's bumped
attempt count was flushed as one more UPDATE per claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Table,
    and_,
    bindparam,
    exists,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from core.clock import Clock
from core.storage import hot
from core.storage.models import EnrichmentTask, Itinerary, Traveler

PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"
# A details fetch takes seconds (10 s timeouts): a claim older than this was abandoned.
CLAIM_LEASE = timedelta(minutes=5)

_TASKS: Table = EnrichmentTask.__table__  # type: ignore[assignment]
_T = _TASKS.c
_WHEN = _T.updated_at.type

_QUEUE = insert(_TASKS)


class _Qualified(ColumnElement[Any]):
    """A subquery in a RETURNING clause, its columns rendered with their table's name.

    SQLAlchemy's SQLite compiler writes RETURNING's columns without table names (SQLite once
    required it), and the subqueries inside too, where `id = id` then means something else.
    SQLite 3.35+ reads qualified names there; PostgreSQL always did.
    """

    inherit_cache = True
    _traverse_internals = [("inner", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, inner: ColumnElement[Any]) -> None:
        self.inner = inner
        self.type = inner.type


@compiles(_Qualified)
def _render_qualified(element: _Qualified, compiler: SQLCompiler, **kw: Any) -> str:
    kw["include_table"] = True
    return str(compiler.process(element.inner, **kw))


_ITINERARIES: Table = Itinerary.__table__  # type: ignore[assignment]
_TRAVELERS: Table = Traveler.__table__  # type: ignore[assignment]


def _due(tasks: FromClause) -> ColumnElement[bool]:
    """A task due now, or one a dead process left running (picked up without a restart)."""
    t = tasks.c
    return or_(
        and_(t.status == PENDING, t.run_after <= bindparam("now", type_=_WHEN)),
        and_(t.status == RUNNING, t.updated_at <= bindparam("abandoned", type_=_WHEN)),
    )


_NEXT_ID = (
    select(_T.id)
    .where(_due(_TASKS))
    .order_by(_T.run_after, _T.id)
    .limit(1)
    # PostgreSQL: concurrent claimers skip a row another holds instead of queueing behind it
    # (SQLite renders nothing: BEGIN IMMEDIATE already serializes them).
    .with_for_update(skip_locked=True)
    .scalar_subquery()
)
_OTHER = _TASKS.alias("other_task")
_LOCALE = (
    select(_TRAVELERS.c.locale)
    .select_from(_ITINERARIES.join(_TRAVELERS, _TRAVELERS.c.id == _ITINERARIES.c.user_id))
    .where(_ITINERARIES.c.id == _T.itinerary_id)
    .scalar_subquery()
)
# The claim in one statement (issue #19: it was a read, then a guarded update): the next due
# task becomes running with one more attempt, and hands back what the worker needs, its
# traveler's locale (for the "details added" line) and whether another task is due too. The
# due test is repeated on the row itself: on PostgreSQL, a claimer that waited for another's
# row lock re-checks it on the row as committed, so two never claim one task.
_CLAIM = (
    update(_TASKS)
    .where(_T.id == _NEXT_ID, _due(_TASKS))
    .values(status=RUNNING, attempts=_T.attempts + 1, updated_at=bindparam("now", type_=_WHEN))
    .returning(
        _T.id,
        _T.itinerary_id,
        _T.node_id,
        _T.place_id,
        _T.attempts,
        _Qualified(_LOCALE).label("locale"),
        _Qualified(exists(select(_OTHER.c.id).where(_OTHER.c.id != _T.id, _due(_OTHER)))).label(
            "more"
        ),
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
    await hot.execute(
        session,
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
    params = {"now": now, "abandoned": now - CLAIM_LEASE}
    row = (await hot.execute(session, _CLAIM, params)).first()
    if row is None:
        return None
    task = ClaimedTask(row.id, row.itinerary_id, row.node_id, row.place_id, row.attempts)
    return Claimed(task, row.locale, more=bool(row.more))


async def mark_done(session: AsyncSession, task_id: int, now: datetime) -> bool:
    """Mark a task done; whether a sent chat answer names its place (and awaits an edit)."""
    result = await hot.execute(session, _DONE, {"task_id": task_id, "now": now})
    return result.scalar_one_or_none() is not None
