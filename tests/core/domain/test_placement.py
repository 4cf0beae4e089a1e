"""core.domain.placement: where a new item goes in a day."""

from __future__ import annotations

import pytest

from core.domain.itinerary import Day, Node, NodeType, minutes_of
from core.domain.placement import MEAL_TIMES, Placement, place, slot_meal
from core.intents.model import Meal, PartOfDay

B, L, D = Meal.BREAKFAST, Meal.LUNCH, Meal.DINNER


def slot(title: str, time: str | None) -> Node:
    """An open meal slot: a meal item with no place yet."""
    return Node(title=title, time=time, type=NodeType.MEAL)


def item(title: str, time: str | None, kind: NodeType = NodeType.ATTRACTION) -> Node:
    return Node(title=title, time=time, type=kind, place_id=f"p-{title}")


def day_of(*nodes: Node) -> Day:
    return Day(day=1, nodes=list(nodes))


def put(
    day: Day,
    types: list[str] | None = None,
    *,
    is_meal: bool = True,
    time: str | None = None,
    meal: Meal | None = None,
    part: PartOfDay | None = None,
    hours: tuple[str, str] | None = None,
) -> Placement:
    return place(
        day,
        types if types is not None else ["restaurant"],
        is_meal=is_meal,
        time=time,
        meal=meal,
        part=part,
        hours=hours,
    )


def full_day() -> Day:
    return day_of(
        slot("Breakfast", "08:30"),
        item("Museum", "10:00"),
        slot("Lunch", "13:00"),
        item("Park", "15:00"),
        slot("Dinner", "19:30"),
    )


# --- open meal slots -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "meal"),
    [
        ("Breakfast", B),
        ("Desayuno", B),
        ("Café da manhã", B),
        ("Pequeno-almoço", B),
        ("Lunch", L),
        ("Almuerzo", L),
        ("Almoço", L),
        ("Dinner", D),
        ("Cena", D),
        ("Jantar", D),
        ("Dinner (free evening)", D),
    ],
)
def test_slot_titles_in_three_languages_name_their_meal(title: str, meal: Meal) -> None:
    assert slot_meal(slot(title, None)) is meal


@pytest.mark.parametrize(("time", "meal"), [("08:00", B), ("13:30", L), ("20:00", D)])
def test_an_untitled_slot_is_the_meal_of_its_time(time: str, meal: Meal) -> None:
    assert slot_meal(slot("Something tasty", time)) is meal


def test_a_meal_with_a_place_or_a_non_meal_is_no_slot() -> None:
    assert slot_meal(item("Dinner", "19:30", NodeType.MEAL)) is None
    assert slot_meal(Node(title="Lunch", time="13:00", type=NodeType.ATTRACTION)) is None
    assert slot_meal(slot("Something tasty", None)) is None


@pytest.mark.parametrize(
    ("nodes", "meal", "title", "time"),
    [
        ((slot("Lunch", "13:00"), slot("Dinner", "19:30")), L, "Lunch", "13:00"),
        ((slot("Lunch", "13:00"), slot("Dinner", "19:30")), D, "Dinner", "19:30"),
        ((slot("Almuerzo", "13:00"), slot("Cena", "20:00")), D, "Cena", "20:00"),
        ((slot("Almuerzo", "13:00"), slot("Cena", "20:00")), L, "Almuerzo", "13:00"),
        ((slot("Almoço", "12:30"), slot("Jantar", "20:30")), D, "Jantar", "20:30"),
        ((slot("Café da manhã", "08:00"), slot("Almoço", "12:30")), B, "Café da manhã", "08:00"),
        ((slot("Comer algo", "13:30"), slot("Algo rico", "20:00")), L, "Comer algo", "13:30"),
    ],
)
def test_a_meal_fills_its_open_slot(
    nodes: tuple[Node, ...], meal: Meal, title: str, time: str
) -> None:
    placed = put(day_of(*nodes), meal=meal)
    assert placed.slot is not None
    assert placed.slot.title == title
    assert placed.time == time
    assert placed.clash is None


def test_a_meal_at_a_time_fills_the_slot_of_that_time_window() -> None:
    placed = put(full_day(), time="20:00")
    assert placed.slot is not None
    assert placed.slot.title == "Dinner"
    assert placed.time == "20:00"  # the slot moves to the time asked


def test_a_non_meal_at_a_slot_time_does_not_fill_it() -> None:
    placed = put(full_day(), ["bar"], is_meal=False, time="20:00")
    assert placed.slot is None
    assert placed.clash is None
    assert placed.time == "20:00"


def test_an_eatery_with_no_time_nor_meal_fills_lunch_first() -> None:
    placed = put(full_day())
    assert placed.slot is not None
    assert slot_meal(placed.slot) is L


@pytest.mark.parametrize(("part", "meal"), [(PartOfDay.EVENING, D), (PartOfDay.NIGHT, D)])
def test_a_part_of_the_day_picks_its_meal_slot(part: PartOfDay, meal: Meal) -> None:
    placed = put(full_day(), part=part)
    assert placed.slot is not None
    assert slot_meal(placed.slot) is meal


# --- opening hours -------------------------------------------------------------------------


def test_a_place_closed_at_lunch_fills_dinner() -> None:
    placed = put(full_day(), hours=("18:00", "23:00"))
    assert placed.slot is not None
    assert slot_meal(placed.slot) is D


def test_a_place_closed_at_the_slot_time_does_not_fill_it() -> None:
    placed = put(full_day(), meal=D, hours=("08:00", "17:00"))
    assert placed.slot is None


