"""InfoAgent: short, honest answers to social and off-topic turns.

Nothing here changes the trip. Greetings, thanks and goodbyes get one short line; weather,
events and safety come from stored destination intelligence (core.agents.intel_answers); cost
from the price levels of the trip's places; share and export say what exists today.
"""

from __future__ import annotations

from collections import Counter

from core.agents import intel_answers
from core.agents.base import AgentResult, TurnContext, answer, error, resolve_day
from core.intents.model import Intent, ParsedTurn, Topic
from core.messages import msg, where
from core.protocol import AgentResponse
from core.services.intel_items import market_of_destination
from core.services.trip_takeaway import TripTakeaway
from core.text import fold

_PRICE_SIGNS = {1: "$", 2: "$$", 3: "$$$", 4: "$$$$"}
# The order price levels are listed in; None is a place without a level on record.
_LEVEL_ORDER: tuple[int | None, ...] = (0, 1, 2, 3, 4, None)
EXPENSIVE_LEVEL = 3


def _complete(text: str) -> AgentResult:
    return answer(AgentResponse.complete(text))


def _level_label(level: int | None) -> str:
    if level is None:
        return msg("info_price_unknown")
    return _PRICE_SIGNS.get(level) or msg("info_price_free")


def cost(turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
    """The price levels of the trip's places (or one day's); never a made-up price or total."""
    day: int | None = None
    if turn.day is not None:
        resolved = resolve_day(ctx, turn.day)
        if isinstance(resolved, AgentResult):
            return resolved
        day = resolved
    levels: dict[str, int | None] = {}
    for trip_day in ctx.itinerary.days:
        if day is not None and trip_day.day != day:
            continue
        for node in trip_day.nodes:
            if node.place is not None:
                # A place visited twice is still one place.
                levels.setdefault(node.place.place_id, node.place.price_level)
    no_totals = msg("info_cost_no_totals")
    if not levels:
        return _complete("\n".join([msg("info_cost_none", where=where(day)), no_totals]))
    counts = Counter(levels.values())
    parts = [f"{counts[level]} {_level_label(level)}" for level in _LEVEL_ORDER if counts[level]]
    lines = [msg("info_cost_levels", count=len(levels), where=where(day), levels=" · ".join(parts))]
    expensive = sum(n for level, n in counts.items() if level and level >= EXPENSIVE_LEVEL)
    if expensive:
        lines.append(msg("info_cost_expensive", count=expensive))
    lines.append(no_totals)
    return _complete("\n".join(lines))


async def _intelligence(turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
    """Weather, events or safety of the trip's destination, or of the destination named."""
    reader = ctx.intel
    if reader is None:
        return error(msg("info_unavailable"))
    trip_market = market_of_destination(ctx.itinerary.destination)
    asked = (turn.destination or "").strip()
    if asked:
        market = market_of_destination(asked)
        place = market or asked
        own_trip = (
            market == trip_market
            if market is not None
            else fold(asked) == fold(ctx.itinerary.destination)
        )
    else:
        market, place, own_trip = trip_market, trip_market or ctx.itinerary.destination, True
    if turn.topic is Topic.WEATHER:
        return await intel_answers.weather(turn, ctx, reader, place, market)
    if turn.topic is Topic.EVENTS:
        return await intel_answers.events(turn, ctx, reader, place, market, own_trip=own_trip)
    return await intel_answers.safety(reader, place, market)


async def _take_away(topic: Topic, ctx: TurnContext, takeaway: TripTakeaway) -> AgentResult:
    """A share link, a calendar link, or every link ended."""
    if topic is Topic.SHARE:
        return _complete(msg("share_ready", link=await takeaway.share(ctx.itinerary)))
    if topic is Topic.UNSHARE:
        ended = await takeaway.stop_sharing(ctx.itinerary)
        return _complete(msg("share_stopped" if ended else "share_none"))
    calendar = await takeaway.export(ctx.itinerary)
    if calendar is None:
        return _complete(msg("export_nothing"))
    return _complete(
        msg("export_ready", count=calendar.events, zone=calendar.zone, link=calendar.url)
    )


class InfoAgent:
    """Greetings, thanks, weather / events / safety, cost, share and export questions."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Answer one social or info turn; the itinerary is never changed.

        Args:
            turn: A SOCIAL or INFO turn; its `topic` says what it is about.
            ctx: The turn's context (`ctx.intel` reads destination intelligence).

        Returns:
            A COMPLETE answer, or an ERROR for a day outside the trip.
        """
        # "Kyoto, Japan" → "Kyoto": a short line, and no country name in another language.
        destination = ctx.itinerary.destination.split(",", maxsplit=1)[0].strip()
        match turn.topic:
            case Topic.GREETING:
                return _complete(msg("info_greeting", destination=destination))
            case Topic.THANKS:
                return _complete(msg("info_thanks"))
            case Topic.LANGUAGE:
                return _complete(msg("language_set"))  # the orchestrator stored the locale
            case Topic.BYE:
                return _complete(msg("info_bye", destination=destination))
            case Topic.IDENTITY:
                return _complete(msg("info_identity", destination=destination))
            case Topic.COMPLAINT:
                return _complete(msg("info_complaint"))
            case Topic.WEATHER | Topic.EVENTS | Topic.SAFETY:
                return await _intelligence(turn, ctx)
            case Topic.COST:
                return cost(turn, ctx)
            case Topic.SHARE | Topic.EXPORT | Topic.UNSHARE if ctx.takeaway is not None:
                return await _take_away(turn.topic, ctx, ctx.takeaway)
            case Topic.SHARE | Topic.UNSHARE:
                return _complete(msg("info_share"))
            case Topic.EXPORT:
                return _complete(msg("info_export"))
            case None if turn.intent is Intent.SOCIAL:
                return _complete(msg("info_greeting", destination=destination))
            case _:
                return _complete(msg("not_available_yet"))
