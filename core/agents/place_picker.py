"""Adding and replacing itinerary items by place search (PRD §5.1–§5.3, §9.3, §10)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from core.agents.base import (
    AgentResult,
    PromptSpec,
    TurnContext,
    apply_or_explain,
    choose,
    day_of,
    error,
)
from core.agents.place_rules import (
    as_named,
    describe,
    is_vague,
    node_type_for,
    of_the_kind_said,
    search_filters,
    what_phrase,
)
from core.choices import PromptKind
from core.domain import placement
from core.domain.changeset import AddNode, ChangeSet, ReplaceNode
from core.domain.itinerary import Node, NodeType, PlaceSnapshot, format_time, open_for
from core.domain.placement import MEAL_MINUTES
from core.follow_ups import AddAt, AddPlace, ReplacePlace
from core.intents.model import Meal, PartOfDay, Preferences
from core.intents.place_words import search_terms
from core.locale_format import format_names
from core.messages import current_language, msg
from core.protocol import (
    AgentResponse,
    BackgroundTask,
    CardsData,
    ChoicesData,
    Option,
    PlaceCandidate,
    ResponseMetadata,
    ResponseType,
)
from core.services.places.base import PlaceSearchUnavailableError
from core.services.places.geo import centroid
from core.services.places.resolution import build_search_query
from core.text import fold


async def _with_enrichment(
    ctx: TurnContext, result: AgentResult, node_id: str, place_id: str
) -> AgentResult:
    """Queue background enrichment of a node that just got a place (PRD §5.1 step 3)."""
    if result.response.type is not ResponseType.COMPLETE or ctx.queue_enrichment is None:
        return result
    await ctx.queue_enrichment(node_id, place_id)
    task = BackgroundTask(
        task_type="enrichment",
        target_agent="EnrichmentAgent",
        task_data={"itineraryId": ctx.itinerary.id, "nodeId": node_id, "placeId": place_id},
        priority=5,
        estimated_duration_ms=3000,
    )
    return replace(result, response=result.response.model_copy(update={"background_task": task}))


_EATERIES = frozenset({"restaurant", "meal_takeaway", "meal_delivery", "food"})
_MORNING_PLACES = frozenset({"cafe", "bakery", "breakfast_restaurant", "brunch_restaurant"})


def fit_for_meal(candidates: list[PlaceCandidate], meal: Meal, at: str) -> list[PlaceCandidate]:
    """The candidates with those fit for the meal first.

    Open at the meal's time first, then of its kind (a restaurant for lunch or dinner, a cafe
    or bakery for breakfast); the search's own order otherwise. When at least two are both
    open and of the kind, the others are left out: a taquería is no breakfast card, nor a café
    a dinner card, when there are places that are.
    """
    kinds = _MORNING_PLACES if meal is Meal.BREAKFAST else _EATERIES

    def unfit(candidate: PlaceCandidate) -> tuple[bool, bool]:
        opened = open_for(candidate.daily_hours, at, MEAL_MINUTES)
        kind = bool(kinds & set(candidate.types)) or (
            meal is Meal.BREAKFAST
            and any(word in {"breakfast", "brunch"} for word in candidate.keywords)
        )
        return (not opened, not kind)

    ranked = sorted(candidates, key=unfit)
    if sum(1 for c in ranked if unfit(c) == (False, False)) >= _ENOUGH_FIT:
        return [c for c in ranked if not unfit(c)[1]]
    return ranked


_ENOUGH_FIT = 2


def _meal_time(ctx: TurnContext, day: int, meal: Meal) -> str:
    """The time of the day's open slot for `meal`, else the meal's usual time."""
    for node in day_of(ctx.itinerary.days, day).nodes:
        if placement.slot_meal(node) is meal and node.time:
            return node.time
    return placement.MEAL_TIMES[meal]


@dataclass(frozen=True)
class NoPlaces(AgentResult):
    """A search that worked and found nothing, unlike a provider that is down.

    Worth another try with fewer words.
    """


class PlacePicker:
    """Search, then add or replace directly or via cards."""

    async def search(
        self,
        ctx: TurnContext,
        query: str | None,
        meal: Meal | None,
        day: int,
        preferences: Preferences | None = None,
    ) -> list[PlaceCandidate] | AgentResult:
        """Candidates for a query, or an ERROR result (vague, none found, provider down)."""
        if is_vague(query) and meal is None:
            return error(msg("vague_place"), msg("vague_place_hint_1"), msg("vague_place_hint_2"))
        if is_vague(query):
            query = None  # "find us something for lunch": the meal says what to look for
        node_type = NodeType.MEAL if meal is not None else None
        city = ctx.itinerary.destination
        if not ctx.places.covers(city):
            cities = ", ".join(ctx.places.covered_cities or [])
            return error(
                msg("demo_city_unknown", city=city), msg("demo_cities_hint", cities=cities)
            )
        title = search_terms(query) if query else (meal.value if meal else "")
        text = build_search_query(title, node_type, city)
        points = [
            n.place.coordinates
            for n in day_of(ctx.itinerary.days, day).nodes
            if n.place and n.place.coordinates
        ]
        # A location the traveler shared ("near me") wins over the day's plans and the city.
        center = ctx.near or centroid(points) or ctx.places.city_center(city)
        try:
            candidates = await ctx.places.search(
                text, city=city, center=center, filters=search_filters(preferences)
            )
            if not candidates and query and (named := as_named(query)) != title:
                # "polvo & vinho", "Cantina de Miragaia": a word read as a kind of place may be
                # part of a name, in its own language; only places whose name says it count
                typed = await ctx.places.search(
                    build_search_query(named, node_type, city),
                    city=city,
                    center=center,
                    filters=search_filters(preferences),
                )
                candidates = named_by(typed, query, title)
        except PlaceSearchUnavailableError:
            return error(msg("search_down"), msg("search_down_hint_1"), msg("search_down_hint_2"))
        if candidates and meal is not None:
            candidates = fit_for_meal(candidates, meal, _meal_time(ctx, day, meal))
        candidates = of_the_kind_said(query, candidates)  # "restaurante": no café cards
        if not candidates:
            what = query or (meal.value if meal else "")
            if preferences is not None:
                return NoPlaces(
                    AgentResponse.error(
                        msg(
                            "no_places_filtered",
                            query=what,
                            city=city,
                            filters=describe(preferences),
                        ),
                        msg("no_places_filtered_hint"),
                    )
                )
            return NoPlaces(
                AgentResponse.error(
                    msg("no_places", query=what, city=city),
                    msg("no_places_hint_1"),
                    msg("no_places_hint_2"),
                    msg("no_places_hint_3"),
                )
            )
        return candidates

    def offer(
        self,
        ctx: TurnContext,
        follow_up: AddPlace | ReplacePlace,
        query: str | None,
        meal: Meal | None,
        preferences: Preferences | None = None,
        note: str | None = None,
    ) -> AgentResult:
        """NEEDS_SELECTION with its candidates as cards; `follow_up` says what a choice does.

        `note`: a line to show first (e.g. that the search left some words out).
        """
        candidates = follow_up.candidates
        warnings = [note] if note else []
        if ctx.places.is_demo:
            warnings.append(msg("demo_notice"))
        in_trip = {n.place_id for d in ctx.itinerary.days for n in d.nodes if n.place_id}
        # Places the trip already has go last, so "the first one" is something new.
        candidates = sorted(candidates, key=lambda c: c.place_id in in_trip)
        marked = [c.name for c in candidates if c.place_id in in_trip]
        if marked:
            warnings.append(msg("in_trip_note", names=format_names(marked)))
        what = what_phrase(query, meal, len(candidates))
        city = ctx.itinerary.destination
        message = (
            msg(
                "found_places_filtered",
                count=len(candidates),
                what=what,
                city=city,
                filters=describe(preferences),
            )
            if preferences is not None
            else msg("found_places", count=len(candidates), what=what, city=city)
        )
        response = AgentResponse(
            type=ResponseType.NEEDS_SELECTION,
            message=message,
            data=CardsData(candidates=candidates),
            metadata=ResponseMetadata(
                ui_component="place-card-grid",
                action_label=msg("action_select"),
                timeout_seconds=ctx.prompt_ttl_seconds,
                custom_props={"scrollable": True, "columns": 4},
            ),
            warnings=warnings,
        )
        # The order shown is the order a choice's number refers to.
        shown = follow_up.model_copy(update={"candidates": candidates})
        return AgentResult(
            response, PromptSpec.asking(PromptKind.SELECTION, [c.name for c in candidates], shown)
        )

    async def add(
        self,
        ctx: TurnContext,
        candidate: PlaceCandidate,
        day: int,
        time: str | None,
        meal: Meal | None,
        origin: dict[str, Any] | None = None,
        *,
        part: PartOfDay | None = None,
        checked: bool = False,
    ) -> AgentResult:
        """Put a chosen place on a day, asking first when that could be a mistake.

        It goes into its open meal slot, at the time asked, or at the next sensible time; a
        place already in the trip, or a time someone else has, is asked about first.
        """
        node_type = node_type_for(candidate, meal)
        current = day_of(ctx.itinerary.days, day)
        is_meal = node_type is NodeType.MEAL
        spot = placement.place(
            current,
            candidate.types,
            is_meal=is_meal,
            time=time,
            meal=meal,
            part=part,
            hours=await self._hours(ctx, candidate) if is_meal and time is None else None,
        )
        if not checked:
            question = self._ask_first(ctx, candidate, day, spot, meal, origin)
            if question is not None:
                return question
        node = Node(
            origin=origin,
            title=candidate.name,
            type=node_type,
            time=spot.time,
            place_id=candidate.place_id,
            place=PlaceSnapshot.from_candidate(candidate),
        )
        slot = spot.slot
        slot_meal = placement.slot_meal(slot) if slot is not None else None
        if slot is not None:
            op: AddNode | ReplaceNode = ReplaceNode(node_id=slot.id, node=node)
            message = msg(
                "added_as_meal", name=candidate.name, day=day, meal=msg(f"meal_{slot_meal}")
            )
        else:
            op = AddNode(day=day, node=node)
            message = (
                msg("added_at", name=candidate.name, day=day, time=format_time(spot.time))
                if spot.time
                else msg("added", name=candidate.name, day=day)
            )
        elsewhere = sorted(
            d.day
            for d in ctx.itinerary.days
            if d.day != day and any(n.place_id == candidate.place_id for n in d.nodes)
        )
        warnings = (
            [msg("also_on", name=candidate.name, days=format_names([str(d) for d in elsewhere]))]
            if elsewhere
            else []
        )
        changeset = ChangeSet(ops=[op], summary=f"Added {candidate.name} to day {day}")
        result = await apply_or_explain(ctx, changeset, ctx.itinerary.version, message, warnings)
        node_id = slot.id if slot is not None else node.id
        return await _with_enrichment(ctx, result, node_id, candidate.place_id)

    async def _hours(self, ctx: TurnContext, candidate: PlaceCandidate) -> tuple[str, str] | None:
        """Daily hours, so an evening-only place is not put at lunch (unknown: any time)."""
        try:
            details = await ctx.places.details(candidate.place_id)
        except PlaceSearchUnavailableError:
            return None
        return details.daily_hours if details else None

    def _ask_first(
        self,
        ctx: TurnContext,
        candidate: PlaceCandidate,
        day: int,
        spot: placement.Placement,
        meal: Meal | None,
        origin: dict[str, Any] | None,
    ) -> AgentResult | None:
        """A question before adding a place already in the trip, or at a time that is taken."""
        follow_up = AddAt(
            candidate=candidate,
            day=day,
            meal=meal.value if meal else None,
            origin=origin,
            times=[spot.time],
        )
        if any(n.place_id == candidate.place_id for n in day_of(ctx.itinerary.days, day).nodes):
            where = msg("day_label", day=day)
            options = [
                Option(id="yes", label=msg("duplicate_yes")),
                Option(id="no", label=msg("cancel")),
            ]
            response = AgentResponse(
                type=ResponseType.NEEDS_CONFIRMATION,
                message=msg("duplicate_ask", name=candidate.name, where=where),
                data=ChoicesData(options=options),
                metadata=ResponseMetadata(
                    ui_component="confirmation-dialog",
                    action_label=msg("action_confirm"),
                    timeout_seconds=ctx.prompt_ttl_seconds,
                ),
            )
            asked = [o.label for o in options]
            return AgentResult(
                response, PromptSpec.asking(PromptKind.CONFIRMATION, asked, follow_up)
            )
        if spot.clash is None or spot.time is None:
            return None
        times = [t for t in (spot.free_time, spot.time) if t]
        labels = [
            msg("clash_free", name=candidate.name, time=format_time(spot.free_time))
            if spot.free_time
            else None,
            msg("clash_anyway", time=format_time(spot.time), other=spot.clash.title),
        ]
        options = [
            Option(id=time, label=label)
            for time, label in zip(times, filter(None, labels), strict=True)
        ]
        message = msg(
            "clash_ask",
            other=spot.clash.title,
            time=format_time(spot.clash.time),
            day=day,
            name=candidate.name,
        )
        follow_up = follow_up.model_copy(update={"times": times})
        return choose(message, options, follow_up, ctx.prompt_ttl_seconds)

    async def replace(
        self,
        ctx: TurnContext,
        node_id: str,
        candidate: PlaceCandidate,
        meal: Meal | None,
        origin: dict[str, Any] | None = None,
    ) -> AgentResult:
        """Swap an item's content for a chosen place, keeping its slot and time."""
        located = next(
            ((d.day, n) for d in ctx.itinerary.days for n in d.nodes if n.id == node_id), None
        )
        if located is None:
            return error(msg("stale"))
        day, old = located
        node = Node(
            id=old.id,
            title=candidate.name,
            type=node_type_for(candidate, meal),
            time=old.time,
            duration_minutes=old.duration_minutes,
            place_id=candidate.place_id,
            place=PlaceSnapshot.from_candidate(candidate),
            origin=origin,
        )
        changeset = ChangeSet(
            ops=[ReplaceNode(node_id=old.id, node=node)],
            summary=f"Replaced {old.title} with {candidate.name} on day {day}",
        )
        result = await apply_or_explain(
            ctx,
            changeset,
            ctx.itinerary.version,
            msg("replaced", old=_slot_name(old), new=candidate.name, day=day),
        )
        return await _with_enrichment(ctx, result, old.id, candidate.place_id)


def named_by(found: list[PlaceCandidate], query: str, title: str) -> list[PlaceCandidate]:
    """The places whose name holds a word of `query` that its search words (`title`) lost.

    "marisco … da cidade" searched as typed finds Parque da Cidade, whose name says no word
    that was translated ("marisco"); "polvo & vinho" finds Polvo & Vinho, which says "polvo".
    """
    lost = {w for w in set(fold(query).split()) - set(fold(title).split()) if len(w) > 3}
    return [c for c in found if lost & set(fold(c.name).split())]


def _slot_name(node: Node) -> str:
    """An item's name in an answer; an open meal slot named only by its meal, in the language.

    "Substituí pequeno-almoço por …", not the slot's stored English title "Breakfast".
    """
    meal = placement.slot_meal(node)
    if meal is None or current_language() == "en" or fold(node.title) != meal.value:
        return node.title
    return msg(f"meal_{meal.value}")
