"""The trip's stop a question names among other words ("why is jantar mantar at that time").

A question about a stop often carries words of its own beside the name: when it is ("at that
time", "tan temprano", "de manhã"), where ("there", "ahí"), what is asked ("free entry"). When
the whole phrase names no stop, the longest run of its words that names one does, when every
other word is one of those words of time and asking ("jehangir art gallery" is a place of its
own, not the trip's art museum).
"""

from __future__ import annotations

from core.domain.itinerary import Day
from core.domain.targeting import Located, find_targets
from core.intents.model import Target
from core.text import fold

# Words that never start or end a stop's name: articles, pronouns, words of time and asking.
_AROUND = frozenset(
    """the a an at that this there here so too very early late time hour hours now then it
    free entry entrance admission to get in on for of and is are was why you put did
    el la lo los las un una ese esa eso este esta ahi alli alla tan muy temprano tarde hora
    horas esa de del a al en y por que q pusiste es gratis entrada
    o os as um uma esse essa isso ai ali la tao cedo tarde manha noite hora horas de do da
    no na as aos e por que pq vc voce botou colocou gratis entrada pago paga""".split()
)


def stop_within(days: list[Day], text: str, day: int | None) -> tuple[list[Located], str]:
    """The stops the longest run of words in `text` names, and that run ([] when none does)."""
    words = fold(text).split()
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if run[0] in _AROUND or run[-1] in _AROUND:
                continue
            if not any(len(word) >= 3 for word in run):
                continue
            rest = words[:start] + words[start + size :]
            if not all(word in _AROUND for word in rest):
                continue  # "jehangir art gallery": a place named whole, not a stop's name
            said = " ".join(run)
            if found := find_targets(days, Target(text=said), day):
                return found, said
    return [], text
