"""Channel tables: chat identities, the durable inbox, link codes.

Revision ID: 0003_channels
Revises: 0002_agents
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_channels"
down_revision = "0002_agents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_identities",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("external_user_id", sa.String(100), nullable=False),
        sa.Column("chat_id", sa.String(100), nullable=False),
        sa.Column("traveler_id", sa.String(32), sa.ForeignKey("travelers.id"), nullable=False),
        sa.Column("itinerary_id", sa.String(32), nullable=True),
        sa.Column("display_name", sa.String(200), nullable=True),
        sa.Column("last_inbound_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("channel", "external_user_id"),
    )
    op.create_index("ix_channel_identities_traveler_id", "channel_identities", ["traveler_id"])

    op.create_table(
        "inbox_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("channel", "event_id"),
    )
    op.create_index("ix_inbox_events_status", "inbox_events", ["status"])

    op.create_table(
        "link_codes",
        sa.Column("code", sa.String(16), primary_key=True),
        sa.Column("traveler_id", sa.String(32), sa.ForeignKey("travelers.id"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_link_codes_traveler_id", "link_codes", ["traveler_id"])


def downgrade() -> None:
    op.drop_table("link_codes")
    op.drop_table("inbox_events")
    op.drop_table("channel_identities")
