"""Settings for every part of the service, read from the environment (and `.env`)."""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """One place for configuration; names are the environment variables of DESIGN §10."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = "sqlite+aiosqlite:///./traveloure.db"
    public_base_url: str = "http://127.0.0.1:8000"
    run_jobs_in_web: bool = True
    admin_api_token: SecretStr | None = None
    log_level: str = "INFO"
    # JSON lines (one object per line, with the trace id) for log shippers; "text" for humans.
    log_format: Literal["json", "text"] = "json"
    # `python -m jobs` serves its own /metrics on this port when set (web processes use theirs).
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    demo_mode: bool | None = None
    lead_sla_minutes: int = 30

    telegram_bot_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    # The bot's @username (from @BotFather): in groups, "/help@<it>" and "@<it>" address us.
    telegram_bot_username: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org"
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_base_url: str = "https://slack.com"
    slack_leads_channel: str | None = None
    # Booking requests are posted here with Confirm / Decline; None: the console only.
    slack_bookings_channel: str | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_whatsapp_from: str | None = None
    twilio_api_base_url: str | None = None
    # The Content API (list pickers, quick replies) lives on its own host; unset, it follows
    # TWILIO_API_BASE_URL when that is set, else https://content.twilio.com.
    twilio_content_base_url: str | None = None
    twilio_template_safety_alert: str | None = None
    twilio_template_digest: str | None = None
    google_places_api_key: SecretStr | None = None
    google_places_base_url: str = "https://places.googleapis.com"
    anthropic_api_key: SecretStr | None = None
    anthropic_base_url: str | None = None
    llm_model: str = "claude-haiku-4-5"
    xai_api_key: SecretStr | None = None
    xai_base_url: str = "https://api.x.ai"
    xai_model: str = "grok-4-1-fast"

    place_search_cache_ttl_hours: float = Field(default=1, gt=0)
    place_search_cache_size: int = Field(default=1000, gt=0)
    place_search_max_results: int = Field(default=8, ge=1, le=20)
    # 0 runs no enrichment workers in this process (queued work waits for one that does).
    enrichment_queue_workers: int = Field(default=3, ge=0, le=32)
    enrichment_retry_delay_minutes: int = Field(default=15, ge=1)
    conversation_state_ttl_minutes: float = Field(default=5, gt=0)
    llm_intent_cache_ttl_days: float = Field(default=7, gt=0)
    llm_intent_cache_size: int = Field(default=500, gt=0)
    ai_rate_limit_per_user_hour: int = Field(default=20, ge=0)
    google_places_daily_quota: int = Field(default=1000, ge=1)
    # Photos have a budget of their own, so no number of photo requests can starve search.
    google_places_photo_daily_quota: int = Field(default=1000, ge=1)
    # Signs the photo URLs we hand out; without it a key derived from GOOGLE_PLACES_API_KEY
    # is used (then rotating that key makes stored photo links stop resolving).
    photo_url_secret: SecretStr | None = None

    # Abuse limits (0 turns a rate limit off). Bodies over the size limit get 413.
    max_request_body_bytes: int = Field(default=1_048_576, ge=1024)
    rate_limit_per_ip_per_minute: int = Field(default=600, ge=0)
    rate_limit_chat_per_minute: int = Field(default=30, ge=0)
    # Each demo session is a new traveler and trip in the database: per client IP.
    rate_limit_demo_sessions_per_minute: int = Field(default=10, ge=0)

    # `bots serve`: a request's head must arrive within the header timeout and its body within
    # the body timeout (else 408); connections beyond the cap get 503 at once.
    server_header_timeout_seconds: float = Field(default=10, gt=0, le=300)
    server_body_timeout_seconds: float = Field(default=30, gt=0, le=3600)
    server_max_connections: int = Field(default=2048, ge=1)
    # Proxies whose X-Forwarded-For / X-Forwarded-Proto `bots serve` believes (comma-separated
    # addresses or networks, "*" for any): behind a load balancer, list it here so per-IP limits
    # see the real client rather than the proxy. uvicorn's own default and variable name.
    forwarded_allow_ips: str = "127.0.0.1,::1"

    # Traveler bearer tokens are refused this many days after they were issued (0: never).
    traveler_token_max_age_days: int = Field(default=90, ge=0, le=3650)

    @model_validator(mode="after")
    def _default_demo_mode(self) -> Settings:
        # Demo data is only ever used when no real place provider is configured.
        if self.demo_mode is None:
            self.demo_mode = self.google_places_api_key is None
        return self

    @property
    def traveler_token_max_age(self) -> timedelta | None:
        """How long a traveler's token lives, or None when tokens do not expire."""
        days = self.traveler_token_max_age_days
        return timedelta(days=days) if days else None

    @property
    def is_demo(self) -> bool:
        """True when demo data (labeled as such) stands in for a place provider."""
        return bool(self.demo_mode) and self.google_places_api_key is None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, validated once."""
    return Settings()
