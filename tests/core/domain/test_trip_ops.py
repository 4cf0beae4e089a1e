"""Trip ops (swap, insert, remove days, start date): effects, errors and exact inverses."""

from __future__ import annotations

import copy
import random
from datetime import date, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from core.domain.changeset import (
    AddNode,
    AppliedChange,
    ChangeOpModel,
    ChangeSet,
    ChangeSetError,
    InsertDays,
    MoveNode,
    RemoveDays,
    RemoveNode,
    RetimeNode,
    SetStartDate,
    SwapDays,
    apply_changeset,
)
from core.domain.itinerary import Day, Node

START = date(2027, 3, 1)


def node(node_id: str, time: str | None = None) -> Node:
    return Node(id=node_id, title=node_id.upper(), time=time)


def make_days(start: date | None = START) -> list[Day]:
    def on(n: int) -> date | None:
        return start + timedelta(days=n - 1) if start else None

    return [
        Day(day=1, date=on(1), nodes=[node("a1", "09:00"), node("a2", "13:00")]),
        Day(day=2, date=on(2), nodes=[node("b1", "10:00")]),
        Day(day=3, date=on(3), nodes=[]),
        Day(day=4, date=on(4), nodes=[node("d1", "19:30"), node("d2")]),
    ]


def ids(days: list[Day]) -> list[list[str]]:
    return [[n.id for n in d.nodes] for d in days]


def apply(days: list[Day], *ops: ChangeOpModel, start: date | None = START) -> AppliedChange:
    return apply_changeset(days, ChangeSet(ops=list(ops), summary="test"), "Kyoto", start)


def undo(result: AppliedChange) -> AppliedChange:
    return apply_changeset(result.days, result.inverse, result.destination, result.start_date)


def dates_from(start: date, count: int) -> list[date]:
    return [start + timedelta(days=n) for n in range(count)]


# --- swap ----------------------------------------------------------------------------------


def test_swap_exchanges_items_and_keeps_numbers_dates_and_times() -> None:
    days = make_days()
    result = apply(days, SwapDays(day=1, to_day=4))
    assert ids(result.days) == [["d1", "d2"], ["b1"], [], ["a1", "a2"]]
    assert [d.date for d in result.days] == [d.date for d in days]
    assert result.days[3].nodes == days[0].nodes
    assert result.diff == [
        {
            "op": "swap_days",
            "day": 1,
            "toDay": 4,
            "dayTitles": ["A1", "A2"],
            "toDayTitles": ["D1", "D2"],
        }
    ]
    assert undo(result).days == days


@pytest.mark.parametrize(("day", "to_day"), [(1, 1), (0, 2), (2, 5)])
def test_swap_refuses_bad_days(day: int, to_day: int) -> None:
    with pytest.raises(ChangeSetError):
        apply(make_days(), SwapDays(day=day, to_day=to_day))


# --- insert --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "count", "expected"),
    [
        (None, 2, [["a1", "a2"], ["b1"], [], ["d1", "d2"], [], []]),
        (1, 1, [[], ["a1", "a2"], ["b1"], [], ["d1", "d2"]]),
        (3, 2, [["a1", "a2"], ["b1"], [], [], [], ["d1", "d2"]]),
        (5, 1, [["a1", "a2"], ["b1"], [], ["d1", "d2"], []]),
    ],
    ids=["end", "start", "middle", "after-last"],
)
def test_insert_days_renumbers_and_dates_follow_the_start(
    before: int | None, count: int, expected: list[list[str]]
) -> None:
    days = make_days()
    result = apply(days, InsertDays(before=before, count=count))
    assert ids(result.days) == expected
    assert [d.day for d in result.days] == list(range(1, len(expected) + 1))
    assert [d.date for d in result.days] == dates_from(START, len(expected))
    assert result.diff[0]["op"] == "insert_days"
    assert len(result.diff[0]["days"]) == count
    assert undo(result).days == days


def test_insert_without_a_start_date_keeps_each_days_date() -> None:
    days = make_days(start=None)
    result = apply(days, InsertDays(before=2, count=1), start=None)
    assert [d.date for d in result.days] == [None] * 5
    assert undo(result).days == days


@pytest.mark.parametrize("before", [0, 6, -1])
def test_insert_refuses_positions_outside_the_trip(before: int) -> None:
    with pytest.raises(ChangeSetError):
        apply(make_days(), InsertDays(before=before, count=1))


def test_insert_refuses_items_already_in_the_trip() -> None:
    with pytest.raises(ChangeSetError):
        apply(make_days(), InsertDays(days=[Day(day=1, nodes=[node("a1")])]))


