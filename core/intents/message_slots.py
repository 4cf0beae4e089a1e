"""Slots said beside the request, in another sentence of the same message.

"its our anniversary on day 2!! somewhere romantic for dinner pls": the day is in a remark,
the request has none. "my partner is vegetarian, could you find us a place for lunch?": the
diet is in a remark, the search has none. A message with one add takes them both.
"""

from __future__ import annotations

import re

from core.intents.day_words import day_refs
from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn
from core.intents.slots import find_days
from core.text import fold

_DIETS = {
    "vegetarian": loose(r"\b(?:vegetarian[oa]?s?|veggie|vegetarianos|veg)\b"),
    "vegan": loose(r"\b(?:vegan[oa]?s?)\b"),
    "halal": loose(r"\bhalal\b"),
    "kosher": loose(r"\bkosher\b"),
    "gluten free": loose(r"\b(?:gluten[\s-]free|celiac[oa]?|sin\s+gluten|sem\s+gluten|coeliac)\b"),
}
_FOOD_HINTS = frozenset({"restaurant", "cafe", "food", "place", "spot", "eat", "lunch", "dinner"})


# Words a search phrase can't end on: what was joined to it went elsewhere ("vegetariano e
# barato" leaves "vegetariano and" once "barato" is a wish; "especial pq é…" leaves "por que").
_DANGLING = re.compile(
    r"(?:\s+(?:and|or|with|but|y|e|o|ou|con|com|pero|mas|por\s+que|porque|pq|que|q|also|too|"
    r"then|plus))+\s*$",
    re.IGNORECASE,
)


def tidied(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """The operations, their search phrases without a dangling connector at the end."""
    out = []
    for op in ops:
        query = _DANGLING.sub("", op.query).strip() if op.query else op.query
        out.append(op.model_copy(update={"query": query or None}) if query != op.query else op)
    return out


def with_message_slots(ops: list[ParsedTurn], grammar: str) -> list[ParsedTurn]:
    """The operations, the one add among them given the day and diet said elsewhere."""
    ops = tidied(ops)
    adds = [i for i, op in enumerate(ops) if op.intent is Intent.ADD]
    if len(adds) != 1 or len(ops) != 1:
        return ops
    op = ops[adds[0]]
    update: dict[str, object] = {}
    if op.day is None and op.day_ref is None:
        days = {int(found.value) for found in find_days(grammar)}
        refs = set(day_refs(grammar))
        if len(days) == 1 and not refs:
            update["day"] = days.pop()
        elif len(refs) == 1 and not days:
            update["day_ref"] = refs.pop()
    diet = _diet_unsaid(grammar, op)
    if diet is not None:
        update["query"] = f"{diet} {op.query}" if op.query else diet
    return [op.model_copy(update=update)] if update else ops


def _diet_unsaid(grammar: str, op: ParsedTurn) -> str | None:
    """A diet the message names but the add's search doesn't, when the add is for food."""
    query = fold(op.query or "")
    if op.meal is None and not (_FOOD_HINTS & set(query.split())):
        return None
    for diet, pattern in _DIETS.items():
        if pattern.search(grammar) and not pattern.search(query):
            return diet
    return None
