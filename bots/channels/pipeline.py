"""From an accepted delivery to a sent answer: commands, identity, orchestrator, adapter."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from datetime import timedelta

from cachetools import TTLCache
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bots.channels.actions import ActionRegistry
from bots.channels.port import Channel
from bots.rate_limit import RateLimiter
from core.clock import Clock
from core.deliveries import LocalAction
from core.edits import SentMessage
from core.intents.language import detect_language
from core.intents.near import near_request
from core.messages import current_language, msg, use_locale
from core.metrics import record_send
from core.orchestrator import Orchestrator, Turn
from core.protocol import AgentResponse, Coordinates, InboundTurn, parse_choice_token
from core.services.identity import ChatIdentity, IdentityService
from core.services.inbox import (
    HEARTBEAT,
    Claim,
    ClaimLostError,
    InboxItem,
    InboxService,
    StoredAnswer,
    record_answer,
)
from core.services.outbox_dispatch import release_held
from core.services.places.demo import DemoPlacesProvider
from core.services.reply_edits import remember_reply
from core.tracing import traced

log = logging.getLogger(__name__)

# How often the sweeper renews this process's claims and looks for deliveries left behind.
SWEEP_SECONDS = HEARTBEAT.total_seconds()
# A pending delivery this old was not picked up by the process that accepted it (it died).
UNCLAIMED_AFTER = timedelta(seconds=10)
# Where a delivery's trace id is kept in its inbox payload (InboundTurn ignores the key).
TRACE_KEY = "traceId"

LINK_TRIES_BURST = 5
LINK_TRIES_PER_MINUTE = 1
_LINK = re.compile(r"^\s*(?:/start|link)\s+([A-Za-z0-9]{6,12})\s*$", re.IGNORECASE)
# Back to the traveler and trip a link code moved the chat from (the words the catalog teaches).
_SWITCH_BACK = re.compile(
    r"^\s*(?:/switchback|switch back|volver|voltar)\s*[.!]?\s*$", re.IGNORECASE
)
_OPT_WORDS = {
    "stop": True,
    "/stop": True,
    "unsubscribe": True,
    "start": False,
    "/subscribe": False,
    "unstop": False,
}
_COMMANDS = {
    "/help": "help",
    "/undo": "undo",
    "/itinerary": "show my itinerary",
    "/start": "help",
    "/bookings": "my bookings",
}


class TurnPipeline:
    """Processes inbox items in the background so webhooks can acknowledge at once."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        orchestrator: Orchestrator,
        inbox: InboxService,
        channels: dict[str, Channel],
        demo_places: DemoPlacesProvider | None,
        limiter: RateLimiter | None = None,
        actions: ActionRegistry | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._orchestrator = orchestrator
        self.inbox = inbox
        self.channels = channels
        self._demo = demo_places
        self._running: set[asyncio.Task[None]] = set()
        self._sweeper: asyncio.Task[None] | None = None
        # Deliveries this process is running: the sweeper's heartbeat keeps them ours.
        self._claims: dict[str, Claim] = {}
        self._limiter = limiter
        # Link codes are secrets worth guessing: a few tries, then one a minute per chat user,
        # on top of the chat limit (off with it, for tests and trusted set-ups).
        self._link_limiter = (
            RateLimiter(LINK_TRIES_PER_MINUTE, LINK_TRIES_BURST, clock.monotonic)
            if limiter is not None and limiter.enabled
            else None
        )
        # Chat users told to slow down, and when: one notice per burst, not one per message.
        self._warned: TTLCache[str, bool] = TTLCache(maxsize=10_000, ttl=60, timer=clock.monotonic)
        # Buttons that are not choices (lead cards' Claim / Pass / View draft, /leads) go to
        # their handlers, not to the orchestrator.
        self.actions = actions or ActionRegistry()

    def run_local(self, action: LocalAction) -> None:
        """Run an adapter's local action in the background (drain() waits for it too)."""

        async def run() -> None:
            try:
                await action()
            except Exception:  # a background task: a bug must reach the log, not vanish
                log.exception("local channel action failed")

        task = asyncio.create_task(run())
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    def schedule(self, item: InboxItem) -> None:
        """Process an accepted delivery in the background."""
        task = asyncio.create_task(self.process(item))
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def resume_pending(self, *, received_before: timedelta | None = None) -> int:
        """Process what was accepted but not done: abandoned claims and unclaimed deliveries.

        Run at start-up (everything pending) and by the sweeper (only deliveries older than
        `received_before`, whose accepting process evidently did not get to them).
        """
        await self.inbox.requeue_abandoned()
        items = await self.inbox.pending(received_before=received_before)
        for item in items:
            self.schedule(item)
        return len(items)

    def start_sweeping(self, every_seconds: float = SWEEP_SECONDS) -> None:
        """Every so often, renew this process's claims and pick up what a dead one left."""
        if self._sweeper is None:
            self._sweeper = asyncio.create_task(self._sweep(every_seconds), name="inbox-sweeper")

    async def stop_sweeping(self) -> None:
        """Stop the sweeper (shutdown)."""
        sweeper, self._sweeper = self._sweeper, None
        if sweeper is not None:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper

    async def _sweep(self, every_seconds: float) -> None:
        while True:
            await asyncio.sleep(every_seconds)
            try:
                await self.inbox.heartbeat(list(self._claims.values()))
                resumed = await self.resume_pending(received_before=UNCLAIMED_AFTER)
            except Exception:  # the database may be down: try again at the next round
                log.exception("inbox sweep failed")
                continue
            if resumed:
                log.info("inbox sweep picked up %d deliveries left behind", resumed)

    async def drain(self) -> None:
        """Wait for background processing (tests, shutdown)."""
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)

    async def process(self, item: InboxItem) -> None:
        """Run one delivery; a bug is logged and the row marked failed, never lost silently."""
        channel = self.channels.get(item.channel)
        if channel is None:
            log.warning("inbox item %s for disabled channel %s left pending", item.id, item.channel)
            return
        # The webhook's trace id was stored with the delivery: a turn resumed after a restart
        # keeps it.
        with traced(item.payload.get(TRACE_KEY)):
            try:
                claim = await self.inbox.claim(item.id)
            except (SQLAlchemyError, OSError):  # the database is down: the sweeper retries
                log.warning("inbox item %s left pending: the database is unavailable", item.id)
                return
            if claim is None:
                return  # another worker is on it, or it is done already
            self._claims[claim.token] = claim
            try:
                await self._run(channel, item, claim)
            finally:
                self._claims.pop(claim.token, None)

    async def _run(self, channel: Channel, item: InboxItem, claim: Claim) -> None:
        try:
            turn = InboundTurn.model_validate(item.payload)
            if claim.answer is not None:
                # Its turn committed before a crash: send the stored answer, change nothing.
                log.info("%s delivery %s answered before: re-sending", item.channel, item.event_id)
                with use_locale(claim.answer.language or turn.locale):
                    await self._deliver_answer(channel, turn, claim.answer.response, claim)
            else:
                await self.handle(channel, turn, claim)
        except ClaimLostError:
            # Its claim lapsed (this process stalled) and another process runs it: that one
            # answers; this one's change was rolled back.
            log.warning("%s delivery %s taken over: left to its new owner", item.channel, item.id)
            return
        except Exception:
            log.exception("processing %s delivery %s failed", item.channel, item.event_id)
            await self.inbox.finish(claim, failed=True)
            return
        await self.inbox.finish(claim)

    async def handle(self, channel: Channel, turn: InboundTurn, claim: Claim | None = None) -> None:
        """Commands and linking first, then the orchestrator; the answer goes back out.

        With the delivery's `claim`, the turn's answer is recorded in the transaction of its
        change (see core.services.inbox), so a re-run after a crash does not change it again.
        """
        if turn.choice_token and (action := self.actions.find(turn.choice_token)) is not None:
            await action(channel, turn)
            return
        text = (turn.text or "").strip()
        if (link := _LINK.match(text)) is not None:
            if self._over_limit(turn, self._link_limiter) or self._over_limit(turn):
                await self._slow_down(channel, turn, turn.locale)
                return
            await self._link(channel, turn, link.group(1), claim)
            return
        if _SWITCH_BACK.match(text) is not None and await self._switch_back(channel, turn):
            return
        if (opt_out := _OPT_WORDS.get(text.lower())) is not None:
            await self._opt(channel, turn, opt_out=opt_out, claim=claim)
            return
        async with self._sessions() as session, session.begin():
            _, identity = await self._resolve(session, turn)
            # Writing reopens WhatsApp's 24-hour window: pushes kept for later can go now.
            await release_held(session, self._clock, identity.traveler_id)
        if identity.opted_out and text.split("@")[0].lower() == "/start":
            await self._opt(channel, turn, opt_out=False, claim=claim)  # /start after /stop
            return
        if self._over_limit(turn):
            await self._slow_down(channel, turn, identity.locale)
            return
        if identity.created:
            # A first message in Spanish gets a Spanish welcome, whatever the platform said.
            with use_locale(detect_language(text) or identity.locale):
                welcome = msg("welcome")
            try:
                await channel.notify(turn, welcome)
            except Exception:  # a lost welcome must not cost the traveler their answer
                log.exception("welcome message to a new %s chat failed", turn.channel)
        if turn.attachment is not None and not text:
            # A photo, sticker, voice note…: one short answer, in the traveler's language.
            with use_locale(identity.locale):
                await self._deliver(channel, turn, AgentResponse.complete(msg("cannot_read")))
            return
        if turn.location is not None:
            await self._anchor(channel, turn, identity)
            return
        command = _COMMANDS.get(text.split("@")[0].lower()) if text.startswith("/") else None
        choice = parse_choice_token(turn.choice_token) if turn.choice_token else None
        near = None if choice or command else near_request(text, identity.anchor, identity.locale)
        anchor = identity.anchor if near is not None else None
        outcome = await self._orchestrator.handle(
            Turn(
                conversation_key=turn.conversation_key,
                user_id=identity.traveler_id,
                itinerary_id=identity.itinerary_id,
                text=None if choice else (command or near or text),
                selected_index=choice[1] if choice else None,
                prompt_id=choice[0] if choice else None,
                locale=identity.locale,
                actor=f"{turn.channel}:{turn.external_user_id}",
                channel=turn.channel,
                delivery=claim,
                near=Coordinates(lat=anchor.lat, lng=anchor.lng) if anchor else None,
            )
        )
        # Rendering adds words of its own (buttons, "Reply with a number"): in the language the
        # answer was given in.
        with use_locale(outcome.language or identity.locale):
            await self._deliver_answer(channel, turn, outcome.response, claim)

    def _over_limit(self, turn: InboundTurn, limiter: RateLimiter | None = None) -> bool:
        limiter = limiter or self._limiter
        if limiter is None:
            return False
        return limiter.retry_after(f"{turn.channel}:{turn.external_user_id}") is not None

    async def _slow_down(self, channel: Channel, turn: InboundTurn, locale: str | None) -> None:
        """A flood from one chat user: the turns are kept in the inbox, not answered one by one."""
        key = f"{turn.channel}:{turn.external_user_id}"
        log.warning("chat rate limit: %s turn %s not answered", turn.channel, turn.event_id)
        if key in self._warned:
            return
        self._warned[key] = True
        with use_locale(locale):
            await channel.notify(turn, msg("slow_down"))

    async def _deliver(
        self, channel: Channel, turn: InboundTurn, response: AgentResponse
    ) -> SentMessage | None:
        """Send an answer, counting the result; a failure propagates (the inbox marks it)."""
        try:
            sent = await channel.deliver(turn, response)
        except Exception:
            record_send(turn.channel, "reply", "error")
            raise
        record_send(turn.channel, "reply", "sent")
        log.info("answer sent on %s (%s)", turn.channel, response.type.value)
        return sent

    async def _deliver_answer(
        self, channel: Channel, turn: InboundTurn, response: AgentResponse, claim: Claim | None
    ) -> None:
        """Send a turn's answer; while its places are enriched, keep where it went.

        The details are then added to this very message (core.services.reply_edits), in the
        language it was given in (the current locale).
        """
        sent = await self._deliver(channel, turn, response)
        if sent is None or claim is None or response.background_task is None:
            return
        try:
            async with self._sessions() as session, session.begin():
                await remember_reply(
                    session,
                    self._clock,
                    inbox_event_id=claim.item_id,
                    channel=turn.channel,
                    sent=sent,
                    locale=current_language(),
                )
        except Exception:  # the answer is out: losing its later edit must not fail the turn
            log.exception("%s answer %s sent, but kept for no edit", turn.channel, turn.event_id)

    async def _resolve(
        self, session: AsyncSession, turn: InboundTurn
    ) -> tuple[IdentityService, ChatIdentity]:
        identities = IdentityService(session, self._clock, self._demo)
        identity = await identities.resolve(
            channel=turn.channel,
            external_user_id=turn.external_user_id,
            chat_id=turn.chat_id,
            display_name=turn.display_name,
            phone=turn.phone,
            locale=turn.locale,
        )
        return identities, identity

    async def _opt(
        self, channel: Channel, turn: InboundTurn, *, opt_out: bool, claim: Claim | None
    ) -> None:
        """STOP / START: pushes (alerts, digests) off or back on for this chat."""
        async with self._sessions() as session, session.begin():
            identities, identity = await self._resolve(session, turn)
            await identities.set_opt_out(turn.channel, turn.external_user_id, opt_out)
            with use_locale(identity.locale):
                reply = AgentResponse.complete(msg("opted_out") if opt_out else msg("opted_in"))
            if claim is not None:
                await record_answer(session, claim, StoredAnswer(reply, identity.locale))
        with use_locale(identity.locale):
            await self._deliver(channel, turn, reply)

    async def _link(
        self, channel: Channel, turn: InboundTurn, code: str, claim: Claim | None
    ) -> None:
        # A chat that already works on a trip with plans in it is asked first, never taken over.
        asked = await self._orchestrator.confirm_relink(
            code,
            channel=turn.channel,
            external_user_id=turn.external_user_id,
            chat_id=turn.chat_id,
            conversation_key=turn.conversation_key,
            locale=turn.locale,
        )
        if asked is not None:
            with use_locale(asked.language or turn.locale):
                await self._deliver(channel, turn, asked.response)
            return
        async with self._sessions() as session, session.begin():
            linked = await IdentityService(session, self._clock, self._demo).redeem(
                code,
                channel=turn.channel,
                external_user_id=turn.external_user_id,
                chat_id=turn.chat_id,
            )
            with use_locale(turn.locale):
                reply = (
                    AgentResponse.complete(msg("linked"))
                    if linked
                    else AgentResponse.error(msg("link_invalid"))
                )
            # A re-run after a crash re-sends "linked", not "that code was used".
            if claim is not None:
                await record_answer(session, claim, StoredAnswer(reply, turn.locale))
        with use_locale(turn.locale):
            await self._deliver(channel, turn, reply)

    async def _anchor(self, channel: Channel, turn: InboundTurn, identity: ChatIdentity) -> None:
        """A shared location or venue: remembered as where "near me" is, and acknowledged."""
        location = turn.location
        if location is None:
            return
        async with self._sessions() as session, session.begin():
            identities = IdentityService(session, self._clock, self._demo)
            await identities.set_anchor(turn.channel, turn.external_user_id, location)
        with use_locale(identity.locale):
            reply = (
                msg("venue_saved", name=location.title) if location.title else msg("location_saved")
            )
            await self._deliver(channel, turn, AgentResponse.complete(reply))

    async def _switch_back(self, channel: Channel, turn: InboundTurn) -> bool:
        """Return a chat a link code moved to the traveler and trip it had before.

        False (nothing done) for a chat never moved: the words are then an ordinary turn.
        """
        async with self._sessions() as session, session.begin():
            destination = await IdentityService(session, self._clock, self._demo).switch_back(
                turn.channel, turn.external_user_id
            )
        if destination is None:
            return False
        with use_locale(turn.locale):
            reply = msg("switched_back", destination=destination)
            await self._deliver(channel, turn, AgentResponse.complete(reply))
        return True
