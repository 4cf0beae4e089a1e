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
    r"\b(?:(?P<prep>for|on|in|to|from)\s+)?(?:the\s+)?(?P<ref>day\s+after\s+tomorrow|tomorrow|today|tonight|"
    r"this\s+(?:morning|afternoon|evening)|"
    r"(?:(?P<prep2>this|next|on|for|to|from)\s+)(?P<weekday>" + "|".join(_WEEKDAYS) + r")s?)\b"
    r"|\b(?P<bare_weekday>" + "|".join(_WEEKDAYS) + r")\b"
    # "to our empty day", "pal día libre", "pro dia vazio": the trip's one day with nothing on
    r"|\b(?P<empty>(?:(?:to|for|on|al|pal|en\s+el|para\s+el|no|pro|ao|para\s+o|pra\s+o)\s+)?"
    r"(?:(?:our|my|the|that|el|o|nuestro|nosso)\s+(?:empty|free|open|blank)\s+day"
    r"|(?:el|o|the|our|nuestro|nosso|al|pal|no|pro|ao)\s+(?:day|d[ií]a)\s+"
    r"(?:libre|vac[ií]o|livre|vazio|empty|free)))\b",
    re.IGNORECASE,
)
# The day ref of "the empty day": resolved against the trip (core.operations).
EMPTY_DAY = "empty"
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
    r"\b(?:(?:on|for|to|el|al|del|no|o|in|ao|pro|pra|para)\s+)?(?:the\s+)?(?:dia\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th|º|°)?\s+"
    rf"(?:of\s+|de\s+)?(?P<m1>{_MONTH})\b"
    rf"|\b(?:(?:on|for)\s+)?(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    # "to the 9th", "on the 11th": a day of the month, the trip's that day (core.operations)
    r"|\b(?:(?:on|for|to|until|till|by)\s+)?the\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:day|one|option|place|choice|card|stop|floor|row|on|of|from|"
    r"in(?!\s+the\s+(?:morning|afternoon|evening)))\b)"
    # "agrega un museo el 10", "pon el castillo el 11": a day of the month said by its article
    r"|\b(?:el|al)\s+(?P<d4>\d{1,2})(?![\d:/%ºª°]|[.,]\d|h\b|\s*(?:hs?|hrs?|am|pm|personas|people|"
    r"euros?|pesos|reales|reais|estrellas|stars?|min|minutos|horas|hours|de\s+la\s+lista)\b)"
    # "on 9/12", "el 10/12", "no dia 9/12": day and month (or month and day: the trip's)
    r"|\b(?:(?:on|for|to|el|al|del|no|o|em|para|pro|pra)\s+)?(?:the\s+)?(?:dia\s+)?"
    r"(?P<n1>\d{1,2})/(?P<n2>\d{1,2})(?:/(?:\d{4}|\d{2}))?\b(?!\s*(?:stars?|estrellas|estrelas))"
)
# Only a move says where something goes ("move X to Friday"); else "to Friday" is just the day.
_HAS_SOURCE = re.compile(r"^(?:move|shift|push|reschedule|change|bring|put)\b", re.IGNORECASE)
_PART = re.compile(
    r"\b(?:(?:in|during|for|on|at)\s+)?(?:the\s+)?(?:early\s+|(?P<late>late\s+(?:at\s+)?))?"
    r"(?P<part>morning|afternoon|evening|night|nighttime|sunset|sunrise)"
    # "Morning Glory Cafe" is a name, but "in the morning Paloquemao" says when (lower case)
    r"(?!s)\b(?:(?-i:(?<=the\smorning)|(?<=the\safternoon)|(?<=the\sevening)|(?<=at\snight))"
    r"|(?!\s+(?-i:[A-Z])))"
    # "a night market", "sunset cruise", "evening show": a kind of place, not when
    r"(?![\s-]+(?:markets?|clubs?|life|tours?|bus|safaris?|walks?|cruises?|views?|shows?|"
    r"points?|spots?|bars?|trains?|hikes?|kayak\w*|boat\w*|sail\w*))"
    r"|\b(?P<early>early|first\s+thing)\b(?!\s+(?:dinner|lunch|breakfast|bird))",
    re.IGNORECASE,
)
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
    to_day_ref: str | None = None


