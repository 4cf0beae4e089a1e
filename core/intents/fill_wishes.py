"""The wish of a meal slot to fill, in the rules' words, also when said in a clause of its own.

Travelers name the empty meal first and what they want after: "falta o jantar de segunda,
sugere um vegetariano", "o almoço de quarta tá vazio, indica algo baratinho", "dinner on
monday is missing, suggest something cheap". The fill reader (core.intents.fill_words) reads
the slot and a wish said with "com"/"with" only, in the words typed: "preenche o jantar com
algo barato" kept "barato" as a search word, which place data does not have.

Here, after the fill is read: a wish said in the clause after the slot ("…, sugere/indica/
escolhe/recomenda um X") is the fill's wish when it had none; and the wish is put in the rules'
grammar (the caller's `to_grammar`: "barato" → "cheap", "bem avaliado" → "well-rated"), its
price, rating and "open now" read as preferences and the rest kept as the search words.
"""

from __future__ import annotations

from collections.abc import Callable

from core.intents.lexicon import loose
from core.intents.model import ParsedTurn
from core.intents.place_words import is_vague_query
from core.intents.preferences import find_preferences
from core.text import fold

# "…, sugere um vegetariano", "…, me indica algo barato", "…, suggest something cheap".
_ASKED_AFTER = loose(
    r"[,;.!?]\s*(?:(?:e|and|y|entao|so)\s+)?(?:(?:vc|voce|tu|you)\s+)?(?:me\s+|nos\s+)?"
    r"(?:sugere|sugira|sugerir|indica|indique|indicar|escolhe|escolha|escolher|recomenda|"
    r"recomende|recomendar|arranja|arranje|ve|acha|busca|procura|manda|sugiere|recomienda|"
    r"elige|busca|suggest|pick|recommend|find|choose|get)(?:-(?:me|nos))?\s+"
    r"(?:(?:ai|la|pra\s+mim|pra\s+gente|para\s+mim|pa\s+mi|me|us)\s+)?"
    r"(?:(?:um|uma|algo|alguma\s+coisa|um\s+lugar|uns|umas|un|una|algun|alguno|alguna|"
    r"something|somewhere|a|an|one|some|a\s+place)\s+)?(?P<wish>[^\W\d][\w ]*?)"
    r"\s*(?:(?:pfv|pf|pls|please|porfa|por\s+favor|se\s+faz\s+favor|ai|la)\s*)?[.!?]*$"
)
# Words that only point at the slot again ("sugere um", "indica algo pra mim").
_ONLY_POINTING = frozenset(
    "lugar sitio coisa place spot one ai la pra mim gente pfv pls please porfa".split()
)


def with_fill_wish(fill: ParsedTurn, said: str, to_grammar: Callable[[str], str]) -> ParsedTurn:
    """`fill` with its wish in the rules' words: search words and preferences.

    `said`: the message as typed (normalized); `to_grammar`: a phrase in the rules' grammar.
    """
    wish = fill.query
    if not wish and (after := _ASKED_AFTER.search(said.lower())):
        words = [w for w in fold(after.group("wish")).split() if w not in _ONLY_POINTING]
        wish = " ".join(words) or None
    if not wish:
        return fill
    preferences, rest = find_preferences(to_grammar(wish))
    query = " ".join(rest.split())
    update: dict[str, object] = {"query": None if is_vague_query(query) else query}
    if preferences is not None and fill.preferences is None:
        update["preferences"] = preferences
    return fill.model_copy(update=update)
