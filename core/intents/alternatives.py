"""An either/or said after a request: "unas tapas al mediodía, o petiscos", "um sushi, ou um ramen".

The message is cut at its commas before its requests are read, so ", o petiscos" would stand
alone and become a second add of its own (and ", o si no un sushi" a search for 'si no un
sushi'). A piece that opens with "or" / "o" / "ou" (with "maybe", "else", "si no", "senão"…)
and names no request of its own offers another kind for the request before it: it joins that
request's place phrase, where the search tries each alternative in turn.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from core.intents.model import Intent, ParsedTurn
from core.text import fold

_OR = re.compile(
    r"^(?P<or>or|o|u|ou)\s+(?:(?:maybe|else|perhaps|even|quiz[aá]s?|capaz|si\s+no|sino|tal\s*vez|"
    r"senao|senão|se\s+n[aã]o|entao|então|mejor|melhor)\s+)?"
    r"(?:(?:a|an|another|some|un|una|unos|unas|otro|otra|um|uma|uns|umas|outro|outra|algo\s+de|algum|alguma)\s+)?"
    r"(?P<kind>[^\W\d][^,.;!?]*)$",
    re.IGNORECASE,
)
# "o petiscos como dicen acá": how locals call it is a remark, not a kind
_AS_THEY_SAY = re.compile(
    r"\s*,?\s+(?:como|as|like)\s+(?:(?:le|lo|se|lhe|the\s+locals?|locals?)\s+)?"
    r"(?:dicen|dice|dizem|diz|chamam|llaman|say|call\s+(?:it|them))\b.*$",
    re.IGNORECASE,
)
# In Portuguese "o" is "the": "…, o Jal Mahal, no dia 2" names the place, "…, o mais barato"
# picks one; Spanish "o" before a name would be read the same, which is rare.
_PORTUGUESE_ARTICLE = re.compile(
    r"^o\s+(?:[A-ZÀ-Ý]|(?:mais|menos|melhor|mesmo|primeiro|segundo|terceiro|ultimo|último|"
    r"outro|proximo|próximo)\b)"
)
_TAKES_ALTERNATIVES = frozenset({Intent.ADD, Intent.REPLACE})

Classify = Callable[[str, dt.date | None], ParsedTurn]


def with_alternative(
    pending: str, piece: str, classify: Classify, today: dt.date | None
) -> str | None:
    """`pending` with the alternative `piece` offers joined to its place phrase, or None.

    None when `piece` is no bare alternative, the request before takes none, or joining it
    would change what that request is.
    """
    said = _OR.match(piece.strip())
    if said is None or (
        said.group("or").lower() == "o" and _PORTUGUESE_ARTICLE.match(piece.strip())
    ):
        return None
    kind = _AS_THEY_SAY.sub("", said.group("kind")).strip()
    before = classify(pending, today)
    if before.intent not in _TAKES_ALTERNATIVES or not before.query:
        return None
    joined = f"{pending} {said.group('or')} {kind}"  # the traveler's own word, for echoes
    after = classify(joined, today)
    if after.intent is not before.intent or not after.query:
        return None
    if fold(kind) not in fold(after.query) or (after.day, after.day_ref) != (
        before.day,
        before.day_ref,
    ):
        return None
    return joined
