"""Why the traveler asks, said after the request: a reason, never a second request.

"pon el Museo Picasso el viernes tempranito, antes de que haga calor", "mueve la playa al
sábado, el viernes dicen que llueve", "el parque a las 10, a las 12 hace un calor de muerte",
"quita el teleférico, que a mi suegra le dan miedo las alturas": after a request with a verb, a
day, a time or a meal, a clause that explains it is talk. A reason is a clause that

- opens with a connector of a reason or of "before" ("antes de que", "porque", "ya que",
  "no vaya a ser que", or "que" followed by whom it concerns: "que a mi mujer le da…",
  "que le da miedo", "que dicen que…"), or
- tells the weather, what people say ("dicen que", "me dijeron que", "según el pronóstico") or
  how someone feels about the place ("le da yuyu", "se marea", "no aguanta").

Such a clause, and the tags after it, are taken off; its day or time is the weather's, not the
request's. A clause with a request verb of its own, or one saying who the place is for (kids, a
diet: core.intents.trailing_remarks reads those), stays. Read on the message as typed (after
normalizing), before the es/pt rewrites; accent-free patterns (core.intents.lexicon.loose).
"""

from __future__ import annotations

import re

from core.intents.chat_tags import is_tag
from core.intents.lexicon import loose
from core.intents.trailing_remarks import names_a_wish, requests_something, says_when

_PERSON = (
    r"(?:a\s+(?:mi|mis|la|el|los|las|nuestr[oa]s?|tu|tus|su|sus)\s+\w+|al\s+\w+|"
    r"le|les|me|nos|te|se|ya|ahi|alli|alla|luego|despues|a\s+esa\s+hora|ese\s+dia|"
    r"con\s+(?:este|ese|el|la)\s+\w+|mi|mis|nuestr[oa]s?|hay|es|son|esta|estan|"
    # what is said of the place or the day: "que esto no es Miami", "que mañana no nos da la vida"
    r"(?:esto|eso|aquello|manana|hoy|aqui|aca)\s+(?:no\s+)?(?:es|son|esta|estan|nos|me|hay|va|"
    r"vamos|sale|cuesta)|ya\s+(?:hemos|he|fuimos|comimos|cenamos|estuvimos|vimos))"
)
_CONNECTOR = loose(
    r"^(?:antes\s+de\s+que|porque|pq|xq|porq|por\s+que|ya\s+que|puesto\s+que|dado\s+que|"
    r"(?:pues|doncs)\s+(?=\w+\s)|no\s+vaya\s+a\s+ser\s+que|no\s+sea\s+que|que\s+si\s+no|que\s+sino|"
    rf"(?:es\s+que|que|q)\s+(?=(?:{_PERSON}|dicen|dijeron|llueve|hace|pega|aprieta|sopla)\b))"
)
_WEATHER = (
    r"llueve|llovera|llover|lloviendo|lluvia|tormenta|aguacero|chubascos?|nieva|nevar|"
    r"hace\s+(?:un\s+|una\s+)?(?:\w+\s+)?(?:calor|frio|viento|sol|bochorno|pelete|rasca)|"
    r"calor|calorazo|caloron|frio|frio\w*|solazo|bochorno|cierzo|ventolera|viento|"
    r"(?:pega|aprieta|apriete|aprete|calienta|quema|pique|pica)\s+(?:el|un|duro|fuerte)\b|"
    r"sopla|soplar|se\s+nubla|nublado|humedad|"
)
_HEARSAY = (
    r"dicen\s+que|dijeron\s+que|(?:me|nos)\s+(?:dijeron|contaron|avisaron)|he\s+oido|oi\s+que|"
    r"segun\s+(?:el|la|los|dicen)|el\s+pronostico|pronostican|dizque|parece\s+que\s+va|"
)
_FEELING = (
    r"(?:le|les|me|nos|te)\s+(?:da|dan|dio|daba)\s+(?:\w+\s+)?(?:miedo|yuyu|cosa|grima|asco|"
    r"pena|vertigo|panico|mal\s+rollo|respeto|ansiedad|claustrofobia|pereza|flojera)|"
    r"se\s+(?:marea|cansa|aburre|agobia|asusta)\w*|no\s+(?:aguanta|soporta)\w*|"
    r"(?:le|les|me|nos)\s+(?:agobia|asusta|aburre|marea)\w*"
)
_STATEMENT = loose(rf"\b(?:{_WEATHER}{_HEARSAY}{_FEELING})\b")
_BREAK = re.compile(r"\s*(?:[,;]+|\.+\s|\s-+\s|…)\s*")


def _reason(clause: str) -> bool:
    """A clause that tells why, not what."""
    said = clause.strip(" ,;.!?-").lower()
    if not said or names_a_wish(said):
        return False
    if _CONNECTOR.match(said):
        return not requests_something(_CONNECTOR.sub("", said, count=1))
    return bool(_STATEMENT.search(said)) and not requests_something(said)


def without_reasons(text: str) -> str:
    """`text` without the reasons said after its request; unchanged when none is said.

    "mueve la playa al sábado, el viernes dicen que llueve" → "mueve la playa al sábado".
    A reason glued without a comma ("… temprano porque luego se llena") is cut at its
    connector.
    """
    marks = [m for m in _BREAK.finditer(text) if m.start() > 0]
    starts = [0, *(m.end() for m in marks)]
    ends = [*(m.start() for m in marks), len(text)]
    for index in range(1, len(starts)):
        head = text[: ends[index - 1]]
        if not (requests_something(head) or says_when(head)):
            continue
        clause = text[starts[index] : ends[index]]
        if _reason(clause):
            rest = [text[s:e] for s, e in zip(starts[index + 1 :], ends[index + 1 :], strict=True)]
            kept = [piece for piece in rest if not is_tag(piece) and not _reason(piece)]
            tail = "".join(f", {piece}" for piece in kept)
            return head.rstrip(" ,;-") + tail + ("?" if text.rstrip().endswith("?") else "")
    return _without_glued(text)


_GLUED = loose(
    r"(?<=\w)\s+(?:antes\s+de\s+que|porque|ya\s+que|puesto\s+que|no\s+vaya\s+a\s+ser\s+que|"
    # "… por algo más barato q esto no es Miami": "que" before what is said of the place
    r"(?:que|q)(?=\s+(?:esto|eso|aquello)\s+(?:no\s+)?(?:es|son|esta)\b))\s+.*$"
)


def _without_glued(text: str) -> str:
    found = _GLUED.search(text)
    if found is None:
        return text
    head = text[: found.start()]
    if not (requests_something(head) or says_when(head)) or not _reason(found.group(0)):
        return text
    return head + ("?" if text.rstrip().endswith("?") else "")
