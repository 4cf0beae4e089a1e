"""Two days exchanged, said as a replacement or as "and the other way round".

Travelers swap days with the verbs they use for replacing ("cambia el lunes x el miércoles",
"change day 1 for day 3", "troca segunda c/ quarta", "cambia el 1 por el 3"), or spell the
swap out ("lo del lunes pal miércoles y al revés", "move monday to wednesday and vice versa").
Read from a message already in the rules' grammar (core.intents.parse.canonical): weekdays
read "on monday", "x"/"por" read "with". Only a message that names two days and nothing else
of the trip is a swap: "cambia el almuerzo del lunes por el del miércoles" is not.
"""

from __future__ import annotations

import re

from core.intents.chat_tags import untagged
from core.intents.day_words import day_refs
from core.intents.model import Intent, ParsedTurn
from core.text import fold

# Borrowed verbs bend like native ones: "swapea", "swappa", "switchea", "swapping".
_CHANGE = (
    r"(?:change|replace|swap\w*|switch\w*|exchange|interchange|intercambi\w*|invert\w*|"
    r"inviert\w*|cambi\w*|troc\w*|mud\w*)(?:\s+(?:up|round|around))?"
)
_LINK = r"(?:with|for|by|and|w/?|c/?|x|por|pelo|pela|con|com|y|e|&)"
_ARTICLES = r"(?:(?:the|el|la|lo|o|a|day|dia|on|de|del|do|da)\s+)*"
_NUMBERED = re.compile(
    rf"^(?:(?:pls|please|can\s+you|could\s+you|porfa|ai)\s+)?{_CHANGE}\s+{_ARTICLES}"
    rf"(?P<a>\d{{1,2}})\s+{_LINK}\s+{_ARTICLES}(?P<b>\d{{1,2}})\b\s*(?:pls|please|porfa)?$"
)
_NAMED = re.compile(
    rf"^(?:(?:pls|please|can\s+you|could\s+you|porfa)\s+)?{_CHANGE}\s+{_ARTICLES}"
    rf"(?P<a>[a-z]+day)(?:\s+(?:plans?|stuff|things|schedule))?\s+{_LINK}\s+{_ARTICLES}(?P<b>[a-z]+day)\b"
)
# "voltéame el día 2 con el 3", "bira a quarta com a quinta", "flip monday with tuesday": one
# day paired with another by "with" is an exchange, whatever the verb (slang, dialect, typo).
_PAIRED = re.compile(
    rf"^[a-z]+\s+{_ARTICLES}(?:(?P<a>\d{{1,2}})|(?P<wa>[a-z]+day))\s+(?:with|w/?|c/)\s+"
    rf"{_ARTICLES}(?:(?P<b>\d{{1,2}})|(?P<wb>[a-z]+day))$"
)
# "… and vice versa", "… y al revés", "… e vice-versa", "… and back".
_BOTH_WAYS = re.compile(
    r"\b(?:vice\s*-?\s*versa|viceversa|(?:and|y|e)\s+(?:al|ao)\s+(?:reves|contrario)|"
    r"the\s+other\s+way\s+(?:round|around)|(?:and|y|e)\s+back)\b"
)
# What a spelled-out swap may say besides its two days.
_PADDING = frozenset(
    """change replace swap switch exchange move put the el la lo los las o a os as de del do da
    on to with for and y e i mean o sea ou seja tipo like what s is of stuff plans plan things
    que q lo pal pa pra pro para al ao reves contrario vice versa viceversa back other way
    round around day dia days dias pls please porfa what do i we have has got there tem temos
    all everything everything planned thing things""".split()
)


