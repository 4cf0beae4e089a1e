"""A replacement said without "replace": one thing of the trip for another, every way.

- Without a verb, "x" or "por" between the two: "la Marisqueira da Foz x sushi", "Konkan
  Coast Kitchen por comida callejera", "o jantar do dia 2 pelo sushi".
- Putting something in another's place: "põe um templo no lugar dela", "pon un mirador en
  lugar del castillo", "put a temple in place of the caves", "en vez del kaiseki pon un
  izakaya", "no lugar da Elephanta coloca um templo". A pronoun ("dela", "it", "eso") is the
  place named in the message's other clause ("a Elephanta é longe demais, põe um templo no
  lugar dela").

Read on the message as typed (normalized, openers off), before the es/pt rewrites, which
would make "põe um templo" an addition and "longe" a question about distance. Written: the
rules' phrasing, "replace {old} with {new}".
"""

from __future__ import annotations

import re

_NAME = r"[A-ZÀ-Ý][\w'&.-]*(?:\s+(?:de|da|do|del|dos|das|la|el|&|y|e|[A-ZÀ-Ý][\w'&.-]*))*"
_MEAL = (
    r"(?i:cena|almuerzo|desayuno|comida|jantar|almo[cç]o|caf[eé]\s+da\s+manh[aã]|"
    r"pequeno[\s-]almo[cç]o|dinner|lunch|breakfast)"
    r"(?:\s+(?:del?|do|of|on)\s+(?:d[ií]a|day)\s+\d{1,2})?"
)
_ARTICLE = r"(?i:(?:el|la|los|las|o|a|os|as|the|mi|my|our|nuestro|nuestra|nosso|nossa)\s+)?"
# "la Marisqueira da Foz x sushi": the thing, "x" / "por" / "pelo", what instead.
_VERBLESS = re.compile(
    rf"^{_ARTICLE}(?P<old>{_NAME}|{_MEAL})\s+(?:x|por|pel[oa]|pra|->)\s+"
    r"(?!(?:favor|fa|la\s+(?:noche|tarde|manana|mañana)|a\s+(?:noite|tarde|manh[aã])|persona|"
    r"pessoa|ahi|aqui|aquí|ali|dia|d[ií]a|day|hora|las|los|el)\b)(?!\d)(?P<new>[^,.!?;]+?)\s*[.!?]*$",
)
_PUT = (
    r"(?:pon|ponme|ponle|pone|pongan|p[oõ]e|poe|ponha|coloca|coloque|bota|mete|mete-me|agrega|"
    r"agregale|adiciona|put|add|stick|throw|get|pick|elige|escolhe|busca|procura)"
)
_IN_PLACE = (
    r"(?:no\s+lugar\s+d(?:[oa]s?|e|ele|ela|eles|elas)|en\s+(?:el\s+)?lugar\s+de(?:l)?|"
    r"en\s+vez\s+de(?:l)?|em\s+vez\s+d(?:[eoa]s?|ele|ela)|ao\s+inv[eé]s\s+d(?:[eoa]s?|ele|ela)|"
    r"in\s+place\s+of|instead\s+of)"
)
_PUT_IN_PLACE = re.compile(
    rf"\b{_PUT}\s+(?P<new>[^,.!?;]+?)\s+{_IN_PLACE}\b\s*(?P<old>[^,.!?;]*)", re.IGNORECASE
)
_IN_PLACE_PUT = re.compile(
    rf"(?:^|[,.;!?]\s*){_IN_PLACE}\s+(?P<old>[^,.!?;]+?)\s*,?\s+{_PUT}\s+(?P<new>[^,.!?;]+)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^(?:it|that|this|them|one|eso|esa|ese|esto|este|esta|ele|ela|eles|elas|isso|isto|aquilo|"
    r"lo|la)?$",
    re.IGNORECASE,
)
_TOPIC = re.compile(rf"(?:^|[,.;!?]\s*){_ARTICLE}(?P<topic>{_NAME})")
# "put the castle on day 2 instead of day 1": a day or a time instead of another, no place.
_WHEN = re.compile(
    r"^(?:(?:the|el|la|o|a|los|las)\s+)?(?:d[ií]a|day|dia)\b|^(?:a\s+|at\s+)?(?:las\s+|as\s+|às\s+)?\d"
    r"|^(?:(?:the|el|la|o|a)\s+)?"
    r"(?:today|tomorrow|tonight|hoy|ma[nñ]ana|hoje|amanh[aã]|morning|afternoon|evening|night|"
    r"tarde|noche|noite|manh[aã]|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|segunda|ter[cç]a|quarta|quinta|sexta)\b",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s*(?:pls|please|porfa|por\s+favor|pf|pfv|thanks|gracias|obrigad[oa])\s*$")


def _topic(text: str, span: tuple[int, int]) -> str | None:
    """The place named outside the request's own words ("a Elephanta é longe demais, …")."""
    outside = text[: span[0]] + " , " + text[span[1] :]
    found = _TOPIC.search(outside)
    return found.group("topic") if found else None


def replacement(text: str) -> str | None:
    """The message as "replace {old} with {new}" when it says a replacement that way, or None.

    Args:
        text: The message, normalized and without its openers (core.intents.openers).
    """
    said = _TAIL.sub("", text.strip())
    if (found := _VERBLESS.match(said)) is not None:
        return f"replace {found.group('old')} with {found.group('new')}"
    for pattern in (_PUT_IN_PLACE, _IN_PLACE_PUT):
        if (found := pattern.search(said)) is None:
            continue
        old, new = found.group("old").strip(), found.group("new").strip()
        if _PRONOUN.match(old):
            old = _topic(said, found.span()) or ""
        if old and new and not _WHEN.match(old):
            return f"replace {old} with {new}"
    return None
