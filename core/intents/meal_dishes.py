"""A dish wished for beside a meal: what that meal's search looks for.

"for dinner the first night we really want to try laal maas", "for lunch on day 1 I want to
eat tofu cuisine", "la cena del sábado que sea de petiscos pa compartir", "pro almoço queria
experimentar feijoada": the remark readers take "we want to try …" off as a purpose of the
traveler's own (right when a place is named: "add X, we want to try the ramen"), which leaves
the meal with no search words, and any restaurant is offered.

Read after parsing, on the message as typed: an add for a meal with no search words of its own
(or only words of the wish, "we re dying") gets the dish the wish names. A wish for no dish
("we want to eat something cheap", "queremos comer algo barato") adds nothing.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn
from core.intents.place_words import KIND_WORDS, is_vague_query
from core.text import fold

_ARTICLES = (
    r"(?:(?:some|a|an|the|proper|real|authentic|good|un|una|unos|unas|el|la|los|las|um|uma|uns|"
    r"umas|o|os|as|algo\s+de|alguma\s+coisa\s+de|un\s+poco\s+de|um\s+pouco\s+de)\s+)*"
)
_DISH = (
    _ARTICLES + r"(?P<dish>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?)"
    r"(?:\s+(?:cuisine|food|dishes|comida))?"
    r"\s*(?=$|[,.!?;:]|\s+(?:please|pls|plz|for|on|at|in|tonight|that|this|with|when|if|"
    r"para|pa|pal|pra|pro|por|no|na|nos|nas|en|com|con|y|and|e|porfa|pf|pfv|entre|"
    r"between|because|since|como|que|q|which|ok|thanks|obrigad[oa]|gracias)\b)"
)
_WISH = re.compile(
    r"\b(?:(?:want|wants|wanna|wanted|like|love|keen|hoping|hope|dying|gonna|going|itching)"
    r"\s+(?:to\s+)?(?:try|taste|eat|have|sample)"
    r"|(?:quiero|queremos|quisiera|quisieramos|quiere|quieren|gustaria|vamos\s+a|"
    r"ganas\s+de)\s+(?:probar|comer|degustar)"
    r"|(?:quero|queremos|queria|queriamos|quer|querem|gostaria\s+de|gostariamos\s+de|"
    r"vontade\s+de)\s+(?:provar|comer|experimentar|degustar)"
    r"|\bque\s+(?:sea|sean|seja|sejam)\s+(?:de|con|com))\s+" + _DISH,
    re.IGNORECASE,
)
# What a wish names that is no dish: something vague, a meal, a time, the place itself.
_NO_DISH = frozenset(
    """something anything somewhere it there here that this them out fun time lunch dinner
    breakfast brunch meal meals algo alguna alguma coisa algun algum cena almuerzo desayuno
    comida jantar almoco janta cafe lo la aqui ali ahi alli""".split()
)


def dish_wished(ops: list[ParsedTurn], typed: str) -> list[ParsedTurn]:
    """Each meal add with no search words of its own, searching the dish the message wishes.

    Args:
        ops: the requests read from a message.
        typed: the message as typed (normalized), before remarks were taken off.

    Returns:
        The requests, a meal add searching "laal maas" when the traveler wants to try it.
    """
    wished = _WISH.search(fold(typed))
    if wished is None:
        return ops
    dish = wished.group("dish").strip()
    words = dish.split()
    if not words or words[0] in _NO_DISH or _NO_DISH.intersection(words[-1:]):
        return ops
    # the clause of the wish: "… num café irani? quero provar o bun maska" keeps "cafe irani"
    said = re.split(r"[,.!?;:]", fold(typed)[: wished.start("dish")])[-1]
    return [_with_dish(op, dish, said) for op in ops]


def _with_dish(op: ParsedTurn, dish: str, said_before: str) -> ParsedTurn:
    if op.intent is not Intent.ADD or op.meal is None or op.target is not None:
        return op
    # the search without the dish: only the wish's words ("we re dying", "gente quer provar")?
    query = fold(op.query or "").replace(dish, " ")
    # compared without spaces: folding took the apostrophe of "we're" off the typed words
    if set(query.split()) & KIND_WORDS:
        return op  # "num café irani? quero provar o bun maska": the kind asked stays
    if is_vague_query(query) or query.replace(" ", "") in said_before.replace(" ", ""):
        return op.model_copy(update={"query": dish})
    return op
