"""Days and parts of the day named in words: "tomorrow", "on Friday", "tonight", "morning".

They are slots, never search words: finding them also cuts them out of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel.dates import get_month_names

from core.intents.lexicon import loose
from core.intents.model import PartOfDay
from core.text import fold

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_REF = re.compile(
    r"\b(?:(?:for|on|in|to)\s+)?(?:the\s+)?(?P<ref>day\s+after\s+tomorrow|tomorrow|today|tonight|"
    r"this\s+(?:morning|afternoon|evening)|"
    r"(?:(?:this|next|on|for|to)\s+)(?P<weekday>" + "|".join(_WEEKDAYS) + r")s?)\b"
    r"|\b(?P<bare_weekday>" + "|".join(_WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
# Month names in every language we read ("9 de diciembre", "december 9", "9 de dezembro").
_MONTHS: dict[str, int] = (
    {
        fold(name): number
        for language in ("en", "es", "pt")
        for number, name in get_month_names("wide", locale=language).items()
    }
    | {
        name: number
        for number, name in enumerate(
            "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
        )
    }
    | {"sept": 9}
)
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = loose(
    r"\b(?:(?:on|for|el|no|o|in)\s+)?(?:the\s+)?(?:dia\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th|º|°)?\s+"
    rf"(?:of\s+|de\s+)?(?P<m1>{_MONTH})\b"
    rf"|\b(?:(?:on|for)\s+)?(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
)
_PART = re.compile(
    r"\b(?:(?:in|during|for|on)\s+)?(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?P<part>morning|afternoon|evening|night|nighttime|late\s+night|sunset|sunrise)"
    r"(?!s)\b"
    r"|\b(?P<early>early|first\s+thing)\b(?!\s+(?:dinner|lunch|breakfast|bird))",
    re.IGNORECASE,
)
PART_DEFAULT_TIMES = {
    PartOfDay.MORNING: "10:00",
    PartOfDay.AFTERNOON: "15:00",
    PartOfDay.EVENING: "19:00",
    PartOfDay.NIGHT: "21:30",
}
_PARTS = {
    "morning": PartOfDay.MORNING,
    "sunrise": PartOfDay.MORNING,
    "afternoon": PartOfDay.AFTERNOON,
    "evening": PartOfDay.EVENING,
    "sunset": PartOfDay.EVENING,
    "night": PartOfDay.NIGHT,
    "nighttime": PartOfDay.NIGHT,
}


@dataclass(frozen=True)
class When:
    """The calendar words of a text and the text without them."""

    day_ref: str | None
    part_of_day: PartOfDay | None
    text: str


def find_when(text: str) -> When:
    """Day references and parts of the day, cut out of `text`."""
    day_ref: str | None = None
    part: PartOfDay | None = None
    if match := _DATE.search(text):
        month = _MONTHS[fold(match.group("m1") or match.group("m2"))]
        day = int(match.group("d1") or match.group("d2"))
        if 1 <= day <= 31:
            day_ref = f"monthday:{month:02d}-{day:02d}"
            text = text[: match.start()] + " " + text[match.end() :]
    if day_ref is None and (match := _DAY_REF.search(text)):
        ref = " ".join(match.group("ref").lower().split()) if match.group("ref") else ""
        weekday = (match.group("weekday") or match.group("bare_weekday") or "").lower()
        if weekday:
            day_ref = f"weekday:{_WEEKDAYS.index(weekday)}"
        elif ref == "day after tomorrow":
            day_ref = "today+2"
        elif ref == "tonight":
            day_ref, part = "today", PartOfDay.EVENING
        elif ref.startswith("this "):
            day_ref, part = "today", _PARTS[ref.split()[1]]
        else:
            day_ref = ref
        text = text[: match.start()] + " " + text[match.end() :]
    if part is None and (match := _PART.search(text)):
        word = (match.group("part") or "").lower()
        part = PartOfDay.NIGHT if "late" in word else _PARTS.get(word.split()[-1] if word else "")
        if match.group("early"):
            part = PartOfDay.MORNING
        text = text[: match.start()] + " " + text[match.end() :]
    return When(day_ref, part, " ".join(text.split()))
