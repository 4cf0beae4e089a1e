"""A new stop said relative to another one: "right after the bamboo grove", "después del fuerte".

Read: the message as typed (normalized), before the language rewrites, which make "después"
"and then" and would glue "right" or "del fuerte" to the place searched. A clause "(right|
just) after X" / "(justo) después de(l) X" / "tras X" / "(logo) depois d(o|a) X" / "a seguir
à X" / "após X" whose X is not a meal,
a clock time or a day is taken out of the text; X goes to the turn's `after`, and
`core.anchor_time` turns it into a time once the trip is known (just after that stop).
Meals ("after dinner"), times ("after 3pm") and days ("the day after tomorrow") are left to the
other readers.
"""

from __future__ import annotations

import re

from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn

_ANCHOR = loose(
    r",?\s*\b(?:(?:right|just|straight|directly|justo|recien|inmediatamente|logo|bem|"
    r"imediatamente)\s+)?(?:after|despues\s+de(?:l)?|luego\s+de(?:l)?|tras(?:\s+de(?:l)?)?|"
    r"depois\s+d[oae]s?|a\s+seguir\s+(?:a[os]?|d[oa]s?)|apos)\s+"
    r"(?P<x>(?:the\s+|our\s+|la\s+|el\s+|los\s+|las\s+|o\s+|a\s+)?[^\W\d][^,.!?;]{1,40}?)"
    r"\s*(?=$|[,.!?;])"
)
# What an anchor can't be: a meal, a time of the day, a day, a number.
_NOT_A_PLACE = loose(
    r"^(?:the\s+|o\s+|a\s+|el\s+|la\s+)?(?:breakfast|brunch|lunch|dinner|supper|desayuno|"
    r"almuerzo|almorzar|comida|comer|cena|cenar|cafe\s+da\s+manha|pequeno[\s-]almoco|almoco|"
    r"almocar|jantar|janta|tomorrow|manana|amanha|today|hoy|hoje|that|this|it|eso|esto|isso|"
    r"isto|ele|ela|noon|midnight|mediodia|meio[\s-]dia|medianoche|meia[\s-]noite|las?\s+\d|"
    r"as\s+\d|\d|day|dia|work|trabajo|trabalho|sunset|atardecer|por\s+do\s+sol|class|clase|"
    r"aula|that|the\s+(?:day|first|second|last|next)|los?\s+\w+\s+dias?)\b"
)


def split_anchor(text: str) -> tuple[str, str | None]:
    """The text without an "after <a stop>" clause, and that stop's words (None: no anchor)."""
    match = _ANCHOR.search(text)
    if match is None or _NOT_A_PLACE.search(match.group("x")):
        return text, None
    said = re.sub(
        r"^(?:the|our|la|el|los|las|o|a)\s+", "", match.group("x").strip(), flags=re.IGNORECASE
    )
    return (text[: match.start()] + text[match.end() :]).strip(), said


def anchored(ops: list[ParsedTurn], anchor: str | None) -> list[ParsedTurn]:
    """The one add among `ops` placed after `anchor`, unless it has a clock time of its own."""
    adds = [i for i, op in enumerate(ops) if op.intent is Intent.ADD]
    if anchor is None or len(adds) != 1 or ops[adds[0]].time is not None:
        return ops
    out = list(ops)
    out[adds[0]] = out[adds[0]].model_copy(update={"after": anchor})
    return out
