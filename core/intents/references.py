"""Requests that point back at something said earlier in the same message.

"whats the top rated brunch spot? add it for friday morning", "vegan breakfast spot on
thursday?? add one pls": the place asked about is the one to add. "kachori corner at 8 is too
early for us, make it 9", "the fort is too far, drop it": the thing judged is the one to change.
Read on the rules' grammar, clause by clause.
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_named
from core.intents.model import Intent, ParsedTurn
from core.text import fold

_ADD_IT = re.compile(
    r"^(?:(?:pls|please|just|then|so|ok|okay|and)\s+)*(?:(?:can|could|would)\s+(?:you|u)\s+)?"
    r"(?:add|book|put|stick|pop|throw|get|grab|include|pick|choose|find|save)\s+(?:us\s+|me\s+)?"
    r"(?:it|one|that|this|something|some|them|that\s+one|this\s+one|the\s+(?:best|top)\s+one|"
    r"one\s+of\s+(?:those|them|these))\b(?!\s+(?:back|away|off|down)\b)(?P<rest>.*)$",
    re.IGNORECASE,
)
# How a traveler asks about a kind of place before asking to add it.
_ASKING = re.compile(
    r"^(?:(?:so|ok|okay|hey|also)\s+)?(?:(?:what|which)(?:\s*'?\s*s|\s+is|\s+are|\s+would\s+be)?|"
    r"whats|is\s+there|are\s+there|any|anything|got\s+any|do\s+you\s+know(?:\s+(?:of|any))?|"
    r"know\s+any|(?:can\s+you\s+)?recommend|(?:i|we)\s+(?:need|want|would\s+like)|need|want|"
    r"looking\s+for|(?:i|we)\s*(?:'?\s*m|'?\s*re|\s+am|\s+are)\s+looking\s+for)\s+",
    re.IGNORECASE,
)
_VERDICT = re.compile(
    r"^(?P<topic>.+?)\s+(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+)?(?:is|s|are|looks|seems|feels)"
    r"\s+(?:(?:way|a\s+bit|kinda|really|so|very|just|a\s+little)\s+)*(?:too\s+)?"
    r"(?:early|late|far|expensive|pricey|crowded|touristy|busy|long|much|tiring|boring|closed|"
    r"rushed|soon)\b",
    re.IGNORECASE,
)
_NOT_A_TOPIC = re.compile(r"^(?:it|that|this|everything|day\s*\d+|the\s+day|today|tomorrow)$")


def added_after_asking(previous: str, current: str) -> str | None:
    """'{kind of place}?' then 'add it …' as one request: 'add {kind of place} …'."""
    said = _ADD_IT.match(current.strip())
    if said is None:
        return None
    asked = _ASKING.sub("", previous.strip(" ?!.,")).strip()
    if not asked:
        return None
    return f"add {asked} {said.group('rest').strip(' ,')}".strip()


def judged_topic(text: str) -> str | None:
    """What a clause judges ('kachori corner' in 'kachori corner at 8 is too early for us')."""
    found = _VERDICT.match(text.strip())
    if found is None:
        return None
    topic = re.sub(r"^(?:the\s+|our\s+|my\s+)", "", found.group("topic").strip(" ,"))
    return None if not topic or _NOT_A_TOPIC.match(topic.lower()) else topic


_POINTING = frozenset({"it", "that", "this", "them", "those", "that one", "this one"})
_TARGETED = frozenset({Intent.REMOVE, Intent.MOVE, Intent.RETIME, Intent.BOOK, Intent.REPLACE})
# A no said of the thing named ("las cuevas de Elephanta mejor no"), or a sound before it.
_VERDICT_WORDS = re.compile(
    r"(?:\s+(?:(?:mejor|melhor|better|maybe|quizas)\s+)?(?:no|not|nao|não|nope|nah))+\s*$"
    r"|^(?:(?:nah|no|ok|okay|oye|mira|bueno|pues|ah|oh|hmm|so|and|y|e)\b[\s,]*)+",
    re.IGNORECASE,
)


def named_before(op: ParsedTurn, typed: str) -> ParsedTurn:
    """'Nah, las cuevas de Elephanta mejor no, sácalas': "them" is the place named before.

    Only a clause that names a place (a capitalized name, or a kind of place) is taken.
    """
    if op.intent not in _TARGETED or op.target is None or op.target.node_id:
        return op
    if fold(op.target.text or "") not in _POINTING:
        return op
    clauses = [c.strip() for c in re.split(r"[,.;!?]+", typed) if c.strip()]
    if len(clauses) < 2:
        return op
    before = _VERDICT_WORDS.sub("", clauses[-2]).strip(" ,")
    names_a_place = re.search(r"\s[A-ZÁÉÍÓÚ]", before) or kinds_named(before)
    if not before or not names_a_place or len(before.split()) > 6:
        return op
    return op.model_copy(update={"target": op.target.model_copy(update={"text": before})})
