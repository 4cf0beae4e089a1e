"""A yes or a no read from a whole short reply, word by word, the way chat types it.

core.yes_no_words knows the words; this reads a reply made of them: yes words, no words, thanks
and please, the names people call each other and chat particles ("chur bro", "can lah", "sí
pues mi rey", "👍👍", "bora mano", "nah mate", "yeah nah", "no ta", "não, valeu"). Each word
(or phrase, longest first) is tagged; a letter doubled for feeling ("sii", "yess", "simm") and a
one-letter slip in a longer word ("perfceto", "absolutly") still find their word.

How a mix reads: thanks and please go along with whatever is said, so "no ta" and "não, valeu"
are a no. The last of a yes and a no decides when the no comes last ("yeah nah", "ok, actually
no"): a no is never read as a yes. A no followed by a yes is a yes only when the yes is said
outright ("nah yeah", "no wait, yes"); "no, está bien" and "não, tá bom" keep the no. A
yes and a no both said outright ("yes no") answer nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from core.text import fold
from core.yes_no_words import ALONE_YES, FILLERS, NO, POLITE, STRONG_YES, YES

YES_SAID = 0
NO_SAID = 1

STRONG_NO = frozenset({"no", "n", "nao", "nah", "na", "nope", "nop"})
_BARE_NO = frozenset({"no", "n", "nao", "nah", "nope", "nop", "nops", "naum", "nn", "nel", "naw"})
_YES_EMOJI = "👍👌✅✔☑🆗💯🤙🙌"
_NO_EMOJI = "👎❌🚫🙅✖⛔"
_MODIFIERS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f\u200d]")
_REPEATED = re.compile(r"([a-z])\1+")
_LONGEST = 4


@dataclass(frozen=True)
class Reading:
    """What a reply says to a yes/no question.

    `said` is YES_SAID or NO_SAID when the reply is made only of known words and says one;
    `no_heard` tells whether any word of it says no, so a longer reply is never read as a yes.
    """

    said: int | None
    no_heard: bool


def _words(text: str) -> list[str]:
    text = _MODIFIERS.sub("", text)
    for mark in _YES_EMOJI:
        text = text.replace(mark, " yes ")
    for mark in _NO_EMOJI:
        text = text.replace(mark, " no ")
    return fold(text).split()


def _kind_of(phrase: str) -> str | None:
    """'P' thanks or please, 'Y' yes, 'N' no, 'F' filler, else None."""
    if phrase in POLITE:
        return "P"
    if phrase in NO:
        return "N"
    if phrase in YES or phrase in ALONE_YES:
        return "Y"
    if phrase in FILLERS:
        return "F"
    return None


# Only longer words are read through a slip: "grill" is no "brill", "hindu" no "hindi".
_FUZZY_LENGTH = 6
_SINGLE = sorted(w for w in (*YES, *ALONE_YES, *NO) if " " not in w and len(w) >= _FUZZY_LENGTH)


@cache
def _near(word: str) -> str | None:
    """A known word typed with one letter doubled, dropped, swapped or wrong."""
    if (plain := _REPEATED.sub(r"\1", word)) != word and _kind_of(plain) is not None:
        return plain
    if len(word) < _FUZZY_LENGTH or not word.isalpha():
        return None
    close = {w for w in _SINGLE if w[0] == word[0] and OSA.distance(word, w, score_cutoff=1) <= 1}
    kinds = {_kind_of(w) for w in close}
    return close.pop() if len(kinds) == 1 and close else None


def _tags(words: list[str]) -> list[tuple[str, str]]:
    """(kind, phrase) for each phrase of the reply, longest first; kind 'U' when unknown."""
    tags: list[tuple[str, str]] = []
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST, len(words) - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            if size == 1 and _kind_of(phrase) is None:
                phrase = _near(phrase) or phrase
            if (kind := _kind_of(phrase)) is not None:
                tags.append((kind, phrase))
                index += size
                break
        else:
            tags.append(("U", words[index]))
            index += 1
    return tags


def read_yes_no(text: str) -> Reading:
    """The yes or no a reply says when all of it is yes/no words, thanks and particles."""
    tags = _tags(_words(text))
    said = [(kind, phrase) for kind, phrase in tags if kind in {"Y", "N"}]
    # a no said as such: "no", "nah", or a phrase; "na sexta" and "nada más" are no no
    no_heard = any(kind == "N" and (phrase in _BARE_NO or " " in phrase) for kind, phrase in said)
    if not said or any(kind == "U" for kind, _ in tags):
        return Reading(None, no_heard)
    kinds = {kind for kind, _ in said}
    if kinds == {"Y"}:
        return Reading(YES_SAID, no_heard)
    if kinds == {"N"}:
        return Reading(NO_SAID, no_heard)
    if said[-1][0] == "N":
        # "yes no" says both outright: no answer; "ok, mejor no", "sure... nevermind": a no
        both = said[-1][1] in STRONG_NO and any(phrase in STRONG_YES for _, phrase in said)
        return Reading(None if both else NO_SAID, no_heard)
    # a no, then a yes: taken back only by a yes said outright ("nah yeah", "não, sim")
    return Reading(YES_SAID if said[-1][1] in STRONG_YES else NO_SAID, no_heard)
