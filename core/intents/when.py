"""Clock times said the Spanish and Portuguese way, rewritten as the grammar's "at HH:MM".

"a las 8 de la noche" → "at 20:00", "às 20h30" → "at 20:30", "a las 8" → "at 8" (a bare hour:
the meal or the rules decide between morning and evening).
"""

from __future__ import annotations

import re

from core.intents.lexicon import number_value

AFTERNOON_WORDS = frozenset({"tarde", "noche", "noite", "pm", "p.m.", "p.m"})
MORNING_WORDS = frozenset({"manana", "mañana", "manha", "manhã", "madrugada", "am", "a.m.", "a.m"})
HALF_WORDS = frozenset({"media", "meia"})
QUARTER_WORDS = frozenset({"cuarto", "quarto"})


def clock_phrase(match: re.Match[str], language: str) -> str:
    """Turn a matched Spanish/Portuguese time phrase into 'at H' or 'at HH:MM'.

    The pattern must name groups `hour`, and optionally `minutes`, `fraction` ("y media"),
    and `half` (the part of the day: "de la noche", "da manhã", "pm").
    """
    hour_text = match.group("hour")
    hours = number_value(hour_text, language)
    if hours is None or not 0 <= hours <= 24:
        return match.group(0)
    minutes_text = match.groupdict().get("minutes")
    minutes = int(minutes_text) if minutes_text else 0
    fraction = (match.groupdict().get("fraction") or "").lower()
    if fraction in HALF_WORDS:
        minutes = 30
    elif fraction in QUARTER_WORDS:
        minutes = 15
    half = (match.groupdict().get("half") or "").lower()
    marked = bool(half)
    if half in AFTERNOON_WORDS and hours < 12:
        hours += 12
    elif half in MORNING_WORDS and hours == 12:
        hours = 0
    if hours == 24:
        return "at 00:00"  # midnight, said as such
    if not 0 <= minutes < 60:
        return match.group(0)
    if not marked:
        # No half of the day said: "a las 8 y media" is for the meal or the rules to place.
        return f"at {hours}:{minutes:02d}" if minutes else f"at {hours}"
    return f"at {hours:02d}:{minutes:02d}"
