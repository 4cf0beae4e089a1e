"""Dates, clock times and lists in the turn's language (Babel)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.locale_format import format_clock, format_day_date, format_names
from core.messages import use_locale

WEDNESDAY = dt.date(2027, 4, 14)


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Wed, Apr 14"), ("es", "mié, 14 abr"), ("pt", "qua., 14 de abr.")],
)
def test_day_dates_are_written_the_languages_way(language: str, text: str) -> None:
    assert format_day_date(WEDNESDAY, language) == text
    with use_locale(language):
        assert format_day_date(WEDNESDAY) == text


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "A, B, and C"), ("es", "A, B y C"), ("pt", "A, B e C")],
)
def test_lists_join_with_the_languages_and(language: str, text: str) -> None:
    with use_locale(language):
        assert format_names(["A", "B", "C"]) == text
    assert format_names(iter(["A", "B", "C"]), language) == text


def test_short_lists() -> None:
    assert format_names([], "es") == ""
    assert format_names(["Sushi Zen"], "es") == "Sushi Zen"
    assert format_names(["Sushi Zen", "Tokyo Bay"], "pt") == "Sushi Zen e Tokyo Bay"


@pytest.mark.parametrize(
    ("language", "value", "text"),
    [
        ("en", "20:00", "8:00 PM"),
        ("en", "00:00", "12:00 AM"),
        ("es", "20:00", "20:00"),
        ("pt", "08:15", "08:15"),
    ],
)
def test_clock_times(language: str, value: str, text: str) -> None:
    assert format_clock(value, language) == text


def test_english_clock_times_use_a_plain_space() -> None:
    # CLDR puts a narrow no-break space before "PM"; chat text keeps the plain one.
    assert "\u202f" not in format_clock("13:00", "en")
