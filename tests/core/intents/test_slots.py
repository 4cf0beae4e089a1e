"""Slot extraction: days, clock times, meals, and cutting found spans out of the text."""

from __future__ import annotations

import pytest

from core.intents.model import LAST_DAY, Meal
from core.intents.slots import MEAL_DEFAULT_TIMES, Found, cut, find_days, find_meal, find_times


def days_of(text: str) -> list[tuple[int | str, str | None]]:
    return [(found.value, found.prep) for found in find_days(text)]


def times_of(text: str) -> list[tuple[int | str, str | None]]:
    return [(found.value, found.prep) for found in find_times(text)]


def _text_id(value: object) -> str | None:
    return value if isinstance(value, str) else None


# --- days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("day 2", [(2, None)]),
        ("Day 2", [(2, None)]),
        ("DAY 2", [(2, None)]),
        ("day2", [(2, None)]),
        ("day 10", [(10, None)]),
        ("day 14", [(14, None)]),
        ("on day 2", [(2, "on")]),
        ("On Day 2", [(2, "on")]),
        ("to day 3", [(3, "to")]),
        ("for day 1", [(1, "for")]),
        ("from day 1", [(1, "from")]),
        ("in day 3", [(3, "in")]),
        ("into day 4", [(4, "into")]),
        ("onto day 2", [(2, "onto")]),
        ("of day 2", [(2, "of")]),
        ("day two", [(2, None)]),
        ("Day Two", [(2, None)]),
        ("day fourteen", [(14, None)]),
        ("the second day", [(2, None)]),
        ("on the second day", [(2, "on")]),
        ("first day", [(1, None)]),
        ("the first day of the trip", [(1, None)]),
        ("2nd day", [(2, None)]),
        ("3rd day", [(3, None)]),
        ("on the 2nd day", [(2, "on")]),
        ("last day", [(LAST_DAY, None)]),
        ("the last day", [(LAST_DAY, None)]),
        ("on the last day", [(LAST_DAY, "on")]),
        ("final day", [(LAST_DAY, None)]),
        ("move it to the last day", [(LAST_DAY, "to")]),
        ("from day 1 to day 3", [(1, "from"), (3, "to")]),
        ("move lunch on day 2 to day 3", [(2, "on"), (3, "to")]),
        ("day 2 and day 3", [(2, None), (3, None)]),
    ],
    ids=_text_id,
)
def test_find_days(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert days_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "today",
        "2 days",
        "a day",
        "every day",
        "birthday 2",
        "holiday 2",
        "someday 3",
        "sunday 2",
        "days 2",
        "I have 2 kids",
        "at 2pm",
    ],
)
def test_find_days_none(text: str) -> None:
    assert find_days(text) == []


def test_last_day_is_minus_one() -> None:
    assert LAST_DAY == -1


def test_find_days_spans_cover_the_preposition() -> None:
    text = "move lunch on day 2 to day 3"
    first, second = find_days(text)
    assert text[first.start : first.end] == "on day 2"
    assert text[second.start : second.end] == "to day 3"


