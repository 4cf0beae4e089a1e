"""ChangeSets: the only way an itinerary changes. Applying one is pure and yields its inverse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from core.domain import trip_ops
from core.domain.change_state import ChangeSetError, Work, check_day
from core.domain.itinerary import Day, Node, check_time, sort_key
from core.domain.trip_ops import InsertDays, RemoveDays, SetStartDate, SwapDays
from core.protocol import ProtocolModel

__all__ = [
    "AddNode",
    "AppliedChange",
    "ChangeOp",
    "ChangeOpModel",
    "ChangeSet",
    "ChangeSetError",
    "EnrichNode",
    "InsertDays",
    "MoveNode",
    "RemoveDays",
    "RemoveNode",
    "ReplaceNode",
    "ResetTrip",
    "RetimeNode",
    "SetStartDate",
    "SwapDays",
    "apply_changeset",
]


class AddNode(ProtocolModel):
    """Put a new node on a day."""

    op: Literal["add"] = "add"
    day: int
    node: Node
    position: int | None = None


class RemoveNode(ProtocolModel):
    """Take a node out."""

    op: Literal["remove"] = "remove"
    node_id: str


class MoveNode(ProtocolModel):
    """Move a node to another day (and optionally another time)."""

    op: Literal["move"] = "move"
    node_id: str
    to_day: int
    time: str | None = None
    keep_time: bool = True
    position: int | None = None

    _valid_time = field_validator("time")(check_time)


class ReplaceNode(ProtocolModel):
    """Swap a node's content for another, keeping its id and slot."""

    op: Literal["replace"] = "replace"
    node_id: str
    node: Node
    position: int | None = None


class RetimeNode(ProtocolModel):
    """Change when a node happens."""

    op: Literal["retime"] = "retime"
    node_id: str
    time: str | None = None
    position: int | None = None

    _valid_time = field_validator("time")(check_time)


class EnrichNode(ProtocolModel):
    """Attach background-fetched details to a node."""

    op: Literal["enrich"] = "enrich"
    node_id: str
    enrichment: dict[str, Any] | None = None


class ResetTrip(ProtocolModel):
    """Replace the whole trip (a new plan): destination and every day."""

    op: Literal["reset"] = "reset"
    destination: str = Field(min_length=1, max_length=200)
    days: list[Day] = Field(min_length=1)


ChangeOpModel = (
    AddNode
    | RemoveNode
    | MoveNode
    | ReplaceNode
    | RetimeNode
    | EnrichNode
    | ResetTrip
    | SwapDays
    | InsertDays
    | RemoveDays
    | SetStartDate
)
ChangeOp = Annotated[ChangeOpModel, Field(discriminator="op")]


class ChangeSet(ProtocolModel):
    """Operations applied together as one new version."""

    ops: list[ChangeOp] = Field(min_length=1)
    summary: str


class AppliedChange(ProtocolModel):
    """The result of applying a ChangeSet: new days, a readable diff and the way back."""

    days: list[Day]
    destination: str
    start_date: dt.date | None = None
    diff: list[dict[str, Any]]
    inverse: ChangeSet


def _locate(days: list[list[Node]], node_id: str) -> tuple[int, int]:
    for day_index, nodes in enumerate(days):
        for position, node in enumerate(nodes):
            if node.id == node_id:
                return day_index, position
    msg = f"no item with id {node_id!r} in this itinerary"
    raise ChangeSetError(msg)


def _insert(nodes: list[Node], node: Node, position: int | None) -> None:
    nodes.insert(len(nodes) if position is None else min(position, len(nodes)), node)
    nodes.sort(key=sort_key)


def _node_json(node: Node) -> dict[str, Any]:
    return node.to_json_dict()


def _add(w: Work, op: AddNode) -> None:
    index = check_day(w.nodes, op.day)
    if any(node.id == op.node.id for nodes in w.nodes for node in nodes):
        msg = f"an item with id {op.node.id!r} already exists"
        raise ChangeSetError(msg)
    _insert(w.nodes[index], op.node, op.position)
    w.diff.append({"op": "add", "day": op.day, "nodeId": op.node.id, "after": _node_json(op.node)})
    w.inverse.append(RemoveNode(node_id=op.node.id))


def _remove(w: Work, op: RemoveNode) -> None:
    index, position = _locate(w.nodes, op.node_id)
    removed = w.nodes[index].pop(position)
    w.diff.append(
        {"op": "remove", "day": index + 1, "nodeId": removed.id, "before": _node_json(removed)}
    )
    w.inverse.append(AddNode(day=index + 1, node=removed, position=position))


