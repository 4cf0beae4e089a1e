"""'That same day', 'ese mismo día', 'no mesmo dia', 'put it there': the day said before.

The Spanish and Portuguese tables write these words as "same day" in the rules' grammar
(`SPANISH_PAIRS`, `PORTUGUESE_PAIRS`); `said_same_day` takes the words out of a request and
says whether they were there, so the request takes the day of the one before it
(core.intents.day_sharing when that day was said, core.operations when the trip told it).
"""

from __future__ import annotations

import re

# "there" names the day only after a verb that places something ("move X there too").
_PLACING = r"(?:add|put|move|stick|push|shift|bring|include|schedule)"
_MARKER = re.compile(
    r"[,\s]*\b(?:(?:on|for|in)\s+)?(?:that|the|this)?\s*same\s+day(?:\s+(?:too|as\s+well))?\b"
    r"|[,\s]*\b(?:on\s+)?that\s+day\s+(?:too|as\s+well)\b",
    re.IGNORECASE,
)
_THERE = re.compile(
    rf"^(?P<head>{_PLACING}\b.*?)\s+(?:over\s+)?there(?:\s+(?:too|as\s+well))?\b(?P<tail>.*)$",
    re.IGNORECASE,
)
_DAY_SAID = re.compile(
    r"\b(?:day\s*\d|today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)

# Spanish, after the verb forms are respelled ("pásalo ahí" → "pasa eso ahí").
SPANISH_PAIRS: list[tuple[str, str]] = [
    (r"\b(?:en\s+)?(?:ese|el|este|aquel)\s+mismo\s+d[ií]a\b|\bel\s+mismo\s+d[ií]a\b", " same day "),
    (r"\b(?:ese|aquel)\s+d[ií]a\s+(?:tambi[eé]n|tb|tmb)\b", " same day "),
    (
        r"\b(?P<v>pon|mete|agrega|a[nñ]ade|suma|pasa|mueve|lleva|manda)(?P<mid>(?:\s+\w+){0,4}?)"
        r"\s+(?:ah[ií]|all[ií]|all[aá])(?:\s+mismo)?\b",
        r"\g<v>\g<mid> same day",
    ),
]
PORTUGUESE_PAIRS: list[tuple[str, str]] = [
    (r"\b(?:n)?(?:o|esse|nesse|aquele|naquele)\s+mesmo\s+dia\b", " same day "),
    (r"\b(?:nesse|naquele)\s+dia\s+(?:tamb[eé]m|tb)\b", " same day "),
    (
        r"\b(?P<v>mete|coloca|p[oõ]e|bota|adiciona|passa|muda|leva|manda|joga)"
        r"(?P<mid>(?:\s+\w+){0,4}?)\s+(?:l[aá]|ali)\b",
        r"\g<v>\g<mid> same day",
    ),
]


def said_same_day(text: str) -> tuple[str, bool]:
    """The request without its "same day" words, and whether it said them."""
    cut = _MARKER.sub("", text)
    if cut != text:
        return " ".join(cut.split()), True
    there = _THERE.match(text.strip())
    if there is not None and not _DAY_SAID.search(text):
        return " ".join(f"{there['head']}{there['tail']}".split()), True
    return text, False
