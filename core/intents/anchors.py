"""A new stop said relative to another one: "right after the bamboo grove", "antes de Monserrate".

Read: the message as typed (normalized), before the language rewrites, which make "después"
"and then" and would glue "right" or "del fuerte" to the place searched. A clause "(right|
just) after X" / "(justo) después de(l) X" / "tras X" / "(logo) depois d(o|a) X" / "a seguir
à X" / "após X" whose X is not a meal,
a clock time or a day is taken out of the text; X goes to the turn's `after`, and
`core.anchor_time` turns it into a time once the trip is known (just after that stop).
"before X" / "antes de(l) X" / "antes d(o|a) X" / "ahead of X" go to `before` the same way
(the new stop ends as X starts). Meals ("after dinner"), times ("after 3pm"), days ("the day
after tomorrow") and leaving ("before we leave", "antes de irnos") are left to the other readers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.intents.between_anchors import split_between
from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn

_ANCHOR = loose(
    r",?\s*\b(?:(?:right|just|straight|directly|justo|recien|inmediatamente|logo|bem|"
    r"imediatamente)\s+)?(?:after|despues\s+de(?:l)?|luego\s+de(?:l)?|tras(?:\s+de(?:l)?)?|"
    r"depois\s+d[oae]s?|a\s+seguir\s+(?:a[os]?|d[oa]s?)|apos|"
    r"(?P<before>before|ahead\s+of|antes\s+de(?:l)?|antes\s+d[oa]s?))\s+"
    r"(?P<x>(?:the\s+|our\s+|la\s+|el\s+|los\s+|las\s+|o\s+|a\s+)?[^\W\d][^,.!?;]{1,40}?)"
    # … up to a mark, or a wish said after a fronted anchor ("depois do X quero ver o Y")
    r"\s*(?=$|[,.!?;]|\s+(?:quero|queremos|quiero|queria|quisiera|a\s+gente\s+quer|"
    r"(?:i|we)\s+(?:want|wanna|d\s+like)|add|bota|coloca|poe|pon|agrega|mete)\b)"
)
# What an anchor can't be: a meal, a time of the day, a day, a number.
_NOT_A_PLACE = loose(
    r"^(?:the\s+|o\s+|a\s+|el\s+|la\s+)?(?:breakfast|brunch|lunch|dinner|supper|desayuno|"
    r"almuerzo|almorzar|comida|comer|cena|cenar|cafe\s+da\s+manha|pequeno[\s-]almoco|almoco|"
    r"almocar|jantar|janta|tomorrow|manana|amanha|today|hoy|hoje|that|this|it|eso|esto|isso|"
    r"isto|ele|ela|noon|midnight|mediodia|meio[\s-]dia|medianoche|meia[\s-]noite|las?\s+\d|"
    r"as\s+\d|\d|day|dia|work|trabajo|trabalho|sunset|atardecer|por\s+do\s+sol|class|clase|"
    r"aula|that|the\s+(?:day|first|second|last|next)|los?\s+\w+\s+dias?|we|you|they|i|"
    r"it\s+(?:gets|closes|rains)|que|ir|irnos|sair|salir|ir\s+embora|leaving|leave|going|"
    r"check\s*-?\s*out|checkout|flight|vuelo|voo|airport|aeropuerto|aeroporto|sunrise|"
    r"amanecer|dark|anoitecer|anochecer|noite|night|noche|closing|cierre|fechar|cerrar|"
    r"the\s+crowds?|las\s+multitudes|(?:a\s+)?gente|nos|the\s+end)\b"
)


class Anchor(NamedTuple):
    """The words of the stop a new one is placed next to, and on which side.

    `until`: the stop it comes before too, when it goes between two ("between X and Y").
    """

    said: str
    before: bool
    until: str | None = None


def split_anchor(text: str) -> tuple[str, Anchor | None]:
    """The text without an "after/before <a stop>" clause, and that stop (None: no anchor)."""
    if (between := split_between(text)) is not None:
        rest, sides = between  # "between the museum and lunch": after one, before the other
        return rest, Anchor(sides.after, before=False, until=sides.before)
    match = _ANCHOR.search(text)
    if match is None or _NOT_A_PLACE.search(match.group("x")):
        return text, None
    said = re.sub(
        r"^(?:the|our|la|el|los|las|o|a)\s+", "", match.group("x").strip(), flags=re.IGNORECASE
    )
    rest = (text[: match.start()] + text[match.end() :]).strip()
    return rest, Anchor(said, match.group("before") is not None)


def placeable(ops: tuple[ParsedTurn, ...], anchor: Anchor) -> bool:
    """One add (or, between two stops, one move) that an anchor can place."""
    kinds = _BETWEEN_KINDS if anchor.until is not None else {Intent.ADD}
    return len(ops) == 1 and ops[0].intent in kinds


# What a stop said between two others can be: a new one, or one of the trip moved there.
_BETWEEN_KINDS = frozenset({Intent.ADD, Intent.MOVE, Intent.RETIME})


def anchored(ops: list[ParsedTurn], anchor: Anchor | None) -> list[ParsedTurn]:
    """The one add among `ops` placed next to `anchor`, unless it has a clock time of its own."""
    kinds = _BETWEEN_KINDS if anchor is not None and anchor.until is not None else {Intent.ADD}
    adds = [i for i, op in enumerate(ops) if op.intent in kinds]
    if anchor is None or len(adds) != 1 or ops[adds[0]].time is not None:
        return ops
    out = list(ops)
    if anchor.until is not None:
        update = {"after": anchor.said, "before": anchor.until}
    else:
        update = {"before" if anchor.before else "after": anchor.said}
    out[adds[0]] = out[adds[0]].model_copy(update=update)
    return out
