"""dispatch_outbox end to end: exactly-once across a restart, retries, opt-outs, WhatsApp, order."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import secrets
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bots.logs import JsonLines
from core.config import Settings
from core.metrics import REGISTRY
from core.services.outbox import DEAD, HELD, HIGH_PRIORITY, SENDING, SENT, enqueue_push
from core.services.outbox_dispatch import MAX_ATTEMPTS
from core.services.outbox_drain import drain_outbox
from core.services.outbox_routing import AWAITING_WINDOW, OPTED_OUT
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema
from core.storage.models import ChannelIdentity, Traveler
from jobs.context import JobContext
from jobs.dispatch_outbox import JOB, run_dispatch_outbox
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import (
    Chat,
    FakeChannel,
    FakeWhatsApp,
    add_traveler,
    outbox_rows,
    queue_alert,
)
from tests.fakes.postgres import throwaway_database
from tests.jobs.people import running_jobs

Sessions = async_sessionmaker[AsyncSession]
FAST = {"telegram": 1_000_000.0}  # pacing is tested on its own; these tests need speed


async def _seed_many(sessions: Sessions, clock: FakeClock, count: int) -> None:
    """`count` travelers with one Telegram chat each ("chat-<n>") and one pending alert each."""
    ids = [secrets.token_hex(16) for _ in range(count)]
    async with sessions() as session, session.begin():
        session.add_all(
            Traveler(id=i, name="T", token_hash=secrets.token_hex(32), created_at=clock.now())
            for i in ids
        )
        await session.flush()
        session.add_all(
            ChannelIdentity(
                channel="telegram",
                external_user_id=str(n),
                chat_id=f"chat-{n}",
                traveler_id=traveler,
                created_at=clock.now(),
            )
            for n, traveler in enumerate(ids)
        )
        for traveler in ids:
            await enqueue_push(
                session,
                clock,
                key=f"alert:1:{traveler}",
                traveler_id=traveler,
                kind="alert",
                text="Typhoon warning for Kyoto",
                priority=HIGH_PRIORITY,
            )


async def test_a_cancelled_dispatcher_and_a_restart_deliver_each_alert_exactly_once(
    ctx: JobContext, clock: FakeClock
) -> None:
    sessions = ctx.sessions
    await _seed_many(sessions, clock, 1000)
    channel = FakeChannel(delay=0.002, notify_at=333)
    senders = {"telegram": channel}
    first = asyncio.create_task(
        drain_outbox(sessions, clock, senders, rates=FAST, batch_size=50, concurrency=8)
    )
    await channel.reached.wait()
    first.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await first
    assert first.cancelled()
    rows = await outbox_rows(sessions)
    statuses = Counter(row.status for row in rows)
    # Every message the platform accepted is recorded, even those in flight at the cancel.
    assert statuses[SENT] == len(channel.sent) < 1000
    stranded = statuses[SENDING]
    assert stranded > 0  # claimed by the cancelled worker, never sent: leased, not lost

    # A new dispatcher right away sends everything except the rows still under lease...
    await drain_outbox(sessions, clock, senders, rates=FAST)
    assert len(channel.sent) == 1000 - stranded
    # ...and those once the lease has run out.
    clock.advance(seconds=61)
    outcome = await drain_outbox(sessions, clock, senders, rates=FAST)
    assert outcome[SENT] == stranded
    per_chat = Counter(chat for chat, _ in channel.sent)
    assert len(per_chat) == 1000
    assert set(per_chat.values()) == {1}
    assert {row.status for row in await outbox_rows(sessions)} == {SENT}


async def test_a_failed_send_logs_its_channel_and_traveler_as_json_keys(
    ctx: JobContext, clock: FakeClock
) -> None:
    ctx.senders = {"telegram": FakeChannel(always_fail=True)}
    async with ctx.sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "42")])
        await queue_alert(session, clock, traveler)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines())
    logger = logging.getLogger("core.services.outbox_dispatch")
    logger.addHandler(handler)
    try:
        await run_dispatch_outbox(ctx)
    finally:
        logger.removeHandler(handler)
    (line,) = [json.loads(text) for text in stream.getvalue().splitlines()]
    assert "send failed" in line["message"]
    assert (line["channel"], line["travelerId"]) == ("telegram", traveler)


async def test_transient_failures_are_retried_and_counted(
    ctx: JobContext, clock: FakeClock
) -> None:
    channel = FakeChannel(fail_times=2)
    ctx.senders = {"telegram": channel}
    async with ctx.sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "42")])
        await queue_alert(session, clock, traveler)
    sends_before = {result: _pushes(result) for result in ("retry", "sent")}
    for attempt in (1, 2):
        assert await run_dispatch_outbox(ctx) == 0
        (row,) = await outbox_rows(ctx.sessions)
        assert (row.status, row.attempts) == ("pending", attempt)
        assert row.last_error is not None
        assert "502" in row.last_error
        assert await run_dispatch_outbox(ctx) == 0  # not before the backoff ends
        clock.advance(hours=1, minutes=1)
    assert await run_dispatch_outbox(ctx) == 1
    (row,) = await outbox_rows(ctx.sessions)
    assert (row.status, row.attempts, row.channel, row.chat_id) == (SENT, 2, "telegram", "42")
    assert row.sent_at == clock.now()
    assert channel.sent == [("42", "Typhoon warning for Kyoto")]
    assert channel.calls == 3
    assert _pushes("retry") - sends_before["retry"] == 2
    assert _pushes("sent") - sends_before["sent"] == 1


def _pushes(result: str) -> float:
    """The sends_total metric for Telegram pushes with `result`."""
    labels = {"channel": "telegram", "kind": "push", "result": result}
    return REGISTRY.get_sample_value("traveloure_sends_total", labels) or 0.0


async def test_a_permanent_failure_ends_as_a_dead_letter(ctx: JobContext, clock: FakeClock) -> None:
    channel = FakeChannel(always_fail=True)
    ctx.senders = {"telegram": channel}
    async with ctx.sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "42")])
        await queue_alert(session, clock, traveler)
    for _ in range(MAX_ATTEMPTS + 2):
        await run_dispatch_outbox(ctx)
        clock.advance(hours=1, minutes=1)
    (row,) = await outbox_rows(ctx.sessions)
    assert (row.status, row.attempts) == (DEAD, MAX_ATTEMPTS)
    assert row.last_error == "PlatformError: HTTP 502 Bad Gateway after 3 tries"
    assert channel.calls == MAX_ATTEMPTS


async def test_opted_out_travelers_get_nothing(ctx: JobContext, clock: FakeClock) -> None:
    channel = FakeChannel()
    ctx.senders = {"telegram": channel}
    async with ctx.sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "42", opted_out=True)])
        await queue_alert(session, clock, traveler)
    assert await run_dispatch_outbox(ctx) == 0
    (row,) = await outbox_rows(ctx.sessions)
    assert (row.status, row.last_error) == (DEAD, OPTED_OUT)
    assert channel.calls == 0


async def test_whatsapp_outside_the_window_template_fallback_or_held(
    settings: Settings, clock: FakeClock
) -> None:
    configured = settings.model_copy(update={"twilio_template_safety_alert": "HXsafety"})
    async with running_jobs(configured, clock) as ctx:
        whatsapp, telegram = FakeWhatsApp(), FakeChannel()
        ctx.senders = {"whatsapp": whatsapp, "telegram": telegram}
        stale = clock.now() - timedelta(hours=30)
        variables = {"1": "Kyoto", "2": "Typhoon warning"}
        async with ctx.sessions() as session, session.begin():
            templated = await add_traveler(session, clock, [Chat("whatsapp", "whatsapp:+1", stale)])
            await queue_alert(
                session, clock, templated, template="safety_alert", variables=variables
            )
            both = await add_traveler(
                session,
                clock,
                [
                    Chat("whatsapp", "whatsapp:+2", stale),
                    Chat("telegram", "tg-2", stale - timedelta(days=2)),
                ],
            )
            # No digest template SID is configured: the traveler's Telegram chat is used.
            await queue_alert(session, clock, both, text="Your digest", template="digest")
            waiting = await add_traveler(session, clock, [Chat("whatsapp", "whatsapp:+3", stale)])
            await queue_alert(session, clock, waiting, text="Your digest", template="digest")
            recent = clock.now() - timedelta(hours=2)
            chatting = await add_traveler(session, clock, [Chat("whatsapp", "whatsapp:+4", recent)])
            await queue_alert(
                session, clock, chatting, template="safety_alert", variables=variables
            )
        assert await run_dispatch_outbox(ctx) == 3
        assert whatsapp.templates == [("whatsapp:+1", "HXsafety", variables)]
        assert telegram.sent == [("tg-2", "Your digest")]
        assert whatsapp.sent == [("whatsapp:+4", "Typhoon warning for Kyoto")]
        rows = {row.traveler_id: row for row in await outbox_rows(ctx.sessions)}
        assert (rows[templated].status, rows[templated].channel) == (SENT, "whatsapp")
        assert (rows[both].status, rows[both].channel) == (SENT, "telegram")
        assert (rows[waiting].status, rows[waiting].last_error) == (HELD, AWAITING_WINDOW)


async def test_higher_priority_goes_first_then_older(ctx: JobContext, clock: FakeClock) -> None:
    channel = FakeChannel()
    async with ctx.sessions() as session, session.begin():
        for name, priority in (("old-normal", 5), ("low", 9), ("high", 1), ("new-normal", 5)):
            traveler = await add_traveler(session, clock, [Chat("telegram", name)])
            await queue_alert(session, clock, traveler, text=name, priority=priority)
            clock.advance(seconds=1)
    await drain_outbox(
        ctx.sessions, clock, {"telegram": channel}, rates=FAST, batch_size=2, concurrency=1
    )
    assert [text for _, text in channel.sent] == ["high", "old-normal", "new-normal", "low"]


async def test_rows_whose_turn_comes_after_the_budget_go_back_unsent(
    ctx: JobContext, clock: FakeClock
) -> None:
    channel = FakeChannel()
    async with ctx.sessions() as session, session.begin():
        for n in range(5):
            traveler = await add_traveler(session, clock, [Chat("telegram", str(n))])
            await queue_alert(session, clock, traveler)
    # Time passes only while the pacer waits, so a slow database does not change the count.
    now = [0.0]

    async def wait(seconds: float) -> None:
        now[0] = max(now[0], now[0] + seconds)

    outcome = await drain_outbox(
        ctx.sessions,
        clock,
        {"telegram": channel},
        rates={"telegram": 10.0},  # one now, then one every 0.1 s
        budget_seconds=0.25,
        monotonic=lambda: now[0],
        sleep=wait,
    )
    assert outcome == {SENT: 3, "pending": 2}
    assert len(channel.sent) == 3
    waiting = [row for row in await outbox_rows(ctx.sessions) if row.status != SENT]
    assert [(row.status, row.attempts, row.lease_until) for row in waiting] == [
        ("pending", 0, None)
    ] * 2


async def test_the_job_runs_every_five_seconds() -> None:
    assert JOB.name == "dispatch_outbox"
    assert isinstance(JOB.trigger, IntervalTrigger)
    assert JOB.trigger.interval == timedelta(seconds=5)
    assert JOB.run is run_dispatch_outbox


# --- PostgreSQL: concurrent dispatchers with FOR UPDATE SKIP LOCKED ---------------------------


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A throwaway database on the local PostgreSQL, dropped afterwards."""
    async with throwaway_database() as url:
        yield url


