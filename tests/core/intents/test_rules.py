"""Rule-based intent classification: text → intent and key slots."""

from __future__ import annotations

from typing import Any

import pytest

from core.domain.itinerary import NodeType
from core.intents.model import LAST_DAY, Intent, Meal, Topic
from core.intents.rules import classify

L, D, B = Meal.LUNCH, Meal.DINNER, Meal.BREAKFAST


def check(text: str, intent: Intent, slots: dict[str, Any]) -> None:
    """Assert the intent and only the slots named (target slots under 'target')."""
    turn = classify(text)
    assert turn.intent is intent, turn
    target = slots.pop("target", None)
    for name, value in slots.items():
        assert getattr(turn, name) == value, (name, turn)
    if target is not None:
        assert turn.target is not None, turn
        for name, value in target.items():
            assert getattr(turn.target, name) == value, (f"target.{name}", turn)


ADD_CASES: list[tuple[str, dict[str, Any]]] = [
    ("add a sushi place on day 2", {"query": "sushi place", "day": 2, "meal": None, "time": None}),
    ("add Sushi Zen restaurant on day 2", {"query": "Sushi Zen restaurant", "day": 2}),
    (
        "can you add dinner at Sushi Zen on day 2 at 8",
        {"query": "Sushi Zen", "meal": D, "day": 2, "time": "20:00"},
    ),
    ("add a museum to day 3", {"query": "museum", "day": 3}),
    ("please add a museum", {"query": "museum", "day": None}),
    ("Could you please add a museum on day 2?", {"query": "museum", "day": 2}),
    ("ok add a museum on day 2", {"query": "museum", "day": 2}),
    ("hey add a museum on day 2", {"query": "museum", "day": 2}),
    ("hey, add a museum on day 2", {"query": "museum", "day": 2}),
    ("ok, add a museum", {"query": "museum"}),
    ("Let's add a museum on day 2", {"query": "museum", "day": 2}),
    ("let’s add a museum", {"query": "museum"}),
    ("add a museum on day 2 to my itinerary", {"query": "museum", "day": 2}),
    ("add a museum on day 2.", {"query": "museum", "day": 2}),
    ("add a museum on day 2 please", {"query": "museum", "day": 2}),
    ("add a place", {"query": "place"}),
    ("add Café Tacuba on day 1", {"query": "Café Tacuba", "day": 1}),
    ("Add breakfast on the last day", {"meal": B, "query": None, "day": LAST_DAY}),
    ("add sushi for dinner on day 2", {"query": "sushi", "meal": D, "day": 2}),
    ("add lunch on day 2 at 1:30", {"meal": L, "query": None, "day": 2, "time": "13:30"}),
    ("add lunch on day 2 at 1", {"meal": L, "day": 2, "time": "13:00"}),
    ("add dinner at 8pm on day 2", {"meal": D, "query": None, "day": 2, "time": "20:00"}),
    ("add dinner at 8 pm on day 2", {"meal": D, "day": 2, "time": "20:00"}),
    ("add dinner on day 2 at 8pm", {"meal": D, "day": 2, "time": "20:00"}),
    ("add dinner at 8 on day 2", {"meal": D, "query": None, "day": 2, "time": "20:00"}),
    ("add dinner at 7", {"meal": D, "time": "19:00"}),
    ("add dinner for 2 people at 8", {"meal": D, "time": "20:00"}),
    ("add dinner at 8 for 2 people", {"meal": D, "time": "20:00"}),
    ("add breakfast at 7", {"meal": B, "time": "07:00"}),
    ("add Sushi Zen at 8pm", {"query": "Sushi Zen", "time": "20:00"}),
    ("i want sushi on day 2", {"query": "sushi", "day": 2}),
    ("I'd like sushi on day 2", {"query": "sushi", "day": 2}),
    ("find me a cafe on day 1", {"query": "cafe", "day": 1}),
    ("visit the museum on day 3", {"query": "museum", "day": 3}),
]

