"""Which command verb a misspelled word stands for ("remvoe" → "remove"), when one clearly is.

A traveler typing fast swaps, drops, doubles or mis-hits a letter; the word is then no word
the tables know. Only those slips are undone, and only towards one verb: a word one edit away
from two different verbs, a real word ("more", "plane", "pausa"), an inflection ("changed"),
a number ("nueve") or a word too short to tell stays as typed. Distances are rapidfuzz's
optimal string alignment (a swap of two letters is one edit).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz.distance import OSA

from core.intents.language import MARKER_WORDS
from core.intents.lexicon import number_value
from core.text import fold


def _neighbours(rows: Iterable[str]) -> dict[str, str]:
    """Each key of a QWERTY keyboard → the keys around it."""
    rows = list(rows)
    near: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            around = [
                rows[rr][cc]
                for rr in (r - 1, r, r + 1)
                for cc in (c - 1, c, c + 1)
                if 0 <= rr < len(rows) and 0 <= cc < len(rows[rr]) and (rr, cc) != (r, c)
            ]
            near[key] = "".join(around)
    return near


_NEIGHBOURS = _neighbours(("qwertyuiop", "asdfghjklñ", "zxcvbnm"))


def is_slip(token: str, target: str) -> bool:
    """A slip of the fingers that turns `target` into `token` (both folded), not another word.

    One edit only, and only the kinds fingers make: two letters swapped ("remvoe", "mvoe"),
    a letter dropped inside a word of five letters or more ("delte", "elimna"), a letter doubled
    or struck with its neighbour ("remmove", not "pausa" for "pasa"), a key hit for the one
    beside it ("rwmove", not "more" for "move").
    """
    if OSA.distance(token, target) != 1 or token.startswith(target):
        return False  # "changed", "shows": the verb itself, inflected
    if len(token) == len(target):
        if sorted(token) == sorted(target):
            return True
        wrong, meant = next((a, b) for a, b in zip(token, target, strict=True) if a != b)
        return len(token) >= 5 and meant in _NEIGHBOURS.get(wrong, "")
    if len(token) < 5:
        return False
    if len(token) < len(target):
        # Not the first or last letter: "plane" is a word, not "planea" cut short.
        return token[0] == target[0] and token[-1] == target[-1]
    return any(
        token[:i] + token[i + 1 :] == target and _struck_beside(token, i) for i in range(len(token))
    )


def _struck_beside(token: str, index: int) -> bool:
    """The extra letter at `index` doubles or neighbours a letter next to it."""
    extra = token[index]
    beside = token[max(index - 1, 0) : index] + token[index + 1 : index + 2]
    return any(extra == other or other in _NEIGHBOURS.get(extra, "") for other in beside)


class VerbSpeller:
    """Misspelled words → the command verbs of a vocabulary."""

    def __init__(self, senses: Mapping[str, str], known: Iterable[str] = ()) -> None:
        """A speller for one vocabulary of command verbs.

        Args:
            senses: each verb (folded) → the verb it means; "borrar" and "borra" mean one verb.
            known: words that are words as typed, besides the verbs and the language markers.
        """
        self._senses = dict(senses)
        self._known = MARKER_WORDS | frozenset(self._senses) | frozenset(known)

    def corrected(self, word: str) -> str | None:
        """The verb `word` is a slip for, or None when it is no slip or no one verb is meant."""
        token = fold(word)
        if len(token) < 4 or token in self._known or not token.isalpha():
            return None
        if any(number_value(token, language) is not None for language in ("en", "es", "pt")):
            return None
        close = [verb for verb in self._senses if is_slip(token, verb)]
        if not close or len({self._senses[verb] for verb in close}) > 1:
            return None
        return close[0]
