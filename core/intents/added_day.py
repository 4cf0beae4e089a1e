"""A stop put on the day just added: "add a day at the end and put X on it".

Why: the request after "add a day" named its day with a pronoun ("on it", "there", "nele",
"ese día"), which no rule could read as a day: the stop went to day 1 or the question "which
day?" followed. Said right after an ADD_DAYS, such a pronoun is the new day: the last one when
the days go at the end, else the first day inserted. Read on the ops; pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.intents.model import LAST_DAY, Intent, ParsedTurn, Target

# "on it", "there", "that day", "the new day" as the grammar has them (and as typed in es/pt).
_ON_IT = re.compile(
    r"\s*\b(?:(?:on|onto|to|for|in)\s+(?:it|that\s+one|that\s+day|the\s+new\s+(?:one|day)|"
    r"the\s+extra\s+(?:one|day))|there|that\s+day|"
    r"nele|nela|la|lá|ali|nesse\s+dia|neste\s+dia|no\s+(?:dia\s+)?novo(?:\s+dia)?|"
    r"no\s+dia\s+extra|ah[ií]|all[ií]|ese\s+d[ií]a|en\s+(?:[eé]l|ese\s+d[ií]a)|"
    r"(?:en\s+|a)?el\s+(?:nuevo\s+d[ií]a|d[ií]a\s+nuevo|d[ií]a\s+extra))\s*$",
    re.IGNORECASE,
)
# The same, as typed in any of the three languages (what the rewrites may have dropped).
_SAID_THERE = re.compile(
    r"\b(?:nele|nela|nesse\s+dia|neste\s+dia|n[oe]sse\s+novo|no\s+novo\s+dia|no\s+dia\s+novo|"
    r"ese\s+d[ií]a|en\s+[eé]l|ese\s+nuevo|el\s+nuevo\s+d[ií]a|el\s+d[ií]a\s+nuevo|"
    r"on\s+it|onto\s+it|that\s+day|the\s+new\s+day|the\s+extra\s+day|there)\b",
    re.IGNORECASE,
)
_PLACED = frozenset({Intent.ADD, Intent.MOVE})


def on_added_day(ops: Sequence[ParsedTurn], said: str) -> list[ParsedTurn]:
    """Each stop said to go "on it" right after days are added gets the new day.

    `said`: the message as typed, where "ese día" / "nesse dia" still are (the rewrites
    drop them).
    """
    out: list[ParsedTurn] = []
    for said_op in ops:
        op = said_op
        before = out[-1] if out else None
        if (
            before is not None
            and before.intent is Intent.ADD_DAYS
            and before.trip_days is None
            and op.intent in _PLACED
            and op.day is None
            and op.to_day is None
            and op.day_ref is None
        ):
            pointed = op.same_day or bool(_SAID_THERE.search(said))
            op = _placed(op, LAST_DAY if before.day is None else before.day, pointed)
        out.append(op)
    return out


def _placed(op: ParsedTurn, day: int, pointed: bool) -> ParsedTurn:
    """`op` on `day` when its words end with "on it" or the message points there."""
    if op.intent is Intent.ADD and op.query:
        said = _ON_IT.search(op.query)
        if said or pointed:
            query = op.query[: said.start()].strip() if said else op.query
            return op.model_copy(update={"query": query or None, "day": day, "same_day": False})
    target = op.target
    if op.intent is Intent.MOVE and target is not None and target.text:
        said = _ON_IT.search(target.text)
        if said or pointed:
            text = target.text[: said.start()].strip() if said else target.text
            kept: Target = target.model_copy(update={"text": text})
            return op.model_copy(update={"target": kept, "to_day": day, "same_day": False})
    return op
