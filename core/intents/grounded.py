"""A second reading of a message the rules could not place, grounded in the traveler's trip.

When no phrasing rule fits ("el nahargarh pa las 4 xfa", "elephanta caves?? nah take it off",
"could the wee dram be thursday instead"), the message often still names a stop of the trip
and says, somewhere, what to do with it: a verb of removal, a day, a clock time, a question.
The stop is found by its name in the text (spelling slips allowed); the request is the one
the other words point to. Nothing is guessed when the name or the request is unclear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from core.domain.itinerary import Day, Node
from core.intents.day_words import day_refs
from core.intents.edit_words import REMOVE
from core.intents.model import Intent, ParsedTurn, Target
from core.intents.place_words import KIND_WORDS, TRANSLATIONS, search_terms
from core.intents.slots import find_days, find_times
from core.text import fold

# A name's word this close to a typed word names it ("agauda" for Aguada).
WORD_SCORE = 85
_ARTICLES = frozenset("the de del da do dos das la el los las o a os as of and y e".split())
# Words that name a kind of place, not one place: they never identify a stop on their own.
_GENERIC = _ARTICLES | frozenset(
    """museum museo museu cafe restaurant restaurante bar beach playa praia church iglesia
    igreja palace palacio fort fuerte forte market mercado temple templo park parque garden
    jardin jardim castle castillo castelo station estacion estacao street calle rua lunch
    dinner breakfast house casa grill kitchen cocina cozinha tower torre bridge puente ponte
    view viewpoint mirador miradouro hill cerro morro city ciudad cidade old new gallery
    galeria""".split()
)
_REMOVE = REMOVE
_MOVE = re.compile(
    r"\b(?:mov|muev|pas[aáe]|shift|push|mud[aáe]|lev[aáe]|mand[aáe]|reschedul|bump|put|pon|"
    r"coloc|bot[aáe]|met[eé])\w*"
)
# A verb said with a negation ("don't drop it", "no la quites", "não tira") asks for nothing.
_NOT = re.compile(
    r"\b(?:don\s*'?\s*t|do\s+not|dont|never|no|nao|não|ni|nunca)\s+(?:\w+\s+){0,2}?"
    r"(?:remov|delet|drop|skip|cancel|ditch|scrap|quit|sac|borr|elimin|tir|cort|mov|muev|pas|mud)"
)
_BOOK = re.compile(r"\b(?:book|reserv)\w*")
_ASK = re.compile(
    r"\?|\b(?:why|por\s*q\w*|porque|pq|xq|tell\s+me|cuent\w*|cont[aá]\w*|fala\w*|explic\w*|"
    r"what\s+is|whats|que\s+es|o\s+que\s+e|worth|vale\s+(?:la|a)\s+pena|info\w*|"
    # "q lugar é esse thistle & stag", "qué sitio es ese", "what place is that"
    r"(?:que|q|what)\s+(?:lugar|sitio|place|spot|coisa|cosa)\s+(?:e|es|is)\b)\b"
)


@dataclass(frozen=True)
class Stop:
    """A stop of the trip as the reading needs it."""

    node_id: str
    day: int
    title: str
    # The words its place data tags it with ("graveyard", "bookshop", "port wine"): a stop
    # may be named by what it is when no other stop is that.
    kinds: frozenset[str] = frozenset()


def _close_enough(word: str, score: float) -> bool:
    """A long word may carry a slip more ("agauda" for "aguada"); a short one none ("for")."""
    if len(word) <= 4:
        return score == 100
    return score >= (WORD_SCORE - 5 if len(word) >= 6 else WORD_SCORE)


def _scored(typed: list[str], stops: list[Stop], generic: bool) -> list[tuple[float, Stop]]:
    scored: list[tuple[float, Stop]] = []
    for stop in stops:
        words = _name_words(stop.title, generic)
        if not words:
            continue
        # "make" is not "market": a typed word two letters shorter is another word
        hits = [
            max((fuzz.ratio(w, t) for t in typed if len(t) >= len(w) - 1), default=0) for w in words
        ]
        close = [h for w, h in zip(words, hits, strict=True) if _close_enough(w, h)]
        if close:
            scored.append((sum(close) / len(words), stop))
    return scored


# Memoized (a pure function of a title and a flag; the word sets are constants): a turn reads
# the same few stop names again and again, and the result is a tuple no caller can change.
@lru_cache(maxsize=1024)
def _name_words(title: str, generic: bool) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[a-z0-9]+", fold(title)) if w not in _ARTICLES]
    return tuple(w for w in words if len(w) >= 4 and (generic or w not in _GENERIC))


def stops_of(days: Sequence[Day], day: int | None = None) -> list[Stop]:
    """The trip's stops with a place (of one day, when `day` is given)."""
    return [
        Stop(node.id, d.day, node.title, _kinds_of(_tags(node)))
        if node.place is not None
        else Stop(node.id, d.day, node.title)
        for d in days
        if day is None or d.day == day
        for node in d.nodes
        if node.place_id is not None
    ]


