"""A new length of the trip said against the old one: "ya no son 4 días sino 5".

Why: plans change, and travelers say so by naming both lengths rather than asking for a day
more or less: "fíjate que ya no son 4 días sino 5", "en vez de 5 días van a ser 4", "now it's
6 days instead of 5", "agora são 5 dias e não 4", "no longer 3 days but 4". The change is the
difference; the length said last (or the one not negated) is the trip's new length.

Read: a request's body as core.intents.trip_rules reads it. Written: an ADD_DAYS or REMOVE_DAYS
turn that gives the trip's new length.
"""

from __future__ import annotations

from core.intents.lexicon import loose, number_value
from core.intents.model import Intent, ParsedTurn

_N = (
    r"(?:\d{1,2}|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|um|uma|duas|quatro|sete|oito|nove|dez)"
)
_DAYS = r"(?:dias|days|nights|noches|noites)"
# (old length, new length), each way round.
_OLD_THEN_NEW = loose(
    rf"\b(?:ya\s+no\s+(?:son|seran|es)|no\s+longer|nao\s+(?:sao|serao)\s+mais|en\s+vez\s+de|"
    rf"en\s+lugar\s+de|instead\s+of|rather\s+than|em\s+vez\s+de|ao\s+inves\s+de)\s+(?P<old>{_N})"
    rf"\s+{_DAYS}\s*,?\s*(?:sino|but|mas\s+sim|mas|son|seran|van\s+a\s+ser|it\s*s|it\s+will\s+be|"
    rf"we\s+ll\s+have|vao\s+ser|serao|sao)?\s+(?P<new>{_N})(?:\s+{_DAYS})?\b"
)
_NEW_THEN_OLD = loose(
    rf"\b(?:son|seran|van\s+a\s+ser|it\s*s|it\s+is|now|sao|serao|vao\s+ser|agora\s+sao)\s+"
    rf"(?P<new>{_N})\s+{_DAYS}\s*,?\s*(?:y\s+no|no|not|instead\s+of|rather\s+than|en\s+vez\s+de|"
    rf"e\s+nao|nao|em\s+vez\s+de)\s+(?P<old>{_N})\b"
)


def length_said(body: str) -> ParsedTurn | None:
    """The trip's new length, when the message says it against the old one.

    Args:
        body: a request, as core.intents.trip_rules reads it.

    Returns:
        "ya no son 4 días sino 5" → ADD_DAYS to 5 days in all; None when no length is said so.
    """
    found = _OLD_THEN_NEW.search(body) or _NEW_THEN_OLD.search(body)
    if found is None:
        return None
    old, new = _number(found.group("old")), _number(found.group("new"))
    if old is None or new is None or old == new:
        return None
    # The new length in all, as "extend the trip to 6 days" is read (core.intents.trip_rules).
    return ParsedTurn(intent=Intent.ADD_DAYS if new > old else Intent.REMOVE_DAYS, trip_days=new)


def _number(word: str) -> int | None:
    return next(
        (n for language in ("es", "en", "pt") if (n := number_value(word, language)) is not None),
        None,
    )
