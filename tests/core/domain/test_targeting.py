"""find_targets: which itinerary items a turn refers to."""

from __future__ import annotations

from typing import Any

import pytest

from core.domain.itinerary import Day, Node, NodeType, PlaceSnapshot
from core.domain.targeting import Located, find_targets
from core.intents.model import Meal, Target
from core.messages import use_locale

DAYS = [
    Day(
        day=1,
        nodes=[
            Node(id="b1", title="Breakfast at Café Central", type=NodeType.MEAL, time="08:30"),
            Node(id="m1", title="National Museum", type=NodeType.ATTRACTION, time="10:00"),
            Node(
                id="l1",
                title="Sushi Zen",
                type=NodeType.MEAL,
                time="13:00",
                place_id="p1",
                place=PlaceSnapshot(
                    place_id="p1",
                    name="Sushi Zen",
                    cuisine=["japanese"],
                    types=["restaurant", "sushi_restaurant"],
                ),
            ),
            Node(id="h1", title="Hotel Socotra", type=NodeType.LODGING),
        ],
    ),
    Day(
        day=2,
        nodes=[
            Node(id="l2", title="Lunch", type=NodeType.MEAL, time="12:30"),
            Node(id="t2", title="Tokyo Bay cruise", type=NodeType.ACTIVITY, time="15:00"),
            Node(id="d2", title="Dinner at Tokyo Bay", type=NodeType.MEAL, time="19:30"),
            Node(id="x2", title="Free walk"),
        ],
    ),
]

ALL = [("b1", 1), ("m1", 1), ("l1", 1), ("h1", 1), ("l2", 2), ("t2", 2), ("d2", 2), ("x2", 2)]


def found(day: int | None = None, **target: Any) -> list[tuple[str, int]]:
    return [(item.node.id, item.day) for item in find_targets(DAYS, Target(**target), day)]


