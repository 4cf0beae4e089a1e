"""Slack: the "Added …" answer is updated in place (chat.update) once the details arrive.

Signed deliveries → answer (chat.postMessage) → enrichment → outbox → chat.update, against the
fake Web API; every update body is checked whole and against Block Kit's limits.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bots.container import Services
from core.services.outbox import SENT, SKIPPED
from core.services.outbox_drain import drain_outbox
from core.storage.models import OutboxMessage
from tests.fakes.clock import FakeClock
from tests.fakes.slack import (
    FakeSlack,
    assert_within_slack_limits,
    message_event,
    signed_headers,
    slack_service,
)

DM = "D0DMCHAN1"
FAST = {"slack": 1_000_000.0}
MAP = "https://www.google.com/maps/search/?api=1&amp;query=12.6531,54.0211"
World = tuple[httpx.AsyncClient, FakeSlack, Services]


@pytest.fixture
async def world(db_url: str, clock: FakeClock) -> AsyncIterator[World]:
    async with slack_service(db_url, clock) as built:
        yield built


async def say(world: World, clock: FakeClock, text: str, ts: str) -> dict[str, Any]:
    """Send a DM; the message the bot answered with, as Slack holds it."""
    http, fake, services = world
    body = json.dumps(message_event(text, ts)).encode()
    headers = signed_headers(body, int(clock.now().timestamp()))
    assert (await http.post("/webhooks/slack", content=body, headers=headers)).status_code == 200
    await services.pipeline.drain()
    ts_answer = list(fake.messages)[-1]
    return {"ts": ts_answer, **fake.messages[ts_answer]}


async def enrich_and_dispatch(services: Services) -> Counter[str]:
    while await services.enrichment.run_once():
        pass
    return await drain_outbox(
        services.sessions, services.clock, services.pipeline.channels, rates=FAST
    )


def section(block_id: str, text: str) -> dict[str, Any]:
    return {"type": "section", "block_id": block_id, "text": {"type": "mrkdwn", "text": text}}


async def test_the_added_message_is_updated_with_the_details(
    world: World, clock: FakeClock
) -> None:
    _, fake, services = world
    added = await say(world, clock, "add Sushi Zen restaurant on day 2", "1795424500.000100")
    assert added["text"] == "Added Sushi Zen to day 2 for lunch ✅"
    original_blocks = added["blocks"]

    assert await enrich_and_dispatch(services) == Counter({SENT: 1})
    details = f"ℹ️ Sushi Zen · ★ 4.5 (234 reviews) · $$$\n🕒 Every day: 11:00–22:00\n🗺️ Map: {MAP}"
    [update] = fake.bodies("chat.update")
    assert update == {
        "channel": DM,
        "ts": added["ts"],
        "text": f"Added Sushi Zen to day 2 for lunch ✅\n\n{details}",
        "blocks": [*original_blocks, section("details_0_0", details)],
    }
    assert_within_slack_limits(update)
    assert fake.messages[added["ts"]]["blocks"] == update["blocks"]  # edited, not a new post
    assert len(fake.bodies("chat.postMessage")) == 2  # the welcome and the answer, no more


async def test_a_portuguese_traveler_gets_portuguese_details(
    world: World, clock: FakeClock
) -> None:
    _, fake, services = world
    added = await say(world, clock, "adiciona o Sushi Zen no dia 2", "1795424500.000100")
    assert added["text"].startswith("Adicionei Sushi Zen")
    await enrich_and_dispatch(services)
    [update] = fake.bodies("chat.update")
    assert update["blocks"][-1] == section(
        "details_0_0",
        f"ℹ️ Sushi Zen · ★ 4.5 (234 avaliações) · $$$\n🕒 Todos os dias: 11:00–22:00\n🗺️ Mapa: {MAP}",
    )


async def test_a_deleted_message_is_skipped_not_retried(world: World, clock: FakeClock) -> None:
    _, fake, services = world
    added = await say(world, clock, "add Sushi Zen restaurant on day 2", "1795424500.000100")
    del fake.messages[added["ts"]]  # deleted in Slack: chat.update answers message_not_found
    assert await enrich_and_dispatch(services) == Counter({SKIPPED: 1})
    assert len(fake.bodies("chat.update")) == 1
    async with services.sessions() as session:
        [row] = await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "edit"))
    assert (row.status, row.last_error) == (SKIPPED, "slack: message_not_found")


async def test_slack_being_down_is_retried_later_with_backoff(
    world: World, clock: FakeClock
) -> None:
    _, fake, services = world
    await say(world, clock, "add Sushi Zen restaurant on day 2", "1795424500.000100")
    fake.fail("chat.update", 503, times=20)  # more than the sender's own retries
    assert await enrich_and_dispatch(services) == Counter({"pending": 1})
    async with services.sessions() as session:
        [row] = await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "edit"))
    assert row.attempts == 1
    assert row.next_attempt_at > clock.now()
