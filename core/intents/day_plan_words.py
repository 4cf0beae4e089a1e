"""Planning one day of the trip, said in three languages.

"plan day 4 for me", "can u fill thursday for us", "Day 5 is empty. Could you put together a
nice day for us?", "planeja o dia 4 pra mim", "organiza el sábado, nos gusta el arte".

Read on the message in the rules' grammar (Spanish and Portuguese verbs are rewritten to
"plan" before). A day plan names exactly one day of the trip and no trip length; what the
traveler likes ("we like art and good views") becomes the plan's interests. Which slots of the
day are free is the trip's to say (core.agents.day_planner).
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_named
from core.intents.day_words import day_refs
from core.intents.model import Intent, ParsedTurn
from core.intents.place_words import interest_words
from core.intents.slots import find_days
from core.text import fold

# Spanish and Portuguese verbs the rewrites leave as they are ("armame el sábado", "monta o
# dia 3", "preenche a sexta") are read here too.
_VERB = (
    r"(?:plan|organi[sz]e|fill(?:\s+(?:up|in|out))?|sort(?:\s+out)?|put\s+together|set\s+up|"
    r"arrange|build|design|come\s+up\s+with|make\s+(?:me\s+|us\s+)?a\s+plan\s+for|"
    r"program|schedule|arm(?:a|á|ar|ame|anos|alo)|mont(?:a|ar|e|ame)|llen(?:a|ame|alo)|"
    r"rellen(?:a|ame)|preench(?:e|er|a)|resolv(?:e|er|eme)|plane\w*|planej\w*|programa\w*)"
)
_FILLER = (
    r"(?:\s+(?:me|us|out|up|pra\s+gente|pra\s+mim|para\s+nosotros))?"
    r"(?:\s+(?:something|stuff|things|activities|the\s+whole|all\s+of|an?\s+itinerary\s+for|"
    r"a\s+plan\s+for|the\s+plan\s+for|a\s+schedule\s+for|algo|alguma\s+coisa))?"
)
_DAY = (
    r"(?:(?:on|for|of|el|la|o|a|no|na|para|pra|pro)\s+)?(?:the\s+|our\s+|my\s+)?"
    r"(?:day\s*\d{1,2}\b|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|last|final)\s+day\b|(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)s?\b|tomorrow\b|today\b)"
)
# "plan day 4", "fill thursday for us", "sort out saturday", "plan me something for day 2"
_DAY_NAMED = re.compile(rf"\b{_VERB}{_FILLER}\s+{_DAY}", re.IGNORECASE)
# "put together a nice day for us", "monta-me um dia fixe aí" (the day said elsewhere)
_A_DAY = re.compile(
    rf"\b{_VERB}(?:\s+(?:me|us|nos))?\s+(?:a|the|our|that|um|esse)\s+"
    r"(?:(?:nice|good|great|full|fun|lovely|perfect|chill|relaxed|whole|complete|cool|"
    r"proper|bom|belo)\s+)*(?:day|dia)\b(?!\s*\d)",
    re.IGNORECASE,
)
# "o que fazer no dia 2? monta algo pra gente" (the day said elsewhere in the message)
_SOMETHING = re.compile(
    rf"\b{_VERB}(?:\s+(?:me|us))?\s+(?:something|algo|alguma\s+coisa|a\s+plan|un\s+plan|"
    r"um\s+plano)\s*(?:for\s+(?:us|me)\s*)?(?:[.!?]|$)",
    re.IGNORECASE,
)
# "what's the plan for day 2?": "plan" after an article is the noun, not a request.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|my|our|your|this|that|el|la|o|un|um)\s*$", re.IGNORECASE)
# "thursday's totally empty, fill it with something beachy": the day said empty, then "it".
_EMPTY_DAY_IT = re.compile(
    rf"{_DAY}\s*(?:'?\s*s|\s+is|\s+looks|\s+is\s+still)\s+(?:\w+\s+)?(?:empty|free|blank|bare|"
    rf"open|wide\s+open)\b.*\b{_VERB}\s+(?:(?:something|stuff|things)\s+(?:for|on)\s+)?"
    r"(?:it|that\s+day|the\s+day)\b",
    re.IGNORECASE,
)
# "o dia 4 tá vazio, monta uma programação pra ele", "day 3 is empty, can you sort it out",
# "nos lo planeáis vosotros": the plan's object is the one day the message names.
_PLAN_IT = re.compile(
    rf"\b{_VERB}\s+(?:(?:me|us|nos|pra\s+mim|pra\s+gente)\s+)?"
    r"(?:(?:it|that|ele|ela|lo|la|esse\s+dia|that\s+day)\s+out\b|(?:it|that|ele|ela|lo|la)\b"
    r"(?=\s*(?:$|[,.!?]|for\b|pra\b|para\b|por\b|please\b|pls\b|out\b|with\b|com\b|con\b))"
    r"|(?:uma?|una?|a|an|the)?\s*(?:programa(?:cao|ção|cion|ción)|itinerar(?:y|io)|roteiro|schedule|"
    r"agenda|plan|plano)\b(?:\s+(?:for|pra|para|pro)\s+(?:it|that|ele|ela|el|ese\s+dia|esse\s+dia))?)"
    r"|\b(?:nos|me|us)\s+(?:lo|la|o|a)\s+{_VERB}\b".replace("{_VERB}", _VERB),
    re.IGNORECASE,
)
# A trip length means a whole-trip plan ("plan 3 days in Goa").
_LENGTH = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:days?|nights?)\b"
    r"|\b(?:weekend|week)\b",
    re.IGNORECASE,
)
# A meal asked for is a meal fill or an add, not a day plan.
_MEAL = re.compile(r"\b(?:breakfast|brunch|lunch|dinner|supper|meals?)\b", re.IGNORECASE)
_LIKES = re.compile(
    r"\b(?:(?:we|i)\s+(?:(?:really|both|all)\s+)?(?:love|like|enjoy|prefer|are\s+into|re\s+into|"
    r"m\s+into|want)|with(?:\s+something)?|focused\s+on|into|lots\s+of|some|(?:nos|me)\s+(?:gusta|encanta|"
    r"interesa)n?|curtimos|curto|gostamos\s+de|gosto\s+de|adoramos|amamos|"
    r"a\s+gente\s+(?:curte|gosta\s+de|ama))(?:\s+(?:el|la|los|las|o|a|os|as))?\s+"
    r"(?P<list>(?!\d)[a-z\u00C0-\u024F][\w\u00C0-\u024F ,&'-]*?)(?=[.!?]|$|\s+(?:for|on)\s)",
    re.IGNORECASE,
)
_NOT_INTERESTS = frozenset(
    {"me", "us", "something", "stuff", "things", "chill", "nice", "day", "plan", "good"}
)


# Interests said as adjectives ("something beachy", "artsy stuff").
_AS_NOUN = {
    "beachy": "beach",
    "artsy": "art",
    "arty": "art",
    "outdoorsy": "outdoor",
    "foodie": "food",
}


def day_plan_turn(grammar: str) -> ParsedTurn | None:
    """A PLAN of one day of the current trip, or None when the message asks something else."""
    if _LENGTH.search(grammar) or _MEAL.search(grammar):
        return None
    if not any(
        not _ARTICLE_BEFORE.search(grammar[: found.start()])
        for shape in (_DAY_NAMED, _A_DAY, _SOMETHING, _EMPTY_DAY_IT, _PLAN_IT)
        for found in shape.finditer(grammar)
    ):
        return None
    numbers = list(dict.fromkeys(int(found.value) for found in find_days(grammar)))
    refs = list(dict.fromkeys(day_refs(grammar)))
    if len(numbers) + len(refs) != 1:
        return None
    interests = [
        _AS_NOUN.get(word, word)
        for found in _LIKES.finditer(grammar)
        for word in interest_words(found.group("list"))
        if fold(word) not in _NOT_INTERESTS and (" " not in word or kinds_named(word))
    ]  # "con lo que veáis" (whatever you see) is no interest
    return ParsedTurn(
        intent=Intent.PLAN,
        day=numbers[0] if numbers else None,
        day_ref=refs[0] if refs else None,
        day_only=True,
        interests=tuple(dict.fromkeys(interests)),
    )
