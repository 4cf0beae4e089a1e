"""ChangeSet ops on the shape of the trip: swap days, insert and remove days, the start date.

Days are always numbered 1..N in order. When the trip has a start date, every day's date
follows it (day n is start + n - 1); without one, each day keeps the date it has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal, Self

from pydantic import Field, model_validator

from core.domain.change_state import ChangeSetError, Work, check_day
from core.domain.itinerary import Day, Node
from core.protocol import ProtocolModel


class SwapDays(ProtocolModel):
    """Exchange the items of two days (times kept); the days' numbers and dates stay."""

    op: Literal["swap_days"] = "swap_days"
    day: int
    to_day: int


class InsertDays(ProtocolModel):
    """New days before day `before` (None: at the end): `count` empty ones, or `days` as given.

    `days` puts back days a removal took out (their items, and their dates when the trip
    has no start date); undo uses it.
    """

    op: Literal["insert_days"] = "insert_days"
    before: int | None = None
    count: int | None = Field(default=None, ge=1)
    days: list[Day] | None = None

    @model_validator(mode="after")
    def _count_or_days(self) -> Self:
        if (self.count is None) == (self.days is None):
            msg = "give either count or days"
            raise ValueError(msg)
        if self.days is not None and not self.days:
            msg = "days must not be empty"
            raise ValueError(msg)
        return self

    @property
    def size(self) -> int:
        """How many days this inserts."""
        return len(self.days) if self.days is not None else self.count or 0


class RemoveDays(ProtocolModel):
    """Take out `count` days starting at `day`, with their items; later days move up."""

    op: Literal["remove_days"] = "remove_days"
    day: int
    count: int = Field(default=1, ge=1)


class SetStartDate(ProtocolModel):
    """A new first day; every day's date follows. `day_dates` restores dates exactly (undo)."""

    op: Literal["set_start"] = "set_start"
    date: dt.date | None = None
    day_dates: list[dt.date | None] | None = None


def _renumber(w: Work) -> None:
    """Number the days 1..N; dates follow the start date when there is one."""
    start = w.start_date
    w.shape = [
        Day(day=i + 1, date=start + dt.timedelta(days=i) if start else day.date)
        for i, day in enumerate(w.shape)
    ]


def _titles(nodes: list[Node]) -> list[str]:
    return [node.title for node in nodes]


def swap_days(w: Work, op: SwapDays) -> None:
    """Apply a SwapDays."""
    first, second = check_day(w.nodes, op.day), check_day(w.nodes, op.to_day)
    if first == second:
        msg = f"cannot swap day {op.day} with itself"
        raise ChangeSetError(msg)
    w.diff.append(
        {
            "op": "swap_days",
            "day": op.day,
            "toDay": op.to_day,
            "dayTitles": _titles(w.nodes[first]),
            "toDayTitles": _titles(w.nodes[second]),
        }
    )
    w.nodes[first], w.nodes[second] = w.nodes[second], w.nodes[first]
    w.inverse.append(SwapDays(day=op.day, to_day=op.to_day))


def insert_days(w: Work, op: InsertDays) -> None:
    """Apply an InsertDays."""
    at = len(w.nodes) if op.before is None else op.before - 1
    if not 0 <= at <= len(w.nodes):
        msg = f"cannot insert before day {op.before}: the trip has {len(w.nodes)} days"
        raise ChangeSetError(msg)
    new_days = op.days if op.days is not None else [Day(day=1) for _ in range(op.size)]
    existing = {node.id for nodes in w.nodes for node in nodes}
    incoming = [node.id for day in new_days for node in day.nodes]
    if existing & set(incoming) or len(set(incoming)) != len(incoming):
        msg = "an inserted day holds an item that is already in the trip"
        raise ChangeSetError(msg)
    w.shape[at:at] = [Day(day=1, date=day.date) for day in new_days]
    w.nodes[at:at] = [list(day.nodes) for day in new_days]
    _renumber(w)
    numbers = list(range(at + 1, at + 1 + len(new_days)))
    items = sum(len(day.nodes) for day in new_days)
    w.diff.append({"op": "insert_days", "days": numbers, "items": items})
    w.inverse.append(RemoveDays(day=at + 1, count=len(new_days)))


def remove_days(w: Work, op: RemoveDays) -> None:
    """Apply a RemoveDays."""
    first = check_day(w.nodes, op.day)
    last = check_day(w.nodes, op.day + op.count - 1)
    if last - first + 1 >= len(w.nodes):
        msg = "cannot remove every day of the trip"
        raise ChangeSetError(msg)
    removed = [w.shape[i].model_copy(update={"nodes": w.nodes[i]}) for i in range(first, last + 1)]
    del w.shape[first : last + 1]
    del w.nodes[first : last + 1]
    _renumber(w)
    w.diff.append(
        {
            "op": "remove_days",
            "days": [day.day for day in removed],
            "items": sum(len(day.nodes) for day in removed),
            "before": [day.to_json_dict() for day in removed],
        }
    )
    w.inverse.append(InsertDays(before=op.day, days=removed))


def set_start_date(w: Work, op: SetStartDate) -> None:
    """Apply a SetStartDate."""
    if op.day_dates is not None and len(op.day_dates) != len(w.shape):
        msg = f"{len(op.day_dates)} dates given for a {len(w.shape)}-day trip"
        raise ChangeSetError(msg)
    previous = SetStartDate(date=w.start_date, day_dates=[day.date for day in w.shape])
    w.diff.append(
        {
            "op": "set_start",
            "fromDate": w.start_date.isoformat() if w.start_date else None,
            "toDate": op.date.isoformat() if op.date else None,
        }
    )
    w.start_date = op.date
    if op.day_dates is None:
        _renumber(w)
    else:
        w.shape = [
            day.model_copy(update={"date": date})
            for day, date in zip(w.shape, op.day_dates, strict=True)
        ]
    w.inverse.append(previous)


HANDLERS: dict[type[Any], Callable[[Work, Any], None]] = {
    SwapDays: swap_days,
    InsertDays: insert_days,
    RemoveDays: remove_days,
    SetStartDate: set_start_date,
}
