"""to_parsed_turn / to_parsed_message: every slot the model fills is checked, bad ones dropped."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.intents.llm_answer import to_parsed_message, to_parsed_turn
from core.intents.model import (
    LAST_DAY,
    Intent,
    Meal,
    ParsedMessage,
    ParsedTurn,
    PartOfDay,
    Preferences,
    Target,
    Topic,
)


@pytest.mark.parametrize(
    ("tool_input", "expected"),
    [
        ({"day": 2, "to_day": 3}, {"day": 2, "to_day": 3}),
        ({"day": -1}, {"day": LAST_DAY}),
        ({"day": 2.0}, {"day": 2}),
        ({"day": 0, "to_day": 31}, {}),
        ({"day": 99, "to_day": -2}, {}),
        ({"day": 2.5, "to_day": True}, {}),
        ({"time": "19:30"}, {"time": "19:30"}),
        ({"time": "7:05"}, {"time": "07:05"}),
        ({"time": "8pm"}, {}),
        ({"time": "25:00"}, {}),
        ({"time": "12:60"}, {}),
        ({"meal": "Dinner"}, {"meal": Meal.DINNER}),
        ({"query": ""}, {}),
        ({"query": 42}, {}),
        (
            {"query": "seafood place", "query_language": "en"},
            {"query": "seafood place", "query_language": "en"},
        ),
        ({"query_language": "Spanish"}, {}),
        ({"target": {}}, {}),
        ({"target": "the museum"}, {}),
        (
            {"target": {"meal": "lunch", "every": True}},
            {"target": Target(meal=Meal.LUNCH, every=True)},
        ),
        (
            {
                "preferences": {
                    "min_rating": 4.5,
                    "price_levels": [2, 1, 2, 9, "x"],
                    "open_now": True,
                }
            },
            {"preferences": Preferences(min_rating=4.5, price_levels=(1, 2), open_now=True)},
        ),
        ({"preferences": {"min_rating": 7, "price_levels": "cheap"}}, {}),
        ({"party_size": 4, "day_count": 5}, {"party_size": 4, "day_count": 5}),
        ({"party_size": 0, "day_count": 99}, {}),
        ({"trip_days": 3}, {"trip_days": 3}),
        ({"trip_days": 0}, {}),
        ({"trip_days": 45}, {}),
        ({"date": "2027-05-03"}, {"date": dt.date(2027, 5, 3)}),
        ({"date": "2027-02-30"}, {}),
        ({"date": "May 3"}, {}),
        ({"date": "2027-05-03T10:00"}, {}),
        ({"day_ref": "tomorrow"}, {"day_ref": "tomorrow"}),
        ({"day_ref": " Today "}, {"day_ref": "today"}),
        ({"day_ref": "weekday:4"}, {"day_ref": "weekday:4"}),
        ({"day_ref": "weekday:7"}, {}),
        ({"day_ref": "date:2027-03-14"}, {"day_ref": "date:2027-03-14"}),
        ({"day_ref": "date:2027-13-14"}, {}),
        ({"day_ref": "friday"}, {}),
        ({"part_of_day": "Evening"}, {"part_of_day": PartOfDay.EVENING}),
        ({"part_of_day": "dawn"}, {}),
        ({"topic": "weather"}, {"topic": Topic.WEATHER}),
        ({"topic": "politics"}, {}),
        (
            {"interests": [" Beaches ", "whisky", "beaches", "", 7, None]},
            {"interests": ("beaches", "whisky")},
        ),
        ({"interests": "beaches"}, {}),
        (
            {"interests": [f"thing {n}" for n in range(15)]},
            {"interests": tuple(f"thing {n}" for n in range(10))},
        ),
        (
            {"destination": "Lisbon", "theme": "food", "booking_ref": "BK-1", "question": "why?"},
            {"destination": "Lisbon", "theme": "food", "booking_ref": "BK-1", "question": "why?"},
        ),
    ],
)
def test_slot_conversion(tool_input: dict[str, Any], expected: dict[str, Any]) -> None:
    parsed = to_parsed_turn({"intent": "add", "confidence": 1, **tool_input})
    assert parsed == ParsedTurn(intent=Intent.ADD, confidence=1.0, **expected)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "es"),
        ("PT", "pt"),
        ("pt-BR", "pt"),
        ("fr", "fr"),
        ("other", None),
        ("english", None),
        ("", None),
        (None, None),
        (3, None),
    ],
)
def test_message_language(language: Any, expected: str | None) -> None:
    raw = {"operations": [{"intent": "help", "confidence": 0.9}]}
    if language is not None:
        raw["language"] = language
    assert to_parsed_message(raw) == ParsedMessage(
        ops=(ParsedTurn(intent=Intent.HELP, confidence=0.9),), language=expected
    )


def test_operations_keep_their_order() -> None:
    raw = {
        "language": "en",
        "operations": [
            {"intent": "add_days", "confidence": 0.9, "day_count": 1},
            {"intent": "set_start", "confidence": 0.8, "date": "2027-05-03"},
            {"intent": "remove_days", "confidence": 0.7, "trip_days": 2},
        ],
    }
    parsed = to_parsed_message(raw)
    assert parsed is not None
    assert [op.intent for op in parsed.ops] == [
        Intent.ADD_DAYS,
        Intent.SET_START,
        Intent.REMOVE_DAYS,
    ]
    assert parsed.ops[1].date == dt.date(2027, 5, 3)
    assert parsed.ops[2].trip_days == 2
