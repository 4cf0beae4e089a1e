"""Chats the platform will not deliver to: Telegram 403 "blocked by the user" marks the chat
blocked (the push goes another way or waits until they write); Slack channel_not_found /
not_in_channel / account_inactive end the row with the reason. Platforms faked at HTTP."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.slack.channel import SlackChannel
from adapters.slack.sender import SlackSender
from adapters.slack.signature import SlackSignature
from adapters.telegram.channel import TelegramChannel
from adapters.telegram.sender import TelegramSender
from core.services.identity import IdentityService
from core.services.outbox import DEAD, HELD, SENT
from core.services.outbox_dispatch import release_held
from core.services.outbox_drain import drain_outbox
from core.services.outbox_routing import BLOCKED, TextSender
from core.storage.models import ChannelIdentity, OutboxMessage
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import Chat, FakeChannel, add_traveler, queue_alert
from tests.fakes.slack import BOT_TOKEN, RecordingSleep, running_fake_slack
from tests.fakes.telegram import TOKEN, FakeTelegram, payload

Sessions = async_sessionmaker[AsyncSession]


def telegram(fake: FakeTelegram) -> TelegramChannel:
    sender = TelegramSender(
        TOKEN, base_url="https://telegram.test", client=fake.client(), sleep=_no_wait
    )
    return TelegramChannel(sender, None)


async def _no_wait(seconds: float) -> None:
    return None


def blocked(fake: FakeTelegram) -> None:
    import httpx

    fake.fail_next("sendMessage", httpx.Response(403, json=payload("error_403_blocked.json")))


async def _row(sessions: Sessions) -> OutboxMessage:
    async with sessions() as session:
        row = await session.scalar(select(OutboxMessage))
        assert row is not None
        return row


async def _drain(sessions: Sessions, clock: FakeClock, senders: Mapping[str, TextSender]) -> None:
    await drain_outbox(sessions, clock, senders, sleep=RecordingSleep(clock))


async def test_a_blocked_telegram_chat_is_skipped_and_the_push_goes_elsewhere(
    sessions: Sessions, clock: FakeClock
) -> None:
    fake, other = FakeTelegram(), FakeChannel()
    async with sessions() as session, session.begin():
        traveler = await add_traveler(
            session,
            clock,
            [Chat("telegram", "42", last_inbound_at=clock.now()), Chat("web", "w1")],
        )
        await queue_alert(session, clock, traveler)
    blocked(fake)
    senders = {"telegram": telegram(fake), "web": other}
    await _drain(sessions, clock, senders)
    # Routed again in the same run, to the other chat; the refusal was not an attempt.
    row = await _row(sessions)
    assert (row.status, row.attempts, row.channel) == (SENT, 0, "web")
    async with sessions() as session:
        chat = await session.scalar(select(ChannelIdentity).where(ChannelIdentity.chat_id == "42"))
        assert chat is not None
        assert chat.blocked_at == clock.now()
    assert [chat for chat, _ in other.sent] == ["w1"]
    assert len(fake.bodies("sendMessage")) == 1  # the blocked chat was not tried again


async def test_a_blocked_only_chat_holds_the_push_until_they_write(
    sessions: Sessions, clock: FakeClock
) -> None:
    fake = FakeTelegram()
    async with sessions() as session, session.begin():
        traveler = await add_traveler(
            session, clock, [Chat("telegram", "42", last_inbound_at=clock.now())]
        )
        await queue_alert(session, clock, traveler)
    blocked(fake)
    senders = {"telegram": telegram(fake)}
    await _drain(sessions, clock, senders)
    await _drain(sessions, clock, senders)
    row = await _row(sessions)
    assert (row.status, row.last_error) == (HELD, BLOCKED)
    async with sessions() as session, session.begin():
        chat = await session.scalar(select(ChannelIdentity))
        assert chat is not None
        await IdentityService(session, clock, None).resolve(
            channel="telegram",
            external_user_id=chat.external_user_id,
            chat_id="42",
            display_name=None,
            phone=None,
            locale=None,
        )
        await release_held(session, clock, traveler)
    await _drain(sessions, clock, senders)
    assert (await _row(sessions)).status == SENT
    assert len(fake.bodies("sendMessage")) == 2


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "account_inactive"])
async def test_a_gone_slack_channel_ends_the_row_with_the_reason(
    sessions: Sessions, clock: FakeClock, error: str
) -> None:
    async with running_fake_slack() as fake:
        fake.fail("chat.postMessage", 200, {"ok": False, "error": error})
        sender = SlackSender(BOT_TOKEN, fake.base_url, clock, sleep=RecordingSleep(clock))
        channel = SlackChannel(SlackSignature("secret", clock), sender)
        async with sessions() as session, session.begin():
            traveler = await add_traveler(session, clock, [Chat("slack", "C0123")])
            await queue_alert(session, clock, traveler)
        await _drain(sessions, clock, {"slack": channel})
        await sender.aclose()
    row = await _row(sessions)
    assert row.status == DEAD
    assert row.last_error is not None
    assert error in row.last_error
    assert row.attempts == 0
