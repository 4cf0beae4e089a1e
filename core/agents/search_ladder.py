"""When a place phrase finds nothing: the searches a person would try next.

Travelers glue chat to what they want ("cheap n cheerful", "best rated temple u have", "algo
baratito, no queremos gastar mucho", "tem algum restaurante aberto agora?"). The parser can't
know every remark, so a search that finds nothing is retried, in order, with: the phrase before
a glued remark; the phrase's content words alone (pronouns, verbs of wanting and having,
quantifiers dropped); each alternative ("udon o soba"); the kinds of place it names ("café
só os melhores" → café); and, when a meal or a wish was said, that meal or wish alone. The
first that finds something wins, and a loosened search says so. Only a search that worked and
found nothing is retried (never a provider that is down), and never a name: "Moon Restaurant"
that the data lacks is not a wish for any restaurant. At most about seven searches for a
phrase that finds nothing at all; the provider's cache takes repeats.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from core.agents.base import AgentResult
from core.agents.place_picker import NoPlaces
from core.agents.place_rules import alternatives, is_vague, query_head
from core.intents.browse import kinds_named
from core.intents.focus_words import (
    avoided,
    kinds_in_turn,
    listed_kinds,
    says_avoided,
    specific_kinds,
    wanted_part,
)
from core.intents.model import Meal
from core.intents.place_words import is_vague_query, search_terms
from core.protocol import PlaceCandidate
from core.text import fold

Search = Callable[[str | None, Meal | None], Awaitable[list[PlaceCandidate] | AgentResult]]

# Words that never name a place, in the three languages: pronouns, auxiliaries and verbs of
# wanting/having/finding, quantifiers, degree words, comparison and chat words.
_FUNCTION_WORDS = frozenset(
    fold(word)
    for word in """
    i me my we us our you u your ya yall they them it its he she his her this that these those
    there here what which who whats wat is are was were be been am do does did have has had got
    get want wanna need needs would like could can cant should will gonna lemme let find show
    give recommend suggest any anything something somewhere everything all only just really
    very so too quite pretty kinda sorta also maybe please pls plz thanks cheers best top
    mejor mejores melhor melhores especial special proper decent
    under over about around approx less more most than per head each person people ppl pp
    euro euros dollar dollars bucks rupees pesos reais usd eur inr cop n and or but if not no
    ou o y e ni nem con com with frente junto
    yo me mi mis nosotros nos vos usted ustedes tu te ti su sus ellos ella el la lo los las le
    les que q qué cual quien esto eso este esta ese esa estos esas aqui ahi hay tiene tienen
    tenes tengo tenemos quiero queremos quisiera busco buscamos buscando necesito necesitamos
    dame danos muestrame pon ponme agrega algo alguno alguna algun cualquier cualquiera todo
    toda todos todas solo sólo muy mas más menos tan bien mucho mucha muchos poco poca como
    tipo onda gastar gastando plata barato barata baratito baratita
    eu meu minha meus minhas nos nós nosso nossa voce você vc vcs ele ela eles elas isso isto
    esse essa aquele aquela tem têm temos tenho quero queremos queria procuro procurando
    preciso precisamos me da mostra coloca poe põe qualquer uma um tudo todo toda so só muito
    muita mais menos bem pouco pouca tipo assim ai aí la lá os as
    """.split()
)


def names_a_place(query: str | None) -> bool:
    """True when a phrase reads as one place's name, not a description.

    Two capitalized words ("Café A Brasileira", "Moon Restaurant"), or a kind with a word of
    its own right beside it ("zorblax restaurant"); a description has chat around its kind
    ("algum restaurante").
    """
    words = (query or "").split()
    if sum(1 for w in words if w[:1].isupper()) >= 2:
        return True
    for index, word in enumerate(words):
        if not kinds_named(word):
            continue
        beside = words[max(index - 1, 0) : index] + words[index + 1 : index + 2]
        if any(fold(w) not in _FUNCTION_WORDS and not is_vague_query(w) and not kinds_named(w)
               for w in beside):  # fmt: skip
            return True
    return False


@dataclass(frozen=True)
class Found:
    """What a search ladder found: the candidates, the phrase that found them, how loosely."""

    candidates: list[PlaceCandidate]
    query: str | None
    loosened: bool = False  # some words the traveler said were left out to find these


def content_words(query: str | None) -> str | None:
    """The words of a place phrase that can name a place ('temple u have' → 'temple').

    Kept as typed, so an answer echoes the traveler's words. None when that changes nothing
    or leaves nothing specific.
    """
    if not query:
        return None
    typed = query.split()
    kept = [
        w
        for w in typed
        if fold(w) not in _FUNCTION_WORDS
        and not is_vague_query(w)
        and not any(ch.isdigit() for ch in w)
    ]
    text = " ".join(kept)
    if not kept or len(kept) == len(typed) or is_vague(search_terms(text)):
        return None
    return text


async def search_ladder(
    search: Search, query: str | None, meal: Meal | None, *, wished: bool = False
) -> Found | AgentResult:
    """Search `query`, then the loosenings in the module's order; the first error otherwise.

    `wished`: the traveler also said a wish (cheap, rated, vegetarian…), so the meal or wish
    alone is a fair last try.
    """
    avoid = avoided(query)
    found = await _climbed(search, wanted_part(query) or query, meal, wished=wished)
    if not avoid or not isinstance(found, Found):
        return found
    # "pizza, the kids can't take more bacalhau": places tagged with what to avoid go away
    kept = [
        c
        for c in found.candidates
        if not says_avoided(" ".join([c.name, *c.keywords, *c.cuisine]), avoid)
    ]
    return Found(kept, found.query, found.loosened) if kept else found


async def _climbed(
    search: Search, query: str | None, meal: Meal | None, *, wished: bool
) -> Found | AgentResult:
    """The ladder itself, on a phrase already without what it says to avoid."""
    first = await search(query, meal)
    if not isinstance(first, AgentResult):
        return Found(first, query)
    if not isinstance(first, NoPlaces) or names_a_place(query):
        # vague, a city the data lacks, the provider down: no word helps; a name the data
        # lacks ("Moon Restaurant") is not a wish for any restaurant
        return first
    tries: list[str] = []
    for loosened in (query_head(query), content_words(query), content_words(query_head(query))):
        if loosened and loosened not in tries:
            tries.append(loosened)
    for phrase in tries:
        got = await search(phrase, meal)
        if not isinstance(got, AgentResult):
            return Found(got, phrase)
    if options := alternatives(query) or listed_kinds(query):  # "udon o soba", "lamen udon soba"
        each: list[list[PlaceCandidate]] = []
        for option in options:
            got = await search(option, meal)
            if not isinstance(got, AgentResult):
                each.append(got)
        if merged := _in_turns(each):
            return Found(merged, query)
    said = kinds_in_turn(query)
    kinds = " ".join(said)
    if kinds and kinds not in tries and kinds != query:
        got = await search(kinds, meal)  # "café só os melhores": a café
        if not isinstance(got, AgentResult):
            return Found(got, kinds, loosened=True)
    if (placed := _where_cut(query)) is not None and placed[0] not in tries:
        got = await search(placed[0], meal)  # "mariscos en la playa": seafood, by the beach first
        if not isinstance(got, AgentResult):
            return Found(_near_words_first(got, placed[1]), placed[0], loosened=True)
    for kind in specific_kinds(said) if len(said) > 1 else []:
        # "pizza pro jantar, as crianças…": the first kind said that the city has
        got = await search(kind, meal)
        if not isinstance(got, AgentResult):
            return Found(got, kind, loosened=True)
    if query and (meal is not None or wished):
        got = await search(None, meal)
        if not isinstance(got, AgentResult):
            return Found(got, None, loosened=True)
    return first


def _in_turns(each: list[list[PlaceCandidate]]) -> list[PlaceCandidate]:
    """The places found for each alternative, taken in turns: the best of each come first.

    "sushi, curry o mandi": five sushi bars must not push every mandi house off the cards.
    """
    merged: dict[str, PlaceCandidate] = {}
    for rank in range(max((len(found) for found in each), default=0)):
        for found in each:
            if rank < len(found):
                merged.setdefault(found[rank].place_id, found[rank])
    return list(merged.values())


# Needs a place must meet, whatever else is loosened.
_DIETS = frozenset({"vegan", "vegetarian", "halal", "kosher", "gluten", "celiac"})
# Where a place phrase says where the place is ("mariscos en la playa", "a bar by the river").
_WHERE = re.compile(
    r"\s+(?:in|en|na|no|nas|nos|em|at|on|by|near|cerca\s+del?|perto\s+d[eoa]|junto\s+al?|"
    r"frente\s+al?|en\s+frente\s+del?|em\s+frente\s+ao?|a\s+la\s+orilla\s+del?|"
    r"al\s+lado\s+del?|pegadito\s+al?|pegado\s+al?|beside|next\s+to)\s+(?P<where>.+)$",
    re.IGNORECASE,
)


def _where_cut(query: str | None) -> tuple[str, str] | None:
    """The kind before a 'where' and the where ('mariscos', 'la playa'), or None."""
    found = _WHERE.search(query or "")
    if found is None:
        return None
    head = (query or "")[: found.start()].strip()
    return (head, found.group("where")) if head and not is_vague(head) else None


def _near_words_first(found: list[PlaceCandidate], where: str) -> list[PlaceCandidate]:
    """Places whose name or tags say the where ('beach') first, the search's order otherwise."""
    words = set(search_terms(where).split())

    def says(candidate: PlaceCandidate) -> bool:
        own = fold(" ".join([candidate.name, *candidate.keywords, *candidate.types]))
        return bool(words & set(own.split()))

    return sorted(found, key=lambda c: not says(c))


async def widened(
    search: Search, found: Found, meal: Meal | None, *, enough: int = 3, most: int = 8
) -> Found:
    """More to choose from when a traveler asked for options and few matched everything.

    After the best matches: the places matching each word alone, then the meal alone.
    """
    if len(found.candidates) >= enough:
        return found
    merged = {c.place_id: c for c in found.candidates}
    words = search_terms(found.query).split() if found.query else []
    phrases = [w for w in words if w not in _FUNCTION_WORDS and not is_vague(w)]
    if diets := [w for w in phrases if w in _DIETS]:
        # "brunch con opciones veganas": a diet is a need, never left out to find more
        phrases = diets
    elif meal is not None and not specific_kinds(kinds_in_turn(found.query)):
        # "a steakhouse for dinner": two steakhouses, not any dinner place beside them
        phrases.append("")
    for phrase in phrases:
        got = await search(phrase or None, meal)
        if isinstance(got, AgentResult):
            continue
        for candidate in got:
            merged.setdefault(candidate.place_id, candidate)
        if len(merged) >= enough:
            break
    more = list(merged.values())[:most]
    return Found(more, found.query, found.loosened) if len(more) > len(found.candidates) else found
