"""core.intents.clauses (through parse): a message read clause by clause when it is not one
request in the grammar: asides dropped, "it" pointing at what another clause named, a day said
about "it" joining the request."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.intents.clauses import only_when
from core.intents.model import LAST_DAY, Intent
from core.intents.parse import parse
from tests.core.intents.test_parse import cases, check

ADD, REMOVE, MOVE = Intent.ADD, Intent.REMOVE, Intent.MOVE

CLAUSES: list[Any] = [
    (
        "any good night markets around? if so put it on day 2",
        "en",
        [{"intent": ADD, "query_has": ["night market"], "query_lacks": ["it"], "day": 2}],
    ),
    (
        "we really want to try the Ramen Ichiban, could it be on friday",
        "en",
        [
            {
                "intent": ADD,
                "query_has": ["ramen ichiban"],
                "query_lacks": ["could"],
                "day_ref": "weekday:4",
            }
        ],
    ),
    (
        "the botanical garden on day 2 - ditch it",
        "en",
        [{"intent": REMOVE, "target_has": ["botanical garden"], "day": 2}],
    ),
    (
        "the cable car, move it to the last day please",
        "en",
        [{"intent": MOVE, "target_has": ["cable car"], "to_day": LAST_DAY}],
    ),
    (
        "take the aquarium out, my son hates fish lol",
        "en",
        [{"intent": REMOVE, "target_has": ["aquarium"]}],
    ),
]
# Messages the first reading already takes whole are not re-read (and not changed).
UNCHANGED: list[Any] = [
    (
        "add a museum on day 1, then a bar on day 2",
        "en",
        [
            {"intent": ADD, "query_has": ["museum"], "day": 1},
            {"intent": ADD, "query_has": ["bar"], "day": 2},
        ],
    ),
    ("remove it", "en", [{"intent": REMOVE}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(CLAUSES))
def test_a_request_wrapped_in_chat_is_read_clause_by_clause(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(("text", "language", "ops"), cases(UNCHANGED))
def test_what_the_grammar_reads_whole_stays_as_it_was(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize("text", ["at sunset", "tomorrow at 8pm", "on day 3", "in the evening"])
def test_when_words_are_never_what_it_is(text: str) -> None:
    assert only_when(text)


@pytest.mark.parametrize("text", ["the fort", "palacio de la inquisición", "sunset bar"])
def test_a_thing_is_a_topic(text: str) -> None:
    assert not only_when(text)


@pytest.mark.parametrize(
    "text", ["na vdd coloca ele no dia 3, pro por do sol", "ponlo el día 3, al atardecer"]
)
def test_it_stays_it_beside_a_when_clause(text: str) -> None:
    op = parse(text, today=dt.date(2026, 11, 23)).first
    assert op.target is not None
    assert op.target.text in {"it", "that"}
