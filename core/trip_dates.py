"""A date said without its month, or as numbers, found among the trip's own dates.

"to the 9th" is the trip's day that falls on a 9th; "9/12" is the 9th of December or
September 12th, whichever the trip holds (day/month as in Europe and Latin America, or
month/day as in the US). When the trip holds none, or both on different days, there is no
day: the traveler is asked, never guessed for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from core.agents.base import AgentResult
from core.domain.itinerary import Day
from core.intents.model import Intent, ParsedTurn
from core.locale_format import format_day_date
from core.messages import msg


def _dates(start: dt.date | None, count: int) -> list[dt.date]:
    if start is None:
        return []
    return [start + dt.timedelta(days=n) for n in range(count)]


def trip_date(ref: str, start: dt.date | None, count: int) -> dt.date | None:
    """The trip's date a 'monthday:00-DD' or 'numdate:A-B' reference names, or None."""
    dates = _dates(start, count)
    if ref.startswith("monthday:00-"):
        day = int(ref.removeprefix("monthday:00-"))
        found = [d for d in dates if d.day == day]
    else:
        first, second = (int(part) for part in ref.removeprefix("numdate:").split("-"))
        found = [
            d
            for d in dates
            if (d.day, d.month) == (first, second) or (d.month, d.day) == (first, second)
        ]
    return found[0] if len(set(found)) == 1 else None


def month_day_near(ref: str | None, near: dt.date | None) -> dt.date | None:
    """The date on the day of the month a 'monthday:00-DD' names that is nearest `near`.

    "we land on the 10th", "nos vamos el 15": the trip's own month or the one beside it, not
    today's (the later one on a tie). None for any other reference or without `near`.
    """
    if near is None or ref is None or not ref.startswith("monthday:00-"):
        return None
    day = int(ref.removeprefix("monthday:00-"))
    found: list[dt.date] = []
    for shift in (-1, 0, 1):
        year, month = divmod(near.year * 12 + near.month - 1 + shift, 12)
        try:
            found.append(dt.date(year, month + 1, day))
        except ValueError:
            continue  # "the 31st" in a month without one
    return min(found, key=lambda d: (abs((d - near).days), -d.toordinal()), default=None)


# Trip-shape changes whose date may lie outside the trip: a new start or last day.
_NEW_EDGES = frozenset({Intent.SET_START, Intent.ADD_DAYS})
_CALENDAR = ("monthday:", "numdate:", "date:")


def outside_note(op: ParsedTurn, days: Sequence[Day]) -> str | None:
    """The catalog's sentence for a calendar date said that the trip does not hold, or None.

    `op` is the operation after its day references were resolved (core.operations.with_day).
    """
    if op.intent in _NEW_EDGES:
        return None
    refs = [ref for ref in (op.day_ref, op.to_day_ref) if ref and ref.startswith(_CALENDAR)]
    dates = [day.date for day in days if day.date is not None]
    if not refs or op.day is not None or op.to_day is not None or not dates:
        return None
    return msg(
        "date_outside_trip", first=format_day_date(dates[0]), last=format_day_date(dates[-1])
    )


def noted(result: AgentResult, note: str) -> AgentResult:
    """`result` with `note` said before its own message."""
    said = f"{note}\n{result.response.message}" if result.response.message else note
    return replace(result, response=result.response.model_copy(update={"message": said}))
