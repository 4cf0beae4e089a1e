"""A trip's days decoded once per stored version: never stale, never shared for writing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from bots.container import Services
from core.domain.changeset import ChangeSet, EnrichNode, RetimeNode
from core.domain.itinerary import Day, Node
from core.services import trip_cache
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService, ItineraryView


async def _trip(services: Services) -> ItineraryView:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        _, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    return itinerary


async def _read(services: Services, itinerary_id: str) -> ItineraryView:
    async with services.sessions() as session:
        return await ItineraryService(session, services.clock).get(itinerary_id)


async def _stored(services: Services, itinerary_id: str) -> list[Day]:
    """The days as the database holds them, decoded apart from the cache."""
    async with services.sessions() as session:
        raw = await session.scalar(
            text("SELECT CAST(days AS TEXT) FROM itineraries WHERE id = :id"), {"id": itinerary_id}
        )
    return [Day.model_validate(day) for day in json.loads(raw)]


def _first_timed(view: ItineraryView) -> Node:
    return next(node for day in view.days for node in day.nodes if node.time)


async def _retime(services: Services, view: ItineraryView, at: str) -> ItineraryView:
    node = _first_timed(view)
    change = ChangeSet(ops=[RetimeNode(node_id=node.id, time=at)], summary="retime")
    async with services.sessions() as session, session.begin():
        applied = await ItineraryService(session, services.clock).apply(
            view.id, change, view.version, "traveler", known=view
        )
    return applied.itinerary


async def test_a_read_gives_what_is_stored_and_reuses_the_models(services: Services) -> None:
    trip = await _trip(services)
    first = await _read(services, trip.id)
    second = await _read(services, trip.id)
    assert first.days == await _stored(services, trip.id)
    assert second.days == first.days
    assert all(a is b for a, b in zip(first.days, second.days, strict=True))  # decoded once
    assert first.days is not second.days  # each view has its own list


async def test_days_just_written_are_read_back_equal(services: Services) -> None:
    trip = await _read(services, (await _trip(services)).id)
    written = await _retime(services, trip, "07:15")
    read = await _read(services, trip.id)
    assert read.version == written.version
    assert read.days == written.days == await _stored(services, trip.id)
    assert _first_timed(read).time == "07:15"


async def test_a_version_stored_differently_is_decoded_again(services: Services) -> None:
    """Nothing trusts that every writer bumps the version: the stored text decides."""
    trip = await _read(services, (await _trip(services)).id)
    changed = [day.to_json_dict() for day in trip.days]
    changed[0]["nodes"] = []
    async with services.sessions() as session, session.begin():
        await session.execute(
            text("UPDATE itineraries SET days = :days WHERE id = :id"),
            {"days": json.dumps(changed), "id": trip.id},
        )
    read = await _read(services, trip.id)
    assert read.version == trip.version
    assert read.days[0].nodes == []


async def test_a_write_rolled_back_is_not_served(services: Services) -> None:
    trip = await _read(services, (await _trip(services)).id)
    node = _first_timed(trip)
    change = ChangeSet(ops=[RetimeNode(node_id=node.id, time="06:05")], summary="retime")
    async with services.sessions() as session:
        await ItineraryService(session, services.clock).apply(
            trip.id, change, trip.version, "traveler", known=trip
        )
        await session.rollback()
    other = await _retime(services, trip, "06:40")  # the same version, other days
    read = await _read(services, trip.id)
    assert read.version == other.version == trip.version + 1
    assert _first_timed(read).time == "06:40"
    assert read.days == await _stored(services, trip.id)


async def test_enrichment_written_with_a_tuple_is_read_as_stored(services: Services) -> None:
    """A value JSON gives back as another type is not remembered from the write."""
    trip = await _read(services, (await _trip(services)).id)
    node = _first_timed(trip)
    change = ChangeSet(
        ops=[EnrichNode(node_id=node.id, enrichment={"dailyHours": ("09:00", "17:00")})],
        summary="details",
    )
    async with services.sessions() as session, session.begin():
        await ItineraryService(session, services.clock).apply(
            trip.id, change, trip.version, "enrichment", known=trip
        )
    read = await _read(services, trip.id)
    enriched = next(n for day in read.days for n in day.nodes if n.id == node.id)
    assert enriched.enrichment == {"dailyHours": ["09:00", "17:00"]}


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trip_cache, "MAX_TRIPS", 3)
    trip_cache.clear()
    for version in range(1, 6):
        trip_cache.days_of("trip", version, '[{"day": 1, "nodes": []}]')
    assert len(trip_cache._cache) == 3
    assert ("trip", 1) not in trip_cache._cache
    assert ("trip", 5) in trip_cache._cache
    trip_cache.clear()


def test_decoded_rows_are_validated_as_before() -> None:
    """An ORM row's days come decoded: validated, nothing to compare, nothing kept."""
    trip_cache.clear()
    days = trip_cache.days_of("trip", 1, [{"day": 1, "nodes": []}])
    assert days == [Day(day=1)]
    assert not trip_cache._cache


def test_the_text_to_store_is_the_days_json() -> None:
    days = [Day(day=1, nodes=[Node(id="n1", title="Café", time="09:00")])]
    stored = trip_cache.serialized(days)
    assert json.loads(stored) == [day.to_json_dict() for day in days]
