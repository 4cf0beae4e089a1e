"""Positions in a list said the way chat says them, in en, es and pt.

Why: a traveler answers cards by where the card sits as often as by its number: "the one
before last", "el de en medio", "quero a do meio", "a segundinha", "o último q vc mandou",
"number three mate", "a última msm". The ordinal words themselves were known; the phrases
around them (a middle, a one-before-last, a diminutive, a "that you sent", a vocative or a
"msm") were not, so the reply fell through to being read as a new request.

Read: the folded reply (core.text.fold). `plain_positions` rewrites the phrases to one word
each ("middle", "penultimate") and drops what only points back at the list ("que me
mandaste", "you sent"); `word_position` reads such a word, and diminutives of ordinals, once
the number of options is known. Pure, no I/O.
"""

from __future__ import annotations

import re

from core.text import fold

MIDDLE = "middle"
PENULTIMATE = "penultimate"

# Phrases naming a place in the list; each becomes one word the position readers know.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), word)
    for pattern, word in (
        # "the one before last", "second to last", "last but one", "next to last"
        (
            r"\b(?:one\s+)?(?:right\s+|just\s+)?before\s+(?:the\s+)?last(?:\s+one)?\b"
            r"|\bsecond\s+(?:to\s+|from\s+(?:the\s+)?)?last\b|\blast\s+but\s+one\b"
            r"|\bnext\s+to\s+(?:the\s+)?last\b",
            PENULTIMATE,
        ),
        # "el anterior al último", "o antes do último", "la de antes de la última"
        (
            r"\b(?:(?:de\s+)?antes\s+d(?:e\s+l|)[oa]|anterior\s+(?:al|a\s+la|ao|a))\s+"
            r"ultim[oa]\b|\bante\s*ultim[oa]\b",
            PENULTIMATE,
        ),
        # "the one in the middle", "el de en medio", "la del medio", "a do meio", "no meio"
        (
            r"\b(?:(?:in|from)\s+the\s+)?middle\b|\b(?:(?:de\s+)?en\s+(?:el\s+)?|del?\s+|"
            r"d[oa]\s+|n[oa]\s+|ao\s+|el\s+)?(?:medio|meio)\b",
            MIDDLE,
        ),
        # The ends of the list as it shows on screen: "the top one", "a de baixo".
        (r"\b(?:at\s+the\s+|on\s+)?top\b|\bde\s+(?:arriba|cima)\b", "first"),
        (r"\b(?:at\s+the\s+)?bottom\b|\bde\s+(?:abajo|baixo)\b", "last"),
        # "last 1", "the 2nd 1": the digit is "one".
        (
            r"\b(?P<pos>last|first|second|third|fourth|fifth|\d(?:st|nd|rd|th))\s+1\b",
            r"\g<pos> one",
        ),
        # What only points back at the list: "que me mandaste", "q vc mandou", "you sent",
        # "de la lista", "da lista", "on the list".
        (
            r"\b(?:that\s+|which\s+)?(?:you|u|ya)\s+(?:just\s+)?(?:sent|showed|listed|gave|"
            r"suggested|posted|found)(?:\s+(?:me|us))?\b"
            r"|\b(?:que|q|k)\s+(?:(?:tu|vc|voce|vos|usted|ce)\s+)?(?:me\s+|nos\s+)?"
            r"(?:mandaste|mandou|mando|enviaste|enviou|envio|pasaste|passou|paso|mostraste|"
            r"mostrou|mostro|diste|deu|dio|sugeriste|sugeriu|sugirio|pusiste|botou)\b"
            r"|\b(?:on|in|from|of)\s+(?:the|your|ur)\s+list\b|\bd[ea]\s+(?:la\s+|sua\s+|tu\s+)?lista\b",
            "",
        ),
    )
)

# Said around a pick in chat and adding nothing: vocatives, "mesmo", approval of the card.
FILLER = frozenset(
    fold(word)
    for word in """
    mate cheers innit bro bruh dude man mano mana cara po pue pe wey guey we che loco tio tia
    parce parcero pana chamo hermano amigo amiga fam msm mesmo ne neh ta tá otima ótima otimo
    ótimo perfeito perfeita perfecto perfecta buenisimo buenísimo buenisima buenísima genial
    nice mesmo then tho though aight very
    aye lah leh lor yeah yea yah sawa chale bud fr chur
    """.split()
)

# "segundinha", "primeirinho", "la primerita", "el ultimito": an ordinal made small.
_DIMINUTIVE = re.compile(r"^(?P<stem>[a-z]+?)(?:z?inh|c?it)(?P<end>[oa])$")
# Third from the end: "antepenúltimo", "third to last", "third from last".
# "la segunda vez", "the second time", "pela terceira vez": a count of times, no position.
_TIMES = re.compile(
    r"\b(?:primer[ao]?|primeir[ao]|segund[ao]|tercer[ao]?|terceir[ao]|cuart[ao]|quart[ao]|"
    r"quint[ao]|ultim[ao]|first|second|third|fourth|last)\s+(?:vez|vuelta|volta|time)\b"
)
_THIRD_FROM_END = frozenset({"antepenultimo", "antepenultima", "antepenultimate"})


def plain_positions(folded: str) -> str:
    """The folded reply with each phrase naming a place in the list as one word."""
    folded = re.sub(r"([a-z])\1{2,}", r"\1", folded)  # "a do meiooo": a held letter
    for pattern, word in _PHRASES:
        folded = pattern.sub(word, folded)
    folded = re.sub(r"\bthird\s+(?:to|from)\s+(?:the\s+)?last\b", "antepenultimate", folded)
    folded = _TIMES.sub("times", folded)
    return " ".join(folded.split())


def middle_of(count: int) -> int | None:
    """The 1-based middle of `count` options; None when there is none (an even count)."""
    return (count + 1) // 2 if count >= 3 and count % 2 else None


def word_position(word: str, count: int, known: dict[str, int]) -> int | None:
    """The position one word names beyond the plain ordinals in `known`, else None.

    "middle" (only with an odd count), "penultimate", third from the end, and a diminutive
    of any known ordinal or of "último" ("a segundinha", "el ultimito").
    """
    if word == MIDDLE:
        return middle_of(count)
    if word in _THIRD_FROM_END:
        return count - 2 if count >= 3 else None
    if match := _DIMINUTIVE.match(word):
        stem, end = match.group("stem"), match.group("end")
        for base in (stem + end, stem):
            if base in known:
                return known[base]
            if base in {"ultimo", "ultima"}:
                return count
    return None
