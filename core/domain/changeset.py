"""ChangeSets: the only way an itinerary changes. Applying one is pure and yields its inverse."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from core.domain.itinerary import Day, Node, check_time, sort_key
from core.protocol import ProtocolModel


class ChangeSetError(ValueError):
    """A ChangeSet that does not fit the itinerary (unknown node, day out of range)."""


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


ChangeOp = Annotated[
    AddNode | RemoveNode | MoveNode | ReplaceNode | RetimeNode | EnrichNode,
    Field(discriminator="op"),
]


class ChangeSet(ProtocolModel):
    """Operations applied together as one new version."""

    ops: list[ChangeOp] = Field(min_length=1)
    summary: str


class AppliedChange(ProtocolModel):
    """The result of applying a ChangeSet: new days, a readable diff and the way back."""

    days: list[Day]
    diff: list[dict[str, Any]]
    inverse: ChangeSet


def _locate(days: list[list[Node]], node_id: str) -> tuple[int, int]:
    for day_index, nodes in enumerate(days):
        for position, node in enumerate(nodes):
            if node.id == node_id:
                return day_index, position
    msg = f"no item with id {node_id!r} in this itinerary"
    raise ChangeSetError(msg)


def _check_day(days: list[list[Node]], day: int) -> int:
    if not 1 <= day <= len(days):
        msg = f"day {day} is not in this trip (it has {len(days)} days)"
        raise ChangeSetError(msg)
    return day - 1


def _insert(nodes: list[Node], node: Node, position: int | None) -> None:
    nodes.insert(len(nodes) if position is None else min(position, len(nodes)), node)
    nodes.sort(key=sort_key)


def _node_json(node: Node) -> dict[str, Any]:
    return node.to_json_dict()


def apply_changeset(days: list[Day], changeset: ChangeSet) -> AppliedChange:
    """Apply every op in order; raise ChangeSetError and change nothing if any op does not fit."""
    work = [list(day.nodes) for day in days]
    diff: list[dict[str, Any]] = []
    inverse_ops: list[Any] = []
    for op in changeset.ops:
        match op:
            case AddNode():
                index = _check_day(work, op.day)
                if any(node.id == op.node.id for nodes in work for node in nodes):
                    msg = f"an item with id {op.node.id!r} already exists"
                    raise ChangeSetError(msg)
                _insert(work[index], op.node, op.position)
                diff.append(
                    {"op": "add", "day": op.day, "nodeId": op.node.id, "after": _node_json(op.node)}
                )
                inverse_ops.append(RemoveNode(node_id=op.node.id))
            case RemoveNode():
                index, position = _locate(work, op.node_id)
                removed = work[index].pop(position)
                diff.append(
                    {
                        "op": "remove",
                        "day": index + 1,
                        "nodeId": removed.id,
                        "before": _node_json(removed),
                    }
                )
                inverse_ops.append(AddNode(day=index + 1, node=removed, position=position))
            case MoveNode():
                index, position = _locate(work, op.node_id)
                target = _check_day(work, op.to_day)
                moved = work[index].pop(position)
                new_time = moved.time if op.keep_time and op.time is None else op.time
                _insert(work[target], moved.model_copy(update={"time": new_time}), op.position)
                diff.append(
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
                inverse_ops.append(
                    MoveNode(
                        node_id=moved.id,
                        to_day=index + 1,
                        time=moved.time,
                        keep_time=False,
                        position=position,
                    )
                )
            case ReplaceNode():
                index, position = _locate(work, op.node_id)
                before = work[index].pop(position)
                after = op.node.model_copy(update={"id": before.id})
                _insert(work[index], after, position if op.position is None else op.position)
                diff.append(
                    {
                        "op": "replace",
                        "day": index + 1,
                        "nodeId": before.id,
                        "before": _node_json(before),
                        "after": _node_json(after),
                    }
                )
                inverse_ops.append(ReplaceNode(node_id=before.id, node=before, position=position))
            case RetimeNode():
                index, position = _locate(work, op.node_id)
                before = work[index].pop(position)
                slot = position if op.position is None else op.position
                _insert(work[index], before.model_copy(update={"time": op.time}), slot)
                diff.append(
                    {
                        "op": "retime",
                        "day": index + 1,
                        "nodeId": before.id,
                        "title": before.title,
                        "fromTime": before.time,
                        "toTime": op.time,
                    }
                )
                inverse_ops.append(
                    RetimeNode(node_id=before.id, time=before.time, position=position)
                )
            case EnrichNode():
                index, position = _locate(work, op.node_id)
                before = work[index][position]
                work[index][position] = before.model_copy(update={"enrichment": op.enrichment})
                diff.append(
                    {"op": "enrich", "day": index + 1, "nodeId": before.id, "title": before.title}
                )
                inverse_ops.append(EnrichNode(node_id=before.id, enrichment=before.enrichment))
    new_days = [
        day.model_copy(update={"nodes": nodes}) for day, nodes in zip(days, work, strict=True)
    ]
    inverse = ChangeSet(ops=list(reversed(inverse_ops)), summary=f"Undo: {changeset.summary}")
    return AppliedChange(days=new_days, diff=diff, inverse=inverse)
