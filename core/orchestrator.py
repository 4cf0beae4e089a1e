"""The orchestrator: a turn → an answer to an open prompt, or intent → agent → AgentResponse.

The turn types live in core.turns; they are re-exported here for callers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from typing import Any
from weakref import WeakValueDictionary

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.agents.base import AgentResult, TurnContext, error
from core.agents.booking import BookingAgent
from core.agents.editor import EditorAgent
from core.agents.expert import ExpertAgent
from core.agents.explain import ExplainAgent
from core.agents.follow_up_table import follow_up_table
from core.agents.info import InfoAgent
from core.agents.overview import help_text, show, trip_context
from core.agents.planner import PlannerAgent
from core.agents.prompt_answers import AT_VERSION, focus_of, names_a_weekday, typed_answer
from core.agents.push_preferences import PushPreferencesAgent
from core.agents.relink import RelinkAgent, ask_relink
from core.agents.trip import TripAgent
from core.antecedent import asked_about, points, with_antecedent
from core.booking_adds import booked_after_adding
from core.choices import Outcome, Resolution
from core.clock import Clock
from core.echo import TYPED, typed_before, typed_by_traveler
from core.follow_ups import FollowUpError, parse_follow_up
from core.intents.grounded_edits import regrounded
from core.intents.language import detect_language, said_in_loanwords
from core.intents.language_requests import language_request
from core.intents.model import Intent, ParsedMessage, ParsedTurn
from core.intents.names_language import told_beside_stops
from core.intents.parse import parse
from core.messages import language_of, msg, use_locale
from core.metrics import TURN_SECONDS
from core.operations import carry, combine, pending, run_operations
from core.protocol import AgentResponse, ResponseMetadata
from core.repeat_request import LOOK_BACK, repeated
from core.services.bookings import BookingService
from core.services.chat_context import ChatContextBuilder
from core.services.conversation_state import (
    ANSWERED,
    CANCELLED,
    OPEN,
    SUPERSEDED,
    ConversationStateService,
    Prompt,
)
from core.services.enrichment import enqueue_enrichment
from core.services.events import EventBus
from core.services.identity import IdentityService
from core.services.inbox import StoredAnswer, record_answer
from core.services.intel_read import IntelReader
from core.services.itinerary import ItineraryService, NotFoundError
from core.services.leads import LeadService
from core.services.places.resolution import PlaceResolutionService
from core.services.push_preferences import PushPreferenceService
from core.services.travelers import follow_language, set_language
from core.services.trip_takeaway import TripTakeaway
from core.services.turn_read import read_turn
from core.turns import Classification, IntentClassifier, Refusal, Turn, TurnOutcome
from core.typed_reply import DISMISS, Dismiss, cards_of, resolve_typed_reply

log = logging.getLogger(__name__)

__all__ = ["Classification", "IntentClassifier", "Orchestrator", "Refusal", "Turn", "TurnOutcome"]

MAX_TEXT_LENGTH = 2000
CHOICE = "choice"  # the intent label of a turn that answers an open prompt
EDIT_INTENTS = frozenset(
    {Intent.ADD, Intent.REMOVE, Intent.MOVE, Intent.REPLACE, Intent.RETIME, Intent.UNDO}
)
TRIP_INTENTS = frozenset(
    {Intent.SWAP_DAYS, Intent.ADD_DAYS, Intent.REMOVE_DAYS, Intent.SET_START, Intent.RELAX}
)


def _made_version(response: AgentResponse) -> int | None:
    """The itinerary version an answer made (COMPLETE edits carry `toVersion`)."""
    data: Mapping[str, Any] = response.data or {}
    made = data.get("toVersion")
    return made if isinstance(made, int) else None


class Orchestrator:
    """Serializes turns per conversation and routes them to agents."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        places: PlaceResolutionService,
        clock: Clock,
        events: EventBus,
        *,
        prompt_ttl_minutes: float = 5,
        classifier: IntentClassifier | None = None,
        on_background: Callable[[], None] | None = None,
        on_lead: Callable[[str], None] | None = None,
        on_booking: Callable[[str], None] | None = None,
        public_base_url: str | None = None,
    ) -> None:
        self._sessions = sessions
        self._places = places
        self._clock = clock
        self._events = events
        self._ttl_minutes = prompt_ttl_minutes
        self._classifier = classifier
        self._on_background = on_background
        self._on_lead = on_lead
        self._on_booking = on_booking
        # Links travelers are sent (share page, calendar file); None: share and export are off.
        self._public_base_url = public_base_url
        self._editor = EditorAgent()
        self._booking = BookingAgent()
        self._explain = ExplainAgent()
        self._planner = PlannerAgent()
        self._expert = ExpertAgent()
        self._trip = TripAgent()
        self._info = InfoAgent()
        self._relink = RelinkAgent()
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()
        self._follow_ups = follow_up_table(
            self._editor, self._trip, self._booking, self._explain, self._relink
        )

    def _lock(self, key: str) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    async def handle(self, turn: Turn) -> TurnOutcome:
        """Answer one turn. Expected failures come back as ERROR responses, never exceptions."""
        started = time.perf_counter()
        outcome = await self._handle_timed(turn)
        elapsed = time.perf_counter() - started
        TURN_SECONDS.labels(channel=turn.channel, intent=outcome.intent).observe(elapsed)
        log.info(
            "turn on %s: intent=%s answer=%s in %.1f ms",
            turn.channel,
            outcome.intent,
            outcome.response.type.value,
            elapsed * 1000,
        )
        return outcome

    async def _handle_timed(self, turn: Turn) -> TurnOutcome:
        with use_locale(turn.locale):
            if turn.selected_index is None:
                text = (turn.text or "").strip()
                if not text:
                    return TurnOutcome(AgentResponse.error(msg("empty_text")))
                if len(text) > MAX_TEXT_LENGTH:
                    return TurnOutcome(
                        AgentResponse.error(
                            msg("too_long", length=len(text), limit=MAX_TEXT_LENGTH)
                        )
                    )
            async with self._lock(turn.conversation_key):
                outcome = await self._handle_locked(turn)
        for event in outcome.events:
            self._events.publish(turn.itinerary_id, event)
        if outcome.response.background_task is not None and self._on_background is not None:
            self._on_background()  # committed: let the workers pick it up now
        for event in outcome.events:
            if event.get("event") == "lead.created" and self._on_lead is not None:
                self._on_lead(str(event["leadId"]))  # committed: post the lead card
            if event.get("event") == "booking.created" and self._on_booking is not None:
                self._on_booking(str(event["bookingId"]))  # committed: post the booking card
        return outcome

    async def _fallback_verdict(
        self, turn: Turn, message: ParsedMessage | None
    ) -> Classification | None:
        """Ask the LLM before the turn's transaction, when the rules can't tell.

        A slow remote call must never hold the database (SQLite has one writer), so the
        fallback runs here on a short read, and the transaction only uses its answer.
        """
        text = (turn.text or "").strip()
        if self._classifier is None or message is None or turn.selected_index is not None:
            return None
        if not _unknown(message):
            return None
        async with self._sessions() as session, session.begin():
            try:
                itinerary = await ItineraryService(session, self._clock).get(turn.itinerary_id)
            except NotFoundError:
                return None
            prompts = ConversationStateService(session, self._clock, self._ttl_minutes)
            prompt = await prompts.latest(turn.conversation_key, turn.user_id)
            chat = await ChatContextBuilder(session, self._clock).build(
                turn.conversation_key, {"language": turn.locale or "en"}
            )
        if itinerary.user_id != turn.user_id:
            return None
        if (
            prompt is not None
            and prompt.status == OPEN
            and _reply_to(prompt, text).outcome is not Outcome.NOT_A_CHOICE
        ):
            return None  # the text answers the open question: no classification needed
        try:
            return await self._classifier.classify(
                text, user_id=turn.user_id, context=f"{trip_context(itinerary)}\n\n{chat.render()}"
            )
        except Exception:  # the LLM is optional: any failure means "rules only"
            log.exception("intent classifier failed; answering from rules")
            return None

    async def _handle_locked(self, turn: Turn) -> TurnOutcome:
        text = (turn.text or "").strip()
        # A tap answers its prompt; only typed text is read (a tap with text: the tap wins).
        typed = text if turn.selected_index is None else ""
        message = (
            parse(typed, today=self._clock.now().date(), usual_language=language_of(turn.locale))
            if typed
            else None
        )
        verdict = await self._fallback_verdict(turn, message)
        async with self._sessions() as session, session.begin():
            outcome = await self._run(session, turn, message, verdict)
            if turn.delivery is not None:
                # Same transaction as the change: a crash leaves both or neither (ClaimLostError
                # rolls the change back when another process took the delivery over).
                answer = StoredAnswer(outcome.response, outcome.language)
                await record_answer(session, turn.delivery, answer)
        return outcome

    async def _run(
        self,
        session: AsyncSession,
        turn: Turn,
        message: ParsedMessage | None,
        verdict: Classification | None,
    ) -> TurnOutcome:
        """The turn inside its transaction: the change, the prompt, the answer."""
        text = (turn.text or "").strip()
        itineraries = ItineraryService(session, self._clock)
        prompts = ConversationStateService(session, self._clock, self._ttl_minutes)
        try:
            # One statement: the trip, and the latest prompt `prompts` answers from from now on.
            itinerary = await read_turn(
                session, prompts, turn.itinerary_id, turn.conversation_key, turn.user_id
            )
        except NotFoundError:
            return TurnOutcome(
                AgentResponse.error(msg("itinerary_not_found")),
                refusal=Refusal.NOT_FOUND,
            )
        if itinerary.user_id != turn.user_id:
            return TurnOutcome(
                AgentResponse.error(msg("itinerary_forbidden")),
                refusal=Refusal.FORBIDDEN,
            )
        ctx = TurnContext(
            itineraries=itineraries,
            places=self._places,
            bookings=BookingService(session, self._clock),
            leads=LeadService(session, self._clock),
            itinerary=itinerary,
            user_id=turn.user_id,
            actor=turn.actor,
            default_day=turn.default_day,
            prompt_ttl_seconds=prompts.ttl_seconds,
            queue_enrichment=partial(
                enqueue_enrichment,
                session,
                self._clock,
                itinerary.id,
                inbox_event_id=turn.delivery.item_id if turn.delivery else None,
            ),
            intel=IntelReader(session, self._clock),
            identities=IdentityService(session, self._clock, None),
            takeaway=TripTakeaway(session, self._clock, self._public_base_url)
            if self._public_base_url
            else None,
            near=turn.near,
            push_preferences=PushPreferenceService(session),
        )
        if message is not None:
            # "remove jantar mantar": a stop's name typed in lower case tells no language
            message = told_beside_stops(message, text, itinerary.days)
        language = await self._language(session, turn, message, prompts)
        latest = await prompts.latest(turn.conversation_key, turn.user_id)
        ctx.focus_node_id = focus_of(latest, ctx.itinerary.version)
        typed = (
            (*typed_before(latest), text) if turn.selected_index is None else typed_before(latest)
        )
        with use_locale(language), typed_by_traveler(*typed):
            if message is not None:
                intent, result = await self._answer_text(
                    turn, text, message, prompts, ctx, verdict, session
                )
            else:
                intent = CHOICE
                result = await self._answer_choice(turn, turn.selected_index, prompts, ctx)
            response = result.response
            await self._remember(session, turn, response)
        if message is not None and (asked := message.first.reply_language) is not None:
            await set_language(session, turn.user_id, asked)  # "háblame en español"
        elif message is not None and message.language:
            await follow_language(session, turn.user_id, message.language, turn.locale)
        response = await _open_prompt(
            prompts,
            turn.conversation_key,
            turn.user_id,
            itinerary.id,
            result,
            response,
            language,
            at_version=ctx.itinerary.version,
            typed=typed,
        )
        return TurnOutcome(response, result.events, intent=intent, language=language)

    async def confirm_relink(
        self,
        code: str,
        *,
        channel: str,
        external_user_id: str,
        chat_id: str,
        conversation_key: str,
        locale: str | None,
    ) -> TurnOutcome | None:
        """Ask before a link code moves a chat off its traveler's trip; None: nothing to ask.

        The question is an ordinary confirmation prompt of the chat's current traveler, so only
        they can answer it (typed or tapped), and "no" leaves everything as it was.
        """
        language = language_of(locale)
        async with self._lock(conversation_key), self._sessions() as session, session.begin():
            question = await IdentityService(session, self._clock, None).relink_question(
                code, channel=channel, external_user_id=external_user_id
            )
            if question is None:
                return None
            prompts = ConversationStateService(session, self._clock, self._ttl_minutes)
            with use_locale(language):
                result = ask_relink(
                    question,
                    code,
                    channel=channel,
                    external_user_id=external_user_id,
                    chat_id=chat_id,
                    ttl_seconds=prompts.ttl_seconds,
                )
            response = await _open_prompt(
                prompts,
                conversation_key,
                question.traveler_id,
                question.itinerary_id,
                result,
                result.response,
                language,
            )
        return TurnOutcome(response, intent="link", language=language)

    async def _language(
        self,
        session: AsyncSession,
        turn: Turn,
        message: ParsedMessage | None,
        prompts: ConversationStateService,
    ) -> str:
        """The language to answer in: the message's own, else the conversation's, else stored.

        "2" or "Sushi Zen" tell nothing, so they are answered in the language the open question
        was asked in, or the one the traveler last wrote in.
        """
        loanwords = message is not None and said_in_loanwords(turn.text or "")
        if message is not None and message.language and not (
            message.language == "en" and loanwords
        ):
            return message.language
        prompt = await prompts.latest(turn.conversation_key, turn.user_id)
        if prompt is not None and prompt.status == OPEN and prompt.payload.get("language"):
            # "2", "Sushi Zen", and "yes" to «Pedir uma mesa…?» (English the world over)
            return str(prompt.payload["language"])
        if message is not None and message.language:
            return message.language
        history = ChatContextBuilder(session, self._clock)
        for said in await history.recent_traveler_texts(turn.conversation_key, turn.user_id):
            # "háblame en inglés" was said in Spanish and asked for English.
            if (found := language_request(said) or detect_language(said)) is not None:
                return found
        return language_of(turn.locale)

    async def _remember(self, session: AsyncSession, turn: Turn, response: AgentResponse) -> None:
        """Keep both sides of the turn for later chat context."""
        history = ChatContextBuilder(session, self._clock)
        said = (
            turn.text
            if turn.selected_index is None
            else f"(chose option {turn.selected_index + 1})"
        )
        await history.record(
            turn.conversation_key,
            turn.user_id,
            ("traveler", said or ""),
            ("assistant", response.message),
            answer=(str(response.type.value), turn.itinerary_id, _made_version(response)),
        )

    def _closed_reason(self, prompt: Prompt | None, turn: Turn) -> AgentResult | None:
        if prompt is None:
            return error(msg("no_open_prompt"))
        if prompt.conversation_key != turn.conversation_key:
            return error(msg("no_open_prompt"))
        if prompt.user_id != turn.user_id:
            # A shared chat: someone else's question stays open for them.
            return error(msg("prompt_not_yours"))
        if prompt.status == SUPERSEDED:
            return error(msg("prompt_replaced"))
        if prompt.status != OPEN:
            return error(msg("prompt_closed"))
        if prompt.expired:
            return error(msg("prompt_expired", minutes=int(self._ttl_minutes)))
        return None

    async def _answer_choice(
        self, turn: Turn, index: int | None, prompts: ConversationStateService, ctx: TurnContext
    ) -> AgentResult:
        if turn.prompt_id:
            prompt = await prompts.get(turn.prompt_id)
        else:
            prompt = await prompts.latest(turn.conversation_key, turn.user_id)
        closed = self._closed_reason(prompt, turn)
        if closed is not None or prompt is None or index is None:
            return closed or error(msg("no_open_prompt"))
        if not 0 <= index < len(prompt.labels):
            return error(msg("out_of_range", count=len(prompt.labels)))
        return await self._resume(prompt, index, prompts, ctx)

    async def _resume(
        self,
        prompt: Prompt,
        index: int | ParsedTurn | Dismiss,
        prompts: ConversationStateService,
        ctx: TurnContext,
    ) -> AgentResult:
        """Answer `prompt` with option `index`, or run the held turn its typed answer filled.

        DISMISS (every option turned down) closes the prompt and changes nothing.
        """
        if not await prompts.consume(prompt.id, CANCELLED if index is DISMISS else ANSWERED):
            # Another answer won the race (double tap, second instance): apply once.
            return error(msg("prompt_closed"))
        if isinstance(index, Dismiss):
            result = AgentResult(AgentResponse.complete(msg("choice_dismissed")))
        elif isinstance(index, ParsedTurn):
            today = self._clock.now().date()
            result = await run_operations([index], ctx, self._route, today)
        else:
            result = await self._resume_agent(prompt, index, ctx)
        later = pending(prompt.payload)
        if not later:
            return result
        if result.prompt is not None:
            return carry(result, later)
        rest = await run_operations(later, ctx, self._route, self._clock.now().date(), result)
        return combine([result, rest])

    async def _resume_agent(self, prompt: Prompt, index: int, ctx: TurnContext) -> AgentResult:
        try:
            follow_up = parse_follow_up(prompt.payload)
        except FollowUpError:
            # Not written by any version of this service: the question can't be continued.
            log.warning("prompt %s has an unreadable payload; answered as closed", prompt.id)
            return error(msg("prompt_closed"))
        return await self._follow_ups.resume(follow_up, index, ctx)

    async def _answer_text(
        self,
        turn: Turn,
        text: str,
        message: ParsedMessage,
        prompts: ConversationStateService,
        ctx: TurnContext,
        verdict: Classification | None,
        session: AsyncSession,
    ) -> tuple[str, AgentResult]:
        """What the text was read as (an intent or "choice") and the answer."""
        prompt = await prompts.latest(turn.conversation_key, turn.user_id)
        if prompt is not None and prompt.status == OPEN:
            resolution = _reply_to(prompt, text)
            if resolution.outcome is Outcome.CHOSEN and names_a_weekday(prompt, text, message):
                resolution = Resolution(Outcome.NOT_A_CHOICE)  # "sexta": Friday, not option 6
            if prompt.expired and resolution.outcome in {Outcome.CHOSEN, Outcome.OUT_OF_RANGE}:
                return CHOICE, error(msg("prompt_expired", minutes=int(self._ttl_minutes)))
            if not prompt.expired:
                if resolution.outcome is Outcome.CHOSEN and resolution.index is not None:
                    return CHOICE, await self._resume(prompt, resolution.index, prompts, ctx)
                if resolution.outcome is Outcome.OUT_OF_RANGE and not _a_date(message):
                    return CHOICE, error(msg("out_of_range", count=len(prompt.labels)))
                if resolution.outcome is Outcome.DISMISSED:
                    return CHOICE, await self._resume(prompt, DISMISS, prompts, ctx)
                if resolution.outcome is Outcome.AMBIGUOUS:
                    names = ", ".join(prompt.labels[i] for i in resolution.matches)
                    return CHOICE, error(msg("ambiguous_reply", reply=text, names=names))
                if (filled := typed_answer(prompt, text, message)) is not None:
                    return CHOICE, await self._resume(prompt, filled, prompts, ctx)
            if not prompt.labels:
                # A question asked in words, not answered: the traveler moved on.
                await prompts.consume(prompt.id, SUPERSEDED)
        note = None
        if _unknown(message) and verdict is not None:
            message, note = verdict.parsed or message, verdict.note
        if message.first.again:
            # "lo mismo pero el viernes": the request before, on the day said now
            found = await self._repeated(message, turn, session)
            if found is None:
                return message.first.intent.value, error(msg("again_nothing"))
            message = found
        message = _grounded(message, text, ctx, turn.locale)
        today = self._clock.now().date()
        if ctx.focus_node_id is None and points(message):
            message = await self._after_question(message, turn, ctx, today, session)
        message = await booked_after_adding(message, ctx)  # "table at X tmrw 8pm", X not on it
        result = await run_operations(message.ops, ctx, self._route, today)
        if note:
            warnings = [*result.response.warnings, note]
            result = replace(
                result, response=result.response.model_copy(update={"warnings": warnings})
            )
        return message.first.intent.value, result

    async def _repeated(
        self, message: ParsedMessage, turn: Turn, session: AsyncSession
    ) -> ParsedMessage | None:
        """The traveler's request before this repeat, with the repeat's day and time."""
        history = ChatContextBuilder(session, self._clock)
        earlier = await history.recent_traveler_texts(
            turn.conversation_key, turn.user_id, LOOK_BACK
        )
        today = self._clock.now().date()
        return repeated(message, earlier, today, language_of(turn.locale))

    async def _after_question(
        self,
        message: ParsedMessage,
        turn: Turn,
        ctx: TurnContext,
        today: dt.date,
        session: AsyncSession,
    ) -> ParsedMessage:
        """'it' after a question about a place ("a q hora abre la Livraria Lello?")."""
        history = ChatContextBuilder(session, self._clock)
        previous = await history.recent_traveler_texts(turn.conversation_key, turn.user_id, 1)
        if not previous:
            return message
        name = asked_about(previous[0], today, language_of(turn.locale))
        return message if name is None else with_antecedent(message, name, ctx.itinerary.days)

    async def _route(self, parsed: ParsedTurn, ctx: TurnContext) -> AgentResult:
        match parsed.intent:
            case Intent.HELP:
                return help_text()
            case Intent.SHOW:
                return show(ctx, parsed.day)
            case intent if intent in EDIT_INTENTS:
                return await self._editor.handle(parsed, ctx)
            case Intent.BOOK | Intent.LIST_BOOKINGS | Intent.CANCEL_BOOKING:
                return await self._booking.handle(parsed, ctx)
            case Intent.EXPLAIN:
                return await self._explain.handle(parsed, ctx)
            case Intent.PLAN:
                return await self._planner.handle(parsed, ctx)
            case Intent.EXPERT:
                return await self._expert.handle(parsed, ctx)
            case intent if intent in TRIP_INTENTS:
                return await self._trip.handle(parsed, ctx)
            case Intent.SOCIAL | Intent.INFO:
                return await self._info.handle(parsed, ctx)
            case Intent.PUSH_PREFERENCES:
                return await PushPreferencesAgent().handle(parsed, ctx)
            case _:
                # UNKNOWN, or an intent no agent serves: one precise question, never an error.
                question = f"{msg('unclear')} {msg('unclear_hint')}"
                return AgentResult(AgentResponse.needs_input(question, msg("unclear_placeholder")))


