"""BookingAgent: turns "book the hotel on day 1" into a booking *request* after a yes.

We never book anything ourselves: a request stays `pending_review` until an expert or an
operator confirms it, and every message says so.
"""

from __future__ import annotations

import re

from core.agents.base import (
    THIS_WORDS,
    AgentResult,
    PromptSpec,
    TurnContext,
    answer,
    ask_in_words,
    choose,
    day_of,
    error,
)
from core.agents.editor_targets import named_loosely
from core.agents.overview import day_heading
from core.choices import CONFIRM_YES, PromptKind
from core.domain.itinerary import NodeType, format_time, nearer_half
from core.domain.targeting import Located, find_targets
from core.follow_ups import AskFill, BookingCancel, BookingCreate, BookingNode, BookingParty
from core.intents.model import Intent, Meal, ParsedTurn, Target
from core.intents.referents import points_back
from core.messages import at_time, msg
from core.protocol import (
    AgentResponse,
    BookingData,
    BookingsData,
    ChoicesData,
    Option,
    Preview,
    ResponseMetadata,
    ResponseType,
)
from core.services.bookings import PENDING_REVIEW, BookingView

_KIND_BY_NODE = {
    NodeType.MEAL: "table",
    NodeType.LODGING: "lodging",
    NodeType.TRANSPORT: "transport",
    NodeType.ATTRACTION: "tickets",
    NodeType.ACTIVITY: "tickets",
}
_TYPE_WORDS = {
    "hotel": NodeType.LODGING,
    "room": NodeType.LODGING,
    "stay": NodeType.LODGING,
    "accommodation": NodeType.LODGING,
    "lodging": NodeType.LODGING,
    "table": NodeType.MEAL,
    "restaurant": NodeType.MEAL,
}
_MEAL_WORDS = {"breakfast": Meal.BREAKFAST, "lunch": Meal.LUNCH, "dinner": Meal.DINNER}
PARTY_CHOICES = 8
MAX_PARTY = 100
_REF = re.compile(r"[Bb]-?([0-9a-fA-F]{6})")


# "book us a table", "reserve me a spot", "can you get us a reservation": who it is for and an
# article say nothing of which place; "a table" is any meal stop, "a reservation" any stop.
_FOR_WHOM = re.compile(
    r"^(?:(?:for\s+)?(?:us|me|nos|pra\s+gente|para\s+nosotros|pra\s+nos)\s+)?"
    r"(?:(?:a|an|the|one|una|un|uma|um|some)\s+)?"
)
_ANY_STOP = frozenset(
    {"reservation", "reservations", "booking", "bookings", "spot", "place", "reserva", "reservas",
     "lugar", "something", "algo", "sitio"}
)  # fmt: skip
_NO_PLACE = frozenset({"us", "me", "please", "pls", "porfa", "for us", "for me", "nos"})
_TABLE = frozenset({"table", "mesa", "mesas", "tables", "table for us"})


def _bare(said: str | None) -> str:
    """The target's words without who it is for and its article ("us a table" → "table")."""
    text = (said or "").strip().lower()
    bare = _FOR_WHOM.sub("", text, count=1).strip()
    if bare in _ANY_STOP or bare in _NO_PLACE:
        return ""
    return "table" if bare in _TABLE else (bare or text)


def _what(kind: str, party: int | None) -> str:
    return msg(f"booking_kind_{kind}", party=party or 1)


def _at(time: str | None) -> str:
    return at_time(time, format_time(time) if time else None)


