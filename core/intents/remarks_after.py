"""What a traveler says after the request: a remark, a tag, or a slot said with a hedge.

Read by core.intents.parse on the clauses that follow a request (split at commas and marks):

- a remark names nothing to do and has a verb of its own: a reason ("afternoons get too hot",
  "a la tarde hace mucho calor"), a feeling ("my mum's terrified of heights"), a wish for the
  morning ("we'd like a lie in"). It is dropped before the slots are read, so a time word inside
  it ("afternoons") never overrides the request's own ("morning if possible").
- a tag ("sawa?", "eh?", "innit", "lah") is dropped.
- a name after a kind ("exclui o castelo do dia 1, o San Felipe") is the same item, named.
- a hedged slot ("around 11 works", "11ish would be great", "morning if possible") is the
  request's time said on its own: its slot joins the request, the hedge is left out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.intents.model import Intent, ParsedTurn

_ONE_ITEM = frozenset({Intent.REMOVE, Intent.MOVE, Intent.RETIME})
_JUST_A_TIME = re.compile(r"^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?$", re.IGNORECASE)

# A tag question or filler word said alone after a request.
_TAG = re.compile(
    r"^(?:sawa|eh|ey|yeah|ya|yep|ok|okay|right|innit|lah|leh|na|ne|neh|sim|vale|dale|bro|mate|"
    r"please|pls|thx|thanks|cheers|no|nao|não|si|sí|hein|ne|né|ta|tá)[\s?!.]*$",
    re.IGNORECASE,
)
_HEAT = (
    r"(?:hot|cold|crowded|busy|packed|rammed|humid|sunny|rainy|wet|windy|calor|frio|frío|quente|"
    r"lleno|llena|cheio|cheia|lotado|lotada)"
)
_REMARK = re.compile(
    # "my mum's terrified of heights", "our kid's not into art": a subject and its "is"
    r"^(?:my|our)\s+\w+'?s\s+(?!(?:vegan|vegetarian|veggie|allergic|celiac|coeliac|gluten|"
    r"halal|kosher)\b)\w+"
    # "we'd like a lie in", "i'd rather sleep in": a wish for oneself, not for a place
    r"|^(?:we|i)\s*'?\s*d\s+(?:like|love|prefer|rather)\s+(?:a\s+|to\s+)?"
    r"(?:lie[\s-]*in|sleep(?:[\s-]*in)?|rest|nap|slow|late|lazy|early\s+night)"
    # "afternoons get too hot", "it gets packed", "mornings are cooler": the weather, the crowds
    r"|^(?:the\s+)?(?:\w+\s+)?(?:gets?|getting|is|are|can\s+be|will\s+be)\s+(?:\w+\s+)?"
    rf"(?:{_HEAT}|cooler|quieter|hotter|busier)\b"
    # "a la tarde hace mucho calor", "de tarde faz calor", "à tarde fica muito quente"
    r"|^(?:(?:a|en|de|à|pela|por)\s+(?:la\s+)?\w+\s+)?(?:hace|faz|fica|queda|está|esta|tá|ta)\s+"
    rf"(?:\w+\s+)?{_HEAT}\b",
    re.IGNORECASE,
)
# A request verb in the clause: never a remark.
_REQUEST = re.compile(
    r"\b(?:add|put|remove|move|book|replace|swap|change|drop|delete|cancel|show|plan|agrega|pon|"
    r"quita|mueve|adiciona|coloca|tira|muda|troca)\b",
    re.IGNORECASE,
)
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|ish)?"
_HEDGE = (
    r"(?:works|would\s+work|suits(?:\s+us)?|is\s+(?:fine|good|great|best|ideal|perfect|ok|okay)|"
    r"would\s+be\s+(?:great|good|ideal|perfect|best|nice|lovely)|if\s+poss(?:ible)?|"
    r"ideally|pls|please|or\s+so|se\s+(?:der|possível|possivel)|si\s+se\s+puede|de\s+preferencia)"
)
_HEDGED_TIME = re.compile(
    rf"^(?:around|about|at|like|say|maybe|ideally|roughly)?\s*(?:at\s+)?(?P<time>{_CLOCK})\s+"
    rf"{_HEDGE}\b[\s?!.]*$",
    re.IGNORECASE,
)
# "morning if possible", "early afternoon ideally", "in the evening pls": a part of the day alone
_HEDGED_PART = re.compile(
    r"^(?:(?:in\s+)?the\s+)?(?P<part>(?:early\s+|late\s+)?(?:morning|afternoon|evening|night))"
    rf"(?:\s+{_HEDGE})?\b[\s?!.]*$",
    re.IGNORECASE,
)


def is_tag(clause: str) -> bool:
    """'sawa?', 'eh?', 'innit': a word tagged on after the request, asking nothing."""
    return bool(_TAG.match(clause.strip(" ,;")))


def is_remark(clause: str) -> bool:
    """A clause after the request that asks nothing: a reason, a feeling, a plan of one's own."""
    said = clause.strip(" ,;.!?-")
    return bool(_REMARK.match(said)) and not _REQUEST.search(said)


