"""Which sent answer gets which edit: linking, either order of answer and details, one edit each."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select, update

from bots.container import Services
from core.edits import DetailsNote, MessageEdit, SentMessage
from core.orchestrator import Turn
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService
from core.services.outbox import PENDING, SENT
from core.services.reply_edits import (
    EDIT_WINDOW,
    PLACES_GONE,
    RESENT,
    TOO_OLD,
    PlannedEdit,
    plan_edit_of,
    queue_edit_after,
    remember_reply,
)
from core.storage.models import EnrichmentTask, OutboxMessage, SentReply
from tests.fakes.clock import FakeClock

INBOX = 77  # the chat delivery whose turn added the places
ADDED = "Added Sushi Zen to day 2 for lunch ✅"


async def add_from_chat(services: Services, *texts: str) -> None:
    """A demo trip, and places added by one chat delivery (the turns' tasks carry its id)."""
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    for text in texts:
        user = created.traveler.id
        turn = Turn(
            conversation_key=f"t:{user}", user_id=user, itinerary_id=itinerary.id, text=text
        )
        answer = await services.orchestrator.handle(turn)
        assert answer.response.background_task is not None, answer.response.message
    async with services.sessions() as session, session.begin():
        await session.execute(update(EnrichmentTask).values(inbox_event_id=INBOX))


async def remember(services: Services, message_id: str = "501", locale: str = "en") -> int | None:
    async with services.sessions() as session, session.begin():
        return await remember_reply(
            session,
            services.clock,
            inbox_event_id=INBOX,
            channel="telegram",
            sent=SentMessage("4242", message_id, {"text": ADDED}),
            locale=locale,
        )


async def edits(services: Services) -> list[OutboxMessage]:
    async with services.sessions() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


async def plan(services: Services, reply_id: int) -> PlannedEdit | str:
    async with services.sessions() as session:
        return await plan_edit_of(session, services.clock, reply_id)


async def enrich_all(services: Services) -> None:
    while await services.enrichment.run_once():
        pass


async def test_an_answer_kept_first_is_edited_when_its_details_arrive(services: Services) -> None:
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    reply_id = await remember(services)
    assert reply_id is not None
    assert await edits(services) == []  # nothing to show yet
    await enrich_all(services)
    [row] = await edits(services)
    assert (row.kind, row.status, row.reply_id) == ("edit", PENDING, reply_id)
    assert row.idempotency_key.startswith(f"edit:{reply_id}:")
    planned = await plan(services, reply_id)
    assert isinstance(planned, PlannedEdit)
    assert planned.channel == "telegram"
    assert (planned.edit.chat_id, planned.edit.message_id) == ("4242", "501")
    assert planned.edit.original == {"text": ADDED}
    assert planned.edit.details.startswith("ℹ️ Sushi Zen · ★ 4.5 (234 reviews)")
    assert row.text == planned.edit.details


async def test_details_that_arrive_first_are_queued_when_the_answer_is_kept(
    services: Services,
) -> None:
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    await enrich_all(services)  # faster than the platform's answer to sendMessage
    assert await edits(services) == []
    reply_id = await remember(services, locale="pt")
    [row] = await edits(services)
    assert row.reply_id == reply_id
    assert "(234 avaliações)" in row.text  # in the language the answer was given in


async def test_two_places_of_one_answer_share_the_pending_edit(services: Services) -> None:
    await add_from_chat(
        services, "add Sushi Zen restaurant on day 2", "add Tokyo Bay restaurant on day 3"
    )
    reply_id = await remember(services)
    assert reply_id is not None
    assert await services.enrichment.run_once()
    assert await services.enrichment.run_once()
    assert len(await edits(services)) == 1  # planned when sent: the pending one shows both
    planned = await plan(services, reply_id)
    assert isinstance(planned, PlannedEdit)
    assert [note.text.split(" · ")[0] for note in planned.edit.notes] == [
        "ℹ️ Sushi Zen",
        "ℹ️ Tokyo Bay",
    ]


async def test_an_edit_already_sent_is_followed_by_one_for_the_next_place(
    services: Services,
) -> None:
    await add_from_chat(
        services, "add Sushi Zen restaurant on day 2", "add Tokyo Bay restaurant on day 3"
    )
    await remember(services)
    assert await services.enrichment.run_once()
    async with services.sessions() as session, session.begin():
        await session.execute(update(OutboxMessage).values(status=SENT))
    assert await services.enrichment.run_once()
    assert [row.status for row in await edits(services)] == [SENT, PENDING]


async def test_details_done_twice_queue_one_edit(services: Services) -> None:
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    await remember(services)
    await enrich_all(services)
    async with services.sessions() as session, session.begin():
        [task_id] = await session.scalars(select(EnrichmentTask.id))
        await session.execute(update(OutboxMessage).values(status=SENT))
        # The same task reported done again (a re-run): its edit is not queued twice.
        assert await queue_edit_after(session, services.clock, task_id) is False
    assert len(await edits(services)) == 1


async def test_an_answer_sent_again_gets_the_details_instead(services: Services) -> None:
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    first = await remember(services, "501")
    await enrich_all(services)
    # The process died before the delivery was marked done: the answer goes out again.
    second = await remember(services, "502")
    assert first is not None
    assert second is not None
    older, newer = await edits(services)
    assert (older.reply_id, newer.reply_id) == (first, second)
    assert await plan(services, first) == RESENT
    planned = await plan(services, second)
    assert isinstance(planned, PlannedEdit)
    assert planned.edit.message_id == "502"


async def test_a_turn_without_a_chat_delivery_keeps_nothing(services: Services) -> None:
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    async with services.sessions() as session, session.begin():
        await session.execute(update(EnrichmentTask).values(inbox_event_id=None))
    assert await remember(services) is None
    async with services.sessions() as session:
        assert list(await session.scalars(select(SentReply))) == []


async def test_too_old_and_removed_places_are_planned_as_reasons(
    services: Services, clock: FakeClock
) -> None:
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    reply_id = await remember(services)
    assert reply_id is not None
    await enrich_all(services)
    clock.advance(seconds=EDIT_WINDOW.total_seconds() + 1)
    assert await plan(services, reply_id) == TOO_OLD
    clock.advance(seconds=-EDIT_WINDOW.total_seconds())
    async with services.sessions() as session, session.begin():
        await session.execute(update(EnrichmentTask).values(node_id="n0000000000"))
    assert await plan(services, reply_id) == PLACES_GONE


async def test_a_failing_edit_never_costs_the_details(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    await remember(services)

    async def broken(*_: object) -> bool:
        raise RuntimeError("a bug while wording the edit")

    monkeypatch.setattr("core.services.enrichment.queue_edit_after", broken)
    await enrich_all(services)
    async with services.sessions() as session:
        [task] = await session.scalars(select(EnrichmentTask))
        trip = await ItineraryService(session, services.clock).get(task.itinerary_id)
    assert task.status == "done"
    [node] = [n for day in trip.days for n in day.nodes if n.id == task.node_id]
    assert node.enrichment is not None
    assert await edits(services) == []


@pytest.mark.parametrize("enrichment_first", [True, False])
async def test_answer_and_details_committing_together_queue_the_edit(
    services: Services, enrichment_first: bool
) -> None:
    """Whichever of the two transactions commits second sees the other and queues the edit.

    The first one is held open after its writes while the second starts: on PostgreSQL the
    second waits on the task row's lock, on SQLite for the one writer.
    """
    await add_from_chat(services, "add Sushi Zen restaurant on day 2")
    await enrich_all(services)  # the node has its details; replay the task's last step
    async with services.sessions() as session, session.begin():
        await session.execute(update(EnrichmentTask).values(status="running"))
    holding = asyncio.Event()
    release = asyncio.Event()

    async def hold_if(first: bool) -> None:
        if first:
            holding.set()
            await release.wait()
        else:
            await holding.wait()

    async def finish_enrichment() -> None:
        if not enrichment_first:
            await hold_if(False)
        async with services.sessions() as session, session.begin():
            await session.execute(update(EnrichmentTask).values(status="done"))
            [task_id] = await session.scalars(select(EnrichmentTask.id))
            await queue_edit_after(session, services.clock, task_id)
            if enrichment_first:
                await hold_if(True)

    async def keep_answer() -> None:
        if enrichment_first:
            await hold_if(False)
        async with services.sessions() as session, session.begin():
            await remember_reply(
                session,
                services.clock,
                inbox_event_id=INBOX,
                channel="telegram",
                sent=SentMessage("4242", "501", {"text": ADDED}),
                locale="en",
            )
            if not enrichment_first:
                await hold_if(True)

    running = asyncio.gather(finish_enrichment(), keep_answer())
    await asyncio.wait_for(holding.wait(), timeout=10)
    await asyncio.sleep(0.2)  # the second transaction is now waiting for the first
    release.set()
    await asyncio.wait_for(running, timeout=30)
    [row] = await edits(services)
    assert (row.kind, row.status) == ("edit", PENDING)


def test_an_edit_carries_the_first_photo_among_its_places() -> None:
    notes = (
        DetailsNote("a"),
        DetailsNote("b", "https://p.test/2.jpg"),
        DetailsNote("c", "https://p.test/3.jpg"),
    )
    edit = MessageEdit("1", "2", {"text": "x"}, notes)
    assert edit.photo_url == "https://p.test/2.jpg"
    assert edit.details == "a\n\nb\n\nc"
    assert MessageEdit("1", "2", {}, (DetailsNote("a"),)).photo_url is None
