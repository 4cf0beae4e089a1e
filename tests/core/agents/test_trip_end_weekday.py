"""TripAgent: a new last day said as a weekday ends the trip on the one nearest its end."""

from __future__ import annotations

from datetime import date, timedelta

from core.intents.model import Intent
from core.protocol import ResponseType
from tests.core.agents.trip_kit import Driver

START = date(2026, 12, 7)  # a Monday: the demo trip runs Monday to Wednesday
SATURDAY, TUESDAY, WEDNESDAY = "weekday:5", "weekday:1", "weekday:2"


async def test_a_later_weekday_makes_the_trip_longer_and_undoes(trip: Driver) -> None:
    answer = await trip.turn(Intent.ADD_DAYS, end_ref=SATURDAY)
    assert answer.type is ResponseType.COMPLETE, answer
    after = await trip.view()
    assert [d.date for d in after.days][-1] == START + timedelta(days=5)
    undone = await trip.turn(Intent.UNDO)
    assert undone.type is ResponseType.COMPLETE, undone
    assert len((await trip.view()).days) == 3


async def test_an_earlier_weekday_asks_before_days_go(trip: Driver) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.ADD_DAYS, end_ref=TUESDAY)
    assert answer.type is ResponseType.NEEDS_CONFIRMATION, answer
    assert await trip.view() == before


async def test_the_same_weekday_changes_nothing(trip: Driver) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.ADD_DAYS, end_ref=WEDNESDAY)
    assert answer.type is ResponseType.COMPLETE, answer
    assert (await trip.view()).days == before.days


async def test_a_trip_without_dates_is_asked_its_last_day(trip: Driver) -> None:
    undated = await trip.create("Kyoto", 2, None)
    answer = await undated.turn(Intent.ADD_DAYS, end_ref=SATURDAY)
    assert answer.type is ResponseType.NEEDS_INPUT, answer
    assert len((await undated.view()).days) == 2
