"""A meal asked for with a remark beside the food: the remark is a wish or nothing, never a search.

Travelers say why beside what: "um restaurante barato pra jantar na quinta, sou estudante ne",
"a janta tem q ser num lugar romantico, é nossa lua de mel", "pa cenar el jueves algo con
buena nota, nada cutre", "janta de terça num izakaya com saquê, nada muito caro". The grammar
keeps those words in the search phrase, which then finds nothing or falls back to any dinner.

Read here, after parsing, on adds for a meal (or for food):
- who is asking ("sou estudante", "soy estudiante", "we're students") → cheap, when no price
  was said;
- the occasion ("lua de mel", "luna de miel", "honeymoon", "aniversario") → "romantic";
- the rating ("buena nota", "bem avaliado", "best rated", "good reviews") → 4.5 stars or more;
- modesty ("nada cutre", "nada muito caro", "not too pricey") → a price level, not the words;
- hunger ("starving", "morrendo de fome") and connectors left behind → nothing;
- a diminutive of a kind of food ("udonzinho", "tacitos", "sushizinho") → the kind.

Also, a message that names a meal, a day and food but reads as a question about the day
("frutos do mar pro jantar de sexta, o que tem?", "whats the best rated seafood place? for
thursday dinner") is an add that offers places of that food for that meal.
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_named
from core.intents.day_words import day_refs
from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn, Preferences
from core.intents.slots import find_days, find_meal
from core.text import fold

_CHEAP = loose(
    r"\b(?:(?:sou|somos|soy|semos)\s+(?:um\s+|una?\s+)?estudiantes?|"
    r"(?:sou|somos)\s+estudantes?|(?:i'?\s*m|i\s+am|we'?\s*re|we\s+are)\s+(?:a\s+)?students?|"
    r"(?:on\s+a\s+)?(?:student|tight)\s+budget|(?:sin|sem)\s+(?:plata|grana|dinero|dinheiro)|"
    r"(?:ando|to|tou|estou|estoy)\s+(?:liso|lisa|duro|dura|quebrad[oa]|pelad[oa]|broke)|"
    r"(?:we'?\s*re|i'?\s*m)\s+broke)\b(?:\s+(?:ne|né|eh|jaja|kkk+|lol|haha))?"
)
_MODEST = loose(
    r"\b(?:nada\s+(?:muito\s+|muy\s+|tan\s+|tao\s+|demasiado\s+)?(?:caro|cara|cutre|carisimo)|"
    r"not\s+(?:too\s+|that\s+|super\s+)?(?:pricey|expensive|dear))\b"
)
# "nada muito caro" read as "caro" by the price reader leaves "nada muito" in the search.
_CUT_SHORT = loose(r"\b(?:nada|not)(?:\s+(?:muito|muy|tan|tao|too|that))?\s*$")
_ROMANTIC = loose(
    r"\b(?:(?:e|es|is|it'?s|its)\s+)?(?:(?:nossa|nuestra|nuestro|nosso|our)\s+)?"
    r"(?:lua\s+de\s+mel|luna\s+de\s+miel|honeymoon|aniversario|anniversary)\b"
)
_RATED = loose(
    r"\b(?:(?:con|com|with)\s+)?(?:(?:buena|boa|alta|good|great)\s+(?:nota|reputacion|reputacao|"
    r"reviews?|ratings?|resenas?|avaliac(?:ao|oes))|(?:bem|bien|muy\s+bien|best|top|highly|well)"
    r"[\s-](?:avaliad[oa]s?|valorad[oa]s?|calificad[oa]s?|rated|reviewed))\b"
)
_BEST = loose(r"\b(?:best|mejor|mejores|melhor|melhores|top)\b")
_A_STOP = loose(
    r"\b(?:the|el|la|o)\s+(?:\w+\s+){0,2}(?:place|spot|restaurant|restaurante|sitio|lugar)\b"
)
_HUNGER = loose(
    r"\b(?:(?:we'?\s*ll\s+be|we'?\s*re|i'?\s*m|estamos|estoy|to|tou|estou|tamo)\s+)?"
    r"(?:starving|famished|morrendo\s+de\s+fome|muertos?\s+de\s+hambre|con\s+hambre|com\s+fome)\b"
)
# What a remark leaves around the food: "tem q ser num lugar …daí", "ultima noite a".
_LEFT = frozenset(
    fold(w)
    for w in """tem que ser q tiene tiene ha de must be should has to algo something somewhere
    daí dai ai ahi ne né eh pls please porfa por favor se faz favor a o el la um uma un una
    cual cuál qual what whats which es is""".split()
)
_DIMINUTIVE = re.compile(r"\b(\w{3,}?)(?:zinh[oa]s?|cit[oa]s?|it[oa]s?|inh[oa]s?)\b", re.IGNORECASE)


def meal_remarks(ops: list[ParsedTurn], grammar: str, said: str) -> list[ParsedTurn]:
    """The operations, a meal's remarks read as wishes, and a meal question as its add.

    `said`: the message before the language's rewrites ("nada muito caro" is still there).
    """
    if len(ops) == 1:
        ops = [_asked_as_question(ops[0], grammar)]
    return [_wished(op, said) if _for_food(op) else op for op in ops]


def _for_food(op: ParsedTurn) -> bool:
    if op.intent is not Intent.ADD or not op.query:
        return False
    return op.meal is not None or "restaura" in fold(op.query)


def _wished(op: ParsedTurn, op_said: str) -> ParsedTurn:
    query = op.query or ""
    prefs = op.preferences or Preferences()
    update: dict[str, object] = {}
    if _CHEAP.search(query):
        query = _CHEAP.sub(" ", query)
        if prefs.price_levels is None:
            prefs = prefs.model_copy(update={"price_levels": (0, 1)})
    if _MODEST.search(query) or (_MODEST.search(op_said) and _CUT_SHORT.search(query)):
        query = _CUT_SHORT.sub(" ", _MODEST.sub(" ", query))
        if prefs.price_levels is None or min(prefs.price_levels) >= 3:
            prefs = prefs.model_copy(update={"price_levels": (0, 1, 2)})
    if _RATED.search(query):
        query = _RATED.sub(" ", query)
        prefs = prefs.model_copy(update={"min_rating": max(prefs.min_rating or 0, 4.5)})
    if _ROMANTIC.search(query):
        query = _ROMANTIC.sub(" ", query)
        if "romantic" not in kinds_named(query):
            query = f"romantic {query}"
    query = _HUNGER.sub(" ", query)
    query = _DIMINUTIVE.sub(_undiminished, query)
    words = query.replace(",", " ").split()
    while words and fold(words[-1]) in _LEFT:
        words.pop()
    while words and fold(words[0]) in _LEFT:
        words.pop(0)
    if kinds_named(" ".join(words)):
        words = [w for w in words if fold(w) not in _LEFT]
    cleaned = " ".join(words)
    if cleaned != op.query:
        update["query"] = cleaned or None
    if prefs != (op.preferences or Preferences()):
        update["preferences"] = prefs
    return op.model_copy(update=update) if update else op


def _undiminished(match: re.Match[str]) -> str:
    """'udonzinho' → 'udon' when the stem is a kind of place; otherwise the word as said."""
    stem = match.group(1)
    if fold(stem).endswith("es"):
        return match.group(0)  # "francesinha": of a nationality ("francês"), a dish's own name
    for candidate in (stem, stem + "o", stem + "a", stem + "s"):
        if kinds_named(candidate):
            return candidate
    return match.group(0)


_FOOD_EXCLUDED = frozenset(
    {"museum", "park", "beach", "church", "temple", "market", "shop"}
    | {"breakfast", "brunch", "lunch", "dinner", "food"}
)


def _asked_as_question(op: ParsedTurn, grammar: str) -> ParsedTurn:
    """'frutos do mar pro jantar de sexta, o que tem?': an add of that food for that meal."""
    if op.intent not in {Intent.UNKNOWN, Intent.SHOW, Intent.EXPLAIN}:
        return op
    if op.target is not None and not kinds_named(op.target.text or ""):
        return op
    if op.intent is Intent.EXPLAIN and not _BEST.search(grammar):
        return op
    if _A_STOP.search(grammar) and not _BEST.search(grammar):
        return op  # "is the seafood place on day 3 good for dinner?" asks of a stop
    meal = find_meal(grammar)
    kinds = [k for k in kinds_named(grammar) if k not in _FOOD_EXCLUDED]
    if meal is None or not kinds:
        return op
    days = {int(found.value) for found in find_days(grammar)}
    refs = set(day_refs(grammar))
    if len(days) + len(refs) != 1:
        return op
    prefs = Preferences(min_rating=4.5) if _RATED.search(grammar) else None
    return ParsedTurn(
        intent=Intent.ADD,
        query=" ".join(kinds),
        meal=meal,
        day=days.pop() if days else None,
        day_ref=refs.pop() if refs else None,
        preferences=prefs,
        browse=True,
    )
