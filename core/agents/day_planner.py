"""Planning one day of the trip ("plan day 4 for me", "organiza el sábado").

The day keeps what it has; each planner slot (morning, lunch, afternoon, dinner) that is free
gets a place.
A slot is free when nothing is within an hour of its time; an open meal slot ("Lunch" with no
place) is filled in place. Places already anywhere in the trip are not picked again. Only
additions: applied at once, one undo takes the whole day back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.agents.base import AgentResult, TurnContext, apply_or_explain, error
from core.agents.plan_interests import missing_warning
from core.domain.changeset import AddNode, ChangeSet, ReplaceNode
from core.domain.itinerary import Day, Node, NodeType, format_time, minutes_of
from core.domain.placement import slot_meal
from core.intents.model import ParsedTurn
from core.messages import msg
from core.services.places.base import PlaceSearchUnavailableError

if TYPE_CHECKING:
    from core.agents.planner import PlannerAgent, Slot

# Nothing of the day within this many minutes of a slot's time: the slot is free.
FREE_MINUTES = 60


def _open_meal_at(day: Day, slot: Slot) -> Node | None:
    """The day's open meal slot a planner meal slot stands for (same meal window)."""
    if slot.node_type is not NodeType.MEAL:
        return None
    wanted = "lunch" if slot.key == "lunch" else "dinner"
    return next(
        (n for n in day.nodes if (meal := slot_meal(n)) is not None and meal.value == wanted),
        None,
    )


def _busy(day: Day, slot: Slot) -> bool:
    """Whether a planned item (not an open meal slot) is near the slot's time."""
    wanted = minutes_of(slot.time)
    return any(
        n.time is not None
        and slot_meal(n) is None
        and abs(minutes_of(n.time) - wanted) < FREE_MINUTES
        for n in day.nodes
    )


async def plan_day(planner: PlannerAgent, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
    """Fill the free slots of day `turn.day` of the current trip."""
    days = {day.day: day for day in ctx.itinerary.days}
    number = max(days, default=None) if turn.day is not None and turn.day < 0 else turn.day
    if number is None or number not in days:
        return error(msg("day_ref_outside_trip"), msg("day_ref_outside_trip_hint"))
    day = days[number]
    city = ctx.itinerary.destination
    in_trip = {n.place_id for d in ctx.itinerary.days for n in d.nodes if n.place_id}
    try:
        built, _shortfalls, unserved = await planner.build(
            ctx, city, 1, None, turn.interests, exclude=in_trip
        )
    except PlaceSearchUnavailableError:
        return error(msg("search_down"), msg("search_down_hint_1"), msg("search_down_hint_2"))
    ops: list[AddNode | ReplaceNode] = []
    lines: list[str] = []
    for node in built[0].nodes if built else []:
        slot = planner.slot_of(node)
        if slot is None:
            continue
        placed = node.model_copy(update={"origin": {**(node.origin or {}), "day": number}})
        if (open_slot := _open_meal_at(day, slot)) is not None:
            filled = placed.model_copy(update={"id": open_slot.id, "time": open_slot.time})
            ops.append(ReplaceNode(node_id=open_slot.id, node=filled))
            placed = filled
        elif _busy(day, slot):
            continue
        else:
            ops.append(AddNode(day=number, node=placed))
        lines.append(f"{format_time(placed.time)} {placed.title}")
    if not ops:
        return error(msg("day_plan_full", day=number), msg("day_plan_full_hint"))
    changeset = ChangeSet(ops=list(ops), summary=f"Planned day {number}")
    done = "\n".join([msg("day_planned", day=number), *lines])
    warnings = [missing_warning(unserved, city)] if unserved else []
    return await apply_or_explain(ctx, changeset, ctx.itinerary.version, done, warnings)
