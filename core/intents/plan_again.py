"""The whole trip planned again around what the travelers like, said every way.

"can you redo the whole trip for us? beaches and seafood mostly", "start over and plan our
5 days around castles and whisky", "refaz os 4 dias do zero com foco em praia e frutos do
mar", "rehaz el viaje desde cero, enfocado en museos y cafés", "planeia-me os 6 dias outra
vez: vinho do Porto, azulejos e praia": a cue of doing it over (redo, start over, from
scratch, desde cero, do zero; or "again" beside a verb of planning), the trip or its days,
and the interests, wherever they are said: after a word of focus ("around", "con foco en",
"focado em"), after a colon, or as a clause that is only a list of kinds ("beaches and
seafood mostly"). Several interests joined by and / y / e stay several.

Read on the message as typed (normalized, openers off), before the es/pt rewrites, which
would turn "e" into "and" inside the traveler's words and "foco em" into a search. Written:
the rules' phrasing, "plan 4 days with beach and seafood", the interests in the English words
place data is tagged with (core.intents.place_words).
"""

from __future__ import annotations

import re
import unicodedata

from core.intents.lexicon import number_value
from core.intents.place_words import KIND_WORDS, interest_words

# Doing it over, said strongly enough alone: needs only the trip or its days beside it.
_OVER = re.compile(
    r"\b(?:redo|re-do|replan\w*|re-plan\w*|rebuild|start\s+(?:over|again|from\s+scratch)|"
    r"from\s+scratch|all\s+over\s+again|rehaz\w*|rehac\w*|rehag\w*|replane\w*|replanific\w*|"
    r"desde\s+cero|de\s+cero|empez\w+\s+de\s+(?:nuevo|cero)|refaz\w*|refac\w*|refaca\w*|"
    r"replanej\w*|do\s+zero|de\s+raiz|recomec\w*|comec\w+\s+de\s+novo)\b"
)
# "again" said beside a verb of planning ("planeia-me os 6 dias outra vez").
_AGAIN = re.compile(r"\b(?:again|de\s+nuevo|otra\s+vez|de\s+novo|outra\s+vez|novamente)\b")
_PLAN_VERB = re.compile(
    r"\b(?:plan|make|build|planea\w*|planifica\w*|planeja\w*|planeia\w*|arma\w*|monta\w*|"
    r"haz|hazme|hace\w*|faz|faca\w*|organiza\w*)\b"
)
_WHOLE = re.compile(
    r"\b(?:trip|itinerary|plan|days|whole\s+thing|everything|viaje|itinerario|dias|todo|"
    r"viagem|roteiro|plano|tudo)\b"
)
_ONE_DAY = re.compile(r"\b(?:day|dia)\s+\d|\b(?:el|o|the)\s+(?:dia|day)\b")
_COUNT = re.compile(r"\b(?P<n>\d{1,2}|[a-z]{3,6})\s+(?:dias|days)\b")
_FOCUS = re.compile(
    r"\b(?:(?:com|con|with)\s+(?:o\s+|el\s+|a\s+)?(?:foco|enfoque|enfasis|focus|emphasis)\s+"
    r"(?:em|en|on|no|na|nos|nas|in)|focad[oa]s?\s+(?:em|no|na|nos|nas)|enfocad[oa]s?\s+en|"
    r"centrad[oa]s?\s+(?:en|em|no|na)|focus(?:ed|ing)?\s+on|cent(?:er|re)d\s+on|around|"
    r"based\s+on|built\s+around|alrededor\s+de|en\s+torno\s+a|em\s+torno\s+de|priorizando|"
    r"prioriti[sz]ing|basad[oa]\s+en|basead[oa]\s+em|pensando\s+en|pensando\s+em)\s+"
    r"(?P<what>[^.!?;]+)"
)
_COLON = re.compile(r":\s*(?P<what>[^.!?;]+)")
# "… de nuevo pero con templos y ramen": a list said with "with", when it names kinds.
_WITH = re.compile(
    r"\b(?:with|con|com)\s+(?:(?:more|mas|mais|lots\s+of|mucho|muito)\s+)?(?P<what>[^.!?;,]+)"
)
_CLAUSES = re.compile(r"\s*[,;.!?]+\s*|\s+-+\s+")
# Said beside a list to weigh it ("beaches and seafood mostly", "sobre todo museos").
_WEIGHT = re.compile(
    r"\b(?:mostly|mainly|mostly\s+just|above\s+all|principalmente|sobre\s+todo|sobretudo|"
    r"mas\s+que\s+nada|more|mas|mais|please|pls|porfa|por\s+favor|pf)\b"
)
_NOT_LIKED = re.compile(r"\b(?:for\s+us|for\s+me|pra\s+gente|para\s+nosotros|pls|please)\b")


def _plain(text: str) -> str:
    """Lowercase and without accents, punctuation kept (it separates the interests)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _count(said: str) -> int | None:
    if said.isdigit():
        return int(said)
    for language in ("en", "es", "pt"):
        if (value := number_value(said, language)) is not None:
            return value
    return None


def _known(interest: str) -> bool:
    return any(word in KIND_WORDS for word in interest.split())


def _interests(folded: str) -> list[str]:
    """What the plan should be around: after a word of focus or a colon, or a list of kinds."""
    for pattern in (_FOCUS, _COLON):
        if (found := pattern.search(folded)) is not None:
            return interest_words(_WEIGHT.sub(" ", found.group("what")))
    if (found := _WITH.search(folded)) is not None:
        words = interest_words(_WEIGHT.sub(" ", found.group("what")))
        if words and all(_known(word) for word in words):
            return words
    for clause in _CLAUSES.split(folded):
        said = _WEIGHT.sub(" ", _NOT_LIKED.sub(" ", clause))
        words = interest_words(said)
        named = sum(len(word.split()) for word in words)
        if words and all(_known(word) for word in words) and len(said.split()) <= 2 * named:
            return words  # "beaches and seafood mostly"
    return []


def plan_again(text: str) -> str | None:
    """The message in the rules' phrasing when it asks for the trip planned over, or None.

    Args:
        text: The message, normalized and without its openers (core.intents.openers).
    """
    folded = _plain(text)
    over = _OVER.search(folded) is not None
    again = _AGAIN.search(folded) is not None and _PLAN_VERB.search(folded) is not None
    if not (over or again) or not _WHOLE.search(folded) or _ONE_DAY.search(folded):
        return None
    counted = _COUNT.search(folded)
    count = _count(counted.group("n")) if counted else None
    length = f"{count} days" if count else "my trip"
    interests = _interests(folded)
    return f"plan {length} with {' and '.join(interests)}" if interests else f"plan {length}"
