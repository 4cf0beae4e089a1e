"""A card picked by what the place is, not by its name or number.

"el peruano" to a Japanese and a Peruvian restaurant, "the one with the rooftop", "o mais
barato", "the best rated one": the reply's describing words are read in the data's English
(core.choice_attributes, core.intents.place_words) and matched against each card's cuisine,
types, keywords and name; a superlative picks over price, rating, distance or reviews. One
card has it → chosen; several → ambiguous (ask which); a word no card has → not a choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from core.choice_attributes import (
    CONNECTORS,
    DESCRIBED,
    EXTREME_PATTERNS,
    OPEN_WORDS,
    SAME_AS,
    Extreme,
)
from core.choice_words import CHAT_FILLER, CORRECTION, NEGATORS
from core.choices import Outcome, Resolution
from core.intents.place_words import TRANSLATIONS
from core.protocol import PlaceCandidate
from core.text import fold, similar

# Multi-word describing phrases, longest first ("musica en vivo" before "musica").
_PHRASES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((p, e) for p, e in {**TRANSLATIONS, **DESCRIBED}.items() if " " in p),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)
_JOIN = "_"  # a translated phrase travels as one token ("live_music")


@dataclass
class _Reading:
    """What a reply says a card is: tags it has, tags it has not, a superlative, open now."""

    wanted: list[str] = field(default_factory=list)
    unwanted: list[str] = field(default_factory=list)
    extreme: Extreme | None = None
    open_now: bool = False


def _term(word: str) -> str:
    """The data's English for a describing word ("vegana" → "vegan", "vistas" → "views")."""
    word = word.replace(_JOIN, " ")
    for form in (word, word.removesuffix("s")):
        if form in DESCRIBED:
            return DESCRIBED[form]
        if form in TRANSLATIONS:
            return TRANSLATIONS[form]
    return word


def _read(text: str) -> _Reading | None:
    """The reply read as a description of a card; None when it is no description."""
    reading = _Reading()
    folded = f" {fold(CORRECTION.sub('', text, count=1))} "
    for extreme, pattern in EXTREME_PATTERNS:
        if pattern.search(folded):
            if reading.extreme not in {None, extreme}:
                return None  # "the cheapest best rated": two measures, no one card
            reading.extreme = extreme
            folded = pattern.sub(" ", folded)
    for phrase, english in _PHRASES:
        if f" {phrase} " in folded:
            folded = folded.replace(f" {phrase} ", f" {english.replace(' ', _JOIN)} ")
    negated = False
    for word in folded.split():
        if word in NEGATORS:
            negated = True  # "the one that isn't Japanese": the next describing word
        elif word in OPEN_WORDS and not negated:
            reading.open_now = True
        elif word in CHAT_FILLER or word in CONNECTORS:
            continue
        else:
            (reading.unwanted if negated else reading.wanted).append(_term(word))
            negated = False
    if not (reading.wanted or reading.unwanted or reading.extreme or reading.open_now):
        return None
    return reading


def _vocabulary(card: PlaceCandidate) -> tuple[frozenset[str], frozenset[str]]:
    """A card's tags as whole phrases and as single words (all folded)."""
    tags = [*card.cuisine, *card.keywords, *(t.replace("_", " ") for t in card.types), card.name]
    phrases = frozenset(fold(tag) for tag in tags)
    return phrases, frozenset(word for phrase in phrases for word in phrase.split())


def _has(term: str, vocabulary: tuple[frozenset[str], frozenset[str]]) -> bool:
    phrases, words = vocabulary
    for alt in {term, *SAME_AS.get(term, ())}:
        if alt in phrases:
            return True
        parts = alt.split()
        if all(p in words or f"{p}s" in words or p.rstrip("s") in words for p in parts):
            return True
    # A typo of a longer tag word ("peruvain", "vegeterian").
    return len(term) >= 5 and " " not in term and any(similar(term, w, 0.85) for w in words)


_MEASURES: dict[Extreme, tuple[Callable[[PlaceCandidate], float | None], int]] = {
    Extreme.CHEAPEST: (lambda c: c.price_level, 1),
    Extreme.PRICIEST: (lambda c: c.price_level, -1),
    Extreme.BEST_RATED: (lambda c: c.rating, -1),
    Extreme.NEAREST: (lambda c: c.distance, 1),
    Extreme.MOST_REVIEWED: (lambda c: c.rating_count, -1),
}


# What breaks a tie at an extreme: "the cheapest" of two cafés alike in price is the better
# rated one; a tie on everything is the card listed first (the search ranked it higher).
_TIE_BREAKS: dict[Extreme, tuple[Extreme, ...]] = {
    Extreme.CHEAPEST: (Extreme.BEST_RATED, Extreme.MOST_REVIEWED),
    Extreme.PRICIEST: (Extreme.BEST_RATED, Extreme.MOST_REVIEWED),
    Extreme.BEST_RATED: (Extreme.MOST_REVIEWED, Extreme.CHEAPEST),
    Extreme.NEAREST: (Extreme.BEST_RATED, Extreme.MOST_REVIEWED),
    Extreme.MOST_REVIEWED: (Extreme.BEST_RATED, Extreme.CHEAPEST),
}


def _at_extreme(indices: list[int], cards: Sequence[PlaceCandidate], extreme: Extreme) -> list[int]:
    """The cards at the extreme (all of them when tied); none when no card has the number."""
    measure, sign = _MEASURES[extreme]
    known = [(sign * value, i) for i in indices if (value := measure(cards[i])) is not None]
    if not known:
        return []
    best = min(score for score, _ in known)
    return [i for score, i in known if score == best]


def _extreme(indices: list[int], cards: Sequence[PlaceCandidate], extreme: Extreme) -> list[int]:
    """The one card at the extreme, ties broken by the next measures, then by card order."""
    fits = _at_extreme(indices, cards, extreme)
    for tie_break in _TIE_BREAKS[extreme]:
        if len(fits) < 2:
            break
        fits = _at_extreme(fits, cards, tie_break) or fits
    return fits[:1]


def by_description(text: str, cards: Sequence[PlaceCandidate]) -> Resolution | None:
    """The card a reply describes by what it is; None when the reply describes no card.

    Args:
        text: the reply as typed.
        cards: the cards shown, in the order of the prompt's options.

    Returns:
        CHOSEN with the one card that fits, AMBIGUOUS with the several that do, or None when
        the reply is no description or names something none of the cards has.
    """
    reading = _read(text) if cards else None
    if reading is None:
        return None
    vocabularies = [_vocabulary(card) for card in cards]
    terms = [*reading.wanted, *reading.unwanted]
    if any(not any(_has(t, v) for v in vocabularies) for t in terms):
        return None  # a word no card carries: the reply is about something else
    fits = [
        i
        for i, vocabulary in enumerate(vocabularies)
        if all(_has(t, vocabulary) for t in reading.wanted)
        and not any(_has(t, vocabulary) for t in reading.unwanted)
        and (not reading.open_now or cards[i].is_open_now)
    ]
    if reading.extreme is not None:
        fits = _extreme(fits, cards, reading.extreme)
    if not fits:
        return None
    if len(fits) == 1:
        return Resolution(Outcome.CHOSEN, fits[0])
    return Resolution(Outcome.AMBIGUOUS, matches=tuple(fits))
