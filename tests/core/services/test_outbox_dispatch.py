"""Outbox dispatch pieces: claiming under a lease, channel choice, outcomes, cancellation."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.services.outbox import DEAD, HELD, HIGH_PRIORITY, PENDING, SENDING, SENT
from core.services.outbox_dispatch import (
    BACKOFF_CAP_SECONDS,
    MAX_ATTEMPTS,
    backoff_seconds,
    claim_due,
    release_held,
    send_claimed,
)
from core.services.outbox_routing import (
    AWAITING_WINDOW,
    NO_CHANNEL,
    OPTED_OUT,
    Contact,
    Route,
    Skip,
    choose_route,
)
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import (
    Chat,
    FakeChannel,
    FakeWhatsApp,
    add_traveler,
    outbox_rows,
    queue_alert,
)

Sessions = async_sessionmaker[AsyncSession]


def _contact(
    clock: FakeClock, channel: str, hours_ago: float | None, *, opted_out: bool = False
) -> Contact:
    last = None if hours_ago is None else clock.now() - timedelta(hours=hours_ago)
    return Contact(channel, f"{channel}-chat", last, opted_out, clock.now() - timedelta(days=30))


TELEGRAM_AND_WHATSAPP = {"telegram": FakeChannel(), "whatsapp": FakeWhatsApp()}


def test_the_most_recently_active_usable_chat_is_chosen(clock: FakeClock) -> None:
    contacts = [
        _contact(clock, "telegram", 5),
        _contact(clock, "whatsapp", 1),
        _contact(clock, "slack", 0.1),  # the slack channel is not enabled here
    ]
    route = choose_route(contacts, TELEGRAM_AND_WHATSAPP, now=clock.now(), template_sid=None)
    assert route == Route("whatsapp", "whatsapp-chat")


def test_opted_out_everywhere_is_dead_and_no_usable_chat_is_held(clock: FakeClock) -> None:
    senders = TELEGRAM_AND_WHATSAPP
    everywhere = [_contact(clock, "telegram", 1, opted_out=True)]
    assert choose_route(everywhere, senders, now=clock.now(), template_sid=None) == Skip(
        DEAD, OPTED_OUT
    )
    # Opted out on one chat only: the other chat still gets pushes.
    mixed = [_contact(clock, "whatsapp", 1, opted_out=True), _contact(clock, "telegram", 9)]
    assert choose_route(mixed, senders, now=clock.now(), template_sid=None) == Route(
        "telegram", "telegram-chat"
    )
    for contacts in ([], [_contact(clock, "slack", 1)]):
        assert choose_route(contacts, senders, now=clock.now(), template_sid=None) == Skip(
            HELD, NO_CHANNEL
        )


def test_whatsapp_outside_the_window_uses_the_template_else_another_chat_else_waits(
    clock: FakeClock,
) -> None:
    senders = TELEGRAM_AND_WHATSAPP
    stale = _contact(clock, "whatsapp", 25)
    telegram = _contact(clock, "telegram", 48)
    now = clock.now()
    assert choose_route([stale, telegram], senders, now=now, template_sid="HX1") == Route(
        "whatsapp", "whatsapp-chat", "HX1"
    )
    assert choose_route([stale, telegram], senders, now=now, template_sid=None) == Route(
        "telegram", "telegram-chat"
    )
    assert choose_route([stale], senders, now=now, template_sid=None) == Skip(HELD, AWAITING_WINDOW)
    never_wrote = _contact(clock, "whatsapp", None)
    assert choose_route([never_wrote], senders, now=now, template_sid=None) == Skip(
        HELD, AWAITING_WINDOW
    )
    # A WhatsApp channel that cannot send templates cannot use the template either.
    plain = {"whatsapp": FakeChannel()}
    assert choose_route([stale], plain, now=now, template_sid="HX1") == Skip(HELD, AWAITING_WINDOW)
    fresh = _contact(clock, "whatsapp", 23)
    assert choose_route([fresh], senders, now=now, template_sid="HX1") == Route(
        "whatsapp", "whatsapp-chat"
    )


def test_backoff_grows_is_bounded_and_jittered() -> None:
    assert backoff_seconds(1, lambda: 1.0) == 30
    assert backoff_seconds(3, lambda: 1.0) == 120
    assert backoff_seconds(3, lambda: 0.0) == 60
    assert backoff_seconds(40, lambda: 1.0) == BACKOFF_CAP_SECONDS


async def test_claims_go_by_priority_then_age_and_leases_block_other_workers(
    sessions: Sessions, clock: FakeClock
) -> None:
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "1")])
        await queue_alert(session, clock, traveler, key="old-normal")
        clock.advance(seconds=1)
        await queue_alert(session, clock, traveler, key="new-high", priority=HIGH_PRIORITY)
        clock.advance(seconds=1)
        await queue_alert(session, clock, traveler, key="newest-normal")
    first = await claim_due(sessions, clock, limit=2)
    rows = {row.id: row for row in await outbox_rows(sessions)}
    assert [rows[c.id].idempotency_key for c in first] == ["new-high", "old-normal"]
    assert {rows[c.id].status for c in first} == {SENDING}
    assert first[0].lease_until == clock.now() + timedelta(seconds=60)
    # Another worker gets only the rest; leased rows wait for their lease to run out.
    second = await claim_due(sessions, clock, limit=10)
    assert [rows[c.id].idempotency_key for c in second] == ["newest-normal"]
    assert await claim_due(sessions, clock, limit=10) == []
    clock.advance(seconds=61)
    again = await claim_due(sessions, clock, limit=10)
    assert [rows[c.id].idempotency_key for c in again] == [
        "new-high",
        "old-normal",
        "newest-normal",
    ]


async def test_rows_due_later_are_not_claimed(sessions: Sessions, clock: FakeClock) -> None:
    from core.services.outbox import enqueue_push

    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "1")])
        await enqueue_push(
            session,
            clock,
            key="quiet",
            traveler_id=traveler,
            kind="digest",
            text="Your digest",
            not_before=clock.now() + timedelta(hours=8),
        )
    assert await claim_due(sessions, clock, limit=10) == []
    clock.advance(hours=8)
    assert len(await claim_due(sessions, clock, limit=10)) == 1


async def test_failures_back_off_then_go_dead(sessions: Sessions, clock: FakeClock) -> None:
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "1")])
        await queue_alert(session, clock, traveler)
    broken = FakeChannel(always_fail=True)
    route = Route("telegram", "1")
    for attempt in range(1, MAX_ATTEMPTS + 1):
        (claim,) = await claim_due(sessions, clock, limit=1)
        status = await send_claimed(sessions, clock, claim, route, broken, lambda: 0.5)
        (row,) = await outbox_rows(sessions)
        assert row.attempts == attempt
        assert row.last_error == "PlatformError: HTTP 502 Bad Gateway after 3 tries"
        if attempt < MAX_ATTEMPTS:
            assert status == row.status == PENDING
            assert row.next_attempt_at > clock.now()
            assert await claim_due(sessions, clock, limit=1) == []  # not before the backoff
            clock.advance(hours=2)
    assert status == row.status == DEAD
    clock.advance(days=1)
    assert await claim_due(sessions, clock, limit=1) == []


async def test_a_row_near_the_end_of_its_lease_is_given_back_unsent(
    sessions: Sessions, clock: FakeClock
) -> None:
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "1")])
        await queue_alert(session, clock, traveler)
    (claim,) = await claim_due(sessions, clock, limit=1)
    clock.advance(seconds=55)
    channel = FakeChannel()
    status = await send_claimed(sessions, clock, claim, Route("telegram", "1"), channel, lambda: 0)
    (row,) = await outbox_rows(sessions)
    assert status == row.status == PENDING
    assert row.attempts == 0
    assert channel.sent == []


async def test_cancelling_a_worker_mid_send_still_records_the_send(
    sessions: Sessions, clock: FakeClock
) -> None:
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "1")])
        await queue_alert(session, clock, traveler)
    (claim,) = await claim_due(sessions, clock, limit=1)
    slow = FakeChannel(delay=0.05, notify_at=1)
    task = asyncio.create_task(
        send_claimed(sessions, clock, claim, Route("telegram", "1"), slow, lambda: 0)
    )
    await slow.reached.wait()  # the platform has the message; its answer is still coming
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert task.cancelled()
    (row,) = await outbox_rows(sessions)
    assert row.status == SENT
    assert (row.channel, row.chat_id) == ("telegram", "1")


async def test_held_rows_come_back_when_the_traveler_writes(
    sessions: Sessions, clock: FakeClock
) -> None:
    from core.services.outbox_dispatch import mark_skipped

    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("whatsapp", "+1")])
        await queue_alert(session, clock, traveler)
    (claim,) = await claim_due(sessions, clock, limit=1)
    await mark_skipped(sessions, claim, Skip(HELD, AWAITING_WINDOW))
    assert await claim_due(sessions, clock, limit=1) == []
    async with sessions() as session, session.begin():
        assert await release_held(session, clock, traveler) == 1
    assert len(await claim_due(sessions, clock, limit=1)) == 1
