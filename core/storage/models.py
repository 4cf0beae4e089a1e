"""Database tables. Every schema change goes through an Alembic migration."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store UTC; SQLite gets it naive."""
        if value is None:
            return None
        if value.tzinfo is None:
            msg = "naive datetime given to a UTC column"
            raise ValueError(msg)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Always hand back an aware UTC datetime."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of all tables."""

    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads it as a class attribute
        datetime: UTCDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Traveler(Base):
    """A traveler; their API bearer token is stored only as a hash."""

    __tablename__ = "travelers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(16), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    # None on rows written without the token service: the token is as old as the traveler.
    token_created_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Set by revocation ("log me out everywhere", the operator); a rotation clears it.
    token_revoked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    quiet_start: Mapped[str | None] = mapped_column(String(5), nullable=True)
    quiet_end: Mapped[str | None] = mapped_column(String(5), nullable=True)
    last_digest_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Per-kind opt-in, set by chat ("stop the digests") or PATCH .../preferences.
    alerts_enabled: Mapped[bool] = mapped_column(default=True, server_default=true())
    digests_enabled: Mapped[bool] = mapped_column(default=True, server_default=true())


class Itinerary(Base):
    """The current state of a trip; `version` grows by one with every applied ChangeSet."""

    __tablename__ = "itineraries"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("travelers.id"), index=True)
    destination: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(nullable=True)
    version: Mapped[int] = mapped_column(Integer)
    days: Mapped[list[Any]]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ItineraryVersion(Base):
    """One applied ChangeSet: what changed, how to revert it, and whether it was reverted."""

    __tablename__ = "itinerary_versions"
    __table_args__ = (UniqueConstraint("itinerary_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    itinerary_id: Mapped[str] = mapped_column(ForeignKey("itineraries.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(500))
    changeset: Mapped[dict[str, Any]]
    inverse: Mapped[dict[str, Any]]
    diff: Mapped[list[Any]]
    undoes_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    undone: Mapped[bool] = mapped_column(default=False)
    actor: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class PendingPrompt(Base):
    """An open question (cards, yes/no, which day) awaiting one answer in one conversation."""

    __tablename__ = "pending_prompts"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    conversation_key: Mapped[str] = mapped_column(String(200), index=True)
    user_id: Mapped[str] = mapped_column(String(32))
    itinerary_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)


class BookingRequest(Base):
    """A traveler's request to book something; an expert or operator confirms it, never us."""

    __tablename__ = "booking_requests"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("travelers.id"), index=True)
    itinerary_id: Mapped[str] = mapped_column(ForeignKey("itineraries.id"), index=True)
    node_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    place_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    place_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date: Mapped[date | None] = mapped_column(nullable=True)
    time: Mapped[str | None] = mapped_column(String(5), nullable=True)
    party_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    details: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class AiInteraction(Base):
    """One LLM call: what for, which model, tokens, cost and latency (Grok guide §9)."""

    __tablename__ = "ai_interactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    purpose: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(100))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(default=0.0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    success: Mapped[bool] = mapped_column(default=True)
    error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    # Server-side tools the call used, comma-separated ("web_search,x_search"); None: none.
    tools: Mapped[str | None] = mapped_column(String(200), nullable=True)


class ChatMessage(Base):
    """One line of a conversation, kept for chat context."""

    __tablename__ = "chat_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_key: Mapped[str] = mapped_column(String(200), index=True)
    user_id: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    # On the bot's answers (migration 0009): its type, the trip, and the version it made.
    answer_type: Mapped[str | None] = mapped_column(String(24), nullable=True, default=None)
    itinerary_id: Mapped[str | None] = mapped_column(String(32), nullable=True, default=None)
    to_version: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)


class ConversationSummary(Base):
    """The running summary of a conversation's older messages."""

    __tablename__ = "conversation_summaries"

    conversation_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    summary: Mapped[str] = mapped_column(Text)
    covered_message_id: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]