@pytest.mark.parametrize(
    ("target", "day", "expected"),
    [
        # by name: case, accents, typos, partial words, place data
        ({"text": "sushi zen"}, None, [("l1", 1)]),
        ({"text": "SUSHI ZEN"}, None, [("l1", 1)]),
        ({"text": "Sushi Zen!"}, None, [("l1", 1)]),
        ({"text": "suhsi zen"}, None, [("l1", 1)]),
        ({"text": "sushi"}, None, [("l1", 1)]),
        ({"text": "zen"}, None, [("l1", 1)]),
        ({"text": "japanese"}, None, [("l1", 1)]),
        ({"text": "the sushi place"}, None, [("l1", 1)]),
        ({"text": "museum"}, None, [("m1", 1)]),
        ({"text": "the museum"}, None, [("m1", 1)]),
        ({"text": "musuem"}, None, [("m1", 1)]),
        ({"text": "cafe central"}, None, [("b1", 1)]),
        ({"text": "Café"}, None, [("b1", 1)]),
        ({"text": "walk"}, None, [("x2", 2)]),
        ({"text": "hotel"}, None, [("h1", 1)]),
        ({"text": "lodging"}, None, [("h1", 1)]),
        ({"text": "tokyo bay"}, None, [("t2", 2), ("d2", 2)]),
        ({"text": "tokyo bay cruise"}, None, [("t2", 2)]),
        ({"text": "dinner at tokyo bay"}, None, [("d2", 2)]),
        ({"text": "sushi zen"}, 2, []),
        ({"text": "tokyo bay"}, 2, [("t2", 2), ("d2", 2)]),
        ({"text": "opera house"}, None, []),
        # by meal: via title, via time window
        ({"text": "lunch", "meal": Meal.LUNCH}, 2, [("l2", 2)]),
        ({"text": "lunch", "meal": Meal.LUNCH}, 1, [("l1", 1)]),  # Sushi Zen at 13:00
        ({"text": "dinner", "meal": Meal.DINNER}, None, [("d2", 2)]),
        ({"text": "supper", "meal": Meal.DINNER}, None, [("d2", 2)]),
        ({"text": "breakfast", "meal": Meal.BREAKFAST}, None, [("b1", 1)]),
        ({"text": "brunch", "meal": Meal.BREAKFAST}, 1, [("b1", 1)]),
        ({"text": "breakfast", "meal": Meal.BREAKFAST}, 2, []),
        ({"text": "dinner", "meal": Meal.DINNER}, 1, []),
        # by time
        ({"time": "13:00"}, None, [("l1", 1)]),
        ({"time": "13:00", "text": "thing"}, None, [("l1", 1)]),
        ({"time": "19:30", "text": "dinner", "meal": Meal.DINNER}, None, [("d2", 2)]),
        ({"time": "15:00", "text": "cruise"}, None, [("t2", 2)]),
        ({"time": "15:00", "text": "museum"}, None, []),
        ({"time": "11:00"}, None, []),
        ({"time": "13:00"}, 2, []),
        # every, by type, by day
        ({"every": True}, None, ALL),
        ({"every": True}, 1, ALL[:4]),
        ({"every": True}, 2, ALL[4:]),
        ({"every": True}, 3, []),
        (
            {"every": True, "node_type": NodeType.MEAL},
            None,
            [("b1", 1), ("l1", 1), ("l2", 2), ("d2", 2)],
        ),
        ({"every": True, "node_type": NodeType.MEAL}, 2, [("l2", 2), ("d2", 2)]),
        ({"every": True, "node_type": NodeType.LODGING}, None, [("h1", 1)]),
        ({"every": True, "node_type": NodeType.TRANSPORT}, None, []),
        ({"text": "tokyo bay", "node_type": NodeType.MEAL}, None, [("d2", 2)]),
        # node id wins over everything else
        ({"node_id": "t2"}, None, [("t2", 2)]),
        ({"node_id": "t2", "text": "museum", "every": True}, None, [("t2", 2)]),
        ({"node_id": "t2"}, 1, []),
        ({"node_id": "nope"}, None, []),
        # generic words only: nothing, unless a time narrows it
        ({}, None, []),
        ({"text": ""}, None, []),
        ({"text": "the thing"}, None, []),
        ({"text": "it"}, None, []),
        ({"text": "that one"}, None, []),
        ({"text": "activity"}, None, []),
        ({"text": "the activities"}, 2, []),
        ({"text": "my stop on the trip"}, None, []),
        ({"node_type": NodeType.LODGING}, None, []),
        ({"text": "the thing", "time": "10:00"}, None, [("m1", 1)]),
    ],
)
def test_find_targets(
    target: dict[str, Any], day: int | None, expected: list[tuple[str, int]]
) -> None:
    assert found(day, **target) == expected


def test_exact_title_wins_over_fuzzy_matches() -> None:
    days = [
        Day(
            day=1,
            nodes=[
                Node(id="a", title="Sushi", time="12:00"),
                Node(id="b", title="Sushi Zen", time="13:00"),
            ],
        )
    ]
    assert [i.node.id for i in find_targets(days, Target(text="sushi"), None)] == ["a"]
    assert [i.node.id for i in find_targets(days, Target(text="zen"), None)] == ["b"]


def test_meal_by_time_window_when_no_title_names_it() -> None:
    days = [
        Day(
            day=1,
            nodes=[
                Node(id="early", title="Bakery", type=NodeType.MEAL, time="07:30"),
                Node(id="mid", title="Noodles", type=NodeType.MEAL, time="12:00"),
                Node(id="late", title="Steakhouse", type=NodeType.MEAL, time="20:00"),
                Node(id="sight", title="Fort", type=NodeType.ATTRACTION, time="12:00"),
                Node(id="untimed", title="Snack", type=NodeType.MEAL),
            ],
        )
    ]

    def meal(m: Meal) -> list[str]:
        return [i.node.id for i in find_targets(days, Target(text=m.value, meal=m), None)]

    assert meal(Meal.BREAKFAST) == ["early"]
    assert meal(Meal.LUNCH) == ["mid"]
    assert meal(Meal.DINNER) == ["late"]


def test_results_are_in_itinerary_order_with_their_day() -> None:
    items = find_targets(DAYS, Target(every=True), None)
    assert [i.day for i in items] == [1, 1, 1, 1, 2, 2, 2, 2]
    assert all(isinstance(i, Located) for i in items)


