"""A word started again, often in another language, read as the word said the second time.

Why: bilingual travelers start a word in one language and say it again in the other, and
anyone may start a word wrong and type it again after an ellipsis: "canvia... cambia el
Menya", "una pastisseria... una pasteleria pal desayuno", "el segon, bé... el segundo",
"the musuem... the museum", "o segundo... a segunda". Read as said, both words went into
the search ("pastisseria... pasteleria") or the answer was not read at all.

Read: a normalized message, before the shorthand and the phrase tables (core.intents.shorthand).
Written: the message with the first try taken away, when the word after the ellipsis looks like
it (the same first letters and mostly the same letters); "el museo... el parque también" keeps
both, which are two places.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from core.text import fold

# A word, maybe a hesitation ("bé", "digo", "vaja", "i mean"), an ellipsis, the word again with
# the same article if the first had one.
_RESTART = re.compile(
    r"(?P<lead>\b(?:(?:el|la|los|las|lo|un|una|o|a|os|as|um|uma|the|an)\s+)?)(?P<said>\w+)"
    r"(?:\s*,?\s*(?:b[eé]|vaja|bueno|digo|quiero\s+decir|i\s+mean|quer\s+dizer|o\s+sea))?"
    r"\s*(?:\.{2,}|…)\s*(?P<again>(?P=lead)(?P<word>\w+))",
    re.IGNORECASE,
)
_ALIKE = 0.6  # share of letters in common (Indel): "canvia"/"cambia" .67, "segon"/"segundo" .67


def _alike(said: str, again: str) -> bool:
    said, again = fold(said), fold(again)
    if said == again or len(said) < 3 or said[:2] != again[:2]:
        return False  # the same word said twice is emphasis, read by others
    return Indel.normalized_similarity(said, again) >= _ALIKE


def without_restarts(text: str) -> str:
    """The message with each word started again kept only as said the second time.

    Args:
        text: a normalized message.

    Returns:
        "una pastisseria... una pasteleria pal desayuno" → "una pasteleria pal desayuno".
    """

    def again(match: re.Match[str]) -> str:
        if _alike(match.group("said"), match.group("word")):
            return match.group("again")
        return match.group(0)

    return _RESTART.sub(again, text)
