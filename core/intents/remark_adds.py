"""A statement said after a request is no second request: its words are never a place.

"chuck a pizza place on day 5, kids are over the fancy food", "marisqueira 8:30 not 8, the
kid's game runs late", "algo baratinho pro almoço do dia 3, gastamos demais no primeiro dia",
"el castillo a las cinco y media, que a las 4 pega un sol que flipas": the clause readers make
the statement a second add and search its words ("kids are over the food", "gastamos demais").
A place kind is a noun phrase; a clause with a finite verb of being, doing or saying (or a
surprise planned) tells why, so it goes. The same tail inside a search ("vegetariano for 3
people and ninguno come carne") is cut at its "and".

Read after parsing, on the search words of each add after the first request.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn
from core.text import fold

# Finite verbs of being, having, doing and saying, as folded (accents off) in three languages;
# "e"/"é" stays out: it is also "and".
_VERBS = (
    r"am|are|is|was|were|seems|isnt|arent|wasnt|has|hasnt|had|runs|gets|got|spent|been|seems|loves|"
    r"hates|says|said|heard|dont|doesnt|cant|wont|didnt|"
    r"es|son|era|fue|estamos|estan|somos|hace|hizo|pega|come|comen|comemos|gastamos|tenemos|"
    r"tiene|tienen|dicen|dijeron|"
    r"esta|estao|sao|foi|faz|fazemos|gastei|gastou|temos|dizem|disseram|comem|ta|tava|"
    r"surpresa|surprise|sorpresa"
)
_STATEMENT = re.compile(rf"^(?:(?:que|q|porque|pq|because|cause|cuz)\b|.*\b(?:{_VERBS})\b)")
# A removal said as a statement: "it's right next to X so it seems silly to skip it".
_STATED = re.compile(rf"^(?:it\s+s|its|that\s+s|thats)\b|{_STATEMENT.pattern}")
# Hedges around a number said again: "… ★4.5? like 4.5 stars or more", "tipo uns 4 ou mais".
_HEDGES = frozenset(
    """like say maybe around about approx roughly or more so at least tipo como unos uns mais
    ou o mas menos pelo menos al""".split()
)
# A statement joined to the search by "and": "… for 3 people and ninguno come carne".
_JOINED = re.compile(rf"\s+(?:and|y|e)\s+(?:\w+\s+){{0,3}}?(?:{_VERBS})\b.*$")


def without_remark_adds(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """The requests without an add made of a statement said after the first request.

    Args:
        ops: the requests read from a message.

    Returns:
        The requests; an add after the first whose search words state something is dropped,
        and a statement joined to a search by "and" is cut off it.
    """
    out: list[ParsedTurn] = []
    for op in ops:
        query = fold(op.query or "")
        said = fold(op.target.text or "") if op.target is not None else ""
        if out and op.intent is Intent.REMOVE and len(said.split()) > 3 and _STATED.match(said):
            continue  # "…, it's right next to it so it seems silly to skip it": no removal
        if op.intent is not Intent.ADD or not query or op.target is not None:
            out.append(op)
        elif out and set(query.split()) <= _HEDGES:
            continue  # "like 4.5 stars or more": the rating said again, already read
        elif out and _STATEMENT.match(query) and len(query.split()) > 1:
            continue  # "kids are over the food": why the request before it is made
        elif (joined := _JOINED.search(query)) is not None and joined.start() > 0:
            kept = " ".join(query[: joined.start()].split())
            out.append(op.model_copy(update={"query": kept}))
        else:
            out.append(op)
    return out or ops
