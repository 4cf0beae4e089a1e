"""The trip's end moved, its dates as a range, the arrival moved (core.intents.trip_end)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.readings import TODAY


def _ops(text: str) -> list[tuple[Intent, dt.date | None, int | None]]:
    return [(op.intent, op.date, op.shift_days) for op in parse(text, today=TODAY).ops]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("our flight home is on the 13th now", dt.date(2026, 12, 13)),
        ("the trip ends on dec 11 instead", dt.date(2026, 12, 11)),
        ("we fly back on 12/12 now", dt.date(2026, 12, 12)),
        ("el vuelo de regreso es el 10 de diciembre", dt.date(2026, 12, 10)),
        ("el viaje termina el 9/12 al final", dt.date(2026, 12, 9)),
        ("nos volvemos el 11", dt.date(2026, 12, 11)),
        ("o voo de volta mudou pro dia 12/12", dt.date(2026, 12, 12)),
        ("a viagem agora acaba dia 10 de dezembro", dt.date(2026, 12, 10)),
        ("voltamos no dia 9/12", dt.date(2026, 12, 9)),
    ],
)
def test_a_new_last_day(text: str, last: dt.date) -> None:
    assert _ops(text) == [(Intent.ADD_DAYS, last, None)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the trip now runs 9-13 dec", dt.date(2026, 12, 9), dt.date(2026, 12, 13)),
        ("new dates: dec 8 to 12", dt.date(2026, 12, 8), dt.date(2026, 12, 12)),
        ("vamos del 10 al 14 de diciembre", dt.date(2026, 12, 10), dt.date(2026, 12, 14)),
        ("ficamos de 9 a 13 de dezembro", dt.date(2026, 12, 9), dt.date(2026, 12, 13)),
        ("las fechas del viaje son 28 dic - 2 enero", dt.date(2026, 12, 28), dt.date(2027, 1, 2)),
    ],
)
def test_the_trip_s_dates_as_a_range(text: str, first: dt.date, last: dt.date) -> None:
    assert _ops(text) == [(Intent.SET_START, first, None), (Intent.ADD_DAYS, last, None)]


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("we arrive 2 days later than planned", 2),
        ("we now land a day earlier", -1),
        ("chegamos um dia antes", -1),
        ("chegamos dois dias depois, o voo atrasou", 2),
        ("llegamos un día después", 1),
        ("llegamos 3 días más tarde", 3),
    ],
)
def test_the_arrival_moved_by_days(text: str, shift: int) -> None:
    assert _ops(text) == [(Intent.SET_START, None, shift)]


@pytest.mark.parametrize(
    "text",
    ["add the museum on dec 9", "book dinner for the 12th", "we land on the 10th"],
)
def test_other_dates_are_not_the_end(text: str) -> None:
    assert all(op.intent is not Intent.ADD_DAYS for op in parse(text, today=TODAY).ops)
