"""Events published on one process reach the subscribers of another through PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest

from core.services.event_relay import MAX_PAYLOAD_BYTES, PostgresEventRelay, asyncpg_dsn
from core.services.events import EventBus
from tests.fakes.postgres import throwaway_database

pytestmark = pytest.mark.postgres


@pytest.fixture
async def dsn() -> AsyncIterator[str]:
    async with throwaway_database() as url:
        yield asyncpg_dsn(url)


@pytest.fixture
async def two_processes(dsn: str) -> AsyncIterator[tuple[EventBus, EventBus]]:
    buses = EventBus(), EventBus()
    relays = [PostgresEventRelay(dsn, bus) for bus in buses]
    for relay in relays:
        await relay.start()
    await asyncio.wait_for(asyncio.gather(*(r.wait_connected() for r in relays)), 10)
    yield buses
    for relay in relays:
        await relay.stop()


def test_the_dsn_drops_the_sqlalchemy_driver() -> None:
    url = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    assert asyncpg_dsn(url) == "postgresql://postgres@127.0.0.1:5432/test"


async def test_an_event_reaches_the_other_process_once_and_ours_once(
    two_processes: tuple[EventBus, EventBus],
) -> None:
    here, there = two_processes
    event = {"event": "itinerary.updated", "version": 3, "summary": "Añadido Sushi Zen ✅"}
    async with (
        here.subscribe("trip-1") as local,
        there.subscribe("trip-1") as remote,
        there.subscribe("trip-2") as other_trip,
    ):
        here.publish("trip-1", event)
        assert await asyncio.wait_for(remote.get(), 5) == event
        assert local.get_nowait() == event  # delivered locally at once...
        await asyncio.sleep(0.3)
        assert local.empty()  # ...and not again when our own NOTIFY comes back
        assert remote.empty()
        assert other_trip.empty()


async def test_a_burst_of_events_arrives_whole_and_in_order(
    two_processes: tuple[EventBus, EventBus],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #19: one NOTIFY per round trip fell behind under load and filled the backlog
    (events then stayed on their process); queued events now go out together, in order."""
    here, there = two_processes
    heard: list[dict[str, object]] = []
    monkeypatch.setattr(there, "deliver", lambda _trip, event: heard.append(event))
    burst = [{"event": "enrichment.completed", "n": n} for n in range(900)]
    for event in burst:  # all at once, as a busy process publishes between the relay's turns
        here.publish("t", event)
    for _ in range(100):
        if len(heard) == len(burst):
            break
        await asyncio.sleep(0.05)
    assert heard == burst
    assert "backlog full" not in caplog.text


async def test_too_large_events_stay_local(
    two_processes: tuple[EventBus, EventBus], caplog: pytest.LogCaptureFixture
) -> None:
    here, there = two_processes
    huge = {"event": "itinerary.updated", "blob": "x" * MAX_PAYLOAD_BYTES}
    async with here.subscribe("t") as local, there.subscribe("t") as remote:
        here.publish("t", huge)
        here.publish("t", {"event": "small"})
        assert await asyncio.wait_for(remote.get(), 5) == {"event": "small"}
        assert local.qsize() == 2
    assert "too large to relay" in caplog.text


async def test_the_relay_reconnects_after_its_connection_is_killed(
    dsn: str, two_processes: tuple[EventBus, EventBus], caplog: pytest.LogCaptureFixture
) -> None:
    here, there = two_processes
    admin = await asyncpg.connect(dsn)
    try:
        # Both relays' sessions are cut, as a database failover or restart would.
        killed = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        assert killed == 2
    finally:
        await admin.close()
    async with there.subscribe("t") as remote:
        for _ in range(100):  # until both have reconnected; events before that are lost
            here.publish("t", {"event": "ping"})
            try:
                assert await asyncio.wait_for(remote.get(), 0.2) == {"event": "ping"}
                break
            except TimeoutError:
                continue
        else:
            pytest.fail("the relay never came back")
    assert "connection lost; reconnecting" in caplog.text