# --- times ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit am/pm
        ("2pm", [("14:00", None)]),
        ("2 pm", [("14:00", None)]),
        ("2PM", [("14:00", None)]),
        ("2:30 pm", [("14:30", None)]),
        ("2:30pm", [("14:30", None)]),
        ("7 a.m.", [("07:00", None)]),
        ("7 p.m.", [("19:00", None)]),
        ("7 P.M.", [("19:00", None)]),
        ("at 10 am", [("10:00", "at")]),
        ("at 10am", [("10:00", "at")]),
        ("at 8pm", [("20:00", "at")]),
        ("12am", [("00:00", None)]),
        ("12pm", [("12:00", None)]),
        ("12:30am", [("00:30", None)]),
        ("12:00 pm", [("12:00", None)]),
        ("12:00 am", [("00:00", None)]),
        ("until 5pm", [("17:00", "until")]),
        # 24-hour clock
        ("14:00", [("14:00", None)]),
        ("14.30", [("14:30", None)]),
        ("at 15:00", [("15:00", "at")]),
        ("0:30", [("00:30", None)]),
        ("3:30", [("03:30", None)]),
        # named
        ("noon", [("12:00", None)]),
        ("Noon", [("12:00", None)]),
        ("midday", [("12:00", None)]),
        ("midnight", [("00:00", None)]),
        ("at noon", [("12:00", "at")]),
        # bare hours after at/to: 1..7 are afternoon, 8..12 are as said
        ("at 8", [("08:00", "at")]),
        ("at 08", [("08:00", "at")]),
        ("at 1", [("13:00", "at")]),
        ("at 3", [("15:00", "at")]),
        ("at 7", [("19:00", "at")]),
        ("at 10", [("10:00", "at")]),
        ("at 12", [("12:00", "at")]),
        ("at 13", [("13:00", "at")]),
        ("to 9", [("09:00", "to")]),
        ("to 2", [("14:00", "to")]),
        ("at 8.", [("08:00", "at")]),
        ("at 8!", [("08:00", "at")]),
        ("at 8, please", [("08:00", "at")]),
        ("at 8:30", [("08:30", "at")]),
        ("at 3:30", [("15:30", "at")]),
        ("at 1:05", [("13:05", "at")]),
        # a bare "to 3:30" is the afternoon, just like "to 3" and "at 3:30"
        ("move lunch to 3:30", [("15:30", "to")]),
        # counts are not times
        ("for 2 people at 8", [("08:00", "at")]),
        ("2 people at 8pm", [("20:00", "at")]),
        # a bare hour followed by more words is still a time
        ("at 8 for 2 people", [("08:00", "at")]),
        ("at 8 tomorrow", [("08:00", "at")]),
        ("dinner at 8 on day 2", [("08:00", "at")]),
        # several
        ("from 1pm to 3pm", [("13:00", "from"), ("15:00", "to")]),
        ("move to 2pm", [("14:00", "to")]),
        ("day 2 at 8", [("08:00", "at")]),
        ("on day 2 at 8", [("08:00", "at")]),
    ],
    ids=_text_id,
)
def test_find_times(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "for 2 people",
        "at 2 people",
        "at 2 guests",
        "at 5km",
        "at 5 km",
        "at day 2",
        "day 2",
        "2 days",
        "for 3 nights",
        "at 24",
        "25:00",
        "24:00",
        "10:60",
        "9:5",
        "I have 2 kids",
        "add 2 museums",
    ],
)
def test_find_times_none(text: str) -> None:
    assert find_times(text) == []


def test_find_times_span_covers_the_preposition() -> None:
    text = "move lunch to 2pm"
    (found,) = find_times(text)
    assert text[found.start : found.end] == "to 2pm"


# --- meals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meal"),
    [
        ("lunch", Meal.LUNCH),
        ("Lunch at 2", Meal.LUNCH),
        ("LUNCH and dinner", Meal.LUNCH),
        ("dinner", Meal.DINNER),
        ("a dinner party", Meal.DINNER),
        ("supper", Meal.DINNER),
        ("breakfast", Meal.BREAKFAST),
        ("brunch", Meal.BREAKFAST),
        ("move breakfast to 9", Meal.BREAKFAST),
        ("lunchbox", None),
        ("dinnertime", None),
        ("no meal here", None),
        ("", None),
    ],
)
def test_find_meal(text: str, meal: Meal | None) -> None:
    assert find_meal(text) is meal


def test_meal_default_times_are_valid_and_ordered() -> None:
    times = [MEAL_DEFAULT_TIMES[m] for m in (Meal.BREAKFAST, Meal.LUNCH, Meal.DINNER)]
    assert times == sorted(times)
    assert set(MEAL_DEFAULT_TIMES) == set(Meal)


# --- cut -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("move lunch on day 2 to day 3 at 8pm", "move lunch"),
        ("add a sushi place on day 2", "add a sushi place"),
        ("on day 2 add a museum", "add a museum"),
        ("add dinner at 8pm on day 2 please", "add dinner please"),
        ("nothing to cut", "nothing to cut"),
    ],
)
def test_cut_removes_days_and_times(text: str, expected: str) -> None:
    assert cut(text, find_days(text) + find_times(text)) == expected


def test_cut_in_any_span_order() -> None:
    text = "aa bb cc dd"
    spans = [Found(1, None, 0, 2), Found(2, None, 6, 8)]
    assert cut(text, spans) == cut(text, list(reversed(spans))) == "bb dd"


def test_cut_nothing_tidies_spaces() -> None:
    assert cut("  a   b ", []) == "a b"