async def _open_prompt(
    prompts: ConversationStateService,
    conversation_key: str,
    user_id: str,
    itinerary_id: str,
    result: AgentResult,
    response: AgentResponse,
    language: str,
    at_version: int | None = None,
    typed: tuple[str, ...] = (),
) -> AgentResponse:
    """Store the question `result` asks (if any); the response then names its prompt id.

    `at_version` is the trip's version when it was asked: while it holds, the item the
    question is about is what "it" means (`_focus`).
    """
    if result.prompt is None:
        return response
    envelope: dict[str, object] = {"language": language}
    if at_version is not None:
        envelope[AT_VERSION] = at_version
    if typed:
        envelope[TYPED] = list(typed[-3:])  # its answer echoes these words (core.echo)
    opened = await prompts.open(
        conversation_key,
        user_id,
        itinerary_id,
        result.prompt.kind,
        result.prompt.labels,
        {**result.prompt.payload, **envelope},
    )
    metadata = response.metadata or ResponseMetadata()
    return response.model_copy(
        update={"metadata": metadata.model_copy(update={"prompt_id": opened.id})}
    )


def _reply_to(prompt: Prompt, text: str) -> Resolution:
    """The typed reply read against the prompt's options and, for cards, the places behind them."""
    cards = cards_of(prompt.payload, prompt.labels)
    return resolve_typed_reply(text, prompt.labels, prompt.kind, cards)


def _a_date(message: ParsedMessage) -> bool:
    """'the 10th' answering which day: a date of the trip, not option 10."""
    ref = message.first.day_ref or ""
    return len(message.ops) == 1 and ref.startswith(("monthday:", "numdate:"))


def _unknown(message: ParsedMessage) -> bool:
    """True when the rules could not read the message (a repeat is read: core.repeat_request)."""
    return all(op.intent is Intent.UNKNOWN and not op.again for op in message.ops)


def _grounded(
    message: ParsedMessage, text: str, ctx: TurnContext, locale: str | None
) -> ParsedMessage:
    """The message read again against the stops of the trip it is about.

    One no rule placed, or one whose stop the rules missed ("o bar do pôr do sol no primeiro
    dia, pode tirar"): core.intents.grounded_edits.
    """
    return regrounded(message, text, message.language or language_of(locale), ctx.itinerary.days)
