"""`set-webhooks` and `poll-telegram`: connecting real platforms to this service."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import typer

from adapters.slack.setup import request_url_text
from adapters.telegram.channel import TelegramChannel
from adapters.telegram.polling import delete_webhook, poll_updates, set_webhook, update_handler
from bots.container import build_services
from core.config import Settings, get_settings
from core.storage.db import upgrade_schema

log = logging.getLogger(__name__)


async def set_webhooks(settings: Settings | None = None) -> list[str]:
    """Register the Telegram webhook (with its secret) and describe the Slack and Twilio URLs."""
    settings = settings or get_settings()
    base = settings.public_base_url.rstrip("/")
    lines: list[str] = []
    services = build_services(settings)
    try:
        telegram = services.pipeline.channels.get("telegram")
        if isinstance(telegram, TelegramChannel) and settings.telegram_webhook_secret:
            url = f"{base}/webhooks/telegram"
            await set_webhook(
                telegram.sender, url, settings.telegram_webhook_secret.get_secret_value()
            )
            lines.append(f"Telegram: webhook set to {url} (secret token registered)")
        else:
            lines.append("Telegram: skipped (set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET)")
        lines.append(request_url_text(base))
        lines.append(
            "Twilio WhatsApp (Console → Messaging → your WhatsApp sender):\n"
            f"  'A message comes in' → {base}/webhooks/whatsapp (HTTP POST)\n"
            "  Then set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM."
        )
    finally:
        await services.close()
    return lines


async def poll_telegram(settings: Settings | None = None) -> None:
    """Long-poll Telegram (no public URL needed) and answer through the usual pipeline."""
    settings = settings or get_settings()
    services = build_services(settings)
    await upgrade_schema(services.engine)
    await services.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        telegram = services.pipeline.channels.get("telegram")
        if not isinstance(telegram, TelegramChannel):
            raise typer.BadParameter("set TELEGRAM_BOT_TOKEN to poll Telegram")
        await delete_webhook(telegram.sender)  # getUpdates is refused while a webhook is set
        pipeline = services.pipeline
        typer.echo("Polling Telegram; Ctrl-C to stop.")
        await poll_updates(
            telegram.sender,
            update_handler(telegram, pipeline.inbox.accept, pipeline.schedule),
            stop=stop,
        )
    finally:
        await services.close()
