"""Emptying a whole day, said with a "whole" word or a remark beside it.

"vacia el dia 3 completo, lo dejamos libre", "limpia el primer dia entero porfa, llegamos muy
tarde", "can u empty friday? might do a day trip to st andrews": the rewrites make every
day-emptying verb (empty, clear out, wipe, free up, vaciar, limpiar, despejar, esvaziar,
limpar, liberar…) the grammar's "clear", and "clear day 3" empties day 3. What breaks that
reading is what stands beside it: a "whole" word the rules don't know ("completo", "entero",
"todinho") or a remark that the rules took for the item to remove. Read on the rules'
grammar, after the requests are split (core.intents.parse): when the message was read as one
removal of an item, and its first clause says "clear" and a day, the first clause without
its "whole" words is read again; a clear of that day is what the message asks. The editor
asks before removing more than one item.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn

Classify = Callable[[str, dt.date | None], ParsedTurn]

_CLAUSE = re.compile(r"\s*(?:[,;:!?]+|\.(?:\s+|$)|\s-+\s)\s*")
_CLEAR = re.compile(r"\b(?:clear|empty)\b", re.IGNORECASE)
_WHOLE_WORDS = loose(
    r"\b(?:the\s+)?(?:whole|entire|entirely|complete|completely|full|fully|"
    r"complet[oa]|completit[oa]|enter[oa]|enterit[oa]|inteir[oa]|inteirinh[oa]|todinh[oa]|"
    r"tod[oa]|tudo)\b(?:\s+of\b)?"
)


def day_cleared(
    ops: list[ParsedTurn], grammar: str, classify: Classify, today: dt.date | None
) -> list[ParsedTurn]:
    """The operations, a removal that empties a whole day read as that."""
    ops = _after_clearing(ops)
    if len(ops) != 1 or ops[0].intent is not Intent.REMOVE:
        return ops
    target = ops[0].target
    if target is None or target.every or target.node_type is not None:
        return ops
    clauses = [c for c in _CLAUSE.split(grammar) if c.strip()]
    if not clauses or not _CLEAR.search(clauses[0]):
        return ops
    bare = " ".join(_WHOLE_WORDS.sub(" ", clauses[0]).split())
    read = classify(bare, today)
    if (
        read.intent is Intent.REMOVE
        and read.target is not None
        and read.target.every
        and (read.day is not None or read.day_ref is not None)
    ):
        return [read]
    return ops


def _clears(op: ParsedTurn) -> bool:
    return op.intent is Intent.REMOVE and op.target is not None and op.target.every


def _after_clearing(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """A removal from a day the message empties just before says nothing more.

    "free up all of day 4, my cousin's visiting": the remark read as a second removal on day
    4 would only fail once the day is empty.
    """
    kept: list[ParsedTurn] = []
    for op in ops:
        same_day = [
            earlier
            for earlier in kept
            if _clears(earlier)
            and not earlier.target.node_type  # type: ignore[union-attr]
            and (earlier.day, earlier.day_ref) == (op.day, op.day_ref)
        ]
        if op.intent is Intent.REMOVE and not _clears(op) and same_day:
            continue
        kept.append(op)
    return kept