def _tags(node: Node) -> tuple[str, ...]:
    """What a stop is: its place's tags and types, and its own name ("Greyfriars Kirkyard")."""
    place = node.place
    return (*place.keywords, *place.types, node.title) if place is not None else (node.title,)


# Tags too common to tell one stop from another.
_COMMON_TAGS = frozenset(
    """history views view family romantic walk lunch dinner breakfast food local traditional
    sunset photography architecture heritage culture art nature shopping tourist attraction
    point interest establishment landmark relaxing budget free""".split()
)


# Memoized on the (immutable) tuple of tags: the stop list is rebuilt several times a turn from
# the same places, and the answer, a frozenset, depends on nothing else but constant tables.
@lru_cache(maxsize=1024)
def _kinds_of(tags: tuple[str, ...]) -> frozenset[str]:
    words = {w for tag in tags for w in re.findall(r"[a-z]+", fold(tag.replace("_", " ")))}
    # "graveyard", "Kirkyard": a cemetery, as "cemitério" and "cementerio" are read
    words |= {TRANSLATIONS[w] for w in words if w in TRANSLATIONS}
    return frozenset(w for w in words if (len(w) >= 4 or w in KIND_WORDS) and w not in _COMMON_TAGS)


def named_stop(
    text: str, stops: list[Stop], grammar: str = "", *, kinds: bool = True
) -> Stop | None:
    """The one stop whose name the text says, or None (none, or several said as well).

    Distinctive words first ("aguada" in Fort Aguada); a kind word ("castle", also said as
    "castillo" and read as "castle") only when one stop alone has it, and `kinds` allows it.
    """
    said = f"{text} {grammar} {search_terms(fold(grammar or text))}"  # "castillo" is a castle
    typed = re.findall(r"[a-z0-9]+", fold(said))
    scored = _scored(typed, stops, generic=False)
    if not scored and not kinds:
        return None
    if not scored:
        scored = _scored(typed, stops, generic=True)
        if not scored:
            return _by_kind(typed, stops)
        if len(scored) != 1:
            return None
    scored.sort(key=lambda pair: -pair[0])
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - 5:
        return None  # two stops said as well: ask nothing, guess nothing
    return scored[0][1]


def _by_kind(typed: list[str], stops: list[Stop]) -> Stop | None:
    """The one stop that is what the text calls it ("the graveyard", "the bookshop")."""
    said = {w for w in typed if len(w) >= 4 or w in KIND_WORDS} | {
        w[:-1] for w in typed if len(w) >= 5
    }
    fits = [stop for stop in stops if stop.kinds & said]
    return fits[0] if len(fits) == 1 else None


def grounded_turn(text: str, grammar: str, stops: list[Stop]) -> ParsedTurn | None:
    """What a message the rules could not place asks of the stop it names, or None."""
    stop = named_stop(text, stops, grammar)
    if stop is None:
        return None
    folded = fold(text)
    target = Target(node_id=stop.node_id)
    days = [int(found.value) for found in find_days(grammar)]
    refs = day_refs(grammar)
    times = [str(found.value) for found in find_times(grammar)]
    if _NOT.search(folded):
        return None  # "don't cancel the castle", "no quites el museo": no edit to guess
    if _REMOVE.search(folded):
        return ParsedTurn(intent=Intent.REMOVE, target=target, confidence=0.7)
    if _BOOK.search(folded):
        return ParsedTurn(intent=Intent.BOOK, target=target, confidence=0.7)
    other_days = [d for d in days if d != stop.day]
    if other_days or refs:
        return ParsedTurn(
            intent=Intent.MOVE,
            target=target,
            to_day=other_days[-1] if other_days else None,
            to_day_ref=refs[-1] if refs and not other_days else None,
            time=times[-1] if times else None,
            confidence=0.7,
        )
    if times:
        return ParsedTurn(intent=Intent.RETIME, target=target, time=times[-1], confidence=0.7)
    if _ASK.search(folded) and not _MOVE.search(folded):
        return ParsedTurn(intent=Intent.EXPLAIN, target=target, question=text, confidence=0.7)
    return None
