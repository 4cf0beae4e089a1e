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
from dataclasses import dataclass, replace

from core.intents.day_words import find_when
from core.intents.lexicon import number_value
from core.intents.model import PartOfDay
from core.intents.parse import grammar_of
from core.intents.party import party_in
from core.intents.slots import ORDINAL_WORDS, cut, find_days, find_times
from core.text import fold

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
    # A bare number with nothing but a preposition ("pro 3", "al tres", "to 3", "3rd"): which
    # slot it fills is the question's (a day when a day was asked).
    number: int | None = None

    @property
    def gives_slots(self) -> bool:
        """Whether the reply says a day, a time, a part of the day or a party."""
        return any(
            v is not None
            for v in (self.day, self.day_ref, self.time, self.part_of_day, self.party_size)
        )


def read_answer(text: str, language: str | None) -> Answer:
    """The slots a reply gives and the thing it names once they and filler are cut.

    A reply too short to tell its language ("pra sexta às 10") is read in each language, and
    the reading that leaves the least unread wins.
    """
    if language is not None:
        return _read_in(text, language)
    readings = [_read_in(text, said_in) for said_in in (None, "es", "pt")]
    return min(readings, key=lambda said: (len(said.rest), -_slot_count(said)))


def _slot_count(said: Answer) -> int:
    return sum(
        v is not None
        for v in (said.day, said.day_ref, said.time, said.part_of_day, said.party_size)
    )


def _read_in(text: str, language: str | None) -> Answer:
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
        number=bare_number(text, language),
        day=int(days[0].value) if days else None,
        day_ref=when.day_ref,
        time=str(times[0].value) if times else None,
        part_of_day=when.part_of_day,
        party_size=size,
        rest=rest,
    )


def party_answer(text: str, said: Answer, language: str | None) -> Answer:
    """`said` with the count of people a reply to "how many?" gives in the rules' grammar.

    "pra 2", "pra 2 às 8 da noite", "para nós dois": the Iberian tables read them as "for 2
    people", which the reply as typed does not say in a people word.
    """
    if said.party_size is not None:
        return said
    for reading in dict.fromkeys((language, "pt", "es")):
        if reading is None:
            continue
        found = party_in(grammar_of(text, reading), "en")
        if found is not None:
            again = _read_in(found[1], "en")
            return replace(again, party_size=found[0], number=None)
    return said


# "pro 3", "pal 3", "al tres", "to 3", "o 3", "the 3rd", "el tercero": a preposition or an
# article, then a number or an ordinal, and nothing else.
_BARE = re.compile(
    r"^(?:(?:pro|pra|pa|pal|al|a|to|for|on|para|o|el|the|no|na|ao|number|numero|move\s+it\s+to|"
    r"mejor|melhor|then|ok|entonces|entao|dale)\s+)*(?P<n>\d{1,2}|[a-z]{3,9})"
    r"(?:st|nd|rd|th|o|a|º|ª)?$"
)
_ORDINALS = {
    **ORDINAL_WORDS,
    "primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "cuarto": 4,
    "quinto": 5, "sexto": 6, "septimo": 7, "primeiro": 1, "terceiro": 3, "quarto": 4,
    "setimo": 7,
}  # fmt: skip


def bare_number(text: str, language: str | None) -> int | None:
    """The number a reply is made of, said with at most a preposition ("pro 3"), or None."""
    found = _BARE.match(fold(text))
    if found is None:
        return None
    word = found.group("n")
    if word in _ORDINALS:
        return _ORDINALS[word]
    for lang in dict.fromkeys((language or "en", "en", "es", "pt")):
        if (value := number_value(word, lang)) is not None:
            return value if 1 <= value <= 31 else None
    return None
