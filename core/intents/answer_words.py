"""A reply read as an answer to the bot's own question: "pal jueves", "1pm", "somos 2", a name.

After "Which day?", "For how many people?" or "What would you like to book?" the traveler
answers with a fragment, not a request. The fragment is read for the slots any question can
ask (a day, a time, a part of the day, a count of people) in the rules' grammar, so every
phrasing the request rules know ("el tercer día", "às 13h", "no sábado") is known here too;
what is left once those and the filler around them are cut is the thing named ("La
Cevichería Caribe"). Which of these the question wanted is the caller's business
(core.agents.prompt_answers). Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.intents.day_words import find_when
from core.intents.model import PartOfDay
from core.intents.parse import grammar_of
from core.intents.party import party_in
from core.intents.slots import cut, find_days, find_times

# What stands around the answer without saying anything ("mejor el sábado porfa", "the one
# at 1pm, thanks"): cut from both ends of what is left.
_FILLER = (
    r"no|yes|yeah|si|sim|ok|okay|then|so|well|actually|better|rather|instead|maybe|hmm|um|"
    r"please|pls|plz|thanks|thank\s+you|por\s+favor|porfa|porfis|pfv|pf|obrigad[oa]|gracias|"
    r"mejor|melhor|pues|bueno|entonces|entao|dale|vale|ah|oh|hey|pero|but|mas|y|e|and|"
    r"in|at|on|for|to|of|the|a|an|el|la|los|las|lo|o|os|as|um|uma|un|una|en|no|na|nos|nas|"
    r"para|pra|pro|pa|al|ao|del|do|da|de|it|that|this|one|s"
)
_EDGES = re.compile(
    rf"^(?:(?:{_FILLER})\b[\s,.;:!?-]*)+|(?:[\s,.;:!?-]*\b(?:{_FILLER}))+[\s,.;:!?-]*$"
)
_PUNCT = re.compile(r"^[\s,.;:!?¡¿()-]+|[\s,.;:!?¡¿()-]+$")


@dataclass(frozen=True)
class Answer:
    """The slots a reply gives and what it names besides them (`rest`, as typed)."""

    day: int | None = None
    day_ref: str | None = None
    time: str | None = None
    part_of_day: PartOfDay | None = None
    party_size: int | None = None
    rest: str = ""

    @property
    def gives_slots(self) -> bool:
        """Whether the reply says a day, a time, a part of the day or a party."""
        return any(
            v is not None
            for v in (self.day, self.day_ref, self.time, self.part_of_day, self.party_size)
        )


def read_answer(text: str, language: str | None) -> Answer:
    """The slots a reply gives and the thing it names once they and filler are cut."""
    party = party_in(text, language)
    size, text = party if party is not None else (None, text)
    grammar = grammar_of(text, language)
    when = find_when(grammar)
    grammar = when.text
    days = find_days(grammar)
    times = find_times(grammar)
    rest = cut(grammar, [*days[:1], *times[:1]])
    rest = _PUNCT.sub("", _EDGES.sub("", _PUNCT.sub("", rest)))
    return Answer(
        day=int(days[0].value) if days else None,
        day_ref=when.day_ref,
        time=str(times[0].value) if times else None,
        part_of_day=when.part_of_day,
        party_size=size,
        rest=rest,
    )
