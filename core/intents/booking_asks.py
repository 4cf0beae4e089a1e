"""A booking wished for in chat, the place said or not.

"quero fazer uma reserva", "quiero reservar", "me reservas mesa?", "can u get us a
reservation", "I'd like to book Marisqueira da Foz". The rules read "fazer uma reserva" as a
place to add and "quiero reservar" as nothing. A wish or an ask (quero, quiero, I'd like to,
can you…), a verb or a noun of booking (reservar, reserva, book, reservation), then whatever
follows (a place, a party, a time) is the request, written in the rules' phrasing "book
<rest>" ("reserva <rest>" in Spanish and Portuguese). Used only when the rules read no booking.
With no place said, the booking agent asks which stop of the trip; "a table" is any meal stop
(core.agents.booking).
"""

from __future__ import annotations

import re

from core.intents.party import party_in
from core.text import fold

_ASK = (
    r"(?:(?:oi|ola|hola|hey|hi|hello|bonjour|salut|buenas|ok|okay|entao|entonces|so|bueno|pues|"
    r"y|e|and|oye|ei)\s+)*"
    r"(?:(?:quero|quiero|queria|quisiera|queremos|queriamos|gostaria\s+de|me\s+gustaria|"
    r"(?:i|we)\s*(?:d|would)\s+(?:like|love)(?:\s+to)?|(?:i|we)\s+(?:want|need)\s+to|(?:i|we)\s+wanna|"
    r"can\s+(?:you|u)|could\s+(?:you|u)|pode(?:s|ria)?|puedes|podrias|podria|da\s+pra|"
    r"tem\s+como|necesito|necesitamos|preciso|precisamos|e\s+possivel|es\s+posible|"
    r"is\s+it\s+possible\s+to|"
    # "mainha quer reservar…", "my wife wants to book…": someone of the party wishes it
    r"(?:[a-z]+\s+){0,3}(?:quer|quiere|quieren|wants\s+to|would\s+like\s+to))\s+)+"
    r"(?:(?:me|nos|us|pra\s+gente)\s+)?"
)
_BOOK = (
    r"(?:(?:fazer|hacer|make|get|do|pedir)\s+(?:(?:uma|una|um|un|a|an|the|us\s+a|nos\s+una)\s+)?"
    r"(?:reserva|reservacion|reservation|booking)|reserv\w*|book"
    # "we'd like a table at X", "queremos uma mesa no X": the table wished for is the booking
    r"|(?:(?:a|an|uma|una|um|un)\s+)?(?:table|mesa))"
)
# "Please make reservation at X, day 1 7pm": the booking asked for outright, article or not
_MADE = r"(?:(?:please|pls|kindly)\s+)?make\s+(?:a\s+)?(?:reservation|booking)"
_WISHED = re.compile(rf"^(?:{_ASK}{_BOOK}|{_MADE}|(?:(?:me|nos)\s+)?reserv\w*)\b(?P<rest>.*)$")
# "…, day 1 7pm. Thank you very much.": manners after the request are no part of the place
_THANKS_TAIL = re.compile(
    r"(?:[\s,.!?]+(?:thank\s+you|thanks|thx|ty|gracias|obrigad[oa]|merci"
    # "…às 20h, pode?", "…, ¿puedes?": asking whether it can be done is the request itself
    r"|pode|podes|puede|puedes|can\s+(?:you|u)|could\s+(?:you|u)|ok|okay|vale|please|pls)"
    r"(?:\s+(?:so\s+much|very\s+much|a\s+lot|mil|muito))?)+[\s.!?]*$"
)
_SENTENCE_END = re.compile(r"[?!]+\s+")
# The rules' own verb of booking in each language, so the rest is read in its language.
_VERB = {"es": "reserva", "pt": "reserva"}


def booking_asked(text: str, language: str | None) -> str | None:
    """The message as "book <rest>" ("reserva <rest>") when it wishes for a booking, or None.

    Args:
        text: The message, normalized and without its openers.
        language: The message's language, when known.
    """
    # "…Foz pour 6 pessoas? somos a família toda": what follows the asking sentence is a remark,
    # unless it says who comes ("¿podés reservar en X? seríamos 3"): that stays for the party
    sentences = [fold(said).strip(" ?!.") for said in _SENTENCE_END.split(text)]
    found = next(
        ((at, f) for at, f in enumerate(map(_WISHED.match, sentences)) if f is not None), None
    )
    if found is None:
        return None
    at, wished = found
    rest = _THANKS_TAIL.sub("", wished.group("rest")).strip(" ?!.,")
    party = [said for said in sentences[at + 1 :] if party_in(said, language) is not None]
    return ", ".join([f"{_VERB.get(language or '', 'book')} {rest}".strip(), *party])
