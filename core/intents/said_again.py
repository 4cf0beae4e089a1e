"""'Same but on friday': the traveler's last request again, with another day or time.

"lo mismo pero el viernes", "o mesmo mas na sexta", "same thing for day 4", "again at 8pm",
"igual pero a las 5", "faz o mesmo no dia 3". The message says only when; what to do is the
request the traveler made before (core.orchestrator finds it in the chat and applies
`again_with` to each of its operations). A message that says anything besides when ("the
same restaurant on friday") is not this: it names what it wants.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.intents.clauses import only_when
from core.intents.day_words import find_when
from core.intents.model import Intent, ParsedTurn
from core.intents.slots import find_days, find_times
from core.text import fold

_SAME = re.compile(
    r"^(?:(?:and|ok|okay|now|actually|y|e|ahora|agora|vale|dale|beleza|mejor|melhor|"
    r"mas\s+bien|h?m+)[\s,]+)*"
    r"(?:(?:do|make\s+it)\s+)?(?:the\s+)?(?:same(?:\s+thing)?(?:\s+again)?|ditto|again|"
    r"do\s+(?:that|it)\s+again|repeat(?:\s+(?:that|it))?|once\s+more|"
    r"(?:haz|hace|hacé|has)\s+lo\s+mismo|lo\s+mismo|igual|otra\s+vez|de\s+nuevo|repite(?:lo)?|"
    r"(?:faz|faca|faça)\s+o\s+mesmo|o\s+mesmo|a\s+mesma\s+coisa|mesma\s+coisa|de\s+novo|"
    r"outra\s+vez|repete)\b[\s,]*"
    r"(?:(?:but|only|just|this\s+time|pero|solo|sólo|nomas|nomás|mas|só|so)\b[\s,]*)*"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# What follows "same" that only says which way the repeat goes ("… for day 4", "… pa …").
_LEAD = re.compile(r"^(?:for|para|pra|pro|pa|on)\s+(?=\S)", re.IGNORECASE)
_AGAIN_TAIL = re.compile(
    r"(?:\s+(?:again|otra\s+vez|de\s+nuevo|de\s+novo|pls|plz|please|porfa|pf|pfv|por\s+favor))+$",
    re.IGNORECASE,
)


def said_again(cleaned: str, to_grammar: Callable[[str], str]) -> ParsedTurn | None:
    """The repeat a message asks for, with its new day and time; None when it is not one.

    `to_grammar` puts the part after "same" into the rules' grammar (days, times).
    """
    text = fold(cleaned).strip(" .!?")
    match = _SAME.match(text)
    if match is None:
        return None
    rest = _AGAIN_TAIL.sub("", match["rest"].strip(" ,.!?"))
    if not rest:
        return None
    grammar = to_grammar(rest)
    grammar = _LEAD.sub("", grammar)
    if not only_when(grammar):
        return None
    when = find_when(grammar)
    days = find_days(grammar)
    times = find_times(grammar)
    turn = ParsedTurn(
        intent=Intent.UNKNOWN,
        again=True,
        day=int(days[0].value) if days else None,
        day_ref=when.day_ref,
        time=str(times[-1].value) if times else None,
        part_of_day=when.part_of_day,
        confidence=0,
    )
    if turn.day is None and turn.day_ref is None and turn.time is None and not turn.part_of_day:
        return None
    return turn


# Requests a repeat may take up: those that change the trip or say where.
REPEATABLE = frozenset(
    {
        Intent.ADD,
        Intent.MOVE,
        Intent.RETIME,
        Intent.REMOVE,
        Intent.REPLACE,
        Intent.BOOK,
        Intent.FILL_MEALS,
        Intent.SHOW,
        Intent.PLAN,
        Intent.RELAX,
    }
)


def again_with(op: ParsedTurn, said: ParsedTurn) -> ParsedTurn:
    """An earlier operation with the day and time a repeat says instead."""
    update: dict[str, object] = {"same_day": False}
    new_day = said.day is not None or said.day_ref is not None
    moves = op.intent is Intent.MOVE
    if new_day:
        if moves:
            update.update(to_day=said.day, to_day_ref=said.day_ref)
        else:
            update.update(day=said.day, day_ref=said.day_ref)
    if said.time is not None:
        update.update(time=said.time, time_said_bare=said.time_said_bare, part_of_day=None)
    elif said.part_of_day is not None:
        update.update(part_of_day=said.part_of_day, time=None)
    elif new_day and not moves:
        update.update(time=None)  # another day: the day's own free time, not the old hour
    return op.model_copy(update=update)
