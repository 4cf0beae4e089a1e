"""Pushes: destination intelligence, trending experiences, the outbox, quiet hours.

Revision ID: 0004_pushes
Revises: 0003_channels
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_pushes"
down_revision = "0003_channels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destination_intelligence",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("market", sa.String(100), nullable=False),
        sa.Column("intel_type", sa.String(16), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("severity", sa.String(16), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("valid_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("market", "intel_type", "content_hash"),
    )
    op.create_index("ix_destination_intelligence_market", "destination_intelligence", ["market"])
    op.create_index(
        "ix_destination_intelligence_valid_until", "destination_intelligence", ["valid_until"]
    )

    op.create_table(
        "trending_experiences",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("market", sa.String(100), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("experience_type", sa.String(32), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("trend_score", sa.Integer(), nullable=False),
        sa.Column("sentiment_score", sa.Float(), nullable=True),
        sa.Column("web_sources", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("market", "content_hash"),
    )
    op.create_index("ix_trending_experiences_market", "trending_experiences", ["market"])

    op.create_table(
        "outbox_messages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("idempotency_key", sa.String(200), nullable=False, unique=True),
        sa.Column("traveler_id", sa.String(32), sa.ForeignKey("travelers.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("template", sa.String(32), nullable=True),
        sa.Column("template_variables", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(16), nullable=True),
        sa.Column("chat_id", sa.String(100), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_outbox_messages_traveler_id", "outbox_messages", ["traveler_id"])
    op.create_index("ix_outbox_messages_status", "outbox_messages", ["status"])
    op.create_index("ix_outbox_messages_next_attempt_at", "outbox_messages", ["next_attempt_at"])

    with op.batch_alter_table("travelers") as batch:
        batch.add_column(sa.Column("quiet_start", sa.String(5), nullable=True))
        batch.add_column(sa.Column("quiet_end", sa.String(5), nullable=True))
        batch.add_column(sa.Column("last_digest_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("travelers") as batch:
        batch.drop_column("last_digest_at")
        batch.drop_column("quiet_end")
        batch.drop_column("quiet_start")
    op.drop_table("outbox_messages")
    op.drop_table("trending_experiences")
    op.drop_table("destination_intelligence")
