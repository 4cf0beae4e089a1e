"""Asking to see options: "options for dinner on day 3?", "sugiéreme museos pal jueves".

"tem opções de café pra manhã do dia 4?", "what cafes are there for day 4? show me".

A traveler who asks for options, suggestions or "what X are there" wants to choose: the answer
is cards, never a place added on their behalf, and never the day's plan. Read on the message
as typed (before the rewrites, which turn "muéstrame" into "show"), in the three languages; it
applies only when the message names a kind of place or a meal, so "show me day 2" and "what
are my options?" stay what they were.
"""

from __future__ import annotations

import re

from core.intents.day_words import find_when
from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn
from core.intents.place_words import KIND_WORDS, TRANSLATIONS, search_terms
from core.intents.slots import find_days, find_meal
from core.text import fold

_ASKS_FOR_OPTIONS = loose(
    r"\b(?:options?|choices|suggestions?|ideas|recommendations?|recs|alternatives|"
    r"suggest|recommend|show\s+me|what\s+(?:\w+\s+){1,3}(?:are|r)\s+there|"
    r"any\s+(?:good|nice|decent|cool|great)\s+\w+|give\s+(?:me|us)\s+(?:a\s+few|some)|"
    r"what(?:'s|s|\s+is)\s+good\s+for|where\s+(?:can|should|could)\s+(?:we|i)\s+"
    r"(?:eat|go|grab|get)|"
    r"opciones|sugerencias?|recomendaciones?|sugier\w*|sugerime|recomi?end\w*|muestrame|"
    r"mostrame|ensename|que\s+(?:\w+\s+){1,2}hay|que\s+hay\s+de\s+bueno|donde\s+(?:podemos|puedo|"
    r"se\s+puede)\s+(?:comer|ir|cenar|almorzar|desayunar)|"
    r"opcoes|opcao|sugestoes|sugestao|ideias|recomendacoes|suger\w*|sugir\w*|indica\w*|"
    r"mostra(?:-me|-nos|r)?|me\s+mostra|quais\s+(?:\w+\s+){1,2}(?:tem|ha|existem)|"
    r"o\s+que\s+tem\s+de\s+bom|onde\s+(?:posso|podemos|da\s+pra)\s+(?:comer|ir|jantar|almocar))\b"
)
# Intents a question for options is mistaken for when it has no verb of adding.
_MISREAD = frozenset({Intent.SHOW, Intent.EXPLAIN, Intent.UNKNOWN, Intent.INFO})


def asks_for_options(text: str, grammar: str | None = None) -> bool:
    """True when the message asks to see options of a kind of place or a meal.

    `grammar`: the message in the rules' grammar, where "brekkie" and "almuerzo" are meals.
    """
    return bool(_ASKS_FOR_OPTIONS.search(text)) and (
        bool(kinds_named(text)) or find_meal(grammar or text) is not None
    )


def kinds_named(text: str) -> list[str]:
    """The kinds of places a text names, as the English words place data uses.

    "restaurantes de peixe" → ["restaurant", "fish"].
    """
    words = search_terms(fold(text)).split()
    found: list[str] = []
    for index, word in enumerate(words):
        pair = " ".join(words[index : index + 2])
        for kind in (pair, word, word.removesuffix("s")):
            if kind in KIND_WORDS and kind not in found:
                found.append(kind)
                break
    return found


def as_browsing(ops: list[ParsedTurn], typed: str, grammar: str) -> list[ParsedTurn]:
    """The operations of a message that asks for options, as browsing.

    Adds become cards to choose from; a lone question or show about a kind of place becomes
    such an add.
    """
    if not asks_for_options(typed, grammar):
        return ops
    if any(op.intent is Intent.ADD for op in ops):
        browsing = [_browsing(op) if op.intent is Intent.ADD else op for op in ops]
        # "any good brunch spots? give me a few options": the second sentence asks nothing new
        kept = [op for op in browsing if op.intent is not Intent.ADD or op.query or op.meal]
        return kept or browsing
    if len(ops) != 1 or ops[0].intent not in _MISREAD:
        return ops
    meal = find_meal(grammar)
    kinds = kinds_as_typed(typed, skip=_MEAL_WORDS if meal is not None else frozenset())
    when = find_when(grammar)
    days = find_days(grammar)
    return [
        ParsedTurn(
            intent=Intent.ADD,
            query=" ".join(kinds) or None,
            meal=meal,
            day=int(days[0].value) if days else None,
            day_ref=when.day_ref,
            part_of_day=when.part_of_day,
            browse=True,
        )
    ]


def kinds_as_typed(text: str, skip: frozenset[str]) -> list[str]:
    """The words of a text that name a kind of place, as typed ("restaurantes", "peixe").

    The answer echoes the traveler's words, not the data's; a kind said in several words
    ("frutos do mar", "comida de rua") stays whole.
    """
    tokens = re.findall(r"[^\W\d_]+", text)
    out: list[str] = []
    index = 0
    while index < len(tokens):
        for size in (3, 2, 1):
            phrase = " ".join(tokens[index : index + size])
            if index + size > len(tokens) or (size > 1 and fold(phrase) not in TRANSLATIONS):
                continue
            kinds = kinds_named(phrase)
            if kinds and not set(kinds) <= skip:
                if phrase not in out:
                    out.append(phrase)
                index += size
                break
        else:
            index += 1
    return out


def _browsing(op: ParsedTurn) -> ParsedTurn:
    """An add as browsing, the words that asked for options no part of its search.

    "qué opciones de playa hay" searches "beach"; "options for dinner" the meal alone.
    """
    query = op.query
    if query and _ASKS_FOR_OPTIONS.search(query):
        query = " ".join(kinds_as_typed(query, frozenset())) or None
    return op.model_copy(update={"browse": True, "query": query})


_MEAL_WORDS = frozenset({"breakfast", "brunch", "lunch", "dinner", "food"})
