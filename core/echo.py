"""Echoes of the traveler's words, shown as they typed them.

The parser reads Spanish and Portuguese through an English grammar (core.intents.parse
rewrites "con" to "with", "el lunes" to "on monday", "roteiro" to "trip"), so a query or a
target the agents carry is half English by the time a template echoes it ("No encontré
'itinerary completo'", "opciones para «indio with curry»"). This module reads:

- the texts the traveler typed for the turn (set by the orchestrator with `typed_by_traveler`:
  the message, and the one that opened the question being answered), and
- the catalog keys whose values echo the traveler (`ECHOES`),

and, in `msg`, maps each echoed value back to the span of the typed text it came from: every
word of the value is matched to a typed word (the same word, a typo of it, or a typed word
whose rewrite gave it), and the echo is the typed text from the first matched word to the last,
without the courtesy words the rewrite dropped ("porfa"). Words the rewrite introduced are
never shown; a value with no word from the typed text (a place name from the catalog, a meal
from a slot) is left as it is. English answers echo the value unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from rapidfuzz import fuzz

from core.text import fold

# key (its base name, before any plural suffix) → the values that echo the traveler's words
ECHOES: dict[str, frozenset[str]] = {
    "no_places": frozenset({"query"}),
    "no_places_filtered": frozenset({"query"}),
    "search_what": frozenset({"query"}),
    "target_missing": frozenset({"what"}),
    "matching": frozenset({"what"}),
    "explain_unknown": frozenset({"what"}),
    "why_choice": frozenset({"query"}),
    "booking_not_on_trip": frozenset({"what"}),
    "booking_not_on_trip_hint": frozenset({"what"}),
}
_typed: ContextVar[tuple[str, ...]] = ContextVar("typed", default=())
# Courtesy and chat words a rewrite drops: never part of what was asked for.
_FILLERS = frozenset(
    """porfa porfis porfavor favor pls plz plis please pf pfv pfvr xfa pa' pá pah mano
    mana cara parce wey guey güey bro lol jaja kkk ne né tipo""".split()
)
_SHORT = 2  # a word this short ("a", "o", "no") is matched only beside a longer one
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w&+#]+|[^\w&+#]+$")


TYPED = "typed"  # prompt envelope: what the traveler typed before the question (its echoes)


def typed_before(prompt: object | None) -> tuple[str, ...]:
    """The typed texts an open prompt carries: its answer ("1") echoes their words."""
    payload = getattr(prompt, "payload", None)
    if getattr(prompt, "status", None) != "open" or not isinstance(payload, dict):
        return ()
    texts = payload.get(TYPED)
    return tuple(t for t in texts if isinstance(t, str)) if isinstance(texts, list) else ()


@contextmanager
def typed_by_traveler(*texts: str) -> Iterator[None]:
    """Echo the given typed texts' words for the duration of a turn."""
    token = _typed.set(tuple(t for t in texts if t and t.strip()))
    try:
        yield
    finally:
        _typed.reset(token)


def typed_texts() -> tuple[str, ...]:
    """The texts the traveler typed for the current turn (to carry into a question)."""
    return _typed.get()


def echoed(key: str, values: dict[str, object], language: str) -> dict[str, object]:
    """`values` with the traveler's echoed words put back as typed (es/pt answers only)."""
    names = ECHOES.get(key)
    texts = _typed.get()
    if not names or language == "en" or not texts:
        return values
    out = dict(values)
    for name in names & out.keys():
        value = out[name]
        if isinstance(value, str) and value.strip():
            out[name] = as_typed(value, texts, language)
    return out


@lru_cache(maxsize=4096)
def _rewritten(words: str, language: str) -> frozenset[str]:
    """The words a typed phrase becomes in the rules' grammar ('el lunes' → on, monday)."""
    from core.intents.parse import grammar_of  # noqa: PLC0415 - the parser imports the catalog

    return frozenset(fold(grammar_of(words, language)).split())


def _readings(tokens: list[str], language: str) -> list[tuple[int, int, frozenset[str]]]:
    """Typed words and pairs of words (first, last) with the grammar words they may have become.

    A pair (or three) counts only for what the words make together ("el lunes" → on monday), not for
    what one of them makes alone ("con curry" → curry is the second word's).
    """
    folded = [fold(t) for t in tokens]
    alone = [{w} | _rewritten(w, language) if w else set() for w in folded]
    readings = [(i, i, frozenset(words)) for i, words in enumerate(alone) if words]
    for size in (2, 3):  # "el lunes" → on monday; "café da manhã" → breakfast
        for i in range(len(folded) - size + 1):
            window = folded[i : i + size]
            if all(window):
                together = _rewritten(" ".join(window), language).difference(*alone[i : i + size])
                if together:
                    readings.append((i, i + size - 1, frozenset(together)))
    return readings


def _matches(query_word: str, typed_word: str, reading: frozenset[str]) -> bool:
    if query_word in reading:
        return True
    return (
        len(query_word) >= 5
        and len(typed_word) >= 5
        and fuzz.ratio(query_word, typed_word) >= 80  # "itinerary" / "itinerario"
    )


def _span(value: str, text: str, language: str) -> tuple[int, int, int, list[str]] | None:
    """How many of the value's words the typed text holds, where (first, last word), its words."""
    tokens = _TOKEN.findall(text)
    folded = [fold(t) for t in tokens]
    wanted = [w for w in fold(value).split() if w]
    long_words = [w for w in wanted if len(w) > _SHORT]
    readings = _readings(tokens, language)
    found = [
        places
        for w in (long_words or wanted)
        if (
            places := [
                (a, b) for a, b, r in readings if _matches(w, folded[a] if a == b else "", r)
            ]
        )
    ]
    if not found:
        return None
    widths = []
    for start in {a for places in found for a, _ in places}:
        chosen = [min(places, key=lambda ab: abs(ab[0] - start)) for places in found]
        first, last = min(a for a, _ in chosen), max(b for _, b in chosen)
        widths.append((last - first, first))
    best = min(widths)
    return len(found), best[1], best[1] + best[0], tokens


def as_typed(value: str, texts: tuple[str, ...], language: str) -> str:
    """`value` (a query or a target in the rules' grammar) in the words the traveler typed."""
    spans = [
        (found, index, span)
        for index, text in enumerate(texts)
        if (span := _span(value, text, language)) is not None and (found := span[0])
    ]
    if not spans:
        return value
    _, _, (_, first, last, tokens) = max(
        spans, key=lambda s: (s[0], s[1])
    )  # the latest text wins ties
    words = [t for t in tokens[first : last + 1] if fold(t) not in _FILLERS]
    return _EDGE.sub("", " ".join(words)) or value
