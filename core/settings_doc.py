"""`.env.example`: every setting with its default and one line of meaning, made from Settings.

`python -m core.settings_doc > .env.example` writes it again after a setting is added or
changed; tests/core/test_settings_doc.py fails until every setting has a line here.
"""

from __future__ import annotations

from pydantic import BaseModel, SecretStr

from core.config import Settings

MEANINGS: dict[str, str] = {
    "database_url": "SQLAlchemy async URL: SQLite file, or postgresql+asyncpg://user@host/db.",
    "public_base_url": "The origin platforms and browsers reach (webhook and photo URLs).",
    "run_jobs_in_web": "Run the scheduled jobs inside the web process too (one-command setups).",
    "admin_api_token": "Bearer token of the operator routes (/api/v1/admin/*, new travelers).",
    "log_level": "Lowest level logged: DEBUG, INFO, WARNING, ERROR.",
    "log_format": "json (one object a line, for log shippers) or text (for humans).",
    "metrics_port": "`python -m jobs` serves /metrics on this port when set.",
    "demo_mode": "Labeled demo places when true; unset means: on when there is no Google key.",
    "lead_sla_minutes": "Minutes an expert has to claim a lead before the next one is offered it.",
    "telegram_bot_token": "Telegram bot token; unset turns Telegram off.",
    "telegram_bot_username": "The bot's @username: in groups only commands and mentions to it.",
    "telegram_webhook_secret": "Secret Telegram echoes in each webhook call (set by set-webhooks).",
    "telegram_api_base_url": "Telegram Bot API origin (a fake in tests).",
    "slack_bot_token": "Slack bot token (xoxb-…); unset turns Slack off.",
    "slack_signing_secret": "Slack signing secret: webhook deliveries are verified with it.",
    "slack_api_base_url": "Slack Web API origin (a fake in tests).",
    "slack_leads_channel": "Slack channel for lead cards; unset sends them as DMs to the experts.",
    "slack_bookings_channel": "Slack channel where operators confirm or decline booking requests.",
    "twilio_account_sid": "Twilio account SID for WhatsApp; unset turns WhatsApp off.",
    "twilio_auth_token": "Twilio auth token: sends, and verifies webhook signatures.",
    "twilio_whatsapp_from": "The WhatsApp sender, e.g. whatsapp:+14155238886.",
    "twilio_api_base_url": "Twilio API origin; unset means Twilio's own (a fake in tests).",
    "twilio_content_base_url": "Twilio Content API origin (list pickers); unset follows the API's.",
    "twilio_template_safety_alert": "Approved content SID of safety alerts outside the 24 h window",
    "twilio_template_digest": "Approved content SID of trend digests outside the 24 h window",
    "google_places_api_key": "Google Places API (New) key; unset uses the labeled demo dataset.",
    "google_places_base_url": "Google Places API origin (a fake in tests).",
    "anthropic_api_key": "Anthropic key for the intent fallback; unset answers by rules only.",
    "anthropic_base_url": "Anthropic API origin; unset means Anthropic's own.",
    "llm_model": "The model asked when the rules do not understand a message.",
    "xai_api_key": "xAI key for destination intelligence; unset leaves it to operator ingest.",
    "xai_base_url": "xAI API origin (a fake in tests).",
    "xai_model": "The Grok model asked (Responses API, with web_search and x_search).",
    "place_search_cache_ttl_hours": "Hours a place search answer is reused.",
    "place_search_cache_size": "Place search answers kept in memory per process.",
    "place_search_max_results": "Places offered per search (1 to 20).",
    "enrichment_queue_workers": "Enrichment workers in this process; 0 leaves the queue to others.",
    "enrichment_retry_delay_minutes": "Minutes before enrichment deferred by a 429 is tried again.",
    "conversation_state_ttl_minutes": "Minutes a question we asked (pick one, yes/no) stays open.",
    "llm_intent_cache_ttl_days": "Days an LLM intent answer is reused for the same message.",
    "llm_intent_cache_size": "LLM intent answers kept in memory per process.",
    "ai_rate_limit_per_user_hour": "LLM fallbacks a traveler may cause an hour (0: none).",
    "google_places_daily_quota": "Google Places searches a day, per process.",
    "google_places_photo_daily_quota": "Google Places photo lookups a day, per process.",
    "photo_url_secret": "Signs photo URLs; unset derives a key from GOOGLE_PLACES_API_KEY.",
    "max_request_body_bytes": "Larger request bodies are refused with 413.",
    "rate_limit_per_ip_per_minute": "API requests a client IP may make a minute (0: no limit).",
    "rate_limit_chat_per_minute": "Chat turns a traveler or chat user may send a minute (0: off).",
    "rate_limit_demo_sessions_per_minute": "Demo sessions a client IP may start a minute (0: off).",
    "server_header_timeout_seconds": "Seconds a request's head may take to arrive (else 408).",
    "server_body_timeout_seconds": "Seconds a request's body may take to arrive (else 408).",
    "server_max_connections": "Open connections beyond this get 503 at once.",
    "forwarded_allow_ips": "Proxies whose X-Forwarded-For/-Proto are believed (comma-separated).",
    "traveler_token_max_age_days": "Days a traveler token lives after it was issued (0: forever).",
}

HEADER = """\
# Every setting of the Traveloure chat service, with its default: copy to .env and change what
# you need (the environment wins over .env). A commented line has no default.
# Made by `python -m core.settings_doc > .env.example`; do not edit by hand.
"""


def _value(default: object) -> str:
    if isinstance(default, bool):
        return str(default).lower()
    if isinstance(default, SecretStr):
        return default.get_secret_value()
    return str(default)


def env_example(settings: type[BaseModel] = Settings) -> str:
    """The `.env.example` text: per setting, its meaning, then NAME=default (or # NAME=)."""
    blocks = [HEADER]
    for name, field in settings.model_fields.items():
        line = f"{name.upper()}={_value(field.default)}"
        if field.default is None:
            line = f"# {name.upper()}="
        blocks.append(f"# {MEANINGS.get(name, '')}\n{line}\n")
    return "\n".join(blocks)


if __name__ == "__main__":
    print(env_example(), end="")  # noqa: T201 - the command's output is the file
