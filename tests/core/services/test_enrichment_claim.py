"""The enrichment claim: one UPDATE … RETURNING hands a worker its task, locale and whether more."""

from __future__ import annotations

from bots.container import Services
from core.services.demo_seed import create_demo_trip
from core.services.enrichment_queue import claim_next, enqueue_enrichment


async def test_a_claim_takes_the_oldest_due_task_and_says_whether_another_is_due(
    services: Services,
) -> None:
    assert services.demo_places is not None
    clock = services.clock
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, clock)
        await enqueue_enrichment(session, clock, itinerary.id, "n1", "p1")
        await enqueue_enrichment(session, clock, itinerary.id, "n2", "p2")
    locale = created.traveler.locale
    assert locale  # read through the itinerary to its traveler
    claims = []
    for _ in range(3):
        async with services.sessions() as session, session.begin():
            claims.append(await claim_next(session, clock.now()))
    first, second, third = claims
    assert first is not None
    assert second is not None
    assert third is None
    assert (first.task.node_id, first.task.attempts, first.more) == ("n1", 1, True)
    assert (second.task.node_id, second.task.attempts, second.more) == ("n2", 1, False)
    assert first.locale == second.locale == locale
    assert first.task.itinerary_id == itinerary.id
    assert first.task.place_id == "p1"