class EnrichmentTask(Base):
    """Background enrichment of one node; durable so a restart or a 429 forgets nothing."""

    __tablename__ = "enrichment_tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    itinerary_id: Mapped[str] = mapped_column(ForeignKey("itineraries.id"), index=True)
    node_id: Mapped[str] = mapped_column(String(32))
    place_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    run_after: Mapped[datetime] = mapped_column(index=True)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The chat delivery whose turn queued it (None: web chat, API): its answer is edited later.
    inbox_event_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # The sent answer that names this place, once the channel accepted it (migration 0013).
    reply_id: Mapped[int | None] = mapped_column(
        ForeignKey("sent_replies.id"), nullable=True, index=True
    )


class SentReply(Base):
    """An answer a chat platform accepted and can edit later ("Added …" gets the details).

    `body` is what the channel sent (Telegram: its text; Slack: text and blocks), kept so the
    edit adds to the message instead of rebuilding it.
    """

    __tablename__ = "sent_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    inbox_event_id: Mapped[int] = mapped_column(Integer, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(100))
    message_id: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(16))
    body: Mapped[dict[str, Any]]
    sent_at: Mapped[datetime]


class ChannelIdentity(Base):
    """A chat on a platform, attached to one traveler (and the trip that chat works on)."""

    __tablename__ = "channel_identities"
    __table_args__ = (UniqueConstraint("channel", "external_user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_user_id: Mapped[str] = mapped_column(String(100))
    chat_id: Mapped[str] = mapped_column(String(100))
    traveler_id: Mapped[str] = mapped_column(ForeignKey("travelers.id"), index=True)
    itinerary_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    display_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    last_inbound_at: Mapped[datetime | None] = mapped_column(nullable=True)
    opted_out: Mapped[bool] = mapped_column(default=False)
    # The person blocked the bot (Telegram 403): no pushes here until they write again.
    blocked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime]
    # Where a link code moved the chat from, so its traveler can switch back ("switch back").
    previous_traveler_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    previous_itinerary_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The last location or venue shared in this chat (SharedLocation JSON): "near me" centers on it.
    anchor: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class InboxEvent(Base):
    """One accepted platform delivery; the unique key drops redeliveries and retries."""

    __tablename__ = "inbox_events"
    __table_args__ = (UniqueConstraint("channel", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    event_id: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime]
    # When a process took it, renewed by its heartbeat: a claim older than the inbox lease was
    # abandoned (a crash). The token names the claim: only its holder records or finishes.
    claimed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    claim_token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The turn's answer, written in the transaction of its change: a re-run only re-sends it.
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    processed_at: Mapped[datetime | None] = mapped_column(nullable=True)


class LinkCode(Base):
    """A short code that attaches a chat to an existing traveler ("/start CODE", "link CODE")."""

    __tablename__ = "link_codes"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    traveler_id: Mapped[str] = mapped_column(ForeignKey("travelers.id"), index=True)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(nullable=True)


class DestinationIntelligence(Base):
    """One piece of market intelligence (event, safety update, trend, weather), deduplicated."""

    __tablename__ = "destination_intelligence"
    __table_args__ = (UniqueConstraint("market", "intel_type", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market: Mapped[str] = mapped_column(String(100), index=True)
    intel_type: Mapped[str] = mapped_column(String(16))
    content_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]]
    severity: Mapped[str | None] = mapped_column(String(16), nullable=True)
    sources: Mapped[list[Any]]
    confidence: Mapped[float] = mapped_column(default=1.0)
    valid_until: Mapped[datetime | None] = mapped_column(nullable=True, index=True)
    created_at: Mapped[datetime]


class TrendingExperience(Base):
    """A trending experience in a market (Grok guide's trending_experiences)."""

    __tablename__ = "trending_experiences"
    __table_args__ = (UniqueConstraint("market", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market: Mapped[str] = mapped_column(String(100), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    experience_type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    trend_score: Mapped[int] = mapped_column(Integer, default=0)
    sentiment_score: Mapped[float | None] = mapped_column(nullable=True)
    web_sources: Mapped[list[Any]]
    valid_from: Mapped[date | None] = mapped_column(nullable=True)
    valid_until: Mapped[date | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime]


class OutboxMessage(Base):
    """A push to a traveler, written with the decision to send; sent by `dispatch_outbox`."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    traveler_id: Mapped[str] = mapped_column(ForeignKey("travelers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(Integer, default=5)
    text: Mapped[str] = mapped_column(Text)
    template: Mapped[str | None] = mapped_column(String(32), nullable=True)
    template_variables: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16), index=True)
    channel: Mapped[str | None] = mapped_column(String(16), nullable=True)
    chat_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(index=True)
    lease_until: Mapped[datetime | None] = mapped_column(nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # The platform's id of the send (Twilio "SM…"), which its status callbacks name.
    provider_message_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # What the platform last reported: queued, sent, delivered, read, failed, undelivered.
    delivery_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    delivery_error_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    delivery_updated_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # WhatsApp refused free-form text (63016): the next try must not be free-form WhatsApp.
    whatsapp_window_closed: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Set on kind "edit": the sent answer this row edits in place (no new message).
    reply_id: Mapped[int | None] = mapped_column(
        ForeignKey("sent_replies.id"), nullable=True, index=True
    )


class EarlyReceipt(Base):
    """A delivery receipt that arrived before its push's message id was recorded (kept briefly)."""

    __tablename__ = "early_receipts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16))
    error_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    received_at: Mapped[datetime] = mapped_column(index=True)


class Expert(Base):
    """A local expert of one market who can take traveler leads (demo rows are labeled)."""

    __tablename__ = "experts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    market: Mapped[str] = mapped_column(String(100), index=True)
    specialties: Mapped[list[Any]]
    languages: Mapped[list[Any]]
    price_min: Mapped[int] = mapped_column(Integer, default=0)
    price_max: Mapped[int] = mapped_column(Integer, default=0)
    rating: Mapped[float] = mapped_column(default=0.0)
    review_count: Mapped[int] = mapped_column(Integer, default=0)
    median_response_minutes: Mapped[int] = mapped_column(Integer, default=60)
    slack_user_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]


class Lead(Base):
    """A traveler's request for a local expert; the first claim wins (status open → claimed)."""

    __tablename__ = "leads"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    traveler_id: Mapped[str] = mapped_column(ForeignKey("travelers.id"), index=True)
    itinerary_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    market: Mapped[str] = mapped_column(String(100), index=True)
    start_date: Mapped[date | None] = mapped_column(nullable=True)
    end_date: Mapped[date | None] = mapped_column(nullable=True)
    interests: Mapped[list[Any]]
    budget: Mapped[int | None] = mapped_column(Integer, nullable=True)
    languages: Mapped[list[Any]]
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), index=True, default="open")
    claimed_by: Mapped[str | None] = mapped_column(ForeignKey("experts.id"), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    slack_channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    slack_ts: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # Every Slack message showing this lead's card: [{"channel": …, "ts": …}].
    slack_posts: Mapped[list[Any]]
    offered_expert_ids: Mapped[list[Any]]
    passed_expert_ids: Mapped[list[Any]]
    last_offered_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime]


class ExpertMatchScore(Base):
    """How well one expert fits one lead, factor by factor (points and a reason each)."""

    __tablename__ = "expert_match_scores"
    __table_args__ = (UniqueConstraint("lead_id", "expert_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id"), index=True)
    expert_id: Mapped[str] = mapped_column(ForeignKey("experts.id"))
    score: Mapped[int] = mapped_column(Integer)
    tier: Mapped[str] = mapped_column(String(16))
    factors: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
