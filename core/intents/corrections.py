"""A traveler correcting themselves inside one message, read on the rules' grammar.

"add ramen on day 2, no wait, day 3", "mueve X al día 2, no espera, mejor al 4", "move o museo
pro dia 4... nao pera, dia 3", "make X 8pm, actually 8.30", "can we do X on thursday instead of
saturday", "the museum at 3 instead of 4": the request keeps its verb and its place; only the
corrected day or time changes. A correction that says a whole new request replaces the old one.
"""

from __future__ import annotations

import datetime as dt
import re

from core.intents.model import Intent
from core.intents.rules import classify

VERB_OF = {
    Intent.ADD: "add",
    Intent.REMOVE: "remove",
    Intent.REPLACE: "replace",
    Intent.MOVE: "move",
    Intent.RETIME: "move",
    Intent.EXPLAIN: "tell me about",
    Intent.SHOW: "show",
    Intent.BOOK: "book",
}
_SLOT_START = (
    r"(?=\s*(?:at\s+|on\s+|to\s+|make\s+it\s+|al\s+|el\s+|a\s+las\s+|pro\s+|pra\s+|para\s+|"
    r"the\s+)?(?:\d|day\b|tomorrow\b|today\b|(?:mon|tue|wed|thu|fri|sat|sun)))"
)
_CORRECTION = re.compile(
    r"^.*?(?:\.\.\.|…|[,;.!])?\s*\b(?P<said>(?:(?:ah|oh|eh|uh|um+|hm+|ay|ops|oops|whoops)[\s,]+)?"
    r"(?:(?:no|nope|nah|n[aã]o)[\s,]+(?=sorry|perd|desculp|wait|espera|pera|i\s+mean))?"
    r"(?:no\s+wait|wait\s+no|wait|scratch\s+that|i\s+mean|"
    r"or\s+rather|correction|mejor\s+dicho|perd[oó]n|no\s+perd[oó]n|no\s+espera|espera|"
    r"quer\s+dizer|ali[aá]s|digo|sorry\s+i\s+mean|n[aã]o\s+pera|pera[ií]?|ou\s+melhor|o\s+mejor|"
    rf"actually(?:,?\s+make\s+it)?{_SLOT_START}|sorry(?=[\s,]+(?:(?:make\s+it|day|on|at|to|i\s+mean)\b|\d))|"
    r"o\s+sea|ou\s+seja|desculpa|perd[aã]o|"
    rf"(?:mejor|melhor){_SLOT_START}|"
    r"(?:nao|não|no|nope)(?=\s*,)))"
    r"\b[\s,:]*(?=\w)",
    re.IGNORECASE,
)
# What may follow the corrected value: manners, "is better", a reason ("q lo tenemos libre").
_TRAIL = (
    r"(?:\s+(?:please|pls|pfv|por\s+favor|thanks|instead|then|ok|okay|"
    r"(?:(?:é|e|is|es|would\s+be|seria)\s+)?(?:melhor|better|mejor|best)|é|works|is\s+fine)\b"
    r"|,?\s+(?:q|que|porque|pq|xq|since|because|cause|as|so)\b.*)*[\s.!]*$"
)
_LEAD = (
    r"^(?:make\s+it\s+|on\s+|to\s+|at\s+|al\s+|el\s+|la\s+|o\s+|a\s+las\s+|a\s+|pro\s+|pra\s+|"
    r"para\s+(?:el\s+|o\s+)?|better\s+|rather\s+|mejor\s+|melhor\s+|sorry\s+|perd[oó]n\s+|"
    r"desculpa\s+|i\s+mean[\s,]+)*(?:the\s+)?"
    # "… sorry i mean the one today", "… perdón, el de mañana", "… digo, o do dia 2"
    r"(?:(?:one|ones)\s+(?:on\s+|for\s+|from\s+)?|(?:el|la|o|a)\s+(?:del?|d[oa])\s+)?"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight"
# "wednesday morning, no wait thursday morning": the part of the day goes with its day.
_PART = r"(?:\s+(?:(?:in\s+the\s+)?(?:morning|afternoon|evening)|at\s+night|night|at\s+sunset))?"
_ONLY_A_DAY = re.compile(
    _LEAD + r"(?P<day>(?:day\s*\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
    rf"last)\s+day|{_WEEKDAY}){_PART})" + _TRAIL,
    re.IGNORECASE,
)
_ONLY_A_TIME = re.compile(
    _LEAD + r"(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2}|noon)" + _TRAIL,
    re.IGNORECASE,
)
# A bare number: the day or the time, whichever the request said.
_ONLY_A_NUMBER = re.compile(_LEAD + r"(?P<number>\d{1,2})" + _TRAIL, re.IGNORECASE)
_LAST_DAY_SAID = re.compile(
    r"\b(?:day\s*\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\s+day|"
    rf"{_WEEKDAY})\b{_PART}",
    re.IGNORECASE,
)
# "make city palace 10, no sorry 11": a bare hour the request ends on.
_BARE_END = re.compile(r"(?:\s+at)?\s+\d{1,2}(?:[:.]\d{2})?$")
# More correction words after the first ("no, perdón, el jueves", "wait, sorry, day 3").
_MORE_SAID = re.compile(
    r"^(?:(?:no|nope|sorry|perd[oó]n|desculpa|wait|espera|pera|i\s+mean|digo|quer\s+dizer)"
    r"\b[\s,:]*)+(?=\w)",
    re.IGNORECASE,
)
_LAST_TIME_SAID = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|(?<=\b(?:at|to) )\d{1,2}(?:[:.]\d{2})?\b",
    re.IGNORECASE,
)
_DAY_WORD = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|day\s*\d{1,2}|"
    r"(?:first|second|third|fourth|fifth|last)\s+day)"
)
_TIME_WORD = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon)"
# "X on thursday instead of saturday", "X at 3 instead of 4 today": the new slot stays.
_INSTEAD_OF_SLOT = re.compile(
    rf"\s+instead\s+of\s+(?:on\s+|at\s+)?(?:the\s+)?(?:{_DAY_WORD}|{_TIME_WORD})\b(?=\s|[?.!]|$)",
    re.IGNORECASE,
)
_DO_VERB = re.compile(
    r"^(?:(?:can|could|shall|should)\s+(?:we|i|you)\s+|let'?s\s+|pls\s+|please\s+)?"
    r"(?:do|have|visit|see|go\s+to|put|schedule|switch)\s+",
    re.IGNORECASE,
)


