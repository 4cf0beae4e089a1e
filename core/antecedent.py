"""After a question about a place, "it" is that place.

"a q hora abre la Livraria Lello?" … "ok entonces pasala a las 10"; "what's monserrate like?" …
"cool, add it on day 3". The question changed nothing, so the last item changed is not what
"it" means: the place asked about is. A place the trip doesn't have yet is added.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from core.domain.itinerary import Day
from core.domain.targeting import find_targets
from core.intents.model import Intent, ParsedMessage, ParsedTurn, Target
from core.intents.parse import parse
from core.text import fold

# "ese restaurante", "esse lugar", "that spot", "aquela praia": a demonstrative and a kind.
_THAT_KIND = re.compile(
    r"^(?:that|this|ese|esa|este|esta|esse|essa|aquel|aquella|aquele|aquela)"
    r"(?:\s+(?:same|mismo|misma|mesmo|mesma))?\s+[a-z][a-z-]+$"
)

POINTING = frozenset({"it", "that", "this", "them", "that one", "this one", "there"})
_ASKED = frozenset({Intent.EXPLAIN, Intent.INFO})
_POINTED = frozenset({Intent.MOVE, Intent.RETIME, Intent.REMOVE, Intent.BOOK, Intent.EXPLAIN})


def points(message: ParsedMessage) -> bool:
    """True when the message's one request says "it" / "that" for what it is about."""
    if len(message.ops) != 1:
        return False
    op = message.first
    said = op.target.text if op.target is not None else op.query
    return _pointing(said)


def _pointing(said: str | None) -> bool:
    """'it', 'that', and 'ese restaurante' / 'esse lugar' / 'that spot' alike."""
    folded = fold(said or "").strip()
    return folded in POINTING or _THAT_KIND.match(folded) is not None


def asked_about(previous: str, today: dt.date, language: str | None) -> str | None:
    """The place a traveler's previous message asked about, as they named it, or None."""
    said = parse(previous, today=today, usual_language=language)
    if len(said.ops) != 1 or said.first.intent not in _ASKED:
        return None
    target = said.first.target
    name = target.text if target is not None else None
    if not name or _pointing(name):
        return None
    return name


def with_antecedent(message: ParsedMessage, name: str, days: Sequence[Day]) -> ParsedMessage:
    """The message with "it" read as the place `name`.

    An "add it" / "move it" of a place the trip lacks becomes adding it there.
    """
    if len(message.ops) != 1:
        return message
    op = message.first
    if op.intent in _POINTED and op.target is not None and _pointing(op.target.text):
        named = op.model_copy(update={"target": Target(text=name)})
        if op.intent is Intent.MOVE and not find_targets(list(days), Target(text=name), None):
            named = ParsedTurn(
                intent=Intent.ADD,
                query=name,
                day=op.to_day,
                day_ref=op.to_day_ref,
                time=op.time,
                part_of_day=op.part_of_day,
            )
        return message.model_copy(update={"ops": (named,)})
    if op.intent is Intent.ADD and _pointing(op.query):
        return message.model_copy(update={"ops": (op.model_copy(update={"query": name}),)})
    return message
