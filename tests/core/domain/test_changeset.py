"""apply_changeset: each op, errors that change nothing, and inverses that restore exactly."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest
from pydantic import ValidationError

from core.domain.changeset import (
    AddNode,
    AppliedChange,
    ChangeOp,
    ChangeSet,
    ChangeSetError,
    EnrichNode,
    MoveNode,
    RemoveNode,
    ReplaceNode,
    RetimeNode,
    apply_changeset,
)
from core.domain.itinerary import Day, Node, NodeType


def node(node_id: str, time: str | None = None, title: str | None = None, **extra: Any) -> Node:
    return Node(id=node_id, title=title or node_id.upper(), time=time, **extra)


def make_days() -> list[Day]:
    return [
        Day(
            day=1,
            nodes=[
                node("b1", "08:30", "Breakfast", type=NodeType.MEAL),
                node("m1", "10:00", "Museum", type=NodeType.ATTRACTION),
                node("l1", "13:00", "Lunch", type=NodeType.MEAL),
                node("w1", None, "Walk"),
            ],
        ),
        Day(
            day=2,
            nodes=[
                node("c2", "09:00", "Cruise"),
                node("d2", "19:30", "Dinner", type=NodeType.MEAL),
            ],
        ),
        Day(day=3, nodes=[]),
    ]


def ids(days: list[Day]) -> list[list[str]]:
    return [[n.id for n in d.nodes] for d in days]


def apply(days: list[Day], *ops: ChangeOp) -> AppliedChange:
    return apply_changeset(days, ChangeSet(ops=list(ops), summary="test"))


def by_id(days: list[Day], node_id: str) -> tuple[int, Node]:
    return next((d.day, n) for d in days for n in d.nodes if n.id == node_id)


# --- add -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "time", "expected"),
    [
        (1, "07:00", ["new", "b1", "m1", "l1", "w1"]),
        (1, "11:00", ["b1", "m1", "new", "l1", "w1"]),
        (1, "23:59", ["b1", "m1", "l1", "new", "w1"]),
        (1, None, ["b1", "m1", "l1", "w1", "new"]),
        (2, "12:00", ["c2", "new", "d2"]),
        (2, None, ["c2", "d2", "new"]),
        (3, "12:00", ["new"]),
    ],
)
def test_add_orders_by_time_untimed_last(day: int, time: str | None, expected: list[str]) -> None:
    result = apply(make_days(), AddNode(day=day, node=node("new", time)))
    assert ids(result.days)[day - 1] == expected
    assert result.diff == [
        {"op": "add", "day": day, "nodeId": "new", "after": node("new", time).to_json_dict()}
    ]
    assert result.inverse.ops == [RemoveNode(node_id="new")]


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (0, ["b1", "new", "m1", "l1", "w1"]),
        (1, ["b1", "new", "m1", "l1", "w1"]),
        (2, ["b1", "m1", "new", "l1", "w1"]),
        (None, ["b1", "m1", "new", "l1", "w1"]),
    ],
)
def test_add_at_a_taken_time_respects_position(position: int | None, expected: list[str]) -> None:
    result = apply(make_days(), AddNode(day=1, node=node("new", "10:00"), position=position))
    assert ids(result.days)[0] == expected


def test_add_position_beyond_end_appends() -> None:
    result = apply(make_days(), AddNode(day=3, node=node("new"), position=99))
    assert ids(result.days)[2] == ["new"]


# --- remove --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("node_id", "day", "expected"),
    [
        ("b1", 1, [["m1", "l1", "w1"], ["c2", "d2"], []]),
        ("w1", 1, [["b1", "m1", "l1"], ["c2", "d2"], []]),
        ("d2", 2, [["b1", "m1", "l1", "w1"], ["c2"], []]),
    ],
)
def test_remove(node_id: str, day: int, expected: list[list[str]]) -> None:
    days = make_days()
    _, removed = by_id(days, node_id)
    result = apply(days, RemoveNode(node_id=node_id))
    assert ids(result.days) == expected
    assert result.diff == [
        {"op": "remove", "day": day, "nodeId": node_id, "before": removed.to_json_dict()}
    ]


# --- move ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "expected_ids", "expected_time"),
    [
        (MoveNode(node_id="l1", to_day=2), [["b1", "m1", "w1"], ["c2", "l1", "d2"], []], "13:00"),
        (
            MoveNode(node_id="l1", to_day=2, time="20:00"),
            [["b1", "m1", "w1"], ["c2", "d2", "l1"], []],
            "20:00",
        ),
        (
            MoveNode(node_id="l1", to_day=2, time="08:00"),
            [["b1", "m1", "w1"], ["l1", "c2", "d2"], []],
            "08:00",
        ),
        (
            MoveNode(node_id="l1", to_day=2, keep_time=False),
            [["b1", "m1", "w1"], ["c2", "d2", "l1"], []],
            None,
        ),
        (MoveNode(node_id="w1", to_day=3), [["b1", "m1", "l1"], ["c2", "d2"], ["w1"]], None),
        (
            MoveNode(node_id="w1", to_day=2, time="12:00"),
            [["b1", "m1", "l1"], ["c2", "w1", "d2"], []],
            "12:00",
        ),
        (
            MoveNode(node_id="b1", to_day=1, time="21:00"),
            [["m1", "l1", "b1", "w1"], ["c2", "d2"], []],
            "21:00",
        ),
    ],
)
def test_move(op: MoveNode, expected_ids: list[list[str]], expected_time: str | None) -> None:
    days = make_days()
    from_day, before = by_id(days, op.node_id)
    result = apply(days, op)
    assert ids(result.days) == expected_ids
    to_day, moved = by_id(result.days, op.node_id)
    assert to_day == op.to_day
    assert moved.time == expected_time
    assert moved.model_copy(update={"time": before.time}) == before
    (entry,) = result.diff
    assert entry == {
        "op": "move",
        "nodeId": op.node_id,
        "fromDay": from_day,
        "toDay": op.to_day,
        "fromTime": before.time,
        "toTime": expected_time,
        "title": before.title,
    }


# --- replace -------------------------------------------------------------------------------


def test_replace_keeps_id_and_day() -> None:
    new = Node(id="other", title="Sushi Zen", type=NodeType.MEAL, time="13:00", place_id="p1")
    result = apply(make_days(), ReplaceNode(node_id="l1", node=new))
    assert ids(result.days) == ids(make_days())
    day, replaced = by_id(result.days, "l1")
    assert day == 1
    assert replaced == new.model_copy(update={"id": "l1"})
    assert not any(n.id == "other" for d in result.days for n in d.nodes)
    (entry,) = result.diff
    assert entry["op"] == "replace"
    assert entry["before"]["title"] == "Lunch"
    assert entry["after"]["title"] == "Sushi Zen"
    assert entry["after"]["id"] == "l1"


def test_replace_with_other_time_reorders() -> None:
    result = apply(make_days(), ReplaceNode(node_id="l1", node=node("x", "07:00", "Early")))
    assert ids(result.days)[0] == ["l1", "b1", "m1", "w1"]


# --- retime --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ("07:00", ["m1", "b1", "l1", "w1"]),
        ("12:00", ["b1", "m1", "l1", "w1"]),
        ("14:00", ["b1", "l1", "m1", "w1"]),
        ("23:00", ["b1", "l1", "m1", "w1"]),
        (None, ["b1", "l1", "m1", "w1"]),
    ],
)
def test_retime_resorts(time: str | None, expected: list[str]) -> None:
    result = apply(make_days(), RetimeNode(node_id="m1", time=time))
    assert ids(result.days)[0] == expected
    assert by_id(result.days, "m1")[1].time == time
    assert result.diff == [
        {
            "op": "retime",
            "day": 1,
            "nodeId": "m1",
            "title": "Museum",
            "fromTime": "10:00",
            "toTime": time,
        }
    ]


@pytest.mark.parametrize("bad", ["25:00", "24:00", "12:60", "noon", "9", ""])
def test_retime_to_an_invalid_time_is_rejected(bad: str) -> None:
    """A time that is not HH:MM must not end up on a node (Node itself rejects it)."""
    days = make_days()
    with pytest.raises((ChangeSetError, ValidationError)):
        apply(days, RetimeNode(node_id="m1", time=bad))
    assert days == make_days()


@pytest.mark.parametrize("op_kind", ["retime", "move"])
def test_op_times_are_normalized_like_node_times(op_kind: str) -> None:
    """'9:05' is a valid Node time meaning 09:05: it must sort before 10:00, not after."""
    op: ChangeOp = (
        RetimeNode(node_id="l1", time="9:05")
        if op_kind == "retime"
        else MoveNode(node_id="l1", to_day=1, time="9:05")
    )
    result = apply(make_days(), op)
    assert by_id(result.days, "l1")[1].time == "09:05"
    assert ids(result.days)[0] == ["b1", "l1", "m1", "w1"]


# --- enrich --------------------------------------------------------------------------------


def test_enrich_sets_and_inverse_clears() -> None:
    days = make_days()
    result = apply(days, EnrichNode(node_id="m1", enrichment={"hours": "9-5"}))
    assert by_id(result.days, "m1")[1].enrichment == {"hours": "9-5"}
    assert ids(result.days) == ids(days)
    assert result.diff == [{"op": "enrich", "day": 1, "nodeId": "m1", "title": "Museum"}]
    assert result.inverse.ops == [EnrichNode(node_id="m1", enrichment=None)]
    assert apply_changeset(result.days, result.inverse).days == days


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ops", "message"),
    [
        ([RemoveNode(node_id="nope")], "nope"),
        ([MoveNode(node_id="nope", to_day=1)], "nope"),
        ([ReplaceNode(node_id="nope", node=node("x"))], "nope"),
        ([RetimeNode(node_id="nope", time="10:00")], "nope"),
        ([EnrichNode(node_id="nope", enrichment={})], "nope"),
        ([AddNode(day=4, node=node("x"))], "day 4"),
        ([AddNode(day=0, node=node("x"))], "day 0"),
        ([AddNode(day=-1, node=node("x"))], "day -1"),
        ([MoveNode(node_id="l1", to_day=4)], "day 4"),
        ([MoveNode(node_id="l1", to_day=0)], "day 0"),
        ([AddNode(day=2, node=node("l1"))], "l1"),
        ([AddNode(day=3, node=node("x")), AddNode(day=3, node=node("x"))], "x"),
        # a later op failing undoes the earlier ones
        ([RemoveNode(node_id="b1"), RemoveNode(node_id="b1")], "b1"),
        ([RetimeNode(node_id="l1", time="08:00"), MoveNode(node_id="l1", to_day=9)], "day 9"),
        ([AddNode(day=1, node=node("x")), RemoveNode(node_id="ghost")], "ghost"),
    ],
)
def test_misfit_raises_and_changes_nothing(ops: list[ChangeOp], message: str) -> None:
    days = make_days()
    snapshot = copy.deepcopy(days)
    with pytest.raises(ChangeSetError, match=message):
        apply(days, *ops)
    assert days == snapshot == make_days()


def test_changeset_needs_at_least_one_op() -> None:
    with pytest.raises(ValidationError):
        ChangeSet(ops=[], summary="nothing")


def test_input_days_are_not_mutated_on_success() -> None:
    days = make_days()
    apply(days, RemoveNode(node_id="b1"), AddNode(day=3, node=node("x")))
    assert days == make_days()


ALL_OPS: list[ChangeOp] = [
    AddNode(day=1, node=node("x", "09:00")),
    AddNode(day=1, node=node("x"), position=2),
    RemoveNode(node_id="b1"),
    MoveNode(node_id="l1", to_day=2),
    MoveNode(node_id="l1", to_day=2, time="14:00", keep_time=False),
    ReplaceNode(node_id="m1", node=node("y")),
    RetimeNode(node_id="d2", time="20:00"),
    RetimeNode(node_id="d2", time=None),  # make untimed
    EnrichNode(node_id="c2", enrichment={"a": 1}),
    EnrichNode(node_id="c2", enrichment=None),  # clear
]


@pytest.mark.parametrize("op", ALL_OPS, ids=lambda op: f"{op.op}-{op.to_json_dict()}")
def test_changeset_round_trips_through_its_wire_form(op: ChangeOp) -> None:
    """ChangeSets are stored and resumed from to_json_dict() (undo log, confirmation prompts)."""
    changeset = ChangeSet(ops=[op], summary="one op")
    assert ChangeSet.model_validate(changeset.to_json_dict()) == changeset
    assert ChangeSet.model_validate_json(changeset.model_dump_json()) == changeset


@pytest.mark.parametrize(
    "ops",
    [
        [RetimeNode(node_id="w1", time="18:00")],  # inverse: back to untimed
        [EnrichNode(node_id="m1", enrichment={"hours": "9-5"})],  # inverse: enrichment None
        [RemoveNode(node_id="b1"), RetimeNode(node_id="l1", time="12:00")],
    ],
    ids=["retime-untimed", "first-enrichment", "remove+retime"],
)
def test_stored_inverse_can_be_loaded_and_applied(ops: list[ChangeOp]) -> None:
    """Undo loads the inverse from its stored wire form, then applies it."""
    days = make_days()
    result = apply(days, *ops)
    stored = result.inverse.to_json_dict()
    assert apply_changeset(result.days, ChangeSet.model_validate(stored)).days == days


# --- inverses ------------------------------------------------------------------------------


INVERSE_CASES: list[list[ChangeOp]] = [
    [AddNode(day=1, node=node("x", "11:00"))],
    [AddNode(day=3, node=node("x"))],
    [RemoveNode(node_id="b1")],
    [RemoveNode(node_id="w1")],
    [MoveNode(node_id="l1", to_day=2)],
    [MoveNode(node_id="l1", to_day=2, time="20:00")],
    [MoveNode(node_id="l1", to_day=3, keep_time=False)],
    [MoveNode(node_id="m1", to_day=1, time="15:00")],
    [ReplaceNode(node_id="l1", node=node("x", "13:00", "Sushi Zen"))],
    [ReplaceNode(node_id="l1", node=node("x", "07:00", "Early"))],
    [RetimeNode(node_id="m1", time="16:00")],
    [RetimeNode(node_id="m1", time=None)],
    [RetimeNode(node_id="w1", time="06:00")],
    [EnrichNode(node_id="m1", enrichment={"k": "v"})],
    [RemoveNode(node_id="b1"), RemoveNode(node_id="m1"), RemoveNode(node_id="l1")],
    [AddNode(day=3, node=node("x", "10:00")), MoveNode(node_id="x", to_day=1)],
    [AddNode(day=2, node=node("x")), RemoveNode(node_id="x")],
    [MoveNode(node_id="l1", to_day=2), RetimeNode(node_id="l1", time="08:00")],
    [RetimeNode(node_id="l1", time="08:00"), MoveNode(node_id="l1", to_day=3)],
    [
        ReplaceNode(node_id="d2", node=node("x", "20:00", "Sushi Zen")),
        EnrichNode(node_id="d2", enrichment={"rating": 4.5}),
        MoveNode(node_id="d2", to_day=3),
    ],
    [
        MoveNode(node_id="b1", to_day=3),
        MoveNode(node_id="m1", to_day=3),
        MoveNode(node_id="l1", to_day=3),
        MoveNode(node_id="w1", to_day=3),
    ],
]


@pytest.mark.parametrize("ops", INVERSE_CASES, ids=lambda ops: "+".join(op.op for op in ops))
def test_inverse_restores_exactly(ops: list[ChangeOp]) -> None:
    days = make_days()
    result = apply(days, *ops)
    assert result.inverse.summary == "Undo: test"
    assert apply_changeset(result.days, result.inverse).days == days


def test_inverse_of_inverse_redoes() -> None:
    days = make_days()
    for ops in INVERSE_CASES:
        result = apply(days, *ops)
        undone = apply_changeset(result.days, result.inverse)
        redone = apply_changeset(undone.days, undone.inverse)
        assert redone.days == result.days, ops


# Items with the same time (or no time) keep the order the traveler gave them; undo must
# put an item back in its place among them, not at the end.
TIED_CASES: list[list[ChangeOp]] = [
    [MoveNode(node_id="u1", to_day=2)],
    [MoveNode(node_id="t1", to_day=2)],
    [RetimeNode(node_id="t1", time="12:00")],
    [RetimeNode(node_id="u1", time="12:00")],
    [MoveNode(node_id="u1", to_day=1, time="09:00")],
]


def tied_days() -> list[Day]:
    return [
        Day(day=1, nodes=[node("t1", "10:00"), node("t2", "10:00"), node("u1"), node("u2")]),
        Day(day=2, nodes=[]),
    ]


@pytest.mark.parametrize(
    "ops",
    TIED_CASES,
    ids=[
        "move-untimed-away",
        "move-tied-time-away",
        "retime-tied-time",
        "retime-untimed",
        "move-untimed-within-day",
    ],
)
def test_inverse_restores_order_among_ties(ops: list[ChangeOp]) -> None:
    days = tied_days()
    result = apply(days, *ops)
    assert ids(apply_changeset(result.days, result.inverse).days) == ids(days)


TIMES = [f"{h:02d}:{m:02d}" for h in range(6, 23) for m in (0, 30)]


def _random_days(rng: random.Random, ties: bool) -> list[Day]:
    """1-4 sorted days; without ties every time is distinct and at most one node is untimed."""
    serial = 0
    times = iter(rng.sample(TIMES, len(TIMES)))
    untimed_left = 1
    days = []
    for number in range(1, rng.randint(1, 4) + 1):
        nodes = []
        for _ in range(rng.randint(0, 5)):
            serial += 1
            time: str | None = rng.choice(TIMES) if ties else next(times)
            if rng.random() < 0.25 and (ties or untimed_left):
                time = None
                untimed_left -= 1
            nodes.append(node(f"n{serial}", time))
        nodes.sort(key=lambda n: n.time or "99:99")
        days.append(Day(day=number, nodes=nodes))
    return days


def _random_op(rng: random.Random, days: list[list[str]], serial: int) -> ChangeOp:
    existing = [node_id for nodes in days for node_id in nodes]
    kinds = ["add"] + (["remove", "move", "replace", "retime", "enrich"] if existing else [])
    kind = rng.choice(kinds)
    time = rng.choice([*TIMES[:10], None])
    if kind == "add":
        return AddNode(day=rng.randint(1, len(days)), node=node(f"r{serial}", time))
    target = rng.choice(existing)
    match kind:
        case "remove":
            return RemoveNode(node_id=target)
        case "move":
            return MoveNode(
                node_id=target,
                to_day=rng.randint(1, len(days)),
                time=time,
                keep_time=rng.random() < 0.5,
            )
        case "replace":
            return ReplaceNode(node_id=target, node=node(f"x{serial}", time, f"Replaced {serial}"))
        case "retime":
            return RetimeNode(node_id=target, time=time)
        case _:
            return EnrichNode(node_id=target, enrichment=rng.choice([None, {"s": serial}]))


def _random_changeset(rng: random.Random, days: list[Day]) -> list[ChangeOp]:
    current = days
    ops: list[ChangeOp] = []
    for serial in range(rng.randint(1, 6)):
        op = _random_op(rng, ids(current), serial)
        current = apply(current, op).days  # keep later ops valid
        ops.append(op)
    return ops


@pytest.mark.parametrize("seed", range(40))
def test_random_changesets_invert_exactly_distinct_times(seed: int) -> None:
    rng = random.Random(seed)
    days = _random_days(rng, ties=False)
    ops = _random_changeset(rng, days)
    result = apply(days, *ops)
    assert apply_changeset(result.days, result.inverse).days == days, ops


@pytest.mark.parametrize("seed", range(40))
def test_random_changesets_invert_exactly_with_ties(seed: int) -> None:
    rng = random.Random(1000 + seed)
    days = _random_days(rng, ties=True)
    ops = _random_changeset(rng, days)
    result = apply(days, *ops)
    assert apply_changeset(result.days, result.inverse).days == days, ops
