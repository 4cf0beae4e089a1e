"""PlannerAgent: a whole trip from nothing, built from place search without an LLM.

Each day gets a morning sight, lunch, an afternoon sight and dinner: the best-rated place of
the right kind that is open for the slot (where hours are known) and not used elsewhere.
Every interest the traveler named gets a place first (core.agents.plan_interests).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from core.agents.base import AgentResult, TurnContext, apply_or_explain, confirm, error
from core.agents.day_planner import plan_day
from core.agents.plan_interests import interest_name, missing_warning, place_interests
from core.domain.changeset import ChangeSet, ResetTrip
from core.domain.itinerary import Day, Node, NodeType, PlaceSnapshot, format_time, open_for
from core.intents.model import ParsedTurn
from core.locale_format import format_names
from core.messages import has_message, msg
from core.protocol import PlaceCandidate
from core.services.itinerary import MAX_TRIP_DAYS
from core.services.places.base import PlaceSearchUnavailableError

DEFAULT_DAYS = 3
POOL_SIZE = 20


@dataclass(frozen=True)
class Slot:
    """One part of a planned day."""

    key: str
    time: str
    minutes: int
    node_type: NodeType


SLOTS = (
    Slot("morning", "09:30", 120, NodeType.ATTRACTION),
    Slot("lunch", "13:00", 75, NodeType.MEAL),
    Slot("afternoon", "14:30", 120, NodeType.ATTRACTION),
    Slot("dinner", "19:30", 90, NodeType.MEAL),
)
# Only for a bar the traveler's interests asked for ("whisky"): after dinner.
EVENING = Slot("evening", "21:30", 90, NodeType.ACTIVITY)
_SIGHT_QUERIES = ("sights", "museum", "park", "viewpoint", "market")
_MEAL_QUERIES = ("restaurant",)


def _kind_words(kind: str) -> str:
    """'restaurants' / 'sights' in the traveler's language (an unknown kind as it is)."""
    return msg(f"plan_kind_{kind}") if has_message(f"plan_kind_{kind}") else kind


