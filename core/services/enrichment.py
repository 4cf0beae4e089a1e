"""EnrichmentAgent's machinery: a durable queue of nodes to enrich and the workers that do it.

A task is a database row, so a restart or a provider's 429 forgets nothing: rows left
`running` by a crash go back to `pending` at start, and a failed call is retried once after
ENRICHMENT_RETRY_DELAY_MINUTES. Failures are silent to the traveler: the node keeps its basic
data.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.domain.changeset import ChangeSet, EnrichNode
from core.messages import msg, use_locale
from core.services.enrichment_queue import (
    CLAIM_LEASE,
    DONE,
    FAILED,
    PENDING,
    RUNNING,
    Claimed,
    ClaimedTask,
    claim_next,
    enqueue_enrichment,
    mark_done,
)
from core.services.events import EventBus
from core.services.itinerary import (
    SYSTEM_ACTOR_ENRICHMENT,
    ItineraryService,
    NotFoundError,
    StaleVersionError,
)
from core.services.places.base import PlaceSearchUnavailableError
from core.services.places.resolution import PlaceResolutionService
from core.services.reply_edits import queue_edit_after
from core.storage.models import EnrichmentTask

log = logging.getLogger(__name__)

ENRICHMENT_ACTOR = SYSTEM_ACTOR_ENRICHMENT
MAX_ATTEMPTS = 2
_APPLY_TRIES = 3
__all__ = ["CLAIM_LEASE", "EnrichmentRunner", "enqueue_enrichment"]


class EnrichmentRunner:
    """Workers that claim due tasks, fetch place details and apply them as a new version."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        places: PlaceResolutionService,
        clock: Clock,
        events: EventBus,
        *,
        workers: int = 3,
        retry_delay_minutes: float = 15,
        poll_seconds: float = 5,
    ) -> None:
        self._sessions = sessions
        self._places = places
        self._clock = clock
        self._events = events
        self._workers = workers
        self._retry_delay = timedelta(minutes=retry_delay_minutes)
        self._poll_seconds = poll_seconds
        # Idle workers each wait on their own future, so one new task wakes one worker (an
        # Event would wake them all, and each would open a claim transaction for nothing).
        self._idle: deque[asyncio.Future[None]] = deque()
        self._missed_wakes = 0
        self._tasks: list[asyncio.Task[None]] = []

    def wake(self) -> None:
        """New work was queued: let one idle worker look now instead of at the next poll."""
        while self._idle:
            waiter = self._idle.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        # Every worker is busy: the next one to finish looks again instead of sleeping (the
        # task may have been committed after its claim's read).
        self._missed_wakes = min(self._missed_wakes + 1, max(self._workers, 1))

    async def start(self) -> None:
        """Requeue work a crash left running, then start the workers.

        Only tasks claimed longer than CLAIM_LEASE ago: younger ones belong to another live
        process of the fleet, which is still fetching their details.
        """
        abandoned = self._clock.now() - CLAIM_LEASE
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(EnrichmentTask)
                .where(EnrichmentTask.status == RUNNING, EnrichmentTask.updated_at <= abandoned)
                .values(status=PENDING)
                .execution_options(synchronize_session=False)
            )
        self._tasks = [
            asyncio.create_task(self._work(), name=f"enrichment-{n}") for n in range(self._workers)
        ]

    async def stop(self) -> None:
        """Stop the workers (a task they were running is requeued at the next start)."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def _work(self) -> None:
        while True:
            try:
                more = await self._next()
            except Exception:  # a worker must survive any single task's bug
                log.exception("enrichment worker error")
                more = False
            if not more:
                await self._idle_until_woken()

    async def _idle_until_woken(self) -> None:
        if self._missed_wakes:
            self._missed_wakes -= 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._idle.append(waiter)
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(waiter, timeout=self._poll_seconds)
        finally:
            with contextlib.suppress(ValueError):  # woken: wake() took it out already
                self._idle.remove(waiter)

    async def _claim(self) -> Claimed | None:
        async with self._sessions() as session, session.begin():
            return await claim_next(session, self._clock.now())

    async def _next(self) -> bool:
        """Process one due task; whether another was due too, so the worker looks again now.

        Otherwise it goes idle: a task queued meanwhile in this process wakes a worker (or,
        all busy, keeps one from sleeping), one queued by another process is found by the poll.
        Looking again after every task cost an empty claim transaction per added place.
        """
        claimed = await self._claim()
        if claimed is None:
            return False
        await self._process(claimed)
        return claimed.more

    async def run_once(self) -> bool:
        """Process one due task; False when there was none."""
        claimed = await self._claim()
        if claimed is None:
            return False
        await self._process(claimed)
        return True

    async def _process(self, claimed: Claimed) -> None:
        task = claimed.task
        try:
            details = await self._places.details(task.place_id)
        except PlaceSearchUnavailableError as exc:
            await self._retry_or_fail(task, exc.reason)
            return
        if details is None:
            await self._finish(task, FAILED, "place unknown to the provider")
            return
        await self._apply(task, details.to_enrichment(), details.name, claimed.locale)

    async def _retry_or_fail(self, task: ClaimedTask, reason: str) -> None:
        if task.attempts >= MAX_ATTEMPTS:
            log.warning("enrichment of node %s failed for good: %s", task.node_id, reason)
            await self._finish(task, FAILED, reason)
            return
        retry_at = self._clock.now() + self._retry_delay
        log.warning(
            "enrichment of node %s failed (%s); retrying at %s",
            task.node_id,
            reason,
            retry_at.isoformat(),
        )
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(EnrichmentTask)
                .where(EnrichmentTask.id == task.id)
                .values(
                    status=PENDING,
                    run_after=retry_at,
                    last_error=reason[:500],
                    updated_at=self._clock.now(),
                )
                .execution_options(synchronize_session=False)
            )

    async def _finish(
        self,
        task: ClaimedTask,
        status: str,
        error: str | None = None,
        session: AsyncSession | None = None,
    ) -> None:
        statement = (
            update(EnrichmentTask)
            .where(EnrichmentTask.id == task.id)
            .values(status=status, last_error=error, updated_at=self._clock.now())
            .execution_options(synchronize_session=False)
        )
        if session is not None:
            await session.execute(statement)
            return
        async with self._sessions() as own, own.begin():
            await own.execute(statement)

    async def _queue_chat_edit(self, session: AsyncSession, task: ClaimedTask) -> None:
        """Queue the edit of the chat answer that added the place, in the task's transaction.

        Inside a savepoint: a failure there costs the traveler the edit, never the details.
        """
        try:
            async with session.begin_nested():
                await queue_edit_after(session, self._clock, task.id)
        except Exception:  # the details matter more than showing them in the chat
            log.exception("the chat edit for node %s could not be queued", task.node_id)

    async def _apply(
        self,
        task: ClaimedTask,
        enrichment: dict[str, object],
        name: str,
        locale: str | None,
    ) -> None:
        for _ in range(_APPLY_TRIES):
            async with self._sessions() as session, session.begin():
                itineraries = ItineraryService(session, self._clock)
                try:
                    current = await itineraries.get(task.itinerary_id)
                except NotFoundError:
                    await self._finish(task, FAILED, "itinerary gone", session)
                    return
                node = next(
                    (n for d in current.days for n in d.nodes if n.id == task.node_id), None
                )
                if node is None or node.place_id != task.place_id:
                    await self._finish(task, DONE, "node removed or replaced meanwhile", session)
                    return
                changeset = ChangeSet(
                    ops=[EnrichNode(node_id=node.id, enrichment=enrichment)],
                    summary=f"Details for {node.title}",
                )
                try:
                    result = await itineraries.apply(
                        current.id, changeset, current.version, ENRICHMENT_ACTOR, known=current
                    )
                except StaleVersionError:
                    continue  # a traveler's edit landed first: read again and retry
                if await mark_done(session, task.id, self._clock.now()):
                    await self._queue_chat_edit(session, task)  # web chat answers aren't edited
            with use_locale(locale):
                message = msg("enriched", name=name)
            self._events.publish(
                task.itinerary_id,
                {
                    "event": "enrichment.completed",
                    "nodeId": node.id,
                    "version": result.to_version,
                    "message": message,
                },
            )
            return
        await self._retry_or_fail(task, "itinerary kept changing")
