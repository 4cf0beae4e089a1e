"""A new stop said just after another one gets its time from the trip.

Read: the turn's `after` (the words of the stop it follows, core.intents.anchors), its day,
and the trip's days. The stop is found by its title (in the words place data uses, so "bosque
de bambú" finds "Bamboo Grove"); the new one starts when it ends (its duration, else an hour
and a half), on the next quarter hour, on that stop's day when the traveler named none. When
no stop of the trip matches well, the turn is left as it was (the usual placement applies).
A stop said just before another (`before`) ends when that one starts: it starts an hour and a
half earlier, on the quarter hour, unless that falls outside the part of the day said ("tmrw
morning before the caves" when the caves are at 11:00 is 09:30; at 15:00, the morning wins).
A stop said between two (`after` and `before` both) starts when the first ends, or halfway
between their starts when the first runs into the second, on the day that has both in that
order; a meal word ("lunch", "la comida", "o jantar") is that meal's stop. A stop moved there
goes to that day (`to_day`).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from core.domain.itinerary import Day, Node, NodeType, minutes_of
from core.domain.targeting import MEAL_WINDOWS
from core.intents.day_part_times import PART_WINDOWS
from core.intents.model import Intent, Meal, ParsedTurn
from core.intents.place_words import search_terms
from core.text import fold

_MATCH = 80
_DEFAULT_MINUTES = 90
# The meals as a traveler names a meal stop, in every language we read (folded).
_MEAL_WORDS = {
    **dict.fromkeys(
        ("breakfast", "brunch", "desayuno", "desayunar", "cafe da manha", "pequeno almoco"),
        Meal.BREAKFAST,
    ),
    **dict.fromkeys(("lunch", "almuerzo", "almorzar", "comida", "almoco", "almocar"), Meal.LUNCH),
    **dict.fromkeys(("dinner", "supper", "cena", "cenar", "jantar", "janta"), Meal.DINNER),
}


def with_anchor_time(op: ParsedTurn, days: list[Day]) -> ParsedTurn:
    """`op` with the time just after (before) the stop it names in `after` (`before`)."""
    named = op.after if op.after is not None else op.before
    if named is None or op.time is not None:
        return op
    if op.after is not None and op.before is not None:
        return _between(op, op.after, op.before, days)
    found = _stops(named, op.day, days)
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


def _between(op: ParsedTurn, first: str, second: str, days: list[Day]) -> ParsedTurn:
    """`op` at a time between the stop named `first` and the one named `second`, on their day."""
    pairs = [
        (day, one, two)
        for day, one in _stops(first, op.day, days)
        for other, two in _stops(second, day, days)
        if minutes_of(one.time or "00:00") < minutes_of(two.time or "00:00")
    ]
    if len({day for day, _, _ in pairs}) != 1 or len(pairs) != 1:
        return op
    day, one, two = pairs[0]
    start, next_start = minutes_of(one.time or "00:00"), minutes_of(two.time or "00:00")
    end = -(-(start + (one.duration_minutes or _DEFAULT_MINUTES)) // 15) * 15
    if end >= next_start:  # the first runs into the second: halfway between their starts
        end = (start + next_start) // 2 // 15 * 15
    moved = op.intent in {Intent.MOVE, Intent.RETIME}
    return op.model_copy(update={"time": f"{end // 60:02d}:{end % 60:02d}", _day_field(moved): day})


def _day_field(moved: bool) -> str:
    """A stop moved between two goes to their day; a new one is added on it."""
    return "to_day" if moved else "day"


def _stops(named: str, on: int | None, days: list[Day]) -> list[tuple[int, Node]]:
    """The timed stops `named` stands for (a meal word: that meal's stop), on day `on` if said."""
    meal = _MEAL_WORDS.get(fold(named))
    wanted = fold(search_terms(named))
    said = fold(named)
    return [
        (day.day, node)
        for day in days
        if on is None or day.day == on
        for node in day.nodes
        if node.time is not None
        and (_is_meal(node, meal) if meal else _score(said, wanted, node) >= _MATCH)
    ]


def _is_meal(node: Node, meal: Meal) -> bool:
    """The stop is that meal: a meal stop named for it, or at its hours."""
    if node.type is not NodeType.MEAL:
        return False
    title = fold(node.title)
    if any(word in title for word, said in _MEAL_WORDS.items() if said is meal):
        return True
    start, end = MEAL_WINDOWS[meal]
    return start <= (node.time or "") < end


def _score(said: str, wanted: str, node: Node) -> float:
    title = fold(node.title)
    return max(fuzz.token_set_ratio(said, title), fuzz.token_set_ratio(wanted, title))