@pytest.mark.postgres
async def test_two_dispatchers_on_postgres_send_each_row_once(
    pg_url: str, clock: FakeClock
) -> None:
    engines = [make_engine(pg_url), make_engine(pg_url)]
    try:
        await upgrade_schema(engines[0])
        one, two = (make_sessionmaker(engine) for engine in engines)
        await _seed_many(one, clock, 300)
        channels = [FakeChannel(delay=0.002), FakeChannel(delay=0.002)]
        results = await asyncio.gather(
            drain_outbox(
                one, clock, {"telegram": channels[0]}, rates=FAST, batch_size=20, concurrency=4
            ),
            drain_outbox(
                two, clock, {"telegram": channels[1]}, rates=FAST, batch_size=20, concurrency=4
            ),
        )
        assert [result[SENT] for result in results] == [len(c.sent) for c in channels]
        assert all(result[SENT] > 0 for result in results)  # both really worked
        per_chat = Counter(chat for channel in channels for chat, _ in channel.sent)
        assert len(per_chat) == 300
        assert set(per_chat.values()) == {1}
        assert {row.status for row in await outbox_rows(one)} == {SENT}
    finally:
        for engine in engines:
            await engine.dispose()


async def test_a_row_that_kills_every_worker_ends_as_a_dead_letter(
    ctx: JobContext, clock: FakeClock
) -> None:
    from core.services.outbox_dispatch import LOST, claim_due

    async with ctx.sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "42")])
        await queue_alert(session, clock, traveler)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        # A worker claims the row and dies before recording anything.
        [claim] = await claim_due(ctx.sessions, clock, limit=10)
        assert claim.attempts == attempt - 1
        clock.advance(seconds=61)  # its lease runs out
    assert await claim_due(ctx.sessions, clock, limit=10) == []
    (row,) = await outbox_rows(ctx.sessions)
    assert (row.status, row.attempts, row.last_error) == (DEAD, MAX_ATTEMPTS, LOST)
