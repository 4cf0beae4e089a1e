"""getUpdates long polling and setWebhook against the fake Bot API."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from adapters.telegram.polling import delete_webhook, poll_updates, set_webhook
from adapters.telegram.sender import TelegramApiError, TelegramSender
from tests.fakes.telegram import BASE_URL, TOKEN, WEBHOOK_SECRET, FakeTelegram, payload


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
async def sender(fake: FakeTelegram, sleeps: list[float]) -> AsyncIterator[TelegramSender]:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with fake.client() as client:
        yield TelegramSender(TOKEN, base_url=BASE_URL, client=client, sleep=sleep)


async def test_set_webhook_registers_the_url_and_secret(
    sender: TelegramSender, fake: FakeTelegram
) -> None:
    url = "https://chat.example/webhooks/telegram"
    assert await set_webhook(sender, url, WEBHOOK_SECRET)
    assert fake.calls == [
        (
            "setWebhook",
            {
                "url": url,
                "secret_token": WEBHOOK_SECRET,
                "allowed_updates": ["message", "callback_query"],
                "drop_pending_updates": False,
            },
        )
    ]
    assert await delete_webhook(sender)
    assert fake.calls[-1] == ("deleteWebhook", {"drop_pending_updates": False})
    assert fake.webhook is None


async def test_set_webhook_refuses_a_secret_telegram_would_refuse(
    sender: TelegramSender, fake: FakeTelegram
) -> None:
    with pytest.raises(ValueError, match="A-Z"):
        await set_webhook(sender, "https://chat.example/webhooks/telegram", "has spaces!")
    assert fake.calls == []


async def test_set_webhook_reports_telegrams_refusal(sender: TelegramSender) -> None:
    with pytest.raises(TelegramApiError, match="HTTPS URL must be provided"):
        await set_webhook(sender, "http://127.0.0.1:8000/webhooks/telegram", WEBHOOK_SECRET)


def _stop_after(count: int, stop: asyncio.Event, seen: list[dict[str, Any]]) -> Any:
    async def on_update(body: bytes) -> None:
        seen.append(json.loads(body))
        if len(seen) >= count:
            stop.set()

    return on_update


async def test_updates_are_fed_in_order_and_confirmed_by_offset(
    sender: TelegramSender, fake: FakeTelegram
) -> None:
    fake.webhook = {"url": "https://old.example/hook"}
    fake.updates = payload("get_updates.json")["result"]
    stop = asyncio.Event()
    seen: list[dict[str, Any]] = []
    await poll_updates(sender, _stop_after(2, stop, seen), stop=stop, timeout_seconds=25)
    assert [u["update_id"] for u in seen] == [10000101, 10000104]
    assert seen[0] == payload("update_text_message.json")
    assert fake.calls == [
        ("deleteWebhook", {"drop_pending_updates": False}),
        ("getUpdates", {"timeout": 25, "allowed_updates": ["message", "callback_query"]}),
        ("getUpdates", {"offset": 10000105, "limit": 1, "timeout": 0}),  # confirms the batch
    ]
    # so the next run gets only what is new
    stop.clear()
    seen.clear()
    fake.updates.append(payload("update_photo.json"))
    await poll_updates(sender, _stop_after(1, stop, seen), stop=stop, remove_webhook=False)
    assert [u["update_id"] for u in seen] == [10000109]


async def test_a_failed_update_is_fetched_again_not_lost(
    sender: TelegramSender, fake: FakeTelegram, sleeps: list[float]
) -> None:
    fake.updates = payload("get_updates.json")["result"]
    stop = asyncio.Event()
    seen: list[int] = []
    failed_once: list[int] = []

    async def on_update(body: bytes) -> None:
        update_id = json.loads(body)["update_id"]
        if update_id == 10000104 and not failed_once:
            failed_once.append(update_id)
            raise RuntimeError("database is locked")
        seen.append(update_id)
        if len(seen) == 2:
            stop.set()

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    await poll_updates(sender, on_update, stop=stop, remove_webhook=False, sleep=sleep)
    assert seen == [10000101, 10000104]
    offsets = [body.get("offset") for body in fake.bodies("getUpdates")]
    assert offsets == [None, 10000102, 10000105]  # refetched from the failed one, confirmed
    assert sleeps == [1.0]


async def test_unreadable_updates_are_skipped(
    sender: TelegramSender, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    fake.updates = payload("get_updates.json")["result"]
    stop = asyncio.Event()
    seen: list[int] = []

    async def on_update(body: bytes) -> None:
        update_id = json.loads(body)["update_id"]
        if update_id == 10000101:
            raise ValueError("unreadable")
        seen.append(update_id)
        stop.set()

    await poll_updates(sender, on_update, stop=stop, remove_webhook=False)
    assert seen == [10000104]
    assert "skipping unreadable Telegram update 10000101" in caplog.text


async def test_a_refused_get_updates_backs_off(
    fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    fake.webhook = {"url": "https://chat.example/webhooks/telegram"}
    stop = asyncio.Event()
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3:
            stop.set()

    async with fake.client() as client:
        sender = TelegramSender(TOKEN, base_url=BASE_URL, client=client)
        await poll_updates(
            sender, _stop_after(1, stop, []), stop=stop, remove_webhook=False, sleep=sleep
        )
    assert waits == [1.0, 2.0, 4.0]
    assert "can't use getUpdates method while webhook is active" in caplog.text
