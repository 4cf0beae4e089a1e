"""What to configure in the Slack app (for `python -m bots set-webhooks`; pure)."""

from __future__ import annotations

from core.config import Settings

WEBHOOK_PATH = "/webhooks/slack"
# The slash commands the service answers (the lead desk's; see adapters/slack/inbound.py).
SLASH_COMMANDS = ("/leads",)
BOT_EVENTS = ("message.im", "message.channels", "message.groups", "message.mpim", "app_mention")
BOT_SCOPES = (
    "chat:write",
    "im:history",
    "channels:history",
    "groups:history",
    "mpim:history",
    "app_mentions:read",
)


def credentials(settings: Settings) -> tuple[str, str] | None:
    """(bot token, signing secret), or None when either is unset or blank: Slack is off."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
    secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    )
    if not token.strip() or not secret.strip():
        return None
    return token, secret


def webhook_url(public_base_url: str) -> str:
    """The one Request URL Slack calls for events and interactivity."""
    return f"{public_base_url.rstrip('/')}{WEBHOOK_PATH}"


def request_url_text(public_base_url: str) -> str:
    """Instructions naming the Request URLs to paste into the Slack app's settings.

    Slack has no API to set them for a bot token, so the CLI prints this text.

    Args:
        public_base_url: PUBLIC_BASE_URL, the origin Slack can reach.
    """
    url = webhook_url(public_base_url)
    lines = [
        "Slack (https://api.slack.com/apps → your app):",
        f"  Event Subscriptions → Request URL: {url}",
        f"    subscribe to bot events: {', '.join(BOT_EVENTS)}",
        f"  Interactivity & Shortcuts → Request URL: {url}",
        f"  Slash Commands → {', '.join(SLASH_COMMANDS)} → Request URL: {url}",
        f"  OAuth & Permissions → bot token scopes: {', '.join(BOT_SCOPES)}",
        "  Then set SLACK_BOT_TOKEN (xoxb-…) and SLACK_SIGNING_SECRET (Basic Information).",
    ]
    if not url.startswith("https://"):
        lines.append(
            "  Note: Slack only calls https:// Request URLs; set PUBLIC_BASE_URL accordingly."
        )
    return "\n".join(lines)