# A day named from the item's own day: "push it to the day after", "move it to the next day".
_BESIDE = re.compile(
    r"\b(?:to|onto|till|until|for|on)\s+the\s+(?:(?P<next>next|following)\s+day|day\s+after(?!\s+tomorrow)"
    r"|(?P<prev>previous)\s+day|day\s+before(?!\s+yesterday))\b",
    re.IGNORECASE,
)
NEXT_DAY, PREVIOUS_DAY = "item+1", "item-1"


def find_when(text: str) -> When:
    """Day references and parts of the day, cut out of `text`."""
    day_ref: str | None = None
    part: PartOfDay | None = None
    beside: str | None = None
    if match := _BESIDE.search(text):
        beside = (
            PREVIOUS_DAY if match.group("prev") or "before" in match.group(0).lower() else NEXT_DAY
        )
        text = text[: match.start()] + " " + text[match.end() :]
    if match := _DATE.search(text):
        day_ref = _date_ref(match)
        if day_ref is not None:
            text = text[: match.start()] + " " + text[match.end() :]
    to_day_ref: str | None = None
    if day_ref is None:
        for match in reversed(list(_DAY_REF.finditer(text))):
            ref, part_said = _day_ref(match)
            part = part or part_said
            prep = (match.group("prep") or match.group("prep2") or "").lower()
            if prep == "to" and to_day_ref is None:
                to_day_ref = ref  # "move the museum to Friday"
            elif day_ref is None:
                day_ref = ref
            else:
                continue
            text = text[: match.start()] + " " + text[match.end() :]
    if to_day_ref is not None and day_ref is None and not _HAS_SOURCE.search(text):
        day_ref, to_day_ref = to_day_ref, None  # "add a bar to Friday": just the day
    # Every part of the day said leaves the text; the last one said wins ("on the first night,
    # after dinner" → the evening, then later at night).
    for match in reversed(list(_PART.finditer(text))):
        word = (match.group("part") or "").lower()
        said = PartOfDay.NIGHT if match.group("late") else _PARTS.get(word)
        if match.group("early"):
            said = PartOfDay.MORNING
        part = part or said
        text = text[: match.start()] + " " + text[match.end() :]
    return When(day_ref, part, " ".join(text.split()), to_day_ref or beside)


def _date_ref(match: re.Match[str]) -> str | None:
    """'monthday:12-09'; 'monthday:00-09' for a day of the month alone; 'numdate:9-12'."""
    if match.group("n1"):
        first, second = int(match.group("n1")), int(match.group("n2"))
        return f"numdate:{first}-{second}" if min(first, second) >= 1 else None
    said = match.group("m1") or match.group("m2")
    month = _MONTHS[fold(said)] if said else 0
    day = int(next(match.group(g) for g in ("d1", "d2", "d3", "d4") if match.group(g)))
    return f"monthday:{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def day_refs(text: str) -> list[str]:
    """Every calendar day a text names, in order ("tuesday and wednesday")."""
    return [_day_ref(match)[0] for match in _DAY_REF.finditer(text)]


def _day_ref(match: re.Match[str]) -> tuple[str, PartOfDay | None]:
    """The day a matched word names, and the part of the day it implies ("tonight")."""
    if match.group("empty"):
        return EMPTY_DAY, None
    ref = " ".join(match.group("ref").lower().split()) if match.group("ref") else ""
    weekday = (match.group("weekday") or match.group("bare_weekday") or "").lower()
    if weekday:
        return f"weekday:{_WEEKDAYS.index(weekday)}", None
    if ref == "day after tomorrow":
        return "today+2", None
    if ref == "tonight":
        return "today", PartOfDay.EVENING
    if ref.startswith("this "):
        return "today", _PARTS[ref.split()[1]]
    return ref, None
