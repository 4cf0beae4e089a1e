"""core.earlier_day: an operation that names no day, in a message with several, is about the
day the operation before it touched (the removed item's day, where a move went), unless it
names a stop the trip already has; "that same day" makes any operation take it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.agents.base import AgentResult, TurnContext
from core.domain.itinerary import Day, Node, NodeType
from core.earlier_day import on_earlier_day, touched_day
from core.intents.model import Intent, ParsedTurn, Target
from core.operations import pending, run_operations
from tests.core.test_operations import TODAY, asking, context, done, failed

ADD, REMOVE, MOVE, RETIME = Intent.ADD, Intent.REMOVE, Intent.MOVE, Intent.RETIME


def trip() -> list[Day]:
    """Two days: Kiyomizu-dera on day 2, Calton Hill on day 1."""

    def stop(title: str, time: str) -> Node:
        return Node(title=title, type=NodeType.ATTRACTION, time=time, place_id=f"p-{title}")

    return [
        Day(day=1, nodes=[stop("Calton Hill", "10:00")]),
        Day(day=2, nodes=[stop("Kiyomizu-dera", "16:00"), stop("Museo del Oro", "11:00")]),
    ]


def test_the_day_of_the_last_change_is_the_touched_day() -> None:
    removed = done("removed", 3, [{"op": "remove", "day": 2, "nodeId": "n"}])
    moved = done("moved", 4, [{"op": "move", "fromDay": 1, "toDay": 4, "nodeId": "n"}])
    assert touched_day(removed) == 2
    assert touched_day(moved) == 4


def test_without_a_change_the_day_said_is_the_touched_day() -> None:
    asked = ParsedTurn(intent=ADD, query="sushi", day=3)
    went = ParsedTurn(intent=MOVE, target=Target(text="x"), to_day=5)
    assert touched_day(failed("no"), asked) == 3
    assert touched_day(asking("which?"), went) == 5
    assert touched_day(failed("no")) is None


def test_an_addition_with_no_day_takes_the_touched_day() -> None:
    for query in ("ramen place", "algo de mariscos", "um café"):
        op = ParsedTurn(intent=ADD, query=query)
        assert on_earlier_day(op, 2, trip()).day == 2


def test_an_addition_naming_a_stop_of_the_trip_stays_where_the_stop_is() -> None:
    for query in ("Kiyomizu", "el Calton Hill", "calton"):
        op = ParsedTurn(intent=ADD, query=query, time="15:00")
        assert on_earlier_day(op, 1 if "iyo" in query else 2, trip()).day is None


def test_a_kind_word_is_not_a_stop_name() -> None:
    op = ParsedTurn(intent=ADD, query="museum")
    assert on_earlier_day(op, 1, trip()).day == 1  # "un museo", not the Museo del Oro


def test_a_day_said_wins_and_other_kinds_are_left_alone() -> None:
    said = ParsedTurn(intent=ADD, query="bar", day=3)
    remove = ParsedTurn(intent=REMOVE, target=Target(text="beach"))
    assert on_earlier_day(said, 1, trip()).day == 3
    assert on_earlier_day(remove, 1, trip()).day is None
    assert on_earlier_day(said, None, trip()) is said


def test_same_day_makes_any_request_take_the_day() -> None:
    remove = ParsedTurn(intent=REMOVE, target=Target(text="beach"), same_day=True)
    move = ParsedTurn(intent=MOVE, target=Target(text="fort"), same_day=True)
    assert on_earlier_day(remove, 2, trip()).day == 2
    assert on_earlier_day(move, 2, trip()).to_day == 2


def _trip_context() -> TurnContext:
    ctx = context(days=2)
    return replace(ctx, itinerary=replace(ctx.itinerary, days=trip()))


async def test_a_removal_then_an_addition_lands_on_the_removed_items_day() -> None:
    seen: list[ParsedTurn] = []

    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        seen.append(op)
        if op.intent is REMOVE:
            return done("removed", 2, [{"op": "remove", "day": 2, "nodeId": "n"}])
        return done("added")

    ops = [
        ParsedTurn(intent=REMOVE, target=Target(text="museo")),
        ParsedTurn(intent=ADD, query="a bakery"),
        ParsedTurn(intent=ADD, query="Kiyomizu", time="15:00"),
    ]
    await run_operations(ops, _trip_context(), route, TODAY)
    assert [op.day for op in seen] == [None, 2, None]


async def test_what_waits_behind_a_question_takes_the_day_it_said() -> None:
    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        return asking("Which sushi place?")

    ops = [
        ParsedTurn(intent=ADD, query="sushi", day=2),
        ParsedTurn(intent=ADD, query="a bar", same_day=True),
    ]
    result = await run_operations(ops, _trip_context(), route, TODAY)
    assert result.prompt is not None
    assert [op.day for op in pending(result.prompt.payload)] == [2]


async def test_operations_resumed_after_a_question_take_the_answers_day() -> None:
    seen: list[ParsedTurn] = []

    async def route(op: ParsedTurn, ctx: TurnContext) -> AgentResult:
        seen.append(op)
        return done("added")

    answered: Any = done("removed", 3, [{"op": "remove", "day": 1, "nodeId": "n"}])
    later = [ParsedTurn(intent=ADD, query="a pub")]
    await run_operations(later, _trip_context(), route, TODAY, answered)
    assert seen[0].day == 1