def test_a_morning_place_with_no_open_slot_gets_a_time_it_is_open() -> None:
    day = day_of(slot("Lunch", "13:00"), slot("Dinner", "19:30"))
    placed = put(day, ["cafe"], hours=("07:00", "12:00"))
    assert placed.slot is None
    assert placed.time is not None
    assert minutes_of("07:00") <= minutes_of(placed.time) <= minutes_of("11:00")


def test_hours_past_midnight_count_as_open_at_dinner() -> None:
    placed = put(full_day(), meal=D, hours=("18:00", "02:00"))
    assert placed.slot is not None
    assert slot_meal(placed.slot) is D


# --- clashes -------------------------------------------------------------------------------


@pytest.mark.parametrize("time", ["10:00", "10:20", "09:30"])
def test_a_time_someone_has_is_a_clash_with_a_free_time(time: str) -> None:
    placed = put(full_day(), ["museum"], is_meal=False, time=time)
    assert placed.clash is not None
    assert placed.clash.title == "Museum"
    assert placed.time == time
    assert placed.free_time is not None
    assert minutes_of(placed.free_time) > minutes_of(time)
    # The time offered is free: placing there clashes with nobody.
    again = put(full_day(), ["museum"], is_meal=False, time=placed.free_time)
    assert again.clash is None


def test_a_meal_at_a_taken_time_clashes_with_who_is_there() -> None:
    day = day_of(item("Sushi Zen", "19:30", NodeType.MEAL))
    placed = put(day, meal=D, time="19:30")
    assert placed.clash is not None
    assert placed.clash.title == "Sushi Zen"
    assert placed.free_time is not None
    assert placed.free_time != "19:30"


def test_a_free_time_is_no_clash() -> None:
    placed = put(full_day(), ["museum"], is_meal=False, time="17:00")
    assert placed == Placement("17:00")


# --- no time given -------------------------------------------------------------------------


def _busy_times(day: Day) -> set[str]:
    return {n.time for n in day.nodes if n.time is not None}


def test_a_sight_on_an_empty_day_gets_a_daytime_slot() -> None:
    placed = put(day_of(), ["museum"], is_meal=False)
    assert placed.time is not None
    assert minutes_of("09:00") <= minutes_of(placed.time) <= minutes_of("18:00")


def test_a_sight_with_no_time_avoids_everyone_on_the_day() -> None:
    day = full_day()
    placed = put(day, ["museum"], is_meal=False)
    assert placed.time is not None
    assert placed.slot is None
    assert all(abs(minutes_of(placed.time) - minutes_of(t)) >= 45 for t in _busy_times(day))


@pytest.mark.parametrize(
    ("part", "earliest", "latest"),
    [
        (PartOfDay.MORNING, "09:00", "11:59"),
        (PartOfDay.AFTERNOON, "12:00", "17:59"),
        (PartOfDay.EVENING, "18:00", "20:59"),
    ],
)
def test_a_sight_said_for_a_part_of_the_day_goes_then(
    part: PartOfDay, earliest: str, latest: str
) -> None:
    placed = put(day_of(), ["museum"], is_meal=False, part=part)
    assert placed.time is not None
    assert minutes_of(earliest) <= minutes_of(placed.time) <= minutes_of(latest)


@pytest.mark.parametrize("types", [["bar"], ["night_club"], ["bar", "point_of_interest"]])
def test_night_places_go_late(types: list[str]) -> None:
    placed = put(full_day(), types, is_meal=False)
    assert placed.time is not None
    assert minutes_of(placed.time) >= minutes_of("20:30")


def test_a_second_night_place_goes_after_the_first() -> None:
    day = day_of(item("Jazz", "21:30", NodeType.ACTIVITY))
    placed = put(day, ["bar"], is_meal=False)
    assert placed.time is not None
    assert minutes_of(placed.time) >= minutes_of("20:30")
    assert abs(minutes_of(placed.time) - minutes_of("21:30")) >= 45


@pytest.mark.parametrize("types", [["cafe"], ["bakery"], ["cafe", "bakery"]])
def test_cafes_prefer_breakfast(types: list[str]) -> None:
    placed = put(full_day(), types)
    assert placed.slot is not None
    assert slot_meal(placed.slot) is B
    on_empty_day = put(day_of(), types)
    assert on_empty_day.time == MEAL_TIMES[B]


def test_a_restaurant_on_an_empty_day_gets_lunch_time() -> None:
    assert put(day_of()).time == MEAL_TIMES[L]


def test_a_meal_said_with_no_slot_gets_that_meal_time() -> None:
    assert put(day_of(), meal=D).time == MEAL_TIMES[D]
    assert put(day_of(item("Museum", "10:00")), meal=B).time == MEAL_TIMES[B]


def test_an_eatery_said_for_the_evening_on_an_empty_day_goes_in_the_evening() -> None:
    placed = put(day_of(), part=PartOfDay.EVENING)
    assert placed.time is not None
    assert minutes_of("18:00") <= minutes_of(placed.time) <= minutes_of("21:00")


def test_a_meal_with_its_times_taken_still_gets_a_free_time() -> None:
    day = day_of(item("Sushi Zen", "13:00", NodeType.MEAL), item("Tour", "08:30"))
    placed = put(day, ["restaurant"])
    assert placed.time is not None
    assert all(abs(minutes_of(placed.time) - minutes_of(t)) >= 45 for t in _busy_times(day))
