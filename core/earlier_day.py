"""The day an earlier operation of the same message was about, for the ones that name none.

"borra el Sanjusangen-do y pon el Kiyomizu a las 3", "tira a Sé e mete lá o Bolhão": the
second request is about the day of the first, which only the trip knows (where the removed
item was). The parser shares days it can read (core.intents.day_sharing); this shares the
day an operation turned out to touch: the day of its last change, else the day it said.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.agents.base import AgentResult
from core.domain.itinerary import Day
from core.intents.day_sharing import day_said
from core.intents.grounded import named_stop, stops_of
from core.intents.model import Intent, ParsedTurn
from core.protocol import ChangeData


def touched_day(result: AgentResult, op: ParsedTurn | None = None) -> int | None:
    """The trip day an operation changed last, else the day it named, else None."""
    data = result.response.data
    if isinstance(data, ChangeData) and data.diff:
        entry = data.diff[-1]
        day = entry.get("toDay", entry.get("day"))
        if isinstance(day, int):
            return day
    return day_said(op)[0] if op is not None else None


def on_earlier_day(op: ParsedTurn, day: int | None, days: Sequence[Day]) -> ParsedTurn:
    """`op` on `day` when it names no day and is about the day before it.

    An addition is; so is any request said with "that same day". An addition that names a
    stop the trip already has is not: that stop is found where it is ("borra X y pon el
    Kiyomizu a las 3" retimes the Kiyomizu, on its own day).
    """
    if day is None or op.day is not None or op.day_ref is not None:
        return op
    if op.same_day and op.intent is Intent.MOVE:
        unsaid = op.to_day is None and op.to_day_ref is None
        return op.model_copy(update={"to_day": day}) if unsaid else op
    if op.same_day:
        return op.model_copy(update={"day": day})
    if op.intent is not Intent.ADD:
        return op
    if op.query and named_stop(op.query, stops_of(days), kinds=False) is not None:
        return op
    return op.model_copy(update={"day": day})
