"""An option named inside a chat sentence ("me quedo con Tokyo Bay entonces", "the 2nd, Tokyo Bay").

The reply's words are split in three: words of the option's own name (typos and prefixes
allowed), the closed class of words said around a choice (core.choice_words), and the rest.
The rest must be empty or the same option's position; anything else ("on day 3", "remove")
makes the reply another request. Only one option may fit.
"""

from __future__ import annotations

from core.choice_position import position_in_chat
from core.choice_words import ASKING, CHAT_FILLER, CORRECTION
from core.text import fold, similar

# Words a name shares with its kind: alone they name no one option ("the restaurant").
_GENERIC = frozenset(
    "restaurant restaurante cafe bar hotel place lugar the la el o a de do da del casa".split()
)


def _of_name(word: str, name: list[str]) -> bool:
    return any(similar(word, part) or (len(word) >= 3 and part.startswith(word)) for part in name)


def _fits(words: list[str], index: int, name: list[str], count: int) -> bool:
    """True when `words` name option `index` (its name, filler, at most its own position)."""
    named: list[str] = []
    other: list[str] = []
    for word in words:
        if _of_name(word, name):
            named.append(word)
        elif word not in CHAT_FILLER:
            other.append(word)
    if not any(w not in _GENERIC and len(w) >= 3 for w in named):
        return False
    if not other:
        return True
    # With a position beside it the whole name must be there: "the 2nd, Tokyo Bay", never
    # "we have 2 kids" to a "Kids Corner" shown second.
    whole = all(any(_of_name(w, [part]) for w in named) for part in name if part not in _GENERIC)
    return whole and position_in_chat(" ".join(other), count) == index + 1


def name_in_chat(text: str, labels: list[str]) -> int | None:
    """The index of the one option a chat sentence names, else None.

    Args:
        text: the reply as typed.
        labels: the options' names, in order.
    """
    words = fold(CORRECTION.sub("", text, count=1)).split()
    if not words or len(words) > 14 or ("?" in text and ASKING & set(words)):
        return None
    fits = [
        index
        for index, label in enumerate(labels)
        if (name := fold(label).split()) and _fits(words, index, name, len(labels))
    ]
    return fits[0] if len(fits) == 1 else None
