"""Planning one day of a trip: free slots get places, what is there stays, nothing repeats."""

from __future__ import annotations

from datetime import date

import pytest

from bots.container import Services
from core.domain.changeset import AddNode
from core.domain.itinerary import Node, NodeType
from core.intents.model import Intent
from core.protocol import ResponseType
from tests.core.agents.trip_kit import Driver, demo_driver


@pytest.fixture
async def kyoto(services: Services) -> Driver:
    demo = await demo_driver(services)
    return await demo.create("Kyoto", 3, date(2027, 3, 1))


async def test_an_empty_day_gets_a_morning_lunch_afternoon_and_dinner(kyoto: Driver) -> None:
    answer = await kyoto.turn(Intent.PLAN, day=2, day_only=True)

    assert answer.type is ResponseType.COMPLETE, answer
    view = await kyoto.view()
    planned = view.days[1].nodes
    assert [n.time for n in planned] == ["09:30", "13:00", "14:30", "19:30"]
    assert [n.type for n in planned].count(NodeType.MEAL) == 2
    assert not view.days[0].nodes
    assert not view.days[2].nodes
    assert len({n.place_id for n in planned}) == 4


async def test_what_is_on_the_day_stays_and_its_time_is_not_taken(kyoto: Driver) -> None:
    await kyoto.apply(
        AddNode(day=1, node=Node(title="Tea ceremony", type=NodeType.ACTIVITY, time="10:00"))
    )
    await kyoto.turn(Intent.PLAN, day=1, day_only=True)

    day = (await kyoto.view()).days[0].nodes
    assert "Tea ceremony" in [n.title for n in day]
    assert not any(n.time == "09:30" for n in day)  # the morning slot was busy
    assert any(n.time == "13:00" for n in day)


async def test_an_open_meal_slot_is_filled_where_it_is(kyoto: Driver) -> None:
    await kyoto.apply(AddNode(day=3, node=Node(title="Lunch", type=NodeType.MEAL, time="12:30")))
    await kyoto.turn(Intent.PLAN, day=3, day_only=True)

    day = (await kyoto.view()).days[2].nodes
    lunch = [n for n in day if n.time == "12:30"]
    assert len(lunch) == 1
    assert lunch[0].place_id is not None
    assert not any(n.title == "Lunch" and n.place_id is None for n in day)


async def test_places_already_in_the_trip_are_not_planned_again(kyoto: Driver) -> None:
    await kyoto.turn(Intent.PLAN, day=1, day_only=True)
    await kyoto.turn(Intent.PLAN, day=2, day_only=True)

    view = await kyoto.view()
    ids = [n.place_id for day in view.days for n in day.nodes]
    assert len(ids) == len(set(ids)) == 8


async def test_a_full_day_is_left_alone_with_a_clear_answer(kyoto: Driver) -> None:
    await kyoto.turn(Intent.PLAN, day=1, day_only=True)
    before = await kyoto.view()

    answer = await kyoto.turn(Intent.PLAN, day=1, day_only=True)

    assert answer.type is ResponseType.ERROR
    assert (await kyoto.view()).version == before.version


async def test_a_day_the_trip_lacks_changes_nothing(kyoto: Driver) -> None:
    answer = await kyoto.turn(Intent.PLAN, day=9, day_only=True)

    assert answer.type is ResponseType.ERROR
    assert not any(day.nodes for day in (await kyoto.view()).days)


async def test_the_answer_is_in_the_travelers_language(kyoto: Driver) -> None:
    kyoto.locale = "es"
    answer = await kyoto.turn(Intent.PLAN, day=2, day_only=True)

    assert answer.message.splitlines()[0].startswith("Te planeé el día 2")


async def test_the_last_day_is_the_trips_last(kyoto: Driver) -> None:
    """'organiza o último dia pra mim': the parser says day -1."""
    answer = await kyoto.turn(Intent.PLAN, day=-1, day_only=True)

    assert answer.type is ResponseType.COMPLETE, answer
    view = await kyoto.view()
    assert view.days[2].nodes
    assert not view.days[0].nodes
