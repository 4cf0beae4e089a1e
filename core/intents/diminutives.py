"""A softening word said as a diminutive is the word itself: "playa tranquilita".

Spanish and Portuguese speakers soften what they ask for ("una playa tranquilita", "um
lugarzinho baratinho", "un cafecito", "uma praínha calminha"); the search knows "tranquila",
"lugar", "cafe" and leaves words it does not know in the search, where no place matches
"tranquilita". A word in -ito/-ita/-inho/-inha (and -cito/-zinho) whose plain form is a kind
of place or a word that only softens the ask is read as that plain form ("francesinha", a
dish, stays).

Read after parsing, on each add's search words.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn
from core.intents.place_words import is_vague_query
from core.text import fold

# stem, the diminutive ending (with its gender and number)
_DIMINUTIVE = re.compile(r"^(?P<stem>\w{3,}?)(?:c|z|qu|gu)?(?:it|inh)(?P<end>[oa]s?)$")



def plain_forms(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """Each add's search words with their diminutives in the plain form the search knows.

    Args:
        ops: the requests read from a message.

    Returns:
        The requests, "playa tranquilita" searched as "playa tranquila".
    """
    return [_softened_off(op) for op in ops]


def _softened_off(op: ParsedTurn) -> ParsedTurn:
    if op.intent is not Intent.ADD or not op.query or op.target is not None:
        return op
    return op.model_copy(update={"query": " ".join(_plain(w) for w in op.query.split())})


def _plain(word: str) -> str:
    found = _DIMINUTIVE.match(fold(word))
    if found is None:
        return word
    stem, end = found["stem"], found["end"]
    for plain in (stem + end, stem, stem + "e", stem + end[:1] + "r"):
        # a kind of place or a word that only softens: "francesinha" (a dish) stays
        # only a softening word goes plain: "barzinho" is a kind of its own (a small bar)
        if is_vague_query(plain):
            return plain
    return word
