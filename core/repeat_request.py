"""'Lo mismo pero el viernes': the request to repeat, found in what the traveler wrote before.

A message read as a repeat (core.intents.said_again) says only the new day or time. The
request it repeats is the traveler's latest message in this chat that asked for something
(an add, a move, a booking…): the answers in between ("1", "sí", "the first one") and
earlier repeats are passed over, so "same but saturday" after "same but friday" repeats the
first request again. Each of that request's operations gets the new day or time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from core.intents.model import ParsedMessage
from core.intents.parse import parse
from core.intents.said_again import REPEATABLE, again_with

# How far back the request may be: a few answers to its questions, not the chat's history.
LOOK_BACK = 6


def repeated(
    message: ParsedMessage,
    earlier_texts: Sequence[str],
    today: dt.date,
    usual_language: str | None,
) -> ParsedMessage | None:
    """The earlier request with the repeat's day and time; None when there is none to repeat.

    `earlier_texts`: what the traveler wrote before this message, newest first.
    """
    said = message.first
    for text in earlier_texts[:LOOK_BACK]:
        if not text.strip():
            continue  # a tap on a card
        earlier = parse(text, today=today, usual_language=usual_language)
        if any(op.again for op in earlier.ops):
            continue
        ops = [op for op in earlier.ops if op.intent in REPEATABLE]
        if ops:
            again = tuple(again_with(op, said) for op in ops)
            return message.model_copy(update={"ops": again})
    return None