def _move(w: Work, op: MoveNode) -> None:
    index, position = _locate(w.nodes, op.node_id)
    target = check_day(w.nodes, op.to_day)
    moved = w.nodes[index].pop(position)
    new_time = moved.time if op.keep_time and op.time is None else op.time
    _insert(w.nodes[target], moved.model_copy(update={"time": new_time}), op.position)
    w.diff.append(
        {
            "op": "move",
            "nodeId": moved.id,
            "fromDay": index + 1,
            "toDay": op.to_day,
            "fromTime": moved.time,
            "toTime": new_time,
            "title": moved.title,
        }
    )
    w.inverse.append(
        MoveNode(
            node_id=moved.id, to_day=index + 1, time=moved.time, keep_time=False, position=position
        )
    )


def _replace(w: Work, op: ReplaceNode) -> None:
    index, position = _locate(w.nodes, op.node_id)
    before = w.nodes[index].pop(position)
    after = op.node.model_copy(update={"id": before.id})
    _insert(w.nodes[index], after, position if op.position is None else op.position)
    w.diff.append(
        {
            "op": "replace",
            "day": index + 1,
            "nodeId": before.id,
            "before": _node_json(before),
            "after": _node_json(after),
        }
    )
    w.inverse.append(ReplaceNode(node_id=before.id, node=before, position=position))


def _retime(w: Work, op: RetimeNode) -> None:
    index, position = _locate(w.nodes, op.node_id)
    before = w.nodes[index].pop(position)
    slot = position if op.position is None else op.position
    _insert(w.nodes[index], before.model_copy(update={"time": op.time}), slot)
    w.diff.append(
        {
            "op": "retime",
            "day": index + 1,
            "nodeId": before.id,
            "title": before.title,
            "fromTime": before.time,
            "toTime": op.time,
        }
    )
    w.inverse.append(RetimeNode(node_id=before.id, time=before.time, position=position))


def _enrich(w: Work, op: EnrichNode) -> None:
    index, position = _locate(w.nodes, op.node_id)
    before = w.nodes[index][position]
    w.nodes[index][position] = before.model_copy(update={"enrichment": op.enrichment})
    w.diff.append({"op": "enrich", "day": index + 1, "nodeId": before.id, "title": before.title})
    w.inverse.append(EnrichNode(node_id=before.id, enrichment=before.enrichment))


def _reset(w: Work, op: ResetTrip) -> None:
    previous = [
        day.model_copy(update={"nodes": nodes}) for day, nodes in zip(w.shape, w.nodes, strict=True)
    ]
    w.inverse.append(ResetTrip(destination=w.destination or op.destination, days=previous))
    w.diff.append(
        {
            "op": "reset",
            "fromDestination": w.destination,
            "toDestination": op.destination,
            "days": len(op.days),
            "items": sum(len(day.nodes) for day in op.days),
        }
    )
    w.shape = list(op.days)
    w.nodes = [list(day.nodes) for day in op.days]
    w.destination = op.destination


_HANDLERS: dict[type[Any], Callable[[Work, Any], None]] = {
    AddNode: _add,
    RemoveNode: _remove,
    MoveNode: _move,
    ReplaceNode: _replace,
    RetimeNode: _retime,
    EnrichNode: _enrich,
    ResetTrip: _reset,
    **trip_ops.HANDLERS,
}


def apply_changeset(
    days: list[Day],
    changeset: ChangeSet,
    destination: str = "",
    start_date: dt.date | None = None,
) -> AppliedChange:
    """Apply every op in order; raise ChangeSetError and change nothing if any op does not fit."""
    work = Work(
        shape=list(days),
        nodes=[list(day.nodes) for day in days],
        destination=destination,
        start_date=start_date,
    )
    for op in changeset.ops:
        _HANDLERS[type(op)](work, op)
    new_days = [
        day.model_copy(update={"nodes": nodes})
        for day, nodes in zip(work.shape, work.nodes, strict=True)
    ]
    inverse = ChangeSet(ops=list(reversed(work.inverse)), summary=f"Undo: {changeset.summary}")
    return AppliedChange(
        days=new_days,
        destination=work.destination,
        start_date=work.start_date,
        diff=work.diff,
        inverse=inverse,
    )