REMOVE_CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "remove lunch on day 2",
        {"day": 2, "meal": L, "target": {"text": "lunch", "meal": L, "every": False}},
    ),
    ("clear day 2", {"day": 2, "target": {"every": True, "text": None}}),
    (
        "remove all activities from day 2",
        {"day": 2, "target": {"every": True, "text": None, "node_type": None}},
    ),
    (
        "remove all meals from day 2",
        {"day": 2, "target": {"every": True, "node_type": NodeType.MEAL}},
    ),
    (
        "remove all sights on day 1",
        {"day": 1, "target": {"every": True, "node_type": NodeType.ATTRACTION}},
    ),
    ("remove all hotels", {"day": None, "target": {"every": True, "node_type": NodeType.LODGING}}),
    ("remove everything", {"target": {"every": True}}),
    ("delete all", {"target": {"every": True}}),
    ("delete the museum", {"day": None, "target": {"text": "museum", "every": False}}),
    ("get rid of the museum", {"target": {"text": "museum"}}),
    ("drop Sushi Zen", {"target": {"text": "Sushi Zen", "meal": None}}),
    ("remove the hotel", {"target": {"text": "hotel"}}),
    ("remove the museum on the last day", {"day": LAST_DAY, "target": {"text": "museum"}}),
    ("cancel dinner on day 2", {"day": 2, "meal": D, "target": {"text": "dinner", "meal": D}}),
    ("take out dinner on day 1", {"day": 1, "meal": D, "target": {"text": "dinner"}}),
    ("remove the 8pm dinner", {"target": {"text": "dinner", "meal": D, "time": "20:00"}}),
    ("delete dinner at 8pm", {"target": {"text": "dinner", "time": "20:00"}}),
]

MOVE_CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "move lunch on day 2 to day 3",
        {"day": 2, "to_day": 3, "time": None, "meal": L, "target": {"text": "lunch", "meal": L}},
    ),
    (
        "move sushi zen from day 2 to day 1 at 8pm",
        {"day": 2, "to_day": 1, "time": "20:00", "target": {"text": "sushi zen"}},
    ),
    ("move dinner to day 3", {"day": None, "to_day": 3, "target": {"text": "dinner", "meal": D}}),
    ("move sushi zen to day 3", {"to_day": 3, "target": {"text": "sushi zen"}}),
    ("move sushi zen day 3", {"to_day": 3, "target": {"text": "sushi zen"}}),
    ("move dinner to the last day", {"to_day": LAST_DAY, "target": {"meal": D}}),
    ("move dinner to the second day", {"to_day": 2, "target": {"meal": D}}),
    ("move lunch to day 3 at 2pm", {"to_day": 3, "time": "14:00", "target": {"meal": L}}),
    (
        "move everything from day 2 to day 3",
        {"day": 2, "to_day": 3, "target": {"every": True}},
    ),
]

RETIME_CASES: list[tuple[str, dict[str, Any]]] = [
    ("move lunch to 2pm", {"time": "14:00", "day": None, "meal": L, "target": {"meal": L}}),
    ("change dinner to 8", {"time": "20:00", "target": {"text": "dinner", "meal": D}}),
    ("move dinner to 10", {"time": "22:00"}),
    ("change breakfast to 8", {"time": "08:00", "target": {"meal": B}}),
    ("change lunch to 1", {"time": "13:00", "target": {"meal": L}}),
    ("move lunch to 3", {"time": "15:00"}),
    ("move lunch to 3:30", {"time": "15:30"}),
    ("push dinner to 9pm", {"time": "21:00", "target": {"meal": D}}),
    ("set dinner to 8:30pm", {"time": "20:30", "target": {"meal": D}}),
    ("move dinner on day 2 to 9pm", {"day": 2, "time": "21:00", "target": {"meal": D}}),
    ("reschedule lunch on day 2 to 1pm", {"day": 2, "time": "13:00", "target": {"meal": L}}),
    ("change lunch on day 2 to 2pm", {"day": 2, "time": "14:00", "target": {"meal": L}}),
    (
        "move lunch from 1pm to 2pm",
        {"time": "14:00", "target": {"text": "lunch", "time": "13:00"}},
    ),
    ("move the 1pm thing to 3pm", {"time": "15:00", "target": {"time": "13:00"}}),
]

