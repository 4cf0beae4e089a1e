"""ExplainAgent: answers about the trip's places from itinerary and place data only.

Every sentence is built from stored fields (snapshot, enrichment, provider details, the node's
recorded origin); when a fact is unknown it is left out or said to be unknown, never guessed.
"""

from __future__ import annotations

from typing import Any

from core.agents.base import (
    THIS_WORDS,
    AgentResult,
    TurnContext,
    answer,
    ask_in_words,
    choose,
    error,
)
from core.agents.place_answers import ASPECTS, aspect_lines, description_of
from core.agents.place_rules import strong_match
from core.agents.stop_named import stop_within
from core.domain.itinerary import Node, format_time
from core.domain.targeting import Located, find_targets
from core.follow_ups import AskFill, ExplainWhich
from core.intents.model import ParsedTurn, Target
from core.intents.place_words import search_terms
from core.intents.referents import points_back
from core.messages import at_time, current_language, has_message, msg
from core.protocol import AgentResponse, NodeData, Option, PlaceCandidate, PlaceData
from core.services.places.base import PlaceDetails, PlaceSearchUnavailableError
from core.services.places.resolution import build_search_query
from core.text import fold

_PRICE = {1: "$", 2: "$$", 3: "$$$", 4: "$$$$"}
MAX_REVIEWS_SHOWN = 2
MAX_REVIEW_CHARS = 160


def _facts(name: str, details: PlaceDetails | None, snapshot: dict[str, Any]) -> list[str]:
    """Short fact lines from whatever data exists."""
    rating = details.rating if details and details.rating is not None else snapshot.get("rating")
    count = (
        details.rating_count
        if details and details.rating_count is not None
        else snapshot.get("ratingCount")
    )
    price = (
        details.price_level
        if details and details.price_level is not None
        else snapshot.get("priceLevel")
    )
    address = (
        details.formatted_address
        if details and details.formatted_address
        else snapshot.get("formattedAddress")
    )
    lines = []
    if description := description_of(details):
        lines.append(description)
    summary = []
    if rating is not None:
        reviews = f" ({msg('review_count', count=int(count))})" if count else ""
        summary.append(f"★ {rating}{reviews}")
    if price is not None:
        summary.append(msg("price_free") if int(price) == 0 else _PRICE.get(int(price), ""))
    if (cuisine := snapshot.get("cuisine")) and current_language() == "en":
        summary.append(" · ".join(cuisine))  # place data's tags are English words
    if summary:
        lines.append(" · ".join(part for part in summary if part))
    if address:
        lines.append(msg("place_address", name=name, address=address))
    if details and (hours := _hours(details)):
        lines.append(msg("explain_hours", hours=hours))
    for review in (details.reviews if details else [])[:MAX_REVIEWS_SHOWN]:
        text = (
            review.text
            if len(review.text) <= MAX_REVIEW_CHARS
            else review.text[:MAX_REVIEW_CHARS].rsplit(" ", 1)[0] + "…"
        )
        who = f" ({review.author})" if review.author else ""
        lines.append(f"“{text}”{who}")
    if details and details.website:
        lines.append(details.website)
    return lines or [msg("explain_no_data", name=name)]


def _hours(details: PlaceDetails) -> str:
    """Opening hours in the traveler's language when we know them as times, else as given.

    The times stay on the 24-hour clock, as the data gives them, in every language.
    """
    if details.always_open:
        return msg("hours_always_open")
    if details.daily_hours is not None:
        opens, closes = details.daily_hours
        return msg("hours_daily", opens=opens, closes=closes)
    return "; ".join(details.opening_hours[:7])


def _why_planner(name: str, origin: dict[str, Any]) -> str:
    """Why the planner chose a place, worded now from the facts it recorded.

    Plans made before those facts were kept carry the sentence in the language of that turn.
    """
    slot_key, day, kind = origin.get("slotKey"), origin.get("day"), origin.get("kind")
    if day is None or not has_message(f"slot_{slot_key}") or not has_message(f"plan_kind_{kind}"):
        slot = origin.get("slot") or msg("slot_visit")
        return msg("why_planner", name=name, slot=slot, reason=origin.get("reason", ""))
    rating = origin.get("rating")
    reason = msg(
        "plan_reason",
        kind=msg(f"plan_kind_{kind}"),
        city=origin.get("city", ""),
        time=format_time(origin.get("time")),
        rating=f" (★{rating})" if rating is not None else "",
    )
    slot = msg("slot_on_day", slot=msg(f"slot_{slot_key}"), day=day)
    return msg("why_planner", name=name, slot=slot, reason=reason)


def _spelled(text: str, name: str) -> bool:
    """Every word asked for is a word of the name, letter for letter."""
    return set(fold(text).split()) <= set(fold(name).split())