class BookingAgent:
    """Booking requests: create (after a yes), list, cancel."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Run one booking intent."""
        if turn.intent is Intent.LIST_BOOKINGS:
            return await self._list(ctx)
        if turn.intent is Intent.CANCEL_BOOKING:
            return await self._cancel(turn, ctx)
        return await self._request(turn, ctx)

    async def resume_node(self, chosen: BookingNode, index: int, ctx: TurnContext) -> AgentResult:
        """The traveler said which item to book."""
        target = Target(node_id=chosen.values[index])
        return await self._request(chosen.turn.model_copy(update={"target": target}), ctx)

    async def resume_party(self, chosen: BookingParty, index: int, ctx: TurnContext) -> AgentResult:
        """The traveler said how many people (option n is a party of n + 1)."""
        return await self._request(chosen.turn.model_copy(update={"party_size": index + 1}), ctx)

    async def resume_cancel(
        self, chosen: BookingCancel, index: int, ctx: TurnContext
    ) -> AgentResult:
        """The traveler said which booking request to cancel."""
        return await self._cancel_one(ctx, chosen.values[index])

    async def resume_create(
        self, chosen: BookingCreate, index: int, ctx: TurnContext
    ) -> AgentResult:
        """Yes files the request; anything else cancels."""
        if index != CONFIRM_YES:
            return answer(AgentResponse.complete(msg("cancelled")))
        return await self._create(chosen.turn, ctx)

    async def _located(self, turn: ParsedTurn, ctx: TurnContext) -> list[Located] | AgentResult:
        target = turn.target or Target()
        text = _bare(target.text)
        if target.text and text != target.text.strip().lower():
            target = target.model_copy(update={"text": text or None})
        if target.node_id is None and (text in THIS_WORDS or points_back(text)):
            node_id = await ctx.referent_node_id()
            target = Target(node_id=node_id) if node_id else Target()
        elif target.node_id is None and text in _TYPE_WORDS:
            target = Target(node_type=_TYPE_WORDS[text], every=True)
        elif target.node_id is None and text in _MEAL_WORDS:
            target = Target(text=text, meal=_MEAL_WORDS[text])
        if not (target.node_id or target.text or target.node_type):
            return ask_in_words(msg("booking_what"), AskFill(slot="target", turn=turn))
        items = find_targets(ctx.itinerary.days, target, turn.day)
        if not items and target.text:
            # "reserve marisqueira da foz for us": the name inside a longer phrase
            items = named_loosely(ctx, target.text, turn.day)
        if not items:
            what = target.text or text or msg("booking_that")
            return error(
                msg("booking_not_on_trip", what=what), msg("booking_not_on_trip_hint", what=what)
            )
        return items

    async def _request(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        items = await self._located(turn, ctx)
        if isinstance(items, AgentResult):
            return items
        # Only items with a chosen place can be booked; offer those when there are any.
        items = [item for item in items if item.node.place_id] or items[:1]
        if len(items) > 1:
            options = [Option(id=item.node.id, label=item.label) for item in items]
            which = BookingNode(turn=turn, values=[item.node.id for item in items])
            return choose(msg("booking_which"), options, which, ctx.prompt_ttl_seconds)
        item = items[0]
        if item.node.place_id is None:
            return error(
                msg("booking_needs_place", title=item.node.title, day=item.day),
                msg("booking_needs_place_hint", title=item.node.title.lower(), day=item.day),
            )
        turn = turn.model_copy(update={"target": Target(node_id=item.node.id)})
        kind = _KIND_BY_NODE[item.node.type]
        if kind != "lodging" and not 1 <= (turn.party_size or 0) <= MAX_PARTY:
            return self._ask_party(turn, ctx)
        return self._confirm(turn, item, kind, ctx)

    def _ask_party(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        options = [
            Option(
                id=str(n),
                label=msg("booking_party_one") if n == 1 else msg("booking_party_option", count=n),
            )
            for n in range(1, PARTY_CHOICES + 1)
        ]
        return choose(
            msg("booking_party"), options, BookingParty(turn=turn), ctx.prompt_ttl_seconds
        )

    def _confirm(self, turn: ParsedTurn, item: Located, kind: str, ctx: TurnContext) -> AgentResult:
        if turn.time and turn.time_said_bare and item.node.time:
            # "pra 2 às 8" of a dinner at 20:00 is 20:00: the half nearer the stop's own time
            turn = turn.model_copy(update={"time": nearer_half(turn.time, item.node.time)})
        time = turn.time or item.node.time
        what = _what(kind, turn.party_size)
        day = day_of(ctx.itinerary.days, item.day)
        preview = [
            f"{item.node.title}",
            day_heading(item.day, day.date) + _at(time),
        ]
        if kind != "lodging":
            preview.append(what)
        options = [
            Option(id="yes", label=msg("booking_confirm_yes")),
            Option(id="no", label=msg("cancel")),
        ]
        response = AgentResponse(
            type=ResponseType.NEEDS_CONFIRMATION,
            message=msg(
                "booking_confirm", what=what, name=item.node.title, day=item.day, at=_at(time)
            ),
            data=ChoicesData(preview=Preview(items=preview), options=options),
            metadata=ResponseMetadata(
                ui_component="confirmation-dialog",
                action_label=msg("action_confirm"),
                timeout_seconds=ctx.prompt_ttl_seconds,
                custom_props={
                    "confirmText": msg("booking_confirm_yes"),
                    "cancelText": msg("cancel"),
                    "severity": "info",
                },
            ),
        )
        final = turn.model_copy(update={"time": time, "day": item.day})
        follow_up = BookingCreate(kind=kind, turn=final)
        return AgentResult(
            response,
            PromptSpec.asking(PromptKind.CONFIRMATION, [o.label for o in options], follow_up),
        )

    async def _create(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        items = find_targets(ctx.itinerary.days, turn.target or Target(), None)
        if len(items) != 1 or items[0].node.place_id is None:
            return error(msg("stale"))
        item = items[0]
        existing = await ctx.bookings.for_itinerary(ctx.user_id, ctx.itinerary.id)
        duplicate = next(
            (b for b in existing if b.node_id == item.node.id and b.status == PENDING_REVIEW), None
        )
        if duplicate is not None:
            return answer(
                AgentResponse.complete(
                    msg("booking_duplicate", name=item.node.title, day=item.day, ref=duplicate.ref)
                )
            )
        kind = _KIND_BY_NODE[item.node.type]
        booking = await ctx.bookings.create(
            user_id=ctx.user_id,
            itinerary_id=ctx.itinerary.id,
            node_id=item.node.id,
            place_id=item.node.place_id,
            place_name=item.node.title,
            kind=kind,
            day=item.day,
            on=day_of(ctx.itinerary.days, item.day).date,
            time=turn.time,
            party_size=None if kind == "lodging" else turn.party_size,
        )
        message = msg(
            "booking_sent",
            what=_what(kind, booking.party_size),
            name=booking.place_name,
            day=item.day,
            at=_at(booking.time),
            ref=booking.ref,
        )
        return AgentResult(
            AgentResponse.complete(message, BookingData(booking=booking.to_json())),
            # After the commit the orchestrator hands it on (the Slack bookings card).
            events=[{"event": "booking.created", "bookingId": booking.id}],
        )

    def _line(self, booking: BookingView) -> str:
        return msg(
            "booking_list_line",
            ref=booking.ref,
            what=_what(booking.kind, booking.party_size),
            name=booking.place_name,
            day=booking.day,
            at=_at(booking.time),
            status=msg(f"booking_status_{booking.status}"),
        )

    async def _list(self, ctx: TurnContext) -> AgentResult:
        bookings = await ctx.bookings.for_itinerary(ctx.user_id, ctx.itinerary.id)
        if not bookings:
            return answer(
                AgentResponse.complete(msg("booking_list_empty"), BookingsData(bookings=[]))
            )
        text = "\n".join([msg("booking_list_header"), *(self._line(b) for b in bookings)])
        listed = BookingsData(bookings=[b.to_json() for b in bookings])
        return answer(AgentResponse.complete(text, listed))

    async def _cancel(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        pending = [
            b
            for b in await ctx.bookings.for_itinerary(ctx.user_id, ctx.itinerary.id)
            if b.status == PENDING_REVIEW
        ]
        quoted = _REF.fullmatch((turn.booking_ref or "").strip())
        ref = quoted.group(1).lower() if quoted else (turn.booking_ref or "").strip().lower()
        name = (turn.target.text if turn.target else None) or ""
        if ref:
            pending = [b for b in pending if b.id == ref]
        elif name:
            items = find_targets(ctx.itinerary.days, Target(text=name), None)
            node_ids = {item.node.id for item in items}
            pending = [
                b for b in pending if b.node_id in node_ids or name.lower() in b.place_name.lower()
            ]
        if not pending:
            matching = msg("matching", what=turn.booking_ref or name) if (ref or name) else ""
            return answer(AgentResponse.complete(msg("booking_cancel_none", matching=matching)))
        if len(pending) > 1:
            options = [Option(id=b.id, label=self._line(b).lstrip("• ")) for b in pending]
            which = BookingCancel(turn=turn, values=[b.id for b in pending])
            return choose(msg("booking_cancel_which"), options, which, ctx.prompt_ttl_seconds)
        return await self._cancel_one(ctx, pending[0].id)

    async def _cancel_one(self, ctx: TurnContext, booking_id: str) -> AgentResult:
        bookings = await ctx.bookings.for_itinerary(ctx.user_id, ctx.itinerary.id)
        booking = next((b for b in bookings if b.id == booking_id), None)
        if booking is None or not await ctx.bookings.cancel(ctx.user_id, booking_id):
            return answer(AgentResponse.complete(msg("booking_cancel_none", matching="")))
        return answer(
            AgentResponse.complete(
                msg("booking_cancelled", ref=booking.ref, name=booking.place_name)
            )
        )