@pytest.mark.parametrize(
    ("node_id", "label"),
    [
        ("b1", "Day 1 · 8:30 AM · Breakfast at Café Central"),
        ("l1", "Day 1 · 1:00 PM · Sushi Zen"),
        ("h1", "Day 1 · Hotel Socotra"),
        ("l2", "Day 2 · 12:30 PM · Lunch"),
        ("d2", "Day 2 · 7:30 PM · Dinner at Tokyo Bay"),
        ("x2", "Day 2 · Free walk"),
    ],
)
def test_located_label(node_id: str, label: str) -> None:
    (item,) = find_targets(DAYS, Target(node_id=node_id), None)
    assert item.label == label


def test_located_label_midnight() -> None:
    item = Located(3, Node(title="Night market", time="00:00"))
    assert item.label == "Day 3 · 12:00 AM · Night market"


@pytest.mark.parametrize(
    ("locale", "label"),
    [
        ("es", "Día 2 · 19:30 · Dinner at Tokyo Bay"),
        ("pt-BR", "Dia 2 · 19:30 · Dinner at Tokyo Bay"),
    ],
)
def test_located_label_speaks_the_turns_language(locale: str, label: str) -> None:
    (item,) = find_targets(DAYS, Target(node_id="d2"), None)
    with use_locale(locale):
        assert item.label == label


SIGHTS = [
    Day(
        day=1,
        nodes=[
            Node(
                id="k1",
                title="Kinkaku-ji",
                type=NodeType.ATTRACTION,
                place_id="pk",
                place=PlaceSnapshot(
                    place_id="pk", name="Kinkaku-ji", types=["temple"], keywords=["golden pavilion"]
                ),
            ),
            Node(id="n1", title="Nijo Castle", type=NodeType.ATTRACTION),
            Node(id="s1", title="São Bento Station", type=NodeType.ATTRACTION),
            Node(id="t1", title="The Thistle & Stag", type=NodeType.MEAL, time="19:00"),
        ],
    )
]


@pytest.mark.parametrize(
    ("text", "node_id"),
    [
        ("the golden pavilion", "k1"),  # what the place is also called
        ("castillo nijo", "n1"),  # a kind of place said in Spanish
        ("estação de são bento", "s1"),  # … and in Portuguese
        ("thistle and stag", "t1"),  # "&" said as "and"
    ],
)
def test_an_item_named_the_way_travelers_name_it(text: str, node_id: str) -> None:
    found = find_targets(SIGHTS, Target(text=text), None)
    assert [item.node.id for item in found] == [node_id]


def test_a_name_beats_what_another_place_is_also_called() -> None:
    days = [
        Day(
            day=1,
            nodes=[
                Node(id="a", title="Beach Grill", type=NodeType.MEAL),
                Node(
                    id="b",
                    title="Playa Blanca",
                    type=NodeType.ATTRACTION,
                    place_id="pb",
                    place=PlaceSnapshot(place_id="pb", name="Playa Blanca", keywords=["grill"]),
                ),
            ],
        )
    ]
    assert [item.node.id for item in find_targets(days, Target(text="grill"), None)] == ["a"]


# A name said by its initials, as travelers shorten long names: every word's, or the main words'.
_LONG = [
    Day(
        day=1,
        nodes=[
            Node(id="a", title="Museu Nacional de Arte Antiga", type=NodeType.ATTRACTION),
            Node(id="b", title="Museum of Modern Art", type=NodeType.ATTRACTION),
            Node(id="c", title="Sri Meenakshi Amman Temple", type=NodeType.ATTRACTION),
            Node(id="d", title="Bar Central", type=NodeType.MEAL),
        ],
    )
]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("MNAA", ["a"]),
        ("the mnaa", ["a"]),
        ("MoMA", ["b"]),
        ("mma", ["b"]),
        ("SMAT", ["c"]),
        ("smat temple", []),  # initials stand alone
        ("bc", []),  # too short to tell
        ("xyz", []),
    ],
)
def test_a_long_name_said_by_its_initials(said: str, expected: list[str]) -> None:
    assert [item.node.id for item in find_targets(_LONG, Target(text=said), None)] == expected
