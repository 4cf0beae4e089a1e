"""What a phrase rule's pattern cannot match without: a cheap gate before its regex scan.

A message meets ~700 phrase rules and nearly all of them match nothing; each scan costs a
`re.sub` over the whole text. From a pattern's parsed form we derive, once at import, a few
literal strings such that every match contains at least one of them ("dia", "manana"); a rule
whose strings are all absent from the folded text cannot match, so it is not run.

The strings are compared with the text folded the way the rules' patterns match it: in lower
case and without the accents `lexicon.loose` lets a plain letter stand for ("día" → "dia").
Only characters whose every case-insensitive match folds back to the same letter take part
(`tests/core/intents/test_rule_gate.py` proves that over all of Unicode); anything else ends a
literal run, which only makes a gate weaker, never wrong.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

# The regex parser is private in Python 3.11 (sre_parse warns when imported); we only read
# its output, the same tree `re.compile` builds from.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_ACCENTED = {
    "a": "áàâãä",
    "e": "éèêë",
    "i": "íìîï",
    "o": "óòôõö",
    "u": "úùûü",
    "c": "ç",
    "n": "ñ",
}
# Characters that re's IGNORECASE matches to an ASCII letter though `lower()` does not give it.
# (long s, Kelvin sign, dotless i, dotted capital I)
_CASE_ODDITIES = {"\u017f": "s", "\u212a": "k", "\u0131": "i", "\u0130": "i"}
_FOLDS: dict[str, str] = {
    **{upper: upper.lower() for upper in string.ascii_uppercase},
    **{
        variant: plain
        for plain, variants in _ACCENTED.items()
        for accented in variants
        for variant in (accented, accented.upper())
    },
    **_CASE_ODDITIES,
}
_FOLD_TABLE = str.maketrans(_FOLDS)
# The characters a gate string may hold: printable ASCII and the accented letters above.
ALPHABET = frozenset(string.printable) - frozenset("\t\n\r\x0b\x0c") | frozenset(_FOLDS)

# A bound on the alternatives an exact part may spell out ("(?:la|el) (?:noche|tarde)" → 4).
_MOST_STRINGS = 16

Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})


def fold(text: str) -> str:
    """The text as gate strings are written: lower case, accents a pattern ignores dropped."""
    return text.lower() if text.isascii() else text.translate(_FOLD_TABLE)


def folded_char(char: str) -> str | None:
    """The character a gate string holds for `char` in a pattern, or None if it cannot hold it."""
    return _FOLDS.get(char, char) if char in ALPHABET else None


def needs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings at least one of which every match of `pattern` contains, folded.

    `("",)` when nothing is known: the empty string is in every text, so the rule always runs.
    """
    _, need = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(need)) if need else ("",)


def _sequence(items: Iterable[Any]) -> tuple[Strings | None, Strings | None]:
    """(every string the items can match if few, else None; the best `need` of the items)."""
    run: Strings | None = _EMPTY
    whole: Strings | None = _EMPTY
    candidates: list[Strings] = []
    for item in items:
        exact, need = _item(item)
        if need:
            candidates.append(need)
        if exact is None or run is None or len(run) * len(exact) > _MOST_STRINGS:
            # The literal run ends here: what it spelled is one candidate of its own.
            whole = None
            if run is not None:
                candidates.append(run)
            run = exact
            continue
        run = frozenset(head + tail for head in run for tail in exact)
        whole = run if whole is not None else None
    if run is not None:
        candidates.append(run)
    return whole, _best(candidates)


def _best(candidates: list[Strings]) -> Strings | None:
    """The candidate that says most: its shortest string longest, then the fewest strings."""
    useful = [strings for strings in candidates if "" not in strings]
    if not useful:
        return None
    return max(useful, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _item(item: tuple[Any, Any]) -> tuple[Strings | None, Strings | None]:
    """(exact strings, need) of one node of the parsed pattern."""
    op, value = item
    if op is sre.LITERAL:
        char = folded_char(chr(value))
        return (None, None) if char is None else (frozenset({char}), frozenset({char}))
    if op is sre.IN:
        chars = _class_chars(value)
        return (None, None) if chars is None else (chars, chars)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY, None  # zero-width: consumes nothing, so literals on both sides still join
    if op is sre.SUBPATTERN:
        return _sequence(value[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(value)
    if op is sre.BRANCH:
        return _branch(value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(value)
    return None, None  # any character, categories, back references: nothing known


def _class_chars(members: list[tuple[Any, Any]]) -> Strings | None:
    """The folded characters a class such as `[eé]` stands for, if it is a short list of them."""
    chars = set()
    for op, value in members:
        char = folded_char(chr(value)) if op is sre.LITERAL else None
        if char is None:
            return None  # a range, a category or a negation
        chars.add(char)
    return frozenset(chars) if len(chars) <= 4 else None


def _branch(branches: list[Any]) -> tuple[Strings | None, Strings | None]:
    """Alternatives: exact if each is; a need only if each has one."""
    read = [_sequence(branch) for branch in branches]
    exacts = [exact for exact, _ in read]
    exact = None
    if all(strings is not None for strings in exacts):
        union = frozenset().union(*(strings for strings in exacts if strings is not None))
        exact = union if len(union) <= _MOST_STRINGS else None
    needs_ = [need for _, need in read]
    if any(need is None for need in needs_):
        return exact, None
    return exact, frozenset().union(*(need for need in needs_ if need is not None))


def _repeat(value: tuple[int, int, Any]) -> tuple[Strings | None, Strings | None]:
    """`x?`, `x+`, `x{2,}`: exact only once or optionally once; a need only if at least once."""
    low, high, body = value
    exact, need = _sequence(body)
    if low == high == 1:
        return exact, need
    if low == 0 and high == 1 and exact is not None:
        return exact | _EMPTY, None
    return None, need if low >= 1 else None


class GateIndex:
    """Which rules of a long table may match a folded text, found through the text's bigrams.

    Checking each rule's strings in turn costs ~2,000 substring tests a message for the
    Portuguese table alone; here each string is filed under its first two characters (or its
    only one), and a text looks up just the pairs and characters it holds.
    """

    def __init__(self, gates: Iterable[tuple[str, ...]]) -> None:
        """Index the gates of a table's rules, in the table's order (rule i is bit i)."""
        self._always = 0
        by_key: dict[str, dict[str, int]] = {}
        for position, strings in enumerate(gates):
            bit = 1 << position
            for need in strings:
                if not need:
                    self._always |= bit
                    continue
                filed = by_key.setdefault(need[:3], {})
                filed[need] = filed.get(need, 0) | bit
        self._by_key = {key: tuple(filed.items()) for key, filed in by_key.items()}

    def live(self, folded: str) -> int:
        """A bit mask of the rules some string of which is in `folded`."""
        mask = self._always
        by_key = self._by_key
        keys = {folded[start : start + 3] for start in range(len(folded))}
        keys.update(folded[start : start + 2] for start in range(len(folded) - 1))
        keys.update(folded)
        for key in keys:
            for need, bits in by_key.get(key, ()):
                if need in folded:
                    mask |= bits
        return mask
