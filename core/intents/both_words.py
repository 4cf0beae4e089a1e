"""A day or a time said of every request before it: "both on friday", "ambos el viernes".

Why: each clause keeps its own day and time (core.intents.clause_spans, day_sharing), so a day
said in the last clause never reaches the requests before it, unless the traveler says it is
for all of them: "add the museum and the park, both on friday", "pon el museo a las 10 y el
parque a las 12, los dos el viernes", "coloca o museu e o parque, os dois na sexta". The words
are taken off the message (in the rules' grammar) and their day and time go to every request
that has none of its own.
"""

from __future__ import annotations

import re

from core.intents.day_words import find_when
from core.intents.model import ParsedTurn
from core.intents.slots import find_days, find_times

_BOTH = re.compile(
    r"\s*,?\s*\b(?:both|all\s+of\s+them|the\s+two(?:\s+of\s+them)?|ambos|ambas|los\s+dos|"
    r"las\s+dos|todos|os\s+dois|as\s+duas|ambos\s+os|todos\s+eles)\s+(?P<when>[^,;.!?]+?)[\s.!?]*$",
    re.IGNORECASE,
)


def said_of_both(grammar: str) -> tuple[str, str | None]:
    """The message without a closing "both <when>", and that <when> (None: not said)."""
    found = _BOTH.search(grammar)
    if found is None or found.start() == 0:
        return grammar, None
    when = found["when"]
    if not (find_days(when) or find_times(when) or find_when(when).day_ref):
        return grammar, None  # "both of us", "ambos vegetarianos": not a when
    return grammar[: found.start()], when


def for_both(ops: list[ParsedTurn], when: str | None) -> list[ParsedTurn]:
    """Every request given the day and time said of them all, where it has none of its own."""
    if when is None:
        return ops
    said = find_when(when)
    days, times = find_days(when), find_times(when)
    out: list[ParsedTurn] = []
    for op in ops:
        update: dict[str, object] = {}
        if op.day is None and op.day_ref is None:
            if days:
                update["day"] = int(days[0].value)
            elif said.day_ref:
                update["day_ref"] = said.day_ref
        if op.time is None and times:
            update["time"] = str(times[-1].value)
        if op.part_of_day is None and said.part_of_day and op.time is None:
            update["part_of_day"] = said.part_of_day
        out.append(op.model_copy(update=update) if update else op)
    return out
