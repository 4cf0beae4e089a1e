"""core.operations: calendar days into trip days, several results into one, held-back ops."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any, cast

import pytest

from core.agents.base import AgentResult, PromptSpec, TurnContext
from core.choices import PromptKind
from core.domain.itinerary import Day, Node, NodeType
from core.intents.model import Intent, Meal, ParsedTurn, Target
from core.operations import THEN, carry, combine, meal_fills, pending, run_operations, with_day
from core.protocol import AgentResponse, BackgroundTask, ResponseType
from core.services.itinerary import ItineraryView

START = dt.date(2026, 12, 7)  # a Monday; the trip runs Monday 7 to Thursday 10 December
TODAY = dt.date(2026, 12, 8)  # the trip's day 2


def context(start: dt.date | None = START, days: int = 4) -> TurnContext:
    """A turn context with only the itinerary set: with_day reads nothing else."""
    view = ItineraryView(
        id="trip-1",
        user_id="u1",
        destination="Lisbon",
        start_date=start,
        version=1,
        days=[
            Day(day=n, date=start + dt.timedelta(days=n - 1) if start else None)
            for n in range(1, days + 1)
        ],
    )
    unused = cast("Any", None)
    return TurnContext(
        itineraries=unused,
        places=unused,
        bookings=unused,
        leads=unused,
        itinerary=view,
        user_id="u1",
        actor="user:u1",
    )


def add(day_ref: str | None = None, day: int | None = None) -> ParsedTurn:
    return ParsedTurn(intent=Intent.ADD, query="museum", day=day, day_ref=day_ref)


# --- with_day ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day_ref", "day"),
    [
        ("today", 2),
        ("tomorrow", 3),
        ("today+2", 4),
        ("weekday:3", 4),  # Thursday 10
        ("weekday:2", 3),  # Wednesday 9
        ("monthday:12-09", 3),
        ("monthday:12-07", 1),
        ("date:2026-12-10", 4),
    ],
)
def test_a_calendar_day_inside_the_trip_becomes_its_day_number(day_ref: str, day: int) -> None:
    resolved = with_day(add(day_ref), context(), TODAY)
    assert resolved.day == day
    assert resolved.day_ref == day_ref
    assert resolved.query == "museum"


def test_a_weekday_before_the_trip_means_the_trips_weekday() -> None:
    # Planning ahead: "on Wednesday" is the trip's Wednesday, not next week's.
    resolved = with_day(add("weekday:2"), context(), dt.date(2026, 11, 23))
    assert resolved.day == 3


def test_a_month_day_past_new_year_is_next_years() -> None:
    ctx = context(start=dt.date(2026, 12, 30), days=4)
    assert with_day(add("monthday:01-01"), ctx, dt.date(2026, 12, 30)).day == 3


@pytest.mark.parametrize(
    ("day_ref", "today"),
    [
        ("tomorrow", dt.date(2026, 11, 23)),  # long before the trip
        ("today", dt.date(2026, 12, 20)),  # after it
        ("monthday:12-25", TODAY),
        ("monthday:02-30", TODAY),  # no such date
        ("date:2027-01-01", TODAY),
        ("weekday:4", dt.date(2026, 11, 23)),  # the trip has no Friday
        ("someday", TODAY),
    ],
)
def test_a_day_outside_the_trip_leaves_the_op_alone(day_ref: str, today: dt.date) -> None:
    op = add(day_ref)
    assert with_day(op, context(), today) == op


def test_a_trip_without_dates_leaves_the_op_alone() -> None:
    op = add("tomorrow")
    assert with_day(op, context(start=None), TODAY) == op


def test_a_day_already_named_wins() -> None:
    op = add("tomorrow", day=1)
    assert with_day(op, context(), TODAY) == op


def test_an_op_without_a_day_ref_is_unchanged() -> None:
    op = add()
    assert with_day(op, context(), TODAY) is op


def test_a_move_gets_its_destination_day() -> None:
    move = ParsedTurn(intent=Intent.MOVE, target=Target(text="museum"), day_ref="weekday:3")
    resolved = with_day(move, context(), TODAY)
    assert resolved.to_day == 4
    assert resolved.day is None


def test_a_move_with_a_destination_gets_the_source_day() -> None:
    move = ParsedTurn(
        intent=Intent.MOVE, target=Target(text="museum"), to_day=4, day_ref="tomorrow"
    )
    resolved = with_day(move, context(), TODAY)
    assert resolved.day == 3
    assert resolved.to_day == 4


# --- combine -------------------------------------------------------------------------------


def done(message: str, version: int | None = None, diff: list[Any] | None = None) -> AgentResult:
    data = {"toVersion": version, "diff": diff or []} if version is not None else None
    return AgentResult(AgentResponse.complete(message, data))


def failed(message: str, *hints: str) -> AgentResult:
    return AgentResult(AgentResponse.error(message, *hints))


def asking(message: str, payload: dict[str, Any] | None = None) -> AgentResult:
    response = AgentResponse(type=ResponseType.NEEDS_SELECTION, message=message)
    return AgentResult(response, PromptSpec(PromptKind.SELECTION, ["A", "B"], payload or {}))


def test_one_result_is_returned_as_it_is() -> None:
    only = done("Added.")
    assert combine([only]) is only


def test_all_done_is_complete_with_every_message_in_order() -> None:
    result = combine([done("Added the museum."), done("Removed the bar.")])
    assert result.response.type is ResponseType.COMPLETE
    assert result.response.message == "Added the museum.\nRemoved the bar."
    assert result.prompt is None


def test_mixed_luck_is_partial_and_keeps_the_errors() -> None:
    result = combine([done("Added the museum."), failed("No day 9.", "The trip has 4 days.")])
    assert result.response.type is ResponseType.PARTIAL
    assert "Added the museum." in result.response.message
    assert "No day 9." in result.response.message
    assert result.response.errors == ["The trip has 4 days."]


def test_all_failed_is_an_error() -> None:
    result = combine([failed("No day 9."), failed("No such place.")])
    assert result.response.type is ResponseType.ERROR


def test_the_last_prompt_is_kept() -> None:
    question = asking("Which one?", {"kind": "places"})
    result = combine([done("Removed the bar."), question])
    assert result.prompt == question.prompt
    assert result.response.type is ResponseType.NEEDS_SELECTION
    assert result.response.message == "Removed the bar.\nWhich one?"


def test_changes_sum_up_to_the_last_version_and_every_diff() -> None:
    first = done("Added.", version=2, diff=[{"op": "add", "id": "a"}])
    second = done("Removed.", version=3, diff=[{"op": "remove", "id": "b"}])
    result = combine([first, second, done("Here is day 2.")])
    assert result.response.data == {
        "toVersion": 3,
        "diff": [{"op": "add", "id": "a"}, {"op": "remove", "id": "b"}],
    }


def test_events_warnings_and_background_work_are_kept() -> None:
    task = BackgroundTask(task_type="enrich", target_agent="places")
    first = AgentResult(
        AgentResponse(
            type=ResponseType.COMPLETE,
            message="A",
            warnings=["Closes early."],
            background_task=task,
        ),
        events=[{"event": "itinerary.updated", "version": 2}],
    )
    second = AgentResult(
        AgentResponse(type=ResponseType.COMPLETE, message="B", warnings=["Closes early."]),
        events=[{"event": "itinerary.updated", "version": 3}],
    )
    result = combine([first, second])
    assert result.response.warnings == ["Closes early."]  # said once
    assert result.response.background_task == task
    assert [e["version"] for e in result.events] == [2, 3]


# --- carry / pending -----------------------------------------------------------------------


REST = [
    ParsedTurn(intent=Intent.ADD, query="ramen place", meal=Meal.DINNER, day=2),
    ParsedTurn(intent=Intent.MOVE, target=Target(text="museum"), to_day=3, day_ref="tomorrow"),
    ParsedTurn(intent=Intent.SET_START, date=dt.date(2027, 3, 3)),
]


def test_carry_and_pending_round_trip_the_remaining_ops() -> None:
    carried = carry(asking("Which one?", {"kind": "places"}), REST)
    assert carried.prompt is not None
    assert carried.prompt.payload["kind"] == "places"
    assert pending(carried.prompt.payload) == REST


def test_ops_already_held_back_run_after_the_new_ones() -> None:
    inner = carry(asking("Which one?"), REST[2:])
    assert inner.prompt is not None
    outer = carry(inner, REST[:2])
    assert outer.prompt is not None
    assert pending(outer.prompt.payload) == REST


def test_the_payload_survives_json() -> None:
    carried = carry(asking("Which one?"), REST)
    assert carried.prompt is not None
    payload = json.loads(json.dumps(carried.prompt.payload))
    assert pending(payload) == REST


def test_nothing_to_carry_leaves_the_result_alone() -> None:
    question = asking("Which one?")
    assert carry(question, []) is question
    answer = done("Added.")
    assert carry(answer, REST) is answer


def test_pending_of_a_payload_without_ops_is_empty() -> None:
    assert pending({}) == []
    assert pending({"kind": "places"}) == []
    question = asking("Which one?")
    assert question.prompt is not None
    assert THEN not in question.prompt.payload


# --- run_operations ------------------------------------------------------------------------


async def test_run_stops_at_a_question_and_carries_the_rest() -> None:
    seen: list[ParsedTurn] = []

    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        seen.append(op)
        return asking("Which museum?") if op.intent is Intent.REMOVE else done(f"{op.intent}")

    ops = [
        ParsedTurn(intent=Intent.ADD, query="park", day_ref="tomorrow"),
        ParsedTurn(intent=Intent.REMOVE, target=Target(text="museum")),
        *REST,
    ]
    result = await run_operations(ops, context(), route, TODAY)
    assert [op.intent for op in seen] == [Intent.ADD, Intent.REMOVE]
    assert seen[0].day == 3  # "tomorrow" resolved before routing
    assert result.prompt is not None
    assert pending(result.prompt.payload) == REST
    assert result.response.message == "add\nWhich museum?"


async def test_run_without_questions_runs_everything() -> None:
    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        return done(op.query or "")

    ops = [ParsedTurn(intent=Intent.ADD, query=q) for q in ("park", "bar", "cafe")]
    result = await run_operations(ops, context(), route, TODAY)
    assert result.prompt is None
    assert result.response.type is ResponseType.COMPLETE
    assert result.response.message == "park\nbar\ncafe"


async def test_clearing_a_day_the_trip_does_not_have_changes_nothing() -> None:
    # "clear Thursday" on a trip without a Thursday must not become "clear the whole trip".
    routed: list[ParsedTurn] = []

    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        routed.append(op)
        return done("removed")

    clear = ParsedTurn(intent=Intent.REMOVE, target=Target(every=True), day_ref="today+30")
    result = await run_operations([clear], context(), route, TODAY)
    assert routed == []
    assert result.response.type is ResponseType.ERROR


# --- filling open meal slots ----------------------------------------------------------------


def _with_slots(ctx: TurnContext) -> TurnContext:
    """Day 1: an open Lunch and a booked dinner; day 2: open Breakfast and Dinner."""
    nodes = {
        1: [
            Node(title="Lunch", type=NodeType.MEAL, time="13:00"),
            Node(title="Dinner place", type=NodeType.MEAL, time="19:30", place_id="p1"),
        ],
        2: [
            Node(title="Desayuno", type=NodeType.MEAL, time="08:30"),
            Node(title="Dinner", type=NodeType.MEAL, time="19:30"),
        ],
    }
    days = [
        day.model_copy(update={"nodes": nodes.get(day.day, [])}) for day in ctx.itinerary.days
    ]
    return replace(ctx, itinerary=replace(ctx.itinerary, days=days))


@pytest.mark.parametrize(
    ("fill", "expected"),
    [
        (
            ParsedTurn(intent=Intent.FILL_MEALS),
            [(1, Meal.LUNCH), (2, Meal.BREAKFAST), (2, Meal.DINNER)],
        ),
        (ParsedTurn(intent=Intent.FILL_MEALS, day=2), [(2, Meal.BREAKFAST), (2, Meal.DINNER)]),
        (ParsedTurn(intent=Intent.FILL_MEALS, meal=Meal.DINNER), [(2, Meal.DINNER)]),
        # A meal asked for on a day without its open slot is still added there.
        (ParsedTurn(intent=Intent.FILL_MEALS, meal=Meal.DINNER, day=1), [(1, Meal.DINNER)]),
        (ParsedTurn(intent=Intent.FILL_MEALS, day=3), []),
    ],
)
def test_a_fill_is_one_add_per_open_meal_slot(
    fill: ParsedTurn, expected: list[tuple[int, Meal]]
) -> None:
    adds = meal_fills(fill, _with_slots(context()).itinerary.days)
    assert [(op.day, op.meal) for op in adds] == expected
    assert all(op.intent is Intent.ADD for op in adds)


async def test_a_fill_runs_its_adds_and_carries_them_past_a_question() -> None:
    routed: list[ParsedTurn] = []

    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        routed.append(op)
        return asking("Which place?")

    fill = ParsedTurn(intent=Intent.FILL_MEALS, query="local")
    result = await run_operations([fill], _with_slots(context()), route, TODAY)
    assert [(op.day, op.meal, op.query) for op in routed] == [(1, Meal.LUNCH, "local")]
    assert result.prompt is not None
    assert [(op.day, op.meal) for op in pending(result.prompt.payload)] == [
        (2, Meal.BREAKFAST),
        (2, Meal.DINNER),
    ]


async def test_a_fill_with_nothing_open_says_so_and_routes_nothing() -> None:
    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        raise AssertionError(op)

    fill = ParsedTurn(intent=Intent.FILL_MEALS, day=3)
    result = await run_operations([fill], _with_slots(context()), route, TODAY)
    assert result.response.type is ResponseType.COMPLETE
    assert "3" in result.response.message


async def test_a_fill_on_a_day_the_trip_does_not_have_fills_nothing() -> None:
    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        raise AssertionError(op)

    fill = ParsedTurn(intent=Intent.FILL_MEALS, day_ref="date:2027-05-01")
    result = await run_operations([fill], _with_slots(context()), route, TODAY)
    assert result.response.type is ResponseType.ERROR


def _with_items(ctx: TurnContext, busy: list[int]) -> TurnContext:
    for day in ctx.itinerary.days:
        if day.day in busy:
            day.nodes.append(Node(id=f"n{day.day}", title="Museum", type=NodeType.ATTRACTION))
    return ctx


def test_the_empty_day_is_the_one_day_with_nothing_on_it() -> None:
    ctx = _with_items(context(), busy=[1, 2, 4])
    assert with_day(add("empty"), ctx, TODAY).day == 3


def test_the_empty_day_is_no_day_when_several_are_empty() -> None:
    ctx = _with_items(context(), busy=[1, 2])
    assert with_day(add("empty"), ctx, TODAY).day is None
