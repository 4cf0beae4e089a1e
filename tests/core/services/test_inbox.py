"""The inbox's claims: heartbeats keep a live process's deliveries, answers commit with turns."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bots.container import Services
from core.orchestrator import Turn
from core.protocol import AgentResponse
from core.services.demo_seed import create_demo_trip
from core.services.inbox import (
    ANSWERED,
    CLAIM_LEASE,
    HEARTBEAT,
    ClaimLostError,
    InboxService,
    StoredAnswer,
    record_answer,
)
from core.storage.models import InboxEvent, ItineraryVersion
from tests.fakes.clock import FakeClock


def _inbox(services: Services) -> InboxService:
    return services.pipeline.inbox


async def _accepted(services: Services, event: str) -> int:
    item = await _inbox(services).accept("fake", event, {"text": "hi"})
    assert item is not None
    return item.id


async def test_a_claim_kept_alive_by_its_heartbeat_is_never_taken_over(
    services: Services, clock: FakeClock
) -> None:
    inbox = _inbox(services)
    alive = await inbox.claim(await _accepted(services, "alive"))
    dead = await inbox.claim(await _accepted(services, "dead"))
    assert alive is not None
    assert dead is not None
    for _ in range(5):  # well past the lease in all, but renewed at every heartbeat
        clock.advance(seconds=HEARTBEAT.total_seconds())
        assert await inbox.heartbeat([alive]) == 1
    assert HEARTBEAT * 5 > CLAIM_LEASE
    assert await inbox.requeue_abandoned() == 1  # only the one whose process stopped beating
    assert [item.event_id for item in await inbox.pending()] == ["dead"]
    assert await inbox.finish(alive)


async def test_a_claim_taken_over_can_neither_record_an_answer_nor_finish(
    services: Services, clock: FakeClock
) -> None:
    inbox = _inbox(services)
    item_id = await _accepted(services, "e1")
    stalled = await inbox.claim(item_id)
    assert stalled is not None
    clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
    assert await inbox.requeue_abandoned() == 1
    successor = await inbox.claim(item_id)
    assert successor is not None
    answer = StoredAnswer(AgentResponse.complete("Added Sushi Zen"), "en")
    with pytest.raises(ClaimLostError):
        async with services.sessions() as session, session.begin():
            await record_answer(session, stalled, answer)
    assert not await inbox.finish(stalled)
    async with services.sessions() as session, session.begin():
        await record_answer(session, successor, answer)
    async with services.sessions() as session:
        row = await session.get(InboxEvent, item_id)
        assert row is not None
        assert row.status == ANSWERED
    # Answered once: a second record (a re-run that missed the stored answer) is refused too.
    with pytest.raises(ClaimLostError):
        async with services.sessions() as session, session.begin():
            await record_answer(session, successor, answer)


async def test_a_turn_whose_claim_was_taken_over_rolls_its_change_back(
    services: Services, clock: FakeClock
) -> None:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, clock)
    inbox = _inbox(services)
    item_id = await _accepted(services, "e1")
    stalled = await inbox.claim(item_id)
    assert stalled is not None
    clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
    await inbox.requeue_abandoned()
    assert await inbox.claim(item_id) is not None  # another process runs it now
    turn = Turn(
        conversation_key="fake:u1",
        user_id=created.traveler.id,
        itinerary_id=itinerary.id,
        text="add Sushi Zen restaurant on day 2",
        delivery=stalled,
    )
    with pytest.raises(ClaimLostError):
        await services.orchestrator.handle(turn)
    async with services.sessions() as session:
        versions = await session.scalar(
            select(func.count())
            .select_from(ItineraryVersion)
            .where(ItineraryVersion.itinerary_id == itinerary.id)
        )
    assert versions == 0  # the stalled process's add never landed
