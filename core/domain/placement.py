"""Where a new item goes in a day: an open meal slot, the time asked, or the next sensible time.

Pure: it reads a day and says what to do; the agent builds the change and the questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.domain.itinerary import Day, Node, NodeType, minutes_of, open_for
from core.domain.targeting import MEAL_WINDOWS
from core.intents.model import Meal, PartOfDay
from core.intents.slots import MEAL_DEFAULT_TIMES
from core.text import fold

# Open slots are titled in the trip's language ("Lunch", "Almuerzo", "Almoço").
_MEAL_NAMES = {
    Meal.BREAKFAST: frozenset(
        {"breakfast", "brunch", "desayuno", "cafe da manha", "pequeno almoco"}
    ),
    Meal.LUNCH: frozenset({"lunch", "almuerzo", "comida", "almoco"}),
    Meal.DINNER: frozenset({"dinner", "supper", "cena", "jantar", "janta"}),
}
MEAL_TIMES = MEAL_DEFAULT_TIMES
_PART_MEALS = {
    PartOfDay.MORNING: (Meal.BREAKFAST,),
    PartOfDay.AFTERNOON: (Meal.LUNCH,),
    PartOfDay.EVENING: (Meal.DINNER,),
    PartOfDay.NIGHT: (Meal.DINNER,),
}
_EARLY_EATERIES = frozenset({"cafe", "bakery"})
_NIGHT_PLACES = frozenset({"bar", "night_club"})
# Times tried, in order, for an item nobody gave a time to.
_VISIT_TIMES = ("10:00", "15:00", "11:30", "16:30", "09:00", "17:30", "14:00")
_MEAL_ORDER = (Meal.LUNCH, Meal.DINNER, Meal.BREAKFAST)
_EARLY_MEAL_ORDER = (Meal.BREAKFAST, Meal.LUNCH, Meal.DINNER)
_NIGHT_TIMES = ("21:30", "22:30", "20:30", "23:00")
CLOSE_MINUTES = 45
MEAL_MINUTES = 60


def slot_meal(node: Node) -> Meal | None:
    """The meal an open slot (a meal item without a place) stands for, by title or time."""
    if node.type is not NodeType.MEAL or node.place_id is not None:
        return None
    title = fold(node.title)
    for meal, names in _MEAL_NAMES.items():
        if title in names or any(name in title for name in names):
            return meal
    if node.time is None:
        return None
    return next(
        (meal for meal, (start, end) in MEAL_WINDOWS.items() if start <= node.time < end), None
    )


@dataclass(frozen=True)
class Placement:
    """What to do with a new item: fill `slot` or add at `time`; `clash` is who is there."""

    time: str | None
    slot: Node | None = None
    clash: Node | None = None
    free_time: str | None = None


def place(
    day: Day,
    place_types: list[str],
    *,
    is_meal: bool,
    time: str | None,
    meal: Meal | None,
    part: PartOfDay | None,
    hours: tuple[str, str] | None = None,
) -> Placement:
    """Where a new item goes on `day`.

    An open meal slot is filled when the item is that meal (said, or an eatery at that part of
    the day or with no time at all); a time someone already has is a clash, with the next free
    time offered; an item with no time gets the next sensible free time for its kind.
    """
    slots = {m: n for n in day.nodes if (m := slot_meal(n)) is not None}
    if time is not None:
        # A meal at 20:00 fills the open Dinner slot (moved to 20:00), not a second dinner.
        same = next(
            (n for m, n in slots.items() if meal in {None, m} and _within(time, MEAL_WINDOWS[m])),
            None,
        )
        if same is not None and is_meal:
            return Placement(time, slot=same)
        busy = _busy_at(day, time)
        if busy is not None:
            return Placement(time, clash=busy, free_time=_free_after(day, time))
        return Placement(time)
    if is_meal:
        for wanted in _meal_order(meal, part, place_types):
            at = slots[wanted].time if wanted in slots else None
            if at is not None and open_for(hours, at, MEAL_MINUTES):
                return Placement(slots[wanted].time or MEAL_TIMES[wanted], slot=slots[wanted])
            opens = hours[0] if hours else None
            if (
                at is not None
                and opens is not None
                and at < opens
                and _within(opens, MEAL_WINDOWS[wanted])
                and open_for(hours, opens, MEAL_MINUTES)
            ):
                # a brunch place opening at 9 fills the 8:30 breakfast slot (the traveler's
                # time for it), not a second breakfast beside it
                return Placement(at, slot=slots[wanted])
        if meal is not None and meal in slots and (at := _open_near(slots[meal], hours, meal)):
            # the lunch said fills the open Lunch slot, moved to when the place is open
            return Placement(at, slot=slots[meal])
        if meal is not None:
            return Placement(_first_free(day, (MEAL_TIMES[meal],)) or MEAL_TIMES[meal])
    if set(place_types) & _NIGHT_PLACES and not is_meal:
        return Placement(_first_free(day, _NIGHT_TIMES))
    if is_meal:
        meal_times = (_part_times(part) if part else ()) + tuple(
            MEAL_TIMES[m] for m in _meal_order(None, part, place_types)
        )
        times = tuple(t for t in meal_times if open_for(hours, t, MEAL_MINUTES)) or meal_times
        return Placement(_first_free(day, times) or _free_after(day, times[0]))
    preferred = _part_times(part) if part else _VISIT_TIMES
    return Placement(_first_free(day, preferred) or _first_free(day, _VISIT_TIMES))


def _open_near(slot: Node, hours: tuple[str, str] | None, meal: Meal) -> str | None:
    """The half hour in the meal's window nearest the slot's time when the place is open."""
    start, end = MEAL_WINDOWS[meal]
    begin, stop = max(minutes_of(start), 6 * 60), min(minutes_of(end), 23 * 60)
    near = minutes_of(slot.time or MEAL_TIMES[meal])
    times = sorted(range(begin, stop, 30), key=lambda m: (abs(m - near), m))
    at = (f"{m // 60:02d}:{m % 60:02d}" for m in times)
    return next((t for t in at if open_for(hours, t, MEAL_MINUTES)), None)


def _within(time: str, window: tuple[str, str]) -> bool:
    return window[0] <= time < window[1]


def _meal_order(meal: Meal | None, part: PartOfDay | None, types: list[str]) -> tuple[Meal, ...]:
    if meal is not None:
        return (meal,)
    if part is not None:
        return _PART_MEALS[part]
    return _EARLY_MEAL_ORDER if set(types) & _EARLY_EATERIES else _MEAL_ORDER


def _part_times(part: PartOfDay) -> tuple[str, ...]:
    return {
        PartOfDay.MORNING: ("10:00", "09:00", "11:00"),
        PartOfDay.AFTERNOON: ("15:00", "14:00", "16:00", "17:00"),
        PartOfDay.EVENING: ("19:00", "18:00", "20:00"),
        PartOfDay.NIGHT: _NIGHT_TIMES,
    }[part]


def _busy_at(day: Day, time: str) -> Node | None:
    """The item already at (or within a few minutes of) `time`, open meal slots aside."""
    wanted = minutes_of(time)
    return next(
        (
            n
            for n in day.nodes
            if n.time is not None
            and slot_meal(n) is None
            and abs(minutes_of(n.time) - wanted) < CLOSE_MINUTES
        ),
        None,
    )


def _first_free(day: Day, times: tuple[str, ...]) -> str | None:
    return next((t for t in times if _busy_at(day, t) is None and not _slot_at(day, t)), None)


def _slot_at(day: Day, time: str) -> bool:
    return any(slot_meal(n) is not None and n.time == time for n in day.nodes)


def _free_after(day: Day, time: str) -> str | None:
    """The first time after `time`, in half hours, that nobody has (before midnight)."""
    start = minutes_of(time) + 30
    for at in range(start - start % 30, 23 * 60 + 31, 30):
        clock = f"{at // 60:02d}:{at % 60:02d}"
        if _busy_at(day, clock) is None and not _slot_at(day, clock):
            return clock
    return None
