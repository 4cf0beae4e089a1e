"""Weekdays in the shapes chat gives them, made plain before the day tables read them.

Why: Portuguese and Spanish chat dresses weekdays up ("sabadão", "domingão", "sextinha",
"segundona", "el sabadito", "dominguito") or drops their vowels ("sxta", "sbdo", "qnta"), and
the tables only knew the plain and the short forms. And an ordinal before "vez" is a count of
times, not a day: "é a segunda vez que peço" was read as Monday.

Read: the message before core.intents.calendar_words (every language). Written: the plain
weekday ("sabado", "sexta"), or for "segunda vez" the English "second time", which no day
table reads.
"""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement, Rule, rewrite, rules
from core.text import fold

_PLAIN = {
    "sabad": "sabado",
    "doming": "domingo",
    "sext": "sexta",
    "segund": "segunda",
}

# Augmentatives and diminutives of weekdays that are not also ordinals said small: Monday
# only as "segundona" ("a segundinha" stays the second card).
_DRESSED = (
    r"\b(?P<stem>sabad)(?:ao|aum|inho|ito|azo|ote)\b"
    r"|\b(?P<stem2>doming)(?:ao|aum|uinho|uito|azo)\b"
    r"|\b(?P<stem3>sext)(?:ona|ou|inha|ita|ouu+)\b"
    r"|\b(?P<stem4>segund)(?:ona)\b"
)

_ORDINAL_TIMES = {
    "primeira": "first", "primera": "first", "segunda": "second", "tercera": "third",
    "terceira": "third", "cuarta": "fourth", "quarta": "fourth", "quinta": "fifth",
    "sexta": "sixth", "ultima": "last",
}  # fmt: skip


def _dressed(match: re.Match[str]) -> str:
    stem = next(g for g in match.groups() if g)
    return _PLAIN[fold(stem)]


def _times(match: re.Match[str]) -> str:
    return f"{_ORDINAL_TIMES[fold(match.group('ord'))]} time"


_PAIRS: list[tuple[str, Replacement]] = [
    (_DRESSED, _dressed),
    # Vowels dropped: "sxta", "sxta feira", "sbdo", "dmgo", "qnta feira" (whole words only).
    (r"\bsxta\b", "sexta"),
    (r"\bsbdo\b|\bsabdo\b", "sabado"),
    (r"\bdmgo\b|\bdomgo\b", "domingo"),
    (r"\bqrta\b", "quarta"),
    (r"\btrca\b", "terça"),
    # "la segunda vez", "pela terceira vez", "a última vez": how many times, no day.
    (
        r"\b(?P<ord>primeira|primera|segunda|tercera|terceira|cuarta|quarta|quinta|sexta|"
        r"ultima)\s+(?=vez\b|vuelta\b|volta\b)(?:vez|vuelta|volta)\b",
        _times,
    ),
]

WEEKDAY_FORM_RULES: tuple[Rule, ...] = rules(_PAIRS)


def plain_weekdays(text: str) -> str:
    """The message with its dressed-up and vowel-less weekdays plain, times kept apart."""
    return rewrite(text, WEEKDAY_FORM_RULES)
