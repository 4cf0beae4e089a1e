"""Wanting a day free: "quero a quarta livre", "I want day 3 empty", "déjame el viernes libre".

A day said with "free / libre / livre / empty / vacío / vazio" after a verb of wanting or
leaving is a request to clear that day (the editor asks first when it holds several items).
Read on the message in the rules' grammar, where weekdays and day numbers are English.
"""

from __future__ import annotations

from core.intents.day_words import day_refs
from core.intents.lexicon import loose
from core.intents.model import Intent, ParsedTurn, Target
from core.intents.slots import find_days

_DAY = (
    r"(?:day\s*\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|"
    r"(?:the\s+)?(?:first|last|final)\s+day)"
)
_FREE = (
    r"(?:free|empty|clear|blank|libre|vacio|vacia|livre|vazio|vazia|in\s+blanco|en\s+blanco|"
    r"em\s+branco)"
)
# "el martes dejalo en blanco", "tuesday, leave it empty": the day first, then leaving it so.
_DAY_LEFT_FREE = loose(
    rf"\b{_DAY}\b[^.!?]{{0,12}}?\b(?:leave|keep|deja|dejalo|dejala|dejamos|deixa|deixe|"
    rf"deixar)\w*\s+(?:it\s+|lo\s+|o\s+)?{_FREE}\b"
)
# The day said, then (within a word) that it should be free: "a quarta livre", "day 3 empty".
_WANT_FREE = loose(
    r"\b(?:want|wanna|need|keep|leave|let|make|add|quiero|queremos|quisiera|necesito|deja|"
    r"dejame|dejar|dejemos|dejalo|quero|queria|preciso|deixa|deixar|deixe|deixem)\b"
    rf"[^.!?]{{0,20}}?\b{_DAY}\s+(?:\w+\s+)?"
    rf"{_FREE}\b"
)
_NOT_FREE = loose(r"\b(?:free\s+(?:time|entry|tour|tours|admission)|free\s+of)\b")


def free_day_turn(grammar: str) -> ParsedTurn | None:
    """Clearing the one day a message wants free, or None."""
    wanted = _WANT_FREE.search(grammar) or _DAY_LEFT_FREE.search(grammar)
    if not wanted or _NOT_FREE.search(grammar):
        return None
    days = {int(found.value) for found in find_days(grammar)}
    refs = set(day_refs(grammar))
    if len(days) + len(refs) != 1:
        return None
    target = Target(every=True)
    if days:
        return ParsedTurn(intent=Intent.REMOVE, target=target, day=days.pop())
    return ParsedTurn(intent=Intent.REMOVE, target=target, day_ref=refs.pop())