@pytest.mark.parametrize(
    "fields",
    [{}, {"count": 0}, {"count": 1, "days": [{"day": 1}]}, {"days": []}],
    ids=["neither", "zero", "both", "no-days"],
)
def test_insert_needs_a_count_or_days(fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        InsertDays.model_validate(fields)


# --- remove --------------------------------------------------------------------------------


def test_remove_day_moves_later_days_up_and_undo_restores_them() -> None:
    days = make_days()
    result = apply(days, RemoveDays(day=2))
    assert ids(result.days) == [["a1", "a2"], [], ["d1", "d2"]]
    assert [d.day for d in result.days] == [1, 2, 3]
    assert [d.date for d in result.days] == dates_from(START, 3)
    assert result.diff[0]["days"] == [2]
    assert result.diff[0]["items"] == 1
    assert result.diff[0]["before"][0]["nodes"][0]["id"] == "b1"
    assert undo(result).days == days


def test_remove_several_days_from_the_start() -> None:
    days = make_days()
    result = apply(days, RemoveDays(day=1, count=2))
    assert ids(result.days) == [[], ["d1", "d2"]]
    assert result.days[0].date == START
    assert undo(result).days == days


@pytest.mark.parametrize(
    ("day", "count"), [(1, 4), (0, 1), (4, 2), (5, 1)], ids=["all", "zero", "past-end", "outside"]
)
def test_remove_refuses(day: int, count: int) -> None:
    days = make_days()
    frozen = copy.deepcopy(days)
    with pytest.raises(ChangeSetError):
        apply(days, RemoveDays(day=day, count=count))
    assert days == frozen


# --- start date ----------------------------------------------------------------------------


def test_set_start_moves_every_date_and_undo_restores() -> None:
    days = make_days()
    new = date(2027, 5, 10)
    result = apply(days, SetStartDate(date=new))
    assert result.start_date == new
    assert [d.date for d in result.days] == dates_from(new, 4)
    assert ids(result.days) == ids(days)
    assert result.diff == [{"op": "set_start", "fromDate": "2027-03-01", "toDate": "2027-05-10"}]
    restored = undo(result)
    assert restored.start_date == START
    assert restored.days == days


def test_set_start_on_an_undated_trip_and_back() -> None:
    days = make_days(start=None)
    result = apply(days, SetStartDate(date=START), start=None)
    assert [d.date for d in result.days] == dates_from(START, 4)
    restored = undo(result)
    assert restored.start_date is None
    assert restored.days == days


def test_set_start_refuses_dates_for_another_length() -> None:
    with pytest.raises(ChangeSetError):
        apply(make_days(), SetStartDate(date=START, day_dates=[START]))


def test_other_ops_keep_the_start_date() -> None:
    result = apply(make_days(), RetimeNode(node_id="a1", time="08:00"))
    assert result.start_date == START


# --- mixed, wire form, random --------------------------------------------------------------

ALL_OPS: list[ChangeOpModel] = [
    SwapDays(day=1, to_day=2),
    InsertDays(before=2, count=3),
    InsertDays(days=[Day(day=1, date=START, nodes=[node("z1", "10:00")])]),
    RemoveDays(day=2, count=2),
    SetStartDate(date=START),
    SetStartDate(date=None, day_dates=[START, None]),
]


@pytest.mark.parametrize("op", ALL_OPS, ids=lambda op: op.op)
def test_trip_ops_round_trip_through_their_wire_form(op: ChangeOpModel) -> None:
    changeset = ChangeSet(ops=[op], summary="one op")
    assert ChangeSet.model_validate(changeset.to_json_dict()) == changeset


def test_item_ops_after_trip_ops_in_one_changeset() -> None:
    days = make_days()
    result = apply(
        days,
        InsertDays(before=1, count=1),
        AddNode(day=1, node=node("new", "11:00")),
        MoveNode(node_id="b1", to_day=1),
        SwapDays(day=1, to_day=5),
        RemoveDays(day=4),
    )
    assert ids(result.days) == [["d1", "d2"], ["a1", "a2"], [], ["b1", "new"]]
    stored = ChangeSet.model_validate(result.inverse.to_json_dict())
    assert apply_changeset(result.days, stored, "Kyoto", result.start_date).days == days


def _random_op(rng: random.Random, days: list[Day], serial: int) -> ChangeOpModel:
    count = len(days)
    existing = [n.id for d in days for n in d.nodes]
    kinds = ["add", "insert", "start"]
    kinds += ["swap"] if count > 1 else []
    kinds += ["remove_days"] if count > 1 else []
    kinds += ["move", "remove"] if existing else []
    match rng.choice(kinds):
        case "add":
            time = rng.choice([None, "08:00", "12:30", "18:00"])
            return AddNode(day=rng.randint(1, count), node=node(f"r{serial}", time))
        case "insert":
            return InsertDays(before=rng.choice([None, rng.randint(1, count + 1)]), count=2)
        case "start":
            return SetStartDate(date=START + timedelta(days=rng.randint(-5, 5)))
        case "swap":
            first, second = rng.sample(range(1, count + 1), 2)
            return SwapDays(day=first, to_day=second)
        case "remove_days":
            first = rng.randint(1, count)
            return RemoveDays(day=first, count=rng.randint(1, min(2, count - 1, count - first + 1)))
        case "move":
            return MoveNode(node_id=rng.choice(existing), to_day=rng.randint(1, count))
        case _:
            return RemoveNode(node_id=rng.choice(existing))


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_random_mixes_invert_exactly(seed: int, dated: bool) -> None:
    rng = random.Random(seed)
    start = START if dated else None
    days = make_days(start)
    current, current_start = days, start
    ops: list[ChangeOpModel] = []
    for serial in range(rng.randint(1, 6)):
        op = _random_op(rng, current, serial)
        step = apply(current, op, start=current_start)  # keep later ops valid
        current, current_start = step.days, step.start_date
        ops.append(op)
    result = apply(days, *ops, start=start)
    assert result.days == current
    restored = undo(result)
    assert restored.days == days, ops
    assert restored.start_date == start
    redone = undo(restored)
    assert redone.days == result.days
