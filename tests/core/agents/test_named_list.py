"""core.agents.named_list (through the editor): places listed by name in one addition are
added one by one; a list of kinds, or one name with "and" inside, is searched as said. A stop
of the trip said by part of its name with a time and no day is retimed where it is."""

from __future__ import annotations

from core.intents.model import Intent
from core.protocol import ResponseType
from tests.core.agents.trip_kit import Driver, titles


async def test_two_named_places_are_two_additions(trip: Driver) -> None:
    answer = await trip.turn(Intent.ADD, query="Hoq Cave and Detwah Lagoon", day=2)

    assert answer.type is ResponseType.COMPLETE, answer
    assert {"Hoq Cave", "Detwah Lagoon"} <= set(titles(await trip.view())[1])


async def test_named_places_listed_with_commas_in_spanish_words(trip: Driver) -> None:
    answer = await trip.turn(Intent.ADD, query="Hoq Cave, Dixam Plateau y Arher Sand Dunes", day=3)

    assert answer.type is ResponseType.COMPLETE, answer
    day3 = set(titles(await trip.view())[2])
    assert {"Hoq Cave", "Dixam Plateau", "Arher Sand Dunes"} <= day3


async def test_kinds_of_places_are_not_a_list_of_names(trip: Driver) -> None:
    before = await trip.view()

    answer = await trip.turn(Intent.ADD, query="beaches and temples", day=2)

    assert answer.type is not ResponseType.COMPLETE
    assert (await trip.view()).version == before.version


async def test_a_stop_said_by_part_of_its_name_with_a_time_is_retimed(trip: Driver) -> None:
    answer = await trip.turn(Intent.ADD, query="Haggeher", time="11:00")

    assert answer.type is ResponseType.COMPLETE, answer
    view = await trip.view()
    node = next(n for n in view.days[2].nodes if n.title == "Haggeher Foothills Viewpoint")
    assert node.time == "11:00"
    assert titles(view)[2].count("Haggeher Foothills Viewpoint") == 1
