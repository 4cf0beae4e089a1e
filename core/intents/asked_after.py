"""A question about one place, then more about "it": one question about that place.

Travelers ask about a stop and go on asking in the same message: "why is X on here? whats so
special about it", "why the X, is it famous or what", "tell me about X. is it worth it?". The
later clauses name nothing but "it", "this", "that place": they ask about the place of the
first. Or the first asks about "the museum" and a later clause says which: "is the museum
open right now? the X one", "when does the temple close - i mean X". Read alone, each clause
would be a question about nothing (or about "or", from "or what"). Here the message is one
question: the first clause's, about the place named (in it, or in the later "the X one").

A later clause that asks for a change ("… add it on day 3"), names a place of its own or a day
is not a follow-up: the message is left to the other readers. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from core.intents.model import Intent, ParsedTurn

_ASKING = frozenset({Intent.EXPLAIN, Intent.INFO})
_CLAUSE_END = re.compile(r"\s*(?:[?!.;]+|,|\s-+\s)\s*")
# Tags that end a question and ask nothing more: "is it famous or what", "any good or nah".
_TAG_TAIL = re.compile(
    r"\s*(?:,\s*)?\b(?:or\s+(?:what|not|nah|no|nothing)|right|eh|huh|innit|tho|though|lol|haha)"
    r"\s*$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"\b(?:it|its|it\s*'?\s*s|this|that|there|(?:the|this|that)\s+(?:place|spot|one|thing))\b",
    re.IGNORECASE,
)
_NAMES_NOTHING = frozenset(
    {"", "it", "its", "this", "that", "there", "the place", "this place", "that place", "one"}
)
# Which one, said after: "the CSMVS one", "i mean X", "the one called X".
_WHICH = re.compile(
    r"^(?:(?:i\s+mean|meaning|like)\s+)?(?:the|that)\s+(?P<a>\S+(?:\s+\S+){0,3}?)\s+one$"
    r"|^(?:i\s+mean|meaning)\s+(?:the\s+)?(?P<b>\S+(?:\s+\S+){0,4})$"
    r"|^the\s+one\s+(?:called|named)\s+(?P<c>\S+(?:\s+\S+){0,4})$",
    re.IGNORECASE,
)
# A short judgement asked about "it" without the word: "any good?", "worth it?", "famous?"
_JUDGED = re.compile(
    r"^(?:is\s+it\s+|it\s*'?\s*s\s+|its\s+)?(?:any\s+good|worth\s+(?:it|going|the\s+\w+)|famous|"
    r"popular|nice|good|busy|crowded|touristy|expensive|pricey|far|open)(?:\s+\w+)?$",
    re.IGNORECASE,
)

Read = Callable[[str], Sequence[ParsedTurn]]


def _clauses(text: str) -> list[str]:
    return [c for c in (_TAG_TAIL.sub("", p.strip()) for p in _CLAUSE_END.split(text)) if c]


def _named(op: ParsedTurn) -> str:
    return ((op.target.text if op.target else None) or "").strip().casefold()


def _which(clause: str) -> str | None:
    """The place a "the X one" clause names, or None."""
    found = _WHICH.match(clause)
    return next((g for g in found.groups() if g), None) if found else None


def _follows(clause: str, read: Read) -> bool:
    """A clause that only asks more about the place already talked about."""
    if _JUDGED.match(clause):
        return True
    if not _PRONOUN.search(clause):
        return False
    ops = read(clause)
    return bool(ops) and all(op.intent in _ASKING and _named(op) in _NAMES_NOTHING for op in ops)


def asked_after(text: str, read: Read) -> ParsedTurn | None:
    """The one place question a message of several clauses asks, or None.

    `read` reads one clause alone (the parser).
    """
    clauses = _clauses(text)
    if len(clauses) < 2:
        return None
    first = list(read(clauses[0]))
    if len(first) != 1 or first[0].intent not in _ASKING:
        return None
    asked = first[0]
    name = None
    for clause in clauses[1:]:
        if (said := _which(clause)) is not None and name is None:
            name = said
        elif not _follows(clause, read):
            return None
    if name is not None and asked.target is not None:
        return asked.model_copy(update={"target": asked.target.model_copy(update={"text": name})})
    return asked if _named(asked) not in _NAMES_NOTHING else None
