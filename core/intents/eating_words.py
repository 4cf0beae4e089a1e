"""Eating said as what to search for: food, or the meal the verb names.

"need somewhere cheap for scran", "algo barato pra cumê", "anywhere cheap for food", "algo
barato pa papear": the rules keep the words after "somewhere"/"algo" as the search, and place
data has no "scran" or "cumê". A search made only of words for eating (and the little words
around them) asks for somewhere to eat: a restaurant, in the language it was said in. One made
of a meal's verb ("pra almoçar", "fo dinnah") asks for that meal, with no search words.

Read after parsing, on each add's search words, so every phrasing that leaves them there is
covered, whatever the clause around them.
"""

from __future__ import annotations

from core.intents.model import Intent, Meal, ParsedTurn
from core.text import fold

# Words for eating or food in everyday and regional speech (folded, accents off).
_EATING = frozenset(
    """eat eats eating food foods scran grub nosh tucker chow bite munch munchies comer comida
    comidinha cume cumer rango papear manduca bocado boia rangar""".split()
)
# A meal's verb or noun as said, spoken forms with it ("dinnah", "almoça", "jantá").
_MEALS: dict[str, Meal] = {
    **dict.fromkeys("breakfast brekkie brekky desayunar desayuno".split(), Meal.BREAKFAST),
    **dict.fromkeys("lunch almorzar almuerzo almocar almoca almoco".split(), Meal.LUNCH),
    **dict.fromkeys("dinner dinnah dinna supper cenar cena jantar janta".split(), Meal.DINNER),
}
# The little words around them: "for", "pra", "to", "tem", "la" (a Scouse "mate").
_AROUND = frozenset(
    """for fo to a some something somewhere anywhere anything place spot lugar lugarzinho
    sitio pra pa para p de do da tem ter hay algo alguma coisa la lah good decent proper
    quick rapido rapidinho right now ahora ahorita agora mismo ya ja""".split()
)


def eating_searched(ops: list[ParsedTurn], language: str | None) -> list[ParsedTurn]:
    """Each add whose search is only eating: a restaurant, or the meal its verb names.

    Args:
        ops: the requests read from a message.
        language: the message's language ("en", "es", "pt" or None).

    Returns:
        The requests, an add searching "for scran" now searching a restaurant.
    """
    return [_read(op, language) for op in ops]


def _read(op: ParsedTurn, language: str | None) -> ParsedTurn:
    if op.intent is not Intent.ADD or not op.query or op.target is not None:
        return op
    words = [w for w in fold(op.query).split() if w not in _AROUND]
    if not words and op.meal is not None:
        return op.model_copy(update={"query": None})  # "um lugar barato pra jantar"
    if not words and op.preferences is not None and op.preferences.open_now:
        words = ["food"]  # "hay algo abierto ahora mismo?": somewhere to eat, open now
    if not words or len(words) > 2:
        return op
    meals = {_MEALS[w] for w in words if w in _MEALS}
    if len(meals) == 1 and all(w in _MEALS or w in _EATING for w in words):
        meal = meals.pop()
        if op.meal in {None, meal}:
            return op.model_copy(update={"query": None, "meal": meal})
        return op
    if all(w in _EATING for w in words):
        # The kind stays in the traveler's language: the search phrase is echoed in the answer.
        kind = "restaurant" if language in {"en", None} else "restaurante"
        return op.model_copy(update={"query": kind})
    return op