# "…el lunes, o mejor el martes", "…na segunda, melhor na terça", "…el 2, o sea, el 3": words
# the es/pt rewrites read otherwise ("mejor" as a preference), marked before them.
_IBERIAN_CORRECTION = re.compile(
    r"\s*(?:\.\.\.|…|,)\s*(?:(?:ah|oh|ay)\s+)?(?:n[oaã]o?\s*,?\s*)?"
    r"(?:(?:o|ou)\s+(?:mejor|melhor)|mejor|melhor|o\s+sea|ou\s+seja)\s*,?\s+(?=(?:el|la|al|del|pal|a\s+las?|às|as|no|na|pro|pra|para|dia|día|\d)\b)",
    re.IGNORECASE,
)


_IBERIAN_TIME = re.compile(
    r"\b(?:a\s+las?|às|as|pras?|para\s+las?)\s+\d|\b\d{1,2}(?:h|:\d\d)", re.IGNORECASE
)
_IBERIAN_DAY = re.compile(
    r"\bd[ií]a\s+\d|\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|segunda|"
    r"ter[cç]a|quarta|quinta|sexta|hoy|hoje|ma[nñ]ana|amanh[aã])\b",
    re.IGNORECASE,
)


# "delete X.. actually no, keep that, delete Y instead", "borra X... no, mejor déjalo, borra Y",
# "tira X... não, deixa, tira Y": the first request taken back, only the one after it stands.
_TAKEN_BACK = re.compile(
    r"^.*?(?:\.\.\.|…|[,;.!])\s*(?:actually[\s,]+)?(?:no|nah|nope|n[aã]o)[\s,]+"
    r"(?:(?:better|rather|mejor|melhor)\s+)?(?:keep|leave|d[eé]ja|deixa)(?:lo|la|los|las)?"
    r"(?:\s+(?:it|that|this|them|ele|ela|isso|eso|pra\s+l[aá]|as[ií]))?\s*[,;.]\s*(?P<rest>\w.*)$",
    re.IGNORECASE,
)


def marked(cleaned: str) -> str:
    """The message with a Spanish or Portuguese correction said as 'i mean', before rewrites.

    Only when the value after it corrects one said before it ("a las 8, no, mejor a las 9");
    "la cena del día 2, mejor a las 10" says a time once, as a preference. A request taken
    back ("…, actually no, keep that, …") leaves the one after it.
    """
    if (taken_back := _TAKEN_BACK.match(cleaned)) is not None:
        return taken_back["rest"]
    found = _IBERIAN_CORRECTION.search(cleaned)
    if found is None:
        return cleaned
    before, after = cleaned[: found.start()], cleaned[found.end() :]
    said = " ".join(after.split()[:3])  # "el martes", "a las 9", "no dia 3"
    if not any(kind.search(before) and kind.search(said) for kind in (_IBERIAN_TIME, _IBERIAN_DAY)):
        return cleaned
    return f"{before}, i mean, {after}"


