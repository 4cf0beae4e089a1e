"""Moving one item by an amount of time ("dinner an hour later") from its own time."""

from __future__ import annotations

import pytest

from core.intents.model import Intent, Target
from core.protocol import ResponseType
from tests.core.agents.trip_kit import Driver


async def first_timed(trip: Driver) -> tuple[str, str]:
    view = await trip.view()
    node = next(n for day in view.days for n in day.nodes if n.time and n.place_id)
    assert node.time is not None
    return node.id, node.time


def plus(clock_time: str, minutes: int) -> str:
    total = int(clock_time[:2]) * 60 + int(clock_time[3:]) + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


@pytest.mark.parametrize("minutes", [60, -30, 90])
async def test_the_item_moves_by_the_amount_from_its_own_time(trip: Driver, minutes: int) -> None:
    node_id, before = await first_timed(trip)

    answer = await trip.turn(Intent.RETIME, target=Target(node_id=node_id), shift_minutes=minutes)

    assert answer.type is ResponseType.COMPLETE, answer
    view = await trip.view()
    moved = next(n for day in view.days for n in day.nodes if n.id == node_id)
    assert moved.time == plus(before, minutes)


async def test_a_shift_past_midnight_changes_nothing(trip: Driver) -> None:
    node_id, _ = await first_timed(trip)
    before = await trip.view()

    answer = await trip.turn(Intent.RETIME, target=Target(node_id=node_id), shift_minutes=-720)

    assert answer.type is ResponseType.ERROR
    assert (await trip.view()).version == before.version
