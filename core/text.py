"""Text normalization shared by intent rules, typed replies and demo search."""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
# "don't" and "don’t" (phones type the curly one) must fold alike.
_APOSTROPHES = re.compile("['\u2019\u2018`\u00b4]")


@functools.lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation, collapse spaces: 'Bogotá!' → 'bogota'.

    Memoized (a pure function of a string): reading one message folds the same few strings
    over and over, and place names recur across messages (issue #19).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = _NON_WORD.sub(" ", _APOSTROPHES.sub("", without_marks.lower()))
    return _SPACES.sub(" ", cleaned).strip()


def similar(a: str, b: str, threshold: float = 0.8) -> bool:
    """Typo-tolerant equality of two folded words (short words must match exactly)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    return SequenceMatcher(None, a, b).ratio() >= threshold


def shorten(
    text: str, *, max_chars: int | None = None, max_bytes: int | None = None, ellipsis: str = "…"
) -> str:
    """Cut text to a platform limit on a word boundary, never inside a character.

    `max_chars` counts code points (Telegram, Twilio); `max_bytes` counts UTF-8 bytes (callback
    data, Slack values). Text within the limits is returned unchanged.
    """

    def fits(candidate: str) -> bool:
        return (max_chars is None or len(candidate) <= max_chars) and (
            max_bytes is None or len(candidate.encode()) <= max_bytes
        )

    if fits(text):
        return text
    budget_chars = (len(text) if max_chars is None else max_chars) - len(ellipsis)
    if max_bytes is not None:
        budget_chars = min(budget_chars, max_bytes)  # a character takes at least one byte
    cut = text[: max(budget_chars, 0)]
    while cut and not fits(cut + ellipsis):
        cut = cut[:-1]
    boundary = cut.rfind(" ")
    if boundary > len(cut) // 2:  # keep a word boundary unless it throws away too much
        cut = cut[:boundary]
    if cut:
        return cut.rstrip() + ellipsis
    # Not even one character fits beside the ellipsis: as much of the ellipsis as fits.
    return next((ellipsis[:n] for n in range(len(ellipsis), 0, -1) if fits(ellipsis[:n])), "")
