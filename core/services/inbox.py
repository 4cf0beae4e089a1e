"""The durable inbox: every accepted platform delivery is a row before it is acknowledged.

A delivery's life: pending → processing (claimed, with a token and a heartbeat) → answered (its
turn committed, the answer stored in that same transaction) → done (the answer was sent). A
process that dies leaves processing or answered rows whose heartbeat stops; after CLAIM_LEASE
they go back to pending and run again: an answered one only re-sends its stored answer, so a
delivery changes a trip at most once whenever the process dies (the send is at least once).
"""

from __future__ import annotations

import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import case, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.protocol import AgentResponse
from core.storage.models import InboxEvent

PENDING, PROCESSING, ANSWERED, DONE, FAILED = "pending", "processing", "answered", "done", "failed"
MAX_ATTEMPTS = 3
# A live process renews its claims this often; a claim not renewed for CLAIM_LEASE belongs to a
# process that died (a stalled live one loses it too, but then cannot record its answer: see
# record_answer), so a restarted process answers a dead one's deliveries within seconds.
HEARTBEAT = timedelta(seconds=3)
CLAIM_LEASE = timedelta(seconds=10)


@dataclass(frozen=True)
class InboxItem:
    """A stored delivery awaiting (or done with) processing."""

    id: int
    channel: str
    event_id: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class StoredAnswer:
    """What a delivery's turn answered, kept with the delivery."""

    response: AgentResponse
    language: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"response": self.response.to_json_dict(), "language": self.language}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredAnswer:
        """Read the stored form back."""
        return cls(AgentResponse.model_validate(data["response"]), data.get("language"))


@dataclass(frozen=True)
class Claim:
    """A process's hold on one delivery; `answer` is set when its turn already committed."""

    item_id: int
    token: str
    answer: StoredAnswer | None = None


class ClaimLostError(Exception):
    """The claim was taken over (its lease ran out) or the delivery was answered meanwhile.

    Raised inside the turn's transaction, so the turn's change is rolled back with it.
    """


async def record_answer(session: AsyncSession, claim: Claim, answer: StoredAnswer) -> None:
    """Mark the delivery's turn done, with its answer, in the caller's transaction.

    Call it in the transaction that writes the turn's change: both commit or neither does.

    Raises:
        ClaimLostError: the claim is no longer this caller's, or the turn was answered already;
            the caller's transaction must roll back.
    """
    result = await session.execute(
        update(InboxEvent)
        .where(
            InboxEvent.id == claim.item_id,
            InboxEvent.claim_token == claim.token,
            InboxEvent.status == PROCESSING,
            InboxEvent.answer.is_(None),
        )
        .values(status=ANSWERED, answer=answer.to_json())
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        raise ClaimLostError(f"inbox item {claim.item_id}: claim lost before the turn committed")


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

    async def claim(self, item_id: int) -> Claim | None:
        """Take a pending delivery for processing; None if another worker already has it."""
        token = secrets.token_hex(16)
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(InboxEvent)
                .where(InboxEvent.id == item_id, InboxEvent.status == PENDING)
                .values(status=PROCESSING, claimed_at=self._clock.now(), claim_token=token)
                .execution_options(synchronize_session=False)
            )
            if getattr(result, "rowcount", 0) != 1:
                return None
            stored = await session.scalar(select(InboxEvent.answer).where(InboxEvent.id == item_id))
        return Claim(item_id, token, StoredAnswer.from_json(stored) if stored else None)

    async def heartbeat(self, claims: Collection[Claim]) -> int:
        """Renew this process's claims so no other process takes them over; how many held."""
        if not claims:
            return 0
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(InboxEvent)
                .where(
                    InboxEvent.id.in_([c.item_id for c in claims]),
                    InboxEvent.claim_token.in_([c.token for c in claims]),
                    InboxEvent.status.in_((PROCESSING, ANSWERED)),
                )
                .values(claimed_at=self._clock.now())
                .execution_options(synchronize_session=False)
            )
        return int(getattr(result, "rowcount", 0) or 0)

    async def requeue_abandoned(self, lease: timedelta = CLAIM_LEASE) -> int:
        """Deliveries whose claim was not renewed for `lease` go back to pending.

        Live processes renew theirs every HEARTBEAT, so only a dead (or badly stalled) process's
        claims are taken. An answered delivery keeps its answer: its re-run only re-sends it.
        Returns how many were taken back (given up on included).
        """
        cutoff = self._clock.now() - lease
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(InboxEvent)
                .where(
                    InboxEvent.status.in_((PROCESSING, ANSWERED)),
                    or_(InboxEvent.claimed_at.is_(None), InboxEvent.claimed_at <= cutoff),
                )
                # Each abandonment is an attempt: a delivery that kills every process that
                # runs it is given up on after MAX_ATTEMPTS instead of taking them down forever.
                .values(
                    status=case((InboxEvent.attempts + 1 >= MAX_ATTEMPTS, FAILED), else_=PENDING),
                    attempts=InboxEvent.attempts + 1,
                    claim_token=None,
                )
                .execution_options(synchronize_session=False)
            )
        return int(getattr(result, "rowcount", 0) or 0)

    async def finish(self, claim: Claim, *, failed: bool = False) -> bool:
        """Mark a delivery processed (or failed for good); False if the claim was taken over."""
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(InboxEvent)
                .where(InboxEvent.id == claim.item_id, InboxEvent.claim_token == claim.token)
                .values(
                    status=FAILED if failed else DONE,
                    processed_at=self._clock.now(),
                    attempts=InboxEvent.attempts + 1,
                    claim_token=None,
                )
                .execution_options(synchronize_session=False)
            )
        return getattr(result, "rowcount", 0) == 1
