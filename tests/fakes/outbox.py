"""Fake channels for the outbox dispatcher, and quick ways to seed travelers and pushes."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.services.outbox import NORMAL_PRIORITY, enqueue_push
from core.storage.models import ChannelIdentity, OutboxMessage, Traveler


class PlatformError(Exception):
    """What a channel sender raises once its own retries are exhausted."""


class FakeChannel:
    """Records every accepted (chat_id, text); can fail a number of times first, or always."""

    def __init__(
        self,
        *,
        fail_times: int = 0,
        always_fail: bool = False,
        delay: float = 0.0,
        notify_at: int | None = None,
    ) -> None:
        self.sent: list[tuple[str, str]] = []
        self.failures_left = fail_times
        self.always_fail = always_fail
        self.delay = delay
        self.calls = 0
        self.notify_at = notify_at
        self.reached = asyncio.Event()  # set once `notify_at` messages were accepted

    async def send_text(self, chat_id: str, text: str) -> None:
        self.calls += 1
        if self.always_fail or self.failures_left > 0:
            self.failures_left -= 1
            raise PlatformError("HTTP 502 Bad Gateway after 3 tries")
        self.sent.append((chat_id, text))  # the platform has it from here on
        if len(self.sent) == self.notify_at:
            self.reached.set()
        if self.delay:
            await asyncio.sleep(self.delay)  # ...while we wait for its answer

    async def aclose(self) -> None:
        return None


class FakeWhatsApp(FakeChannel):
    """A WhatsApp channel: also records templates sent with their variables."""

    def __init__(self) -> None:
        super().__init__()
        self.templates: list[tuple[str, str, dict[str, str]]] = []

    async def send_template(self, to: str, content_sid: str, variables: Mapping[str, str]) -> str:
        self.templates.append((to, content_sid, dict(variables)))
        return "SM" + secrets.token_hex(16)


@dataclass(frozen=True)
class Chat:
    """A chat to attach to a seeded traveler."""

    channel: str
    chat_id: str
    last_inbound_at: datetime | None = None
    opted_out: bool = False


async def add_traveler(session: AsyncSession, clock: Clock, chats: Sequence[Chat] = ()) -> str:
    """A traveler with these chats; their id."""
    traveler_id = secrets.token_hex(16)
    session.add(
        Traveler(
            id=traveler_id,
            name="Traveler",
            token_hash=secrets.token_hex(32),
            created_at=clock.now(),
        )
    )
    await session.flush()  # no ORM relationship orders the inserts: the traveler goes first
    for chat in chats:
        session.add(
            ChannelIdentity(
                channel=chat.channel,
                external_user_id=f"{traveler_id}:{chat.chat_id}",
                chat_id=chat.chat_id,
                traveler_id=traveler_id,
                last_inbound_at=chat.last_inbound_at,
                opted_out=chat.opted_out,
                created_at=clock.now(),
            )
        )
    await session.flush()
    return traveler_id


async def queue_alert(
    session: AsyncSession,
    clock: Clock,
    traveler_id: str,
    *,
    key: str | None = None,
    text: str = "Typhoon warning for Kyoto",
    priority: int = NORMAL_PRIORITY,
    template: str | None = None,
    variables: dict[str, str] | None = None,
) -> None:
    """One pending push to a traveler."""
    await enqueue_push(
        session,
        clock,
        key=key or f"test:{traveler_id}:{secrets.token_hex(4)}",
        traveler_id=traveler_id,
        kind="alert",
        text=text,
        priority=priority,
        template=template,
        variables=variables,
    )


async def outbox_rows(sessions: async_sessionmaker[AsyncSession]) -> list[OutboxMessage]:
    """Every outbox row, oldest first."""
    async with sessions() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
