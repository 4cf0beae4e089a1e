"""A stop said between two others: "between the museum and lunch", "entre el museo y la comida".

Why: "after the fort but before dinner" was read as one anchor named "fort but before dinner",
and "between the cathedral and lunch" went to the place search. Both sides are stops of the
day; a meal word ("lunch", "la comida", "o almoço") is the meal stop, so unlike a single
anchor a meal is kept here (core.anchor_time finds it).

Read: the message as typed (normalized), like core.intents.anchors, before the language
rewrites. "between X and Y" / "entre X y Y" / "entre X e Y" / "after X (but) before Y" /
"después de X y antes de Y" / "depois do X e antes do Y", and the same with the sides said the
other way round ("before dinner but after the fort"). Pure, no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.intents.lexicon import loose

_ARTICLE = r"(?:the\s+|our\s+|la\s+|el\s+|los\s+|las\s+|o\s+|a\s+|os\s+|as\s+)"
_SIDE = rf"{_ARTICLE}?[^\W\d][^,.!?;]{{0,40}}?"
# Where the second side ends: a mark, the end, or the words of a day, a time or a wish.
_END = (
    r"(?=\s*(?:$|[,.!?;])|\s+(?:on|for|el|no|na|em|pro|pra|para|this|next|tomorrow|today|"
    r"manana|amanha|hoy|hoje|day|dia|at|a\s+las|as|quero|queremos|quiero|i\s+want|we\s+want|"
    r"please|por\s+favor|pls)\b)"
)
_AFTER = r"(?:after|despues\s+de(?:l)?|luego\s+de(?:l)?|tras|depois\s+d[oae]s?|apos)"
_BEFORE = r"(?:before|antes\s+de(?:l)?|antes\s+d[oae]s?)"
_JOIN = r"\s*,?\s+(?:(?:and|but|y|e|pero|mas|though)\s+)*"
_BETWEEN = loose(
    r",?\s*\b(?:(?:right|just|justo|bem|somewhere|algo|en\s+algun\s+momento)\s+)?(?:"
    rf"between\s+(?P<a1>{_SIDE})\s+and\s+(?P<b1>{_SIDE}){_END}"
    rf"|entre\s+(?P<a2>{_SIDE})\s+(?:y|e)\s+(?P<b2>{_SIDE}){_END}"
    rf"|{_AFTER}\s+(?P<a3>{_SIDE}){_JOIN}{_BEFORE}\s+(?P<b3>{_SIDE}){_END}"
    rf"|{_BEFORE}\s+(?P<b4>{_SIDE}){_JOIN}{_AFTER}\s+(?P<a4>{_SIDE}){_END}"
    r")"
)
# A side that is a time, a day or a pronoun is no stop ("between 2 and 4", "entre semana").
_NOT_A_STOP = loose(
    r"^(?:noon|midnight|mediodia|meio[\s-]dia|medianoche|meia[\s-]noite|today|tomorrow|hoy|"
    r"hoje|manana|amanha|it|that|this|eso|esto|isso|isto|we|you|us|them|semana|days?|dias?|"
    r"sunset|sunrise|dark|leaving|we\s+leave|check\s*-?\s*out|the\s+flight|flight|vuelo|voo)\b"
    r"|\d"
)


class Between(NamedTuple):
    """The words of the stop a new one follows, and of the one it comes before."""

    after: str
    before: str


def _side(said: str) -> str:
    return re.sub(rf"^{_ARTICLE}", "", said.strip(), flags=re.IGNORECASE).strip()


def split_between(text: str) -> tuple[str, Between] | None:
    """The text without its "between X and Y" clause, and the two stops; None if none."""
    match = _BETWEEN.search(text)
    if match is None:
        return None
    first = next(match.group(g) for g in ("a1", "a2", "a3", "a4") if match.group(g))
    second = next(match.group(g) for g in ("b1", "b2", "b3", "b4") if match.group(g))
    after, before = _side(first), _side(second)
    if not after or not before or any(_NOT_A_STOP.search(side) for side in (after, before)):
        return None
    rest = " ".join((text[: match.start()] + " " + text[match.end() :]).split())
    return rest, Between(after, before)
