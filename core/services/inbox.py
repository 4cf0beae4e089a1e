"""The durable inbox: every accepted platform delivery is a row before it is acknowledged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import case, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.storage.models import InboxEvent

PENDING, PROCESSING, DONE, FAILED = "pending", "processing", "done", "failed"
MAX_ATTEMPTS = 3
# A turn takes seconds (an LLM fallback at most ~30 s): a claim older than this was abandoned by
# a process that died. Other live processes' claims are younger, so they are never taken over.
CLAIM_LEASE = timedelta(minutes=2)


@dataclass(frozen=True)
class InboxItem:
    """A stored delivery awaiting (or done with) processing."""

    id: int
    channel: str
    event_id: str
    payload: dict[str, Any]


class InboxService:
    """Accepts deliveries once, hands out unprocessed ones, marks them done."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    async def accept(
        self, channel: str, event_id: str, payload: dict[str, Any]
    ) -> InboxItem | None:
        """Store a delivery; None when this (channel, event_id) was already accepted."""
        row = InboxEvent(
            channel=channel,
            event_id=event_id[:200],
            payload=payload,
            status=PENDING,
            attempts=0,
            received_at=self._clock.now(),
        )
        try:
            async with self._sessions() as session, session.begin():
                session.add(row)
        except IntegrityError:
            return None  # a redelivery or a retry: acknowledged and dropped
        return InboxItem(row.id, channel, row.event_id, payload)

    async def pending(
        self, limit: int = 100, *, received_before: timedelta | None = None
    ) -> list[InboxItem]:
        """Accepted deliveries not processed yet, oldest first.

        Args:
            limit: At most this many.
            received_before: Only those accepted at least this long ago (a sweep leaves fresh
                ones to the process that accepted them and is about to run them).
        """
        query = select(InboxEvent).where(InboxEvent.status == PENDING)
        if received_before is not None:
            query = query.where(InboxEvent.received_at <= self._clock.now() - received_before)
        async with self._sessions() as session:
            rows = await session.scalars(query.order_by(InboxEvent.id).limit(limit))
            return [InboxItem(r.id, r.channel, r.event_id, r.payload) for r in rows]

    async def claim(self, item_id: int) -> bool:
        """Take a pending delivery for processing; False if another worker already has it."""
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(InboxEvent)
                .where(InboxEvent.id == item_id, InboxEvent.status == PENDING)
                .values(status=PROCESSING, claimed_at=self._clock.now())
                .execution_options(synchronize_session=False)
            )
        return getattr(result, "rowcount", 0) == 1

    async def requeue_abandoned(self, lease: timedelta = CLAIM_LEASE) -> int:
        """Deliveries claimed longer than `lease` ago by a process that died go back to pending.

        Claims of live processes (this fleet's other instances) are younger and stay theirs.
        Returns how many were taken back (given up on included).
        """
        cutoff = self._clock.now() - lease
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(InboxEvent)
                .where(
                    InboxEvent.status == PROCESSING,
                    or_(InboxEvent.claimed_at.is_(None), InboxEvent.claimed_at <= cutoff),
                )
                # Each abandonment is an attempt: a delivery that kills every process that
                # runs it is given up on after MAX_ATTEMPTS instead of taking them down forever.
                .values(
                    status=case((InboxEvent.attempts + 1 >= MAX_ATTEMPTS, FAILED), else_=PENDING),
                    attempts=InboxEvent.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
        return int(getattr(result, "rowcount", 0) or 0)

    async def finish(self, item_id: int, *, failed: bool = False) -> None:
        """Mark a delivery processed (or failed for good)."""
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(InboxEvent)
                .where(InboxEvent.id == item_id)
                .values(
                    status=FAILED if failed else DONE,
                    processed_at=self._clock.now(),
                    attempts=InboxEvent.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
