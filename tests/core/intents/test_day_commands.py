"""core.intents.day_commands: a whole-day or trip-length command with talk around it."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "language", "day", "day_ref"),
    [
        ("clear day 3 hun, plans changed", None, 3, None),
        ("empty out tuesday love, the kids are sick", None, None, "weekday:1"),
        ("wipe saturday, nothing planned that day", None, None, "weekday:5"),
        ("clear out day 1 boss, we land at midnight", None, 1, None),
        ("vacía el jueves tío, nos vamos de excursión", "es", None, "weekday:3"),
        ("limpa o dia 2, moço, surgiu um casamento", "pt", 2, None),
    ],
)
def test_a_day_emptied_with_address_and_a_reason_is_cleared(
    said: str, language: str | None, day: int | None, day_ref: str | None
) -> None:
    ops = parse(said, today=TODAY, usual_language=language).ops
    assert len(ops) == 1
    op = ops[0]
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.every
    assert (op.day, op.day_ref) == (day, day_ref)


@pytest.mark.parametrize(
    ("said", "language", "count", "total"),
    [
        ("quita el último día güey, el vuelo sale temprano", "es", 1, None),
        ("Olha, tira-me o último dia, pá, que o voo é cedo", "pt", 1, None),
        ("ok, drop the last day mate, work needs me back", None, 1, None),
        ("trim it down to 4 days", None, None, 4),
        ("shorten it to 2 days please", None, None, 2),
    ],
)
def test_days_off_the_trip_with_talk_around_them(
    said: str, language: str | None, count: int | None, total: int | None
) -> None:
    ops = parse(said, today=TODAY, usual_language=language).ops
    assert [op.intent for op in ops] == [Intent.REMOVE_DAYS]
    if total is None:
        assert ops[0].day_count == count
    else:
        assert ops[0].trip_days == total


def test_a_second_request_after_the_command_is_kept() -> None:
    ops = parse("clear day 2, and add a museum on day 3", today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.REMOVE, Intent.ADD]
