"""A booking of a place the trip lacks: add it first, then ask to confirm the booking request.

"table at konkan coast kitchen tmrw night for 2, 8.30pm", "reserva en X el viernes pa 4": the
traveler names a place of the city that is not on the trip yet. Refusing ("I can only request
bookings for places on your trip") makes them type it twice. This reads each BOOK operation
against the trip and the city's catalog: when the trip has no such stop and the catalog has
one place clearly by that name, an ADD of that place at the booking's day and time runs
first; the BOOK after it then finds the stop and asks its usual confirmation. Nothing is
added when the name is a pronoun, a kind ("the restaurant") or unclear in the catalog: the
booking agent then answers as before.
"""

from __future__ import annotations

from core.agents.base import THIS_WORDS, TurnContext
from core.agents.editor_targets import named_loosely
from core.agents.place_rules import strong_match
from core.domain.targeting import find_targets
from core.intents.model import Intent, ParsedMessage, ParsedTurn, Target
from core.intents.place_words import search_terms
from core.intents.referents import points_back
from core.protocol import PlaceCandidate
from core.services.places.base import PlaceSearchUnavailableError
from core.services.places.resolution import build_search_query
from core.text import fold

# Words that name a kind of stop or a meal, never one place.
_KINDS = frozenset(
    """hotel room stay accommodation lodging table restaurant breakfast lunch dinner tickets
    ticket tour""".split()
)


def _spelled(text: str, name: str) -> bool:
    """Every word asked for is a word of the name, letter for letter."""
    return set(fold(text).split()) <= set(fold(name).split())


async def _in_catalog(text: str, ctx: TurnContext) -> PlaceCandidate | None:
    """The one place of the trip's city this name clearly names, else None."""
    city = ctx.itinerary.destination
    if not ctx.places.covers(city):
        return None
    try:
        found = await ctx.places.search(
            build_search_query(search_terms(text), None, city), city=city
        )
    except PlaceSearchUnavailableError:
        return None
    spelled = [c for c in found if _spelled(text, c.name)]
    if len(spelled) == 1:
        return spelled[0]
    return strong_match(text, found) if not spelled else None


async def _add_first(op: ParsedTurn, ctx: TurnContext) -> ParsedTurn | None:
    """The ADD that puts a booked place on the trip, when it is not there yet."""
    target = op.target or Target()
    said = (target.text or "").strip()
    if op.intent is not Intent.BOOK or target.node_id or target.node_type or target.meal:
        return None
    if not said or fold(said) in _KINDS or said.lower() in THIS_WORDS or points_back(said):
        return None
    if find_targets(ctx.itinerary.days, target, None):
        return None  # on the trip (maybe another day): the booking agent finds it
    place = await _in_catalog(said, ctx)
    on_trip = {node.place_id for day in ctx.itinerary.days for node in day.nodes}
    if place is None or place.place_id in on_trip:
        return None
    if not _spelled(said, place.name) and named_loosely(ctx, said, op.day):
        return None  # a loose catalog match does not outweigh a loose match on the trip
    return ParsedTurn(
        intent=Intent.ADD,
        query=place.name,
        day=op.day,
        day_ref=op.day_ref,
        time=op.time,
        part_of_day=op.part_of_day,
        confidence=op.confidence,
    )


async def booked_after_adding(message: ParsedMessage, ctx: TurnContext) -> ParsedMessage:
    """The message with an ADD before each booking of a place the trip lacks."""
    if not any(op.intent is Intent.BOOK for op in message.ops):
        return message
    ops: list[ParsedTurn] = []
    for op in message.ops:
        if (add := await _add_first(op, ctx)) is not None:
            ops.append(add)
            ops.append(op.model_copy(update={"target": Target(text=add.query)}))
        else:
            ops.append(op)
    if len(ops) == len(message.ops):
        return message
    return message.model_copy(update={"ops": tuple(ops)})