class PlannerAgent:
    """Plans N days in a city; asks before replacing a trip that already has items."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Build the plan, then apply it (or ask first when it would replace items)."""
        if turn.day_only:
            return await plan_day(self, turn, ctx)
        destination = ctx.places.city_in((turn.destination or ctx.itinerary.destination).strip())
        same_place = destination.lower() == ctx.itinerary.destination.lower()
        blank = not any(day.nodes for day in ctx.itinerary.days)
        if turn.day_count is not None:
            count = turn.day_count
        elif (same_place or blank) and ctx.itinerary.days:
            count = len(ctx.itinerary.days)  # "plan the whole trip": the trip's own length
        else:
            count = DEFAULT_DAYS
        if not 1 <= count <= MAX_TRIP_DAYS:
            return error(msg("plan_too_long", days=count, limit=MAX_TRIP_DAYS))
        if not ctx.places.covers(destination):
            cities = format_names(ctx.places.covered_cities or [])
            return error(
                msg("demo_city_unknown", city=destination), msg("demo_cities_hint", cities=cities)
            )
        try:
            days, shortfalls, unserved = await self.build(
                ctx, destination, count, turn.theme, turn.interests
            )
        except PlaceSearchUnavailableError:
            return error(msg("search_down"), msg("search_down_hint_1"), msg("search_down_hint_2"))
        if not any(day.nodes for day in days):
            return error(msg("plan_nothing_found", city=destination))
        changeset = ChangeSet(
            ops=[ResetTrip(destination=destination, days=days)],
            summary=f"Planned {count} days in {destination}",
        )
        summary = [self._day_line(day) for day in days]
        done = "\n".join([msg("planned", count=count, city=destination), *summary])
        warnings = [
            msg("plan_shortfall", what=_kind_words(what), city=destination) for what in shortfalls
        ]
        if unserved:
            warnings.append(missing_warning(unserved, destination))
        existing = sum(len(day.nodes) for day in ctx.itinerary.days)
        if existing == 0:
            return await apply_or_explain(ctx, changeset, ctx.itinerary.version, done, warnings)
        result = confirm(
            msg(
                "plan_confirm",
                items=msg("count_item", count=existing),
                old_length=msg("plan_length", count=len(ctx.itinerary.days)),
                old_city=ctx.itinerary.destination,
                new_length=msg("plan_length", count=count),
                city=destination,
            ),
            summary,
            changeset,
            ctx.itinerary.version,
            done,
            msg("plan_confirm_yes"),
            ctx.prompt_ttl_seconds,
        )
        if warnings:
            response = result.response.model_copy(update={"warnings": warnings})
            return AgentResult(response, result.prompt, result.events)
        return result

    def _day_line(self, day: Day) -> str:
        stops = ", ".join(f"{format_time(n.time)} {n.title}" for n in day.nodes)
        return f"{msg('day_label', day=day.day)}: {stops or msg('day_empty')}"

    async def _pool(
        self, ctx: TurnContext, city: str, queries: tuple[str, ...], theme: str | None
    ) -> list[PlaceCandidate]:
        """Candidates for a kind of slot: a theme's matches first, then the rest, best first."""
        center = ctx.places.city_center(city)

        async def gather(texts: tuple[str, ...]) -> dict[str, PlaceCandidate]:
            found: dict[str, PlaceCandidate] = {}
            for text in texts:
                for candidate in await ctx.places.search(
                    f"{text} in {city}", city=city, center=center, max_results=POOL_SIZE
                ):
                    found.setdefault(candidate.place_id, candidate)
            return found

        themed = await gather(tuple(f"{theme} {q}" for q in queries)) if theme else {}
        general = await gather(queries)
        rest = [c for pid, c in general.items() if pid not in themed]

        def best_first(candidates: list[PlaceCandidate]) -> list[PlaceCandidate]:
            return sorted(candidates, key=lambda c: -(c.rating or 0))

        return [*best_first(list(themed.values())), *best_first(rest)]

    def slot_of(self, node: Node) -> Slot | None:
        """The planner slot a node it built stands in."""
        key = (node.origin or {}).get("slotKey")
        return next((slot for slot in (*SLOTS, EVENING) if slot.key == key), None)

    async def build(
        self,
        ctx: TurnContext,
        city: str,
        count: int,
        theme: str | None,
        interests: tuple[str, ...] = (),
        *,
        exclude: frozenset[str] | set[str] = frozenset(),
    ) -> tuple[list[Day], list[str], list[str]]:
        """The days, the kinds of slot left empty, and the interests no place could serve.

        Places in `exclude` (already in the trip) are not picked.
        """
        # Interests first, so the places that serve them are taken before the general pools.
        picks, unserved = await place_interests(
            ctx, city, interests, count, (*SLOTS, EVENING), partial(self._open_at, ctx), exclude
        )
        sights = await self._pool(ctx, city, _SIGHT_QUERIES, theme)
        meals = [
            c for c in await self._pool(ctx, city, _MEAL_QUERIES, theme) if "lodging" not in c.types
        ]
        sights = [
            c
            for c in sights
            if c.place_id not in {m.place_id for m in meals} and "lodging" not in c.types
        ]
        used = {pick.candidate.place_id for pick in picks.values()} | set(exclude)
        shortfalls: list[str] = []
        start = ctx.itinerary.start_date
        days = []
        for number in range(1, count + 1):
            nodes = []
            for slot in (*SLOTS, EVENING):
                pick = picks.get((number, slot.key))
                if pick is not None:
                    nodes.append(self._node(pick.candidate, slot, number, city, pick.interest))
                    continue
                if slot is EVENING:
                    continue
                pool = meals if slot.node_type is NodeType.MEAL else sights
                chosen = await self._choose(ctx, pool, used, slot)
                if chosen is None:
                    what = "restaurants" if slot.node_type is NodeType.MEAL else "sights"
                    if what not in shortfalls:
                        shortfalls.append(what)
                    continue
                used.add(chosen.place_id)
                nodes.append(self._node(chosen, slot, number, city))
            on: date | None = start + timedelta(days=number - 1) if start else None
            days.append(Day(day=number, date=on, nodes=nodes))
        return days, shortfalls, unserved

    async def _open_at(self, ctx: TurnContext, candidate: PlaceCandidate, slot: Slot) -> bool:
        """Whether the place is open for the whole slot (unknown hours count as open)."""
        details = await ctx.places.details(candidate.place_id)
        return (
            details is None
            or details.daily_hours is None
            or open_for(details.daily_hours, slot.time, slot.minutes)
        )

    async def _choose(
        self, ctx: TurnContext, pool: list[PlaceCandidate], used: set[str], slot: Slot
    ) -> PlaceCandidate | None:
        for candidate in pool:
            if candidate.place_id not in used and await self._open_at(ctx, candidate, slot):
                return candidate
        return None

    def _node(
        self, chosen: PlaceCandidate, slot: Slot, day: int, city: str, interest: str | None = None
    ) -> Node:
        rating = f" (★{chosen.rating})" if chosen.rating is not None else ""
        kind = "restaurant" if slot.node_type is NodeType.MEAL else "sight"
        # The facts behind the choice are kept so "why" is worded in the asker's language;
        # the sentences are the planning turn's wording, for readers of the raw origin.
        origin: dict[str, Any] = {
            "by": "planner",
            "slot": msg("slot_on_day", slot=msg(f"slot_{slot.key}"), day=day),
            "reason": msg(
                "plan_reason",
                kind=_kind_words(kind),
                city=city,
                time=format_time(slot.time),
                rating=rating,
            ),
            "slotKey": slot.key,
            "day": day,
            "kind": kind,
            "city": city,
            "time": slot.time,
            "rating": chosen.rating,
        }
        if interest is not None:
            named = interest_name(interest)
            facts = {"city": city, "time": format_time(slot.time), "rating": rating}
            origin["interest"] = interest
            origin["reason"] = (
                msg("plan_reason_interest", interest=named, **facts)
                if named
                else msg("plan_reason_interest_unnamed", **facts)
            )
        return Node(
            title=chosen.name,
            type=slot.node_type,
            time=slot.time,
            duration_minutes=slot.minutes,
            place_id=chosen.place_id,
            place=PlaceSnapshot.from_candidate(chosen),
            origin=origin,
        )
