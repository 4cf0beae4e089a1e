"""A stop said just after another gets the time that one ends, on its day."""

from __future__ import annotations

from core.anchor_time import with_anchor_time
from core.domain.itinerary import Day, Node, NodeType
from core.intents.model import Intent, ParsedTurn, PartOfDay, Target


def _days() -> list[Day]:
    grove = Node(id="a", type=NodeType.ATTRACTION, title="Arashiyama Bamboo Grove", time="09:30")
    lunch = Node(id="b", type=NodeType.MEAL, title="Lunch", time="12:30")
    castle = Node(id="c", type=NodeType.ATTRACTION, title="Nijo Castle", time="15:00",
                  duration_minutes=60)  # fmt: skip
    return [Day(day=2, nodes=[castle]), Day(day=3, nodes=[grove, lunch])]


def test_just_after_a_stop_is_when_it_ends() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="Tenryu-ji", day=3, after="bamboo grove")
    placed = with_anchor_time(op, _days())
    assert (placed.day, placed.time) == (3, "11:00")


def test_the_stop_said_in_spanish_and_no_day_takes_its_day() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="gion", after="castillo nijo")
    placed = with_anchor_time(op, _days())
    assert (placed.day, placed.time) == (2, "16:00")


def test_no_such_stop_leaves_the_turn_alone() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="Tenryu-ji", day=3, after="golden pavilion")
    assert with_anchor_time(op, _days()) == op


def test_just_before_a_stop_ends_when_it_starts() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="Tenryu-ji", day=2, before="nijo castle")
    placed = with_anchor_time(op, _days())
    assert (placed.day, placed.time) == (2, "13:30")


def test_before_a_stop_outside_the_part_of_day_said_keeps_the_part_of_day() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="gion", day=2, before="castillo nijo",
                    part_of_day=PartOfDay.MORNING)  # fmt: skip
    placed = with_anchor_time(op, _days())
    assert placed.time is None
    assert placed.part_of_day is PartOfDay.MORNING


def test_before_a_morning_stop_in_the_morning() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="cafe", day=3, before="bamboo grove",
                    part_of_day=PartOfDay.MORNING)  # fmt: skip
    assert with_anchor_time(op, _days()).time == "08:00"


def _full_day() -> list[Day]:
    museum = Node(id="m", type=NodeType.ATTRACTION, title="Museo del Prado", time="10:00")
    lunch = Node(id="l", type=NodeType.MEAL, title="Casa Lucio", time="13:30")
    palace = Node(id="p", type=NodeType.ATTRACTION, title="Royal Palace", time="16:00",
                  duration_minutes=240)  # fmt: skip
    dinner = Node(id="d", type=NodeType.MEAL, title="Cena", time="20:00")
    other = Node(id="o", type=NodeType.MEAL, title="Almuerzo", time="13:00")
    return [Day(day=1, nodes=[museum, lunch, palace, dinner]), Day(day=2, nodes=[other])]


def test_between_a_stop_and_a_meal_starts_when_the_stop_ends() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="cafe", after="the prado", before="lunch")
    placed = with_anchor_time(op, _full_day())
    assert (placed.day, placed.time) == (1, "11:30")


def test_between_said_in_portuguese_with_meal_words() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="sorveteria", day=1, after="almoço", before="jantar")
    assert with_anchor_time(op, _full_day()).time == "15:00"


def test_between_stops_too_close_is_halfway_between_their_starts() -> None:
    op = ParsedTurn(intent=Intent.ADD, query="bar", after="palacio real", before="cena")
    assert with_anchor_time(op, _full_day()).time == "18:00"


def test_a_stop_moved_between_two_goes_to_their_day() -> None:
    op = ParsedTurn(intent=Intent.MOVE, target=Target(text="x"), after="museo", before="comida")
    placed = with_anchor_time(op, _full_day())
    assert (placed.to_day, placed.time) == (1, "11:30")


def test_between_in_the_wrong_order_or_unknown_leaves_the_turn() -> None:
    backwards = ParsedTurn(intent=Intent.ADD, query="bar", after="dinner", before="museum")
    assert with_anchor_time(backwards, _full_day()) == backwards
    unknown = ParsedTurn(intent=Intent.ADD, query="bar", after="louvre", before="lunch")
    assert with_anchor_time(unknown, _full_day()) == unknown