def corrected(grammar: str, today: dt.date | None) -> str:
    """The message as meant after the traveler corrected themselves in it."""
    grammar = _instead_of(grammar)
    correction = _CORRECTION.match(grammar)
    if correction is None or not grammar[correction.end() :].strip():
        return grammar
    before, after = grammar[: correction.start("said")], grammar[correction.end() :]
    after = _MORE_SAID.sub("", after)
    if not before.strip(" ,.;!-"):
        # "actually make it 4pm", "sorry, 5pm" open the message: a follow-up about the stop just
        # added or talked about ("it"), never a request of its own.
        return _follow_up(after)
    first_clause = re.split(r"\s*[,;.!?]\s*", after.strip(), maxsplit=1)[0]
    for fragment in dict.fromkeys((after.strip(), first_clause)):
        if (fixed := _slot_corrected(before, fragment)) is not None:
            # "add ramen on day 2 no wait day 3", "put the castle at 10, actually make it 11"
            return _placed_again(fixed)
    if classify(after, today).intent is Intent.UNKNOWN:
        verb = VERB_OF.get(classify(before, today).intent)
        days = re.findall(r"\b(?:on|to)\s+day\s+\d{1,2}\b", before)
        if verb is not None:
            return " ".join([verb, after, *days[-1:]])  # "add the MASP on day 2, I mean the …"
    return after


_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon"
_MANNERS = r"(?:\s+(?:pls|please|then|instead|today|tomorrow|tonight))*"
_ASKED = (
    r"^(?:(?:can|could|would)\s+(?:we|you|u)\s+|pls\s+|please\s+|let'?s\s+)*"
    r"(?:(?:put|have|do|make|move|schedule|switch|get|push|shift)\s+)?"
)
# "castle at 11 rather than half nine", "the castle at half ten, not half nine": the time
# dropped is the one the place has now; the place moves from it to the new one.
_TIME_INSTEAD = re.compile(
    _ASKED + rf"(?P<what>.+?)\s+(?:at|to)\s+(?:at\s+)?(?P<new>{_CLOCK}){_MANNERS}\s*,?\s+"
    rf"(?:instead\s+of|rather\s+than)\s+(?:at\s+)?(?P<old>{_CLOCK}){_MANNERS}[\s.!?]*$",
    re.IGNORECASE,
)
# "put the castle at 11", "the castle at 11 pls": a place said with "the", a time and no day is
# one of the trip's stops moved to that time (an added place would be "a castle", with a day).
_THE_PLACE_AT = re.compile(
    r"^(?:(?:can|could)\s+(?:you|u)\s+|pls\s+|please\s+)*(?:(?:put|have|do|make)\s+)?"
    rf"the\s+(?P<what>(?:[\w'-]+\s+){{0,3}}?[\w'-]+)\s+at\s+(?:at\s+)?(?P<time>{_CLOCK})"
    rf"{_MANNERS}[\s.!?]*$",
    re.IGNORECASE,
)


def _placed_again(grammar: str) -> str:
    """A time said again for a place the trip has, as a move.

    'castle at 11 rather than 9:30' → 'move castle from 9:30 to 11'; 'put the castle at 11'
    → 'move the castle to 11'.
    """
    if (swap := _TIME_INSTEAD.match(grammar)) is not None:
        return f"move {swap['what']} from {swap['old']} to {swap['new']}"
    if (the := _THE_PLACE_AT.match(grammar)) is not None and not _LAST_DAY_SAID.search(grammar):
        return f"move the {the['what']} to {the['time']}"
    return grammar


def _instead_of(grammar: str) -> str:
    """'can we do X on thursday instead of saturday' → 'move X on thursday'."""
    if (placed := _placed_again(grammar)) != grammar:
        return placed
    cut = _INSTEAD_OF_SLOT.sub("", grammar)
    if cut == grammar:
        return grammar
    if _DO_VERB.match(cut):
        return _DO_VERB.sub("move ", cut, count=1)
    said = classify(cut, None)
    indefinite = re.match(r"^(?:a|an|some|another|un|una|um|uma)\s", cut, re.IGNORECASE)
    if said.intent is Intent.ADD and said.confidence < 1 and said.query and not indefinite:
        # "las bóvedas el jueves en vez del sábado": no verb; the stop leaves the day turned down
        return f"move {cut}"
    return cut


def _follow_up(after: str) -> str:
    """What a correction opening a message says of "it": a time, a day, or a request."""
    if (time := _ONLY_A_TIME.match(after.strip())) is not None:
        return f"make it {time['time']}"
    if (day := _ONLY_A_DAY.match(after.strip())) is not None:
        return f"move it to {day['day']}"
    if (number := _ONLY_A_NUMBER.match(after.strip())) is not None:
        return f"make it at {number['number']}"
    return after


def _slot_corrected(before: str, after: str) -> str | None:
    """The request said before a correction that only changes its day or its time."""
    before = before.rstrip(" ,.;!-")
    days, times = list(_LAST_DAY_SAID.finditer(before)), list(_LAST_TIME_SAID.finditer(before))
    for only, said, group in (
        (_ONLY_A_DAY, days, "day"),
        (_ONLY_A_TIME, times, "time"),
        (_ONLY_A_NUMBER, days if days and not times else times, "number"),
    ):
        if (new := only.match(after.strip())) is None:
            continue
        if not said:
            if group != "number" or (bare := _BARE_END.search(before)) is None:
                return None
            return f"{before[: bare.start()]} at {new.group(group)}"
        last = said[-1]
        value = new.group(group)
        if group == "number" and said is days:
            value = f"day {value}"
        return before[: last.start()] + value + before[last.end() :]
    return None
