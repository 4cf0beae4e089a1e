"""A move whose only day is where the item is not: that day is where it goes."""

from __future__ import annotations

from core.domain.itinerary import NodeType
from core.intents.model import Intent, Target
from core.protocol import ResponseType
from tests.core.agents.trip_kit import Driver


async def test_a_day_the_item_is_not_on_is_where_it_goes(trip: Driver) -> None:
    view = await trip.view()
    titles = [n.title for d in view.days for n in d.nodes]
    node = next(
        n
        for n in view.days[0].nodes
        if n.type is NodeType.ATTRACTION and titles.count(n.title) == 1
    )
    other = next(d.day for d in view.days if d.day != 1)

    answer = await trip.turn(Intent.MOVE, target=Target(text=node.title), day=other)

    assert answer.type is ResponseType.COMPLETE, answer
    after = await trip.view()
    assert node.id in [n.id for n in after.days[other - 1].nodes]


async def test_an_item_missing_everywhere_is_still_not_found(trip: Driver) -> None:
    before = await trip.view()

    answer = await trip.turn(Intent.MOVE, target=Target(text="Louvre Pyramid"), day=2)

    assert answer.type is not ResponseType.COMPLETE
    assert (await trip.view()).version == before.version
