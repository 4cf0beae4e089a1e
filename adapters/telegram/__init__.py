"""Telegram Bot API channel: webhooks in, inline keyboards out (DESIGN §7)."""

import os

# python-telegram-bot 22 gives time periods (RetryAfter.retry_after) as timedelta only when
# opted in, and warns on every one otherwise; its next major version makes timedelta the rule.
os.environ.setdefault("PTB_TIMEDELTA", "true")
