"""What a job runs with: a small context, built by the composition root (bots/composition.py).

Jobs see settings, a clock, database sessions, the channels' senders, the circuit breakers the
metrics show, and the lead desk's follow-up: never the web app's object graph.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.config import Settings
from core.services.outbox_routing import TextSender
from core.services.places.guard import CircuitBreaker


class LeadFollowUp(Protocol):
    """Tells the experts about a lead after its SLA lapsed (the Slack lead desk)."""

    async def follow_up(self, lead_id: str, newly_offered: str | None) -> None:
        """Refresh the lead's cards; offer it to `newly_offered`, or escalate when None."""


@dataclass
class JobContext:
    """Everything a job may use, created once per process."""

    settings: Settings
    clock: Clock
    sessions: async_sessionmaker[AsyncSession]
    # Channel name → its one sender (the same objects the web process answers chats with).
    senders: Mapping[str, TextSender]
    # Per dependency (e.g. "xai"), shared with the breaker-state gauge: a job may add its own.
    breakers: dict[str, CircuitBreaker] = field(default_factory=dict)
    leads: LeadFollowUp | None = None
