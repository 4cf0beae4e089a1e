"""Background enrichment: durable tasks, details applied as a version, silent retries."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bots.container import Services, build_services
from core.config import Settings
from core.orchestrator import Turn
from core.protocol import ResponseType
from core.services.demo_seed import create_demo_trip
from core.services.enrichment import CLAIM_LEASE, EnrichmentRunner
from core.services.itinerary import ItineraryService
from core.services.places.base import PlaceDetails, PlaceSearchUnavailableError
from core.storage.db import upgrade_schema
from core.storage.models import EnrichmentTask
from tests.fakes.clock import FakeClock


async def _trip(services: Services) -> tuple[str, str]:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    return created.traveler.id, itinerary.id


async def _say(services: Services, user: str, itinerary: str, text: str):  # type: ignore[no-untyped-def]
    return await services.orchestrator.handle(
        Turn(conversation_key=f"t:{user}", user_id=user, itinerary_id=itinerary, text=text)
    )


async def _node(services: Services, itinerary: str, title: str):  # type: ignore[no-untyped-def]
    async with services.sessions() as session:
        view = await ItineraryService(session, services.clock).get(itinerary)
    return view, next(n for d in view.days for n in d.nodes if n.title == title)


async def _statuses(services: Services) -> list[str]:
    async with services.sessions() as session:
        return list(await session.scalars(select(EnrichmentTask.status)))


async def test_added_place_is_enriched_in_the_background(services: Services) -> None:
    user, itinerary = await _trip(services)
    added = await _say(services, user, itinerary, "add Sushi Zen restaurant on day 2")
    task = added.response.background_task
    assert task is not None
    assert task.task_type == "enrichment"
    assert await _statuses(services) == ["pending"]
    before, node = await _node(services, itinerary, "Sushi Zen")
    assert node.enrichment is None

    async with services.events.subscribe(itinerary) as events:
        assert await services.enrichment.run_once() is True
        event = events.get_nowait()
    after, node = await _node(services, itinerary, "Sushi Zen")
    assert after.version == before.version + 1
    assert node.enrichment is not None
    assert "11:00–22:00" in node.enrichment["openingHours"][0]
    assert node.enrichment["description"]
    assert event["event"] == "enrichment.completed"
    assert event["message"] == "Sushi Zen details updated ✅"
    assert await services.enrichment.run_once() is False
    assert await _statuses(services) == ["done"]


async def test_undo_skips_enrichment_and_confirmations_survive_it(services: Services) -> None:
    user, itinerary = await _trip(services)
    await _say(services, user, itinerary, "add Sushi Zen restaurant on day 2")
    ask = await _say(services, user, itinerary, "clear day 3")
    assert ask.response.type is ResponseType.NEEDS_CONFIRMATION
    await services.enrichment.run_once()
    confirmed = await _say(services, user, itinerary, "yes")
    assert confirmed.response.type is ResponseType.COMPLETE
    undo_clear = await _say(services, user, itinerary, "undo")
    assert "Removed" in undo_clear.response.message
    undo_add = await _say(services, user, itinerary, "undo")
    # Sushi Zen had filled day 2's open Lunch slot: undoing it puts the slot back.
    assert "Sushi Zen" in undo_add.response.message
    assert undo_add.response.data is not None
    assert [entry["op"] for entry in undo_add.response.data["diff"]] == ["replace"]


class FlakyPlaces:
    """Stands in for the resolution service: details fail a set number of times."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    async def details(self, place_id: str) -> PlaceDetails | None:
        self.calls += 1
        if self.calls <= self.failures:
            raise PlaceSearchUnavailableError("place search answered 429")
        return PlaceDetails(place_id=place_id, name="Sushi Zen", rating=4.5)


async def test_a_429_is_retried_after_the_delay_then_given_up(
    services: Services, clock: FakeClock
) -> None:
    user, itinerary = await _trip(services)
    await _say(services, user, itinerary, "add Sushi Zen restaurant on day 2")
    flaky = FlakyPlaces(failures=5)
    runner = EnrichmentRunner(
        services.sessions,
        flaky,
        clock,
        services.events,  # type: ignore[arg-type]
        retry_delay_minutes=15,
    )
    assert await runner.run_once() is True
    assert await _statuses(services) == ["pending"]
    assert await runner.run_once() is False  # not due yet
    clock.advance(minutes=15)
    assert await runner.run_once() is True
    assert await _statuses(services) == ["failed"]
    _, node = await _node(services, itinerary, "Sushi Zen")
    assert node.enrichment is None  # silent failure: the basic node stays


