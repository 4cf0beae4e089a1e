"""Reading a day out of a stored forecast, and naming days the way travelers do."""

from __future__ import annotations

from datetime import date

import pytest

from core.agents.intel_answers import forecast_for, ref_date
from core.services.intel_items import WeatherItem

MONDAY = date(2026, 11, 23)


def _weather(*days: str) -> WeatherItem:
    return WeatherItem(forecast_7day=list(days))


@pytest.mark.parametrize(
    ("days", "target", "expected"),
    [
        pytest.param(("clear", "rain"), MONDAY, "clear", id="by-position-today"),
        pytest.param(("clear", "rain"), date(2026, 11, 24), "rain", id="by-position-tomorrow"),
        pytest.param(("clear", "rain"), date(2026, 11, 25), None, id="past-the-list"),
        pytest.param(("clear", "rain"), date(2026, 11, 22), None, id="before-the-report"),
        pytest.param(("Tue: rain", "Mon: clear"), date(2026, 11, 24), "rain", id="weekday"),
        pytest.param(("Wednesday (Nov 25): snow",), date(2026, 11, 25), "snow", id="long-day"),
        pytest.param(("Tue: rain",), date(2026, 12, 1), None, id="weekday-next-week"),
        pytest.param(
            ("2026-11-25: snow", "2026-11-24: rain"), date(2026, 11, 24), "rain", id="iso"
        ),
        pytest.param(("2026-11-25: snow",), date(2026, 11, 24), None, id="iso-other-day"),
        # "Sunny" is not Sunday, so these entries are read by position.
        pytest.param(("Sunny: 20°C", "Cloudy"), date(2026, 11, 24), "Cloudy", id="sunny"),
        pytest.param(("Sunny: 20°C",), date(2026, 11, 29), None, id="sunny-not-sunday"),
    ],
)
def test_forecast_for_a_day(days: tuple[str, ...], target: date, expected: str | None) -> None:
    assert forecast_for(_weather(*days), MONDAY, target) == expected


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("today", MONDAY),
        ("tomorrow", date(2026, 11, 24)),
        ("weekday:0", MONDAY),
        ("weekday:4", date(2026, 11, 27)),
        ("date:2027-03-14", date(2027, 3, 14)),
        ("date:2027-02-30", None),
        ("someday", None),
    ],
)
def test_day_references(ref: str, expected: date | None) -> None:
    assert ref_date(ref, MONDAY) == expected
