"""Chat identities: who a Telegram/Slack/WhatsApp chat is, and which trip it works on."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.protocol import SharedLocation
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService
from core.services.places.demo import DemoPlacesProvider
from core.services.travelers import TravelerService
from core.storage.models import ChannelIdentity, LinkCode, Traveler

LINK_CODE_MINUTES = 15
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
NEW_TRIP_DESTINATION = "your next trip"


@dataclass(frozen=True)
class RelinkQuestion:
    """A link code that would move a chat off its traveler's own trip: ask them first."""

    traveler_id: str
    itinerary_id: str
    destination: str


@dataclass(frozen=True)
class ChatIdentity:
    """The traveler and trip behind a chat."""

    traveler_id: str
    itinerary_id: str
    locale: str
    created: bool
    opted_out: bool
    # The last location or venue shared in this chat, if any.
    anchor: SharedLocation | None = None


class IdentityService:
    """Finds or creates the traveler behind a chat; links chats with one-time codes."""

    def __init__(
        self, session: AsyncSession, clock: Clock, demo_places: DemoPlacesProvider | None
    ) -> None:
        self._session = session
        self._clock = clock
        self._demo = demo_places

    async def _row(self, channel: str, external_user_id: str) -> ChannelIdentity | None:
        return await self._session.scalar(
            select(ChannelIdentity).where(
                ChannelIdentity.channel == channel,
                ChannelIdentity.external_user_id == external_user_id,
            )
        )

    async def resolve(
        self,
        *,
        channel: str,
        external_user_id: str,
        chat_id: str,
        display_name: str | None,
        phone: str | None,
        locale: str | None,
    ) -> ChatIdentity:
        """The chat's traveler and trip; first contact creates both (demo trip in demo mode)."""
        now = self._clock.now()
        row = await self._row(channel, external_user_id)
        created = row is None
        if row is None:
            row = await self._create(
                channel, external_user_id, chat_id, display_name, phone, locale
            )
        row.last_inbound_at = now
        row.blocked_at = None  # writing to us again unblocks the bot
        row.chat_id = chat_id
        traveler = await self._session.get(Traveler, row.traveler_id)
        itinerary_id = await self._current_itinerary(row)
        await self._session.flush()
        return ChatIdentity(
            row.traveler_id,
            itinerary_id,
            traveler.locale if traveler else "en",
            created,
            row.opted_out,
            _anchor(row.anchor),
        )

    async def _create(
        self,
        channel: str,
        external_user_id: str,
        chat_id: str,
        display_name: str | None,
        phone: str | None,
        locale: str | None,
    ) -> ChannelIdentity:
        name = display_name or f"{channel} traveler"
        if self._demo is not None:
            new, _ = await create_demo_trip(self._session, self._demo, self._clock)
            traveler = new.traveler
            traveler.name = name
            traveler.locale = locale or traveler.locale
            traveler.phone = phone
        else:
            created = await TravelerService(self._session, self._clock).create(
                name, locale or "en", phone=phone
            )
            traveler = created.traveler
        row = ChannelIdentity(
            channel=channel,
            external_user_id=external_user_id,
            chat_id=chat_id,
            traveler_id=traveler.id,
            itinerary_id=None,
            display_name=display_name,
            opted_out=False,
            created_at=self._clock.now(),
        )
        self._session.add(row)
        await self._session.flush()
        return row

    async def _current_itinerary(self, row: ChannelIdentity) -> str:
        itineraries = ItineraryService(self._session, self._clock)
        if row.itinerary_id is not None:
            return row.itinerary_id
        latest = await itineraries.latest_for_user(row.traveler_id)
        if latest is None:
            latest = await itineraries.create(row.traveler_id, NEW_TRIP_DESTINATION, None, 3)
        row.itinerary_id = latest.id
        return latest.id

    async def issue_link_code(self, traveler_id: str) -> tuple[str, LinkCode]:
        """A fresh one-time code for attaching another chat to this traveler."""
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
        row = LinkCode(
            code=code,
            traveler_id=traveler_id,
            expires_at=self._clock.now() + timedelta(minutes=LINK_CODE_MINUTES),
        )
        self._session.add(row)
        await self._session.flush()
        return code, row

    async def redeem(
        self, code: str, *, channel: str, external_user_id: str, chat_id: str
    ) -> str | None:
        """Attach the chat to the code's traveler; their id, or None for a bad/used/old code."""
        now = self._clock.now()
        claimed = await self._session.execute(
            update(LinkCode)
            .where(
                LinkCode.code == code.strip().upper(),
                LinkCode.used_at.is_(None),
                LinkCode.expires_at > now,
            )
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            return None
        link = await self._session.get(LinkCode, code.strip().upper())
        if link is None:
            return None
        row = await self._row(channel, external_user_id)
        if row is None:
            row = ChannelIdentity(
                channel=channel,
                external_user_id=external_user_id,
                chat_id=chat_id,
                traveler_id=link.traveler_id,
                opted_out=False,
                created_at=now,
            )
            self._session.add(row)
        elif row.traveler_id != link.traveler_id:
            # Remembered, so "switch back" returns the chat to its own traveler and trip.
            row.previous_traveler_id = row.traveler_id
            row.previous_itinerary_id = row.itinerary_id
        row.traveler_id = link.traveler_id
        row.itinerary_id = None  # work on the linked traveler's latest trip
        await self._session.flush()
        return link.traveler_id

    async def relink_question(
        self, code: str, *, channel: str, external_user_id: str
    ) -> RelinkQuestion | None:
        """What to ask before a valid code moves this chat off a trip with plans in it.

        None when there is nothing to lose: a new chat, a code of the chat's own traveler, a
        trip with nothing in it, or a code that is not valid (redeeming it then says so). The
        code is not used up by asking.
        """
        row = await self._row(channel, external_user_id)
        link = await self._session.get(LinkCode, code.strip().upper())
        if row is None or link is None or link.used_at is not None:
            return None
        if link.expires_at <= self._clock.now() or link.traveler_id == row.traveler_id:
            return None
        itinerary = await ItineraryService(self._session, self._clock).get(
            await self._current_itinerary(row)
        )
        if not any(day.nodes for day in itinerary.days):
            return None
        return RelinkQuestion(row.traveler_id, itinerary.id, itinerary.destination)

    async def switch_back(self, channel: str, external_user_id: str) -> str | None:
        """Return a relinked chat to the traveler and trip it had; that trip's destination.

        None when the chat was never moved by a link code (or already switched back).
        """
        row = await self._row(channel, external_user_id)
        if row is None or row.previous_traveler_id is None:
            return None
        row.traveler_id, row.itinerary_id = row.previous_traveler_id, row.previous_itinerary_id
        row.previous_traveler_id = row.previous_itinerary_id = None
        itinerary = await ItineraryService(self._session, self._clock).get(
            await self._current_itinerary(row)
        )
        await self._session.flush()
        return itinerary.destination

    async def set_anchor(
        self, channel: str, external_user_id: str, location: SharedLocation
    ) -> None:
        """Remember a shared location or venue: the chat's next "near me" search centers on it."""
        row = await self._row(channel, external_user_id)
        if row is not None:
            row.anchor = location.to_json_dict()
            await self._session.flush()

    async def set_opt_out(self, channel: str, external_user_id: str, opted_out: bool) -> None:
        """STOP / START for pushes on this chat."""
        row = await self._row(channel, external_user_id)
        if row is not None:
            row.opted_out = opted_out
            await self._session.flush()


def _anchor(stored: dict[str, Any] | None) -> SharedLocation | None:
    """The stored anchor, None when absent or unreadable (an anchor is a convenience only)."""
    if not stored:
        return None
    try:
        return SharedLocation.model_validate(stored)
    except ValueError:
        return None
