"""Telegram Bot API channel: webhooks in, inline keyboards out (DESIGN §7)."""
