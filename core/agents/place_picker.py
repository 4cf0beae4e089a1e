"""Adding and replacing itinerary items by place search (PRD §5.1–§5.3, §9.3, §10)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.agents.base import (
    AgentResult,
    PromptSpec,
    TurnContext,
    apply_or_explain,
    day_of,
    error,
)
from core.agents.place_rules import (
    describe,
    is_vague,
    node_type_for,
    search_filters,
    what_phrase,
)
from core.choices import PromptKind
from core.domain.changeset import AddNode, ChangeSet, ReplaceNode
from core.domain.itinerary import Node, NodeType, PlaceSnapshot
from core.intents.model import Meal, Preferences
from core.intents.place_words import search_terms
from core.intents.slots import MEAL_DEFAULT_TIMES
from core.messages import msg
from core.protocol import (
    AgentResponse,
    BackgroundTask,
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
        center = centroid(points) or ctx.places.city_center(city)
        try:
            candidates = await ctx.places.search(
                text, city=city, center=center, filters=search_filters(preferences)
            )
        except PlaceSearchUnavailableError:
            return error(msg("search_down"), msg("search_down_hint_1"), msg("search_down_hint_2"))
        if not candidates:
            what = query or (meal.value if meal else "")
            if preferences is not None:
                return error(
                    msg("no_places_filtered", query=what, city=city, filters=describe(preferences)),
                    msg("no_places_filtered_hint"),
                )
            return error(
                msg("no_places", query=what, city=city),
                msg("no_places_hint_1"),
                msg("no_places_hint_2"),
                msg("no_places_hint_3"),
            )
        return candidates

    def offer(
        self,
        ctx: TurnContext,
        candidates: list[PlaceCandidate],
        query: str | None,
        meal: Meal | None,
        payload: dict[str, Any],
        preferences: Preferences | None = None,
    ) -> AgentResult:
        """NEEDS_SELECTION with place cards; the payload says what a choice will do."""
        warnings = [msg("demo_notice")] if ctx.places.is_demo else []
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
            data={"candidates": [c.to_json_dict() for c in candidates]},
            metadata=ResponseMetadata(
                ui_component="place-card-grid",
                action_label=msg("action_select"),
                timeout_seconds=ctx.prompt_ttl_seconds,
                custom_props={"scrollable": True, "columns": 4},
            ),
            warnings=warnings,
        )
        stored = {**payload, "candidates": [c.to_json_dict() for c in candidates]}
        return AgentResult(
            response, PromptSpec(PromptKind.SELECTION, [c.name for c in candidates], stored)
        )

    async def add(
        self,
        ctx: TurnContext,
        candidate: PlaceCandidate,
        day: int,
        time: str | None,
        meal: Meal | None,
        origin: dict[str, Any] | None = None,
    ) -> AgentResult:
        """Put a chosen place on a day, filling an empty meal slot of the same meal if any."""
        node_time = time or (MEAL_DEFAULT_TIMES[meal] if meal else None)
        node = Node(
            origin=origin,
            title=candidate.name,
            type=node_type_for(candidate, meal),
            time=node_time,
            place_id=candidate.place_id,
            place=PlaceSnapshot.from_candidate(candidate),
        )
        current = day_of(ctx.itinerary.days, day)
        warnings = []
        if any(n.place_id == candidate.place_id for n in current.nodes):
            warnings.append(msg("already_on_day", name=candidate.name, day=day))
        placeholder = next(
            (
                n
                for n in current.nodes
                if meal
                and n.type is NodeType.MEAL
                and n.place_id is None
                and meal.value in fold(n.title)
            ),
            None,
        )
        if placeholder is not None:
            kept = node.model_copy(update={"time": time or placeholder.time})
            op: AddNode | ReplaceNode = ReplaceNode(node_id=placeholder.id, node=kept)
            message = msg("added_as_meal", name=candidate.name, day=day, meal=meal)
        else:
            op = AddNode(day=day, node=node)
            message = msg("added", name=candidate.name, day=day)
        changeset = ChangeSet(ops=[op], summary=f"Added {candidate.name} to day {day}")
        result = await apply_or_explain(ctx, changeset, ctx.itinerary.version, message, warnings)
        node_id = placeholder.id if placeholder is not None else node.id
        return await _with_enrichment(ctx, result, node_id, candidate.place_id)

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
            msg("replaced", old=old.title, new=candidate.name, day=day),
        )
        return await _with_enrichment(ctx, result, old.id, candidate.place_id)
