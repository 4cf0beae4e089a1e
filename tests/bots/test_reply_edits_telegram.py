"""Telegram: the "Added …" answer is edited in place once the place's details arrive.

Webhook → answer (sendMessage) → enrichment → outbox → editMessageText, against the fake Bot
API; every edit body is checked whole.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from adapters.telegram.channel import TelegramChannel
from adapters.telegram.signature import SECRET_HEADER
from bots.app import create_app
from core.config import Settings
from core.services.outbox import SENT, SKIPPED
from core.services.outbox_drain import drain_outbox
from core.services.reply_edits import PLACES_GONE, TOO_OLD
from core.storage.models import OutboxMessage, SentReply
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import TRAVELER, WEBHOOK_SECRET, FakeTelegram, attached, error

CHAT = TRAVELER["id"]
FAST = {"telegram": 1_000_000.0}  # pacing is tested on its own
ADDED = "Added Sushi Zen to day 2 for lunch ✅"
MAP = "https://www.google.com/maps/search/?api=1&query=12.6531,54.0211"
DETAILS = f"ℹ️ Sushi Zen · ★ 4.5 (234 reviews) · $$$\n🕒 Every day: 11:00–22:00\n🗺️ Map: {MAP}"


class LosesOneEditAnswer(FakeTelegram):
    """Applies the first edit but its answer is lost (a 502 from a proxy): the sender resends."""

    lost = False

    def handle(self, request: httpx.Request) -> httpx.Response:
        response = super().handle(request)
        if request.url.path.endswith("/editMessageText") and not self.lost:
            self.lost = True
            return error(502, "Bad Gateway")
        return response


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def telegram(
    app: FastAPI, fake: FakeTelegram, clock: FakeClock
) -> AsyncIterator[TelegramChannel]:
    async def sleep(seconds: float) -> None:  # the sender's spacing and retries in fake time
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep) as channel:
        yield channel


async def say(app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, text: str) -> None:
    response = await client.post(
        "/webhooks/telegram",
        content=json.dumps(fake.text_update(text)),
        headers={"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET},
    )
    assert response.status_code == 200, response.text
    await app.state.services.pipeline.drain()


def last_sent(fake: FakeTelegram) -> dict[str, Any]:
    """The message the bot sent last, as Telegram holds it now."""
    return list(fake.messages.values())[-1]


async def enrich(app: FastAPI) -> None:
    while await app.state.services.enrichment.run_once():
        pass


async def dispatch(app: FastAPI) -> Counter[str]:
    services = app.state.services
    return await drain_outbox(
        services.sessions, services.clock, services.pipeline.channels, rates=FAST
    )


async def edit_rows(app: FastAPI) -> list[OutboxMessage]:
    async with app.state.services.sessions() as session:
        query = select(OutboxMessage).where(OutboxMessage.kind == "edit").order_by(OutboxMessage.id)
        return list(await session.scalars(query))


async def test_the_added_message_gets_rating_hours_and_a_map_link(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "add Sushi Zen restaurant on day 2")
    added = last_sent(fake)
    assert added["text"] == ADDED
    fake.clear()

    await enrich(app)
    assert fake.calls == []  # edits go through the outbox, never from the enrichment worker
    assert await dispatch(app) == Counter({SENT: 1})
    assert fake.calls == [
        (
            "editMessageText",
            {
                "chat_id": CHAT,
                "message_id": added["message_id"],
                "text": f"{ADDED}\n\n{DETAILS}",
                "link_preview_options": {"is_disabled": True},
            },
        )
    ]
    assert fake.rejected == []
    [row] = await edit_rows(app)
    assert (row.status, row.channel, row.chat_id) == (SENT, "telegram", str(CHAT))
    assert await dispatch(app) == Counter()  # one edit per enrichment: nothing left to send


async def test_a_spanish_traveler_gets_the_details_in_spanish(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "agrega Sushi Zen al día 2")
    added = last_sent(fake)
    assert added["text"].startswith("Agregué Sushi Zen al día 2")
    await enrich(app)
    fake.clear()
    await dispatch(app)
    [(method, body)] = fake.calls
    assert method == "editMessageText"
    details = body["text"].split("\n\n", 1)[1]
    assert details == (
        f"ℹ️ Sushi Zen · ★ 4.5 (234 reseñas) · $$$\n🕒 Todos los días: 11:00–22:00\n🗺️ Mapa: {MAP}"
    )


async def test_a_lost_answer_is_resent_and_not_modified_counts_as_done(
    app: FastAPI, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    fake = LosesOneEditAnswer()

    async def sleep(seconds: float) -> None:
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep):
        await say(app, client, fake, "add Sushi Zen restaurant on day 2")
        added = last_sent(fake)
        await enrich(app)
        fake.clear()
        assert await dispatch(app) == Counter({SENT: 1})
    # Applied, answer lost, resent: Telegram says "not modified", which is what we wanted.
    assert fake.methods() == ["editMessageText", "editMessageText"]
    assert fake.rejected == ["message is not modified"]
    assert fake.messages[(CHAT, added["message_id"])]["text"] == f"{ADDED}\n\n{DETAILS}"
    [row] = await edit_rows(app)
    assert row.status == SENT
    assert row.attempts == 0


async def test_a_deleted_message_is_skipped_without_retries(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "add Sushi Zen restaurant on day 2")
    added = last_sent(fake)
    del fake.messages[(CHAT, added["message_id"])]  # the traveler deleted it
    await enrich(app)
    fake.clear()
    assert await dispatch(app) == Counter({SKIPPED: 1})
    assert fake.methods() == ["editMessageText"]  # a 400 is never retried
    assert fake.rejected == ["message to edit not found"]
    [row] = await edit_rows(app)
    assert row.status == SKIPPED
    assert row.last_error == "telegram: Bad Request: message to edit not found"
    clock = app.state.services.clock
    clock.advance(hours=2)
    assert await dispatch(app) == Counter()  # never tried again, never a dead letter
    assert fake.methods() == ["editMessageText"]


async def test_a_message_older_than_48_hours_is_left_alone(
    app: FastAPI,
    client: httpx.AsyncClient,
    telegram: TelegramChannel,
    fake: FakeTelegram,
    clock: FakeClock,
) -> None:
    await say(app, client, fake, "add Sushi Zen restaurant on day 2")
    await enrich(app)
    clock.advance(hours=49)  # the outbox was down for two days
    fake.clear()
    assert await dispatch(app) == Counter({SKIPPED: 1})
    assert fake.calls == []
    [row] = await edit_rows(app)
    assert (row.status, row.last_error) == (SKIPPED, TOO_OLD)


async def test_a_place_removed_before_the_edit_is_sent_is_not_shown(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "add Sushi Zen restaurant on day 2")
    await enrich(app)
    await say(app, client, fake, "remove Sushi Zen from day 2")
    fake.clear()
    assert await dispatch(app) == Counter({SKIPPED: 1})
    assert fake.calls == []
    [row] = await edit_rows(app)
    assert (row.status, row.last_error) == (SKIPPED, PLACES_GONE)


async def test_a_place_removed_before_its_details_arrive_gets_no_edit(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "add Sushi Zen restaurant on day 2")
    await say(app, client, fake, "undo")
    await enrich(app)
    fake.clear()
    assert await dispatch(app) == Counter()
    assert await edit_rows(app) == []
    assert fake.calls == []


async def test_a_pending_edit_survives_a_restart(
    settings: Settings, clock: FakeClock, fake: FakeTelegram
) -> None:
    first = create_app(settings, clock=clock)
    async with first.router.lifespan_context(first), attached(first, fake, clock):
        transport = httpx.ASGITransport(app=first)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await say(first, client, fake, "add Sushi Zen restaurant on day 2")
        added = last_sent(fake)
        await enrich(first)  # the edit is queued; the process stops before it is sent
    fake.clear()

    second = create_app(settings, clock=clock)
    async with second.router.lifespan_context(second), attached(second, fake, clock):
        assert await dispatch(second) == Counter({SENT: 1})
    assert fake.calls == [
        (
            "editMessageText",
            {
                "chat_id": CHAT,
                "message_id": added["message_id"],
                "text": f"{ADDED}\n\n{DETAILS}",
                "link_preview_options": {"is_disabled": True},
            },
        )
    ]


async def test_web_chat_answers_are_not_kept_for_edits(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    created = await client.post("/api/v1/demo/session")
    trip = created.json()
    headers = {"Authorization": f"Bearer {trip['token']}"}
    answer = await client.post(
        f"/api/v1/itineraries/{trip['itineraryId']}/chat",
        json={"text": "add Sushi Zen restaurant on day 2"},
        headers=headers,
    )
    assert answer.json()["type"] == "COMPLETE"
    await enrich(app)
    assert await dispatch(app) == Counter()
    async with app.state.services.sessions() as session:
        assert list(await session.scalars(select(SentReply))) == []
