"""Where a push goes: the traveler's chats, the channel to use, WhatsApp's 24-hour window."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.config import Settings
from core.services.outbox import DEAD, HELD
from core.storage.models import ChannelIdentity

# An async_sessionmaker, or anything opening a session the same way (e.g. behind a semaphore).
Sessions = Callable[[], AbstractAsyncContextManager[AsyncSession]]

WHATSAPP = "whatsapp"
WHATSAPP_WINDOW = timedelta(hours=24)
# The last_error of rows that are not sent; operators read them on GET /api/v1/admin/outbox.
OPTED_OUT = "opted out"
NO_CHANNEL = "no channel"
AWAITING_WINDOW = "kept until the traveler writes"


BLOCKED = "every chat blocked the bot"


class TextSender(Protocol):
    """What the dispatcher needs from a channel: a plain message to a chat."""

    async def send_text(self, chat_id: str, text: str) -> object:
        """Send, retrying transient platform errors; raise when it finally failed."""
        ...


@runtime_checkable
class TemplateSender(Protocol):
    """A channel that can also send approved templates (WhatsApp outside the 24-hour window)."""

    async def send_template(
        self, to: str, content_sid: str, variables: Mapping[str, str]
    ) -> object:
        """Send a template with its variables; raise when it finally failed."""
        ...


@runtime_checkable
class TrackedSender(Protocol):
    """A channel whose sends have ids that its delivery receipts name later (WhatsApp)."""

    async def send_tracked(self, chat_id: str, text: str) -> str | None:
        """Send like `send_text`; the platform's id of the (last) message sent."""
        ...


@dataclass(frozen=True)
class Contact:
    """One of a traveler's chats."""

    channel: str
    chat_id: str
    last_inbound_at: datetime | None
    opted_out: bool
    created_at: datetime
    blocked: bool = False


@dataclass(frozen=True)
class Route:
    """Where a row goes: a chat on a channel, as text or (template_sid set) as a template."""

    channel: str
    chat_id: str
    template_sid: str | None = None


@dataclass(frozen=True)
class Skip:
    """A row that is not sent now: `dead` (opted out) or `held` (no way to reach them yet)."""

    status: str
    reason: str


def template_sids(settings: Settings) -> dict[str, str]:
    """Row template kind → the approved Twilio content SID, for the kinds configured."""
    sids = {
        "safety_alert": settings.twilio_template_safety_alert,
        "digest": settings.twilio_template_digest,
    }
    return {kind: sid for kind, sid in sids.items() if sid}


async def load_contacts(
    sessions: Sessions, traveler_ids: Collection[str]
) -> dict[str, list[Contact]]:
    """Every chat of these travelers, read once per batch at send time."""
    contacts: dict[str, list[Contact]] = {traveler: [] for traveler in traveler_ids}
    if not contacts:
        return contacts
    async with sessions() as session:
        rows = await session.scalars(
            select(ChannelIdentity).where(ChannelIdentity.traveler_id.in_(list(contacts)))
        )
        for row in rows:
            contacts[row.traveler_id].append(
                Contact(
                    row.channel,
                    row.chat_id,
                    row.last_inbound_at,
                    row.opted_out,
                    row.created_at,
                    blocked=row.blocked_at is not None,
                )
            )
    return contacts


def choose_route(
    contacts: list[Contact],
    senders: Mapping[str, TextSender],
    *,
    now: datetime,
    template_sid: str | None,
    whatsapp_window_closed: bool = False,
) -> Route | Skip:
    """The traveler's most recently active chat that is not opted out, on an enabled channel.

    A traveler who opted out on every chat gets nothing. WhatsApp only delivers free-form text
    within 24 hours of the traveler's last message; outside it the approved template is used,
    else another of their chats, else the row waits until they write. `whatsapp_window_closed`
    (WhatsApp refused the row as free-form text, error 63016) treats every WhatsApp chat as
    outside the window whatever we last saw.
    """
    if contacts and all(contact.opted_out for contact in contacts):
        return Skip(DEAD, OPTED_OUT)
    usable = sorted(
        (c for c in contacts if not c.opted_out and not c.blocked and c.channel in senders),
        key=lambda c: (c.last_inbound_at or c.created_at, c.created_at),
        reverse=True,
    )
    if not usable:
        blocked = any(c.blocked for c in contacts if not c.opted_out)
        return Skip(HELD, BLOCKED if blocked else NO_CHANNEL)

    def in_window(contact: Contact) -> bool:
        last = contact.last_inbound_at
        if contact.channel != WHATSAPP:
            return True
        return not whatsapp_window_closed and last is not None and now - last < WHATSAPP_WINDOW

    first = usable[0]
    if in_window(first):
        return Route(first.channel, first.chat_id)
    if template_sid and isinstance(senders[first.channel], TemplateSender):
        return Route(first.channel, first.chat_id, template_sid)
    fallback = next((c for c in usable[1:] if in_window(c)), None)
    if fallback is not None:
        return Route(fallback.channel, fallback.chat_id)
    return Skip(HELD, AWAITING_WINDOW)
