"""Booking requests in Slack: post the card to SLACK_BOOKINGS_CHANNEL, answer Confirm / Decline.

The decision itself is core.services.booking_review (one conditional UPDATE: the first click, or
the console, wins); this module moves cards between the database and Slack and keeps every
posted copy in step with the request's status.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.slack.booking_cards import BookingCard, parse_booking_value, render_booking_card
from adapters.slack.errors import SlackSendError
from adapters.slack.lead_cards import render_note
from bots.channels.port import Channel
from core.clock import Clock
from core.protocol import InboundTurn
from core.services.booking_review import Decision, review_booking
from core.services.leads import first_name
from core.storage.models import BookingRequest, Traveler

if TYPE_CHECKING:
    from adapters.slack.channel import SlackChannel

log = logging.getLogger(__name__)
# The action kind of booking-card buttons ("booking:confirm:{id}"; see booking_cards).
BOOKING_ACTIONS = "booking"


def _when(row: BookingRequest) -> str:
    day = row.date.isoformat() if row.date else f"day {row.day}" if row.day else "date not given"
    return f"{day} {row.time}" if row.time else day


async def _card(session: AsyncSession, row: BookingRequest) -> dict[str, Any]:
    traveler = await session.get(Traveler, row.user_id)
    details = row.details or {}
    return render_booking_card(
        BookingCard(
            booking_id=row.id,
            traveler=first_name(traveler.name if traveler else ""),
            place=row.place_name,
            when=_when(row),
            party_size=row.party_size,
            status=row.status,
            decided_by=details.get("reviewedBy"),
        )
    )


class BookingDesk:
    """Posts booking cards and handles their buttons through the Slack channel, when enabled."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        channels: Mapping[str, Channel],
        bookings_channel: str | None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._channels = channels
        self._channel = bookings_channel
        self._tasks: set[asyncio.Task[None]] = set()

    def slack(self) -> SlackChannel | None:
        """The Slack channel, when it is enabled and a bookings channel is set."""
        channel = self._channels.get("slack")
        if channel is None or not self._channel:
            return None
        from adapters.slack.channel import SlackChannel  # noqa: PLC0415 - only when Slack is on

        return channel if isinstance(channel, SlackChannel) else None

    def soon(self, booking_id: str, *, refresh: bool = False) -> None:
        """Post (or refresh) a card in the background: the turn or the page answers first."""

        async def run() -> None:
            try:
                await (self.refresh(booking_id) if refresh else self.post_card(booking_id))
            except Exception:  # the request is stored; the console shows it anyway
                log.exception("booking %s: Slack card not posted or updated", booking_id)

        task = asyncio.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait for cards being posted (shutdown, tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def post_card(self, booking_id: str) -> None:
        """Post the card to SLACK_BOOKINGS_CHANNEL and remember where it is."""
        slack = self.slack()
        if slack is None or self._channel is None:
            return
        async with self._sessions() as session:
            row = await session.get(BookingRequest, booking_id)
            if row is None:
                return
            card = await _card(session, row)
        try:
            ts = await slack.post_blocks(self._channel, card)
        except SlackSendError:
            log.warning("booking card %s not posted", booking_id)
            return
        async with self._sessions() as session, session.begin():
            row = await session.get(BookingRequest, booking_id, with_for_update=True)
            if row is not None:
                posts = [
                    *(row.details or {}).get("slackPosts", []),
                    {"channel": self._channel, "ts": ts},
                ]
                row.details = {**(row.details or {}), "slackPosts": posts}

    async def refresh(self, booking_id: str) -> None:
        """chat.update every posted copy of the card to the request's current status."""
        slack = self.slack()
        if slack is None:
            return
        async with self._sessions() as session:
            row = await session.get(BookingRequest, booking_id)
            if row is None:
                return
            card = await _card(session, row)
            posts = list((row.details or {}).get("slackPosts", []))
        for post in posts:
            try:
                await slack.update_blocks(str(post["channel"]), str(post["ts"]), card)
            except SlackSendError:
                log.warning(
                    "booking card %s in %s not updated", post.get("ts"), post.get("channel")
                )

    async def handle_action(self, channel: Channel, turn: InboundTurn) -> None:
        """A tap on Confirm / Decline ("booking:{action}:{id}") in the bookings channel."""
        slack = self.slack()
        parsed = parse_booking_value(turn.choice_token or "")
        if slack is None or channel is not slack or parsed is None:
            return
        action, booking_id = parsed
        if turn.chat_id != self._channel:
            # Whoever is in the bookings channel decides; a forwarded card elsewhere does not.
            await self._note(slack, turn, "Booking requests are decided in the bookings channel.")
            return
        decision = Decision.CONFIRM if action == "confirm" else Decision.DECLINE
        who = turn.display_name or turn.external_user_id
        async with self._sessions() as session, session.begin():
            outcome = await review_booking(
                session, self._clock, booking_id, decision, operator=f"{who} (Slack)", quick=True
            )
        if outcome.applied:
            await self.refresh(booking_id)
        else:
            await self._note(slack, turn, outcome.problem or "Nothing was changed.")

    async def _note(self, slack: SlackChannel, turn: InboundTurn, text: str) -> None:
        try:
            # Through the tap's response_url: it reaches the tapper even where the bot is not.
            await slack.tell(turn, render_note(text))
        except SlackSendError:
            log.warning("ephemeral booking note to %s not sent", turn.external_user_id)
