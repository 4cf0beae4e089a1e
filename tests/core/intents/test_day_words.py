"""core.intents.day_words.find_when: calendar days and parts of the day, cut out of the text."""

from __future__ import annotations

import re

import pytest

from core.intents.day_part_times import PART_DEFAULT_TIMES
from core.intents.day_words import find_when
from core.intents.model import PartOfDay

M, A, E, N = PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING, PartOfDay.NIGHT


@pytest.mark.parametrize(
    ("text", "day_ref", "part", "rest"),
    [
        ("add a museum tomorrow", "tomorrow", None, "add a museum"),
        ("add lunch today", "today", None, "add lunch"),
        ("add a museum for tomorrow", "tomorrow", None, "add a museum"),
        ("add a museum Tomorrow", "tomorrow", None, "add a museum"),
        ("add a museum the day after tomorrow", "today+2", None, "add a museum"),
        ("add a bar tonight", "today", E, "add a bar"),
        ("add a museum this morning", "today", M, "add a museum"),
        ("add a walk this afternoon", "today", A, "add a walk"),
        ("add a bar this evening", "today", E, "add a bar"),
        ("add a museum tomorrow morning", "tomorrow", M, "add a museum"),
        ("for tomorrow evening add a bar", "tomorrow", E, "add a bar"),
        ("add a museum on monday", "weekday:0", None, "add a museum"),
        ("add a museum on friday", "weekday:4", None, "add a museum"),
        ("add a museum Friday", "weekday:4", None, "add a museum"),
        ("add a museum next monday", "weekday:0", None, "add a museum"),
        ("add brunch this sunday", "weekday:6", None, "add brunch"),
        ("on saturdays add brunch", "weekday:5", None, "add brunch"),
        ("add a museum on december 9", "monthday:12-09", None, "add a museum"),
        ("add a museum on the 9th of december", "monthday:12-09", None, "add a museum"),
        ("add a museum dec 9", "monthday:12-09", None, "add a museum"),
        ("add a museum on March 14th", "monthday:03-14", None, "add a museum"),
        ("add a museum 9 de diciembre", "monthday:12-09", None, "add a museum"),
        ("agrega un museo el 9 de diciembre", "monthday:12-09", None, "agrega un museo"),
        ("adiciona um museu no dia 9 de dezembro", "monthday:12-09", None, "adiciona um museu"),
        ("adiciona um museu no 1º de março", "monthday:03-01", None, "adiciona um museu"),
    ],
)
def test_days_are_found_and_cut_out(
    text: str, day_ref: str, part: PartOfDay | None, rest: str
) -> None:
    when = find_when(text)
    assert when.day_ref == day_ref
    assert when.part_of_day is part
    assert when.text == rest


_PART_WORDS = re.compile(r"morning|afternoon|evening|night|sunset|sunrise|early|first thing")


@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        ("add a hike in the morning", M, "add a hike"),
        ("add a museum in the afternoon", A, "add a museum"),
        ("add jazz in the evening on day 2", E, "add jazz"),
        ("add a bar at night on day 2", N, "add a bar"),
        ("add a bar late night", N, "add a bar"),
        ("add a walk at sunset", E, "add a walk"),
        ("add a hike at sunrise", M, "add a hike"),
        ("add a cafe early", M, "add a cafe"),
        ("first thing add a cafe", M, "add a cafe"),
        ("add a cafe in the early morning", M, "add a cafe"),
    ],
)
def test_parts_of_the_day_are_found_and_cut_out(text: str, part: PartOfDay, kept: str) -> None:
    when = find_when(text)
    assert when.day_ref is None
    assert when.part_of_day is part
    assert _PART_WORDS.search(when.text) is None, when.text
    assert when.text.startswith(kept)
    assert ("day 2" in when.text) is ("day 2" in text)  # a trip day is not a calendar word


@pytest.mark.parametrize(
    "text",
    [
        "plan 3 nights in lisbon",
        "add early dinner on day 2",  # "early dinner" is a kind of dinner, not the morning
        "mornings are for coffee",
        "add a museum on day 2",
        "add a museum",
        "add sushi at 8pm",
    ],
)
def test_no_part_of_the_day_where_none_is_said(text: str) -> None:
    when = find_when(text)
    assert when.part_of_day is None
    assert when.text == text


@pytest.mark.parametrize("text", ["add a museum on day 2", "add a museum on december 40"])
def test_no_day_reference_where_none_is_said(text: str) -> None:
    when = find_when(text)
    assert when.day_ref is None
    assert when.text == text


def test_a_date_wins_over_a_weekday_in_the_same_text() -> None:
    when = find_when("add a museum on friday december 9")
    assert when.day_ref == "monthday:12-09"


def test_every_part_of_the_day_has_a_default_time() -> None:
    assert set(PART_DEFAULT_TIMES) == set(PartOfDay)
    times = [PART_DEFAULT_TIMES[p] for p in (M, A, E, N)]
    assert times == sorted(times)  # morning before afternoon before evening before night
