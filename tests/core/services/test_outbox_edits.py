"""The outbox sending edits: applied, skipped with a reason, or retried like a push."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Mapping

import pytest
from sqlalchemy import select, update

from bots.container import Services, build_services
from core.config import Settings
from core.delivery import ChatUnreachableError
from core.edits import MessageEdit, MessageNotEditableError, SentMessage
from core.orchestrator import Turn
from core.services.demo_seed import create_demo_trip
from core.services.outbox import DEAD, PENDING, SENT, SKIPPED
from core.services.outbox_dispatch import MAX_ATTEMPTS
from core.services.outbox_drain import drain_outbox
from core.services.outbox_edits import CANNOT_EDIT
from core.services.reply_edits import remember_reply
from core.storage.db import upgrade_schema
from core.storage.models import EnrichmentTask, OutboxMessage
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import FakeChannel

FAST = {"telegram": 1_000_000.0}


class ChatGoneError(ChatUnreachableError):
    blocked = False


class EditingChannel(FakeChannel):
    """A channel that can edit; raises `error` on every edit when one is given."""

    def __init__(self, error: Exception | None = None) -> None:
        super().__init__()
        self.error = error
        self.edits: list[MessageEdit] = []

    async def edit_message(self, edit: MessageEdit) -> None:
        if self.error is not None:
            raise self.error
        self.edits.append(edit)


@pytest.fixture
async def services(settings: Settings, clock: FakeClock) -> AsyncIterator[Services]:
    built = build_services(settings, clock)
    await upgrade_schema(built.engine)
    assert built.demo_places is not None
    async with built.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, built.demo_places, clock)
    user = created.traveler.id
    await built.orchestrator.handle(
        Turn(
            conversation_key=f"t:{user}",
            user_id=user,
            itinerary_id=itinerary.id,
            text="add Sushi Zen restaurant on day 2",
        )
    )
    async with built.sessions() as session, session.begin():
        await session.execute(update(EnrichmentTask).values(inbox_event_id=7))
        await remember_reply(
            session,
            clock,
            inbox_event_id=7,
            channel="telegram",
            sent=SentMessage("4242", "101", {"text": "Added Sushi Zen to day 2 for lunch ✅"}),
            locale="en",
        )
    while await built.enrichment.run_once():
        pass
    yield built
    await built.close()


async def drain(services: Services, senders: Mapping[str, FakeChannel]) -> Counter[str]:
    return await drain_outbox(services.sessions, services.clock, senders, rates=FAST)


async def the_edit(services: Services) -> OutboxMessage:
    async with services.sessions() as session:
        [row] = await session.scalars(select(OutboxMessage))
    return row


async def test_an_edit_goes_to_the_chat_of_its_message(services: Services) -> None:
    telegram = EditingChannel()
    assert await drain(services, {"telegram": telegram}) == Counter({SENT: 1})
    [edit] = telegram.edits
    assert (edit.chat_id, edit.message_id) == ("4242", "101")
    assert edit.details.startswith("ℹ️ Sushi Zen")
    assert telegram.sent == []  # no new message
    row = await the_edit(services)
    assert (row.status, row.channel, row.chat_id, row.attempts) == (SENT, "telegram", "4242", 0)


@pytest.mark.parametrize(
    ("senders", "reason"),
    [
        ({}, CANNOT_EDIT),  # the channel is off in this process
        ({"telegram": FakeChannel()}, CANNOT_EDIT),  # a channel that cannot edit
        (
            {"telegram": EditingChannel(MessageNotEditableError("message can't be edited"))},
            "telegram: message can't be edited",
        ),
        ({"telegram": EditingChannel(ChatGoneError("chat not found"))}, "telegram: chat not found"),
    ],
)
async def test_edits_that_cannot_be_made_are_skipped_once(
    services: Services, clock: FakeClock, senders: dict[str, FakeChannel], reason: str
) -> None:
    assert await drain(services, senders) == Counter({SKIPPED: 1})
    row = await the_edit(services)
    assert (row.status, row.last_error, row.attempts) == (SKIPPED, reason, 0)
    clock.advance(hours=1)
    assert await drain(services, senders) == Counter()


async def test_a_platform_failure_is_retried_with_backoff_then_given_up(
    services: Services, clock: FakeClock
) -> None:
    failing = {"telegram": EditingChannel(RuntimeError("502 Bad Gateway after 4 tries"))}
    assert await drain(services, failing) == Counter({PENDING: 1})
    row = await the_edit(services)
    assert row.attempts == 1
    assert row.next_attempt_at > clock.now()
    assert await drain(services, failing) == Counter()  # not due yet: no storm
    for _ in range(MAX_ATTEMPTS - 1):
        clock.advance(hours=2)
        await drain(services, failing)
    row = await the_edit(services)
    assert (row.status, row.attempts) == (DEAD, MAX_ATTEMPTS)
