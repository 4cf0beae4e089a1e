"""A command on a whole day or on the trip's length, with talk around it.

"drop the last day pet, wor flight's dead early", "wipe day 2 love, summat's come up",
"empty out friday b'y, beach day, nothing planned", "Atão, corta-me o último dia, ê moço, que
a gente volta na quinta": the command is complete in one clause; what stands beside it is a
word of address ("pet", "love", "b'y", "ê moço"), an opener ("Atão") or a reason. Read whole,
the rules took the address and the reason for an item to remove, or "nothing planned" for a
day to plan. Read on the rules' grammar (core.intents.parse.canonical): the first clause that
says something, its words of address off, is read alone; when it empties a day or takes days
off or onto the trip, and no later clause asks for anything, it is the request. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from core.intents.chat_tags import untagged
from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn

Classify = Callable[[str, dt.date | None], ParsedTurn]

_CLAUSE = re.compile(r"\s*(?:[,;:!?]+|\.(?:\s+|$)|\s-+\s)\s*")
# Words of address said after a command, in the voices chat_tags does not cover (they are
# words of other things too, so they come off only here, at the end of a day's command).
_ADDRESS = loose(
    r"(?:\s+(?:pet|love|luv|hun|hon|honey|dear|darlin[g']?|sweetie|b\s*'?\s*y|la|lad|lads|"
    r"boss|mate|pal|man|brah|bro|bruh|dude|guys|folks|buddy|chief|sir|ma\s*'?\s*am|"
    r"[eê]\s+mo[cç]o|mo[cç]o|[oó]\s+home|home|guey|wey|we+y|cara|mano|pa|amigo|amiga|"
    r"please|pls|plz|porfa|pf|pfv|por\s+favor))+$"
)
# A later clause that asks for something more: a request verb, or "a museum", "un café".
_ASKS_MORE = loose(
    r"\b(?:add|put|pop|stick|remove|move|book|swap|replace|delete|schedule|plan|change|"
    r"make|find|get\s+us|take|drop|cancel|show)\b"
    r"|^(?:(?:and|then|plus|y|e|luego|depois)\s+)?(?:a|an|some|un|una|um|uma)\s"
)
# A clause of one word before the command says nothing: "Atão", "ok", "b'y".
_OPENER = re.compile(r"^[\w'’]+$")


def _empties_a_day(op: ParsedTurn) -> bool:
    return (
        op.intent is Intent.REMOVE
        and op.target is not None
        and op.target.every
        and op.target.node_type is None
        and (op.day is not None or op.day_ref is not None)
    )


def _is_day_command(op: ParsedTurn) -> bool:
    return op.intent in {Intent.REMOVE_DAYS, Intent.ADD_DAYS} or _empties_a_day(op)


def day_command_turn(grammar: str, today: dt.date | None, classify: Classify) -> ParsedTurn | None:
    """The whole-day or trip-length command a message says with talk around it, or None.

    Args:
        grammar: the message in the rules' grammar.
        today: the day the message is read on.
        classify: the rules' reading of one request.

    Returns:
        The command read from its own clause, or None when the message is not that shape.
    """
    clauses = [c.strip() for c in _CLAUSE.split(grammar) if c.strip()]
    if clauses and _OPENER.match(clauses[0]) and len(clauses) > 1:
        clauses = clauses[1:]  # "Atão, corta-me o último dia"
    if not clauses:
        return None
    first = untagged(_ADDRESS.sub("", clauses[0]).strip())
    first = _ADDRESS.sub("", first).strip()
    if not first or (first == clauses[0] and len(clauses) == 1):
        return None  # nothing beside the command: the rules read it as said
    if any(_ASKS_MORE.search(later) for later in clauses[1:]):
        return None  # "clear day 2, and add a museum on day 3": two requests
    read = classify(first, today)
    return read if _is_day_command(read) else None
