"""A message's language told without the names of the trip's stops, typed in lower case.

"remove jantar mantar", "livraria lello opening hours?": a name typed in lower case is read
word by word, and its words may be Portuguese or Spanish ones ("jantar" is "dinner",
"livraria" "bookshop"). When the words that told the message's language all belong to the
name of a stop of the trip, the message tells no language: the conversation's own is kept.
Names typed with capitals are already left out (core.intents.language). Pure, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.domain.itinerary import Day
from core.intents.language import detect_language
from core.intents.lexicon import loose
from core.intents.model import ParsedMessage
from core.text import fold


def _names(days: Sequence[Day]) -> Iterable[str]:
    for day in days:
        for node in day.nodes:
            if node.title:
                yield fold(node.title)


def without_names(text: str, names: Iterable[str]) -> str:
    """`text` with every one of `names` (folded) it holds taken out; its own accents kept."""
    said = f" {text} "
    for name in sorted(set(names), key=len, reverse=True):
        if len(name) >= 4:
            # accents as typed stay: "às" tells Portuguese once "Palácio da Bolsa" is out
            spaced = r"\s+".join(name.split())
            said = loose(rf"(?<=[\s,.!?]){spaced}(?=[\s,.!?])").sub(" ", said)
    return " ".join(said.split())


def told_beside_stops(message: ParsedMessage, text: str, days: Sequence[Day]) -> ParsedMessage:
    """The message, its language told again without the trip's stop names when it was es/pt.

    Args:
        message: The message as the rules read it.
        text: The message as typed.
        days: The trip's days, whose stops' names are left out.
    """
    if message.language not in {"es", "pt"} or message.first.reply_language is not None:
        return message
    rest = without_names(text, _names(days))
    if rest == " ".join(text.split()):
        return message  # no stop named: the words are the traveler's own
    told = detect_language(rest)
    if told == message.language:
        return message
    return message.model_copy(update={"language": told})