def exchanged_days(body: str) -> ParsedTurn | None:
    """The swap of two days a replacement-like message asks for, or None."""
    folded = re.sub(r"\b(\w+day)s\b", r"\1", fold(body).strip(" .!?"))  # "monday's stuff"
    head = re.split(r"\s*,\s*|\s+(?:o\s+sea|ou\s+seja|i\s+mean|ie|i\.e\.)\s+", folded)[0]
    if match := _NUMBERED.match(head):
        first, second = int(match["a"]), int(match["b"])
        if first != second:
            return ParsedTurn(intent=Intent.SWAP_DAYS, day=first, to_day=second)
    if (crossed := _crossed(folded)) is not None:
        return crossed
    # fold() drops commas: the clause is cut on the message as said ("…, se faz fabor")
    said_first = re.split(r"\s*[,;!?]\s*", body.strip(" .!?"))[0]
    if (paired := _paired(re.sub(r"\b(\w+day)s\b", r"\1", fold(said_first)))) is not None:
        return paired
    refs = list(dict.fromkeys(day_refs(folded)))
    if len(refs) != 2:
        return None
    if _NAMED.match(head) and head.count("day") == 2:
        return ParsedTurn(intent=Intent.SWAP_DAYS, day_ref=refs[0], to_day_ref=refs[1])
    if _BOTH_WAYS.search(folded):
        words = re.findall(r"[a-z]+", _BOTH_WAYS.sub(" ", folded))
        leftover = [w for w in words if w not in _PADDING and not w.rstrip("s").endswith("day")]
        if not leftover:
            return ParsedTurn(intent=Intent.SWAP_DAYS, day_ref=refs[0], to_day_ref=refs[1])
    return None


# "lo del lunes pasarlo al martes y lo del martes al lunes", "o do dia 2 pro dia 3 e o do 3 pro
# 2", "day 2 to day 3 and day 3 to day 2": each day's plans moved to the other, said as two
# moves. The days read A, B, B, A; besides them only moving words and padding.
_NUMBERED_DAY = re.compile(
    r"\b(?:day|dia)\s+(?P<n>\d{1,2})\b|\b(?:to|pro|pra|al|ao)\s+(?P<bare>\d{1,2})\b"
)
_MOVING = re.compile(
    r"^(?:pas|mov|muev|mueb|cambi|troc|mud|lev|llev|pon|put|switch|swap|flip|shift)\w*$"
)
# "pásalo" reads "move it"; "quero fazer o roteiro de quarta na sexta" reads "add fazer my
# itinerary on wednesday on friday": the wish and the plan's name are padding here too.
_CROSSED_PADDING = _PADDING | frozenset(
    """from everything tudo todo isso eso ones one it them that this add do haz hacer faz
    fazer my your our itinerary schedule programa programacao roteiro""".split()
    # asked as a question: "podemos hacer lo del lunes el jueves…?", "can we do…"
    + """can could we you us me podemos puedes podrias pode podes podemos da se""".split()
)


def _crossed(folded: str) -> ParsedTurn | None:
    numbered = [int(m["n"] or m["bare"]) for m in _NUMBERED_DAY.finditer(folded)]
    weekdays = day_refs(folded)
    if numbered and weekdays:
        return None
    days: list[int] | list[str] = numbered or weekdays
    if len(days) != 4 or days[0] == days[1] or days[:2] != days[:1:-1]:
        return None
    words = re.findall(r"[a-z]+", _NUMBERED_DAY.sub(" ", folded))
    if any(
        w not in _CROSSED_PADDING and not w.endswith("day") and not _MOVING.match(w) for w in words
    ):
        return None
    if numbered:
        return ParsedTurn(intent=Intent.SWAP_DAYS, day=numbered[0], to_day=numbered[1])
    return ParsedTurn(intent=Intent.SWAP_DAYS, day_ref=weekdays[0], to_day_ref=weekdays[1])


def _paired(head: str) -> ParsedTurn | None:
    """Two days paired by "with" and nothing else: "voltéame el día 2 con el 3"."""
    match = _PAIRED.match(untagged(head))
    if match is None:
        return None
    if match["a"] and match["b"] and match["a"] != match["b"]:
        return ParsedTurn(intent=Intent.SWAP_DAYS, day=int(match["a"]), to_day=int(match["b"]))
    refs = list(dict.fromkeys(day_refs(head)))
    if match["wa"] and match["wb"] and len(refs) == 2:
        return ParsedTurn(intent=Intent.SWAP_DAYS, day_ref=refs[0], to_day_ref=refs[1])
    return None
