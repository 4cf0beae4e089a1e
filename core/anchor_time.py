"""A new stop said just after another one gets its time from the trip.

Read: the turn's `after` (the words of the stop it follows, core.intents.anchors), its day,
and the trip's days. The stop is found by its title (in the words place data uses, so "bosque
de bambú" finds "Bamboo Grove"); the new one starts when it ends (its duration, else an hour
and a half), on the next quarter hour, on that stop's day when the traveler named none. When
no stop of the trip matches well, the turn is left as it was (the usual placement applies).
A stop said just before another (`before`) ends when that one starts: it starts an hour and a
half earlier, on the quarter hour, unless that falls outside the part of the day said ("tmrw
morning before the caves" when the caves are at 11:00 is 09:30; at 15:00, the morning wins).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from core.domain.itinerary import Day, Node, minutes_of
from core.intents.day_part_times import PART_WINDOWS
from core.intents.model import ParsedTurn
from core.intents.place_words import search_terms
from core.text import fold

_MATCH = 80
_DEFAULT_MINUTES = 90


def with_anchor_time(op: ParsedTurn, days: list[Day]) -> ParsedTurn:
    """`op` with the time just after (before) the stop it names in `after` (`before`)."""
    named = op.after if op.after is not None else op.before
    if named is None or op.time is not None:
        return op
    wanted = fold(search_terms(named))
    said = fold(named)
    found = [
        (day.day, node)
        for day in days
        if op.day is None or day.day == op.day
        for node in day.nodes
        if node.time is not None and _score(said, wanted, node) >= _MATCH
    ]
    if len(found) != 1:
        return op
    day, node = found[0]
    if op.after is None:
        start = (minutes_of(node.time or "00:00") - _DEFAULT_MINUTES) // 15 * 15
        low, high = (
            PART_WINDOWS[op.part_of_day] if op.part_of_day is not None else (6 * 60, 24 * 60)
        )
        if not low <= start < high:
            return op.model_copy(update={"day": day})
        return op.model_copy(update={"time": f"{start // 60:02d}:{start % 60:02d}", "day": day})
    end = minutes_of(node.time or "00:00") + (node.duration_minutes or _DEFAULT_MINUTES)
    end = min(-(-end // 15) * 15, 23 * 60)
    return op.model_copy(update={"time": f"{end // 60:02d}:{end % 60:02d}", "day": day})


def _score(said: str, wanted: str, node: Node) -> float:
    title = fold(node.title)
    return max(fuzz.token_set_ratio(said, title), fuzz.token_set_ratio(wanted, title))
