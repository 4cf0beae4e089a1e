"""A card or option picked by its position inside a chat sentence ("esse segundo aí").

Read by the structure of the reply, not by phrase lists: exactly one position (a digit, an
ordinal word or "2nd", or a number word after "option"/"número") and every other word from
the closed class of words said around a choice (core.choice_words). Any other word — a day,
people, a time, a verb of another request — means the reply is not a pick.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from core.choice_words import ASKING, CHAT_FILLER, CORRECTION, NEGATORS, NOT_AFTER, POINTERS
from core.choices import _CARDINALS, _LAST, _ORDINALS
from core.intents.address_words import without_address
from core.position_words import FILLER, MIDDLE, middle_of, plain_positions, word_position
from core.text import fold

# "2nd", "3rd", "2º"/"2ª" (folded to "2o"/"2a"), "1ro", "2da", "4to", "7mo", "2e", "2eme".
_SUFFIXED = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|o|a|er|e|eme|[rdtvmn][oa])$")
_DIGITS = re.compile(r"^\d{1,3}$")
_PENULTIMATE = frozenset({"penultimo", "penultima", "penultimate", "anteultimo", "anteultima"})
# Beyond the fifth (cards run to eight) in es/pt, which core.choices stops short of.
_MORE_ORDINALS = {
    "sexto": 6,
    "sexta": 6,
    "septimo": 7,
    "septima": 7,
    "setimo": 7,
    "setima": 7,
    "octavo": 8,
    "octava": 8,
    "oitavo": 8,
    "oitava": 8,
    "quarto": 4,
    "quarta": 4,
    "quinto": 5,
    "quinta": 5,
    # Spanish short forms before a noun or alone in chat: "el primer", "el tercer".
    "primer": 1,
    "tercer": 3,
}
_ALL_ORDINALS = {**_ORDINALS, **_MORE_ORDINALS}
_ORDINAL_TYPOS = tuple(word for word in _ALL_ORDINALS if len(word) >= 5)

_BLOCKED = -1


def _ordinal(word: str, count: int) -> int | None:
    """The position an ordinal word names, typos of the longer ones included ("segnda")."""
    if word in _ALL_ORDINALS:
        return _ALL_ORDINALS[word]
    if word in _LAST or word == "final":
        return count
    if word in _PENULTIMATE:
        return count - 1
    if (said := word_position(word, count, _ALL_ORDINALS)) is not None:
        return said
    if len(word) >= 5 and word != MIDDLE:
        # One edit, a swap of two letters included ("thrid", "secnd", "terceria").
        near = {_ALL_ORDINALS[o] for o in _ORDINAL_TYPOS if OSA.distance(word, o) <= 1}
        if len(near) == 1:
            return near.pop()
    return None


def _at(words: list[str], index: int, count: int) -> int | None:
    """The position word `index` names; _BLOCKED when it is a number that is not one."""
    word = words[index]
    before = words[index - 1] if index else ""
    if _DIGITS.match(word):
        return _BLOCKED if before in NOT_AFTER else int(word)
    if match := _SUFFIXED.match(word):
        return int(match.group(1))
    if word in _CARDINALS and before in POINTERS:
        return _CARDINALS[word]  # "number two", "opción dos": never a bare "una"/"um"
    if word in CHAT_FILLER or word in POINTERS or word in FILLER:
        return None
    return _ordinal(word, count)


def position_in_chat(text: str, count: int) -> int | None:
    """The 1-based position a chat reply picks ("lets do the 2nd one then" → 2), else None.

    None when the reply names no position, more than one, or says anything besides picking.
    The position may be out of range; the caller says so.
    """
    said = positions_in_chat(text, count)
    return said[0] if len(said) == 1 else None


def positions_in_chat(text: str, count: int) -> tuple[int, ...]:
    """The position a chat reply picks, as a 1-tuple; () when it is no pick by position.

    "The middle one" among an even number of options gives both middle ones.
    """
    # "macho, o último aí", "o segundo, sô": the listener called by name picks all the same
    picked = without_address(CORRECTION.sub("", text, count=1))
    words = plain_positions(fold(picked)).split()
    if not words or len(words) > 12:
        return ()
    if "?" in text and any(word in ASKING for word in words):
        return ()
    said: set[int] = set()
    for index, word in enumerate(words):
        if word in NEGATORS and word not in CHAT_FILLER:
            return ()
        position = _at(words, index, count)
        if position == _BLOCKED:
            return ()
        if position is not None:
            said.add(position)
        elif word == MIDDLE and middle_of(count) is None and count >= 4:
            said.add(-count)  # the two middle ones, told apart below
        elif word not in CHAT_FILLER and word not in POINTERS and word not in FILLER:
            return ()  # a content word: the reply asks for something else
    if said == {-count}:
        return (count // 2, count // 2 + 1)
    return (said.pop(),) if len(said) == 1 else ()
