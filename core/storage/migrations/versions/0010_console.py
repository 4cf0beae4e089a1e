"""Operator console (operators, sessions, audit, answers in transcripts) and shared trip links.

Revision ID: 0010_console
Revises: 0009_relink_undo
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_console"
down_revision = "0009_relink_undo"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operators",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "operator_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("operator_id", sa.String(32), sa.ForeignKey("operators.id"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_operator_sessions_operator_id", "operator_sessions", ["operator_id"])
    op.create_table(
        "operator_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("operator_id", sa.String(32), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_operator_audit_operator_id", "operator_audit", ["operator_id"])
    op.create_index("ix_operator_audit_created_at", "operator_audit", ["created_at"])
    op.create_table(
        "share_links",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("itinerary_id", sa.String(32), sa.ForeignKey("itineraries.id"), nullable=False),
        sa.Column("traveler_id", sa.String(32), sa.ForeignKey("travelers.id"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_share_links_itinerary_id", "share_links", ["itinerary_id"])
    op.create_index("ix_share_links_traveler_id", "share_links", ["traveler_id"])
    with op.batch_alter_table("chat_messages") as batch:
        batch.add_column(sa.Column("answer_type", sa.String(24), nullable=True))
        batch.add_column(sa.Column("itinerary_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("to_version", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chat_messages") as batch:
        batch.drop_column("to_version")
        batch.drop_column("itinerary_id")
        batch.drop_column("answer_type")
    op.drop_table("share_links")
    op.drop_table("operator_audit")
    op.drop_table("operator_sessions")
    op.drop_table("operators")
