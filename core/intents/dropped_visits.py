"""A visit called off, then "take it off": one removal, the pronoun being the place named.

"mañana ya no vamos a Elephanta, está lejísimos, quítalo", "ya no vamos al museo del oro,
sácalo", "não vamos mais na ribeira, tá muito cheio, tira isso", "we're not doing the castle
anymore, too pricey, drop it". The rules read "vamos a Elephanta" as a place to add and
"quítalo" as a second request whose "it" is the remark before it ("está lejísimos"), so the
traveler is asked which stop after the stop is gone. A visit said not to happen any more names
the stop; "it" in the removal that follows is that stop, never asked about again.

Read on the message as typed (normalized, openers off); written as one removal in the
message's own words ("quita Elephanta mañana", "remove the castle"), its day kept.
"""

from __future__ import annotations

import re

# "ya no vamos a X", "no vamos a ir a X", "não vamos mais na X", "we're not doing X anymore".
_CALLED_OFF = re.compile(
    r"(?P<before>^|.*?\s)(?:ya\s+no|no|nao|não|we\s*(?:'?re|are)\s+not|we\s*(?:'?re|are)\s+no\s+longer|"
    r"not|we\s+won'?t\s+be|we\s+(?:don'?t|do\s+not)|i\s*'?m\s+not|i\s+won'?t\s+be)\s+"
    r"(?:(?:vamos|voy|iremos|vamos\s+a\s+ir|vamos\s+mais|vou\s+mais|vamos\s+ir\s+mais|vou|vai|"
    r"going|doing|visiting|go|do|visit|hitting|ir|passar|passamos|pasamos)\s+)+"
    r"(?:mais\s+|más\s+|mas\s+|anymore\s+)?"
    r"(?:(?:to|a|al|na|no|nas|nos|pra|pro|ao|à|por|por\s+el|en|el|la|the)\s+)*"
    r"(?P<place>[^,.;!?]+?)(?:\s+(?:anymore|any\s+more|mais|más))?\s*(?=[,.;!?]|$)",
    re.IGNORECASE,
)
# The removal said with a pronoun: "quítalo", "sácalo", "bórralo", "tira isso", "drop it".
_REMOVE_IT = re.compile(
    r"\b(?:(?:qu[ií]ta|s[aá]ca|b[oó]rra|el[ií]mina)(?:lo|la|\s+(?:eso|esto|lo|la))|"
    r"tira(?:-o|-a)?(?:\s+(?:isso|ele|ela|esse|essa|daí|dai|de\s+lá|de\s+la))?|"
    r"remove(?:-o|-a)?(?:\s+(?:it|that|isso|ele|ela))?|drop\s+it|take\s+it\s+(?:off|out)|"
    r"delete\s+it|scrap\s+it|ditch\s+it|cancel\s+it|kill\s+it|"
    r"apaga(?:-o|-a)?(?:\s+(?:isso|ele|ela))?)\s*[.!]*\s*$",
    re.IGNORECASE,
)
_VERB = {"es": "quita", "pt": "tira", "en": "remove"}
_DAY_WORDS = re.compile(
    r"\b(?:mañana|manana|hoy|amanhã|amanha|hoje|tomorrow|today|el\s+\w+|o\s+dia\s+\d+|"
    r"day\s+\d+|on\s+\w+day|(?:el\s+)?d[ií]a\s+\d+)\b",
    re.IGNORECASE,
)
MAX_PLACE_WORDS = 6


def dropped_visit(text: str, language: str | None) -> str | None:
    """The message as one removal of the visit it calls off, or None.

    Args:
        text: The message, normalized and without its openers.
        language: The message's language, when known.
    """
    if _REMOVE_IT.search(text) is None:
        return None
    called = _CALLED_OFF.search(text)
    if called is None:
        return None
    place = called.group("place").strip()
    if not place or len(place.split()) > MAX_PLACE_WORDS or _REMOVE_IT.search(place):
        return None
    before = called.group("before")
    day = _DAY_WORDS.search(before.split(",")[-1]) if before else None
    said_day = f" {day.group(0)}" if day else ""
    return f"{_VERB.get(language or 'en', 'remove')} {place}{said_day}"