def hedged_slot(clause: str) -> str | None:
    """The request's time said on its own with a hedge, in the words the rules read.

    'around 11 works' → 'at 11', 'morning if possible' → 'in the morning'; else None.
    """
    said = clause.strip(" ,;")
    if (found := _HEDGED_TIME.match(said)) is not None:
        return "at " + found["time"].removesuffix("ish").strip()
    if (part := _HEDGED_PART.match(said)) is not None:
        return f"in the {part['part'].lower()}"
    return None


class SaidAfter(NamedTuple):
    """What a clause after a request adds to it.

    A slot (or nothing), and whether words were left out (a hedge, a tag).
    """

    slot: str
    hedged: bool


def said_after(clause: str) -> SaidAfter | None:
    """A clause after a request that only adds a time or asks nothing; None for anything else.

    "7" → ' at 7' ("a table for 4, 7"); "sawa?" → ''; "around 11 works" → ' at 11', hedged.
    """
    said = clause.strip()
    if _JUST_A_TIME.match(said):
        return SaidAfter(f" at {said.removeprefix('at ')}", hedged=False)
    if is_tag(said):
        return SaidAfter("", hedged=True)
    slot = hedged_slot(said)
    return SaidAfter(f" {slot}", hedged=True) if slot is not None else None


# "exclui o castelo do dia 1, o San Felipe": a name after a kind, said with an article.
_APPOSED = re.compile(
    r"^(?:the|o|a|el|la)\s+(?P<name>[A-ZÀ-Ý][\w'-]*(?:\s+[\w'-]+){0,4}?)(?:\s+one)?[\s.!?]*$"
)


def apposed(pending: str, reading: ParsedTurn, piece: str, separator: str = ", ") -> str | None:
    """The request with the kind it names ('castelo') followed by the name said after it.

    Only a removal or a move of one item said by a lowercase kind word, and a capitalised name
    with an article after a comma: "remove the castle, the San Felipe" is one castle. An add
    of a place described in lowercase then named ("the water palace, the Jal Mahal") adds the
    place named.
    """
    if (name := _APPOSED.match(piece)) is None:
        return None
    described = reading.query
    only_a_comma = separator.strip() == ","  # "…, the Jal Mahal": "… and the X" is another
    if (
        reading.intent is Intent.ADD
        and described
        and described == described.lower()
        and only_a_comma
    ):
        # "quer ver o palácio da água, o Jal Mahal, no dia 2": the place is the one named
        said = re.search(rf"\b{re.escape(described)}\b", pending)
        if said is None:
            return None
        return pending[: said.start()] + name["name"] + pending[said.end() :]
    kind = reading.target.text if reading.target is not None else None
    if reading.intent not in _ONE_ITEM or not kind or not re.fullmatch(r"[a-zà-ÿ]+", kind):
        return None
    return re.sub(rf"\b{re.escape(kind)}\b", f"{kind} {name['name']}", pending, count=1)
