"""A stop said with the day it leaves and the day it goes to, and no verb: a move.

Why: "las bovedas from saturday to the 10th", "the castle from day 2 to day 4", "el castillo
del sábado al domingo", "o castelo do dia 2 pro dia 4" name a stop and two days; nothing is
added on two days, so the stop moves from the first to the second. Read on the rules' grammar,
where the es/pt words already read "on saturday to sunday" / "on day 2 to day 4".
"""

from __future__ import annotations

import re

_DAY = (
    r"(?:day\s*\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|"
    r"the\s+(?:\d{1,2}(?:st|nd|rd|th)|first\s+day|last\s+day))"
)
_FROM_TO = re.compile(
    r"^(?:(?:the|el|la|los|las|o|a|os|as)\s+)?(?!(?:(?:please|pls|plz|kindly|just)\s+)*"
    r"(?:add|remove|move|shift|push|bump|reschedule|bring|take|put|swap|replace|book|"
    r"change|show|what|clear|plan|is|are|can|could|it|that|this|day)\b)"
    rf"(?P<x>[^,;?!]+?)\s+(?:from|on)\s+(?P<a>{_DAY})\s+(?:to|on|until|till)\s+"
    rf"(?P<b>{_DAY}|\d{{1,2}}(?:st|nd|rd|th))\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def moved_day_to_day(grammar: str) -> str:
    """`grammar` as 'move X from A to B' when it names a stop and two days, else unchanged."""
    found = _FROM_TO.match(grammar.strip())
    if found is None:
        return grammar
    if re.search(r"\d(?:st|nd|rd|th)$", found["b"]):
        # "… to the 10th": a date; where the stop is now the trip tells
        return f"move {found['x']} to {found['b']}{found['rest']}"
    return f"move {found['x']} from {found['a']} to {found['b']}{found['rest']}"