async def test_retry_succeeds_and_a_restart_forgets_nothing(
    services: Services, clock: FakeClock
) -> None:
    user, itinerary = await _trip(services)
    await _say(services, user, itinerary, "add Sushi Zen restaurant on day 2")
    flaky = FlakyPlaces(failures=1)
    first = EnrichmentRunner(services.sessions, flaky, clock, services.events, workers=0)  # type: ignore[arg-type]
    await first.run_once()
    clock.advance(minutes=16)
    # A new process starts: the pending retry is still there and runs.
    restarted = EnrichmentRunner(services.sessions, flaky, clock, services.events, workers=0)  # type: ignore[arg-type]
    await restarted.start()
    assert await restarted.run_once() is True
    await restarted.stop()
    _, node = await _node(services, itinerary, "Sushi Zen")
    assert node.enrichment == {"rating": 4.5}


async def test_tasks_left_running_by_a_crash_are_requeued(services: Services) -> None:
    user, itinerary = await _trip(services)
    await _say(services, user, itinerary, "add Sushi Zen restaurant on day 2")
    async with services.sessions() as session, session.begin():
        task = await session.scalar(select(EnrichmentTask))
        assert task is not None
        task.status = "running"
        task.updated_at = services.clock.now()
    runner = EnrichmentRunner(
        services.sessions, services.places, services.clock, services.events, workers=0
    )
    # Just claimed: another live process of the fleet is on it, so a starting one leaves it.
    await runner.start()
    assert await _statuses(services) == ["running"]
    await runner.stop()
    services.clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)  # type: ignore[attr-defined]
    # Abandoned now: a worker takes it over without waiting for a restart...
    assert await runner.run_once() is True
    assert await _statuses(services) == ["done"]
    await runner.stop()


async def test_an_abandoned_task_is_requeued_at_start(services: Services) -> None:
    user, itinerary = await _trip(services)
    await _say(services, user, itinerary, "add Sushi Zen restaurant on day 2")
    async with services.sessions() as session, session.begin():
        task = await session.scalar(select(EnrichmentTask))
        assert task is not None
        task.status = "running"
        task.updated_at = services.clock.now()
    services.clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)  # type: ignore[attr-defined]
    runner = EnrichmentRunner(
        services.sessions, services.places, services.clock, services.events, workers=0
    )
    await runner.start()
    assert await _statuses(services) == ["pending"]
    await runner.stop()


async def test_removed_node_is_not_enriched(services: Services) -> None:
    user, itinerary = await _trip(services)
    await _say(services, user, itinerary, "add Sushi Zen restaurant on day 2")
    await _say(services, user, itinerary, "remove Sushi Zen")
    async with services.sessions() as session:
        before = (await ItineraryService(session, services.clock).get(itinerary)).version
    assert await services.enrichment.run_once() is True
    async with services.sessions() as session:
        after = (await ItineraryService(session, services.clock).get(itinerary)).version
    assert after == before
    assert await _statuses(services) == ["done"]


async def test_running_workers_pick_up_new_work_at_once(
    settings: Settings, clock: FakeClock
) -> None:
    import asyncio

    live = build_services(settings.model_copy(update={"enrichment_queue_workers": 2}), clock)
    await upgrade_schema(live.engine)
    await live.start()
    try:
        user, itinerary = await _trip(live)
        async with live.events.subscribe(itinerary) as events:
            await _say(live, user, itinerary, "add Sushi Zen restaurant on day 2")
            first = await asyncio.wait_for(events.get(), timeout=5)
            second = await asyncio.wait_for(events.get(), timeout=5)
        assert first["event"] == "itinerary.updated"
        assert second["event"] == "enrichment.completed"
    finally:
        await live.close()


async def test_a_new_task_wakes_one_idle_worker_not_all(
    settings: Settings, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each woken worker opens a claim transaction: waking all three for one task cost two
    empty claims (and, on SQLite, two write locks) per added place."""
    import asyncio

    live = build_services(settings.model_copy(update={"enrichment_queue_workers": 3}), clock)
    await upgrade_schema(live.engine)
    runner = live.enrichment
    claims = 0
    claim = runner._claim

    async def counted():  # type: ignore[no-untyped-def]
        nonlocal claims
        claims += 1
        return await claim()

    monkeypatch.setattr(runner, "_claim", counted)
    await live.start()
    try:
        user, itinerary = await _trip(live)
        for _ in range(100):  # every worker found nothing and went idle
            if claims >= 3:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)
        claims = 0
        async with live.events.subscribe(itinerary) as events:
            await _say(live, user, itinerary, "add Sushi Zen restaurant on day 2")
            await asyncio.wait_for(events.get(), timeout=5)
            done = await asyncio.wait_for(events.get(), timeout=5)
        assert done["event"] == "enrichment.completed"
        await asyncio.sleep(0.1)
        # The woken worker claims the task and, having seen no other due, goes idle: no
        # empty claim transaction after it.
        assert claims == 1
    finally:
        await live.close()
