"""Taking a whole day off the trip, with a reason said beside it.

"tira o dia 4, vou ter q voltar antes": the reason is no item to find; the first clause alone
is the request. "o último dia vai ser só aeroporto, pode tirar ele da viagem": "it", taken
off the trip, is the one day the message names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn
from core.intents.slots import find_days
from core.text import fold

Classify = Callable[[str, dt.date | None], ParsedTurn]

_CLAUSE = re.compile(r"\s*[,;:.!?]+\s*")
_IT = frozenset({"it", "that", "this"})
_OFF_THE_TRIP = loose(r"\b(?:from|off)\s+(?:the|my|our)\s+(?:trip|itinerary)\b")
# "pode tirar ele da viagem", "take it off the trip": the day named is what goes.
_IT_OFF_THE_TRIP = loose(
    r"\b(?:remove|take|drop|cut)\s+(?:it|that|this)\s+(?:out\s+)?(?:from|off)\s+(?:the|my|our)\s+"
    r"(?:trip|itinerary)\b"
)


def day_removed(
    ops: list[ParsedTurn], grammar: str, classify: Classify, today: dt.date | None
) -> list[ParsedTurn]:
    """The operations, a removal that takes a whole day off read as that."""
    if len(ops) == 1 and _IT_OFF_THE_TRIP.search(grammar):
        days = {int(found.value) for found in find_days(grammar)}
        if len(days) == 1:
            return [ParsedTurn(intent=Intent.REMOVE_DAYS, day=days.pop())]
    if len(ops) != 1 or ops[0].intent is not Intent.REMOVE or ops[0].target is None:
        return ops
    op, target = ops[0], ops[0].target
    clauses = [c for c in _CLAUSE.split(grammar) if c.strip()]
    if op.day is not None and len(clauses) > 1:
        first = classify(clauses[0], today)
        if first.intent is Intent.REMOVE_DAYS:
            return [first]
    if fold(target.text or "") in _IT and _OFF_THE_TRIP.search(grammar):
        days = {int(found.value) for found in find_days(grammar)}
        if len(days) == 1:
            return [ParsedTurn(intent=Intent.REMOVE_DAYS, day=days.pop())]
    return ops
