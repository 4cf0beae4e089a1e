"""'Near me' in a message: searches then center on the location the traveler shared (pure)."""

from __future__ import annotations

import re

from core.intents.language import detect_language
from core.protocol import SharedLocation

# "near me", "nearby", "cerca de mí", "perto de mim", … (what a shared location stands for).
# "cerca del hotel" / "perto do museu" name another place: not the traveler's location.
_NEAR = re.compile(
    r"(?<!\w)(?:near\s+(?:me|here|us|by)|nearby|close\s+by|around\s+here"
    r"|cerca(?:\s+de\s+(?:m[ií]|aqu[ií]))?(?!\s+d[eoa]l?\b)|por\s+aqu[ií]"
    r"|perto(?:\s+de\s+(?:mim|aqui))?(?!\s+d[eoa]s?\b)|(?:por\s+)?aqui\s+perto)(?!\w)",
    re.IGNORECASE,
)
# "What's nearby?", "¿Qué hay cerca?", "O que há perto?": a search around the shared point.
_NEARBY_QUESTION = re.compile(
    r"^\s*¿?\s*(?:what'?s|what\s+is|anything|qu[eé]\s+hay|o\s+que\s+(?:h[aá]|tem))\s+"
    r"(?:to\s+do\s+|to\s+see\s+|para\s+(?:ver|hacer|fazer)\s+)?(?P<near>.+?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# The same question as a search request, in each language the parser reads.
_NEARBY_SEARCH = {
    "en": "add an attraction",
    "es": "añade una atracción",
    "pt": "adicione uma atração",
}


def mentions_near(text: str) -> bool:
    """Whether the traveler asks for something near them ("near me", "cerca", "perto")."""
    return _NEAR.search(text) is not None


def near_request(text: str, anchor: SharedLocation | None, locale: str | None) -> str | None:
    """The text to run when `text` searches around the shared `anchor`, else None.

    "add a coffee place near me" → "add a coffee place" (the anchor becomes the search's
    center); "what's nearby?" → a search for sights; a venue named again ("add Café Central")
    is searched around it too.
    """
    if anchor is None:
        return None
    question = _NEARBY_QUESTION.match(text)
    if question is not None and _NEAR.fullmatch(question["near"].strip()):
        language = detect_language(text) or locale or "en"
        return _NEARBY_SEARCH.get(language[:2], _NEARBY_SEARCH["en"])
    if mentions_near(text):
        cleaned = re.sub(r"\s{2,}", " ", _NEAR.sub(" ", text)).strip(" ,.!?")
        return cleaned or None
    if anchor.title and anchor.title.casefold() in text.casefold():
        return text
    return None
