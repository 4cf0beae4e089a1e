"""`set-webhooks`: the Telegram webhook is registered with its secret; URLs are printed."""

from __future__ import annotations

import respx
from pydantic import SecretStr

from bots.channel_setup import set_webhooks
from core.config import Settings
from tests.fakes.telegram import BASE_URL, TOKEN, WEBHOOK_SECRET, FakeTelegram


async def test_set_webhooks_registers_telegram_and_describes_the_rest(db_url: str) -> None:
    fake = FakeTelegram()
    settings = Settings(
        _env_file=None,
        database_url=db_url,
        public_base_url="https://chat.example",
        telegram_bot_token=SecretStr(TOKEN),
        telegram_webhook_secret=SecretStr(WEBHOOK_SECRET),
        telegram_api_base_url=BASE_URL,
        enrichment_queue_workers=0,
    )
    with respx.mock(assert_all_called=False) as router:
        router.route(host="telegram.test").mock(side_effect=fake.handle)
        lines = await set_webhooks(settings)
    (registered,) = fake.bodies("setWebhook")
    assert registered["url"] == "https://chat.example/webhooks/telegram"
    assert registered["secret_token"] == WEBHOOK_SECRET
    text = "\n".join(lines)
    assert "Telegram: webhook set to https://chat.example/webhooks/telegram" in text
    assert "https://chat.example/webhooks/slack" in text
    assert "https://chat.example/webhooks/whatsapp" in text
    assert TOKEN not in text


async def test_without_telegram_credentials_it_says_what_to_set(db_url: str) -> None:
    settings = Settings(_env_file=None, database_url=db_url, enrichment_queue_workers=0)
    lines = await set_webhooks(settings)
    assert lines[0].startswith("Telegram: skipped")
