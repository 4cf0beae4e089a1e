"""Where a new request starts inside one message: by its verb, not by its words.

A message in the rules' grammar ("remove el Wee Dram and el Calton Hill add that at 4:30",
"remove la Ribeira and for dinner on monday add algo de mariscos") joins its requests with
"and", "," or "then". A connector starts a new request only when what follows carries a verb of
its own: at its start, after the slots that lead it ("for dinner on monday add …", "tomorrow
in the morning add …"), or after a fronted object taken up again by a pronoun ("el Calton Hill
add that at 4:30": the Calton Hill is retimed, not a second removal). Names with "and" inside
("Bed and Breakfast", "Tasca do Cais e Vinhos") carry no verb after it and stay whole.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn

# The verbs of the rules' grammar: Spanish and Portuguese verbs are rewritten to these first.
_VERB = (
    r"(?:add|remove|delete|drop|move|change|replace|swap|switch|book|reserve|clear|put|push|"
    r"shift|reschedule|cancel|skip|include|stick|scrap|ditch|bump|pull|retime|take\s+out|"
    r"take\s+off|get\s+rid\s+of)"
)
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Slots a clause may open with before its verb ("and for dinner on monday add …").
_LEAD_SLOT = (
    r"(?:(?:and|also|plus|then|so|too|ah|oh|y|e)\s+"
    r"|(?:(?:on|for|in|at|to|by)\s+)?(?:the\s+)?(?:day\s*\d{1,2}|" + _DAY_NAME + r"|tonight|"
    r"tomorrow|today|dinner|lunch|breakfast|brunch|morning|afternoon|evening|night|sunset|"
    r"first\s+day|last\s+day)(?:\s+(?:on\s+)?(?:day\s*\d{1,2}|" + _DAY_NAME + r"))?,?\s+)"
)
_STARTS = re.compile(rf"^(?:{_LEAD_SLOT})*{_VERB}\b", re.IGNORECASE)
# "el Calton Hill add that at 4:30", "o museu muda ele pra quinta" (rewritten "change that").
_FRONTED = re.compile(
    rf"^(?:(?:the|el|la|los|las|o|a|os|as|to)\s+)?(?P<thing>\w[^,;]*?),?\s+"
    rf"(?P<verb>{_VERB})\s+(?:it|that|them|this|this\s+one|that\s+one)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_NOT_A_THING = re.compile(
    rf"^(?:{_VERB}|it|that|this|them|there|i|we|you|and|also|then|so|can|could|please|pls|"
    r"just|maybe|(?:on|for|in|at|to)\s+(?:the\s+)?(?:day|" + _DAY_NAME + r"|dinner|lunch|"
    r"breakfast|morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)


# Clauses that start no request even with a verb in them.
_NOT_STARTED = frozenset({Intent.UNKNOWN, Intent.SOCIAL, Intent.HELP})


def _slotted(op: ParsedTurn) -> bool:
    """A request that says when: a day, a time, a part of the day or a meal."""
    return any(
        value is not None for value in (op.day, op.day_ref, op.time, op.part_of_day, op.meal)
    )


def new_request(piece: str, started: ParsedTurn, before: ParsedTurn) -> str | None:
    """The request a clause after a connector starts, or None when it goes on the one before.

    `started` is the clause read alone, `before` the request so far. A clause starts a request
    when it has a verb of its own; or when, after an addition that said when, it names
    something with a when of its own ("add X on thursday morning and Y at sunset": two
    additions, where "add fish and chips at 8" stays one).
    """
    if started.intent in _NOT_STARTED:
        return None
    if starts_request(piece):
        return piece
    if (
        before.intent is Intent.ADD
        and started.intent is Intent.ADD
        and started.confidence < 1
        and _slotted(before)
        and _slotted(started)
        and started.query
    ):
        return f"add {piece}"
    if _retimed_after_removal(started, before):
        return f"move {piece}"  # "remove X, and Y at 2pm": Y is kept and retimed
    return None


def _retimed_after_removal(started: ParsedTurn, before: ParsedTurn) -> bool:
    """After a removal, a thing named with a clock time and no verb is that thing retimed.

    "remove miramar beach, and fort aguada at 2pm", "quita el museo y el almuerzo a la 1": one
    does not remove a stop by its new time; a removal that itself said a time stays a list.
    """
    return (
        before.intent is Intent.REMOVE
        and (before.target is None or before.target.time is None)
        and before.time is None
        and started.intent is Intent.ADD
        and started.confidence < 1
        and started.time is not None
        and bool(started.query or started.meal)
        and started.day is None
        and started.day_ref is None
    )


def starts_request(piece: str) -> bool:
    """True when a clause carries a verb of its own, first or after the slots that lead it."""
    return bool(_STARTS.match(piece.strip()))


def fronted(piece: str) -> str:
    """A clause whose object comes first, put back in order: 'X add that at 4' → 'add X at 4'.

    Anything else comes back unchanged.
    """
    match = _FRONTED.match(piece.strip())
    if match is None or _NOT_A_THING.match(match["thing"]):
        return piece
    verb = match["verb"]
    if _MEAL_AT_A_TIME.match(f"{match['thing']} {match['rest']}"):
        verb = "move"  # "y la cena ponla a las 9": the day's dinner, retimed, not a second one
    return f"{verb} {match['thing'].strip()}{match['rest']}"


# A meal and only a clock time: "dinner … at 9".
_MEAL_AT_A_TIME = re.compile(
    r"^(?:dinner|lunch|breakfast|brunch)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?[\s.!]*$",
    re.IGNORECASE,
)


_CONNECTOR = re.compile(
    r"\s*(?:;|[.?!]\s+|,?\s+and\s+then\s+|,?\s+then\s+|,?\s+and\s+also\s+|,?\s+also\s+|"
    r",\s+and\s+|,\s+|\s+and\s+|\s+\+\s+)\s*",
    re.IGNORECASE,
)


def verb_led_parts(grammar: str) -> list[str]:
    """The message cut only where a connector is followed by a verb of its own.

    For requests whose "and" is their own ("swap day 1 and day 2", "plan 3 days with beaches
    and temples"): "clear day 3 and swap day 1 with 2" is still two requests.
    """
    parts: list[str] = []
    start = 0
    for match in _CONNECTOR.finditer(grammar):
        if starts_request(grammar[match.end() :]):
            parts.append(grammar[start : match.start()])
            start = match.end()
    parts.append(grammar[start:])
    return [part.strip() for part in parts if part.strip()]
