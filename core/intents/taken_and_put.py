"""'Take X off day 1 and put it on day 4': one move, not a removal and a move of nothing.

A removal followed by a request that places "it" somewhere (a day, a time) is the traveler
moving the item: "quita el Museo Botero y ponlo el día 4", "tira o Palácio e coloca ele no dia
3", "remove the castle and put it back on day 2 at 10".
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn, Target

_IT = re.compile(
    r"^(?:it|that|this|them|that\s+one|this\s+one)(?:\s+(?:back|again|instead))?$", re.IGNORECASE
)


def _about_it(op: ParsedTurn, earlier: Target) -> bool:
    """The request names what the removal named, or only "it"."""
    said = op.query if op.intent is Intent.ADD else (op.target.text if op.target else None)
    if said is None:
        return False
    return bool(_IT.match(said.strip())) or said.strip().lower() == (earlier.text or "").lower()


def moved_after_removal(earlier: ParsedTurn, op: ParsedTurn) -> ParsedTurn | None:
    """The move a removal and a placing of "it" make together, or None when they are two."""
    if earlier.intent is not Intent.REMOVE or earlier.target is None:
        return None
    if op.intent not in {Intent.MOVE, Intent.ADD, Intent.RETIME} or not _about_it(
        op, earlier.target
    ):
        return None
    to_day = op.to_day if op.intent is Intent.MOVE else op.day
    to_day_ref = op.to_day_ref if op.intent is Intent.MOVE else op.day_ref
    if op.intent is Intent.MOVE and to_day is None and to_day_ref is None:
        to_day, to_day_ref = op.day, op.day_ref  # "move it on thursday"
    if to_day is None and to_day_ref is None and op.time is None:
        return None
    return ParsedTurn(
        intent=Intent.MOVE if to_day is not None or to_day_ref is not None else Intent.RETIME,
        target=earlier.target,
        day=earlier.day,
        day_ref=earlier.day_ref,
        to_day=to_day,
        to_day_ref=to_day_ref,
        time=op.time,
        time_said_bare=op.time_said_bare,
        part_of_day=op.part_of_day,
    )
