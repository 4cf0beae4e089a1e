"""Itinerary versions: undo races background enrichment without a stale answer."""

from __future__ import annotations

from typing import Any

import pytest

from bots.container import Services
from core.domain.changeset import ChangeSet, RetimeNode
from core.orchestrator import Turn
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService, StaleVersionError
from core.services.itinerary_restore import restore_version


async def _trip_with_added_place(services: Services) -> str:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    added = await services.orchestrator.handle(
        Turn(
            conversation_key=f"t:{created.traveler.id}",
            user_id=created.traveler.id,
            itinerary_id=itinerary.id,
            text="add Sushi Zen restaurant on day 2",
        )
    )
    assert added.response.background_task is not None
    return itinerary.id


async def _titles(services: Services, itinerary_id: str) -> list[str]:
    async with services.sessions() as session:
        view = await ItineraryService(session, services.clock).get(itinerary_id)
    return [node.title for day in view.days for node in day.nodes]


async def test_undo_read_before_enrichment_commits_still_undoes(services: Services) -> None:
    """The stale-undo race of issue #19: the undo read version N, enrichment (another worker
    or process) committed N+1, then the undo's guarded update ran."""
    itinerary_id = await _trip_with_added_place(services)
    async with services.sessions() as session:
        read_by_undo = await ItineraryService(session, services.clock).get(itinerary_id)
    assert await services.enrichment.run_once() is True  # commits version N+1 meanwhile

    async with services.sessions() as session, session.begin():
        undone = await ItineraryService(session, services.clock).undo(read_by_undo, "traveler")

    assert undone is not None
    result, reverted = undone
    assert result.to_version == read_by_undo.version + 2
    assert reverted  # the traveler is told what was undone
    assert "Sushi Zen" not in await _titles(services, itinerary_id)


async def test_undo_still_refuses_when_the_traveler_changed_the_trip(services: Services) -> None:
    """Only background changes are retried over: another channel's edit stays a stale answer."""
    itinerary_id = await _trip_with_added_place(services)
    async with services.sessions() as session:
        read_by_undo = await ItineraryService(session, services.clock).get(itinerary_id)
    first = read_by_undo.days[0].nodes[0]
    async with services.sessions() as session, session.begin():
        await ItineraryService(session, services.clock).apply(
            itinerary_id,
            ChangeSet(ops=[RetimeNode(node_id=first.id, time="07:15")], summary="retimed"),
            read_by_undo.version,
            "traveler-on-another-channel",
        )

    with pytest.raises(StaleVersionError):
        async with services.sessions() as session, session.begin():
            await ItineraryService(session, services.clock).undo(read_by_undo, "traveler")
    assert "Sushi Zen" in await _titles(services, itinerary_id)


async def test_restore_racing_enrichment_is_rebuilt_on_the_newer_version(
    services: Services, db_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An operator's restore read the trip, enrichment committed, then the guarded update ran."""
    if db_backend == "sqlite":
        pytest.skip("SQLite's writers are serialized (BEGIN IMMEDIATE): the race cannot happen")
    itinerary_id = await _trip_with_added_place(services)
    async with services.sessions() as session:
        before_add = (await ItineraryService(session, services.clock).get(itinerary_id)).version - 1
    original = ItineraryService.apply
    raced: list[int] = []

    async def enrichment_commits_first(self: ItineraryService, *args: Any, **kwargs: Any) -> Any:
        if not raced:
            raced.append(1)
            assert await services.enrichment.run_once() is True
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(ItineraryService, "apply", enrichment_commits_first)
    async with services.sessions() as session, session.begin():
        restored = await restore_version(
            session, services.clock, itinerary_id, before_add, "operator"
        )

    assert restored.problem is None
    assert restored.new_version == before_add + 3  # the add, the details, the restore
    assert "Sushi Zen" not in await _titles(services, itinerary_id)
