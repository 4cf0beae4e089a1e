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

from core.text import fold

_ASK = (
    r"(?:(?:oi|ola|hola|hey|hi|ok|okay|entao|entonces|so|bueno|pues|y|e|and|oye|ei)\s+)*"
    r"(?:(?:quero|quiero|queria|quisiera|queremos|queriamos|gostaria\s+de|me\s+gustaria|"
    r"(?:i|we)\s*(?:d|would)\s+like\s+to|(?:i|we)\s+(?:want|need)\s+to|(?:i|we)\s+wanna|"
    r"can\s+(?:you|u)|could\s+(?:you|u)|pode(?:s|ria)?|puedes|podrias|podria|da\s+pra|"
    r"tem\s+como|necesito|necesitamos|preciso|precisamos)\s+)+"
    r"(?:(?:me|nos|us|pra\s+gente)\s+)?"
)
_BOOK = (
    r"(?:(?:fazer|hacer|make|get|do|pedir)\s+(?:(?:uma|una|um|un|a|an|the|us\s+a|nos\s+una)\s+)?"
    r"(?:reserva|reservacion|reservation|booking)|reserv\w*|book)"
)
_WISHED = re.compile(rf"^(?:{_ASK}{_BOOK}|(?:(?:me|nos)\s+)?reserv\w*)\b(?P<rest>.*)$")
# The rules' own verb of booking in each language, so the rest is read in its language.
_VERB = {"es": "reserva", "pt": "reserva"}


def booking_asked(text: str, language: str | None) -> str | None:
    """The message as "book <rest>" ("reserva <rest>") when it wishes for a booking, or None.

    Args:
        text: The message, normalized and without its openers.
        language: The message's language, when known.
    """
    found = _WISHED.match(fold(text).strip(" ?!."))
    if found is None:
        return None
    rest = found.group("rest").strip(" ?!.,")
    return f"{_VERB.get(language or '', 'book')} {rest}".strip()
