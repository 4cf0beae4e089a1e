"""Requests written with symbols, read as the words they stand for.

Travelers type arrows and signs as verbs: "monserrate day 2 -> day 4 pls", "lunch > 1pm",
"the cevicheria on day 1 → something vegetarian", "dia 2 ↔ dia 3", "X + Y on day 2",
"day 3: X, Y", "X @ 8pm". This reads the message in the rules' grammar (English, after the
es/pt rewrites) and writes each such clause out in words, by one structural reading:

- a stop followed by an arrow and a day and/or a clock time is a move / retime
  ("move X from day 2 to day 4", "move X to 15:00");
- a stop followed by an arrow and anything else (another place, a wish) is a replacement
  ("replace X with something vegetarian");
- two days around a two-headed arrow (↔, <->, <=>, ⇄) are a swap;
- "X + Y [on day 2]" and "day 3: X, Y" add each place (on that day);
- "X @ 8pm", "X @ day 4" are "X at 8pm", "X on day 4" (the rules then read them as usual).

A clause with a verb of its own is left alone: the symbol is then punctuation.
"""

from __future__ import annotations

import re

from core.intents.slots import cut, find_times

_ARROW = r"(?:-+>|=+>|→|⟶|⇒|➔|➜|➡|⟹|»|>{1,2})"
_TWO_HEADED = r"(?:<-+>|<=+>|↔|⇄|⇆|⟷|<>)"
_DAY = r"(?:day\s+\d{1,2}|the\s+(?:first|last|next)\s+day)"
_SWAP = re.compile(
    rf"^(?:[^\W\d]+\s*:?\s+)?(?:on\s+)?({_DAY})\s*{_TWO_HEADED}\s*(?:on\s+)?({_DAY})$",
    re.IGNORECASE,
)
_ONE_ARROW = re.compile(rf"^(?P<left>.+?)\s*(?P<sign>{_ARROW})\s*(?P<right>.+)$")
_POLITE = re.compile(r"\s*\b(?:pls|plz|please|thanks|thx|ty|then|instead)\s*$", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:and|so|ok|okay|hey|hi)\s+)+", re.IGNORECASE)
# Words that make a clause a request of its own: the arrow is then not its verb.
_VERB = re.compile(
    r"\b(?:add|put|move|shift|push|change|replace|swap|remove|delete|book|reserve|show|plan|"
    r"what|how|why|is|are|can|could|should|would)\b",
    re.IGNORECASE,
)
_CLOCK_H = re.compile(r"\b(\d{1,2})\s*h\s*(\d{2})?\b", re.IGNORECASE)  # "15h", "15h30"
_DAY_WORD = re.compile(
    rf"\b(?:{_DAY}|tomorrow|tmrw|today|tonight|the\s+day\s+after|"
    r"(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(?:to|on|at|around|about|ish|in\s+the|the|morning|afternoon|evening|night|pm|am)\b",
    re.IGNORECASE,
)
_LEFT_DAY = re.compile(rf"^(?P<stop>.+?)\s+(?:on\s+|from\s+)?(?P<day>{_DAY})$", re.IGNORECASE)
_AT_SIGN = re.compile(r"\s*@\s*(?=(?:day\s+\d|the\s+(?:first|last)\s+day)\b)", re.IGNORECASE)
_AT_TIME = re.compile(r"\s*@\s*", re.IGNORECASE)
_PLUS = re.compile(r"\s+\+\s*|\s*\+\s+")  # "X + Y", "X +Y"; never "ctrl+z"
_TRAILING_DAY = re.compile(rf"^(?P<stops>.+?)\s+(?P<day>(?:on\s+)?{_DAY})$", re.IGNORECASE)
_DAY_LIST = re.compile(rf"^(?:on\s+)?(?P<day>{_DAY})\s*:\s*(?P<stops>.+)$", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,|\+|\band\b|&)\s*", re.IGNORECASE)
_CLAUSES = re.compile(r"(\s*(?:[;!?]|\.\s|,\s+(?=\S)))")


def _clock(text: str) -> str:
    """'15h' → '15:00', '15h30' → '15:30'."""
    return _CLOCK_H.sub(lambda m: f"{m.group(1)}:{m.group(2) or '00'}", text)


def _only_when(text: str) -> bool:
    """True when the text says only a day and/or a clock time."""
    spans = find_times(text)
    if not spans and not _DAY_WORD.search(text):
        return False
    rest = _DAY_WORD.sub(" ", cut(text, spans))
    return not _FILLER.sub(" ", rest).strip(" ,.-")


def _arrow(clause: str) -> str | None:
    """'X → day 4' → 'move X to day 4'; 'X → something veggie' → 'replace X with …'."""
    if (swap := _SWAP.match(clause)) is not None:
        return f"swap {swap.group(1)} and {swap.group(2)}"
    found = _ONE_ARROW.match(clause)
    if found is None:
        return None
    left = _LEAD.sub("", found.group("left").strip(" ,.-"))
    right = _POLITE.sub("", _clock(found.group("right").strip(" ,.-"))).strip()
    if not left or not right or _VERB.search(left) or re.fullmatch(r"[\d.,\s]+", right):
        return None  # "rating > 4.5", "add X -> then Y": the sign is not a verb there
    if _only_when(right):
        right = re.sub(r"^to\s+", "", right, flags=re.IGNORECASE)
        if (dated := _LEFT_DAY.match(left)) is not None:
            return f"move {dated.group('stop')} from {dated.group('day')} to {right}"
        return f"move {left} to {right}"
    if found.group("sign") in {">", ">>", "»"} or not re.search(r"[^\W\d]", right):
        return None  # a bare ">" only ever stands for "to" before a day or a time
    return f"replace {left} with {right}"


def _added(clause: str) -> str | None:
    """'X + Y on day 2' → 'add X on day 2; add Y on day 2'; 'day 3: X, Y' likewise."""
    day = ""
    listed = _DAY_LIST.match(clause)
    if listed is not None:
        day, stops = f" on {listed.group('day')}", listed.group("stops")
    elif _PLUS.search(clause):
        stops = clause
        if (trailing := _TRAILING_DAY.match(clause)) is not None:
            stops, day = trailing.group("stops"), " " + trailing.group("day")
            if not day.strip().startswith("on"):
                day = " on " + day.strip()
    else:
        return None
    names = [n.strip(" .") for n in _LIST_SEP.split(_LEAD.sub("", stops)) if n.strip(" .")]
    if len(names) < 2 and listed is None:
        return None
    if any(_VERB.search(n) for n in names) or not names:
        return None
    return "; ".join(f"add {name}{day}" for name in names)


def in_words(grammar: str) -> str:
    """The message with each clause written with symbols written out in words."""
    if not re.search(rf"{_ARROW}|{_TWO_HEADED}|[+@]|\bday\s+\d{{1,2}}\s*:", grammar, re.IGNORECASE):
        return grammar
    text = _AT_SIGN.sub(" on ", grammar)
    text = _AT_TIME.sub(" at ", text)
    listed = _DAY_LIST.match(text.strip(" .!"))
    if listed is not None and (added := _added(text.strip(" .!"))) is not None:
        return added  # "day 3: X, Y": the commas list places, not requests
    parts = _CLAUSES.split(text)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(part)
            continue
        out.append(_arrow(part.strip()) or _added(part.strip()) or part)
    return "".join(out)
