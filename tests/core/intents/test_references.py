"""Requests that point back at what an earlier clause of the same message asked or judged."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse
from core.intents.references import added_after_asking, judged_topic

TODAY = dt.date(2026, 11, 23)


def ops(text: str) -> tuple[ParsedTurn, ...]:
    return parse(text, today=TODAY).ops


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("any good ramen near the station? add one for dinner on day 2", {"ramen"}),
        ("what's the cheapest tapas bar around? pls add it on friday", {"tapas"}),
        ("looking for a rooftop bar on day 1. can you add one", {"rooftop"}),
    ],
)
def test_asking_for_a_kind_of_place_then_add_it_is_one_add(text: str, words: set[str]) -> None:
    parsed = ops(text)
    assert len(parsed) == 1, parsed
    assert parsed[0].intent is Intent.ADD
    assert words <= set((parsed[0].query or "").lower().split()) | set(
        parsed[0].preferences.keywords if parsed[0].preferences else ()
    )


def test_put_it_back_is_still_an_undo() -> None:
    assert [op.intent for op in ops("argh, put it back")] == [Intent.UNDO]


def test_add_it_needs_something_asked_before() -> None:
    assert added_after_asking("any sushi bars?", "add one for lunch") == "add sushi bars for lunch"
    assert added_after_asking("", "add it") is None
    assert added_after_asking("a sushi bar?", "remove it") is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("the palace at 9 is too early, make it 11", "palace"),
        ("the night market is way too far, drop it", "night market"),
    ],
)
def test_what_a_clause_judges_is_what_the_next_request_changes(text: str, topic: str) -> None:
    parsed = ops(text)
    assert len(parsed) == 1, parsed
    assert parsed[0].target is not None
    assert parsed[0].target.text == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("the museum is too crowded", "museum"),
        ("our dinner at 8pm is a bit late", "dinner"),
        ("it is too late", None),
        ("add a cafe", None),
    ],
)
def test_judged_topic(clause: str, topic: str | None) -> None:
    assert judged_topic(clause) == topic