class ExplainAgent:
    """Why / what / when-open answers about itinerary items and nearby places."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Answer one question."""
        found = await self._locate(turn, ctx)
        if isinstance(found, AgentResult):
            return found
        if isinstance(found, PlaceCandidate):
            return await self._about_place(found, turn.question or "about", ctx)
        return await self._about_node(found, turn.question or "about", ctx)

    async def resume(self, chosen: ExplainWhich, index: int, ctx: TurnContext) -> AgentResult:
        """The traveler said which item they meant."""
        target = Target(node_id=chosen.values[index])
        return await self.handle(chosen.turn.model_copy(update={"target": target}), ctx)

    async def _locate(
        self, turn: ParsedTurn, ctx: TurnContext
    ) -> Located | PlaceCandidate | AgentResult:
        target = turn.target or Target()
        text = (target.text or "").strip()
        if target.node_id is None and (text.lower() in THIS_WORDS or points_back(text)):
            node_id = await ctx.referent_node_id()
            if node_id is None:
                return ask_in_words(msg("explain_which"), AskFill(slot="target", turn=turn))
            target = Target(node_id=node_id)
        elif not (target.node_id or text):
            return ask_in_words(msg("explain_which"), AskFill(slot="target", turn=turn))
        items = find_targets(ctx.itinerary.days, target, turn.day)
        if text and not items and target.node_id is None:
            # "why is jantar mantar at that time", "el castillo san felipe es gratis?"
            items, text = stop_within(ctx.itinerary.days, text, turn.day)
        if text and items and not any(_spelled(text, item.node.title) for item in items):
            # "Ginkaku-ji" found only "Kinkaku-ji" by typo tolerance: a place spelled exactly
            # as asked, even off the trip, is the one meant.
            found = await self._search(text, ctx)
            if isinstance(found, PlaceCandidate) and _spelled(text, found.name):
                return found
        if len(items) == 1:
            return items[0]
        if len(items) > 1:
            options = [Option(id=item.node.id, label=item.label) for item in items]
            which = ExplainWhich(turn=turn, values=[item.node.id for item in items])
            return choose(msg("which_item"), options, which, ctx.prompt_ttl_seconds)
        return await self._search(text, ctx)

    async def _search(self, text: str, ctx: TurnContext) -> PlaceCandidate | AgentResult:
        city = ctx.itinerary.destination
        try:
            found = await ctx.places.search(
                build_search_query(search_terms(text), None, city), city=city
            )
        except PlaceSearchUnavailableError:
            return error(msg("search_down"), msg("search_down_hint_1"))
        spelled = [c for c in found if _spelled(text, c.name)]
        chosen = (
            spelled[0]
            if len(spelled) == 1
            else found[0]
            if len(found) == 1
            else strong_match(text, found)
        )
        if chosen is None:
            return error(msg("explain_unknown", what=text, city=city), msg("explain_unknown_hint"))
        return chosen

    async def _details(
        self, place_id: str | None, ctx: TurnContext, fresh: bool
    ) -> PlaceDetails | None:
        if not place_id:
            return None
        try:
            # "Is it open now" must not come from an hour-old cache.
            if fresh:
                return await ctx.places.provider.details(place_id)
            return await ctx.places.details(place_id)
        except PlaceSearchUnavailableError:
            return None

    async def _about_node(self, item: Located, question: str, ctx: TurnContext) -> AgentResult:
        node = item.node
        details = await self._details(node.place_id, ctx, fresh=question == "open")
        snapshot = node.place.to_json_dict() if node.place else {}
        when = msg(
            "explain_when",
            day=item.day,
            at=at_time(node.time, format_time(node.time) if node.time else None),
        )
        if question == "when":
            lines = [f"{node.title}: {when}"]  # "what time we go to ribeira?": its slot
        elif question == "why":
            lines = [self._why(node, item.day), *_facts(node.title, details, snapshot)[:2]]
        elif question in {"open", "hours"}:
            lines = [self._opening(node.title, details)]
        elif question in ASPECTS:
            lines = aspect_lines(question, node.title, details, snapshot)
        else:
            lines = [f"{node.title}: {when}", *_facts(node.title, details, snapshot)]
        return answer(AgentResponse.complete("\n".join(lines), NodeData(node_id=node.id)))

    async def _about_place(
        self, place: PlaceCandidate, question: str, ctx: TurnContext
    ) -> AgentResult:
        details = await self._details(place.place_id, ctx, fresh=question == "open")
        if question in {"open", "hours"}:
            lines = [self._opening(place.name, details)]
        elif question in ASPECTS:
            lines = [
                msg("explain_not_on_trip_short", name=place.name),
                *aspect_lines(question, place.name, details, place.to_json_dict()),
            ]
        else:
            lines = [
                msg("explain_not_on_trip", name=place.name),
                *_facts(place.name, details, place.to_json_dict()),
            ]
        about = PlaceData(place_id=place.place_id)
        return answer(AgentResponse.complete("\n".join(lines), about))

    def _why(self, node: Node, day: int) -> str:
        origin = node.origin or {}
        if origin.get("by") == "planner":
            return _why_planner(node.title, origin)
        if origin.get("how") == "choice":
            return msg(
                "why_choice",
                name=node.title,
                day=day,
                choices=origin.get("choices"),
                query=origin.get("query") or node.title,
                rank=origin.get("rank"),
            )
        if origin.get("how") == "name":
            return msg("why_named", name=node.title, day=day)
        return msg("why_unknown", name=node.title)

    def _opening(self, name: str, details: PlaceDetails | None) -> str:
        hours = _hours(details) if details is not None else ""
        if details is None or not hours:
            return msg("explain_hours_unknown", name=name)
        if details.is_open_now is None:
            return msg("explain_hours", hours=f"{name}: {hours}")
        now = msg("explain_open_now") if details.is_open_now else msg("explain_closed_now")
        return msg("explain_opening", name=name, now=now, hours=hours)