REPLACE_CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "replace lunch on day 2 with a sushi place",
        {"day": 2, "query": "sushi place", "meal": L, "target": {"text": "lunch", "meal": L}},
    ),
    ("swap Sushi Zen for Tokyo Bay", {"query": "Tokyo Bay", "target": {"text": "Sushi Zen"}}),
    (
        "change dinner on day 2 to sushi zen",
        {"day": 2, "query": "sushi zen", "meal": D, "target": {"text": "dinner", "meal": D}},
    ),
    ("replace dinner with sushi zen", {"query": "sushi zen", "target": {"meal": D}}),
    ("replace the museum with a park", {"query": "park", "target": {"text": "museum"}}),
    ("replace lunch", {"query": None, "target": {"text": "lunch", "meal": L}}),
    (
        "switch dinner on day 1 to tokyo bay",
        {"day": 1, "query": "tokyo bay", "target": {"text": "dinner", "meal": D}},
    ),
]

SHOW_CASES: list[tuple[str, dict[str, Any]]] = [
    ("what's on day 3?", {"day": 3}),
    ("what’s on day 3?", {"day": 3}),
    ("what's on the second day", {"day": 2}),
    ("what are we doing on day 2", {"day": 2}),
    ("tell me about day 2", {"day": 2}),
    ("whats planned for day 2", {"day": 2}),
    ("show my itinerary", {"day": None}),
    ("show me the plan", {"day": None}),
    ("show day 2", {"day": 2}),
    ("show me day 3", {"day": 3}),
    ("list day 1", {"day": 1}),
    ("what's the plan?", {"day": None}),
    ("what's on my itinerary", {"day": None}),
    ("itinerary", {"day": None}),
    ("my schedule", {"day": None}),
    ("day 2", {"day": 2}),
    ("day 2?", {"day": 2}),
]


def _cases(intent: Intent, table: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    return [pytest.param(text, intent, slots, id=text) for text, slots in table]


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        *_cases(Intent.ADD, ADD_CASES),
        *_cases(Intent.REMOVE, REMOVE_CASES),
        *_cases(Intent.MOVE, MOVE_CASES),
        *_cases(Intent.RETIME, RETIME_CASES),
        *_cases(Intent.REPLACE, REPLACE_CASES),
        *_cases(Intent.SHOW, SHOW_CASES),
    ],
)
def test_classify(text: str, intent: Intent, slots: dict[str, Any]) -> None:
    check(text, intent, dict(slots))


@pytest.mark.parametrize(
    "text",
    [
        "undo",
        "Undo.",
        "undo that",
        "undo it",
        "undo my last change",
        "revert",
        "take that back",
        "go back",
        "please undo",
    ],
)
def test_undo(text: str) -> None:
    assert classify(text).intent is Intent.UNDO


@pytest.mark.parametrize(
    "text",
    ["help", "Help!", "?", "what can you do?", "/start", "/help", "menu"],
)
def test_help(text: str) -> None:
    assert classify(text).intent is Intent.HELP


@pytest.mark.parametrize("text", ["hi", "Hello!", "hola", "good morning", "thanks"])
def test_greetings_and_thanks_are_social(text: str) -> None:
    assert classify(text).intent is Intent.SOCIAL


def test_weather_is_a_question_not_an_edit() -> None:
    turn = classify("what is the weather")
    assert (turn.intent, turn.topic) == (Intent.INFO, Topic.WEATHER)


@pytest.mark.parametrize(
    "text",
    [
        "I have 2 kids",
        "",
        "   ",
        "2",
        "sushi",
        "please",
    ],
)
def test_unknown(text: str) -> None:
    turn = classify(text)
    assert turn.intent is Intent.UNKNOWN
    assert turn.confidence == 0


def test_move_without_destination_is_low_confidence() -> None:
    turn = classify("move lunch")
    assert turn.intent is Intent.MOVE
    assert turn.to_day is None
    assert turn.time is None
    assert turn.confidence < 1


def test_clear_day_with_time_is_not_every() -> None:
    turn = classify("remove the 8pm thing on day 2")
    assert turn.intent is Intent.REMOVE
    assert turn.target is not None
    assert turn.target.every is False
    assert turn.target.time == "20:00"


def test_parsed_turn_round_trips_through_json() -> None:
    turn = classify("move sushi zen from day 2 to day 1 at 8pm")
    assert type(turn).model_validate_json(turn.model_dump_json()) == turn


def test_removing_a_day_by_its_number_removes_the_day_itself() -> None:
    # "clear day 2" empties it; "remove day 2" takes the day out of the trip (both ask first).
    turn = classify("remove day 2")
    assert (turn.intent, turn.day) == (Intent.REMOVE_DAYS, 2)
    assert classify("clear day 2").intent is Intent.REMOVE
