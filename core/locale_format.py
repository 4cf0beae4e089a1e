"""Dates, clock times and lists written the way the turn's language writes them (Babel/CLDR)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from babel.dates import format_skeleton
from babel.dates import format_time as babel_time
from babel.lists import format_list

from core.messages import current_language


def format_clock(value: str, language: str | None = None) -> str:
    """'14:00' as a traveler reads it: '2:00 PM' in English, '14:00' in Spanish and Portuguese.

    Args:
        value: a clock time as stored on nodes ("HH:MM", 24-hour).
        language: 'en', 'es', 'pt'…; the current turn's language when omitted.
    """
    hours, minutes = (int(part) for part in value.split(":"))
    language = language or current_language()
    if language == "en":
        # Written by hand: CLDR's English uses a narrow no-break space before "PM", which
        # plain-text channels and tests compare badly with what travelers type.
        suffix = "AM" if hours < 12 else "PM"
        return f"{(hours % 12) or 12}:{minutes:02d} {suffix}"
    return str(babel_time(dt.time(hours, minutes), format="short", locale=language))


def format_day_date(value: dt.date, language: str | None = None) -> str:
    """A trip day's date, short: 'Wed, Jun 11', 'mié, 11 jun', 'qua., 11 de jun.'."""
    return str(format_skeleton("MMMEd", value, locale=language or current_language()))


def format_names(items: Iterable[str], language: str | None = None) -> str:
    """Names as a prose list: 'A, B, and C', 'A, B y C', 'A, B e C' ('' for none)."""
    names = [str(item) for item in items]
    if not names:
        return ""
    return str(format_list(names, locale=language or current_language()))
