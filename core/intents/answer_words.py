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
from core.intents.lexicon import number_value
from core.intents.model import PartOfDay
from core.intents.parse import grammar_of
from core.intents.slots import cut, find_days, find_times
from core.text import fold

# Number words of the three languages, checked by text2num (lexicon.number_value).
_N = r"(?P<n>\d{1,2}|[a-z]{2,9})"
_PEOPLE = (
    r"(?:people|persons?|pax|guests?|adults?|members?|folks|of\s+us|personas?|pessoas?|"
    r"adultos?|gente|comensales|integrantes)"
)
# A count of people, in the ways travelers give it (checked on folded text).
_NOT_PEOPLE = r"(?!\s+(?:days?|nights?|hours?|dias?|noches?|noites?|horas?|pm|am|h)\b)"
_PARTY = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:(?:we|there)\s*(?:re|are|ll\s+be|will\s+be)|somos|seremos|seriamos|vamos|"
        rf"iremos|estamos|vamos\s+a\s+ser|vamos\s+ser)\s+(?:(?:em|en|un\s+total\s+de)\s+)?{_N}"
        rf"(?:\s+{_PEOPLE})?\b{_NOT_PEOPLE}",
        rf"\b(?:(?:para|pra|pa|for|p)\s+(?:(?:nos|nosotros|nosotras|us|a\s+party\s+of)\s+)?)?"
        rf"{_N}\s+{_PEOPLE}\b",
        rf"\b(?:para|pra|for)\s+(?:nos|nosotros|nosotras|us)\s+(?:(?:os|as|los|las|all)\s+)?{_N}\b",
        rf"\b(?:party|group|grupo)\s+(?:of|de)\s+{_N}\b",
        rf"\b(?:table|mesa|reservation|reserva)\s+(?:for|para|pra|p)\s+{_N}\b{_NOT_PEOPLE}",
    )
)
_ALONE = re.compile(
    r"\b(?:just|only)\s+(?:me|myself|one)\b|\b(?:solo|somente|apenas|so)\s+(?:yo|eu)\b"
    r"|\b(?:yo|eu)\s+(?:solo|sola|sozinh[oa])\b|\bsolo\s+para\s+mi\b|\bso\s+pra\s+mim\b"
    r"|\b(?:party|table|mesa)\s+(?:of|for|para)\s+(?:one|uno|una|um)\b",
)
_COUPLE = re.compile(
    r"\b(?:somos|we\s*re|we\s+are)\s+(?:a\s+|una\s+|um\s+)?(?:couple|pareja|casal)\b"
)
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


def _count(match: re.Match[str], language: str | None) -> int | None:
    word = match.group("n")
    for lang in dict.fromkeys((language or "en", "en", "es", "pt")):
        value = number_value(word, lang)
        if value is not None:
            return value if 1 <= value <= 99 else None
    return None


def _party_match(folded: str, language: str | None) -> tuple[int, re.Match[str]] | None:
    for pattern, fixed in ((_ALONE, 1), (_COUPLE, 2)):
        if found := pattern.search(folded):
            return fixed, found
    for pattern in _PARTY:
        for found in pattern.finditer(folded):
            if (count := _count(found, language)) is not None:
                return count, found
    return None


def party_in(text: str, language: str | None = None) -> tuple[int, str] | None:
    """A count of people said in `text` and the text without it, or None.

    "Kindly book Casa Xacuti for lunch, we are 5 members" → (5, "Kindly book Casa Xacuti for
    lunch"). Only counts that say people ("we are", "somos", "4 personas", "party of") count:
    "add 2 temples" or "I have 2 kids" are not a party.
    """
    folded = _folded_keeping_length(text)
    found = _party_match(folded, language)
    if found is None:
        return None
    count, match = found
    left = f"{text[: match.start()]} {text[match.end() :]}"
    return count, _PUNCT.sub("", " ".join(left.split()))


def _folded_keeping_length(text: str) -> str:
    """`text` folded letter by letter, so positions found in it are positions in `text`."""
    return "".join(
        (fold(ch) or " ") if ch.strip() else " " for ch in text.replace("'", " ")
    ).lower()


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
