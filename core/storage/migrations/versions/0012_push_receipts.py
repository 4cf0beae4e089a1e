"""Delivery receipts on outbox rows, per-kind push preferences, the tools an LLM call used.

Revision ID: 0012_push_receipts
Revises: 0011_location_anchor
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_push_receipts"
down_revision = "0011_location_anchor"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "early_receipts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("message_id", sa.String(64), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    with op.batch_alter_table("ai_interactions") as batch:
        batch.add_column(sa.Column("tools", sa.String(200), nullable=True))
    with op.batch_alter_table("channel_identities") as batch:
        batch.add_column(sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("outbox_messages") as batch:
        batch.add_column(sa.Column("provider_message_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("delivery_status", sa.String(16), nullable=True))
        batch.add_column(sa.Column("delivery_error_code", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("delivery_updated_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch.add_column(
            sa.Column(
                "whatsapp_window_closed", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.create_index("ix_outbox_messages_provider_message_id", ["provider_message_id"])
    with op.batch_alter_table("travelers") as batch:
        batch.add_column(
            sa.Column("alerts_enabled", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(
            sa.Column("digests_enabled", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    op.drop_table("early_receipts")
    with op.batch_alter_table("travelers") as batch:
        batch.drop_column("digests_enabled")
        batch.drop_column("alerts_enabled")
    with op.batch_alter_table("outbox_messages") as batch:
        batch.drop_index("ix_outbox_messages_provider_message_id")
        batch.drop_column("whatsapp_window_closed")
        batch.drop_column("delivery_updated_at")
        batch.drop_column("delivery_error_code")
        batch.drop_column("delivery_status")
        batch.drop_column("provider_message_id")
    with op.batch_alter_table("ai_interactions") as batch:
        batch.drop_column("tools")
    with op.batch_alter_table("channel_identities") as batch:
        batch.drop_column("blocked_at")
