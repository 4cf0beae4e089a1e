"""A kind of place wished for, then a place of that kind named: one request, the named place.

"fixin to see me some forts. put Jaigarh Fort on day 3", "we're mad about beaches - add
Baga Beach on monday": the first sentence
tells what the traveler is after, the next picks the place. Read as two adds, the service
would offer forts to choose from and add one beside the named fort. Only when the named
place's own name says the kind (Jaigarh *Fort*), the first add has no meal nor clock time of
its own, its kind is said as many ("forts", not "a fort") and its day is the named place's
or none; otherwise both stay ("add a temple and Golden Temple"). Pure, no I/O.
"""

from __future__ import annotations

from core.intents.browse import kinds_named
from core.intents.model import Intent, ParsedTurn


def _of_that_kind(wished: ParsedTurn, named: ParsedTurn) -> bool:
    if wished.intent is not Intent.ADD or named.intent is not Intent.ADD:
        return False
    if not wished.query or not named.query or wished.meal or wished.time:
        return False
    if wished.day not in {None, named.day} or wished.day_ref not in {None, named.day_ref}:
        return False
    # a kind said as many ("some forts", "beaches"): a wish, not "a temple" of its own
    kinds = [
        kind
        for kind in kinds_named(wished.query)
        if any(w != kind and w.startswith(kind) for w in wished.query.lower().split())
    ]
    name = named.query.split()
    # a name: more words than the kind, one of them written with a capital
    if not kinds or len(name) < 2 or not any(word[:1].isupper() for word in name):
        return False
    return bool(set(kinds) & set(kinds_named(named.query)))


def named_after_kind(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """`ops` without an add of a kind that the next add names a place of."""
    return [
        op
        for index, op in enumerate(ops)
        if index + 1 >= len(ops) or not _of_that_kind(op, ops[index + 1])
    ]
