"""Telegram end to end: webhook → inbox → orchestrator → Bot API, against the fake Telegram.

Every request the adapter sends is checked whole: the fake records (method, body) pairs.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from adapters.telegram.channel import TelegramChannel
from adapters.telegram.keyboards import MORE
from adapters.telegram.polling import poll_updates, update_handler
from adapters.telegram.signature import SECRET_HEADER
from core.messages import msg
from core.protocol import AgentResponse, InboundTurn, ResponseMetadata, ResponseType
from core.storage.models import InboxEvent
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import (
    TRAVELER,
    WEBHOOK_SECRET,
    FakeTelegram,
    attached,
    error,
    too_many_requests,
)

CHAT = TRAVELER["id"]
SUSHI_TEXT = (
    "I found 5 sushi places near Hadibo. Select one:\n\n"
    "1. Hadibo Sushi\n    ★ 4.7 (412) · $$$ · 597 m · open now\n"
    "2. Sushi Zen\n    ★ 4.5 (234) · $$$ · 1.0 km · open now\n"
    "3. Tokyo Bay\n    ★ 4.3 (156) · $$ · 1.2 km · closed now\n"
    "4. Ocean Sushi\n    ★ 4.1 (98) · $$ · 2.0 km · open now\n"
    "5. Socotra Sushi House\n    ★ 3.9 (57) · $ · 2.3 km · open now\n\n"
    "⚠️ Demo data: places are illustrative, not real listings."
)
SUSHI = ["Hadibo Sushi", "Sushi Zen", "Tokyo Bay", "Ocean Sushi", "Socotra Sushi House"]
ADDED = {"chat_id": CHAT, "text": "Added Sushi Zen to day 2 for lunch ✅"}


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
async def telegram(
    app: FastAPI, fake: FakeTelegram, clock: FakeClock, sleeps: list[float]
) -> AsyncIterator[TelegramChannel]:
    async def sleep(seconds: float) -> None:  # rate limits and retries pass in fake time
        sleeps.append(seconds)
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep) as channel:
        yield channel


async def post(
    client: httpx.AsyncClient, update: dict[str, Any], secret: str | None = WEBHOOK_SECRET
) -> httpx.Response:
    headers = {"content-type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    return await client.post("/webhooks/telegram", content=json.dumps(update), headers=headers)


async def settle(app: FastAPI, channel: TelegramChannel) -> None:
    await app.state.services.pipeline.drain()  # turns and local taps alike


async def say(app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, text: str) -> None:
    response = await post(client, fake.text_update(text))
    assert response.status_code == 200, response.text
    await app.state.services.pipeline.drain()


def prompt_id_of(message: dict[str, Any]) -> str:
    data: str = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    return data.split(":", maxsplit=1)[0]


def sushi_question(prompt_id: str) -> dict[str, Any]:
    keyboard = [
        [{"text": f"{n}. {name}", "callback_data": f"{prompt_id}:{n - 1}"}]
        for n, name in enumerate(SUSHI, 1)
    ]
    return {"chat_id": CHAT, "text": SUSHI_TEXT, "reply_markup": {"inline_keyboard": keyboard}}


async def inbox_rows(app: FastAPI) -> int:
    async with app.state.services.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(InboxEvent)) or 0)


async def test_sushi_flow_with_a_tap(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "add a sushi place on day 2")
    [question] = fake.keyboard_messages()
    assert fake.calls == [
        ("sendMessage", {"chat_id": CHAT, "text": msg("welcome")}),
        ("sendMessage", sushi_question(prompt_id_of(question))),
    ]
    assert fake.rejected == []

    fake.clear()
    tap = fake.tap(question, "2. Sushi Zen")
    response = await post(client, tap)
    assert response.status_code == 200
    assert fake.calls[0] == (  # answered before any work, so the button stops spinning
        "answerCallbackQuery",
        {"callback_query_id": tap["callback_query"]["id"], "text": "2. Sushi Zen"},
    )
    await settle(app, telegram)
    assert fake.calls[1:] == [
        (
            "editMessageText",
            {
                "chat_id": CHAT,
                "message_id": question["message_id"],
                "text": SUSHI_TEXT + "\n\n✅ Sushi Zen",
            },
        ),
        ("sendMessage", ADDED),
    ]
    assert fake.keyboard_messages() == []  # the old buttons are gone
    assert fake.rejected == []


async def test_typed_reply_instead_of_a_tap(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "add a sushi place on day 2")
    fake.clear()
    await say(app, client, fake, "the second one")
    assert fake.calls == [("sendMessage", ADDED)]


async def test_redelivered_updates_are_processed_once(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    update = fake.text_update("add a sushi place on day 2")
    for _ in range(3):
        assert (await post(client, update)).status_code == 200
    await settle(app, telegram)
    assert fake.methods() == ["sendMessage", "sendMessage"]  # welcome + one question
    [question] = fake.keyboard_messages()
    fake.clear()
    tap = fake.tap(question, 1)
    for _ in range(2):
        assert (await post(client, tap)).status_code == 200
    await settle(app, telegram)
    assert fake.methods() == ["answerCallbackQuery", "editMessageText", "sendMessage"]
    assert fake.bodies("sendMessage") == [ADDED]
    assert await inbox_rows(app) == 2


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", WEBHOOK_SECRET + "x"])
async def test_bad_secret_is_refused_and_nothing_is_processed(
    app: FastAPI,
    client: httpx.AsyncClient,
    telegram: TelegramChannel,
    fake: FakeTelegram,
    secret: str | None,
) -> None:
    response = await post(client, fake.text_update("add a sushi place on day 2"), secret)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "bad_signature"
    await settle(app, telegram)
    assert fake.calls == []
    assert await inbox_rows(app) == 0


async def test_unreadable_delivery_is_a_400(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    response = await client.post(
        "/webhooks/telegram", content=b"<html>", headers={SECRET_HEADER: WEBHOOK_SECRET}
    )
    assert response.status_code == 400
    assert fake.calls == []


async def test_stale_tap_on_a_replaced_question(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "add a sushi place on day 2")
    await say(app, client, fake, "add a sushi place on day 3")
    old, new = fake.keyboard_messages()
    fake.clear()
    tap = fake.tap(old, "2. Sushi Zen")
    await post(client, tap)
    await settle(app, telegram)
    assert fake.calls == [
        (
            "answerCallbackQuery",
            {"callback_query_id": tap["callback_query"]["id"], "text": "2. Sushi Zen"},
        ),
        (
            "editMessageReplyMarkup",
            {
                "chat_id": CHAT,
                "message_id": old["message_id"],
            },
        ),
        ("sendMessage", {"chat_id": CHAT, "text": msg("prompt_replaced")}),
    ]
    # the newer question still works
    fake.clear()
    await post(client, fake.tap(new, "2. Sushi Zen"))
    await settle(app, telegram)
    added = "Added Sushi Zen to day 3 at 7:30 PM ✅"
    assert fake.bodies("sendMessage") == [{"chat_id": CHAT, "text": added}]


async def test_more_than_eight_options_page_without_the_orchestrator(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    turn = InboundTurn(
        channel="telegram", event_id="x", external_user_id=str(CHAT), chat_id=str(CHAT), text="x"
    )
    names = [f"Guesthouse {n}" for n in range(1, 13)]
    response = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which guesthouse?",
        data={"options": [{"id": str(n), "label": name} for n, name in enumerate(names)]},
        metadata=ResponseMetadata(prompt_id="Pq7_x-2Z"),
    )
    await telegram.deliver(turn, response)
    [question] = fake.keyboard_messages()
    assert fake.button_texts(question) == [f"{n}. {names[n - 1]}" for n in range(1, 9)] + [MORE]
    fake.clear()
    more = fake.tap(question, MORE)
    assert (await post(client, more)).status_code == 200
    await settle(app, telegram)
    assert fake.calls == [
        ("answerCallbackQuery", {"callback_query_id": more["callback_query"]["id"]}),
        (
            "editMessageReplyMarkup",
            {
                "chat_id": CHAT,
                "message_id": question["message_id"],
                "reply_markup": {
                    "inline_keyboard": [
                        [{"text": f"{n}. Guesthouse {n}", "callback_data": f"Pq7_x-2Z:{n - 1}"}]
                        for n in range(9, 13)
                    ]
                    + [[{"text": MORE, "callback_data": "Pq7_x-2Z:more:0"}]]
                },
            },
        ),
    ]
    assert await inbox_rows(app) == 0  # not a turn: no inbox row, no orchestrator, no welcome


async def test_long_text_with_emoji_reaches_telegram_cut(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    turn = InboundTurn(
        channel="telegram", event_id="x", external_user_id=str(CHAT), chat_id=str(CHAT), text="x"
    )
    text = " ".join(f"día {n} 🏝️🍣 \U0001f468\u200d\U0001f469\u200d\U0001f467" for n in range(800))
    await telegram.deliver(turn, AgentResponse.complete(text))
    [body] = fake.bodies("sendMessage")
    assert fake.rejected == []
    assert len(body["text"]) <= 4096
    cut = body["text"].removesuffix("…")
    assert body["text"].endswith("…")
    assert text.startswith(cut)
    assert text[len(cut)] == " "  # on a word boundary: no emoji sequence torn apart


async def test_429_is_waited_out_then_the_message_is_sent(
    app: FastAPI,
    client: httpx.AsyncClient,
    telegram: TelegramChannel,
    fake: FakeTelegram,
    sleeps: list[float],
) -> None:
    await say(app, client, fake, "hello")
    fake.clear()
    fake.fail_next("sendMessage", too_many_requests(3))
    await say(app, client, fake, "add a sushi place on day 2")
    [question] = fake.keyboard_messages()
    expected = sushi_question(prompt_id_of(question))
    assert fake.calls == [("sendMessage", expected), ("sendMessage", expected)]
    assert 3.0 in sleeps
    fake.clear()
    await post(client, fake.tap(question, 1))
    await settle(app, telegram)
    assert fake.bodies("sendMessage") == [ADDED]


async def test_an_answer_that_finally_fails_is_logged_and_marked_failed(
    app: FastAPI,
    client: httpx.AsyncClient,
    telegram: TelegramChannel,
    fake: FakeTelegram,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await say(app, client, fake, "hello")
    fake.fail_next("sendMessage", error(403, "Forbidden: bot was blocked by the user"))
    with caplog.at_level(logging.WARNING):
        await say(app, client, fake, "add a sushi place on day 2")
    assert "Forbidden: bot was blocked by the user" in caplog.text
    assert "processing telegram delivery" in caplog.text
    async with app.state.services.sessions() as session:
        statuses = list(await session.scalars(select(InboxEvent.status)))
    assert "failed" in statuses


async def test_start_deep_link_links_the_chat(
    app: FastAPI, client: httpx.AsyncClient, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    admin = {"Authorization": "Bearer admin-secret"}
    traveler = (await client.post("/api/v1/travelers", json={"name": "Ada"}, headers=admin)).json()
    link = await client.post(f"/api/v1/travelers/{traveler['id']}/link-code", headers=admin)
    await say(app, client, fake, link.json()["telegram"])
    assert fake.calls == [("sendMessage", {"chat_id": CHAT, "text": msg("linked")})]
    fake.clear()
    await say(app, client, fake, "/start NOSUCH99")
    assert fake.calls == [("sendMessage", {"chat_id": CHAT, "text": msg("link_invalid")})]


async def test_long_polling_feeds_the_same_inbox(
    app: FastAPI, telegram: TelegramChannel, fake: FakeTelegram
) -> None:
    pipeline = app.state.services.pipeline
    handle = update_handler(telegram, pipeline.inbox.accept, pipeline.schedule)
    update = fake.text_update("add a sushi place on day 2")
    fake.updates = [update, update]  # the second is a redelivery
    stop = asyncio.Event()
    fed: list[bytes] = []

    async def on_update(body: bytes) -> None:
        fed.append(body)
        await handle(body)
        if len(fed) == 2:
            stop.set()

    await poll_updates(telegram.sender, on_update, stop=stop)
    await settle(app, telegram)
    assert fake.methods()[:2] == ["deleteWebhook", "getUpdates"]
    [question] = fake.keyboard_messages()
    assert fake.bodies("sendMessage") == [
        {"chat_id": CHAT, "text": msg("welcome")},
        sushi_question(prompt_id_of(question)),
    ]
    # taps arrive through polling too, redelivered ones dropped by the inbox
    fake.clear()
    stop.clear()
    fed.clear()
    tap = fake.tap(question, "2. Sushi Zen")
    fake.updates = [tap, tap]
    await poll_updates(telegram.sender, on_update, stop=stop, remove_webhook=False)
    await settle(app, telegram)
    assert [m for m in fake.methods() if m != "getUpdates"] == [
        "answerCallbackQuery",
        "editMessageText",
        "sendMessage",
    ]
    assert fake.bodies("sendMessage") == [ADDED]
