"""The trip while a ChangeSet is applied, and the error of a ChangeSet that does not fit.

Shared by the item ops (core.domain.changeset) and the trip ops (core.domain.trip_ops).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.domain.itinerary import Day, Node

if TYPE_CHECKING:
    from core.domain.changeset import ChangeOpModel


class ChangeSetError(ValueError):
    """A ChangeSet that does not fit the itinerary (unknown node, day out of range)."""


@dataclass
class Work:
    """The trip while a ChangeSet is applied: day shapes, their nodes, and the record kept."""

    shape: list[Day]
    nodes: list[list[Node]]
    destination: str
    start_date: dt.date | None = None
    diff: list[dict[str, Any]] = field(default_factory=list)
    inverse: list[ChangeOpModel] = field(default_factory=list)


def check_day(days: list[list[Node]], day: int) -> int:
    """The index of day number `day`; ChangeSetError when the trip has no such day."""
    if not 1 <= day <= len(days):
        msg = f"day {day} is not in this trip (it has {len(days)} days)"
        raise ChangeSetError(msg)
    return day - 1
