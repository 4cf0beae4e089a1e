"""Agent tables: booking requests, AI interactions, chat history, enrichment tasks.

Revision ID: 0002_agents
Revises: 0001_core
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_agents"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "booking_requests",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("travelers.id"), nullable=False),
        sa.Column("itinerary_id", sa.String(32), sa.ForeignKey("itineraries.id"), nullable=False),
        sa.Column("node_id", sa.String(32), nullable=True),
        sa.Column("place_id", sa.String(200), nullable=True),
        sa.Column("place_name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("time", sa.String(5), nullable=True),
        sa.Column("party_size", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_booking_requests_user_id", "booking_requests", ["user_id"])
    op.create_index("ix_booking_requests_itinerary_id", "booking_requests", ["itinerary_id"])
    op.create_index("ix_booking_requests_status", "booking_requests", ["status"])

    op.create_table(
        "ai_interactions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(32), nullable=True),
        sa.Column("purpose", sa.String(64), nullable=False),
        sa.Column("model", sa.String(100), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("error", sa.String(500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_ai_interactions_user_id", "ai_interactions", ["user_id"])
    op.create_index("ix_ai_interactions_created_at", "ai_interactions", ["created_at"])

    op.create_table(
        "chat_messages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("conversation_key", sa.String(200), nullable=False),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_chat_messages_conversation_key", "chat_messages", ["conversation_key"])

    op.create_table(
        "conversation_summaries",
        sa.Column("conversation_key", sa.String(200), primary_key=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("covered_message_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )

    op.create_table(
        "enrichment_tasks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("itinerary_id", sa.String(32), sa.ForeignKey("itineraries.id"), nullable=False),
        sa.Column("node_id", sa.String(32), nullable=False),
        sa.Column("place_id", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_enrichment_tasks_itinerary_id", "enrichment_tasks", ["itinerary_id"])
    op.create_index("ix_enrichment_tasks_status", "enrichment_tasks", ["status"])
    op.create_index("ix_enrichment_tasks_run_after", "enrichment_tasks", ["run_after"])


def downgrade() -> None:
    op.drop_table("enrichment_tasks")
    op.drop_table("conversation_summaries")
    op.drop_table("chat_messages")
    op.drop_table("ai_interactions")
    op.drop_table("booking_requests")
