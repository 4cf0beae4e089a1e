"""One message read as a whole, after its requests were read one by one.

Slots said beside the request: "its our anniversary on day 2!! somewhere romantic for dinner
pls" (the day is in a remark), "my partner is vegetarian, could you find us a place for
lunch?" (the diet is). Requests that only echo another ("…, add somewhere good"), a meal slot
then what to eat in it, "what have we got on friday", clearing everything on the one day
named, and "it" said of a place named just before.
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_named
from core.intents.day_words import day_refs
from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn
from core.intents.place_words import KIND_WORDS, is_vague_query
from core.intents.references import named_before
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


def with_message_slots(
    ops: list[ParsedTurn], grammar: str, typed: str | None = None
) -> list[ParsedTurn]:
    """The operations, the one add among them given the day and diet said elsewhere.

    `typed`: the message as typed (before the rewrites drop remarks), for "it" said of a
    place named in a remark.
    """
    ops = [_what_is_on(op) for op in meal_then_what(without_echoes(tidied(ops)))]
    ops = [_cleared_day(op, grammar) for op in ops]
    if len(ops) == 1:
        ops = [named_before(ops[0], typed or grammar)]
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


_NOT_FOOD = KIND_WORDS - frozenset(
    """restaurant cafe bar pub bakery coffee brunch breakfast lunch dinner food seafood fish
    sushi ramen tapas udon soba pizza burger tacos curry pastry dessert noodles steak grill
    italian japanese french chinese mexican peruvian goan indian thai korean greek arabic
    spanish portuguese sweets vegetarian vegan ice cream street food local food traditional
    ceviche wine beer cocktails whisky tea octopus shrimp prawns crab lobster oysters mussels
    sardines codfish chicken pork lamb duck rice soup salad cheese juice dumplings yemeni
    port wine izakaya""".split()
)


# A list item that speaks of people ("my mum's terrified of heights") is a remark, not a stop.
_ABOUT_PEOPLE = frozenset(
    fold(w)
    for w in """my our we i im i'm me mine his her their he she they mi mis nuestro nuestra
    nosotros yo meu minha meus minhas nosso nossa eu nos""".split()
)


def without_echoes(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """The operations, less those that only echo another.

    "…coffee on day 3, add somewhere good" adds one place; "remove the tower, my mum's
    terrified of heights" removes one.
    """
    if len(ops) < 2:
        return ops
    out: list[ParsedTurn] = []
    for op in ops:
        before = out[-1] if out else None
        if before is not None and _echoes(before, op):
            continue
        out.append(op)
    return out or ops


def _echoes(before: ParsedTurn, op: ParsedTurn) -> bool:
    if op.intent is Intent.ADD and before.intent is Intent.ADD:
        vague = is_vague_query(op.query)
        own_slots = op.meal or op.time or op.part_of_day or op.day_ref not in {None, before.day_ref}
        return vague and not own_slots and op.day in {None, before.day}
    if op.intent is Intent.REMOVE and before.intent is Intent.REMOVE and op.target is not None:
        words = fold(op.target.text or "").split()
        return bool(words) and words[0] in _ABOUT_PEOPLE
    return False


def meal_then_what(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """A meal slot said, then what to eat in it, as one add.

    "dinner on day 2 is empty, find us some thai food", "a janta do dia 2 tá sem nada. bota
    uma comida colombiana", "falta o almoço de terça, quero um ajiaco": the first names the
    slot (and no kind of place), the second the food; one place fills one slot.
    """
    out: list[ParsedTurn] = []
    for op in ops:
        slot = out[-1] if out else None
        if slot is not None and _fills(slot, op):
            out[-1] = slot.model_copy(
                update={"query": op.query, "browse": slot.browse or op.browse}
            )
            continue
        out.append(op)
    return out


def _fills(slot: ParsedTurn, food: ParsedTurn) -> bool:
    """Whether `food` says what to eat in the meal `slot` names."""
    if slot.intent is not Intent.ADD or food.intent is not Intent.ADD or slot.meal is None:
        return False
    if kinds_named(slot.query or "") or not food.query or food.meal is not None:
        return False
    if food.time or food.part_of_day or food.day not in {None, slot.day}:
        return False
    if food.day_ref not in {None, slot.day_ref}:
        return False
    return not set(kinds_named(food.query)) & _NOT_FOOD


# "o que eu tenho pra amanhã?", "o que tá marcado pra hoje", "what have we got on friday":
# an add whose search is only these words asks what is on that day.
_ON_THE_DAY = frozenset(
    fold(w)
    for w in """what whats wat que qué o oq q eu we i you u have got has is are on planned
    scheduled booked tenho temos tem tengo tenemos tienes tiene hay ta tá esta está marcado
    marcada planeado planejado programado agendado reservado pra para pro pa for there""".split()
)


def _what_is_on(op: ParsedTurn) -> ParsedTurn:
    words = fold(op.query or "").split()
    if op.intent is not Intent.ADD or not words or op.meal is not None:
        return op
    if words[0] not in {"what", "whats", "wat", "que", "oq", "q", "o"}:
        return op
    if (op.day is None and op.day_ref is None) or not set(words) <= _ON_THE_DAY:
        return op
    return ParsedTurn(intent=Intent.SHOW, day=op.day, day_ref=op.day_ref)


def _cleared_day(op: ParsedTurn, grammar: str) -> ParsedTurn:
    """Clearing everything, with no day of its own, is about the one day the message names.

    'el martes dejalo en blanco, cancelá todo lo q hay' clears Tuesday, never the whole trip.
    """
    if op.intent is not Intent.REMOVE or op.target is None or not op.target.every:
        return op
    if op.day is not None or op.day_ref is not None or op.target.node_type is not None:
        return op
    days = {int(found.value) for found in find_days(grammar)}
    refs = set(day_refs(grammar))
    if len(days) == 1 and not refs:
        return op.model_copy(update={"day": days.pop()})
    if len(refs) == 1 and not days:
        return op.model_copy(update={"day_ref": refs.pop()})
    return op


def _diet_unsaid(grammar: str, op: ParsedTurn) -> str | None:
    """A diet the message names but the add's search doesn't, when the add is for food."""
    query = fold(op.query or "")
    if op.meal is None and not (_FOOD_HINTS & set(query.split())):
        return None
    for diet, pattern in _DIETS.items():
        if pattern.search(grammar) and not pattern.search(query):
            return diet
    return None
