"""Pending prompts (DESIGN §6): open questions stored in the database with a TTL.

Any instance can answer any prompt; answering consumes it atomically, so a double tap or two
concurrent answers apply once. A prompt belongs to the traveler it was asked of: in a shared chat
(a Telegram group, a Slack channel) each traveler has their own open question, and one traveler's
new question never closes another's.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import case, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.choices import PromptKind
from core.clock import Clock
from core.storage.models import PendingPrompt

OPEN = "open"
ANSWERED = "answered"
SUPERSEDED = "superseded"
CANCELLED = "cancelled"


@dataclass(frozen=True)
class Prompt:
    """An open question and what to do with its answer."""

    id: str
    conversation_key: str
    user_id: str
    itinerary_id: str | None
    kind: PromptKind
    labels: list[str]
    payload: dict[str, Any]
    status: str
    expired: bool


def new_prompt_id() -> str:
    """Eight URL-safe characters: short enough for Telegram's 64-byte callback_data."""
    return secrets.token_urlsafe(6)


class ConversationStateService:
    """Stores, finds and consumes prompts inside the caller's session."""

    def __init__(self, session: AsyncSession, clock: Clock, ttl_minutes: float) -> None:
        self._session = session
        self._clock = clock
        self._ttl = timedelta(minutes=ttl_minutes)

    @property
    def ttl_seconds(self) -> int:
        """How long a prompt stays answerable."""
        return int(self._ttl.total_seconds())

    def _to_prompt(self, row: PendingPrompt) -> Prompt:
        return Prompt(
            id=row.id,
            conversation_key=row.conversation_key,
            user_id=row.user_id,
            itinerary_id=row.itinerary_id,
            kind=PromptKind(row.kind),
            labels=list(row.payload.get("labels", [])),
            payload=row.payload,
            status=row.status,
            expired=row.expires_at <= self._clock.now(),
        )

    async def open(
        self,
        conversation_key: str,
        user_id: str,
        itinerary_id: str | None,
        kind: PromptKind,
        labels: list[str],
        payload: dict[str, Any],
    ) -> Prompt:
        """Open a new prompt, superseding the one this traveler still has open in this chat."""
        now = self._clock.now()
        await self._session.execute(
            update(PendingPrompt)
            .where(
                PendingPrompt.conversation_key == conversation_key,
                PendingPrompt.user_id == user_id,
                PendingPrompt.status == OPEN,
            )
            .values(status=SUPERSEDED, closed_at=now)
            .execution_options(synchronize_session=False)
        )
        row = PendingPrompt(
            id=new_prompt_id(),
            conversation_key=conversation_key,
            user_id=user_id,
            itinerary_id=itinerary_id,
            kind=kind.value,
            payload={**payload, "labels": labels},
            status=OPEN,
            created_at=now,
            expires_at=now + self._ttl,
        )
        self._session.add(row)
        await self._session.flush()
        return self._to_prompt(row)

    async def latest(self, conversation_key: str, user_id: str) -> Prompt | None:
        """The traveler's open prompt in this chat (at most one), else their newest closed one.

        Someone else's question in the same chat is never returned: it is theirs to answer.
        """
        open_first = case((PendingPrompt.status == OPEN, 0), else_=1)
        row = await self._session.scalar(
            select(PendingPrompt)
            .where(
                PendingPrompt.conversation_key == conversation_key,
                PendingPrompt.user_id == user_id,
            )
            .order_by(open_first, PendingPrompt.created_at.desc())
            .limit(1)
        )
        return self._to_prompt(row) if row else None

    async def get(self, prompt_id: str) -> Prompt | None:
        """One prompt by id."""
        row = await self._session.get(PendingPrompt, prompt_id, populate_existing=True)
        return self._to_prompt(row) if row else None

    async def consume(self, prompt_id: str, status: str = ANSWERED) -> bool:
        """Close an open, unexpired prompt; False if someone else already did (or it expired)."""
        now = self._clock.now()
        result = await self._session.execute(
            update(PendingPrompt)
            .where(
                PendingPrompt.id == prompt_id,
                PendingPrompt.status == OPEN,
                PendingPrompt.expires_at > now,
            )
            .values(status=status, closed_at=now)
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1
