"""Slot extraction from free text: days, times, meals. Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.intents.model import LAST_DAY, Meal

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORDINAL_WORDS = {**ORDINAL_WORDS, "last": LAST_DAY, "final": LAST_DAY}
_NUM = r"\d{1,2}|" + "|".join(NUMBER_WORDS)
_ORD = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS)
DAY_PATTERN = re.compile(
    rf"(?:\b(?P<prep>on|to|for|from|in|into|onto|of)\s+)?(?:(?:the|our|my)\s+)?"
    rf"(?:\bday\s*(?P<num>{_NUM})\b|\b(?P<ord>{_ORD})\s+day\b)",
    re.IGNORECASE,
)
_AMPM = r"(?P<ampm>a\.?m\.?|p\.?m\.?)"
TIME_PATTERN = re.compile(
    r"(?:\b(?P<prep>at|to|for|around|by|from|until|till)\s+)?(?:"
    rf"\b(?P<h1>\d{{1,2}})[:.](?P<m1>\d{{2}})\s*{_AMPM.replace('ampm', 'ampm1')}?(?![\w:])"
    rf"|\b(?P<h2>\d{{1,2}})\s*{_AMPM.replace('ampm', 'ampm2')}(?!\w)"
    r"|\b(?P<named>noon|midday|midnight)\b"
    r"|(?:(?<=\bat )|(?<=\bto )|(?<=\baround )|(?<=\babout )|(?<=\bby ))(?P<h3>\d{1,2})\b"
    r"(?![:\w])(?!\s*(?:people|persons|guests|pax|km|day|days|minutes|mins|hours|hrs|nights)\b)"
    r")",
    re.IGNORECASE,
)
MEAL_PATTERN = re.compile(r"\b(breakfast|brunch|lunch|dinner|supper)\b", re.IGNORECASE)
_MEALS = {
    "breakfast": Meal.BREAKFAST,
    "brunch": Meal.BREAKFAST,
    "lunch": Meal.LUNCH,
    "dinner": Meal.DINNER,
    "supper": Meal.DINNER,
}
MEAL_DEFAULT_TIMES = {Meal.BREAKFAST: "08:30", Meal.LUNCH: "13:00", Meal.DINNER: "19:30"}


@dataclass(frozen=True)
class Found:
    """A slot value and where it was in the text."""

    value: int | str
    prep: str | None
    start: int
    end: int


def _day_value(match: re.Match[str]) -> int:
    if num := match.group("num"):
        return int(num) if num.isdigit() else NUMBER_WORDS[num.lower()]
    ordinal = match.group("ord").lower()
    return int(ordinal[:-2]) if ordinal[:-2].isdigit() else _ORDINAL_WORDS[ordinal]


def find_days(text: str) -> list[Found]:
    """Every day reference ('day 2', 'the second day', 'last day') with its preposition."""
    return [
        Found(_day_value(m), (m.group("prep") or "").lower() or None, m.start(), m.end())
        for m in DAY_PATTERN.finditer(text)
    ]


def _clock_value(hours: int, minutes: int, ampm: str | None, bare: bool) -> str | None:
    marker = (ampm or "").lower().replace(".", "")
    if marker == "pm" and hours < 12:
        hours += 12
    elif marker == "am" and hours == 12:
        hours = 0
    elif bare and 1 <= hours <= 7:
        hours += 12  # "at 8" is morning, "at 3" is afternoon: nobody plans a 3 a.m. lunch
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        return None
    return f"{hours:02d}:{minutes:02d}"


def find_times(text: str) -> list[Found]:
    """Every clock time ('2pm', '14:30', 'noon', 'at 8') as HH:MM with its preposition."""
    found = []
    for m in TIME_PATTERN.finditer(text):
        if named := m.group("named"):
            value: str | None = "00:00" if named.lower() == "midnight" else "12:00"
        elif m.group("h1"):
            value = _clock_value(
                int(m.group("h1")),
                int(m.group("m1")),
                m.group("ampm1"),
                bare=m.group("ampm1") is None
                and not m.group("h1").startswith("0")  # "07:30" says morning
                and int(m.group("h1")) <= 7
                and m.group("prep") in {"at", "to"},
            )
        elif m.group("h2"):
            value = _clock_value(int(m.group("h2")), 0, m.group("ampm2"), bare=False)
        else:
            value = _clock_value(int(m.group("h3")), 0, None, bare=True)
        if value is not None:
            found.append(Found(value, (m.group("prep") or "").lower() or None, m.start(), m.end()))
    return found


def find_meal(text: str) -> Meal | None:
    """The first meal named in the text."""
    match = MEAL_PATTERN.search(text)
    return _MEALS[match.group(1).lower()] if match else None


def cut(text: str, spans: list[Found]) -> str:
    """The text with the given spans removed and spaces tidied."""
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        text = text[: span.start] + " " + text[span.end :]
    return " ".join(text.split())
