"""The clock times of the parts of the day and of their edges, in one table.

Why: "late afternoon", "fim da tarde", "al final de la tarde" were read as a whole part of the
day (or as the night: "late" made every part a night), "comecinho da noite" went to the place
search, and "first thing" was just "the morning". An edge of a part of the day says a time:
it becomes that clock time, which the grammar of every language already reads ("at 17:00",
"to 17:00" after a word of moving), so no edge word is left for the search.

Read: the message as typed (normalized, core.intents.parse.canonical), after the clock reader
and before the calendar and language tables. Pure, no I/O.
"""

from __future__ import annotations

import re
from enum import Enum

from core.intents.lexicon import Replacement, Rule, rules
from core.intents.model import PartOfDay


class Edge(Enum):
    """A stretch of the day said by its edge: where a part of the day starts or ends."""

    FIRST_THING = "first_thing"
    LATE_MORNING = "late_morning"
    EARLY_AFTERNOON = "early_afternoon"
    LATE_AFTERNOON = "late_afternoon"
    EARLY_EVENING = "early_evening"
    LATE_EVENING = "late_evening"
    LATE_NIGHT = "late_night"


# When a stop said only by its part of the day goes (no edge, no clock time).
PART_DEFAULT_TIMES = {
    PartOfDay.MORNING: "10:00",
    PartOfDay.AFTERNOON: "15:00",
    PartOfDay.EVENING: "19:00",
    PartOfDay.NIGHT: "21:30",
}
# Where each part of the day may start (minutes from midnight): a time said "before" a stop
# must fall in the part said (core.anchor_time).
PART_WINDOWS = {
    PartOfDay.MORNING: (6 * 60, 12 * 60),
    PartOfDay.AFTERNOON: (12 * 60, 18 * 60),
    PartOfDay.EVENING: (17 * 60, 22 * 60),
    PartOfDay.NIGHT: (19 * 60, 24 * 60),
}
# When a stop said by an edge of a part of the day goes.
EDGE_TIMES = {
    Edge.FIRST_THING: "08:00",
    Edge.LATE_MORNING: "11:30",
    Edge.EARLY_AFTERNOON: "13:30",
    Edge.LATE_AFTERNOON: "17:00",
    Edge.EARLY_EVENING: "18:30",
    Edge.LATE_EVENING: "21:30",
    Edge.LATE_NIGHT: "22:00",
}

# The parts of the day in each language (accent-free: lexicon.loose), with their articles.
_MORNING = r"(?:(?:the\s+)?morning|(?:la\s+)?manana|(?:a\s+)?manha)"
_AFTERNOON = r"(?:(?:the\s+)?afternoon|(?:la\s+)?tarde|(?:a\s+)?tarde)"
_EVENING = r"(?:(?:the\s+)?evening|(?:la\s+)?noche|(?:a\s+)?noite)"
# "the start of", "al principio de", "no começo de"…
_START_OF = (
    r"(?:(?:the\s+)?(?:start|beginning)\s+of|(?:el\s+)?(?:principio|comienzo|inicio)\s+de|"
    r"(?:o\s+)?(?:inicio|comeco|comecinho)\s+d[aoe]|(?:a\s+)?primeira\s+hora\s+d[ae]|"
    r"(?:la\s+)?primera\s+hora\s+de|principios\s+de)"
)
# "the end of", "al final de", "no fim da"…
_END_OF = (
    r"(?:(?:the\s+)?end\s+of|(?:el\s+)?final\s+de|(?:la\s+)?ultima\s+hora\s+de|"
    r"(?:o\s+)?(?:fim|final|finalzinho)\s+d[ae]|(?:a\s+)?ultima\s+hora\s+d[ae])"
)
_PHRASES: dict[Edge, str] = {
    Edge.FIRST_THING: (
        r"first\s+thing(?:\s+in\s+the\s+morning)?|early\s+(?:in\s+the\s+)?morning|"
        r"(?:la\s+)?primera\s+hora(?:\s+de\s+la\s+manana|(?!\s+de\s+la\s+(?:tarde|noche)))|temprano\s+en\s+la\s+manana|"
        r"(?:a\s+)?primeira\s+hora(?:\s+da\s+manha|(?!\s+da\s+(?:tarde|noite)))|(?:bem\s+|logo\s+)?cedinho|logo\s+cedo|"
        rf"{_START_OF}\s+{_MORNING}"
    ),
    Edge.LATE_MORNING: (
        r"late(?:\s+in\s+the)?\s+morning|mid[\s-]?morning|media\s+manana|"
        rf"(?:o\s+)?meio\s+da\s+manha|{_END_OF}\s+{_MORNING}"
    ),
    Edge.EARLY_AFTERNOON: (
        r"early(?:\s+in\s+the)?\s+afternoon|temprano\s+en\s+la\s+tarde|"
        rf"{_START_OF}\s+{_AFTERNOON}"
    ),
    Edge.LATE_AFTERNOON: (
        r"late(?:\s+in\s+the)?\s+afternoon|(?:fim|final|finalzinho)\s+de\s+tarde|"
        rf"{_END_OF}\s+{_AFTERNOON}"
    ),
    Edge.EARLY_EVENING: (
        r"early(?:\s+in\s+the)?\s+evening|temprano\s+(?:en|por)\s+la\s+noche|"
        rf"{_START_OF}\s+{_EVENING}"
    ),
    Edge.LATE_EVENING: r"late(?:\s+in\s+the)?\s+evening",
    Edge.LATE_NIGHT: (
        r"late(?:\s+at|\s+in\s+the)?[\s-]+night|(?:ya\s+)?tarde\s+(?:en|por|de)\s+la\s+noche|"
        r"(?:bem\s+)?tarde\s+da\s+noite|(?:el\s+)?final\s+de\s+la\s+noche|"
        r"(?:o\s+)?(?:fim|final)\s+da\s+noite"
    ),
}
# Words before an edge that say where something goes to ("move it to late afternoon").
_TO = r"to|till|until|hasta|para|pro|pra|para\s+[oa]|ate"
# Words before an edge that only say when ("in the late afternoon", "no fim da tarde").
_AT = (
    r"in|during|at|on|for|en|a|al|por|durante|no|na|ao|a|pelo|pela|em|el|la|lo|o|"
    r"in\s+the|at\s+the|on\s+the|en\s+la|a\s+la|por\s+la|en\s+el"
)


def _edge_rule(edge: Edge) -> tuple[str, Replacement]:
    """The pattern of one edge, with the words before it, and its clock time in their place."""
    time = EDGE_TIMES[edge]

    def said(match: re.Match[str]) -> str:
        lead = (match.group("lead") or "").strip().lower()
        moving = lead and re.fullmatch(_TO, lead)
        return f"{'to' if moving else 'at'} {time}"

    pattern = (
        rf",?\s*\b(?:(?P<lead>{_TO}|{_AT})\s+)?(?:the\s+|el\s+|la\s+|o\s+|a\s+)?"
        rf"(?:{_PHRASES[edge]})\b(?!\s+(?:dinner|lunch|breakfast|brunch|cena|almuerzo|jantar|almoco)\b)"
    )
    return pattern, said


DAY_PART_EDGE_RULES: tuple[Rule, ...] = rules(_edge_rule(edge) for edge in Edge)
