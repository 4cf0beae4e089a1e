"""Core tables: travelers, itineraries with versions, pending prompts.

Revision ID: 0001_core
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "travelers",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("phone", sa.String(32), nullable=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_travelers_token_hash", "travelers", ["token_hash"], unique=True)

    op.create_table(
        "itineraries",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("travelers.id"), nullable=False),
        sa.Column("destination", sa.String(200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_itineraries_user_id", "itineraries", ["user_id"])

    op.create_table(
        "itinerary_versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("itinerary_id", sa.String(32), sa.ForeignKey("itineraries.id"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(500), nullable=False),
        sa.Column("changeset", sa.JSON(), nullable=False),
        sa.Column("inverse", sa.JSON(), nullable=False),
        sa.Column("diff", sa.JSON(), nullable=False),
        sa.Column("undoes_version", sa.Integer(), nullable=True),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("itinerary_id", "version"),
    )
    op.create_index("ix_itinerary_versions_itinerary_id", "itinerary_versions", ["itinerary_id"])

    op.create_table(
        "pending_prompts",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("conversation_key", sa.String(200), nullable=False),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("itinerary_id", sa.String(32), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_pending_prompts_conversation_key", "pending_prompts", ["conversation_key"])
    op.create_index("ix_pending_prompts_status", "pending_prompts", ["status"])


def downgrade() -> None:
    op.drop_table("pending_prompts")
    op.drop_table("itinerary_versions")
    op.drop_table("itineraries")
    op.drop_table("travelers")
